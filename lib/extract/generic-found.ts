import type { Field } from './draft';

/** One person or organisation a generic strategy found: raw field values, and the element that holds them. */
export interface Found {
  strategy: string;
  fields: Partial<Record<Field, string | undefined>>;
  /** Where on the page it was described (microdata scope, hCard), to match email links inside it. */
  element?: Element;
}

/** The address relative links on the page resolve against: its `<base href>` (itself relative to the page), else the page. */
export function pageBase(doc: Document, url: URL): string {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  if (!href) return url.href;
  try {
    const base = new URL(href, url);
    return base.protocol === 'http:' || base.protocol === 'https:' ? base.href : url.href;
  } catch {
    return url.href;
  }
}
