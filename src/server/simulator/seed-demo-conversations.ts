// A fresh demo shows channels at work: a few citizens write in (through the real, signed webhook path) when
// the inbox is empty, so the desk, the Simulator, missed calls and leads have something to show.
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Provider } from '../../shared/enums.js';
import { rowsOf, type Db } from '../db/client.js';
import { enabledAccounts } from '../db/queries/channel-accounts.js';
import { signedInbound } from './signed-inbound.js';

const samples: { provider: Provider; from: string; text: string; kind?: 'missed_call' }[] = [
  { provider: 'whatsapp', from: '+919876500001', text: 'मेरी माँ को ऑक्सीजन सिलेंडर चाहिए, SpO2 92, कानपुर नगर' },
  {
    provider: 'twilio',
    from: '+919876500002',
    text: 'Need B+ blood 2 units at Hallet hospital Kanpur for a thalassemia child',
  },
  { provider: 'whatsapp', from: '+919876500003', text: 'Bed chahiye papa ke liye, oxygen 89 hai' },
  { provider: 'exotel', from: '+919876500004', text: '', kind: 'missed_call' },
  {
    provider: 'whatsapp',
    from: '+919876500005',
    text: 'I have 2 oxygen concentrators available to donate in Kanpur, call 9839012345',
  },
  { provider: 'facebook', from: 'psid-demo-1', text: 'need ICU bed in Kanpur for my father' },
];

export async function seedDemoConversations(app: FastifyInstance, db: Db): Promise<number> {
  const seen = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from inbox`))[0]?.n ?? 0;
  if (seen > 0) return 0;
  const accounts = await enabledAccounts(db);
  let posted = 0;
  for (const sample of samples) {
    const account = accounts.find((a) => a.provider === sample.provider);
    if (!account) continue;
    const signed = signedInbound(
      { account, from: sample.from, text: sample.text, ...(sample.kind ? { kind: sample.kind } : {}) },
      'http://localhost',
    );
    const response = await app.inject({
      method: signed.method,
      url: signed.path,
      headers: { ...signed.headers, host: 'localhost' },
      ...(signed.body !== undefined ? { payload: signed.body } : {}),
    });
    if (response.statusCode === 200) posted += 1;
  }
  return posted;
}
