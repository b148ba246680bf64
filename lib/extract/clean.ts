/** Text as a person reads it: whitespace collapsed, trimmed; undefined when empty. */
export function cleanText(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

/** `document.title` without LinkedIn's unread-count prefix ("(3) ") and site suffix (" | LinkedIn"). */
export function titleWithoutSiteName(title: string, siteName: string): string | undefined {
  const withoutCount = title.replace(/^\(\d+\+?\)\s*/, '');
  const parts = withoutCount.split(/\s+[|–-]\s+/);
  if (parts.length > 1 && parts[parts.length - 1]?.trim().toLowerCase() === siteName.toLowerCase()) parts.pop();
  return cleanText(parts[0]);
}
