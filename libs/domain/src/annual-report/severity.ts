/**
 * error: the statutory tables are wrong or cannot be read as the format has them (a rule
 * of the tables broken, a row missing, a cell blank); warning: worth a reviewer's look but
 * the tables stand (the narrative against the tables, a year in the narrative, a label off
 * the format, a group printed as one row, text outside the tables).
 */
export type Severity = 'error' | 'warning';
