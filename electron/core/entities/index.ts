/**
 * The entity engine's public API: detection (in-thread or in a worker), corrections, and the
 * version that keys cached detections.
 */
import type { StoredEntityCorrection } from '../../contract/model';
import { applyCorrections as apply } from './corrections';
import { detect } from './detect';
import type { Detection } from './group-entities';
import { MODEL_ID } from './model-id';

export type { Detection } from './group-entities';
export { createEntityDetector, type EntityDetector } from './detector';
export { textLanguage, type TextLanguage } from './language';

/** Bump RULES_VERSION when the rules change; MODEL_ID follows the model file. */
const RULES_VERSION = 7;
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

/** Applies stored user corrections to a detection; corrections always win. */
export function applyCorrections(
  text: string,
  detection: Detection,
  corrections: StoredEntityCorrection[],
): Detection {
  return apply(text, detection, corrections);
}
