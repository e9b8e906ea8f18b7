import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { createTestApp, testSecret, type TestContext } from '../support/app.js';
import { expectProblem } from '../support/problem.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx.close());

describe('unexpected errors', () => {
  it('answer a generic 500 problem with the request id, leaking nothing', async () => {
    const app = await buildApp({
      config: { sessionSecret: testSecret, publicUrl: 'http://localhost:3000', logLevel: 'silent' },
      database: ctx.database,
      logger: false,
    });
    app.get('/api/v1/boom', { config: { public: true } }, async () => {
      throw new Error('password=hunter2 at /srv/secret/path');
    });
    const response = await app.inject({ method: 'GET', url: '/api/v1/boom' });
    const body = expectProblem(response, 500, 'internal') as { requestId?: string };
    expect(response.body).not.toContain('hunter2');
    expect(response.body).not.toContain('/srv/secret');
    expect(body.requestId).toBe(response.headers['x-request-id']);
    await app.close();
  });
});

describe('health and documentation', () => {
  it('is alive and ready with migrations current', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await ctx.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', database: ctx.database.kind });
  });

  it('serves an OpenAPI document describing every API route, and a docs page', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/v1/auth/sign-in',
      '/api/v1/users',
      '/api/v1/users/{id}',
      '/api/v1/organisations',
      '/api/v1/audit-events',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    const docs = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('sends security headers', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
