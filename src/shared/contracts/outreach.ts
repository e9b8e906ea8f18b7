// Matching a case's blood, plasma or platelets need with donors, and asking them (issue #12, items 5, 6, 7, 9).
// Routes under /api/v1/cases/{id}/needs/{needId}/…: candidates (ranked, with the near misses and why), asks (one
// donor now), outreach (waves that widen), outreach/stop, replacement-donors; and the donor's signed link under
// /api/v1/public/donor-answers/{token}. Donors' phone numbers are always masked here: the donors' own routes reveal.
import { z } from 'zod';
import {
  aboRhGroups,
  bloodProducts,
  candidateExclusions,
  compatibilityReasons,
  donorAnswerChannels,
  donorAnswers,
  donorAskKinds,
  donorAskOutcomes,
  donorAskStates,
  donorCategories,
  donorProducts,
  eligibilityReasonCodes,
  languages,
  locationSources,
  matchingBlocks,
  outreachStates,
  outreachStopReasons,
  priorities,
  resourceCodes,
} from '../enums.js';
import { uuid } from './common.js';
import { donorInput } from './donor-input.js';

/** One reason, with the values its text needs (ISO days as `date`, ISO instants as `at`, numbers as numbers). */
const reasonParams = z.record(z.string(), z.union([z.string(), z.number()]));

/**
 * Why a donor is not a candidate. Parameters by code:
 * - `ineligible`: `date` (the day they become eligible; absent when no day is known) and `reasons` (the
 *   eligibility reason codes, comma-separated, texts blood.reason.<code>), with `eligibility` below in full;
 * - `convalescent_ineligible`: `reason` (a `convalescentReasons` code) and `date` when it passes on a known day;
 * - `incompatible`: `reason` (a compatibility reason code);
 * - `already_asked`: `state` (the ask's state);
 * - `booked_for_transfusion`: `state` (their booking's state: booked, confirmed or donated) — the case is a
 *   thalassemia transfusion's shortfall and this donor is already booked from the child's pool for it;
 * - `fatigued`: `count` (asks in the last `days` days, across organisations, by phone), `limit`, `days`,
 *   `lastAskedDays` (days since the last ask);
 * - `too_far`: `distanceKm`, `radiusKm` (one decimal);
 * - `unverified_held_back`: `verified` (verified eligible donors within reach);
 * - the others: none.
 */
export const candidateExclusion = z.object({
  code: z.enum(candidateExclusions),
  params: reasonParams,
});
export type CandidateExclusionView = z.infer<typeof candidateExclusion>;

export const eligibilityReasonView = z.object({ code: z.enum(eligibilityReasonCodes), params: reasonParams });

/** A donor as matching shows them: enough to judge and to call through the donor's record, never the number. */
export const matchedDonorView = z.object({
  id: uuid,
  name: z.string(),
  /** Masked: +91 98xxx xx345. */
  phone: z.string(),
  bloodGroup: z.enum(aboRhGroups).nullable(),
  /** A blood centre confirmed the group (else self-declared). */
  groupConfirmed: z.boolean(),
  verified: z.boolean(),
  category: z.enum(donorCategories),
  language: z.enum(languages),
  organisation: z.object({ id: uuid, name: z.string() }),
  districtCode: z.string(),
  locality: z.string().nullable(),
  locationSource: z.enum(locationSources),
});
export type MatchedDonorView = z.infer<typeof matchedDonorView>;

/** How a donor answered before (every organisation's asks of this donor record). */
export const reliabilityView = z.object({
  timesAsked: z.number().int(),
  timesYes: z.number().int(),
  timesNo: z.number().int(),
  /** 0..1, the share of YES with a prior of one YES in two asks; what ranking reads. */
  score: z.number(),
});

export const candidateView = z.object({
  donor: matchedDonorView,
  /** Great-circle km from the patient's place; one decimal. */
  distanceKm: z.number(),
  compatibility: z.object({ preferred: z.boolean(), reason: z.enum(compatibilityReasons) }),
  reliability: reliabilityView,
  lastAskedAt: z.string().nullable(),
  /** Asks of this phone in the last 30 days, across organisations. */
  asksLast30Days: z.number().int(),
  /** The day from which the donor may give the product (today or earlier for a candidate). */
  eligibleFrom: z.string().nullable(),
  /** Facts the eligibility decision assumed (not given yet): dateOfBirth, sex, weight. */
  eligibilityAssumed: z.array(z.string()),
  /** 1 for the first to ask; null for a near miss. */
  rank: z.number().int().nullable(),
  /** Empty for a candidate; every reason for a near miss, the headline first. */
  exclusions: z.array(candidateExclusion),
  /** For `ineligible`: the full decision's reasons (texts blood.reason.<code>). */
  eligibilityReasons: z.array(eligibilityReasonView),
  /** Asked now, the message would wait until then (quiet hours, the donor's contact hours); null: at once. */
  sendAfter: z.string().nullable(),
});
export type CandidateView = z.infer<typeof candidateView>;

/** One donor asked for one need. */
export const askView = z.object({
  id: uuid,
  donor: matchedDonorView,
  kind: z.enum(donorAskKinds),
  state: z.enum(donorAskStates),
  wave: z.number().int(),
  distanceKm: z.number().nullable(),
  askedAt: z.string(),
  askedBy: z.object({ id: uuid, name: z.string() }).nullable(),
  /** A queued ask goes out then. */
  sendAfter: z.string().nullable(),
  sentAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
  answerChannel: z.enum(donorAnswerChannels).nullable(),
});
export type AskView = z.infer<typeof askView>;

export const askCounts = z.object({
  queued: z.number().int(),
  sent: z.number().int(),
  matched: z.number().int(),
  yes: z.number().int(),
  no: z.number().int(),
  expired: z.number().int(),
  cancelled: z.number().int(),
});

/** What a need asks for, and how far it is arranged. */
export const outreachNeedView = z.object({
  id: uuid,
  resource: z.enum(resourceCodes),
  bloodGroup: z.enum(aboRhGroups).nullable(),
  /** What the patient receives: red cells for `blood`, platelets, plasma. */
  product: z.enum(bloodProducts).nullable(),
  /** What the asked donors give: whole blood for `blood`, or platelets or plasma by apheresis. */
  donorProduct: z.enum(donorProducts).nullable(),
  /** Convalescent plasma rules apply (a plasma need, the organisation's policy on). */
  convalescent: z.boolean(),
  unitsRequested: z.number().int(),
  /** Donors matched (said YES in time) plus units recorded as delivered. */
  unitsArranged: z.number().int(),
  unitsStillNeeded: z.number().int(),
});
export type OutreachNeedView = z.infer<typeof outreachNeedView>;

export const outreachView = z.object({
  /** `idle`: never started for this need. */
  state: z.enum([...outreachStates, 'idle']),
  priority: z.enum(priorities),
  radiusKm: z.number(),
  maxRadiusKm: z.number(),
  wave: z.number().int(),
  /** When the next wave widens the radius, unless enough donors say YES first. */
  nextWaveAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  startedBy: z.object({ id: uuid, name: z.string() }).nullable(),
  stoppedAt: z.string().nullable(),
  stopReason: z.enum(outreachStopReasons).nullable(),
  counts: askCounts,
  /** How many a wave would ask now: asks per unit × units still needed − asks awaiting an answer. */
  nextWaveSize: z.number().int(),
  /** Kolkata quiet hours are on now and the case is not critical: asks wait until morning. */
  quietHoursNow: z.boolean(),
});
export type OutreachView = z.infer<typeof outreachView>;

export const outreachCan = z.object({
  ask: z.boolean(),
  start: z.boolean(),
  stop: z.boolean(),
  addReplacement: z.boolean(),
});
export type OutreachCan = z.infer<typeof outreachCan>;

/** GET …/needs/{needId}/candidates */
export const candidatesView = z.object({
  need: outreachNeedView,
  /** Where distances are measured from: the case's coordinates, else its PIN code, locality or district. */
  centre: z.object({ lat: z.number(), lon: z.number(), source: z.enum(['case', ...locationSources]) }),
  /** The radius candidates are drawn from now (the run's, else the policy's first). */
  radiusKm: z.number(),
  /** Why nothing can be matched (then both lists are empty). */
  blocked: z.enum(matchingBlocks).nullable(),
  /** Ranked, best first; at most 50. */
  candidates: z.array(candidateView),
  /** Donors near the patient who are not asked, with every reason; nearest first, at most 30. */
  nearMisses: z.array(candidateView),
  outreach: outreachView,
  can: outreachCan,
});
export type CandidatesView = z.infer<typeof candidatesView>;

/** GET …/needs/{needId}/asks (also the answer to every action below). */
export const asksView = z.object({
  need: outreachNeedView,
  items: z.array(askView),
  outreach: outreachView,
  can: outreachCan,
});
export type AsksView = z.infer<typeof asksView>;

/** POST …/needs/{needId}/asks: ask one donor now (the operator chose them). */
export const askDonorBody = z.strictObject({ donorId: uuid });
export type AskDonorBody = z.infer<typeof askDonorBody>;

/** POST …/needs/{needId}/outreach: start waves (nothing to choose: the policy says how). */
export const startOutreachBody = z.strictObject({});

/** POST …/needs/{needId}/outreach/stop */
export const stopOutreachBody = z.strictObject({ note: z.string().trim().min(1).max(500).optional() });
export type StopOutreachBody = z.infer<typeof stopOutreachBody>;

/**
 * POST …/needs/{needId}/replacement-donors: a donor the family brings, registered (category family_replacement,
 * whatever the body says) and recorded against the need as matched.
 */
export const replacementDonorBody = donorInput;
export type ReplacementDonorBody = z.input<typeof replacementDonorBody>;

/** GET /api/v1/public/donor-answers/{token}: what the donor is asked; no name of the patient, no numbers. */
export const donorAskPublicView = z.object({
  outcome: z.enum(donorAskOutcomes),
  /** The language the donor chose: the page opens in it. */
  language: z.enum(languages),
  bloodGroup: z.enum(aboRhGroups).nullable(),
  product: z.enum(bloodProducts),
  units: z.number().int(),
  /** Locality and district of the patient, in the donor's language where known. */
  area: z.string(),
  hospital: z.string().nullable(),
  organisation: z.string(),
  caseReference: z.string(),
  askedAt: z.string(),
  answer: z.enum(donorAnswers).nullable(),
  /** Only once matched: where to go and whom to call at the desk. */
  contact: z.object({ hospital: z.string().nullable(), deskPhone: z.string().nullable() }).nullable(),
});
export type DonorAskPublicView = z.infer<typeof donorAskPublicView>;

/** POST /api/v1/public/donor-answers/{token} */
export const donorAnswerBody = z.strictObject({ answer: z.enum(donorAnswers) });
export type DonorAnswerBody = z.infer<typeof donorAnswerBody>;
