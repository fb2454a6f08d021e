import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { DETECTOR_VERSION } from './index';
import { modelPath } from './model-store';

it('DETECTOR_VERSION follows the shipped model file, so cached detections are redone when it changes', () => {
  const hash = createHash('sha256').update(readFileSync(modelPath())).digest('hex').slice(0, 12);
  expect(DETECTOR_VERSION.endsWith(`.${hash}`)).toBe(true);
});
