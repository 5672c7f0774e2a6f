export * from './exit-with-launcher';
