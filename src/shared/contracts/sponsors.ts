// Sponsors (issue #13): a person or company that owns or funded items, and their page — no sign-in, reached by a
// private link, showing how many loans their items served and how many are out, with no patient data at all.
//   GET   /api/v1/sponsors                         → sponsorList
//   POST  /api/v1/sponsors                         sponsorBody → sponsorView           (coordinators)
//   PATCH /api/v1/sponsors/{id}                    updateSponsorBody → sponsorView     (coordinators)
//   POST  /api/v1/sponsors/{id}/link               → sponsorLinkView (a new private link; the old one stops working;
//                                                    the token is shown once, only its hash is kept)
//   GET   /api/v1/public/sponsors/{token}          → sponsorPublicView                (public: true, rate limited)
import { z } from 'zod';
import { cylinderTypes, itemKinds, sponsorKinds } from '../enums.js';
import { email, pageQuery, phone, uuid } from './common.js';
import { lendingCan, sponsorCan } from './lending-can.js';
import { itemsByStatus, namedRef, note } from './lending-common.js';

/** A sponsor's contact that may be left empty; a new sponsor fills it with null, an edit leaves out what it keeps. */
const contact = {
  contactName: z.string().trim().min(1).max(120).nullable(),
  contactPhone: phone.nullable(),
  contactEmail: email.nullable(),
  note: note.nullable(),
};

export const sponsorBody = z.strictObject({
  organisationId: uuid,
  name: z.string().trim().min(1).max(160),
  kind: z.enum(sponsorKinds),
  contactName: contact.contactName.default(null),
  contactPhone: contact.contactPhone.default(null),
  contactEmail: contact.contactEmail.default(null),
  note: contact.note.default(null),
});
export type SponsorBody = z.input<typeof sponsorBody>;

// No defaults in an edit: a default would blank the sponsor's contact (and nothing would ever be "nothing to
// change").
export const updateSponsorBody = sponsorBody
  .omit({ organisationId: true })
  .extend(contact)
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing_to_change' });
export type UpdateSponsorBody = z.infer<typeof updateSponsorBody>;

export const sponsorQuery = pageQuery.extend({ organisationId: uuid.optional() });
export type SponsorQuery = z.input<typeof sponsorQuery>;

/** The figures a sponsor sees (and the desk sees on the sponsor's row). */
export const sponsorFigures = z.object({
  items: z.number().int(),
  itemsByStatus,
  /** Loans their items served (cancelled ones left out), and how many are out now. */
  loansServed: z.number().int(),
  loansOut: z.number().int(),
  /** Different patients their items reached. */
  patientsServed: z.number().int(),
  itemsLost: z.number().int(),
});
export type SponsorFigures = z.infer<typeof sponsorFigures>;

export const sponsorView = z.object({
  id: uuid,
  organisation: namedRef,
  name: z.string(),
  kind: z.enum(sponsorKinds),
  contactName: z.string().nullable(),
  /** Masked until revealed. */
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  note: z.string().nullable(),
  hasLink: z.boolean(),
  linkCreatedAt: z.string().nullable(),
  figures: sponsorFigures,
  can: sponsorCan,
});
export type SponsorView = z.infer<typeof sponsorView>;

export const sponsorList = z.object({ items: z.array(sponsorView), total: z.number().int(), can: lendingCan });
export type SponsorList = z.infer<typeof sponsorList>;

/** The new private link, shown once. */
export const sponsorLinkView = z.object({ url: z.string(), createdAt: z.string() });
export type SponsorLinkView = z.infer<typeof sponsorLinkView>;

/** The public page: the sponsor's name, the organisation, and counts. No patient, no phone, no address. */
export const sponsorPublicView = z.object({
  sponsorName: z.string(),
  organisationName: z.string(),
  figures: sponsorFigures,
  items: z.array(
    z.object({
      label: z.string(),
      kind: z.enum(itemKinds),
      cylinderType: z.enum(cylinderTypes).nullable(),
      loansServed: z.number().int(),
      out: z.boolean(),
    }),
  ),
  asOf: z.string(),
});
export type SponsorPublicView = z.infer<typeof sponsorPublicView>;
