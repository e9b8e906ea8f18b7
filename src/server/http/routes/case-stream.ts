// Server-sent events: the desk hears which cases changed (id and reference only, for the cases the
// person may read, by the scope model) and refetches what it shows. The session is checked again before every event and
// heartbeat, so a stream ends once its person signs out or loses access, whichever process they did it on.
import type { FastifyInstance } from 'fastify';
import { canUseDesk } from '../../../shared/case-permissions.js';
import { caseAccess } from '../../domain/cases/abilities.js';
import type { Db } from '../../db/client.js';
import { forbidden } from '../../errors.js';
import type { CaseBus } from '../../events/case-bus.js';
import { loadActor } from '../../usecases/auth/load-actor.js';

export async function caseStreamRoute(app: FastifyInstance, options: { bus: CaseBus; db: Db }): Promise<void> {
  const open = new Set<() => void>();
  // Streams never go idle, so they are ended before the server waits for in-flight requests.
  app.addHook('preClose', async () => {
    for (const end of open) end();
  });
  app.get('/cases/stream', { schema: { tags: ['cases'], hide: false } }, (request, reply) => {
    const actor = request.actor();
    if (!canUseDesk(actor)) throw forbidden();
    const sessionId = request.signedIn?.sessionId ?? '';
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write(': connected\n\n');
    /** The person as they are now, or null once their session has ended or they may no longer use the desk. */
    const currentActor = async () => {
      const signedIn = await loadActor(options.db, sessionId);
      return signedIn && canUseDesk(signedIn.actor) ? signedIn.actor : null;
    };
    const unsubscribe = options.bus.subscribe((change) => {
      void currentActor()
        .then((now) => {
          if (now === null) return end();
          // Only changes to cases this person may read, by the same rule as the case page (shared/scope.ts).
          if (!change.scope || caseAccess(now, { ...change.scope, districtCode: change.districtCode }) === 'none')
            return;
          res.write(`event: case\ndata: ${JSON.stringify({ id: change.id, reference: change.reference })}\n\n`);
        })
        .catch(() => end());
    });
    // A comment every 25 s keeps proxies from closing an idle stream.
    const heartbeat = setInterval(() => {
      void currentActor()
        .then((now) => (now === null ? end() : res.write(': ping\n\n')))
        .catch(() => end());
    }, 25_000);
    let ended = false;
    const end = (): void => {
      if (ended) return;
      ended = true;
      clearInterval(heartbeat);
      unsubscribe();
      open.delete(end);
      res.end();
    };
    open.add(end);
    request.raw.on('close', end);
  });
}
