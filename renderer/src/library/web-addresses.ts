import { webAddress } from '../common/links';

/**
 * Web addresses in pasted or dropped text: one per line (a browser's `text/uri-list` puts
 * comments after "#"), `http:` and `https:` only, each once, in order. Lines that are not
 * addresses are left out, so a pasted paragraph with no address in it imports nothing.
 */
export function webAddresses(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const candidate = line.trim();
    if (candidate === '' || candidate.startsWith('#') || /\s/.test(candidate)) continue;
    const address = webAddress(candidate);
    if (address && !found.includes(address)) found.push(address);
  }
  return found;
}

/** An address shortened for a progress line: host and path, without the scheme, at most 80 characters. */
export function shownAddress(address: string): string {
  const bare = address.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return bare.length > 80 ? `${bare.slice(0, 79)}…` : bare;
}
