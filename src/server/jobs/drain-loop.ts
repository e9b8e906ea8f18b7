// A background loop that drains a database queue: several lanes take work until none is left, then sleep
// until signalled or until the next poll. `stop()` waits for the work in hand to finish.
import type { EventEmitter } from 'node:events';
import type { FastifyBaseLogger } from 'fastify';

export interface DrainLoop {
  stop(): Promise<void>;
}

export function startDrainLoop(options: {
  name: string;
  signal: EventEmitter;
  concurrency: number;
  log: FastifyBaseLogger;
  pollMs?: number;
  /** Does one unit of work; false when there was nothing to do. */
  step: () => Promise<boolean>;
}): DrainLoop {
  let stopped = false;
  const sleepers = new Set<() => void>();
  const onSignal = () => {
    for (const wake of sleepers) wake();
  };
  options.signal.on('message', onSignal);
  const sleep = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, options.pollMs ?? 1_000);
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
        worked = await options.step();
      } catch (error) {
        options.log.error({ err: error, queue: options.name }, 'queue step failed');
      }
      if (!worked && !stopped) await sleep();
    }
  };
  const lanes = Array.from({ length: options.concurrency }, () => lane());
  return {
    async stop() {
      stopped = true;
      options.signal.off('message', onSignal);
      onSignal();
      await Promise.all(lanes);
    },
  };
}
