export * from './logger';
export { prettyLine } from './pretty-lines';
