// Server-sent events: the desk hears which cases changed (id and reference only, for the cases the
// person may see) and refetches what it shows.
import type { FastifyInstance } from 'fastify';
import { canUseDesk, deskDistricts } from '../../../shared/case-permissions.js';
import { forbidden } from '../../errors.js';
import type { CaseBus } from '../../events/case-bus.js';

export async function caseStreamRoute(app: FastifyInstance, options: { bus: CaseBus }): Promise<void> {
  const open = new Set<() => void>();
  // Streams never go idle, so they are ended before the server waits for in-flight requests.
  app.addHook('preClose', async () => {
    for (const end of open) end();
  });
  app.get('/cases/stream', { schema: { tags: ['cases'], hide: false } }, (request, reply) => {
    const actor = request.actor();
    if (!canUseDesk(actor)) throw forbidden();
    const districts = deskDistricts(actor);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write(': connected\n\n');
    const unsubscribe = options.bus.subscribe((change) => {
      if (districts !== null && !districts.includes(change.districtCode)) return;
      res.write(`event: case\ndata: ${JSON.stringify({ id: change.id, reference: change.reference })}\n\n`);
    });
    // A comment every 25 s keeps proxies from closing an idle stream.
    const heartbeat = setInterval(() => res.write(': ping\n\n'), 25_000);
    const end = (): void => {
      clearInterval(heartbeat);
      unsubscribe();
      open.delete(end);
      res.end();
    };
    open.add(end);
    request.raw.on('close', end);
  });
}
