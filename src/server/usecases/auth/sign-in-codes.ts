// The second factor for a locked sign-in: a one-time code sent through the outbound queue to the phone on the
// account. Asking never reveals whether an account exists; only a hash of the code is kept.
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Channel, Provider } from '../../../shared/enums.js';
import { rowsOf, type Db, type DbOrTx } from '../../db/client.js';
import { signInCodes } from '../../db/schema/index.js';
import { throttleKeys } from '../../domain/auth/lockout.js';
import {
  codeMatches,
  hashSignInCode,
  mayResend,
  newSignInCode,
  signInCodePolicy,
} from '../../domain/auth/sign-in-code.js';
import { channelText } from '../../i18n.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { enqueueOutbound } from '../channels/enqueue-outbound.js';
import { findUserByIdentifier } from './find-user-by-identifier.js';
import { lockedMinutesFor } from './sign-in-throttle.js';

const channelOf: Partial<Record<Provider, Channel>> = { twilio: 'sms', exotel: 'sms', whatsapp: 'whatsapp' };

/**
 * Sends a code when the account exists, is active and its sign-in is locked, at most once a minute and five
 * times an hour; otherwise does nothing. The caller answers the same either way.
 */
export async function requestSignInCode(
  db: Db,
  input: { identifier: string; secret: string; ip: string | null; now?: Date },
): Promise<void> {
  const now = input.now ?? new Date();
  const { identifier, user } = await findUserByIdentifier(db, input.identifier);
  if (!user || !user.isActive) return;
  if ((await lockedMinutesFor(db, throttleKeys(identifier, user.id), now)) === 0) return;
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sign-in-code:${user.id}`}))`);
    const [existing] = await tx.select().from(signInCodes).where(eq(signInCodes.userId, user.id));
    const resend = mayResend(existing, now);
    if (!resend.allowed) return;
    // SMS first (a code is what SMS is for), WhatsApp when the organisation has nothing else; admins belong to
    // no organisation and use any enabled number.
    const account = rowsOf<{ id: string; provider: Provider; organisation_id: string }>(
      await tx.execute(sql`select a.id, a.provider, a.organisation_id from channel_accounts a
        where a.enabled and a.provider in ('twilio', 'exotel', 'whatsapp')
          and (a.organisation_id in (select m.organisation_id from memberships m where m.user_id = ${user.id}::uuid)
            or not exists (select 1 from memberships m where m.user_id = ${user.id}::uuid and m.organisation_id is not null))
        order by (a.provider = 'whatsapp'), a.provider, a.created_at limit 1`),
    )[0];
    const channel = account ? channelOf[account.provider] : undefined;
    const code = newSignInCode();
    const values = {
      codeHash: hashSignInCode(code, user.id, input.secret),
      expiresAt: new Date(now.getTime() + signInCodePolicy.validMinutes * 60_000),
      attempts: 0,
      ...resend.next,
    };
    await tx
      .insert(signInCodes)
      .values({ userId: user.id, ...values })
      .onConflictDoUpdate({ target: signInCodes.userId, set: values });
    if (account && channel) {
      await enqueueOutbound(
        tx,
        {
          accountId: account.id,
          organisationId: account.organisation_id,
          provider: account.provider,
          channel,
          to: user.phone,
          language: user.preferredLanguage,
          template: 'sign_in_code',
          body: channelText(user.preferredLanguage, 'sign_in_code', {
            code,
            minutes: signInCodePolicy.validMinutes,
          }),
          purpose: 'sign_in_code',
          recipientUserId: user.id,
          dedupeKey: `sign-in-code:${user.id}:${now.getTime()}`,
          // A code the person asked for reaches them even if they once replied STOP to case updates.
          ignoreOptOut: true,
        },
        now,
      );
    }
    await recordAuditEvent(tx, {
      actorId: null,
      action: 'auth.sign_in_code_sent',
      subjectType: 'user',
      subjectId: user.id,
      ip: input.ip,
      organisationIds: rowsOf<{ id: string }>(
        await tx.execute(sql`select distinct organisation_id as id from memberships
          where user_id = ${user.id}::uuid and organisation_id is not null`),
      ).map((r) => r.id),
      details: { delivered: account !== undefined, provider: account?.provider ?? null },
    });
  });
}

/**
 * True when `code` is the person's live code. Each try uses up one of the code's attempts, in one statement,
 * so parallel guesses cannot exceed them.
 */
export async function consumeSignInCode(
  db: Db,
  userId: string,
  code: string,
  secret: string,
  now: Date,
): Promise<boolean> {
  const [row] = await db
    .update(signInCodes)
    .set({ attempts: sql`${signInCodes.attempts} + 1` })
    .where(
      and(
        eq(signInCodes.userId, userId),
        gt(signInCodes.expiresAt, now),
        lt(signInCodes.attempts, signInCodePolicy.maxAttempts),
      ),
    )
    .returning({ codeHash: signInCodes.codeHash });
  return row !== undefined && codeMatches(code, userId, secret, row.codeHash);
}

/** A code that let its person in is spent. */
export async function spendSignInCode(db: DbOrTx, userId: string): Promise<void> {
  await db.delete(signInCodes).where(eq(signInCodes.userId, userId));
}
