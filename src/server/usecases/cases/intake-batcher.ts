// Group intake for the public form: pleas arriving within a couple of milliseconds are taken in one transaction
// (one lock-and-read for all, one commit), instead of four round trips each. Every caller still gets its own
// answer only after the commit. If the batch fails, each plea is taken alone, so one bad plea fails only itself.
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/client.js';
import type { CaseBus } from '../../events/case-bus.js';
import { districtDirectory } from '../geography/district-directory.js';
import { lockAndReadCandidates, pleaKey } from './batch-candidates.js';
import { recentDeskPolicyFor } from './desk-policy-for.js';
import {
  attachToCase,
  duplicateAmong,
  intakePlea,
  openCases,
  type IntakeResult,
  type NewCase,
  type Plea,
} from './intake-plea.js';

interface Pending {
  plea: Plea;
  bus: CaseBus | undefined;
  resolve: (result: IntakeResult) => void;
  reject: (error: unknown) => void;
}

/**
 * Decides every plea of the batch first (which open case it repeats: one already stored, or one opened earlier
 * in this batch), then opens all the new cases in one statement, then joins the repeats, in order.
 */
async function intakeTogether(tx: Tx, pleas: readonly Plea[]): Promise<IntakeResult[]> {
  const directory = await districtDirectory(tx);
  const keys = pleas.map(pleaKey);
  const candidates = await lockAndReadCandidates(tx, keys);
  const opening: NewCase[] = [];
  const plan: ({ open: string } | { join: { id: string; reference: string } })[] = [];
  for (const [index, plea] of pleas.entries()) {
    const key = keys[index] ?? pleaKey(plea);
    const district = directory.get(plea.location.district);
    // Unknown districts and other refusals are answered plea by plea (the batch falls back to that).
    if (!district) throw new Error('a plea in the batch names an unknown district');
    const known = candidates.for(key);
    if (!known) throw new Error('a plea in the batch has phones the batch did not lock');
    const duplicate = duplicateAmong(plea, known);
    const resources = plea.needs.map((n) => n.resource);
    if (duplicate) {
      plan.push({ join: duplicate });
      candidates.record(key, { caseId: duplicate.id, reference: duplicate.reference, attached: true }, resources);
    } else {
      const id = randomUUID();
      opening.push({
        id,
        plea,
        districtName: district.name,
        policy: await recentDeskPolicyFor(tx, plea.organisationId),
      });
      plan.push({ open: id });
      candidates.record(key, { caseId: id, reference: '', attached: false }, resources);
    }
  }
  const opened = new Map((await openCases(tx, opening)).map((c) => [c.id, c.reference]));
  const results: IntakeResult[] = [];
  for (const [index, step] of plan.entries()) {
    const plea = pleas[index];
    if (!plea) continue;
    if ('open' in step) {
      results.push({ caseId: step.open, reference: opened.get(step.open) ?? '', attached: false });
    } else {
      // A case opened earlier in this batch has its reference only now.
      const reference = opened.get(step.join.id) ?? step.join.reference;
      results.push(await attachToCase(tx, { id: step.join.id, reference }, plea));
    }
  }
  return results;
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
      .transaction((tx) =>
        intakeTogether(
          tx,
          batch.map((p) => p.plea),
        ),
      )
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
