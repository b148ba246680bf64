import type { Field } from './draft';

/** One person or organisation a generic strategy found: raw field values, and the element that holds them. */
export interface Found {
  strategy: string;
  fields: Partial<Record<Field, string | undefined>>;
  /** Where on the page it was described (microdata scope, hCard), to match email links inside it. */
  element?: Element;
}
