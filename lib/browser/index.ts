export * from './runtime';
export * from './tabs';
export * from './side-panel';
export * from './menus';
export * from './lifecycle';
export * from './scripting';
export * from './session';
