// The one way this app remembers database reads for a few seconds (who a session is, an organisation's desk policy,
// the enabled channel accounts). Every cache has a name; a change forgets it here at once and, through NOTIFY sent
// in the changing transaction, in every process once that transaction commits — so a stale copy cannot outlive
// the commit by more than the time a notification takes, on any process.
import type { DbOrTx } from '../db/client.js';
import { notifyChannels, notify } from './notify.js';

export type CacheName = 'actors' | 'desk-policies' | 'channel-accounts' | 'registration-contexts';

interface Entry<V> {
  value: Promise<V>;
  until: number;
}

export class Cache<K, V> {
  private readonly entries = new Map<K, Entry<V>>();

  constructor(
    readonly name: CacheName,
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {
    registry.set(name, this as Cache<unknown, unknown>);
  }

  /**
   * The remembered value, or `load()`'s (one load per key at a time: callers arriving together share it). A value
   * `keep` refuses (a session not found) is handed back but not remembered; a failed load is forgotten.
   */
  get(key: K, load: () => Promise<V>, keep: (value: V) => boolean = () => true): Promise<V> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.until > now) return hit.value;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const value = load();
    this.entries.set(key, { value, until: now + this.ttlMs });
    value.then(
      (v) => {
        if (!keep(v) && this.entries.get(key)?.value === value) this.entries.delete(key);
      },
      () => {
        if (this.entries.get(key)?.value === value) this.entries.delete(key);
      },
    );
    return value;
  }

  forget(key?: K): void {
    if (key === undefined) this.entries.clear();
    else this.entries.delete(key);
  }
}

const registry = new Map<CacheName, Cache<unknown, unknown>>();

/** Forgets a cache in this process (what a notification from another process does here). */
export function forgetCache(name: string): void {
  registry.get(name as CacheName)?.forget();
}

/**
 * Forgets caches here now and, after `db`'s transaction commits (at once outside one), in every process. Call it in
 * the transaction that makes the change: a reader between now and the commit may remember the old state again, and
 * the notification clears that too.
 */
export async function forgetEverywhere(db: DbOrTx, ...names: CacheName[]): Promise<void> {
  for (const name of names) forgetCache(name);
  await notify(db, notifyChannels.cacheChanged, names);
}
