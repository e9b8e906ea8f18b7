// The simulator (on in demo and development): desk workers post as a citizen through the real webhook path and
// read the conversation back; everyone else is refused; the fake provider records what the app sends.
import { beforeAll, describe, expect, it } from 'vitest';
import { processNextInboxItem } from '../../src/server/usecases/channels/process-next-inbox-item.js';
import { createChannelAccount } from '../factories/channels.js';
import { factoryPassword } from '../factories/index.js';
import { simulatorToken, simulatorTokenHeader } from '../../src/server/simulator/simulator-access.js';
import { signIn, testSecret } from '../support/app.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';

const ctx = useTestWorld({ app: { simulator: true } });

beforeAll(async () => {
  await createChannelAccount(ctx.database.db, ctx.world.orgA.id, 'whatsapp');
});

describe('the simulator', () => {
  it('lets a desk worker write as a citizen and read the reply; refuses anyone else', async () => {
    const body = { provider: 'whatsapp', from: '9876543210', text: 'कानपुर में ऑक्सीजन सिलेंडर चाहिए' };
    expectProblem(
      await ctx.app.inject({ method: 'POST', url: '/api/v1/simulator/messages', payload: body }),
      401,
      'unauthenticated',
    );
    for (const person of [ctx.world.volunteerKanpur, ctx.world.viewerA]) {
      const client = await signIn(ctx.app, person.phone, factoryPassword);
      expectProblem(
        await client.request({ method: 'POST', url: '/api/v1/simulator/messages', payload: body }),
        403,
        'forbidden',
      );
      expectProblem(await client.request({ method: 'GET', url: '/api/v1/simulator/log' }), 403, 'forbidden');
    }
    const operator = await signIn(ctx.app, ctx.world.operatorKanpur.phone, factoryPassword);
    const posted = await operator.request({ method: 'POST', url: '/api/v1/simulator/messages', payload: body });
    expect(posted.statusCode).toBe(202);
    expect(posted.json()).toEqual({ ok: true, status: 200 });
    while ((await processNextInboxItem({ db: ctx.database.db })) !== 'none');
    const log = await operator.request({ method: 'GET', url: '/api/v1/simulator/log?from=%2B919876543210' });
    const items = (log.json() as { items: { direction: string; body: string }[] }).items;
    expect(items.map((i) => i.direction)).toEqual(['inbound', 'outbound']);
    expect(items[1]?.body).toMatch(/KNP-[0-9A-Z]{4}/);
    expectProblem(
      await operator.request({
        method: 'POST',
        url: '/api/v1/simulator/messages',
        payload: { ...body, from: 'not a phone' },
      }),
      400,
      'validation_failed',
    );
  });

  it("keeps each organisation's simulated traffic to itself", async () => {
    const kanpur = await signIn(ctx.app, ctx.world.operatorKanpur.phone, factoryPassword);
    const prayagraj = await signIn(ctx.app, ctx.world.operatorPrayagraj.phone, factoryPassword);
    const citizen = '9876500011';
    const posted = await kanpur.request({
      method: 'POST',
      url: '/api/v1/simulator/messages',
      payload: { provider: 'whatsapp', from: citizen, text: 'Kanpur mein oxygen chahiye' },
    });
    expect(posted.statusCode).toBe(202);
    while ((await processNextInboxItem({ db: ctx.database.db })) !== 'none');
    const own = (await kanpur.request({ method: 'GET', url: `/api/v1/simulator/log?from=%2B91${citizen}` })).json() as {
      items: unknown[];
      accounts: unknown[];
    };
    expect(own.items.length).toBeGreaterThanOrEqual(2);
    // Prayagraj's operator sees neither the conversation nor Kanpur's number, and cannot write (STOP!) as that citizen.
    const other = (
      await prayagraj.request({ method: 'GET', url: `/api/v1/simulator/log?from=%2B91${citizen}` })
    ).json() as {
      items: unknown[];
      accounts: unknown[];
    };
    expect(other).toEqual({ items: [], accounts: [] });
    expectProblem(
      await prayagraj.request({
        method: 'POST',
        url: '/api/v1/simulator/messages',
        payload: { provider: 'whatsapp', from: citizen, text: 'STOP' },
      }),
      404,
      'not_found',
    );
  });

  it('the fake provider answers only the app itself, as WhatsApp answers a send', async () => {
    const send = {
      method: 'POST' as const,
      url: '/simulator/whatsapp/v21.0/100000000000001/messages',
      payload: { messaging_product: 'whatsapp', to: '919876543210', type: 'text', text: { body: 'hello' } },
    };
    expectProblem(await ctx.app.inject(send), 404, 'not_found');
    expectProblem(await ctx.app.inject({ ...send, headers: { [simulatorTokenHeader]: 'guessed' } }), 404, 'not_found');
    const fromOutside = await ctx.app.inject({
      ...send,
      remoteAddress: '203.0.113.9',
      headers: { [simulatorTokenHeader]: simulatorToken(testSecret) },
    });
    expectProblem(fromOutside, 404, 'not_found');
    const response = await ctx.app.inject({ ...send, headers: { [simulatorTokenHeader]: simulatorToken(testSecret) } });
    expect(response.statusCode).toBe(200);
    expect((response.json() as { messages: { id: string }[] }).messages[0]?.id).toMatch(/^sim-whatsapp-/);
    const tweets = await ctx.app.inject({
      method: 'GET',
      url: '/simulator/twitter/2/users/1/mentions?since_id=abc',
      headers: { [simulatorTokenHeader]: simulatorToken(testSecret) },
    });
    expect(tweets.statusCode).toBe(200);
  });
});
