// Checks every minute for critical cases past their target. Database-backed and idempotent, so a
// restart or a second process does no harm.
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/client.js';
import { escalateOverdueCases } from '../usecases/notifications/escalate-overdue-cases.js';

export function startEscalationJob(db: Db, log: FastifyBaseLogger, everyMs = 60_000): () => void {
  let running = false;
  const tick = (): void => {
    if (running) return;
    running = true;
    escalateOverdueCases(db)
      .then(({ escalated }) => {
        if (escalated > 0) log.info({ escalated }, 'escalated overdue critical cases');
      })
      .catch((error: unknown) => log.error({ err: error }, 'escalation check failed'))
      .finally(() => {
        running = false;
      });
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  tick();
  return () => clearInterval(timer);
}
