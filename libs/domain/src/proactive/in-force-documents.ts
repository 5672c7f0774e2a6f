/** The sheet of regulations and normative documents in force: the header accepted (Chinese first, then English), by the field a bad row names. */
export const IN_FORCE_DOCUMENT_COLUMNS = {
  type: ['类型', 'type'],
  title: ['名称', 'title'],
  number: ['文号', 'number'],
  issuedOn: ['印发日期', 'issued_on'],
  unit: ['制发单位', 'unit'],
} as const;

/** The columns every row must fill. */
export const IN_FORCE_DOCUMENT_REQUIRED: readonly (keyof typeof IN_FORCE_DOCUMENT_COLUMNS)[] = ['type', 'title', 'number', 'issuedOn', 'unit'];
