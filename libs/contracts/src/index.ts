export * from './circular-activities';
export * from './registry-activities';
export * from './request-activities';
export * from './signoff-activities';
export * from './step-mail';
export * from './supervision-activities';
export * from './workflow-ids';
