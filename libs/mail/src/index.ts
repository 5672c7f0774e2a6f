export * from './mail-sender';
export * from './outbox';
export * from './smtp-failure';
