import { collectionNames, collections, type CollectionName, type CollectionsData, type RecordOf } from './collections.js';

interface Entry {
  seq: number;
  record: { client_id: string };
}

/** One collection: records by client and key, and the keys of each index value. */
interface Kept {
  byClient: Map<string, Map<string, Entry>>;
  byIndex: Map<string, Map<string, Set<string>>>;
}

const copy = <T>(value: T): T => structuredClone(value);
const bySeq = (a: Entry, b: Entry) => a.seq - b.seq;

/**
 * MemoryStore's part for the record collections (src/store/collections.ts). Each record keeps the
 * sequence number of its first put, as SqliteStore's rowid does, so both stores list and export
 * in the same order; records are copied in and out.
 */
export class MemoryCollections {
  private kept = new Map<CollectionName, Kept>();
  private seq = 0;

  private of(name: CollectionName): Kept {
    let k = this.kept.get(name);
    if (!k) this.kept.set(name, (k = { byClient: new Map(), byIndex: new Map() }));
    return k;
  }

  get<N extends CollectionName>(name: N, clientId: string, key: string): RecordOf<N> | undefined {
    const entry = this.kept.get(name)?.byClient.get(clientId)?.get(key);
    return entry && (copy(entry.record) as RecordOf<N>);
  }

  put<N extends CollectionName>(name: N, record: RecordOf<N>): void {
    const def = collections[name];
    const k = this.of(name);
    const key = def.key(record as never);
    let client = k.byClient.get(record.client_id);
    if (!client) k.byClient.set(record.client_id, (client = new Map()));
    const previous = client.get(key);
    if (previous) this.unindex(name, previous, key);
    const entry = { seq: previous?.seq ?? ++this.seq, record: copy(record) };
    client.set(key, entry);
    const index = def.index?.(record as never);
    if (index != null) {
      let values = k.byIndex.get(record.client_id);
      if (!values) k.byIndex.set(record.client_id, (values = new Map()));
      let keys = values.get(index);
      if (!keys) values.set(index, (keys = new Set()));
      keys.add(key);
    }
  }

  delete(name: CollectionName, clientId: string, key: string): boolean {
    const client = this.kept.get(name)?.byClient.get(clientId);
    const entry = client?.get(key);
    if (!entry) return false;
    client!.delete(key);
    this.unindex(name, entry, key);
    return true;
  }

  list<N extends CollectionName>(name: N, clientId: string, index?: string): RecordOf<N>[] {
    const k = this.kept.get(name);
    const client = k?.byClient.get(clientId);
    if (!client) return [];
    let entries: Entry[];
    if (index === undefined) entries = [...client.values()];
    else entries = [...(k!.byIndex.get(clientId)?.get(index) ?? [])].map((key) => client.get(key)!).sort(bySeq);
    return entries.map((e) => copy(e.record) as RecordOf<N>);
  }

  purge(name: CollectionName, cutoff: string): number {
    const purgeAfter = collections[name].purgeAfter as ((r: unknown) => string | null) | undefined;
    const k = this.kept.get(name);
    if (!purgeAfter || !k) return 0;
    let removed = 0;
    for (const client of k.byClient.values()) {
      for (const [key, entry] of client) {
        const after = purgeAfter(entry.record);
        if (after !== null && after < cutoff) {
          client.delete(key);
          this.unindex(name, entry, key);
          removed++;
        }
      }
    }
    return removed;
  }

  /** Every collection's records in the order first added. */
  exportAll(): CollectionsData {
    const out: Record<string, unknown[]> = {};
    for (const name of collectionNames) {
      const entries = [...(this.kept.get(name)?.byClient.values() ?? [])].flatMap((client) => [...client.values()]);
      out[name] = entries.sort(bySeq).map((e) => copy(e.record));
    }
    return out as unknown as CollectionsData;
  }

  importAll(data: Partial<CollectionsData>): void {
    this.kept.clear();
    this.seq = 0;
    for (const name of collectionNames) for (const record of data[name] ?? []) this.put(name, record as never);
  }

  private unindex(name: CollectionName, entry: Entry, key: string): void {
    const index = collections[name].index?.(entry.record as never);
    if (index == null) return;
    const values = this.kept.get(name)?.byIndex.get(entry.record.client_id);
    const keys = values?.get(index);
    keys?.delete(key);
    if (keys?.size === 0) values!.delete(index);
  }
}
