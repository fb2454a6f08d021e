import type { EntityType } from '../../../contract/model';
import { exportMarkdown } from '../export-markdown';
import type { ExportInput } from '../types';
import { entityLinkFor, entityNotePaths, entityNotes, type MentioningArticle } from './entity-notes';
import { articleImages } from './vault-images';
import { articleFileNames, VAULT_FOLDERS } from './vault-names';

/** One article to export: what its Markdown file is made of. */
export interface VaultArticle {
  id: string;
  input: ExportInput;
  /** The image files the article keeps (`<sha256>.<ext>` in its media folder). */
  media?: ReadonlySet<string>;
}

export interface VaultOptions {
  /** One note per person, organization and place, linked both ways with the articles. */
  entityNotes: boolean;
  /** Article file paths an earlier export used, by article id (kept stable). */
  earlierPaths?: ReadonlyMap<string, string>;
  /** The user's own note on an entity (Markdown), put at the top of its entity note. */
  entityNote?: (type: EntityType, name: string) => string | null;
}

/** A kept image of an article, copied into the vault as it is. */
export interface MediaRef {
  articleId: string;
  name: string;
}

/** A file of the vault, by its relative, "/"-separated path: Markdown, or a kept image. */
export type VaultFile = { path: string; content: string } | { path: string; media: MediaRef };

export interface Vault {
  files: VaultFile[];
  /** Each article's file path, by article id. */
  articlePaths: Map<string, string>;
}

const folderPrefix = `${VAULT_FOLDERS.articles}/`;

/**
 * A folder of Markdown for Obsidian, Logseq or a plain folder: one file per article under
 * `Articles/` (the same Markdown as "Export notes"), with unique, stable names, the images each
 * one shows under `attachments/<its name>/`, and optionally the entity notes. Pure: the caller
 * zips or writes the files (and reads the images).
 */
export function buildVault(articles: readonly VaultArticle[], options: VaultOptions): Vault {
  const earlier = new Map(
    [...(options.earlierPaths ?? new Map<string, string>())]
      .filter(([, path]) => path.startsWith(folderPrefix))
      .map(([id, path]) => [id, path.slice(folderPrefix.length)]),
  );
  const names = articleFileNames(
    articles.map(({ id, input }) => ({ id, title: input.article.title, addedAt: input.article.addedAt })),
    earlier,
  );
  const articlePaths = new Map([...names].map(([id, name]) => [id, `${folderPrefix}${name}`]));
  const mentioning: MentioningArticle[] = articles.map(({ id, input }) => ({
    path: articlePaths.get(id)!,
    title: input.article.title,
    publishedAt: input.article.publishedAt,
    entities: input.entities,
    mentions: input.mentions ?? [],
    highlights: input.highlights,
    text: input.article.text,
    marks: input.article.marks ?? [],
  }));
  const taken = new Set([...articlePaths.values()].map((path) => path.toLowerCase()));
  const notePaths = options.entityNotes ? entityNotePaths(mentioning, taken) : new Map<string, string>();

  const files: VaultFile[] = articles.flatMap(({ id, input, media }) => {
    const images = articleImages(id, articlePaths.get(id)!, media ?? new Set());
    let { markdown } = exportMarkdown(input, images.link);
    const links = input.entities
      .filter((entity) => entity.mentionCount > 0)
      .sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name))
      .map((entity) => entityLinkFor(notePaths, entity))
      .filter((link): link is string => link !== null);
    if (links.length > 0) markdown = `${markdown}\n## Mentioned\n\n${[...new Set(links)].join(' · ')}\n`;
    return [{ path: articlePaths.get(id)!, content: markdown }, ...images.files()];
  });
  if (options.entityNotes) files.push(...entityNotes(mentioning, notePaths, options.entityNote));
  return { files, articlePaths };
}
