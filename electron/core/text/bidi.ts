/**
 * Explicit bidirectional formatting characters: embeddings and overrides (U+202A–U+202E) and
 * isolates (U+2066–U+2069). In a title, tag or file name they reorder what is shown (a file
 * "invoice\u202Efdp.md" reads "invoicedm.pdf") and an unclosed one reorders the text around
 * the label too. Right-to-left scripts need none of them: the Unicode bidi algorithm orders
 * Hebrew or Arabic from the letters themselves. The implicit marks (LRM, RLM, ALM) open no
 * scope and stay.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** `text` without explicit bidi controls: for every label Gloss makes (titles, tags, file names). */
export function neutralizeBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
