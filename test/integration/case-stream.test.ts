import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseBody } from '../factories/cases.js';
import { createTestApp, signIn, type TestContext } from '../support/app.js';
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
async function listen(phone: string, password: string): Promise<{ events: Array<{ id: string }>; close: () => void }> {
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
  void (async () => {
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
  return { events, close: () => controller.abort() };
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
});
