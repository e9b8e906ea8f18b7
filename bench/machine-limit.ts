// The limit of this machine for the app's two busiest calls, measured in the same run so the app's figures can be
// read as a share of it: bare Fastify (no plugins, no validation, no auth) doing only what each call cannot do
// without — keep a plea (one INSERT); answer who is signed in (from memory: the app remembers sessions for 5 s, so
// its essential work is a lookup, not a statement).
import Fastify from 'fastify';
import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../src/server/db/client.js';

export async function startMachineLimitServer(
  database: Database,
  sessionId: string,
): Promise<{
  baseUrl: string;
  close: () => Promise<void>;
}> {
  await database.db
    .execute(sql`create table if not exists bench_bare_pleas (id bigserial primary key, body jsonb not null,
    received_at timestamptz not null default now())`);
  const app = Fastify({ logger: false });
  app.post('/bare/pleas', async (request, reply) => {
    const rows = rowsOf<{ id: string }>(
      await database.db.execute(sql`insert into bench_bare_pleas (body) values (${JSON.stringify(request.body)}::jsonb)
        returning id`),
    );
    return reply.code(201).send({ id: rows[0]?.id });
  });
  const remembered = new Map(
    rowsOf<{ id: string; user_id: string; csrf_token: string }>(
      await database.db.execute(sql`select id, user_id, csrf_token from sessions where id = ${sessionId}`),
    ).map((row) => [row.id, row]),
  );
  app.get('/bare/session', async () => remembered.get(sessionId) ?? {});
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  return { baseUrl, close: () => app.close() };
}
