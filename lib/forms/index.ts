// Forms opened on a record that changed meanwhile: three-way comparison and merge.
export {
  changedFields,
  type FieldChoice,
  type FieldMergers,
  type FormMerge,
  mergeForm,
  mergeLines,
  resolveMerge,
  sameValue,
  StaleRecordError,
} from './three-way';
