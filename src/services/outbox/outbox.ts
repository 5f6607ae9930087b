import type { Clock } from '../../lib/clock.js';
import type { OutboxFilter, OutboxInput, OutboxMessage } from './outbox-message.js';
import { messageId, matches, sequenceOf } from './outbox-message.js';

export type { OutboxFilter, OutboxInput, OutboxMessage } from './outbox-message.js';

/** The outbox keeps the newest messages only: a sandbox left running must not grow without end. */
export const OUTBOX_CAP = 1000;

interface Waiter {
  filter: OutboxFilter;
  after: number;
  resolve: (message: OutboxMessage | null) => void;
  timer: NodeJS.Timeout;
}

/**
 * The emails and SMS the sandbox "sent" (CONTRACT-API §2), like a local mail catcher. Not part
 * of the state document (the attempt record keeps its code), so it lives in memory only.
 *
 * `next` is driven by delivery itself: a waiter is settled inside `deliver`, so a test that
 * triggers a send and awaits the message has neither a sleep nor a race.
 */
export class Outbox {
  private messages: OutboxMessage[] = [];
  private sequence = 0;
  private waiters = new Set<Waiter>();
  /** Asked before each delivery: true loses the message (a `drop_delivery` fault). */
  dropper: (message: OutboxMessage) => boolean = () => false;
  /** Told of each delivered message (the log line when the control API is off). */
  onDeliver: ((message: OutboxMessage) => void) | null = null;

  constructor(private readonly clock: Clock) {}

  /** Delivers a message, unless a fault drops it. Returns what was delivered, or null. */
  deliver(input: OutboxInput): OutboxMessage | null {
    const sequence = this.sequence + 1;
    const message: OutboxMessage = { message_id: messageId(sequence), sequence, time: this.clock.now().toISOString(), ...input };
    if (this.dropper(message)) return null;
    this.sequence = sequence;
    this.messages.push(message);
    if (this.messages.length > OUTBOX_CAP) this.messages.splice(0, this.messages.length - OUTBOX_CAP);
    this.onDeliver?.(message);
    for (const waiter of this.waiters) {
      if (sequence > waiter.after && matches(message, waiter.filter)) this.settle(waiter, message);
    }
    return { ...message };
  }

  /** Oldest first; `after` (a message id) and `limit` (the newest n) narrow it. */
  list(filter: OutboxFilter = {}, limit?: number): OutboxMessage[] {
    const after = sequenceOf(filter.after);
    const found = this.messages.filter((m) => m.sequence > after && matches(m, filter));
    return (limit === undefined ? found : found.slice(Math.max(0, found.length - limit))).map((m) => ({ ...m }));
  }

  /**
   * The first message matching `filter` after `filter.after` (a message id; none: from the
   * start), already there or the next delivered; null once `timeoutMs` pass without one.
   */
  next(filter: OutboxFilter = {}, { timeoutMs = 5000 }: { timeoutMs?: number } = {}): Promise<OutboxMessage | null> {
    const after = sequenceOf(filter.after);
    const present = this.messages.find((m) => m.sequence > after && matches(m, filter));
    if (present) return Promise.resolve({ ...present });
    return new Promise((resolve) => {
      const waiter: Waiter = { filter, after, resolve, timer: setTimeout(() => this.settle(waiter, null), timeoutMs) };
      this.waiters.add(waiter);
    });
  }

  /** Empties the outbox; message ids keep counting, so an `after` cursor stays meaningful. */
  clear(): number {
    const n = this.messages.length;
    this.messages = [];
    return n;
  }

  /** Back to the start (POST /__sandbox/reset): empty, and ids from msg_…01 again. */
  reset(): void {
    this.clear();
    this.sequence = 0;
  }

  /** Answers every pending `next` with null (the app is closing: no long poll may hold it open). */
  releaseWaiters(): void {
    for (const waiter of this.waiters) this.settle(waiter, null);
  }

  get size(): number {
    return this.messages.length;
  }

  private settle(waiter: Waiter, message: OutboxMessage | null) {
    if (!this.waiters.delete(waiter)) return;
    clearTimeout(waiter.timer);
    waiter.resolve(message ? { ...message } : null);
  }
}
