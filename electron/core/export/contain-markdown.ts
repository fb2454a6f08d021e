/**
 * A note's Markdown, made safe to place between other parts of an export: an unclosed code
 * fence, which would swallow everything after the note, is closed. (Raw HTML, including blocks
 * that would run to a closing tag, is made text by inert-note.ts.)
 */

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;

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
    return line;
  });
  if (fence !== null) out.push(fence);
  return out.join('\n').trim();
}
