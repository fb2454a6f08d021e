import { describe, expect, it } from 'vitest';
import { GlossError } from '../errors';
import { parseArticleFile } from './parse-article-file';
import { IMPORT_LIMITS } from './types';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function refusal(name: string, bytes: Uint8Array): GlossError {
  try {
    parseArticleFile({ name, bytes });
  } catch (error) {
    if (error instanceof GlossError) return error;
    throw error;
  }
  throw new Error(`${name} was imported`);
}

describe('files Gloss refuses', () => {
  const big = new Uint8Array(IMPORT_LIMITS.text + 1).fill(0x61);
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
  const controls = utf8(`Some text${'\u0001\u0002\u0003'.repeat(20)} and more`);
  it.each([
    {
      name: 'huge.txt',
      bytes: big,
      code: 'too-large',
      says: /too large.*Gloss imports \.txt files up to 5\.0 MB/,
    },
    { name: 'empty.txt', bytes: new Uint8Array(0), code: 'empty-file', says: /is empty/ },
    { name: 'blank.md', bytes: utf8(' \n\t\r\n  \n'), code: 'empty-file', says: /is empty/ },
    {
      name: 'bom-only.txt',
      bytes: Uint8Array.from([0xef, 0xbb, 0xbf]),
      code: 'empty-file',
      says: /is empty/,
    },
    {
      name: 'furniture.txt',
      bytes: utf8('Advertisement\n\nFollow us on Google News\n'),
      code: 'empty-file',
      says: /no article text/,
    },
    {
      name: 'markup.md',
      bytes: utf8('<script>alert(1)</script>\n'),
      code: 'empty-file',
      says: /no article text/,
    },
    { name: 'photo.txt', bytes: png, code: 'unsupported-file', says: /binary data/ },
    {
      name: 'latin1.txt',
      bytes: Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]),
      code: 'unsupported-file',
      says: /not UTF-8/,
    },
    { name: 'controls.txt', bytes: controls, code: 'unsupported-file', says: /binary data/ },
    {
      name: 'report.pdf',
      bytes: utf8('%PDF-1.7'),
      code: 'unsupported-file',
      says: /only plain text \(\.txt\), Markdown \(\.md, \.markdown\), saved web pages \(\.html, \.htm\) and PDF \(\.pdf\)/,
    },
    { name: 'README', bytes: utf8('Hello'), code: 'unsupported-file', says: /only plain text/ },
  ])('$name: $code', ({ name, bytes, code, says }) => {
    const error = refusal(name, bytes);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(says);
    expect(error.message).toContain(`“${name}”`);
  });

  it('names the file without its folder or control characters', () => {
    const error = refusal('C:\\Users\\me\\evil\u0007name.exe', utf8('x'));
    expect(error.message).toContain('“evilname.exe”');
  });
});

describe('text normalisation', () => {
  it.each([
    {
      what: 'a UTF-8 byte order mark',
      bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Café society.')]),
      text: 'Café society.',
    },
    {
      what: 'CRLF and CR line ends',
      bytes: utf8('First para.\r\n\r\nSecond para.\rThird line.'),
      text: 'First para.\n\nSecond para.\n\nThird line.',
    },
    { what: 'decomposed accents (NFC)', bytes: utf8('Cafe\u0301 society.'), text: 'Café society.' },
    { what: 'no-break spaces and tabs', bytes: utf8('A\u00a0b\tc  d.'), text: 'A b c d.' },
    {
      what: 'UTF-16 LE with BOM (Notepad "Unicode")',
      bytes: Uint8Array.from([0xff, 0xfe, ...[...'Zürich talks.'].flatMap((c) => [c.charCodeAt(0), 0])]),
      text: 'Zürich talks.',
    },
  ])('handles $what', ({ bytes, text }) => {
    expect(parseArticleFile({ name: 'note.txt', bytes }).text).toBe(text);
  });

  it('accepts .md, .markdown and .txt in any letter case', () => {
    for (const name of ['a.MD', 'b.Markdown', 'c.TXT']) {
      expect(parseArticleFile({ name, bytes: utf8('Hello there, this is text.') }).text).toBe(
        'Hello there, this is text.',
      );
    }
  });
});
