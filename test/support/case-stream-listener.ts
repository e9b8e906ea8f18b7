// Opens the desk's live stream (server-sent events) as a signed-in person and collects the case changes it hears.
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { sessionCookieName } from '../../src/server/domain/auth/session-token.js';
import type { Client } from './app.js';

export interface StreamListener {
  events: Array<{ id: string }>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

/** `app` must be listening (`app.listen`): the stream is read over real HTTP, as a browser reads it. */
export async function listenToCaseStream(app: FastifyInstance, client: Client): Promise<StreamListener> {
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('the app is not listening');
  const controller = new AbortController();
  const response = await fetch(`http://127.0.0.1:${address.port}/api/v1/cases/stream`, {
    headers: { cookie: `${sessionCookieName}=${client.cookie}` },
    signal: controller.signal,
  });
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const events: Array<{ id: string }> = [];
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const ended = (async () => {
    try {
      for (;;) {
        const chunk = await reader?.read();
        if (!chunk || chunk.done) return;
        buffer += decoder.decode(chunk.value);
        for (const match of buffer.matchAll(/event: case\ndata: (.+)\n\n/g)) events.push(JSON.parse(match[1] ?? '{}'));
        buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
      }
    } catch {
      // aborted by close()
    }
  })();
  return { events, ended, close: () => controller.abort() };
}
