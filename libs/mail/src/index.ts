export * from './mail-sender';
export * from './outbox';
