// A load generator on its own thread (its own core on a 2-core machine), so the server under test
// is not also paying for the client. Plain JS: workers start without a TypeScript loader.
import { createHmac } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';

const { baseUrl, scenario, concurrency, durationMs, cookie, csrf, districts, repeatShare, ratePerSecond, whatsapp } =
  workerData;
const latencies = [];
const statuses = {};
let seq = 0;

function phoneFor(n) {
  return `+91${7000000000 + (n % 2_000_000_000)}`.slice(0, 13);
}

function plea() {
  seq += 1;
  // Some people ask again: reuse an earlier phone so deduplication does real work.
  const n =
    seq > 10 && Math.random() < repeatShare ? Math.floor(Math.random() * seq) : seq + Math.floor(Math.random() * 1e8);
  return JSON.stringify({
    name: 'Bench Person',
    phone: phoneFor(n),
    spo2: 80 + (seq % 20),
    needs: [{ resource: seq % 3 === 0 ? 'blood' : 'oxygen_cylinder', quantity: 1 }],
    district: districts[seq % districts.length],
    language: 'hi',
    consent: true,
  });
}

/** A donor as the operator's form registers them: a new phone each time, in Kanpur. */
function donor() {
  seq += 1;
  return JSON.stringify({
    name: 'Bench Donor',
    phone: phoneFor(seq + Math.floor(Math.random() * 1e8)),
    sex: seq % 4 === 0 ? 'female' : 'male',
    dateOfBirth: `19${70 + (seq % 30)}-0${1 + (seq % 9)}-1${seq % 10}`,
    weightBand: '>55',
    bloodGroup: ['B+', 'O+', 'A+', 'AB+'][seq % 4],
    district: 'UP-KANPUR-NAGAR',
    pincode: '208001',
    consentPurpose: 'Blood donation requests',
  });
}

/** A WhatsApp Cloud API webhook as Meta posts it, signed with the app secret. */
function whatsappPlea() {
  seq += 1;
  const n = seq > 10 && Math.random() < repeatShare ? Math.floor(Math.random() * seq) : seq;
  const from = `91${8000000000 + whatsapp.run * 100000 + (n % 100000)}`;
  const body = JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '919000012345', phone_number_id: whatsapp.phoneNumberId },
              contacts: [{ profile: { name: 'Bench Person' }, wa_id: from }],
              messages: [
                {
                  from,
                  id: `wamid.bench-${whatsapp.run}-${seq}`,
                  timestamp: String(Math.floor(Date.now() / 1000)),
                  type: 'text',
                  text: {
                    body: `Oxygen cylinder chahiye ${seq % 2 === 0 ? 'Kanpur' : 'Patna'}, SpO2 ${80 + (seq % 15)}`,
                  },
                },
              ],
            },
          },
        ],
      },
    ],
  });
  const signature = `sha256=${createHmac('sha256', whatsapp.secret).update(body).digest('hex')}`;
  return fetch(`${baseUrl}/webhooks/whatsapp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
    body,
  });
}

function request() {
  switch (scenario) {
    case 'whatsapp-inbound':
      return whatsappPlea();
    case 'public-intake':
      return fetch(`${baseUrl}/api/v1/public/requests`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: plea(),
      });
    case 'queue':
      return fetch(`${baseUrl}/api/v1/cases?district=${districts[seq++ % districts.length]}&limit=50`, {
        headers: { cookie },
      });
    case 'queue-overdue-critical':
      return fetch(`${baseUrl}/api/v1/cases?priority=critical&overdue=true&limit=50`, { headers: { cookie } });
    case 'donor-register':
      return fetch(`${baseUrl}/api/v1/donors`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
        body: donor(),
      });
    case 'session':
      return fetch(`${baseUrl}/api/v1/auth/session`, { headers: { cookie } });
    // The machine's limit for the same calls: bare Fastify doing only the essential statement (machine-limit.ts).
    case 'limit-intake':
      return fetch(`${baseUrl}/bare/pleas`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: plea(),
      });
    case 'limit-session':
      return fetch(`${baseUrl}/bare/session`);
    default:
      throw new Error(`unknown scenario ${scenario}`);
  }
}

const end = Date.now() + durationMs;
const started = performance.now();
if (ratePerSecond) {
  // Open loop: a message every 1/rate seconds whatever the answers, as a provider delivers them. Latency is
  // counted from when each was due, so a stalled server cannot hide its queue (no coordinated omission).
  const inFlight = [];
  for (let i = 0; performance.now() - started < durationMs; i += 1) {
    const due = started + (i * 1000) / ratePerSecond;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(
      request()
        .then(async (response) => {
          await response.arrayBuffer();
          latencies.push(performance.now() - due);
          statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        })
        .catch(() => {
          statuses.error = (statuses.error ?? 0) + 1;
        }),
    );
  }
  await Promise.all(inFlight);
} else
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        const t = performance.now();
        const response = await request();
        await response.arrayBuffer();
        latencies.push(performance.now() - t);
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      }
    }),
  );
parentPort.postMessage({ latencies, statuses, seconds: (performance.now() - started) / 1000 });
