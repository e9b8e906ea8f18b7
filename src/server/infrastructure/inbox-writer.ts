// Group commit for webhooks: messages arriving within a couple of milliseconds are kept with one INSERT (one
// commit, one WAL flush) instead of one each. Every caller still hears back only after its rows are committed,
// so an acknowledgement always means "kept".
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client.js';

export interface InboxRowInput {
  provider: string;
  channel: string;
  provider_message_id: string;
  account_id: string | null;
  organisation_id: string | null;
  message: unknown;
  received_at: string;
}

interface Pending {
  rows: InboxRowInput[];
  resolve: (accepted: number) => void;
  reject: (error: unknown) => void;
}

const windowMs = 2;
const maxRows = 200;

export class InboxWriter {
  private queue: Pending[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly db: Db) {}

  /** Resolves with how many of these rows were new (a provider's retry of a kept message is not). */
  write(rows: InboxRowInput[]): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ rows, resolve, reject });
      const size = this.queue.reduce((n, p) => n + p.rows.length, 0);
      if (size >= maxRows) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), windowMs);
    });
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    this.insert(batch);
  }

  private insert(batch: Pending[]): void {
    const rows = batch.flatMap((p) => p.rows);
    this.db
      .execute(
        sql`insert into inbox (provider, channel, provider_message_id, account_id, organisation_id, message, received_at)
          select x.provider, x.channel, x.provider_message_id, x.account_id, x.organisation_id, x.message, x.received_at
          from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(provider text, channel text,
            provider_message_id text, account_id uuid, organisation_id uuid, message jsonb, received_at timestamptz)
          on conflict (provider, provider_message_id) do nothing
          returning provider, provider_message_id`,
      )
      .then((result) => {
        const kept = new Set(
          rowsOf<{ provider: string; provider_message_id: string }>(result).map(
            (r) => `${r.provider}\u0000${r.provider_message_id}`,
          ),
        );
        for (const pending of batch) {
          // The same id twice in one batch (a retry racing its original) counts once.
          let accepted = 0;
          for (const row of pending.rows) {
            if (kept.delete(`${row.provider}\u0000${row.provider_message_id}`)) accepted += 1;
          }
          pending.resolve(accepted);
        }
      })
      .catch((error: unknown) => {
        // One bad webhook must not fail the others committed with it: each is tried again on its own.
        if (batch.length > 1) for (const pending of batch) this.insert([pending]);
        else for (const pending of batch) pending.reject(error);
      });
  }
}

const writers = new WeakMap<Db, InboxWriter>();

export function inboxWriterFor(db: Db): InboxWriter {
  let writer = writers.get(db);
  if (!writer) {
    writer = new InboxWriter(db);
    writers.set(db, writer);
  }
  return writer;
}
