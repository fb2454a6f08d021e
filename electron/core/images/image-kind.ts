import { IMAGE_KINDS } from '../../contract/values';

export type ImageKind = (typeof IMAGE_KINDS)[number];

/** The Content-Type each kept kind is served with, and the extension its file has. */
export const IMAGE_TYPES: Record<ImageKind, { mime: string; extension: string }> = {
  png: { mime: 'image/png', extension: 'png' },
  jpeg: { mime: 'image/jpeg', extension: 'jpg' },
  gif: { mime: 'image/gif', extension: 'gif' },
  webp: { mime: 'image/webp', extension: 'webp' },
  avif: { mime: 'image/avif', extension: 'avif' },
};

const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, to));

/**
 * What the bytes are, from their signature: one of the kept kinds, 'svg' (refused: it is a
 * document that can run scripts and load other resources), or null for anything else (HTML
 * served as an image, a truncated download...).
 */
export function sniffImage(bytes: Uint8Array): ImageKind | 'svg' | null {
  if (bytes.length >= 8 && ascii(bytes, 1, 4) === 'PNG' && bytes[0] === 0x89) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return 'gif';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(bytes, 8, 12)))
    return 'avif';
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) return 'svg';
  return null;
}

/** The kind a stored media file name ends in, or null (names are `<sha256>.<extension>`). */
export function kindOfFileName(name: string): ImageKind | null {
  const match = /^[0-9a-f]{64}\.([a-z]{3,4})$/.exec(name);
  if (!match) return null;
  return IMAGE_KINDS.find((kind) => IMAGE_TYPES[kind].extension === match[1]) ?? null;
}
