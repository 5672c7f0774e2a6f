export * from './dev-server';
export * from './temporal-cli';
export * from './workflow-bundle';
export * from './temporal-server';
export * from './test-server';
