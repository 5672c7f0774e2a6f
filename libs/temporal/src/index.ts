export * from './dev-server';
export * from './temporal-cli';
