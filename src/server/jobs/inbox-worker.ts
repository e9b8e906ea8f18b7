// Processes kept inbound messages in the background: woken at once when this process keeps one, and
// polling every second for the rest (another process's, or those left from before a restart).
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/client.js';
import type { CaseBus } from '../events/case-bus.js';
import { inboxSignal } from '../infrastructure/inbox-signal.js';
import { processInboxBatch } from '../usecases/channels/process-next-inbox-item.js';
import type { QueueWorker } from './drain-loop.js';

/**
 * `batchSize` messages per transaction: fewer round trips per message on a server database; small batches on the
 * embedded one, whose single connection webhooks must also get a turn at.
 */
export function inboxWorker(deps: {
  db: Db;
  bus: CaseBus;
  log: FastifyBaseLogger;
  concurrency: number;
  batchSize: number;
}): QueueWorker {
  return {
    name: 'inbox',
    signal: inboxSignal,
    lanes: deps.concurrency,
    step: async () => {
      const { processed, failed } = await processInboxBatch(deps, deps.batchSize);
      return processed + failed > 0;
    },
  };
}
