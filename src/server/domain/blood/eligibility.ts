// Whether a donor may give now, and from which day (DOMAIN.md §3). Each rule set is one function, chosen by its
// version, and every decision names the version it used: the rules changed several times in 2020-21.
//
// Counting: "days" are whole calendar days in Asia/Kolkata (a donation on 1 March allows the next, 90 days later,
// on 30 May, whatever the hours); "months" are calendar months (the same day of the month N months later, or the
// first of the month after when that month is shorter — see calendar.ts); the 48-hour apheresis gap is counted in
// hours. `from` is a calendar day; under the 48-hour rule the donor is eligible from the hour given as `at`.
//
// Who decides: a blood centre's deferral (e.g. low haemoglobin) wins over the donor's own answers — nothing the
// donor declares shortens or clears it — and the donor's dated answers still count beside it, since they may be
// newer than the centre's record; the latest date wins.
import {
  currentEligibilityRuleSet,
  type ContestedDeferralClause,
  type DonorProduct,
  type EligibilityReasonCode,
  type EligibilityRuleSet,
  type EventDeferralKind,
  type Sex,
  type WeightBand,
} from '../../../shared/enums.js';
import { addDays, addMonths, addYears, checkedDay, fullYears, kolkataDay, laterDay, type IsoDay } from './calendar.js';

export interface PastDonation {
  product: DonorProduct;
  /** When it was given (an instant: the 48-hour apheresis gap counts hours, the other rules Kolkata days). */
  date: Date;
  /** Plateletpheresis whose red cells were not all returned to the donor: 90 days before whole blood. */
  reinfusionIncomplete?: boolean;
}

/** The donor's own answer: an event and its ISO day — the delivery, the recovery, the tattoo, the vaccine dose. */
export interface SelfDeclaredDeferral {
  kind: EventDeferralKind;
  /**
   * The day it happened; for illnesses and surgery the day of recovery; for COVID-19 the day of discharge or the
   * end of home isolation.
   */
  date: IsoDay;
}

/** What a blood centre recorded; it wins over the donor's answers. */
export interface CentreDeferral {
  /** The day the deferral ends, from which the donor is eligible again; null: deferred with no end date. */
  until: IsoDay | null;
  /** The centre's reason as it recorded it (e.g. "low haemoglobin"), shown with the decision. */
  reason: string;
}

export interface DonorFacts {
  dateOfBirth: IsoDay;
  sex: Sex;
  /** Kilograms, or a band when the donor has not been weighed. */
  weight: number | WeightBand;
  /** Has never given blood; a past donation on record overrides it. */
  firstTimeDonor: boolean;
  donations: readonly PastDonation[];
  deferrals: readonly SelfDeclaredDeferral[];
  /** Pregnant now: deferred while it lasts (the delivery or abortion that ends it is then declared). */
  pregnant: boolean;
  /** Breast-feeding now: deferred while it lasts, until `breastFeedingUntil` when the end is known. */
  breastFeeding: boolean;
  breastFeedingUntil?: IsoDay | null;
  centreDeferral: CentreDeferral | null;
  /** Self-declared answers under the contested 2017 clauses; read only when the policy switches them on. */
  contestedClauses?: readonly ContestedDeferralClause[];
}

export interface EligibilityOptions {
  /** The rule set to decide by; the current one unless a past decision is being replayed. */
  ruleSet?: EligibilityRuleSet;
  /** Whole-blood bag size; 350 ml unless the organisation or centre says 450 (it sets the weight rule). */
  bagMl?: 350 | 450;
  /**
   * Platelets or plasma by apheresis (the default for those products); false when they are to be separated from
   * a whole-blood donation, which the whole-blood rules then govern. Ignored for whole blood.
   */
  apheresis?: boolean;
  /** The contested 2017 permanent-deferral clauses: off unless the organisation's policy sets it. */
  permanentDeferralClauses?: boolean;
}

export interface EligibilityReason {
  code: EligibilityReasonCode;
  /** Values for the text blood.reason.<code>: `date` is an ISO day, `at` an ISO instant. */
  params: Record<string, string | number>;
}

export interface EligibilityDecision {
  eligible: boolean;
  /**
   * The ISO day (Asia/Kolkata) from which the donor is eligible: today when eligible now, else the latest of all
   * the temporary reasons; null when these rules give no such day (too old, too light, pregnant, deferred with
   * no end date, a permanent clause).
   */
  from: IsoDay | null;
  /** Every reason the donor is not eligible now, not only the first. Empty when eligible. */
  reasons: EligibilityReason[];
  ruleSet: EligibilityRuleSet;
}

/** The values a rule set decides by; a successor that changes only values reuses `decide` with its own. */
export interface EligibilityValues {
  age: { minimum: number; maximum: number; firstTimeMaximum: number; apheresisMaximum: number };
  weightKg: { bag350AtLeast: number; bag450Over: number; apheresisAtLeast: number };
  /** Whole blood after whole blood, by the donor's sex. */
  wholeBloodDays: Record<Sex, number>;
  apheresis: { minimumHours: number; perWeek: number; weekDays: number; perYear: number; yearDays: number };
  /** Whole blood ↔ plateletpheresis, and whole blood after a plateletpheresis with incomplete red-cell return. */
  wholeBloodPlateletpheresisDays: number;
  incompleteReinfusionDays: number;
  deferrals: Record<EventDeferralKind, { months: number } | { days: number }>;
}

/**
 * NBTC Guidelines for Blood Donor Selection and Referral (June 2017), the Drugs & Cosmetics Rules as amended in
 * 2020, NBTC's COVID-19 recovery advice (June 2020) and its vaccine advice of 5 May 2021 (14 days after each dose).
 */
export const nbtc2017Values: EligibilityValues = {
  age: { minimum: 18, maximum: 65, firstTimeMaximum: 60, apheresisMaximum: 60 },
  weightKg: { bag350AtLeast: 45, bag450Over: 55, apheresisAtLeast: 50 },
  // The guidelines give 90 days for men and 120 for women. For 'other' we take 120 days, the longer: the iron a
  // donor rebuilds between donations is what the interval protects, and we cannot know which applies.
  wholeBloodDays: { male: 90, female: 120, other: 120 },
  apheresis: { minimumHours: 48, perWeek: 2, weekDays: 7, perYear: 24, yearDays: 365 },
  wholeBloodPlateletpheresisDays: 28,
  incompleteReinfusionDays: 90,
  deferrals: {
    delivery: { months: 12 },
    abortion: { months: 6 },
    surgery_major: { months: 12 },
    surgery_minor: { months: 6 },
    malaria: { months: 3 },
    dengue: { months: 6 },
    chikungunya: { months: 6 },
    zika: { months: 4 },
    typhoid: { months: 12 },
    tattoo: { months: 12 },
    piercing: { months: 12 },
    covid_recovery: { days: 28 },
    covid_vaccine_dose: { days: 14 },
  },
};

type RuleSetFunction = (
  facts: DonorFacts,
  product: DonorProduct,
  on: Date,
  options: EligibilityOptions,
) => Omit<EligibilityDecision, 'ruleSet'>;

/** NBTC-2017/DC-2020/COVID-2021-05, the current rule set. */
export const nbtc2017Dc2020Covid202105: RuleSetFunction = (facts, product, on, options) =>
  decide(nbtc2017Values, facts, product, on, options);

const ruleSets: Record<EligibilityRuleSet, RuleSetFunction> = {
  'NBTC-2017/DC-2020/COVID-2021-05': nbtc2017Dc2020Covid202105,
};

/** Whether the donor may give `product` at the instant `on`, and from which day, by the chosen rule set. */
export function eligibility(
  facts: DonorFacts,
  product: DonorProduct,
  on: Date,
  options: EligibilityOptions = {},
): EligibilityDecision {
  const ruleSet = options.ruleSet ?? currentEligibilityRuleSet;
  return { ...ruleSets[ruleSet](facts, product, on, options), ruleSet };
}

const hourMs = 3_600_000;

/** A reason with the day it stops applying (null: no such day). */
interface Finding extends EligibilityReason {
  until: IsoDay | null;
}

/** The rules, given a rule set's values. */
export function decide(
  values: EligibilityValues,
  facts: DonorFacts,
  product: DonorProduct,
  on: Date,
  options: EligibilityOptions,
): Omit<EligibilityDecision, 'ruleSet'> {
  const today = kolkataDay(on);
  const findings: Finding[] = [];
  const permanent = (code: EligibilityReasonCode, params: Record<string, string | number> = {}) =>
    findings.push({ code, params, until: null });
  /** A rule that holds until `until`: a reason only while today is before it. */
  const untilDay = (code: EligibilityReasonCode, until: IsoDay, params: Record<string, string | number> = {}) => {
    if (today < until) findings.push({ code, params: { ...params, date: until }, until });
  };

  const apheresis = product !== 'whole_blood' && (options.apheresis ?? true);
  const plateletpheresis = apheresis && product === 'platelets';
  const donations = facts.donations
    .filter((d) => d.date.getTime() <= on.getTime())
    .toSorted((a, b) => b.date.getTime() - a.date.getTime());
  const firstTime = facts.firstTimeDonor && donations.length === 0;

  // The contested 2017 clauses: permanent, and only where the organisation's policy switches them on.
  if (options.permanentDeferralClauses) {
    for (const clause of new Set(facts.contestedClauses ?? [])) permanent('contested_clause', { clause });
  }

  // Age: 18-65; first-time donors at most 60; apheresis 18-60.
  const birth = checkedDay(facts.dateOfBirth);
  const age = fullYears(birth, today);
  const { age: ages } = values;
  untilDay('age_under_minimum', addYears(birth, ages.minimum), { age: ages.minimum });
  if (age > ages.maximum) permanent('age_over_maximum', { age: ages.maximum });
  if (apheresis && age > ages.apheresisMaximum) permanent('age_over_apheresis', { age: ages.apheresisMaximum });
  if (firstTime && age > ages.firstTimeMaximum) permanent('age_over_first_time', { age: ages.firstTimeMaximum });
  const oldestAge = Math.min(
    ages.maximum,
    apheresis ? ages.apheresisMaximum : ages.maximum,
    firstTime ? ages.firstTimeMaximum : ages.maximum,
  );

  // Weight: by bag size, or for apheresis; a band that straddles the threshold is not enough to say yes.
  const { weight } = facts;
  const { weightKg } = values;
  if (apheresis) {
    const min = weightKg.apheresisAtLeast;
    if (typeof weight === 'number' ? weight < min : weight === '<45') permanent('weight_below_apheresis', { kg: min });
    else if (weight === '45-55') permanent('weight_unconfirmed_apheresis', { kg: min });
  } else if ((options.bagMl ?? 350) === 350) {
    const min = weightKg.bag350AtLeast;
    if (typeof weight === 'number' ? weight < min : weight === '<45')
      permanent('weight_below_350', { kg: min, ml: 350 });
  } else {
    const over = weightKg.bag450Over;
    if (typeof weight === 'number' ? weight <= over : weight !== '>55') {
      permanent('weight_not_over_450', { kg: over, ml: 450 });
    }
  }

  // Intervals after past donations.
  const dayOf = (d: PastDonation) => kolkataDay(d.date);
  const lastWholeBlood = donations.find((d) => d.product === 'whole_blood');
  const apheresisDonations = donations.filter((d) => d.product !== 'whole_blood');
  const plateletDonations = donations.filter((d) => d.product === 'platelets');
  const lastApheresis = apheresisDonations[0];

  // "At least 48 hours after platelet or plasma apheresis": the guidelines put it after any apheresis, so it holds
  // before whole blood too (where, after platelets, the 28 days below are longer anyway).
  if (lastApheresis) {
    const at = new Date(lastApheresis.date.getTime() + values.apheresis.minimumHours * hourMs);
    if (on < at) {
      const date = kolkataDay(at);
      findings.push({
        code: 'apheresis_interval',
        params: { hours: values.apheresis.minimumHours, date, at: at.toISOString() },
        until: date,
      });
    }
  }

  if (apheresis) {
    // At most 2 in any 7 days and 24 in any 365 (windows of Kolkata days ending today): refused until the oldest
    // donation that fills the window drops out of it.
    const limit = (code: EligibilityReasonCode, count: number, days: number) => {
      const inWindow = apheresisDonations.map(dayOf).filter((day) => day > addDays(today, -days));
      const filling = inWindow[count - 1];
      if (filling !== undefined) untilDay(code, addDays(filling, days), { count, days });
    };
    limit('apheresis_week_limit', values.apheresis.perWeek, values.apheresis.weekDays);
    limit('apheresis_year_limit', values.apheresis.perYear, values.apheresis.yearDays);
  } else if (lastWholeBlood) {
    const days = values.wholeBloodDays[facts.sex];
    untilDay('whole_blood_interval', addDays(dayOf(lastWholeBlood), days), { days });
  }

  // 28 days between whole blood and plateletpheresis, both ways, as the 2017 guidelines state each direction:
  // no plateletpheresis within 28 days after whole blood, and no whole blood within 28 days after a
  // plateletpheresis (90 when its red cells were not all returned). Neither source sets a gap between whole blood
  // and plasmapheresis beyond the 48 hours above, so none is invented here.
  if (plateletpheresis && lastWholeBlood) {
    const days = values.wholeBloodPlateletpheresisDays;
    untilDay('whole_blood_before_plateletpheresis', addDays(dayOf(lastWholeBlood), days), { days });
  }
  if (!apheresis) {
    for (const d of plateletDonations) {
      const incomplete = d.reinfusionIncomplete === true;
      const days = incomplete ? values.incompleteReinfusionDays : values.wholeBloodPlateletpheresisDays;
      const code = incomplete ? 'plateletpheresis_incomplete_reinfusion' : 'plateletpheresis_before_whole_blood';
      untilDay(code, addDays(dayOf(d), days), { days });
    }
  }

  // The donor's own dated answers.
  for (const deferral of facts.deferrals) {
    const rule = values.deferrals[deferral.kind];
    const day = checkedDay(deferral.date);
    if ('months' in rule) untilDay(deferral.kind, addMonths(day, rule.months), { months: rule.months });
    else untilDay(deferral.kind, addDays(day, rule.days), { days: rule.days });
  }
  if (facts.pregnant) permanent('pregnancy');
  if (facts.breastFeeding) {
    const end = facts.breastFeedingUntil ?? null;
    if (end === null) permanent('breast_feeding');
    else untilDay('breast_feeding_until', checkedDay(end));
  }

  // The centre's record.
  const centre = facts.centreDeferral;
  if (centre) {
    if (centre.until === null) permanent('centre_deferral_indefinite', { reason: centre.reason });
    else untilDay('centre_deferral', checkedDay(centre.until), { reason: centre.reason });
  }

  if (findings.length === 0) return { eligible: true, from: today, reasons: [] };
  let from: IsoDay | null = findings.some((f) => f.until === null)
    ? null
    : findings.reduce<IsoDay>((latest, f) => laterDay(latest, f.until ?? latest), today);
  // Deferrals that end only after the donor is too old leave no day at all.
  const agesOut = addYears(birth, oldestAge + 1);
  if (from !== null && from >= agesOut) {
    findings.push({ code: 'ages_out_before_eligible', params: { age: oldestAge, date: agesOut }, until: null });
    from = null;
  }
  return { eligible: false, from, reasons: findings.map(({ code, params }) => ({ code, params })) };
}
