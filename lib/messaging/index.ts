export * from './protocol';
export * from './contract';
export * from './router';
