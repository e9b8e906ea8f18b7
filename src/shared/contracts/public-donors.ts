// The public's side of the donor registry (issue #12): registering on /donate with a one-time code sent to the
// phone, and a donor reading their own donations and next eligible day on /donate/me. No sign-in: the code proves
// the phone, and the limits of the public help form apply (per address and per phone, then a proof of work).
import { z } from 'zod';
import { aboRhGroups, donorProducts, languages } from '../enums.js';
import { districtCode, phone } from './common.js';
import { donorInput, isoDay } from './donor-input.js';
import { productEligibilityView } from './donors.js';

/** Six digits, as the message shows them; spaces people type between them are dropped. */
export const phoneCodeValue = z
  .string()
  .transform((value) => value.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^[0-9]{6}$/));

/** What stops form-filling robots, as on the public help form (contracts/public.ts). */
const robotChecks = {
  /** A honeypot: people never see it, bots fill it. */
  website: z.string().max(200).optional(),
  /** Proof-of-work solution (base64), required only when the server asks for it (code `challenge_required`). */
  altcha: z.string().max(4000).optional(),
};

/** A registration as the donor gives it: the registry's one shape, without a category (see publicDonorBody). */
const publicRegistration = donorInput.omit({ category: true });

/**
 * Send a code to register with. The code goes by the channel chosen (WhatsApp unless SMS is asked for), in the
 * language given, from the organisation serving `district` when given (else from any that can send).
 */
export const donorCodeBody = z.strictObject({
  phone,
  language: z.enum(languages).default('hi'),
  channel: z.enum(['whatsapp', 'sms']).optional(),
  district: districtCode.optional(),
  /**
   * The registration the code is for, when known: checked as the registration will be (age, weight, the district
   * served), so what would refuse it is said now, before a code is sent, not after it is typed in. Same phone.
   */
  registration: publicRegistration.optional(),
  ...robotChecks,
});
export type DonorCodeBody = z.input<typeof donorCodeBody>;

/** The answer to a code request: the same whether or not anything was sent (the phone's state is not revealed). */
export const donorCodeSent = z.object({
  /** How long a code works, in minutes. */
  validMinutes: z.number().int(),
});
export type DonorCodeSent = z.infer<typeof donorCodeSent>;

/**
 * A registration by the donor: the registry's one shape plus the code. The organisation is the one serving the
 * district (400 `district_not_served` on `district` when none does). The same phone registering again updates.
 * No category: someone registering themselves is a citizen until an operator records otherwise (the figures count
 * police and volunteers by what the organisation knows, not by what anyone says of themselves).
 */
export const publicDonorBody = publicRegistration.extend({ code: phoneCodeValue });
export type PublicDonorBody = z.input<typeof publicDonorBody>;

export const publicDonorRegistered = z.object({
  created: z.boolean(),
  organisation: z.string(),
  /** The earliest day any of their products may be given; null when no day is known. */
  nextEligibleOn: isoDay.nullable(),
});
export type PublicDonorRegistered = z.infer<typeof publicDonorRegistered>;

/** Send a code to read one's own record with (sent only when the phone is registered; answered the same). */
export const donorSelfCodeBody = z.strictObject({ phone, ...robotChecks });
export type DonorSelfCodeBody = z.input<typeof donorSelfCodeBody>;

export const donorSelfBody = z.strictObject({ phone, code: phoneCodeValue });
export type DonorSelfBody = z.input<typeof donorSelfBody>;

/** One donation as its donor sees it: what, where, when, and where the blood went as they were told. */
export const ownDonationView = z.object({
  product: z.enum(donorProducts),
  units: z.number().int(),
  bloodCentre: z.string(),
  donatedOn: isoDay,
  reachedNote: z.string().nullable(),
});
export type OwnDonationView = z.infer<typeof ownDonationView>;

/** A donor's registration with one organisation, as the donor sees it: their own data and nothing of anyone else. */
export const ownDonorRecord = z.object({
  organisation: z.string(),
  name: z.string(),
  bloodGroup: z.enum(aboRhGroups).nullable(),
  groupConfirmed: z.boolean(),
  district: z.object({ code: z.string(), name: z.string(), nameHi: z.string() }),
  products: z.array(z.enum(donorProducts)),
  language: z.enum(languages),
  verified: z.boolean(),
  registeredAt: z.string(),
  consentWithdrawn: z.boolean(),
  optedOut: z.boolean(),
  eligibleNow: z.boolean(),
  /** The earliest day any of their products may be given (today when eligible now); null when none is known. */
  nextEligibleOn: isoDay.nullable(),
  eligibility: z.array(productEligibilityView),
  /** Newest first. */
  donations: z.array(ownDonationView),
});
export type OwnDonorRecord = z.infer<typeof ownDonorRecord>;

/** Every registration of the phone (one per organisation it registered with). */
export const donorSelfView = z.object({ records: z.array(ownDonorRecord) });
export type DonorSelfView = z.infer<typeof donorSelfView>;
