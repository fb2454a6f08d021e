/**
 * A note's Markdown, made safe to place between other parts of an export. The note is the
 * user's own Markdown and is kept as written, except for constructs that would run past its
 * end and swallow what follows: an unclosed code fence, and raw HTML blocks that only end at a
 * closing tag or marker (<script>, <pre>, <style>, <textarea>, comments, <? ?>, <!X >, CDATA).
 */

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const RUNAWAY_HTML = /^( {0,3})(<(?:script|pre|style|textarea)(?:[\s>]|$)|<!--|<\?|<![a-z]|<!\[CDATA\[)/i;

export function containMarkdown(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let fence: string | null = null;
  const out = lines.map((line) => {
    if (fence !== null) {
      const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
      if (close.test(line)) fence = null;
      return line;
    }
    const open = FENCE_OPEN.exec(line);
    // A backtick fence's info string cannot contain a backtick (CommonMark 4.5).
    if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
      fence = open[1]!;
      return line;
    }
    return line.replace(RUNAWAY_HTML, '$1\\$2');
  });
  if (fence !== null) out.push(fence);
  return out.join('\n').trim();
}
