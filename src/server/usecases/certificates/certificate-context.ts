// What every certificate action shares: finding one by its number (as typed), where it stands in the scope model
// (its organisation, and the district of its camp, else of its donor), and the organisation's settings.
import { eq, sql } from 'drizzle-orm';
import { certificateVerifyPath } from '../../../shared/contracts/certificates.js';
import type { Actor } from '../../../shared/permissions.js';
import { accessTo, coordinates, scopeFor, type AccessLevel, type ScopedRecord } from '../../../shared/scope.js';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { certificates, organisationCertificateSettings } from '../../db/schema/index.js';
import { parseCertificateNumber } from '../../domain/certificates/certificate-number.js';
import { AppError, notFound } from '../../errors.js';
import type { CertificateRow } from '../../presenters/certificate.js';

export type SettingsRow = typeof organisationCertificateSettings.$inferSelect;

/** A certificate's place in the scope model: its organisation's, in its camp's district or else its donor's. */
export function certificateRecord(organisationId: string, districtCode: string | null): ScopedRecord {
  return { organisationId, districtCode, sharedInDistrict: false, referredTo: [] };
}

export function certificateAccess(actor: Actor, record: ScopedRecord): { level: AccessLevel; coordinates: boolean } {
  const scope = scopeFor(actor, 'health');
  return { level: accessTo(scope, record), coordinates: coordinates(scope, record) };
}

/**
 * Certificates are the health desk's (coordinators and operators, admins): anyone else is refused by role before
 * anything is looked up, as the other health areas do.
 */
export function requireCertificateDesk(actor: Actor): void {
  const scope = scopeFor(actor, 'health');
  if (scope.kind === 'grants' && scope.grants.length === 0) throw new AppError('forbidden');
}

export const settingsMissing = () =>
  new AppError('certificate_unavailable', { reasonKey: 'certificate.settings_missing' });

export async function settingsFor(tx: DbOrTx, organisationId: string): Promise<SettingsRow | null> {
  const [row] = await tx
    .select()
    .from(organisationCertificateSettings)
    .where(eq(organisationCertificateSettings.organisationId, organisationId));
  return row ?? null;
}

/** The public verify page of a number (printed on the PDF, in the QR code, in the donor's message). */
export function verifyUrl(publicUrl: string, number: string): string {
  return `${publicUrl.replace(/\/$/, '')}${certificateVerifyPath(number)}`;
}

export interface LocatedCertificate {
  row: CertificateRow;
  districtCode: string | null;
  donor: { phone: string; language: 'hi' | 'en'; preferredChannel: string; optedOut: boolean; withdrawn: boolean };
}

/**
 * The certificate a typed number names: a malformed or never-issued number is "not found"; one whose check
 * character disagrees is `certificate_check_failed` (also a 404), so a typo is told apart from a forgery.
 */
export async function findCertificate(tx: DbOrTx, typed: string, lock = false): Promise<LocatedCertificate> {
  const parsed = parseCertificateNumber(typed);
  if (!parsed.ok) throw parsed.reason === 'check_failed' ? new AppError('certificate_check_failed') : notFound();
  const [found] = rowsOf<{ id: string; district_code: string | null } & LocatedCertificate['donor']>(
    await tx.execute(sql`select c.id, coalesce(camps.district_code, d.district_code) as district_code,
        d.phone, d.language, d.preferred_channel as "preferredChannel", d.opted_out_at is not null as "optedOut",
        d.consent_withdrawn_at is not null as withdrawn
      from certificates c join donors d on d.id = c.donor_id left join camps on camps.id = c.camp_id
      where c.number = ${parsed.number}
      ${lock ? sql`for update of c` : sql``}`),
  );
  if (!found) throw notFound();
  const row = await certificateById(tx, found.id);
  return {
    row,
    districtCode: found.district_code,
    donor: {
      phone: found.phone,
      language: found.language,
      preferredChannel: found.preferredChannel,
      optedOut: found.optedOut,
      withdrawn: found.withdrawn,
    },
  };
}

async function certificateById(tx: DbOrTx, id: string): Promise<CertificateRow> {
  const [row] = await tx.select().from(certificates).where(eq(certificates.id, id));
  if (!row) throw notFound();
  return row;
}

/** A located certificate the actor may read (404 otherwise); `work` also requires working it (403 for readers). */
export function requireCertificateAccess(
  actor: Actor,
  located: LocatedCertificate,
  level: 'read' | 'work' | 'coordinate',
): void {
  const access = certificateAccess(actor, certificateRecord(located.row.organisationId, located.districtCode));
  if (access.level === 'none') throw notFound();
  if (level === 'work' && access.level !== 'work') throw new AppError('forbidden');
  if (level === 'coordinate' && !access.coordinates) throw new AppError('forbidden');
}
