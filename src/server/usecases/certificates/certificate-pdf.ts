// A certificate's PDF in Hindi or English (the donor's language unless asked): for the desk (scoped), and for
// whoever holds the number (the donor's link goes to the public verify page, which offers the PDF). The public one
// is refused for a revoked certificate; it carries the name the donor gave, never the phone.
import type { Language } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { renderCertificate } from '../../certificates/render-certificate.js';
import { notFound } from '../../errors.js';
import {
  findCertificate,
  requireCertificateAccess,
  requireCertificateDesk,
  settingsFor,
  verifyUrl,
} from './certificate-context.js';
import type { CertificateRow } from '../../presenters/certificate.js';

export interface CertificatePdf {
  number: string;
  language: Language;
  bytes: Buffer;
}

async function render(db: Db, publicUrl: string, row: CertificateRow, language: Language): Promise<CertificatePdf> {
  const settings = await settingsFor(db, row.organisationId);
  const logo = settings?.logo && settings.logoType ? { bytes: settings.logo, type: settings.logoType } : null;
  const hi = language === 'hi';
  const bytes = await renderCertificate({
    language,
    number: row.number,
    donorName: row.donorName,
    bloodGroup: row.bloodGroup,
    product: row.product,
    units: row.units,
    donatedOn: row.donatedOn,
    place: row.place,
    organisationName: hi ? row.organisationNameHi : row.organisationNameEn,
    signatory: hi ? row.signatoryHi : row.signatoryEn,
    logo,
    verifyUrl: verifyUrl(publicUrl, row.number),
    revoked: row.revokedAt !== null,
  });
  return { number: row.number, language, bytes };
}

export async function certificatePdf(
  deps: { db: Db; publicUrl: string },
  actor: Actor,
  number: string,
  language: Language | undefined,
): Promise<CertificatePdf> {
  requireCertificateDesk(actor);
  const located = await findCertificate(deps.db, number);
  requireCertificateAccess(actor, located, 'read');
  return render(deps.db, deps.publicUrl, located.row, language ?? located.row.language);
}

export async function publicCertificatePdf(
  deps: { db: Db; publicUrl: string },
  number: string,
  language: Language | undefined,
): Promise<CertificatePdf> {
  const located = await findCertificate(deps.db, number);
  if (located.row.revokedAt) throw notFound();
  return render(deps.db, deps.publicUrl, located.row, language ?? located.row.language);
}
