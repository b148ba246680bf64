export * from './merge-fields';
export * from './parse';
export * from './render';
export * from './compose-url';
export * from './template-ops';
