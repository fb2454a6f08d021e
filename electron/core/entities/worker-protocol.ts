/** Messages between the detector (calling thread) and detect-worker.ts. */
import type { Detection } from './group-entities';

export interface WorkerRequest {
  id: number;
  text: string;
  published: string | null;
  /** Whether the caller wants progress messages. */
  progress: boolean;
}

export type WorkerReply =
  | { kind: 'progress'; id: number; fraction: number }
  | { kind: 'done'; id: number; detection: Detection }
  | { kind: 'error'; id: number; message: string };
