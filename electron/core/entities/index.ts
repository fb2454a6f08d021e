/**
 * The entity engine's public API: detection (in-thread or in a worker), corrections, and the
 * version that keys cached detections.
 */
import type { StoredEntityCorrection, StoredEntityRule } from '../../contract/model';
import { detect } from './detect';
import type { Detection } from './group-entities';
import { correctDetection } from './library-rules';
import { MODEL_ID } from './model-id';

export type { Detection } from './group-entities';
export { createEntityDetector, type EntityDetector } from './detector';
export { textLanguage, type TextLanguage } from './language';
export { correctDetection, type CorrectedDetection } from './library-rules';
export { nameKey } from './entity-edits';

/** Bump RULES_VERSION when the rules change; MODEL_ID follows the model file. */
const RULES_VERSION = 16;
export const DETECTOR_VERSION = `${RULES_VERSION}.${MODEL_ID}`;

/**
 * Detects entities in an article's text, synchronously in this thread. The result says which
 * language the text is in and whether detection covers it (English only): a German article gets
 * `{ mentions: [], entities: [], language: 'de', supported: false }`.
 */
export function detectEntities(
  text: string,
  options?: { published?: string | null; onProgress?: (fraction: number) => void },
): Detection {
  return detect(text, options);
}

/**
 * Applies the library's rules, then the article's stored corrections, to a detection;
 * corrections always win.
 */
export function applyCorrections(
  text: string,
  detection: Detection,
  corrections: readonly StoredEntityCorrection[],
  rules: readonly StoredEntityRule[] = [],
): Detection {
  return correctDetection(text, detection, corrections, rules).detection;
}
