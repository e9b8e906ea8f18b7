// A donor reading their own record on /donate/me: the code sent to their phone opens every registration of that
// phone (one per organisation), with their donations and next eligible day — their own data and nobody else's.
import { desc, eq, inArray, sql } from 'drizzle-orm';
import type { DonorSelfView, OwnDonorRecord } from '../../../shared/contracts/public-donors.js';
import type { Db } from '../../db/client.js';
import { districts, donations, donors, organisations } from '../../db/schema/index.js';
import { kolkataDay } from '../../domain/blood/calendar.js';
import { AppError } from '../../errors.js';
import { presentOwnDonorRecord } from '../../presenters/own-donor-record.js';
import { spendPhoneCode } from './spend-phone-code.js';

export async function getOwnDonorRecord(
  db: Db,
  input: { phone: string; code: string },
  secret: string,
  now = new Date(),
): Promise<DonorSelfView> {
  const spent = await db.transaction((tx) =>
    spendPhoneCode(tx, { phone: input.phone, purpose: 'donor_history', code: input.code, secret, now }),
  );
  if (spent !== 'ok') throw new AppError('validation_failed', { count: 1 }, [{ field: 'code', code: spent }]);

  const rows = await db
    .select({
      id: donors.id,
      organisation: organisations.name,
      name: donors.name,
      bloodGroup: donors.bloodGroup,
      groupConfirmedAt: donors.groupConfirmedAt,
      district: { code: districts.code, name: districts.name, nameHi: districts.nameHi },
      products: donors.products,
      language: donors.language,
      verifiedAt: donors.verifiedAt,
      createdAt: donors.createdAt,
      consentWithdrawnAt: donors.consentWithdrawnAt,
      optedOutAt: donors.optedOutAt,
      eligibility: donors.eligibility,
    })
    .from(donors)
    .innerJoin(organisations, eq(organisations.id, donors.organisationId))
    .innerJoin(districts, eq(districts.code, donors.districtCode))
    .where(eq(donors.phone, input.phone))
    .orderBy(desc(donors.updatedAt));
  const given =
    rows.length === 0
      ? []
      : await db
          .select({
            donorId: donations.donorId,
            product: donations.product,
            units: donations.units,
            bloodCentre: donations.bloodCentre,
            donatedOn: donations.donatedOn,
            reachedNote: donations.reachedNote,
          })
          .from(donations)
          .where(
            inArray(
              donations.donorId,
              rows.map((r) => r.id),
            ),
          )
          .orderBy(desc(donations.donatedOn), sql`${donations.recordedAt} desc`);
  const today = kolkataDay(now);
  return {
    records: rows.map((row) => {
      const own: OwnDonorRecord['donations'] = given
        .filter((d) => d.donorId === row.id)
        .map(({ donorId: _donorId, ...donation }) => donation);
      return presentOwnDonorRecord(row, own, today);
    }),
  };
}
