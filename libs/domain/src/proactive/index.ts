export { documentCounts, type DatedDocument } from './document-counts';
export { sumWan, WAN_DECIMALS, wanText } from './fee-amount';
