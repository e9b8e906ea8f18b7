// Group intake for the public form: pleas arriving within a couple of milliseconds are taken in one transaction
// by the one intake (intakePleas: one lock-and-read for all, one commit), instead of a transaction each. Every
// caller still gets its own answer only after the commit. If the batch fails, each plea is taken alone, so one bad
// plea fails only itself.
import type { Db } from '../db/client.js';
import type { CaseBus } from '../events/case-bus.js';
import { intakeChange, intakePlea, intakePleas, type IntakeResult, type Plea } from '../usecases/cases/intake-plea.js';

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
    const settle = (pending: Pending, result: IntakeResult) => {
      pending.bus?.publish(intakeChange(result, pending.plea));
      pending.resolve(result);
    };
    const alone = (pending: Pending) =>
      intakePlea(this.db, pending.plea).then((result) => settle(pending, result), pending.reject);
    const [only] = batch;
    if (batch.length === 1 && only) {
      void alone(only);
      return;
    }
    this.db
      .transaction((tx) =>
        intakePleas(
          tx,
          batch.map((p) => p.plea),
        ),
      )
      .then((results) => {
        for (const [index, pending] of batch.entries()) {
          const result = results[index];
          if (result) settle(pending, result);
        }
      })
      .catch(() => {
        for (const pending of batch) void alone(pending);
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
