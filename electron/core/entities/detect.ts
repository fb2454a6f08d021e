/** The detection pipeline: language check, tagger, event/group rules, document consistency, dates, grouping. */
import { findDates } from './dates';
import { typedCandidates, type Candidate } from './extra-types';
import { groupMentions, type Detection, type RawMention } from './group-entities';
import { textLanguage } from './language';
import { getModel } from './model-store';
import { joinParticleNames } from './name-particles';
import { propagate } from './propagate';
import { tagText } from './tag-text';

export interface DetectOptions {
  published?: string | null;
  onProgress?: (fraction: number) => void;
}

/** Where a date and a name overlap, the name wins unless the name lies inside the date. */
function mergeDates(text: string, names: Candidate[], published: string | null | undefined): RawMention[] {
  const dates = findDates(text, published);
  const out: RawMention[] = [];
  // Both lists are sorted by start and hardly overlap, so one sweep with a window suffices.
  const kept: Candidate[] = [];
  let j = 0;
  for (const c of names) {
    while (j < dates.length && dates[j]!.end <= c.start) j++;
    let inside = false;
    for (let k = j; k < dates.length && dates[k]!.start <= c.start; k++)
      if (dates[k]!.end >= c.end) inside = true;
    if (c.type === 'event' || !inside) kept.push(c);
  }
  for (const c of kept)
    out.push({ start: c.start, end: c.end, type: c.type, text: text.slice(c.start, c.end) });
  let k = 0;
  for (const d of dates) {
    while (k < kept.length && kept[k]!.end <= d.start) k++;
    let clash = false;
    for (let x = k; x < kept.length && kept[x]!.start < d.end; x++) if (kept[x]!.end > d.start) clash = true;
    if (!clash)
      out.push({ start: d.start, end: d.end, type: 'date', text: text.slice(d.start, d.end), date: d.date });
  }
  return out;
}

export function detect(text: string, options: DetectOptions = {}): Detection {
  const report = options.onProgress;
  const { language, supported } = textLanguage(text);
  // The model and its rules read English: elsewhere every capitalised noun would become a "name".
  if (!supported) {
    report?.(1);
    return { mentions: [], entities: [], language, supported };
  }
  const model = getModel();
  const tagged = tagText(text, model, report && ((f) => report(f * 0.9)));
  const { tokens } = tagged;
  const typed = joinParticleNames(text, tokens, typedCandidates(text, tagged, model.lexicon, model.retyper));
  // Propagation may add a bare "Leyen" the tagger missed: its particles are joined again.
  const names = joinParticleNames(text, tokens, propagate(text, tokens, typed));
  const detection = groupMentions(mergeDates(text, names, options.published));
  report?.(1);
  return { ...detection, language, supported };
}
