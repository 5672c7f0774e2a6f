export * from './calendar';
export * from './registry/import-rows';
export * from './registry/person-rules';
export * from './registry/roles';
