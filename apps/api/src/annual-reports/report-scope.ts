/** The `unit_id` of the body's own report, the one that adds up every unit's. */
export const BODY = '';

/** “2025年度报告” for the body's, “2025年度单位报告” for a unit's own. */
export const reportTitle = (year: number, unitId: string): string => (unitId === BODY ? `${year}年度报告` : `${year}年度单位报告`);
