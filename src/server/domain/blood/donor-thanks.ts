// The thank-you a donor gets when their donation is recorded: what they gave and when, where it went (the
// operator's words, else the case's hospital and who the patient was), the day they may give again — so they know
// we will not ask before — and how to stop the messages. Pure: the texts come from the caller's catalog.
import type { DonorProduct, Language } from '../../../shared/enums.js';

/** Where the blood went, as the donor is told it. */
export type DonationReach =
  | { kind: 'note'; note: string }
  | { kind: 'case'; where: 'patient' | 'thalassemia_child' | 'thalassemia_patient'; hospital: string }
  | null;

/** A case's patient at its hospital (a thalassemia child when under 18); nothing to say when no hospital is known. */
export function reachOfCase(patient: {
  hospital: string | null;
  conditions: readonly string[];
  patientAge: number | null;
}): DonationReach {
  const hospital = patient.hospital?.trim();
  if (!hospital) return null;
  if (!patient.conditions.includes('thalassemia')) return { kind: 'case', where: 'patient', hospital };
  const child = patient.patientAge !== null && patient.patientAge < 18;
  return { kind: 'case', where: child ? 'thalassemia_child' : 'thalassemia_patient', hospital };
}

/** A thalassemia patient's centre, a child's when under 18 on the day (or of unknown age: most on the roster are). */
export function reachOfTransfusion(
  patient: { centre: string; dateOfBirth: string | null },
  day: string,
): DonationReach {
  const hospital = patient.centre.trim();
  if (!hospital) return null;
  const adult = patient.dateOfBirth !== null && ageOn(patient.dateOfBirth, day) >= 18;
  return { kind: 'case', where: adult ? 'thalassemia_patient' : 'thalassemia_child', hospital };
}

/** Whole years from a YYYY-MM-DD birthday to a YYYY-MM-DD day. */
function ageOn(birthday: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthday.slice(0, 4));
  return day.slice(5) < birthday.slice(5) ? years - 1 : years;
}

/** A day as the donor says it: "12 February 2027", "12 फ़रवरी 2027". */
export function spokenDay(day: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'hi' ? 'hi-IN' : 'en-IN', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

export interface ThanksFacts {
  language: Language;
  name: string;
  product: DonorProduct;
  donatedOn: string;
  reach: DonationReach;
  /** The day they may give this again; null when no day is known. */
  nextEligibleOn: string | null;
}

/** A text of the `channels` catalog in the donor's language. */
export type ChannelTexts = (key: string, params?: Record<string, string | number>) => string;

/** The message's catalog keys with their parameters, in order. */
export function thanksParts(facts: ThanksFacts, text: ChannelTexts): string[] {
  const day = (d: string): string => spokenDay(d, facts.language);
  const parts = [
    text('donor_thanks.thanks', {
      name: facts.name,
      product: text(`donor_thanks.product.${facts.product}`),
      date: day(facts.donatedOn),
    }),
  ];
  const reach = facts.reach;
  if (reach?.kind === 'note') parts.push(text('donor_thanks.reached', { where: reach.note }));
  if (reach?.kind === 'case') {
    parts.push(
      text('donor_thanks.reached_case', {
        where: text(`donor_thanks.where.${reach.where}`, { hospital: reach.hospital }),
      }),
    );
  }
  if (facts.nextEligibleOn) parts.push(text('donor_thanks.next', { date: day(facts.nextEligibleOn) }));
  parts.push(text('donor_thanks.stop'));
  return parts;
}

export function thanksMessage(facts: ThanksFacts, text: ChannelTexts): string {
  return thanksParts(facts, text).join(' ');
}
