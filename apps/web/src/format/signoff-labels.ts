// The sign-off's Chinese names, from the domain: the same words as the mail, the certificate and the annual report.
export { DISCLOSURE_ATTRIBUTE_LABELS, DOCUMENT_TYPES, WITHHOLDING_BASES, attributeLabel } from '../../../../libs/domain/src/signoff/disclosure-attribute';
export { SIGNOFF_STATUS_LABELS } from '../../../../libs/domain/src/signoff/signoff-state';
export { TRAIL_BREAK_LABELS, TRAIL_EVENT_LABELS } from '../../../../libs/domain/src/signoff/trail-chain';
