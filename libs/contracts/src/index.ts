export * from './registry-activities';
export * from './workflow-ids';
