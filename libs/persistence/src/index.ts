export * from './data-source';
export * from './entities';
export * from './trail-append';
export * from './new-task-row';
