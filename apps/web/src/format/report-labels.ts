// The national format's sections, rows and columns, from the domain: the console lays the tables out as the format prints them.
export { PROACTIVE_TABLES } from '../../../../libs/domain/src/annual-report/proactive-format';
export { REPORT_SECTIONS, sectionHeading } from '../../../../libs/domain/src/annual-report/report-sections';
export { LITIGATION_GROUP_LABEL, REVIEW_GROUP_LABEL, REVIEW_LITIGATION_COLUMNS, REVIEW_LITIGATION_ROWS } from '../../../../libs/domain/src/annual-report/review-litigation-format';
export { APPLICANT_GROUP_LABEL, ORGANISATION_GROUP_LABEL, OUTCOME_GROUPS, REQUEST_COLUMNS, REQUEST_ROWS, REQUEST_TABLE_NOTE, RESULTS_GROUP, printedLabel } from '../../../../libs/domain/src/annual-report/request-format';
