import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { collectRouteMethods, patternOf } from './route-methods.js';

describe('route methods', () => {
  it('reads a route pattern: a parameter is one segment, a wildcard the rest, the rest literal', () => {
    expect(patternOf('/api/v1/cases/:id/notes').test('/api/v1/cases/abc/notes')).toBe(true);
    expect(patternOf('/api/v1/cases/:id/notes').test('/api/v1/cases/a/b/notes')).toBe(false);
    expect(patternOf('/api/v1/cases/:id').test('/api/v1/cases/abc/notes')).toBe(false);
    expect(patternOf('/api/docs/*').test('/api/docs/static/index.html')).toBe(true);
    // A dot in a route is a dot, not any character.
    expect(patternOf('/api/openapi.json').test('/api/openapixjson')).toBe(false);
  });

  it('names the methods an address takes (HEAD beside GET), none for an unknown address', async () => {
    const app = Fastify();
    const methodsOf = collectRouteMethods(app);
    await app.register(
      async (api) => {
        api.get('/cases', async () => []);
        api.post('/cases', async () => ({}));
        api.patch('/cases/:id', async () => ({}));
      },
      { prefix: '/api/v1' },
    );
    await app.ready();
    expect(methodsOf('/api/v1/cases?status=open')).toEqual(['GET', 'HEAD', 'POST']);
    expect(methodsOf('/api/v1/cases/123')).toEqual(['PATCH']);
    expect(methodsOf('/api/v1/nothing')).toEqual([]);
    await app.close();
  });
});
