import { beforeAll, describe, expect, it } from 'vitest';
import { caseBody } from '../factories/cases.js';
import { signIn, type Client } from '../support/app.js';
import { useTestWorld } from '../support/setup.js';
import { listenToCaseStream, type StreamListener } from '../support/case-stream-listener.js';

const ctx = useTestWorld();
beforeAll(async () => {
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
});

/** Opens the desk's event stream as a person and collects the case events it hears. */
async function listen(phone: string, password: string): Promise<StreamListener & { client: Client }> {
  const client = await signIn(ctx.app, phone, password);
  return { ...(await listenToCaseStream(ctx.app, client)), client };
}

describe('live desk updates', () => {
  it('tells desks of the district about a new case, and nobody else', async () => {
    const kanpurDesk = await listen(ctx.world.operatorKanpur.phone, ctx.world.operatorKanpur.password);
    const prayagrajDesk = await listen(ctx.world.operatorPrayagraj.phone, ctx.world.operatorPrayagraj.password);
    const operator = await signIn(ctx.app, ctx.world.operatorKanpur.phone, ctx.world.operatorKanpur.password);
    const created = (
      await operator.request({ method: 'POST', url: '/api/v1/cases', payload: caseBody(ctx.world.kanpur) })
    ).json() as { caseId: string };
    await expect.poll(() => kanpurDesk.events.map((e) => e.id), { timeout: 5000 }).toContain(created.caseId);
    // Prayagraj's desk is listening (it hears its own district's case), yet heard nothing of Kanpur's.
    const prayagrajOperator = await signIn(
      ctx.app,
      ctx.world.operatorPrayagraj.phone,
      ctx.world.operatorPrayagraj.password,
    );
    const own = (
      await prayagrajOperator.request({ method: 'POST', url: '/api/v1/cases', payload: caseBody(ctx.world.prayagraj) })
    ).json() as { caseId: string };
    await expect.poll(() => prayagrajDesk.events.map((e) => e.id), { timeout: 5000 }).toContain(own.caseId);
    expect(prayagrajDesk.events.map((e) => e.id)).toEqual([own.caseId]);
    expect(kanpurDesk.events.map((e) => e.id)).not.toContain(own.caseId);
    kanpurDesk.close();
    prayagrajDesk.close();
  });

  it('ends the stream once its session signs out: nothing more is heard', async () => {
    const desk = await listen(ctx.world.coordinatorKanpur.phone, ctx.world.coordinatorKanpur.password);
    const operator = await signIn(ctx.app, ctx.world.operatorKanpur.phone, ctx.world.operatorKanpur.password);
    const first = (
      await operator.request({ method: 'POST', url: '/api/v1/cases', payload: caseBody(ctx.world.kanpur) })
    ).json() as { caseId: string };
    await expect.poll(() => desk.events.map((e) => e.id), { timeout: 5000 }).toContain(first.caseId);
    expect((await desk.client.request({ method: 'POST', url: '/api/v1/auth/sign-out' })).statusCode).toBe(204);
    const second = (
      await operator.request({ method: 'POST', url: '/api/v1/cases', payload: caseBody(ctx.world.kanpur) })
    ).json() as { caseId: string };
    await desk.ended;
    expect(desk.events.map((e) => e.id)).not.toContain(second.caseId);
  });
});
