import type { Clock } from '../lib/clock.js';

export interface JournalEntry {
  id: number;
  time: string;
  method: string;
  path: string;
  operation: string | null;
  status: number;
  client_id: string | null;
  error?: string;
  error_description?: string;
  explanation?: string;
  fault?: boolean;
}

export interface JournalFilter {
  operation?: string;
  status?: number;
  client_id?: string;
  since?: string;
  limit?: number;
}

/** What the dispatcher records; the journal adds the id and the time. */
export type JournalRecord = Omit<JournalEntry, 'id' | 'time'>;
type Recorded = JournalRecord;

/**
 * The request journal: a bounded ring buffer of the emulated API's requests, so a test can ask
 * "what did the sandbox see, and why did it refuse?" Not part of the exported state.
 * Recording is on every request's path, so it stores the entry as given with the clock's
 * milliseconds and overwrites the oldest slot in place; ids and ISO times are made when read.
 */
export class Journal {
  private slots: Array<{ id: number; timeMs: number; entry: Recorded }> = [];
  private next = 0;
  private nextId = 1;

  constructor(private readonly clock: Clock, private readonly capacity = 1000) {}

  record(entry: Recorded): void {
    const slot = { id: this.nextId++, timeMs: this.clock.nowMs(), entry };
    if (this.slots.length < this.capacity) this.slots.push(slot);
    else this.slots[this.next] = slot;
    this.next = (this.next + 1) % this.capacity;
  }

  list(filter: JournalFilter = {}): JournalEntry[] {
    const since = filter.since === undefined ? undefined : Date.parse(filter.since);
    const ordered = this.slots.length < this.capacity ? this.slots : [...this.slots.slice(this.next), ...this.slots.slice(0, this.next)];
    const matching = ordered
      .filter(({ timeMs, entry: e }) =>
        (filter.operation === undefined || e.operation === filter.operation)
        && (filter.status === undefined || e.status === filter.status)
        && (filter.client_id === undefined || e.client_id === filter.client_id)
        && (since === undefined || timeMs >= since))
      .map(({ id, timeMs, entry }): JournalEntry => ({ id, time: new Date(timeMs).toISOString(), ...entry }));
    return filter.limit === undefined ? matching : matching.slice(-filter.limit);
  }

  clear(): void {
    this.slots = [];
    this.next = 0;
  }
}
