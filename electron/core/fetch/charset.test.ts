import { describe, expect, it } from 'vitest';
import { decodePage } from './charset';

const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
// "日本語のニュース" in Shift_JIS, "“Café” – €5" in windows-1252.
const SHIFT_JIS = [
  0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x82, 0xcc, 0x83, 0x6a, 0x83, 0x85, 0x81, 0x5b, 0x83, 0x58,
];
const CP1252 = [0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35];
const page = (head: string, body: number[]) =>
  Uint8Array.from([
    ...latin1(`<html><head>${head}</head><body><p>`),
    ...body,
    ...latin1('</p></body></html>'),
  ]);
const bodyOf = (text: string) => /<p>(.*)<\/p>/.exec(text)?.[1];

describe('decodePage', () => {
  it.each([
    [
      'Shift_JIS from the Content-Type header',
      page('', SHIFT_JIS),
      'text/html; charset=Shift_JIS',
      '日本語のニュース',
      'shift_jis',
    ],
    [
      'windows-1252 from <meta charset>',
      page('<meta charset="windows-1252">', CP1252),
      'text/html',
      '“Café” – €5',
      'windows-1252',
    ],
    [
      'iso-8859-1 read as windows-1252, as browsers do',
      page("<meta charset='ISO-8859-1'>", CP1252),
      null,
      '“Café” – €5',
      'windows-1252',
    ],
    [
      'Shift_JIS from <meta http-equiv>',
      page('<meta http-equiv="Content-Type" content="text/html; charset=shift_jis">', SHIFT_JIS),
      'text/html',
      '日本語のニュース',
      'shift_jis',
    ],
    [
      'the header over the <meta>',
      page('<meta charset="utf-8">', CP1252),
      'text/html; charset="windows-1252"',
      '“Café” – €5',
      'windows-1252',
    ],
    [
      'a meta inside a comment ignored',
      page('<!-- <meta charset="shift_jis"> -->', CP1252),
      'text/html',
      '“Café” – €5',
      'windows-1252',
    ],
    ['undeclared, not UTF-8: windows-1252', page('', CP1252), 'text/html', '“Café” – €5', 'windows-1252'],
    ['undeclared UTF-8', new TextEncoder().encode('<p>naïve — ok</p>'), 'text/html', 'naïve — ok', 'utf-8'],
    [
      'an unknown label falls back',
      new TextEncoder().encode('<meta charset="x-nonsense"><p>é</p>'),
      null,
      'é',
      'utf-8',
    ],
  ])('%s', (_name, bytes, contentType, body, encoding) => {
    const decoded = decodePage(bytes, contentType);
    expect(bodyOf(decoded.text)).toBe(body);
    expect(decoded.encoding).toBe(encoding);
  });

  it('lets a UTF-8 byte order mark win over a wrong header', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>Zoë</p>')]);
    expect(decodePage(bytes, 'text/html; charset=windows-1252').text).toBe('<p>Zoë</p>');
  });
});
