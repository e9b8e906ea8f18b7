import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { districts } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';

export async function assertDistrictsExist(db: DbOrTx, codes: readonly string[], field = 'districts'): Promise<void> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return;
  const found = await db.select({ code: districts.code }).from(districts).where(inArray(districts.code, unique));
  const known = new Set(found.map((d) => d.code));
  const missing = unique.filter((c) => !known.has(c));
  if (missing.length > 0) {
    throw new AppError('unknown_districts', { districts: missing.join(', ') }, [{ field, code: 'invalid' }]);
  }
}
