import type { Api, ApiMethod } from '../../contract/api';
import type { RpcResponse } from '../../contract/errors';
import { toApiError } from '../errors';
import { describeIssues, paramSchemas } from './schemas';

/** Who is calling: the window that asked (its own random id), told back in the events it causes. */
export interface Caller {
  origin?: string;
}

export type Dispatch = (method: unknown, params: unknown, caller?: Caller) => Promise<RpcResponse>;

function isMethod(method: unknown): method is ApiMethod {
  return typeof method === 'string' && Object.hasOwn(paramSchemas, method);
}

/**
 * The one entry point both transports use: validate, run, and wrap the answer in the RPC
 * envelope. It never throws, and an unexpected failure is logged here and answered with a
 * generic message, so no stack trace reaches the renderer.
 */
export function createDispatch(api: Api, log: (error: unknown) => void = console.error): Dispatch {
  return async (method, params) => {
    if (!isMethod(method)) {
      const name = typeof method === 'string' ? `"${method.slice(0, 80)}"` : 'that';
      return { error: { code: 'unknown-method', message: `Gloss has no method ${name}.` } };
    }
    const parsed = paramSchemas[method].safeParse(params ?? {});
    if (!parsed.success) return { error: { code: 'invalid-params', message: describeIssues(parsed.error) } };
    try {
      const run = api[method] as (params: unknown) => Promise<unknown>;
      return { result: await run(parsed.data) };
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === 'internal') log(error);
      return { error: apiError };
    }
  };
}
