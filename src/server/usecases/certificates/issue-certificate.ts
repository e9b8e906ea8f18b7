// Issues a donation's certificate: one per donation (a second call answers the one issued before). What it says is
// copied from the donation, its donor, its camp (title and venue) or blood centre, and the organisation's settings,
// so a later edit never changes a printed certificate. The donation row is locked first: two people issuing the
// same donation at once get one certificate and no gap in the numbers.
import { eq, sql } from 'drizzle-orm';
import type { CertificateView } from '../../../shared/contracts/certificates.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { rowsOf } from '../../db/client.js';
import { campRegistrations, camps, certificates, donations, donors } from '../../db/schema/index.js';
import { kolkataDay } from '../../domain/blood/calendar.js';
import { formatCertificateNumber } from '../../domain/certificates/certificate-number.js';
import { AppError, notFound } from '../../errors.js';
import { presentCertificate, type CertificateRow } from '../../presenters/certificate.js';
import {
  certificateAccess,
  certificateRecord,
  requireCertificateDesk,
  settingsFor,
  settingsMissing,
  type SettingsRow,
  verifyUrl,
} from './certificate-context.js';
import { takeCertificateSequence } from './take-certificate-number.js';

type DonationRow = typeof donations.$inferSelect;
type DonorRow = typeof donors.$inferSelect;
type CampRow = typeof camps.$inferSelect;

export interface DonationToCertify {
  donation: DonationRow;
  donor: DonorRow;
  camp: CampRow | null;
}

/** The donation (locked), its donor and the camp it was given at, if any; null when there is no such donation. */
export async function lockDonationToCertify(tx: DbOrTx, donationId: string): Promise<DonationToCertify | null> {
  const [donation] = await tx.select().from(donations).where(eq(donations.id, donationId)).for('update');
  if (!donation) return null;
  const [donor] = await tx.select().from(donors).where(eq(donors.id, donation.donorId));
  if (!donor) return null;
  const [camp] = await tx
    .select({ camp: camps })
    .from(campRegistrations)
    .innerJoin(camps, eq(camps.id, campRegistrations.campId))
    .where(eq(campRegistrations.donationId, donation.id))
    .limit(1);
  return { donation, donor, camp: camp?.camp ?? null };
}

/** Inside the caller's transaction, with the donation locked: the existing certificate, or a new one. */
export async function certifyLockedDonation(
  tx: DbOrTx,
  subject: DonationToCertify,
  settings: SettingsRow,
  actorId: string | null,
  now: Date,
): Promise<{ row: CertificateRow; created: boolean }> {
  const [existing] = await tx.select().from(certificates).where(eq(certificates.donationId, subject.donation.id));
  if (existing) return { row: existing, created: false };
  const { donation, donor, camp } = subject;
  const year = Number(kolkataDay(now).slice(0, 4));
  const sequence = await takeCertificateSequence(tx, donation.organisationId, year);
  const number = formatCertificateNumber({ prefix: settings.numberPrefix, year, sequence });
  const [row] = await tx
    .insert(certificates)
    .values({
      number,
      organisationId: donation.organisationId,
      donationId: donation.id,
      donorId: donor.id,
      campId: camp?.id ?? null,
      donorName: donor.name,
      bloodGroup: donor.bloodGroup,
      product: donation.product,
      units: donation.units,
      donatedOn: donation.donatedOn,
      place: camp ? `${camp.title}, ${camp.venue}` : donation.bloodCentre,
      organisationNameEn: settings.nameEn,
      organisationNameHi: settings.nameHi,
      signatoryEn: settings.signatoryEn,
      signatoryHi: settings.signatoryHi,
      language: donor.language,
      issuedById: actorId,
      issuedAt: now,
    })
    .returning();
  if (!row) throw new Error('no certificate');
  return { row, created: true };
}

/** The scope record of a donation: its organisation's, in its camp's district, else its donor's. */
export function donationRecord(subject: DonationToCertify) {
  return certificateRecord(subject.donation.organisationId, subject.camp?.districtCode ?? subject.donor.districtCode);
}

export async function issueDonationCertificate(
  deps: { db: Db; publicUrl: string },
  actor: Actor,
  donationId: string,
  now = new Date(),
): Promise<{ certificate: CertificateView; created: boolean }> {
  requireCertificateDesk(actor);
  return deps.db.transaction(async (tx) => {
    const subject = await lockDonationToCertify(tx, donationId);
    if (!subject) throw notFound();
    const access = certificateAccess(actor, donationRecord(subject));
    if (access.level === 'none') throw notFound();
    if (access.level !== 'work') throw new AppError('forbidden');
    const settings = await settingsFor(tx, subject.donation.organisationId);
    if (!settings) throw settingsMissing();
    const { row, created } = await certifyLockedDonation(tx, subject, settings, actor.userId, now);
    return {
      created,
      certificate: presentCertificate(row, {
        verifyUrl: verifyUrl(deps.publicUrl, row.number),
        can: { send: true, revoke: access.coordinates },
      }),
    };
  });
}

/** Donation ids of a camp's donors, in the order they gave. */
export async function campDonationIds(tx: DbOrTx, campId: string): Promise<string[]> {
  const rows = rowsOf<{ donation_id: string }>(
    await tx.execute(sql`select r.donation_id from camp_registrations r
      where r.camp_id = ${campId}::uuid and r.donation_id is not null
      order by r.outcome_at nulls last, r.registered_at, r.id`),
  );
  return rows.map((r) => r.donation_id);
}
