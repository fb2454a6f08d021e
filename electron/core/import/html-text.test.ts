import { describe, expect, it } from 'vitest';
import { plainText } from './html-text';

describe('plain text from text that may hold HTML', () => {
  it.each([
    ['tags removed, words kept', '<p>One <b>bold</b> <span class="x">word</span></p>', '\nOne bold word\n'],
    ['script and style content removed', 'a<script>track()</script>b<style>p{}</style>c', 'abc'],
    ['a custom element removed', 'ad <ad-slot id="1"></ad-slot>here', 'ad here'],
    ['generics kept', 'A List<String> and a Promise<void>', 'A List<String> and a Promise<void>'],
    ['comparisons kept', 'if a < b and c > d, or x <y> z', 'if a < b and c > d, or x <y> z'],
    ['escaped brackets that are no tag kept', '1 &lt; 2 &amp;&amp; 3 &gt; 2', '1 < 2 && 3 > 2'],
    ['an escaped tag removed', 'say &lt;escaped&gt; text', 'say  text'],
    ['an escaped script removed with its content', 'a &lt;script&gt;alert(1)&lt;/script&gt; b', 'a  b'],
    ['a tag half escaped removed', 'x <b&gt;bold&lt;/b> y', 'x bold y'],
    ['a tag spelled with a numeric reference removed', 'x &#60;img src=1 onerror=alert(1)&#62; y', 'x  y'],
    ['a tag with "/" before its attributes removed', 'x <img/src=1 onerror=alert(1)> y', 'x  y'],
    ['an escaped one too', 'x &lt;img/src=1 onerror=alert(1)&gt; y', 'x  y'],
  ])('%s', (_what, input, expected) => {
    expect(plainText(input)).toBe(expected);
  });
});
