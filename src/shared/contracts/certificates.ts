// Donors' certificates (issue #14): one per donation, numbered PREFIX-YYYY-NNNNN-C, printed in Hindi or English,
// verifiable by anyone from its number (initials only, never the phone).
//   GET  /api/v1/organisations/{id}/certificate-settings      → certificateSettingsView (null fields until set)
//   PUT  /api/v1/organisations/{id}/certificate-settings      certificateSettingsBody → certificateSettingsView
//   PUT  /api/v1/organisations/{id}/certificate-settings/logo the PNG or JPEG's raw bytes (≤ 200 KB) → view
//   GET  /api/v1/organisations/{id}/certificate-settings/logo → the logo
//   POST /api/v1/donations/{id}/certificate                   → certificateView (201 new, 200 the one issued before)
//   POST /api/v1/camps/{id}/certificates                      → campCertificatesResult (every donation of the camp)
//   GET  /api/v1/certificates?campId=…                        certificateQuery → certificateList
//   GET  /api/v1/certificates/{number}/pdf?lang=hi|en         → application/pdf
//   POST /api/v1/certificates/{number}/send                   → certificateView (message queued to the donor)
//   POST /api/v1/certificates/{number}/revoke                 revokeCertificateBody → certificateView (coordinators)
//   GET  /api/v1/public/certificates/{number}                 → publicCertificateView (404: never issued)
//   GET  /api/v1/public/certificates/{number}/pdf?lang=hi|en  → application/pdf (the donor's link; not revoked ones)
import { z } from 'zod';
import { aboRhGroups, donorProducts, languages } from '../enums.js';
import { uuid } from './common.js';

/** The public verify page of a number: printed on the PDF, in its QR code and in the donor's message. */
export const certificateVerifyPath = (number: string): string => `/verify/${encodeURIComponent(number)}`;

/** Largest logo kept (bytes). */
export const certificateLogoMaxBytes = 200 * 1024;
export const certificateLogoTypes = ['image/png', 'image/jpeg'] as const;
export type CertificateLogoType = (typeof certificateLogoTypes)[number];

const line = z.string().trim().min(2).max(120);

export const certificateSettingsBody = z.strictObject({
  nameEn: line,
  nameHi: line,
  signatoryEn: line,
  signatoryHi: line,
  /** 2–6 capital letters that begin every number ("KNP"). */
  numberPrefix: z
    .string()
    .trim()
    .regex(/^[A-Z]{2,6}$/),
});
export type CertificateSettingsBody = z.infer<typeof certificateSettingsBody>;

export const certificateSettingsView = z.object({
  organisationId: uuid,
  /** False until a coordinator saves them: certificates cannot be issued before. */
  configured: z.boolean(),
  nameEn: z.string().nullable(),
  nameHi: z.string().nullable(),
  signatoryEn: z.string().nullable(),
  signatoryHi: z.string().nullable(),
  numberPrefix: z.string().nullable(),
  logoType: z.enum(certificateLogoTypes).nullable(),
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
  can: z.object({ update: z.boolean() }),
});
export type CertificateSettingsView = z.infer<typeof certificateSettingsView>;

export const certificateNumberParams = z.strictObject({ number: z.string().trim().min(1).max(40) });
export const certificateLanguageQuery = z.strictObject({ lang: z.enum(languages).optional() });

export const certificateView = z.object({
  id: uuid,
  number: z.string(),
  donationId: uuid,
  donorId: uuid,
  campId: uuid.nullable(),
  /** The donor's initials (the full name is printed on the PDF). */
  donorInitials: z.string(),
  bloodGroup: z.enum(aboRhGroups).nullable(),
  product: z.enum(donorProducts),
  units: z.number().int(),
  donatedOn: z.string(),
  place: z.string(),
  language: z.enum(languages),
  issuedAt: z.iso.datetime({ offset: true }),
  sentAt: z.iso.datetime({ offset: true }).nullable(),
  revokedAt: z.iso.datetime({ offset: true }).nullable(),
  revokedReason: z.string().nullable(),
  /** The public page anyone may open to verify it (printed and in the QR code). */
  verifyUrl: z.string(),
  can: z.object({ send: z.boolean(), revoke: z.boolean() }),
});
export type CertificateView = z.infer<typeof certificateView>;

export const certificateQuery = z.strictObject({
  campId: uuid.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});
export type CertificateQuery = z.infer<typeof certificateQuery>;

export const certificateList = z.object({ items: z.array(certificateView), total: z.number().int() });
export type CertificateList = z.infer<typeof certificateList>;

export const campCertificatesResult = z.object({
  /** Certificates issued by this call. */
  issued: z.number().int(),
  /** Donations of the camp that had one already. */
  existing: z.number().int(),
  /** Donations recorded at the camp. */
  donations: z.number().int(),
});
export type CampCertificatesResult = z.infer<typeof campCertificatesResult>;

export const revokeCertificateBody = z.strictObject({ reason: z.string().trim().min(3).max(500) });
export type RevokeCertificateBody = z.infer<typeof revokeCertificateBody>;

export const sendCertificateResult = z.object({
  certificate: certificateView,
  /** False when the donor opted out or withdrew consent: nothing is sent. */
  queued: z.boolean(),
});
export type SendCertificateResult = z.infer<typeof sendCertificateResult>;

/** What anyone with the number sees: no phone, no full name. */
export const publicCertificateView = z.object({
  number: z.string(),
  valid: z.boolean(),
  revoked: z.boolean(),
  donorInitials: z.string(),
  bloodGroup: z.enum(aboRhGroups).nullable(),
  product: z.enum(donorProducts),
  units: z.number().int(),
  donatedOn: z.string(),
  place: z.string(),
  organisationNameEn: z.string(),
  organisationNameHi: z.string(),
  issuedOn: z.string(),
});
export type PublicCertificateView = z.infer<typeof publicCertificateView>;
