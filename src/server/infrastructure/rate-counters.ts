// Fixed-window counters for limits (the public form, per-address route limits). In the database they are shared by
// every process: hits arriving within a millisecond are counted in one UPSERT, each caller getting its own place in
// the count, so requests racing each other (in one process or several) cannot all slip under a limit. A
// memory-backed twin serves tests and benchmarks that want no database round trip.
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client.js';

export interface WindowHit {
  /** This hit's place in its window: 1 for the first. */
  count: number;
  /** When the window ends (the count starts again). */
  resetAt: Date;
}

export interface RateCounters {
  hit(key: string, windowMs: number): Promise<WindowHit>;
}

interface Pending {
  key: string;
  windowMs: number;
  resolve: (hit: WindowHit) => void;
  reject: (error: unknown) => void;
}

export class DatabaseRateCounters implements RateCounters {
  private queue: Pending[] = [];
  private scheduled = false;

  constructor(private readonly db: Db) {}

  hit(key: string, windowMs: number): Promise<WindowHit> {
    return new Promise((resolve, reject) => {
      this.queue.push({ key, windowMs, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    // One row can be updated once per statement: hits on the same key are counted together, then handed out.
    const byKey = new Map<string, Pending[]>();
    for (const pending of batch) byKey.set(pending.key, [...(byKey.get(pending.key) ?? []), pending]);
    const rows = [...byKey.entries()].map(([key, hits]) => ({
      key,
      window_ms: hits[0]?.windowMs ?? 60_000,
      n: hits.length,
    }));
    try {
      const counted = rowsOf<{ key: string; hits: number; expires_at: string | Date }>(
        await this.db.execute(sql`
          insert into rate_counters (key, window_started_at, hits, expires_at)
          select x.key, now(), x.n, now() + x.window_ms * interval '1 millisecond'
          from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(key text, window_ms bigint, n int)
          on conflict (key) do update set
            hits = case when rate_counters.expires_at <= now() then excluded.hits
              else rate_counters.hits + excluded.hits end,
            window_started_at = case when rate_counters.expires_at <= now() then now()
              else rate_counters.window_started_at end,
            expires_at = case when rate_counters.expires_at <= now() then excluded.expires_at
              else rate_counters.expires_at end
          returning key, hits, expires_at`),
      );
      for (const row of counted) {
        const hits = byKey.get(row.key) ?? [];
        const first = row.hits - hits.length + 1;
        for (const [index, pending] of hits.entries()) {
          pending.resolve({ count: first + index, resetAt: new Date(row.expires_at) });
        }
      }
    } catch (error) {
      for (const pending of batch) pending.reject(error);
    }
  }
}

/** The same counting in this process's memory (tests, benchmarks, a single process that wants no round trip). */
export class MemoryRateCounters implements RateCounters {
  private readonly windows = new Map<string, { start: number; count: number; windowMs: number }>();

  constructor(private readonly maxKeys = 100_000) {}

  hit(key: string, windowMs: number, now = Date.now()): Promise<WindowHit> {
    let current = this.windows.get(key);
    if (!current || now - current.start >= current.windowMs) {
      if (!current && this.windows.size >= this.maxKeys) this.evict(now);
      current = { start: now, count: 0, windowMs };
      this.windows.set(key, current);
    }
    current.count += 1;
    return Promise.resolve({ count: current.count, resetAt: new Date(current.start + current.windowMs) });
  }

  private evict(now: number): void {
    for (const [key, value] of this.windows) if (now - value.start >= value.windowMs) this.windows.delete(key);
    // Still full of live keys (an attack from many addresses): drop the oldest half.
    let toDrop = this.windows.size >= this.maxKeys ? Math.floor(this.maxKeys / 2) : 0;
    for (const key of this.windows.keys()) {
      if (toDrop-- <= 0) break;
      this.windows.delete(key);
    }
  }
}
