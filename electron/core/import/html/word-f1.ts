/** Words of a text for comparison: lower case, letters and digits only. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Word-level F1 of an extracted text against the expected one (the measure reader-view
 * extraction is usually scored by): the harmonic mean of the share of extracted words that are
 * expected (precision) and of expected words that were extracted (recall), words counted with
 * multiplicity and in any order.
 */
export function wordF1(extracted: string, expected: string): number {
  const want = new Map<string, number>();
  for (const word of words(expected)) want.set(word, (want.get(word) ?? 0) + 1);
  const got = words(extracted);
  let common = 0;
  for (const word of got) {
    const left = want.get(word) ?? 0;
    if (left > 0) {
      common += 1;
      want.set(word, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / got.length;
  const recall = common / words(expected).length;
  return (2 * precision * recall) / (precision + recall);
}
