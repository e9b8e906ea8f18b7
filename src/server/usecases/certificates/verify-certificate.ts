// Anyone holding a number (printed, in the QR code, in the donor's message) sees whether it is real: the donor's
// initials, the date, the organisation, the group, what and how much was given, where; valid or revoked. Never the
// phone, never the full name. A number never issued is 404, a mistyped one 404 `certificate_check_failed`.
import type { PublicCertificateView } from '../../../shared/contracts/certificates.js';
import type { Db } from '../../db/client.js';
import { presentPublicCertificate } from '../../presenters/certificate.js';
import { findCertificate } from './certificate-context.js';

export async function verifyCertificate(db: Db, number: string): Promise<PublicCertificateView> {
  const { row } = await findCertificate(db, number);
  return presentPublicCertificate(row);
}
