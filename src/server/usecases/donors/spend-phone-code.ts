// Checks a one-time code for the public donor pages. Each guess uses up one of the code's attempts and a right
// guess spends the code, in one UPDATE: parallel guesses are serialised on the code's row, so together they can
// neither exceed the attempts nor spend the code twice.
import { and, desc, eq, sql } from 'drizzle-orm';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { phoneCodes } from '../../db/schema/index.js';
import {
  hashPhoneCode,
  phoneCodePolicy,
  refusalFor,
  type PhoneCodePurpose,
  type PhoneCodeRefusal,
} from '../../domain/donors/phone-code.js';

/**
 * 'ok' when `code` is the phone's newest live code for the purpose (it is then spent); else why not. Run in the
 * caller's transaction so that what the code allows is written with its spending, or neither is.
 */
export async function spendPhoneCode(
  tx: DbOrTx,
  input: { phone: string; purpose: PhoneCodePurpose; code: string; secret: string; now?: Date },
): Promise<'ok' | PhoneCodeRefusal> {
  const now = input.now ?? new Date();
  const hash = hashPhoneCode(input.code, input.phone, input.purpose, input.secret);
  const at = now.toISOString();
  const tried = rowsOf<{ matched: boolean }>(
    await tx.execute(sql`update phone_codes
      set attempts = attempts + 1,
        consumed_at = case when code_hash = ${hash} then ${at}::timestamptz else null end
      where id = (select id from phone_codes where phone = ${input.phone} and purpose = ${input.purpose}
          order by created_at desc, id limit 1)
        and consumed_at is null and expires_at > ${at}::timestamptz and attempts < ${phoneCodePolicy.maxAttempts}
      returning consumed_at is not null as matched`),
  )[0];
  if (tried) return tried.matched ? 'ok' : 'code_wrong';
  const [newest] = await tx
    .select({ expiresAt: phoneCodes.expiresAt, consumedAt: phoneCodes.consumedAt, attempts: phoneCodes.attempts })
    .from(phoneCodes)
    .where(and(eq(phoneCodes.phone, input.phone), eq(phoneCodes.purpose, input.purpose)))
    .orderBy(desc(phoneCodes.createdAt), phoneCodes.id)
    .limit(1);
  return refusalFor(newest, now);
}
