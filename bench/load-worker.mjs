// A load generator on its own thread (its own core on a 2-core machine), so the server under test
// is not also paying for the client. Plain JS: workers start without a TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';

const { baseUrl, scenario, concurrency, durationMs, cookie, districts, repeatShare } = workerData;
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

function request() {
  switch (scenario) {
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
    case 'session':
      return fetch(`${baseUrl}/api/v1/auth/session`, { headers: { cookie } });
    default:
      throw new Error(`unknown scenario ${scenario}`);
  }
}

const end = Date.now() + durationMs;
const started = performance.now();
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
