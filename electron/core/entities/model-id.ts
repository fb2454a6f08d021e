// Written by scripts/train-entities.ts: the hash of models/entities.bin, part of DETECTOR_VERSION.
export const MODEL_ID = '472e6254886d';
