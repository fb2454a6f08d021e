/** How names compare in corrections and library rules: Unicode-normalized, spaces collapsed, any case. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
