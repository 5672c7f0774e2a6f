export * from './read-table';
