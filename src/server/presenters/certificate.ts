// Certificates as the API answers them: to the desk (initials, what it says, where it stands, what may be done) and
// to anyone holding the number (no phone, no full name).
import type { CertificateView, PublicCertificateView } from '../../shared/contracts/certificates.js';
import type { certificates } from '../db/schema/index.js';
import { nameInitials } from '../domain/certificates/initials.js';
import { kolkataDay } from '../domain/blood/calendar.js';

export type CertificateRow = typeof certificates.$inferSelect;

export function presentCertificate(
  row: CertificateRow,
  extras: { verifyUrl: string; can: CertificateView['can'] },
): CertificateView {
  return {
    id: row.id,
    number: row.number,
    donationId: row.donationId,
    donorId: row.donorId,
    campId: row.campId,
    donorInitials: nameInitials(row.donorName),
    bloodGroup: row.bloodGroup,
    product: row.product,
    units: row.units,
    donatedOn: row.donatedOn,
    place: row.place,
    language: row.language,
    issuedAt: row.issuedAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revokedReason: row.revokedReason,
    verifyUrl: extras.verifyUrl,
    can: row.revokedAt ? { send: false, revoke: false } : extras.can,
  };
}

export function presentPublicCertificate(row: CertificateRow): PublicCertificateView {
  const revoked = row.revokedAt !== null;
  return {
    number: row.number,
    valid: !revoked,
    revoked,
    donorInitials: nameInitials(row.donorName),
    bloodGroup: row.bloodGroup,
    product: row.product,
    units: row.units,
    donatedOn: row.donatedOn,
    place: row.place,
    organisationNameEn: row.organisationNameEn,
    organisationNameHi: row.organisationNameHi,
    issuedOn: kolkataDay(row.issuedAt),
  };
}
