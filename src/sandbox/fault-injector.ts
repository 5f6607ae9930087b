import { AsyncLocalStorage } from 'node:async_hooks';
import { SandboxError, errorCatalog, type ErrorBody } from '../errors.js';

/**
 * Set while a request whose operation a `drop_delivery` fault names is handled: what the
 * handler sends is lost. A scope, not a flag, so concurrent requests cannot cross.
 */
export const dropScope = new AsyncLocalStorage<true>();

export interface FaultInput {
  /** Required, except for a `drop_delivery` fault, which without one drops any message. */
  operation?: string;
  status?: number;
  error?: string;
  error_description?: string;
  delay_ms?: number;
  count?: number;
  /** Answer as usual, but lose the email or SMS (CONTRACT-API §2, "Faults"). */
  drop_delivery?: boolean;
}

export interface Fault {
  fault_id: string;
  operation: string | null;
  status: number | null;
  error: string | null;
  error_description: string | null;
  delay_ms: number;
  remaining: number;
  drop_delivery: boolean;
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
    if (input.drop_delivery) return this.addDrop(input);
    if (input.operation === undefined) {
      throw new SandboxError('invalid_request_body', { reason: 'body.operation is required (an operationId of the emulated API), unless drop_delivery is true' });
    }
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
      drop_delivery: false,
    };
    this.faults.push(fault);
    return { ...fault };
  }

  /** A fault that lets the call succeed and loses what it sends: `count` requests of `operation`, or with none the next `count` messages. */
  private addDrop(input: FaultInput): Fault {
    if (input.operation !== undefined && !this.operations.includes(input.operation)) {
      throw new SandboxError('invalid_request_body', { reason: `body.operation ${input.operation} is not an operation of the emulated API; one of: ${this.operations.join(', ')} (or leave it out to drop the next message of any operation)` });
    }
    if (input.status !== undefined || input.error !== undefined || input.error_description !== undefined || input.delay_ms !== undefined) {
      throw new SandboxError('invalid_request_body', { reason: 'a drop_delivery fault answers as usual, so body.status, body.error, body.error_description and body.delay_ms cannot go with it; send them as a separate fault' });
    }
    const fault: Fault = {
      fault_id: `flt_${(++this.seq).toString(16).padStart(24, '0')}`,
      operation: input.operation ?? null,
      status: null,
      error: null,
      error_description: null,
      delay_ms: 0,
      remaining: input.count ?? 1,
      drop_delivery: true,
    };
    this.faults.push(fault);
    return { ...fault };
  }

  /** Takes one shot of the first drop fault for `operation` (null: the ones naming none). */
  takeDrop(operation: string | null): Fault | undefined {
    return this.shoot(this.faults.findIndex((f) => f.drop_delivery && f.operation === operation));
  }

  get hasDrops(): boolean {
    return this.faults.some((f) => f.drop_delivery);
  }

  /** Takes one shot of the first fault queued for this operation, if any. */
  take(operation: string): Fault | undefined {
    return this.shoot(this.faults.findIndex((f) => !f.drop_delivery && f.operation === operation));
  }

  private shoot(index: number): Fault | undefined {
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
