import { isKnownField, MERGE_FIELDS } from './merge-fields';

/** A piece of template text: literal text, or a `{{field}}` / `{{field|fallback}}` to fill in. */
export type TemplatePart = { kind: 'text'; text: string } | { kind: 'field'; name: string; fallback: string | undefined; raw: string };

/** Something wrong with a template's text, named so the user can fix it. */
export interface TemplateProblem {
  /** The field at fault, when there is one. */
  field?: string;
  message: string;
}

const FIELD = /\{\{\s*([^{}|]*?)\s*(?:\|([^{}]*))?\}\}/g;

/**
 * Splits template text into literal text and merge fields. `{{ firstName }}` and
 * `{{firstName|there}}` (a fallback used when the lead has no value) are fields; a `{{` that is
 * never closed is reported, never silently kept. Values are inserted once: a lead's value that
 * itself contains `{{…}}` is text, not a field.
 */
export function parseTemplateText(text: string): { parts: TemplatePart[]; problems: TemplateProblem[] } {
  const parts: TemplatePart[] = [];
  const problems: TemplateProblem[] = [];
  let last = 0;
  for (const match of text.matchAll(FIELD)) {
    const before = text.slice(last, match.index);
    checkStray(before, problems);
    if (before) parts.push({ kind: 'text', text: before });
    parts.push({ kind: 'field', name: match[1] ?? '', fallback: match[2]?.trim() || undefined, raw: match[0] });
    last = match.index + match[0].length;
  }
  const rest = text.slice(last);
  checkStray(rest, problems);
  if (rest) parts.push({ kind: 'text', text: rest });
  return { parts, problems };
}

function checkStray(text: string, problems: TemplateProblem[]) {
  if (text.includes('{{')) problems.push({ message: 'A merge field opened with {{ is not closed with }}' });
}

/** A known field name close to `name` (a likely typo), for the error message. */
function suggestion(name: string): string | undefined {
  const lower = name.toLowerCase().replace(/[^a-z]/g, '');
  return Object.keys(MERGE_FIELDS).find((field) => {
    const candidate = field.toLowerCase();
    return candidate === lower || (lower.length > 3 && [...lower].sort().join('') === [...candidate].sort().join(''));
  });
}

/**
 * Checks a template's subject and body before it is saved: every field must be a known one
 * (standard or `custom.<key>`), every `{{` closed. The problems name each field at fault.
 */
export function checkTemplate(template: { subject?: string; body: string }): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const seen = new Set<string>();
  for (const [where, text] of [
    ['subject', template.subject ?? ''],
    ['body', template.body],
  ] as const) {
    const parsed = parseTemplateText(text);
    for (const problem of parsed.problems) problems.push({ ...problem, message: `In the ${where}: ${problem.message}` });
    for (const part of parsed.parts) {
      if (part.kind !== 'field' || isKnownField(part.name) || seen.has(part.name)) continue;
      seen.add(part.name);
      const near = suggestion(part.name);
      problems.push({
        field: part.name,
        message: part.name
          ? `Unknown merge field {{${part.name}}}${near ? ` — did you mean {{${near}}}?` : ''}`
          : 'An empty merge field {{}}',
      });
    }
  }
  return problems;
}
