// Processes kept inbound messages in the background: woken at once when this process keeps one, and
// polling every second for the rest (another process's, or those left from before a restart).
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/client.js';
import type { CaseBus } from '../events/case-bus.js';
import { inboxSignal } from '../usecases/channels/inbox-signal.js';
import { processInboxBatch } from '../usecases/channels/process-next-inbox-item.js';
import { startDrainLoop } from './drain-loop.js';

/** Messages per transaction: fewer commits per message, while one failure undoes little work. */
const batchSize = 20;

export function startInboxWorker(deps: { db: Db; bus: CaseBus; log: FastifyBaseLogger; concurrency: number }) {
  return startDrainLoop({
    name: 'inbox',
    signal: inboxSignal,
    concurrency: deps.concurrency,
    log: deps.log,
    step: async () => {
      const { processed, failed } = await processInboxBatch(deps, batchSize);
      return processed + failed > 0;
    },
  });
}
