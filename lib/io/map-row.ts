import { withoutBidi } from '../extract';
import { unguardCell } from './cell-guard';
import { CUSTOM_PREFIX, VALUE_SEPARATOR, type MappingTarget } from './import-fields';
import { phoneFromCell } from './phone-cell';

/** Column header → what it feeds ('' ignores the column). */
export type ColumnMapping = Record<string, MappingTarget>;

const splitList = (cell: string) =>
  cell
    .split(/\s*[;\n]\s*/)
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * The addresses of an email cell, separated by `;`, `,` or line breaks, or by spaces when every
 * space-separated piece is an address. Anything else stays whole, so that an error quotes what the
 * cell says ("hana.novak at pragueworks.example"), not a fragment of it ("hana.novak").
 */
export function splitEmails(cell: string): string[] {
  return cell
    .split(/\s*[;,\n]\s*/)
    .flatMap((item) => {
      const words = item.split(/\s+/).filter(Boolean);
      return words.length > 1 && words.every((word) => word.includes('@')) ? words : [item.trim()];
    })
    .filter(Boolean);
}

/**
 * One data row as field → text, after the mapping: cells trimmed (notes kept as written), formula
 * guards removed, emails and phones from several columns gathered (the first is `email`/`phone`,
 * the rest `otherEmails`/`otherPhones`, joined with "; "), location parts joined with ", ", and for
 * any other field the first non-empty column wins. Empty fields are left out.
 */
export function mapRow(cells: readonly string[], headers: readonly string[], mapping: ColumnMapping): Record<string, string> {
  const row = Object.create(null) as Record<string, string>;
  const emails: string[] = [];
  const otherEmails: string[] = [];
  const phones: string[] = [];
  const otherPhones: string[] = [];
  const location: string[] = [];
  const campaigns: string[] = [];
  headers.forEach((header, index) => {
    const target = Object.hasOwn(mapping, header) ? mapping[header] : undefined;
    if (!target) return;
    // Bidi controls and LRM/RLM would let a cell display as something else (lib/extract/clean.ts).
    const raw = withoutBidi(unguardCell(cells[index] ?? '')).replace(/[\u200e\u200f]/g, '');
    const value = target === 'notes' ? raw : raw.trim();
    if (!value.trim()) return;
    switch (target) {
      case 'email':
        emails.push(...splitEmails(value));
        return;
      case 'otherEmails':
        otherEmails.push(...splitEmails(value));
        return;
      case 'phone':
        phones.push(...splitList(value).map(phoneFromCell));
        return;
      case 'otherPhones':
        otherPhones.push(...splitList(value).map(phoneFromCell));
        return;
      case 'location':
        location.push(value);
        return;
      case 'campaigns':
        campaigns.push(...splitList(value));
        return;
      default:
        if (!(target in row)) row[target] = value;
    }
  });
  const allEmails = dedupe([...emails, ...otherEmails], (email) => email.toLowerCase());
  if (allEmails[0]) row.email = allEmails[0];
  if (allEmails.length > 1) row.otherEmails = allEmails.slice(1).join(VALUE_SEPARATOR);
  const allPhones = dedupe([...phones, ...otherPhones], (phone) => phone);
  if (allPhones[0]) row.phone = allPhones[0];
  if (allPhones.length > 1) row.otherPhones = allPhones.slice(1).join(VALUE_SEPARATOR);
  if (location.length) row.location = location.join(', ');
  if (campaigns.length) row.campaigns = dedupe(campaigns, (name) => name.toLowerCase()).join(VALUE_SEPARATOR);
  return row;
}

function dedupe(items: readonly string[], key: (item: string) => string): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The custom-field key of a `custom.<key>` target. */
export function customKey(target: string): string | undefined {
  return target.startsWith(CUSTOM_PREFIX) ? target.slice(CUSTOM_PREFIX.length) : undefined;
}
