/** What the user is told after an export: how many leads went into which file, and any left out. */
export function exportNotice(count: number, skipped: number, fileName: string): string {
  const left = skipped
    ? `; ${skipped.toLocaleString()} damaged ${skipped === 1 ? 'record was' : 'records were'} left out (a backup keeps them as they are)`
    : '';
  return `Exported ${count.toLocaleString()} ${count === 1 ? 'lead' : 'leads'} to ${fileName}${left}`;
}
