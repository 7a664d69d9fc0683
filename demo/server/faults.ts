/**
 * Injected faults (`POST /demo/faults`): the next `times` calls of one adapter method answer a
 * chosen HTTP status before reaching the mock, so tests can watch the widget's error handling and
 * retries against real HTTP. One fault per method; arming it again replaces it.
 */
import * as z from 'zod/mini';
import { ADAPTER_METHODS, type AdapterMethod } from '../../src/contract/index.js';
import { HttpProblem, codeForStatus } from './problem.js';

export const faultInputSchema = z.object({
  method: z.enum(ADAPTER_METHODS),
  status: z.int().check(z.minimum(400), z.maximum(599)),
  times: z.optional(z.int().check(z.minimum(1), z.maximum(1000))),
  retryAfterSeconds: z.optional(z.int().check(z.minimum(0), z.maximum(86_400))),
});

export type FaultInput = z.infer<typeof faultInputSchema>;

export interface Fault {
  method: AdapterMethod;
  status: number;
  times: number;
  retryAfterSeconds?: number;
}

export interface FaultBoard {
  arm(input: FaultInput): Fault;
  /** The problem this call of `method` answers with, if a fault is armed for it (and spends one of its times). */
  take(method: AdapterMethod): HttpProblem | undefined;
}

export function createFaultBoard(): FaultBoard {
  const armed = new Map<AdapterMethod, Fault>();
  return {
    arm(input) {
      const fault: Fault = { method: input.method, status: input.status, times: input.times ?? 1 };
      // A 429 without a Retry-After would leave a client guessing; one second is the default.
      const retryAfterSeconds = input.retryAfterSeconds ?? (input.status === 429 ? 1 : undefined);
      if (retryAfterSeconds !== undefined) fault.retryAfterSeconds = retryAfterSeconds;
      armed.set(input.method, fault);
      return { ...fault };
    },
    take(method) {
      const fault = armed.get(method);
      if (!fault) return undefined;
      fault.times -= 1;
      if (fault.times <= 0) armed.delete(method);
      const detail = `injected fault: ${method} answers ${fault.status} (${fault.times} more after this)`;
      const init = fault.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: fault.retryAfterSeconds };
      return new HttpProblem(fault.status, codeForStatus(fault.status), detail, init);
    },
  };
}
