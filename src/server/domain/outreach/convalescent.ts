// Convalescent plasma (ICMR, 2020), applied only where the organisation's policy switches it on — it was dropped
// from India's clinical guidelines on 17 May 2021 (DOMAIN.md §3). A donor must be a man, or a woman never
// pregnant; 18 to 65; recovered from COVID-19 at least 14 days ago; and 28 days past their last vaccine dose. The
// antibody titre is measured at the blood centre, so it is not a matching rule. The registry records pregnancy
// (a delivery, an abortion, being pregnant) but not its absence, so a woman is held back as "pregnancy unknown"
// until the desk confirms it on the call: the cautious reading of the rule.
import type { ConvalescentReason, EventDeferralKind, Sex } from '../../../shared/enums.js';
import { addDays, addYears, fullYears, type IsoDay } from '../blood/calendar.js';

export const convalescentRules = {
  minAge: 18,
  maxAge: 65,
  daysAfterRecovery: 14,
  daysAfterVaccineDose: 28,
} as const;

export interface ConvalescentFacts {
  sex: Sex | null;
  dateOfBirth: IsoDay | null;
  pregnant: boolean;
  deferrals: ReadonlyArray<{ kind: EventDeferralKind; date: IsoDay }>;
}

export interface ConvalescentRefusal {
  reason: ConvalescentReason;
  /** The day it passes, when it passes on a known day. */
  date: IsoDay | null;
}

const latest = (facts: ConvalescentFacts, kind: EventDeferralKind): IsoDay | null =>
  facts.deferrals
    .filter((d) => d.kind === kind)
    .map((d) => d.date)
    .sort()
    .at(-1) ?? null;

/** Every rule the donor fails on `today`, the first being the headline; empty when they may give. */
export function convalescentRefusals(facts: ConvalescentFacts, today: IsoDay): ConvalescentRefusal[] {
  const refusals: ConvalescentRefusal[] = [];
  const recovered = latest(facts, 'covid_recovery');
  if (recovered === null) refusals.push({ reason: 'not_recovered', date: null });
  else {
    const from = addDays(recovered, convalescentRules.daysAfterRecovery);
    if (from > today) refusals.push({ reason: 'recovered_too_recently', date: from });
  }
  const dose = latest(facts, 'covid_vaccine_dose');
  if (dose !== null) {
    const from = addDays(dose, convalescentRules.daysAfterVaccineDose);
    if (from > today) refusals.push({ reason: 'vaccinated_too_recently', date: from });
  }
  if (facts.sex === null) refusals.push({ reason: 'sex_unknown', date: null });
  else if (facts.sex !== 'male') {
    const everPregnant = facts.pregnant || facts.deferrals.some((d) => d.kind === 'delivery' || d.kind === 'abortion');
    refusals.push({ reason: everPregnant ? 'ever_pregnant' : 'pregnancy_unknown', date: null });
  }
  if (facts.dateOfBirth !== null) {
    const age = fullYears(facts.dateOfBirth, today);
    if (age < convalescentRules.minAge) {
      refusals.push({ reason: 'age_under_minimum', date: addYears(facts.dateOfBirth, convalescentRules.minAge) });
    } else if (age > convalescentRules.maxAge) refusals.push({ reason: 'age_over_maximum', date: null });
  }
  return refusals;
}
