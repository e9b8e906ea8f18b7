// Serves the built React app; any other GET that wants HTML gets index.html so client routes work.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';

export const webRoot = fileURLToPath(new URL('../../../../dist/web', import.meta.url));

export function wantsAppPage(request: FastifyRequest): boolean {
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    !request.url.startsWith('/api/') &&
    (request.headers.accept ?? '').includes('text/html')
  );
}

export async function webPlugin(app: FastifyInstance): Promise<boolean> {
  if (!existsSync(`${webRoot}/index.html`)) {
    app.log.warn({ webRoot }, 'web app not built: run `npm run build:web`; serving the API only');
    return false;
  }
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: false,
    setHeaders: (res, filePath) => {
      // Hashed asset names never change content, so browsers may keep them for a year.
      if (filePath.includes('/assets/')) res.header('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  return true;
}
