// Blood and plasma (issue #12): groups, products, rare phenotypes and Rh/Kell antigens, deferrals, the eligibility
// rule sets and the codes the rules answer with. Values are stored as text: never rename one in place.
import { bloodGroups, type BloodGroup } from './cases.js';

/** ABO and RhD together: the same values as a case's `bloodGroups` (one set, two names). */
export const aboRhGroups = bloodGroups;
export type AboRhGroup = BloodGroup;

/** What a need asks for and what a donation yields. */
export const bloodProducts = ['whole_blood', 'red_cells', 'plasma', 'platelets'] as const;
export type BloodProduct = (typeof bloodProducts)[number];

/**
 * What a donor is willing to give: whole blood (separated into red cells, plasma and platelets at the centre), or
 * platelets or plasma by apheresis.
 */
export const donorProducts = ['whole_blood', 'platelets', 'plasma'] as const satisfies readonly BloodProduct[];
export type DonorProduct = (typeof donorProducts)[number];

/** A donor's weight when only a band is known (kg): under 45, 45 to 55, over 55 — the bag-size thresholds. */
export const weightBands = ['<45', '45-55', '>55'] as const;
export type WeightBand = (typeof weightBands)[number];

/** Rare phenotypes that are never substituted: their people take, and their donors give, only their own kind. */
export const rarePhenotypes = ['bombay_oh'] as const;
export type RarePhenotype = (typeof rarePhenotypes)[number];

/** The Rh (C, c, E, e) and Kell (K) antigens thalassemia patients are matched for, at least. */
export const rhKellAntigens = ['C', 'c', 'E', 'e', 'K'] as const;
export type RhKellAntigen = (typeof rhKellAntigens)[number];

export const antigenStates = ['+', '-', 'unknown'] as const;
export type AntigenState = (typeof antigenStates)[number];

/** A person's typed Rh/Kell antigens; an antigen left out is unknown, as is one marked 'unknown'. */
export type RhKellAntigens = Partial<Record<RhKellAntigen, AntigenState>>;

/**
 * Temporary deferrals. All but `centre_deferral` are the donor's own answers; `centre_deferral` is what a blood
 * centre recorded (e.g. low haemoglobin), with its until-date, and it wins over the donor's answers. Pregnancy and
 * breast-feeding are states (deferred while they last); the rest are dated events.
 */
export const deferralKinds = [
  'delivery',
  'abortion',
  'breast_feeding',
  'pregnancy',
  'surgery_major',
  'surgery_minor',
  'malaria',
  'dengue',
  'chikungunya',
  'zika',
  'typhoid',
  'tattoo',
  'piercing',
  'covid_recovery',
  'covid_vaccine_dose',
  'centre_deferral',
] as const;
export type DeferralKind = (typeof deferralKinds)[number];

/** Deferrals that run from a dated event: the delivery, the recovery, the tattoo, the vaccine dose. */
export const eventDeferralKinds = [
  'delivery',
  'abortion',
  'surgery_major',
  'surgery_minor',
  'malaria',
  'dengue',
  'chikungunya',
  'zika',
  'typhoid',
  'tattoo',
  'piercing',
  'covid_recovery',
  'covid_vaccine_dose',
] as const satisfies readonly DeferralKind[];
export type EventDeferralKind = (typeof eventDeferralKinds)[number];

/**
 * The contested 2017 clauses (permanent deferral of transgender people, men who have sex with men and sex workers),
 * under challenge in the Supreme Court. They apply only where an organisation's policy switches them on.
 */
export const contestedDeferralClauses = ['transgender', 'men_who_have_sex_with_men', 'sex_worker'] as const;
export type ContestedDeferralClause = (typeof contestedDeferralClauses)[number];

/**
 * Versions of the donor eligibility rules, named after the documents they follow; every decision records one.
 * The first is current: NBTC donor selection guidelines (June 2017), Drugs & Cosmetics Rules as amended in 2020,
 * and NBTC's COVID-19 advice as of May 2021 (14 days after each vaccine dose). A successor is added here, with its
 * rule function, and the older versions stay so past decisions can still be read.
 */
export const eligibilityRuleSets = ['NBTC-2017/DC-2020/COVID-2021-05'] as const;
export type EligibilityRuleSet = (typeof eligibilityRuleSets)[number];
export const currentEligibilityRuleSet: EligibilityRuleSet = 'NBTC-2017/DC-2020/COVID-2021-05';

/** Why a donor is not eligible (texts: blood.reason.<code>). */
export const eligibilityReasonCodes = [
  'age_under_minimum',
  'age_over_maximum',
  'age_over_first_time',
  'age_over_apheresis',
  'ages_out_before_eligible',
  'weight_below_350',
  'weight_not_over_450',
  'weight_below_apheresis',
  'weight_unconfirmed_apheresis',
  'whole_blood_interval',
  'apheresis_interval',
  'apheresis_week_limit',
  'apheresis_year_limit',
  'whole_blood_before_plateletpheresis',
  'plateletpheresis_before_whole_blood',
  'plateletpheresis_incomplete_reinfusion',
  ...eventDeferralKinds,
  'pregnancy',
  'breast_feeding',
  'breast_feeding_until',
  'centre_deferral',
  'centre_deferral_indefinite',
  'contested_clause',
] as const;
export type EligibilityReasonCode = (typeof eligibilityReasonCodes)[number];

/** Why a donor's product suits a recipient or not (texts: blood.compatibility.<code>). */
export const compatibilityReasons = [
  'identical',
  'abo_non_identical',
  'rhd_non_identical',
  'antigens_unknown',
  'rare_phenotype_required',
  'rare_phenotype_reserved',
  'abo_incompatible',
  'rhd_incompatible',
  'rhd_negative_required',
  'antigen_mismatch',
] as const;
export type CompatibilityReason = (typeof compatibilityReasons)[number];

/** Who a donor is, for the figures the helplines report ("21 citizens and 15 police personnel"). */
export const donorCategories = [
  'citizen',
  'police',
  'ngo_volunteer',
  'party_volunteer',
  'staff',
  'family_replacement',
] as const;
export type DonorCategory = (typeof donorCategories)[number];

/** How a donor came into the registry (and how their consent was given). */
export const donorSources = ['web', 'whatsapp', 'sms', 'operator', 'import', 'lead', 'replacement', 'demo'] as const;
export type DonorSource = (typeof donorSources)[number];

/** Identity documents an operator may record having seen (never their numbers). */
export const donorIdKinds = ['aadhaar', 'voter_id', 'driving_licence', 'police_id', 'pan', 'other'] as const;
export type DonorIdKind = (typeof donorIdKinds)[number];

/** Where a donor's coordinates came from: their PIN code, their locality or town, or only their district. */
export const locationSources = ['pincode', 'locality', 'place', 'district'] as const;
export type LocationSource = (typeof locationSources)[number];

/** A donor's history: every change is one of these, with who and when. */
export const donorEventTypes = [
  'registered',
  'updated',
  'verification_call',
  'id_seen',
  'group_confirmed',
  'verified',
  'centre_deferral',
  'consent_withdrawn',
  'opted_out',
  'asked',
  'answered',
  'matched',
  'donation_recorded',
  'thanked',
] as const;
export type DonorEventType = (typeof donorEventTypes)[number];

/**
 * One donor asked for one need. `queued` waits for the donor's contact hours; `sent` awaits an answer; `yes` said
 * yes but the units were already arranged (thanked, not matched); `matched` counts towards the need; `no`, `expired`
 * (no answer before the wave moved on or the case closed) and `cancelled` (outreach stopped before it went out).
 */
export const donorAskStates = ['queued', 'sent', 'matched', 'yes', 'no', 'expired', 'cancelled'] as const;
export type DonorAskState = (typeof donorAskStates)[number];

/** How a donor came to be asked: by a wave, by an operator choosing them, or brought by the family. */
export const donorAskKinds = ['wave', 'direct', 'replacement'] as const;
export type DonorAskKind = (typeof donorAskKinds)[number];

/** How an answer came: a reply on WhatsApp or SMS, the signed link, or an operator who spoke to them. */
export const donorAnswerChannels = ['whatsapp', 'sms', 'link', 'operator'] as const;
export type DonorAnswerChannel = (typeof donorAnswerChannels)[number];

/** A need's outreach: running (waves go out and widen), or stopped (by an operator, or the case closing) or done. */
export const outreachStates = ['running', 'stopped', 'done'] as const;
export type OutreachState = (typeof outreachStates)[number];
