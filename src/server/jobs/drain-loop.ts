// A background loop that drains a database queue: several lanes take work until none is left, then sleep
// until signalled or until the next poll. `stop()` waits for the work in hand to finish. The job runner starts
// one for each queue worker (inbox, outbound) and one for the jobs table itself.
import type { EventEmitter } from 'node:events';
import type { FastifyBaseLogger } from 'fastify';

/** A durable queue of its own (inbox, outbox) drained at high rates: registered with the job runner. */
export interface QueueWorker {
  name: string;
  /** Emits 'message' when this process queued something: the lanes look at once instead of at the next poll. */
  signal: EventEmitter;
  /** Parallel lanes (transactions). */
  lanes: number;
  pollMs?: number;
  /** Does one unit of work; false when there was nothing to do. */
  step: () => Promise<boolean>;
}

export interface DrainLoop {
  stop(): Promise<void>;
}

export function startDrainLoop(worker: QueueWorker, log: FastifyBaseLogger): DrainLoop {
  let stopped = false;
  const sleepers = new Set<() => void>();
  const onSignal = () => {
    for (const wake of sleepers) wake();
  };
  worker.signal.on('message', onSignal);
  const sleep = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, worker.pollMs ?? 1_000);
      // A signal can come before the writer's commit: look again a moment later, not at once.
      const wake = () => setTimeout(done, 5);
      function done() {
        clearTimeout(timer);
        sleepers.delete(wake);
        resolve();
      }
      sleepers.add(wake);
    });
  const lane = async () => {
    while (!stopped) {
      let worked = false;
      try {
        worked = await worker.step();
      } catch (error) {
        log.error({ err: error, queue: worker.name }, 'queue step failed');
      }
      if (!worked && !stopped) await sleep();
    }
  };
  const lanes = Array.from({ length: worker.lanes }, () => lane());
  return {
    async stop() {
      stopped = true;
      worker.signal.off('message', onSignal);
      onSignal();
      await Promise.all(lanes);
    },
  };
}
