import { SandboxError, errorCatalog, type ErrorBody } from '../errors.js';

export interface FaultInput {
  operation: string;
  status?: number;
  error?: string;
  error_description?: string;
  delay_ms?: number;
  count?: number;
}

export interface Fault {
  fault_id: string;
  operation: string;
  status: number | null;
  error: string | null;
  error_description: string | null;
  delay_ms: number;
  remaining: number;
}

/**
 * Queued misbehaviour (after navikt/mock-oauth2-server's "enqueue the next response"): the next
 * `count` calls of an operation fail with a chosen status in SSOJet's envelope, or are delayed.
 * A failing fault answers before the handler runs, so it can never change state.
 */
export class FaultInjector {
  private faults: Fault[] = [];
  private seq = 0;

  constructor(private readonly operations: string[]) {}

  add(input: FaultInput): Fault {
    if (!this.operations.includes(input.operation)) {
      throw new SandboxError('invalid_request_body', { reason: `body.operation ${input.operation} is not an operation of the emulated API; one of: ${this.operations.join(', ')}` });
    }
    const onlyDelay = input.status === undefined && input.error === undefined && input.delay_ms !== undefined;
    const status = onlyDelay ? null : input.status ?? 500;
    const fault: Fault = {
      fault_id: `flt_${(++this.seq).toString(16).padStart(24, '0')}`,
      operation: input.operation,
      status,
      error: status === null ? null : input.error ?? 'injected_fault',
      error_description: status === null ? null : input.error_description ?? `Injected by POST /__sandbox/faults (status ${status})`,
      delay_ms: input.delay_ms ?? 0,
      remaining: input.count ?? 1,
    };
    this.faults.push(fault);
    return { ...fault };
  }

  /** Takes one shot of the first fault queued for this operation, if any. */
  take(operation: string): Fault | undefined {
    const index = this.faults.findIndex((f) => f.operation === operation);
    if (index < 0) return undefined;
    const fault = this.faults[index];
    fault.remaining -= 1;
    if (fault.remaining === 0) this.faults.splice(index, 1);
    return { ...fault };
  }

  list(): Fault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  clear(): number {
    const n = this.faults.length;
    this.faults = [];
    return n;
  }
}

/** The envelope a failing fault answers with; the code is the catalog's when the id is known. */
export function faultBody(fault: Fault): ErrorBody {
  const known = (errorCatalog as Record<string, { code: number }>)[fault.error ?? ''];
  return {
    error: (fault.error ?? 'injected_fault') as ErrorBody['error'],
    error_description: fault.error_description ?? errorCatalog.injected_fault.message,
    error_code: known?.code ?? errorCatalog.injected_fault.code,
  };
}
