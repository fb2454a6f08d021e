import { stringify } from 'yaml';
import type { Entity, EntityMention, EntityType, Highlight, InlineMark } from '../../../contract/model';
import { headingText } from '../escape-markdown';
import { highlightQuote } from '../quote-markdown';
import { noteMarkdown } from '../export-markdown';
import { exportFileName } from '../file-name';
import { entitiesIn } from '../highlight-mentions';
import { plainField } from '../plain-field';
import { uniqueName, VAULT_FOLDERS, vaultLink } from './vault-names';

/** The entity types that get a note of their own: who and where, not dates or nationalities. */
export const NOTE_TYPES = ['person', 'organization', 'place'] as const satisfies readonly EntityType[];
type NoteType = (typeof NOTE_TYPES)[number];

/** What an entity note needs from one exported article. */
export interface MentioningArticle {
  path: string;
  title: string;
  publishedAt: string | null;
  entities: Entity[];
  mentions: EntityMention[];
  highlights: Highlight[];
  /** The article's text and its inline marks: quotes keep their links and emphasis. */
  text: string;
  marks: readonly InlineMark[];
}

interface Gathered {
  type: NoteType;
  name: string;
  aliases: Set<string>;
  articles: { article: MentioningArticle; mentionCount: number }[];
  highlights: { article: MentioningArticle; highlight: Highlight }[];
}

const keyOf = (type: EntityType, name: string) => `${type}:${name.toLowerCase()}`;
const isNoteType = (type: EntityType): type is NoteType => (NOTE_TYPES as readonly string[]).includes(type);

/** Every person, organization and place mentioned across the articles, with where. */
function gather(articles: readonly MentioningArticle[]): Gathered[] {
  const all = new Map<string, Gathered>();
  for (const article of articles) {
    for (const entity of article.entities) {
      if (!isNoteType(entity.type) || plainField(entity.name) === '') continue;
      const key = keyOf(entity.type, entity.name);
      const gathered = all.get(key) ?? {
        type: entity.type,
        name: plainField(entity.name),
        aliases: new Set(),
        articles: [],
        highlights: [],
      };
      all.set(key, gathered);
      for (const alias of entity.aliases) if (alias !== entity.name) gathered.aliases.add(plainField(alias));
      gathered.articles.push({ article, mentionCount: entity.mentionCount });
    }
    for (const highlight of article.highlights) {
      for (const entity of entitiesIn(highlight, article.mentions, article.entities)) {
        all.get(keyOf(entity.type, entity.name))?.highlights.push({ article, highlight });
      }
    }
  }
  return [...all.values()];
}

/** The path of each entity's note, by `type:lower-case name`; unique within the vault. */
export function entityNotePaths(
  articles: readonly MentioningArticle[],
  taken: Set<string>,
): Map<string, string> {
  const paths = new Map<string, string>();
  const sorted = gather(articles).sort((a, b) => a.name.localeCompare(b.name));
  for (const entity of sorted) {
    const folder = VAULT_FOLDERS[entity.type];
    const name = uniqueName(`${folder}/${exportFileName(entity.name)}`, taken);
    paths.set(keyOf(entity.type, entity.name), name);
  }
  return paths;
}

/** The link from an article to an entity's note, when the entity has one. */
export function entityLinkFor(paths: ReadonlyMap<string, string>, entity: Entity): string | null {
  const path = paths.get(keyOf(entity.type, entity.name));
  return path ? vaultLink(path, entity.name) : null;
}

const newestFirst = (a: MentioningArticle, b: MentioningArticle) =>
  (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || a.title.localeCompare(b.title);

/**
 * One note per person, organization and place: its aliases (front matter, so Obsidian resolves
 * them), every article that mentions it, newest first, and every highlight that mentions it,
 * each linked to its article: with the articles' links to these notes, Obsidian's graph shows
 * who appears with whom.
 */
export function entityNotes(
  articles: readonly MentioningArticle[],
  paths: ReadonlyMap<string, string>,
  /** The user's own note on an entity (Markdown), if any. */
  userNote: (type: EntityType, name: string) => string | null = () => null,
): { path: string; content: string }[] {
  return gather(articles).flatMap((entity) => {
    const path = paths.get(keyOf(entity.type, entity.name));
    if (!path) return [];
    const front = stringify({ type: entity.type, aliases: [...entity.aliases].sort() }, { lineWidth: 0 });
    const sections = [`---\n${front}---`, `# ${headingText(entity.name)}`];
    const own = userNote(entity.type, entity.name);
    if (own && own.trim()) sections.push('## Notes', noteMarkdown(own));
    sections.push('## Articles');
    const mentioning = [...entity.articles].sort((a, b) => newestFirst(a.article, b.article));
    sections.push(
      mentioning
        .map(({ article, mentionCount }) => {
          const date = article.publishedAt ? ` (${article.publishedAt.slice(0, 10)})` : '';
          const times = mentionCount === 1 ? '1 mention' : `${mentionCount} mentions`;
          return `- ${vaultLink(article.path, article.title)}${date}, ${times}`;
        })
        .join('\n'),
    );
    if (entity.highlights.length > 0) {
      sections.push('## Highlights');
      const highlights = [...entity.highlights].sort(
        (a, b) => newestFirst(a.article, b.article) || a.highlight.start - b.highlight.start,
      );
      for (const { article, highlight } of highlights) {
        // A PDF's page, as a citation says it: "p. 12".
        const page = highlight.page ? `, p. ${highlight.page}` : '';
        sections.push(
          `${highlightQuote(highlight, article)}\n\n— ${vaultLink(article.path, article.title)}${page}`,
        );
      }
    }
    return [{ path, content: `${sections.join('\n\n')}\n` }];
  });
}
