// Polls Twitter/X for each account every `intervalMs` (mentions and saved searches), within rate limits.
import type { FastifyBaseLogger } from 'fastify';
import { pollTwitter, type TwitterPollDeps } from '../usecases/channels/poll-twitter.js';

export function startTwitterPoller(deps: TwitterPollDeps & { log: FastifyBaseLogger }): () => void {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    pollTwitter(deps)
      .then(({ kept }) => {
        if (kept > 0) deps.log.info({ kept }, 'kept new tweets');
      })
      .catch((error: unknown) => deps.log.warn({ err: error }, 'twitter poll failed'))
      .finally(() => {
        running = false;
      });
  };
  const timer = setInterval(tick, Math.min(deps.intervalMs, 15_000));
  timer.unref();
  return () => clearInterval(timer);
}
