import { Worker } from 'node:worker_threads';

export interface LoadResult {
  name: string;
  /** The same call's machine limit measured in this run, for the ratio column. */
  limit?: LoadResult;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  statuses: Record<string, number>;
}

export interface LoadSpec {
  baseUrl: string;
  scenario:
    | 'public-intake'
    | 'queue'
    | 'queue-overdue-critical'
    | 'session'
    | 'donor-register'
    | 'whatsapp-inbound'
    | 'limit-intake'
    | 'limit-session';
  concurrency: number;
  durationMs: number;
  cookie?: string;
  csrf?: string;
  districts?: string[];
  repeatShare?: number;
  /** Open loop: requests per second at fixed intervals, instead of `concurrency` clients back to back. */
  ratePerSecond?: number;
  whatsapp?: { run: number; phoneNumberId: string; secret: string };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Runs one scenario from a worker thread and summarises it. */
export function runLoad(name: string, spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), {
      workerData: { districts: [], repeatShare: 0.2, cookie: '', ...spec },
    });
    worker.once('message', (message: { latencies: number[]; statuses: Record<string, number>; seconds: number }) => {
      const sorted = [...message.latencies].sort((a, b) => a - b);
      resolve({
        name,
        requests: sorted.length,
        perSecond: sorted.length / message.seconds,
        p50: percentile(sorted, 50),
        p99: percentile(sorted, 99),
        statuses: message.statuses,
      });
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

export function printResults(title: string, results: LoadResult[]): void {
  process.stdout.write(`\n${title}\n`);
  process.stdout.write(
    `  ${'scenario'.padEnd(44)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'n'.padStart(7)}  ${'of limit'.padStart(8)}  statuses\n`,
  );
  const line = (r: LoadResult, name: string, share: string) =>
    process.stdout.write(
      `  ${name.padEnd(44)} ${r.perSecond.toFixed(0).padStart(8)} ${r.p50.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${String(r.requests).padStart(7)}  ${share.padStart(8)}  ${JSON.stringify(r.statuses)}\n`,
    );
  for (const r of results) {
    line(r, r.name, r.limit ? `${((100 * r.perSecond) / Math.max(1, r.limit.perSecond)).toFixed(0)} %` : '');
    if (r.limit) line(r.limit, `  ↳ ${r.limit.name}`, '');
  }
}
