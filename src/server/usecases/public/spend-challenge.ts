// One solved proof of work buys one plea. The server's signature names the challenge whatever the client does to
// the payload around it (re-encoded, keys reordered, padding dropped), and spending it is one INSERT that only
// one request — in any process — can win.
import { sql } from 'drizzle-orm';
import { verifySolution } from 'altcha-lib/v1';
import { rowsOf, type Db } from '../../db/client.js';

interface SolvedPayload {
  algorithm: string;
  challenge: string;
  number: number;
  salt: string;
  signature: string;
}

/** The payload as the client sent it: base64 (with or without padding, either alphabet) of a JSON object. */
export function decodeSolution(encoded: string): SolvedPayload | null {
  try {
    const value = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as Partial<SolvedPayload> | null;
    if (
      !value ||
      typeof value.algorithm !== 'string' ||
      typeof value.challenge !== 'string' ||
      typeof value.number !== 'number' ||
      !Number.isSafeInteger(value.number) ||
      typeof value.salt !== 'string' ||
      typeof value.signature !== 'string'
    ) {
      return null;
    }
    return value as SolvedPayload;
  } catch {
    return null;
  }
}

/** When the challenge stops being accepted anyway (ALTCHA writes `expires=` into the salt). */
function expiresAt(salt: string, now: Date): Date {
  const seconds = Number(new URLSearchParams(salt.split('?')[1] ?? '').get('expires'));
  return Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : new Date(now.getTime() + 3_600_000);
}

/** True once for a genuine, unexpired solution; false for a forgery, an expired one or any replay of a spent one. */
export async function spendSolvedChallenge(
  db: Db,
  encoded: string,
  hmacKey: string,
  now = new Date(),
): Promise<boolean> {
  const payload = decodeSolution(encoded);
  if (!payload) return false;
  const genuine = await verifySolution(payload as Parameters<typeof verifySolution>[0], hmacKey, true).catch(
    () => false,
  );
  if (!genuine) return false;
  const rows = rowsOf<{ signature: string }>(
    await db.execute(sql`with forgotten as (
        delete from spent_challenges where expires_at < ${now.toISOString()}::timestamptz - interval '1 hour'
      )
      insert into spent_challenges (signature, expires_at)
      values (${payload.signature}, ${expiresAt(payload.salt, now).toISOString()}::timestamptz)
      on conflict (signature) do nothing
      returning signature`),
  );
  return rows.length === 1;
}
