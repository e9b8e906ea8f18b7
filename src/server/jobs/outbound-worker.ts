// Sends queued outbound messages in the background, under per-provider rate limits.
import type { Provider } from '../../shared/enums.js';
import type { Db } from '../db/client.js';
import { TokenBucket } from '../domain/channels/outbound/rate-limit.js';
import { outboundSignal } from '../infrastructure/outbound-signal.js';
import { sendDueOutbound } from '../usecases/channels/send-due-outbound.js';
import type { QueueWorker } from './drain-loop.js';

/** Messages per second each provider accepts from one account (WhatsApp Cloud API ~80/s, a Twilio long code 1/s). */
export const defaultProviderRates: Record<Provider, { ratePerSecond: number; burst: number }> = {
  whatsapp: { ratePerSecond: 80, burst: 80 },
  facebook: { ratePerSecond: 40, burst: 40 },
  twilio: { ratePerSecond: 1, burst: 5 },
  exotel: { ratePerSecond: 10, burst: 10 },
  twitter: { ratePerSecond: 1, burst: 1 },
};

export function outboundWorker(deps: {
  db: Db;
  publicUrl: string;
  baseUrlFor: (provider: Provider) => string;
  fetch?: typeof fetch;
  rates?: Partial<Record<Provider, { ratePerSecond: number; burst: number }>>;
}): QueueWorker {
  const rates = { ...defaultProviderRates, ...deps.rates };
  const buckets = new Map(
    Object.entries(rates).map(([provider, rate]) => [provider as Provider, new TokenBucket(rate)] as const),
  );
  return {
    name: 'outbound',
    signal: outboundSignal,
    lanes: 1,
    step: async () =>
      (await sendDueOutbound({
        db: deps.db,
        baseUrlFor: deps.baseUrlFor,
        publicUrl: deps.publicUrl,
        buckets,
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
      })) > 0,
  };
}
