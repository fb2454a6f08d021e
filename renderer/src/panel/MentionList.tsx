import type { EntityMention } from '../../../electron/contract/model';
import type { MentionStepper } from '../reader/use-mention-stepper';

const CONTEXT = 48;
const SHOWN = 40;

/** A mention in its sentence: "…met Russia's Foreign Minister [Sergei Lavrov] in Beijing…". */
function snippet(text: string, mention: EntityMention): { before: string; after: string } {
  let from = Math.max(0, mention.start - CONTEXT);
  let to = Math.min(text.length, mention.end + CONTEXT);
  // Stay inside the mention's paragraph, and start and end on whole words.
  const paragraphStart = text.lastIndexOf('\n\n', mention.start);
  const paragraphEnd = text.indexOf('\n\n', mention.end);
  if (paragraphStart >= from) from = paragraphStart + 2;
  if (paragraphEnd >= 0 && paragraphEnd <= to) to = paragraphEnd;
  let before = text.slice(from, mention.start);
  let after = text.slice(mention.end, to);
  if (from > 0 && from !== paragraphStart + 2) before = `…${before.replace(/^\S*\s/, '')}`;
  if (to < text.length && to !== paragraphEnd) after = `${after.replace(/\s\S*$/, '')}…`;
  return { before, after };
}

/** Every mention of the entity in context; choosing one shows it in the article. */
export function MentionList({
  mentions,
  text,
  stepper,
}: {
  mentions: EntityMention[];
  text: string;
  stepper: MentionStepper;
}) {
  const shown = mentions.slice(0, SHOWN);
  return (
    <ol className="mention-list" aria-label="Mentions">
      {shown.map((mention) => {
        const { before, after } = snippet(text, mention);
        const current =
          stepper.focused?.start === mention.start && stepper.focused.entityId === mention.entityId;
        return (
          <li key={mention.start}>
            <button
              type="button"
              className={`mention-item${current ? ' is-current' : ''}`}
              aria-current={current ? 'true' : undefined}
              onClick={() => stepper.show(mention)}
            >
              {before}
              <mark>{text.slice(mention.start, mention.end)}</mark>
              {after}
            </button>
          </li>
        );
      })}
      {mentions.length > SHOWN && (
        <li className="panel-muted">And {mentions.length - SHOWN} more; step through them with ] and [.</li>
      )}
    </ol>
  );
}

export { snippet as mentionSnippet };
