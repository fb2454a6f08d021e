/** Messages between a calling thread and a core worker (worker-client.ts, serve-requests.ts). */

export interface WorkerRequestMessage<Request> {
  id: number;
  request: Request;
  /** Whether the caller wants progress messages. */
  progress: boolean;
}

export type WorkerReplyMessage<Result> =
  | { kind: 'progress'; id: number; fraction: number }
  | { kind: 'done'; id: number; result: Result }
  /** `code` is set for a GlossError, whose message is meant for the user. */
  | { kind: 'error'; id: number; message: string; code?: string };
