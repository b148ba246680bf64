import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A fixture page parsed into a Document, as a browser would hold it. */
export function loadFixture(file: string): Document {
  return parseHtml(readFileSync(resolve(import.meta.dirname, '../fixtures', file), 'utf8'));
}

/** An HTML string as a Document. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
