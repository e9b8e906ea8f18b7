// @fastify/rate-limit's per-address limits (sign-in, the status lookup, similar cases, understanding) counted in
// the shared counters, so they hold across every process on the database, not per process.
import type { RateCounters } from './rate-counters.js';

interface RouteInfo {
  method?: string;
  url?: string;
}

type IncrCallback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** A store class for the plugin's `store` option, bound to these counters. */
export function rateLimitStore(counters: RateCounters) {
  return class SharedRateLimitStore {
    /** The plugin constructs the root store with its options; children carry their route's prefix. */
    constructor(
      _options?: unknown,
      private readonly prefix = 'route:',
    ) {}

    incr(key: string, callback: IncrCallback, timeWindow: number): void {
      counters
        .hit(`${this.prefix}${key}`, timeWindow)
        .then((hit) => callback(null, { current: hit.count, ttl: Math.max(0, hit.resetAt.getTime() - Date.now()) }))
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    }

    /** One store per route: its method and path (or a shared limiter's group) name its counters. */
    child(merged: object) {
      // The plugin passes its merged options for the route: its routeInfo, and a groupId when limiters share one.
      const options = merged as { routeInfo?: RouteInfo; groupId?: string };
      const route = options.routeInfo?.url ? `${options.routeInfo.method ?? ''}${options.routeInfo.url}` : 'shared';
      return new SharedRateLimitStore(undefined, `route:${options.groupId ?? route}:`);
    }
  };
}
