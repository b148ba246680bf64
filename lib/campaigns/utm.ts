import type { SourceTags } from '../model';

const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const;

/** The UTM parameters of a page URL (trimmed, at most 200 characters each); empty when there are none. */
export function utmTags(url: string | undefined): SourceTags {
  if (!url) return {};
  let params: URLSearchParams;
  try {
    params = new URL(url).searchParams;
  } catch {
    return {};
  }
  const tags: SourceTags = {};
  for (const key of UTM_KEYS) {
    const value = params.get(key)?.trim();
    if (value) tags[key] = value.slice(0, 200);
  }
  return tags;
}
