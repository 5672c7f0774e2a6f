export * from './calendar';
export * from './registry/import-rows';
export * from './registry/person-rules';
export * from './registry/roles';
export * from './supervision';
export * from './annual-report';
export * from './requests';
export * from './signoff';
