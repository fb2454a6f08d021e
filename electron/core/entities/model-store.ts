/**
 * Holds the loaded model. The app's main thread reads the file bytes (it may sit inside
 * app.asar, which only Electron's patched fs can read) and hands them to the worker; plain Node
 * callers just let the first detection read it from the resources folder.
 */
import { readFileSync } from 'node:fs';
import { resourcePath } from '../resources';
import { parseModel, type LoadedModel } from './model-file';
import { resetFeatureCache } from './features';

export const MODEL_FILE = 'entities.bin';
let loaded: LoadedModel | null = null;

export function modelPath(): string {
  return resourcePath('models', MODEL_FILE);
}

export function readModelBytes(): Uint8Array {
  return readFileSync(modelPath());
}

/** Installs a model from its file bytes (replacing any loaded one). */
export function useModelBytes(bytes: Uint8Array): LoadedModel {
  loaded = parseModel(bytes);
  resetFeatureCache();
  return loaded;
}

export function getModel(): LoadedModel {
  return loaded ?? useModelBytes(readModelBytes());
}
