// What every answer carries and what the logs keep: security headers (HSTS only over https), no caching of API
// answers, request ids that cannot be forged into anything, problems even for requests the router or the HTTP
// parser refuses, one limit for GET and HEAD, X-Forwarded-For believed only as configured, no secrets in logs.
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../src/server/app.js';
import type { Db } from '../../src/server/db/client.js';
import { auditEvents } from '../../src/server/db/schema/index.js';
import { loggerOptions } from '../../src/server/http/log-options.js';
import { IntakeGuard } from '../../src/server/infrastructure/intake-guard.js';
import { createTestDatabase } from '../support/database.js';
import { createTestApp, testSecret, type TestContext } from '../support/app.js';
import { expectProblem } from '../support/problem.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx.close());

async function appWith(options: {
  publicUrl?: string;
  trustProxy?: boolean | number | string;
  logs?: string[];
  requestTimeoutMs?: number;
}) {
  const database = await createTestDatabase();
  const lines = options.logs;
  const app = await buildApp({
    config: {
      sessionSecret: testSecret,
      publicUrl: options.publicUrl ?? 'http://localhost:3000',
      logLevel: 'debug',
      ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
    },
    database,
    logger: lines
      ? {
          ...loggerOptions('debug'),
          stream: new Writable({
            write(chunk: Buffer, _encoding, done) {
              lines.push(chunk.toString());
              done();
            },
          }),
        }
      : false,
    runJobs: false,
    intakeGuard: new IntakeGuard(),
    ...(options.requestTimeoutMs !== undefined ? { requestTimeoutMs: options.requestTimeoutMs } : {}),
  });
  await app.ready();
  return { app, db: database.db, close: async () => (await app.close(), await database.close()) };
}

/** Sends raw bytes and returns the raw answer, for requests Node's HTTP parser itself refuses. */
function rawExchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('HTTP hardening', () => {
  it('sends HSTS only where the app is served over https; API answers are never cached', async () => {
    const plain = await ctx.app.inject({ method: 'GET', url: '/api/v1/geography' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe('no-store');
    expect(plain.headers['content-security-policy']).toContain("default-src 'self'");
    const secure = await appWith({ publicUrl: 'https://sahayata.example.org' });
    const response = await secure.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    await secure.close();
  });

  it("keeps a caller's request id only when it is short and plain", async () => {
    const plain = await ctx.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'trace-1234abcd' },
    });
    expect(plain.headers['x-request-id']).toBe('trace-1234abcd');
    const hostile = await ctx.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': '<script>alert(1)</script>' },
    });
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('an over-long path parameter is a 414 problem with the security headers', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: `/api/v1/cases/${'a'.repeat(500)}` });
    expectProblem(response, 414, 'uri_too_long');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('headers too large for the HTTP parser get a 431 problem with the security headers', async () => {
    const server = await appWith({});
    const address = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const port = Number(new URL(address).port);
    const answer = await rawExchange(port, `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431/);
    expect(answer).toContain('content-type: application/problem+json');
    expect(answer).toContain('x-content-type-options: nosniff');
    expect(answer).toContain('"code":"headers_too_large"');
    await server.close();
  });

  it('a query string too long for the HTTP parser is a 414 in the reader\'s language, not "headers too large"', async () => {
    const server = await appWith({});
    const address = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const port = Number(new URL(address).port);
    const answer = await rawExchange(
      port,
      `GET /api/v1/cases?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\nAccept-Language: hi\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 414/);
    expect(answer).toContain('"code":"uri_too_long"');
    expect(answer).toMatch(/"title":"[^"]*[\u0900-\u097F]/);
    await server.close();
  });

  /**
   * Sends `head` and then `bodyBytes` bytes of body without reading anything until all of it is written (or the
   * connection broke), as simple clients do (send the request, then read the answer); returns what it could read.
   */
  function sendAllThenRead(port: number, head: string, bodyBytes: number): Promise<string> {
    return new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.pause();
      let text = '';
      let readFailed = '';
      const read = () => {
        socket.on('data', (chunk) => (text += chunk.toString()));
        socket.resume();
      };
      socket.on('error', (error: NodeJS.ErrnoException) => {
        // A reset drops what the kernel held for us: the answer is lost unless it was read already.
        readFailed = error.code ?? 'error';
        read();
      });
      socket.on('close', () => resolve(text || `(nothing read: ${readFailed})`));
      socket.on('connect', () => {
        socket.write(head);
        const piece = Buffer.alloc(1024 * 1024, 'a');
        let left = bodyBytes;
        const more = (): void => {
          while (left > 0 && !socket.destroyed) {
            const part = left >= piece.length ? piece : piece.subarray(0, left);
            left -= part.length;
            if (!socket.write(part)) {
              socket.once('drain', more);
              return;
            }
          }
          if (!socket.destroyed) read();
        };
        more();
      });
    });
  }

  it('a body refused is answered (413, 401) to a client that reads only once it has sent it all, not reset', async () => {
    const server = await appWith({});
    const address = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const port = Number(new URL(address).port);
    const size = 20 * 1024 * 1024;
    const head = (path: string, extra = '') =>
      `POST ${path} HTTP/1.1\r\nHost: x\r\nAccept-Language: hi\r\ncontent-type: application/json\r\ncontent-length: ${size}\r\n${extra}\r\n`;
    const tooLarge = await sendAllThenRead(port, head('/api/v1/auth/sign-in'), size);
    expect(tooLarge).toMatch(/^HTTP\/1\.1 413/);
    expect(tooLarge).toContain('"code":"body_too_large"');
    expect(tooLarge).toMatch(/"title":"[^"]*[\u0900-\u097F]/);
    // Refused before its body is read (not signed in), by a client that asked to close the connection.
    const anonymous = await sendAllThenRead(port, head('/api/v1/cases', 'Connection: close\r\n'), size);
    expect(anonymous).toMatch(/^HTTP\/1\.1 401/);
    expect(anonymous).toContain('"code":"unauthenticated"');
    await server.close();
  });

  it('a 1 MB address is answered 414 to a client that reads only once it has sent it all, not reset', async () => {
    const server = await appWith({});
    const address = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const port = Number(new URL(address).port);
    const answer = await sendAllThenRead(port, `GET /api/v1/cases?q=${'a'.repeat(1024 * 1024)}`, 0);
    expect(answer).toMatch(/^HTTP\/1\.1 414/);
    expect(answer).toContain('"code":"uri_too_long"');
    await server.close();
  });

  it('a body trickled in a byte at a time is cut off with a 408 problem once the request takes too long', async () => {
    const server = await appWith({ requestTimeoutMs: 1500 });
    const address = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const port = Number(new URL(address).port);
    const started = Date.now();
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.write(
          'POST /api/v1/public/requests HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n{',
        ),
      );
      const trickle = setInterval(() => socket.writable && socket.write(' '), 200);
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => (clearInterval(trickle), resolve(text)));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(answer).toContain('"code":"request_timeout"');
    expect(Date.now() - started).toBeLessThan(10_000);
    // The server still serves.
    expect((await fetch(`${address}/healthz`)).status).toBe(200);
    await server.close();
  });

  it('HEAD and GET of the status lookup share one limit', async () => {
    const ip = '203.0.113.200';
    const look = (method: 'GET' | 'HEAD') =>
      ctx.app.inject({ method, url: '/api/v1/public/requests/KNP-ZZZZ?phoneLast4=1234', remoteAddress: ip });
    const statuses: number[] = [];
    for (let i = 0; i < 20; i += 1) statuses.push((await look('HEAD')).statusCode);
    for (let i = 0; i < 11; i += 1) statuses.push((await look('GET')).statusCode);
    expect(statuses.slice(0, 30).every((s) => s === 404)).toBe(true);
    expect(statuses[30]).toBe(429);
  });

  it('believes X-Forwarded-For only from a configured proxy', async () => {
    /** The address a failed sign-in is recorded under: the client's, as the app understood it. */
    const recordedIp = async (app: typeof ctx.app, db: Db, forwardedFor: string) => {
      const identifier = `nobody-${Math.random()}@example.org`;
      await app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        remoteAddress: '10.0.0.1',
        headers: { 'x-forwarded-for': forwardedFor },
        payload: { identifier, password: 'wrong-password' },
      });
      const [event] = await db
        .select({ ip: auditEvents.ip })
        .from(auditEvents)
        .where(sql`${auditEvents.details}->>'identifier' = ${identifier}`);
      return event?.ip;
    };
    const behindProxy = await appWith({ trustProxy: 1 });
    expect(await recordedIp(behindProxy.app, behindProxy.db, '198.51.100.1')).toBe('198.51.100.1');
    expect(await recordedIp(behindProxy.app, behindProxy.db, '198.51.100.2, 198.51.100.3')).toBe('198.51.100.3');
    await behindProxy.close();
    const direct = await appWith({});
    expect(await recordedIp(direct.app, direct.db, '198.51.100.1')).toBe('10.0.0.1');
    await direct.close();
  });

  it('logs webhook URLs without their token and failed queries without their parameters', async () => {
    const lines: string[] = [];
    const logged = await appWith({ logs: lines });
    await logged.app.inject({
      method: 'GET',
      url: '/webhooks/exotel/call?token=very-secret-token&CallFrom=09839012345',
    });
    await logged.app.inject({ method: 'GET', url: '/api/v1/geography?phone=9839012345' });
    const all = lines.join('\n');
    expect(all).toContain('/webhooks/exotel/call');
    expect(all).not.toContain('very-secret-token');
    expect(all).not.toContain('9839012345');
    await logged.close();
  });
});
