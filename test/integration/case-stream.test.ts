import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseBody } from '../factories/cases.js';
import { createTestApp, signIn, type Client, type TestContext } from '../support/app.js';
import { buildWorld, type World } from '../support/world.js';
import { sessionCookieName } from '../../src/server/domain/auth/session-token.js';

let ctx: TestContext;
let world: World;
let baseUrl: string;

beforeAll(async () => {
  ctx = await createTestApp();
  world = await buildWorld(ctx.database.db);
  baseUrl = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => ctx.close());

/** Opens the desk's event stream as a person and collects the case events it hears. */
async function listen(
  phone: string,
  password: string,
): Promise<{ events: Array<{ id: string }>; close: () => void; ended: Promise<void>; client: Client }> {
  const client = await signIn(ctx.app, phone, password);
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/api/v1/cases/stream`, {
    headers: { cookie: `${sessionCookieName}=${client.cookie}` },
    signal: controller.signal,
  });
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const events: Array<{ id: string }> = [];
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const ended = (async () => {
    try {
      for (;;) {
        const chunk = await reader?.read();
        if (!chunk || chunk.done) return;
        buffer += decoder.decode(chunk.value);
        for (const match of buffer.matchAll(/event: case\ndata: (.+)\n\n/g)) events.push(JSON.parse(match[1] ?? '{}'));
        buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
      }
    } catch {
      // aborted
    }
  })();
  return { events, close: () => controller.abort(), ended, client };
}

describe('live desk updates', () => {
  it('tells desks of the district about a new case, and nobody else', async () => {
    const kanpurDesk = await listen(world.operatorKanpur.phone, world.operatorKanpur.password);
    const prayagrajDesk = await listen(world.operatorPrayagraj.phone, world.operatorPrayagraj.password);
    const operator = await signIn(ctx.app, world.operatorKanpur.phone, world.operatorKanpur.password);
    const created = (
      await operator.request({ method: 'POST', url: '/api/v1/cases', payload: caseBody(world.kanpur) })
    ).json() as { caseId: string };
    await expect.poll(() => kanpurDesk.events.map((e) => e.id), { timeout: 5000 }).toContain(created.caseId);
    expect(prayagrajDesk.events).toEqual([]);
    kanpurDesk.close();
    prayagrajDesk.close();
  });

  it('ends the stream once its session signs out: nothing more is heard', async () => {
    const desk = await listen(world.coordinatorKanpur.phone, world.coordinatorKanpur.password);
    const operator = await signIn(ctx.app, world.operatorKanpur.phone, world.operatorKanpur.password);
    const first = (
      await operator.request({ method: 'POST', url: '/api/v1/cases', payload: caseBody(world.kanpur) })
    ).json() as { caseId: string };
    await expect.poll(() => desk.events.map((e) => e.id), { timeout: 5000 }).toContain(first.caseId);
    expect((await desk.client.request({ method: 'POST', url: '/api/v1/auth/sign-out' })).statusCode).toBe(204);
    const second = (
      await operator.request({ method: 'POST', url: '/api/v1/cases', payload: caseBody(world.kanpur) })
    ).json() as { caseId: string };
    await desk.ended;
    expect(desk.events.map((e) => e.id)).not.toContain(second.caseId);
  });
});
