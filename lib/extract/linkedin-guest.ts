/**
 * LinkedIn's signed-out ("guest") profile layout carries a JSON-LD Person (name, jobTitle, worksFor,
 * address) in a `@graph`. Read here without the generic JSON-LD reader, which would not fit the
 * LinkedIn content script's size budget. Only the Person whose url names the profile in the address
 * bar is used; a page-level `reviewedBy` Person or anyone nested is never taken for it.
 */

/** The fields a guest profile's JSON-LD gives. */
export interface GuestProfile {
  name?: string;
  title?: string;
  company?: string;
  companyUrl?: string;
  location?: string;
}

type Node = Record<string, unknown>;

const MAX_BLOCK = 500_000;
const isNode = (value: unknown): value is Node => !!value && typeof value === 'object' && !Array.isArray(value);
const text = (value: unknown): string | undefined => {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first.trim() || undefined;
  return isNode(first) ? text(first.name) : undefined;
};

/** "Greater Manchester, United Kingdom" from a PostalAddress: a bare country code is left out. */
function addressText(value: unknown): string | undefined {
  if (!isNode(value)) return text(value);
  const country = text(value.addressCountry);
  const parts = [text(value.addressLocality), text(value.addressRegion), country && !/^[A-Z]{2,3}$/.test(country) ? country : undefined];
  return [...new Set(parts.filter(Boolean))].join(', ') || undefined;
}

/** The profile's Person from the page's JSON-LD, when its url (or sameAs) has the profile's slug. */
export function guestProfile(doc: Document, slug: string, slugOf: (href: string) => string | undefined): GuestProfile | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const source = script.textContent ?? '';
    if (source.length > MAX_BLOCK || !source.includes('Person')) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(source);
    } catch {
      continue;
    }
    const items = [parsed]
      .flat()
      .flatMap((item: unknown) => (isNode(item) && Array.isArray(item['@graph']) ? (item['@graph'] as unknown[]) : [item]));
    for (const item of items) {
      if (!isNode(item) || ![item['@type']].flat().some((type) => typeof type === 'string' && /(^|[/:])Person$/.test(type))) continue;
      const links = [item.url, item.sameAs, item['@id']].flat().filter((link): link is string => typeof link === 'string');
      if (!links.some((link) => slugOf(link) === slug)) continue;
      const employer: unknown = [item.worksFor].flat()[0];
      const companyUrl = isNode(employer) ? text(employer.url) : undefined;
      return {
        name: text(item.name),
        title: text(item.jobTitle),
        company: text(employer),
        companyUrl: companyUrl && /linkedin\.com\/company\//.test(companyUrl) ? companyUrl : undefined,
        location: addressText(item.address),
      };
    }
  }
  return undefined;
}
