import { exportFileName } from '../file-name';

/** Folders of an exported vault. Entity notes live apart, so a link names its folder. */
export const VAULT_FOLDERS = {
  articles: 'Articles',
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
} as const;

/** `name.md` made unique among `taken` (case-insensitively: macOS and Windows ignore case): "name 2.md", … */
export function uniqueName(name: string, taken: Set<string>): string {
  const base = name.replace(/\.md$/, '');
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base} ${n}.md`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * A file name for each article, stable across exports: names an earlier export gave (from its
 * manifest) are kept even when a title changes, so links into the vault keep working; new
 * articles, oldest first, take their title's name or the next free "Title 2", "Title 3".
 */
export function articleFileNames(
  articles: readonly { id: string; title: string; addedAt: string }[],
  earlier: ReadonlyMap<string, string> = new Map(),
): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const article of articles) {
    const kept = earlier.get(article.id);
    if (kept && !taken.has(kept.toLowerCase())) {
      names.set(article.id, kept);
      taken.add(kept.toLowerCase());
    }
  }
  const fresh = articles
    .filter((article) => !names.has(article.id))
    .sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
  for (const article of fresh) names.set(article.id, uniqueName(exportFileName(article.title), taken));
  return names;
}

/** An Obsidian link to a vault file by path (unambiguous), shown as `label`. */
export function vaultLink(path: string, label: string): string {
  const target = path.replace(/\.md$/, '');
  const shown = label
    .replace(/[[\]|]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return shown === '' || shown === target ? `[[${target}]]` : `[[${target}|${shown}]]`;
}
