// The requests' Chinese names, from the domain: the same words as the annual report's tables.
export { OUTCOME_GROUPS, REQUEST_COLUMNS, REQUEST_ROWS } from '../../../../libs/domain/src/annual-report/request-format';
export { RECEIPT_CHANNEL_RULES } from '../../../../libs/domain/src/requests/receipt-channel';
export { MAX_EXTENSION_WORKING_DAYS } from '../../../../libs/domain/src/requests/request-events';
export { REGISTRATION_FIELD_LABELS } from '../../../../libs/domain/src/requests/request-changes';
