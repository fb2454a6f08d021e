/**
 * Import: a `.txt` or `.md`/`.markdown` file becomes an article (title, byline, date, blocks).
 *
 * Refused, with a GlossError naming the file: other extensions, files over their format's limit
 * (MAX_IMPORT_BYTES), empty or whitespace-only files, binary data (NUL bytes, over 1% control
 * characters), text that is not UTF-8 (UTF-16 with a byte order mark is accepted), and files
 * with no article text left once furniture and markup are removed. Text is normalised: no BOM,
 * "\n" line ends, NFC, no-break spaces as spaces. Plain text is kept as written: angle brackets
 * and ampersands in a .txt are the author's characters (the reader shows text, never markup).
 *
 * Plain text is treated as a possible web scrape (plain-text.ts):
 * - The page head (units before the first of 20+ words) is peeled (peel-header.ts): labelled or
 *   bare dates ("date 2024-04-09", "Published: …", parsed by chrono-node; "Updated" loses to
 *   "Published"), furniture ("Follow us on …", "Share this article", "3 min read"), image
 *   credits ("Image Source : …", "Photo: …") and the caption that follows them, date lines
 *   ("New Delhi | Updated: …"), bylines ("By …", with a date after "|"), and the headline: the
 *   first short line without a full stop ("Title: …" too; "| Site Name" dropped). One- or
 *   two-word section labels above the headline go.
 * - Every unit is then classified (classify-unit.ts): furniture lines anywhere are dropped
 *   (scrape-patterns.ts lists the phrases), bullets are list items, "> " lines and whole
 *   quotations are quotes, labelled credits and text ending in a credit ("(Reuters)",
 *   "Photograph: …") are captions, short lines without closing punctuation are heading
 *   candidates.
 * - In context (refine-blocks.ts), a candidate is a heading only when it stands alone and prose
 *   follows; a bare credit makes its short neighbour a caption.
 * - With no headline in the file, the title is the lead image's caption, then a file name made
 *   of words, the first heading, the opening sentence.
 *
 * Markdown goes through marked's lexer (markdown/): headings keep their level, list items their
 * nesting and numbers, tables their cells, code its language, images become figures; links,
 * emphasis, strong, code, strikethrough and inline HTML formatting become marks over the text
 * (rich/article-builder.ts). Text is the author's: character references are decoded and a
 * tag-shaped string that names no HTML element ("Vector<int>") stays; HTML elements are dropped
 * (script and style with their content). A link keeps its address only when it is http(s) or
 * mailto (rich/safe-href.ts). Front matter gives title, date/published, author/byline, tags and
 * source/url; an opening `#` heading is the title and not a block.
 */
export { parseArticleFile } from './parse-article-file';
export { countWords } from './word-count';
export { IMPORT_LIMITS, MAX_IMPORT_BYTES, type ParsedArticle } from './types';
export { checkImportSize } from './decode-file';
export { extensionOf } from './file-name';
export { createArticleParser, type ArticleParser } from './article-parser';
