// An organisation's certificate settings: its name and signatory in English and Hindi, the number prefix and the
// logo. Read by its desk (coordinators and operators) and admins, changed by its coordinators and admins; anyone
// else gets "not found". A prefix is one organisation's: taking one that another organisation's certificates
// already begin with is refused (an advisory lock per prefix makes two organisations claiming it at once queue).
import { and, eq, ne, sql } from 'drizzle-orm';
import {
  certificateLogoMaxBytes,
  type CertificateLogoType,
  type CertificateSettingsBody,
  type CertificateSettingsView,
} from '../../../shared/contracts/certificates.js';
import { isAdmin, type Actor } from '../../../shared/permissions.js';
import { scopeFor } from '../../../shared/scope.js';
import { rowsOf, type Db } from '../../db/client.js';
import { organisationCertificateSettings, organisations } from '../../db/schema/index.js';
import { AppError, notFound } from '../../errors.js';
import { sniffDocumentType } from '../loans/document-type.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { requireCertificateDesk, settingsFor, settingsMissing, type SettingsRow } from './certificate-context.js';

function reach(actor: Actor, organisationId: string): { read: boolean; update: boolean } {
  if (isAdmin(actor)) return { read: true, update: true };
  const scope = scopeFor(actor, 'health');
  const grants = scope.kind === 'all' ? [] : scope.grants.filter((g) => g.organisationId === organisationId);
  return { read: grants.length > 0, update: grants.some((g) => g.isCoordinator && g.level === 'work') };
}

async function requireOrganisation(db: Db, actor: Actor, organisationId: string, update: boolean): Promise<void> {
  requireCertificateDesk(actor);
  const can = reach(actor, organisationId);
  if (!can.read) throw notFound();
  const [organisation] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!organisation) throw notFound();
  if (update && !can.update) throw new AppError('forbidden');
}

function present(organisationId: string, row: SettingsRow | null, canUpdate: boolean): CertificateSettingsView {
  return {
    organisationId,
    configured: row !== null,
    nameEn: row?.nameEn ?? null,
    nameHi: row?.nameHi ?? null,
    signatoryEn: row?.signatoryEn ?? null,
    signatoryHi: row?.signatoryHi ?? null,
    numberPrefix: row?.numberPrefix ?? null,
    logoType: row?.logo && row.logoType ? (row.logoType as CertificateLogoType) : null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    can: { update: canUpdate },
  };
}

export async function getCertificateSettings(
  db: Db,
  actor: Actor,
  organisationId: string,
): Promise<CertificateSettingsView> {
  await requireOrganisation(db, actor, organisationId, false);
  return present(organisationId, await settingsFor(db, organisationId), reach(actor, organisationId).update);
}

export async function updateCertificateSettings(
  db: Db,
  actor: Actor,
  organisationId: string,
  body: CertificateSettingsBody,
  now = new Date(),
): Promise<CertificateSettingsView> {
  await requireOrganisation(db, actor, organisationId, true);
  const row = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`certificate-prefix:${body.numberPrefix}`}))`);
    const [otherSettings] = await tx
      .select({ id: organisationCertificateSettings.organisationId })
      .from(organisationCertificateSettings)
      .where(
        and(
          eq(organisationCertificateSettings.numberPrefix, body.numberPrefix),
          ne(organisationCertificateSettings.organisationId, organisationId),
        ),
      )
      .limit(1);
    const [otherCertificates] = rowsOf<{ one: number }>(
      await tx.execute(sql`select 1 as one from certificates
        where number like ${`${body.numberPrefix}-%`} and organisation_id <> ${organisationId}::uuid limit 1`),
    );
    if (otherSettings || otherCertificates) {
      throw new AppError('certificate_unavailable', { reasonKey: 'certificate.prefix_taken' }, [
        { field: 'numberPrefix', code: 'unavailable' },
      ]);
    }
    const values = { ...body, updatedById: actor.userId, updatedAt: now };
    const [saved] = await tx
      .insert(organisationCertificateSettings)
      .values({ organisationId, ...values })
      .onConflictDoUpdate({ target: organisationCertificateSettings.organisationId, set: values })
      .returning();
    if (!saved) throw new Error('no settings');
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: 'organisation.updated',
      subjectType: 'organisation',
      subjectId: organisationId,
      organisationIds: [organisationId],
      details: { certificateSettings: { ...body } },
    });
    return saved;
  });
  return present(organisationId, row, true);
}

const logoRejected = (reason: 'logo_empty' | 'logo_type') =>
  new AppError('document_rejected', { reasonKey: `certificate.${reason}` });

/** Keeps the logo (PNG or JPEG by its bytes, at most 200 KB); the settings must be saved first. */
export async function setCertificateLogo(
  db: Db,
  actor: Actor,
  organisationId: string,
  bytes: unknown,
  now = new Date(),
): Promise<CertificateSettingsView> {
  await requireOrganisation(db, actor, organisationId, true);
  // Refused by role before the body is looked at; a body that was not an image's bytes (JSON, a form) is 415.
  if (!Buffer.isBuffer(bytes)) throw new AppError('unsupported_media_type');
  if (bytes.length === 0) throw logoRejected('logo_empty');
  if (bytes.length > certificateLogoMaxBytes) throw new AppError('body_too_large', { limit: certificateLogoMaxBytes });
  const type = sniffDocumentType(bytes);
  if (type !== 'image/png' && type !== 'image/jpeg') throw logoRejected('logo_type');
  const [row] = await db
    .update(organisationCertificateSettings)
    .set({ logo: bytes, logoType: type, updatedById: actor.userId, updatedAt: now })
    .where(eq(organisationCertificateSettings.organisationId, organisationId))
    .returning();
  if (!row) throw settingsMissing();
  return present(organisationId, row, true);
}

export async function readCertificateLogo(
  db: Db,
  actor: Actor,
  organisationId: string,
): Promise<{ bytes: Buffer; type: string }> {
  await requireOrganisation(db, actor, organisationId, false);
  const row = await settingsFor(db, organisationId);
  if (!row?.logo || !row.logoType) throw notFound();
  return { bytes: row.logo, type: row.logoType };
}
