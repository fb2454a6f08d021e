import path from 'node:path';
import { GlossError } from '../errors';

/** The schema version this build writes. Every file on disk carries its own `schemaVersion`. */
export const SCHEMA_VERSION = 2;

const NOTES_FILE = 'notes.json';
const NOTES_LOG_FILE = 'notes.log';

/** Article ids become folder names, so only a safe alphabet is accepted. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}

export function assertValidId(id: string): void {
  if (!isValidId(id)) {
    throw new GlossError('invalid-params', 'An article id may only use letters, digits, "-" and "_".');
  }
}

/** The extension of a kept source file's name (`source.pdf` -> "pdf"), or null for any other name. */
export function sourceExtensionOf(fileName: string): string | null {
  return /^source\.([a-z0-9]{1,10})$/.exec(fileName)?.[1] ?? null;
}

/** Where each file of a library lives (DESIGN.md, "Storage"). */
export class Layout {
  readonly index: string;
  readonly articles: string;
  readonly backups: string;
  readonly lock: string;
  /** Repair notices the user has not dismissed yet (notice-board.ts). */
  readonly notices: string;
  /** Deleted articles' folders, whole, until restored or purged (trash.ts). */
  readonly trash: string;
  /** This library's device id, the author of its change records. */
  readonly device: string;
  /** Entity rules and entity notes, for the whole library (entity-library-file.ts). */
  readonly entityLibrary: string;

  constructor(readonly dataDir: string) {
    this.index = path.join(dataDir, 'library.json');
    this.articles = path.join(dataDir, 'articles');
    this.backups = path.join(dataDir, 'backups');
    this.lock = path.join(dataDir, 'gloss.lock');
    this.notices = path.join(dataDir, 'notices.json');
    this.trash = path.join(dataDir, 'trash');
    this.device = path.join(dataDir, 'device.json');
    this.entityLibrary = path.join(dataDir, 'entity-library.json');
  }

  trashDir(id: string): string {
    return path.join(this.trash, id);
  }

  articleDir(id: string): string {
    return path.join(this.articles, id);
  }

  /** The images kept with an article, each named by its content hash (images/keep-images.ts). */
  media(id: string): string {
    return path.join(this.articles, id, 'media');
  }

  content(id: string): string {
    return path.join(this.articles, id, 'article.json');
  }

  notes(id: string): string {
    return path.join(this.articles, id, NOTES_FILE);
  }

  /** The changes to an article's notes since `notes.json` was written, one line each (notes-log.ts). */
  notesLog(id: string): string {
    return path.join(this.articles, id, NOTES_LOG_FILE);
  }

  /** The log as it was when the last snapshot folded it in: with `notes.json.bak`, the state before. */
  notesLogBackup(id: string): string {
    return `${this.notesLog(id)}.bak`;
  }

  /** The notes files of a trashed article's folder. */
  trashedNotes(id: string): { notes: string; log: string } {
    return {
      notes: path.join(this.trashDir(id), NOTES_FILE),
      log: path.join(this.trashDir(id), NOTES_LOG_FILE),
    };
  }

  entities(id: string): string {
    return path.join(this.articles, id, 'entities.json');
  }

  /**
   * The file the article was imported from, kept as it came (`source.pdf`, `source.html`...):
   * the text can be made again from it if `article.json` is lost.
   */
  source(id: string, extension: string): string {
    const name = `source.${extension}`;
    if (sourceExtensionOf(name) === null) throw new GlossError('invalid-params', 'Not a file extension.');
    return path.join(this.articles, id, name);
  }

  /** Which kept image each image address of the source file became (`keepSource`). */
  sourceImages(id: string): string {
    return path.join(this.articles, id, 'source-images.json');
  }

  /** The previous good version of a notes file, kept by every notes write. */
  notesBackup(id: string): string {
    return `${this.notes(id)}.bak`;
  }

  /** Shown to the user in notices: paths relative to the data dir read better. */
  relative(file: string): string {
    return path.relative(this.dataDir, file) || file;
  }
}
