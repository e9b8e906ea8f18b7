// Group intake for the public form: pleas arriving within a couple of milliseconds are taken in one transaction
// (one lock-and-read for all, one commit), instead of four round trips each. Every caller still gets its own
// answer only after the commit. If the batch fails, each plea is taken alone, so one bad plea fails only itself.
import type { Db } from '../../db/client.js';
import type { CaseBus } from '../../events/case-bus.js';
import { lockAndReadCandidates, pleaKey } from './batch-candidates.js';
import { intakePlea, type IntakeResult, type Plea } from './intake-plea.js';

interface Pending {
  plea: Plea;
  bus: CaseBus | undefined;
  resolve: (result: IntakeResult) => void;
  reject: (error: unknown) => void;
}

const windowMs = 2;
const maxBatch = 32;

export class IntakeBatcher {
  private queue: Pending[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly db: Db) {}

  submit(plea: Plea, bus?: CaseBus): Promise<IntakeResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ plea, bus, resolve, reject });
      if (this.queue.length >= maxBatch) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), windowMs);
    });
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    if (batch.length === 1) {
      const [only] = batch;
      if (only) intakePlea(this.db, only.plea, only.bus).then(only.resolve, only.reject);
      return;
    }
    this.db
      .transaction(async (tx) => {
        const keys = batch.map((p) => pleaKey(p.plea));
        const candidates = await lockAndReadCandidates(tx, keys);
        const results: IntakeResult[] = [];
        for (const [index, pending] of batch.entries()) {
          const key = keys[index] ?? pleaKey(pending.plea);
          const known = candidates.for(key);
          const result = await intakePlea(tx, pending.plea, undefined, {
            inTransaction: true,
            ...(known ? { candidates: known } : {}),
          });
          candidates.record(
            key,
            result,
            pending.plea.needs.map((n) => n.resource),
          );
          results.push(result);
        }
        return results;
      })
      .then((results) => {
        for (const [index, pending] of batch.entries()) {
          const result = results[index];
          if (!result) continue;
          pending.bus?.publish({
            id: result.caseId,
            reference: result.reference,
            districtCode: pending.plea.location.district,
          });
          pending.resolve(result);
        }
      })
      .catch(() => {
        for (const pending of batch)
          intakePlea(this.db, pending.plea, pending.bus).then(pending.resolve, pending.reject);
      });
  }
}

const batchers = new WeakMap<Db, IntakeBatcher>();

export function intakeBatcherFor(db: Db): IntakeBatcher {
  let batcher = batchers.get(db);
  if (!batcher) {
    batcher = new IntakeBatcher(db);
    batchers.set(db, batcher);
  }
  return batcher;
}
