// Which methods an address takes, from the routes as they are registered: a known address asked with another method
// is answered 405 with an Allow header (RFC 9110 §15.5.6), not 404 "nothing here". The router (find-my-way) keeps no
// such list, so the routes' own patterns are read here; they are only consulted for requests no route took.
import type { FastifyInstance } from 'fastify';

interface RoutePattern {
  method: string;
  pattern: RegExp;
}

/** `/api/v1/cases/:id/notes` → a pattern matching `/api/v1/cases/<one segment>/notes`; `*` matches the rest. */
export function patternOf(url: string): RegExp {
  const source = url
    .split(/(:[A-Za-z0-9_]+|\*)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':')) return '[^/]+';
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * Starts collecting the routes `app` registers (call before any route is added) and returns the lookup: the methods
 * the address of `url` takes, sorted, or none when no route has that address.
 */
export function collectRouteMethods(app: FastifyInstance): (url: string) => string[] {
  const routes: RoutePattern[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, pattern: patternOf(route.url) });
  });
  return (url) => {
    const path = url.split('?')[0] ?? url;
    const methods = new Set(routes.filter((r) => r.pattern.test(path)).map((r) => r.method));
    return [...methods].sort();
  };
}
