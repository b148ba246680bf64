export * from './identity';
export * from './lead-fields';
export * from './lead-merge';
export * from './save-lead';
export * from './update-lead';
export * from './delete-lead';
export * from './lead-form';
export * from './lead-search';
