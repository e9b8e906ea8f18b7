// Registering as a blood donor by WhatsApp or SMS ("donate blood" from the menu): three questions — blood group,
// district, last donation — then the caller registers them. Pure, like the rest of the conversation. A question not
// answered gets one hint; a second miss keeps what they wrote as a donor lead for a person to call, as before this
// conversation existed. Sex, date of birth and weight are asked on the verification call, not here.
import type { Understanding } from '../../../shared/contracts/understanding.js';
import type { BloodGroup } from '../../../shared/enums.js';
import { kolkataDay } from '../blood/calendar.js';
import type { ConversationState, DonorAnswers, Outcome, Reply } from './state.js';

const reply = (key: string, params: Record<string, string | number> = {}): Reply => ({ key, params });

const unknownGroup =
  /^(i )?(do ?n[o']?t|dont) know|^not sure$|^unknown$|^pata nahi|^nahi pata|^पता नहीं|^नहीं पता|^मालूम नहीं|^नहीं मालूम/u;
// Devanagari has no \b (its letters are not \w): the word ends at a space, a stop or the end.
const neverGiven =
  /^(never|no|none|not yet|first time|never donated|kabhi nahi|kabhi nahin|pehli baar|नहीं|कभी नहीं|पहली बार|अभी तक नहीं)(?=$|[\s.,!।])/u;

/** "Donate blood" chosen: the first question. */
export function startDonorRegistration(state: ConversationState): Outcome {
  state.step = 'donor_group';
  state.retries = 0;
  state.donor = {};
  return { state, replies: [reply('donor_ask_group')], action: null };
}

/** The group in an answer: a group, null for "I don't know", undefined when the message is not an answer. */
export function readGroupAnswer(text: string, understood: Understanding | null): BloodGroup | null | undefined {
  const groups = [...new Set(understood?.bloodGroups ?? [])];
  if (groups.length === 1) return groups[0];
  if (unknownGroup.test(text.trim().toLowerCase())) return null;
  return undefined;
}

const devanagariDigits = /[०-९]/gu;

/**
 * The last donation in an answer, as a Kolkata day: "15-08-2026", "15/8/2026", "2026-08-15", "08/2026" (the first
 * of that month), or "never" (a first-time donor). Undefined when it is not an answer, or a day that is not one,
 * is in the future, or is before 1950.
 */
export function readLastDonationAnswer(
  text: string,
  now: Date,
): Pick<DonorAnswers, 'lastDonation' | 'firstTimeDonor'> | undefined {
  const plain = text
    .trim()
    .toLowerCase()
    .replace(devanagariDigits, (d) => String(d.charCodeAt(0) - 0x966));
  if (neverGiven.test(plain)) return { lastDonation: null, firstTimeDonor: true };
  let year: number;
  let month: number;
  let day = 1;
  const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/u.exec(plain);
  const yearFirst = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(plain);
  const monthOnly = /^(\d{1,2})[-/.](\d{4})$/u.exec(plain);
  if (dayFirst) [day, month, year] = [Number(dayFirst[1]), Number(dayFirst[2]), Number(dayFirst[3])];
  else if (yearFirst) [year, month, day] = [Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3])];
  else if (monthOnly) [month, year] = [Number(monthOnly[1]), Number(monthOnly[2])];
  else return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  const iso = date.toISOString().slice(0, 10);
  if (year < 1950 || iso > kolkataDay(now)) return undefined;
  return { lastDonation: iso, firstTimeDonor: false };
}

/** One message while registering: the next question, a hint, the registration, or (second miss) a donor lead. */
export function continueDonorRegistration(
  state: ConversationState,
  input: { text: string; understood: Understanding | null; districtFromText: string | null; now: Date },
): Outcome {
  const donor = { ...state.donor };
  const ask = (key: string): Outcome => {
    state.retries = 0;
    state.donor = donor;
    return { state, replies: [reply(key)], action: null };
  };
  const miss = (question: string): Outcome => {
    state.retries += 1;
    if (state.retries >= 2) {
      state.step = 'idle';
      state.retries = 0;
      state.donor = null;
      return {
        state,
        replies: [reply('lead_donor_thanks')],
        action: { type: 'lead', kind: 'donor', text: input.text },
      };
    }
    return { state, replies: [reply(`ask_again.${question}`)], action: null };
  };

  switch (state.step) {
    case 'donor_group': {
      const group = readGroupAnswer(input.text, input.understood);
      if (group === undefined) return miss('donor_group');
      donor.bloodGroup = group;
      // A district named with the group ("B+ Kanpur") is not asked again.
      if (input.districtFromText) donor.district = input.districtFromText;
      state.step = donor.district ? 'donor_last_donation' : 'donor_district';
      return ask(donor.district ? 'donor_ask_last_donation' : 'donor_ask_district');
    }
    case 'donor_district': {
      if (!input.districtFromText) return miss('donor_district');
      donor.district = input.districtFromText;
      state.step = 'donor_last_donation';
      return ask('donor_ask_last_donation');
    }
    case 'donor_last_donation': {
      const last = readLastDonationAnswer(input.text, input.now);
      if (last === undefined || donor.district === undefined || donor.bloodGroup === undefined) {
        return miss('donor_last_donation');
      }
      state.step = 'idle';
      state.retries = 0;
      state.donor = null;
      return {
        state,
        replies: [],
        action: { type: 'register_donor', donor: { bloodGroup: donor.bloodGroup, district: donor.district, ...last } },
      };
    }
    default:
      return { state, replies: [], action: null };
  }
}

export function isRegisteringDonor(state: ConversationState): boolean {
  return state.step === 'donor_group' || state.step === 'donor_district' || state.step === 'donor_last_donation';
}
