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

/**
 * The request journal: a bounded ring buffer of the emulated API's requests, so a test can ask
 * "what did the sandbox see, and why did it refuse?" Not part of the exported state.
 */
export class Journal {
  private entries: JournalEntry[] = [];
  private nextId = 1;

  constructor(private readonly clock: Clock, private readonly capacity = 1000) {}

  record(entry: Omit<JournalEntry, 'id' | 'time'>): JournalEntry {
    const full: JournalEntry = { id: this.nextId++, time: this.clock.now().toISOString(), ...entry };
    this.entries.push(full);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
    return full;
  }

  list(filter: JournalFilter = {}): JournalEntry[] {
    const since = filter.since === undefined ? undefined : Date.parse(filter.since);
    const matching = this.entries.filter((e) =>
      (filter.operation === undefined || e.operation === filter.operation)
      && (filter.status === undefined || e.status === filter.status)
      && (filter.client_id === undefined || e.client_id === filter.client_id)
      && (since === undefined || Date.parse(e.time) >= since));
    return filter.limit === undefined ? matching : matching.slice(-filter.limit);
  }

  clear(): void {
    this.entries = [];
  }
}
