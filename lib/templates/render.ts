import { fieldValue, type MergeContext } from './merge-fields';
import { parseTemplateText } from './parse';

/** A rendered template, or the fields that would have been empty (never a blank "Hi ,"). */
export type RenderResult = { ok: true; subject: string; body: string } | { ok: false; missing: string[]; message: string };

/** Fills one text's fields; collects the fields that have neither a value nor a fallback. */
export function renderText(text: string, context: MergeContext, missing: Set<string>): string {
  const { parts, problems } = parseTemplateText(text);
  if (problems.length) throw new Error(problems[0]!.message);
  return parts
    .map((part) => {
      if (part.kind === 'text') return part.text;
      const value = fieldValue(part.name, context) ?? part.fallback;
      if (value === undefined) missing.add(part.name);
      return value ?? '';
    })
    .join('');
}

/**
 * Renders a template's subject and body for one lead, as plain text. Fails — naming each field —
 * when any field would come out empty and has no `{{field|fallback}}`. Escape the result for its
 * destination with the functions in `compose-url.ts` (URLs) or `toHtml` (rich-text editors).
 */
export function renderTemplate(template: { subject?: string; body: string }, context: MergeContext): RenderResult {
  const missing = new Set<string>();
  let subject: string;
  let body: string;
  try {
    // A subject is one line: a value with line breaks must not add header lines.
    subject = renderText(template.subject ?? '', context, missing)
      .replace(/[\r\n]+/g, ' ')
      .trim();
    body = renderText(template.body, context, missing);
  } catch (error) {
    return { ok: false, missing: [], message: error instanceof Error ? error.message : String(error) };
  }
  if (missing.size) {
    const names = [...missing];
    const list = names.map((name) => `{{${name}}}`).join(', ');
    const onLead = names.filter((name) => name !== 'senderName');
    const fix = [
      onLead.length ? `fill ${onLead.length > 1 ? 'them' : 'it'} in on the lead` : '',
      missing.has('senderName') ? 'set your name in Settings' : '',
    ]
      .filter(Boolean)
      .join(' and ');
    const fallback = names.find((name) => FALLBACK_SUGGESTIONS[name] !== undefined);
    return {
      ok: false,
      missing: names,
      message: `${list} would be empty for ${context.lead.fullName}: ${fix}${
        fallback ? `, or give a fallback such as {{${fallback}|${FALLBACK_SUGGESTIONS[fallback]}}}` : ''
      }`,
    };
  }
  return { ok: true, subject, body };
}

/**
 * Fallbacks worth suggesting, per field: ones that read well in a sentence ("Hi there", "How is your
 * company handling…"). Fields with none that would (a title, a sender's name) get no suggestion:
 * "How is there handling…" is worse than asking for the value.
 */
const FALLBACK_SUGGESTIONS: Readonly<Record<string, string>> = {
  firstName: 'there',
  fullName: 'there',
  company: 'your company',
  location: 'your area',
};

/** Plain text as HTML for a rich-text compose box: escaped, line breaks kept. */
export function toHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\r?\n/g, '<br>');
}
