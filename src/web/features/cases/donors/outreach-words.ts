// What the donor panel says about a candidate, a near miss or an ask, as catalog keys and their values: kept apart
// from the components (and from i18next) so the wording choices are tested. A value may itself be a phrase (the
// compatibility reason inside "not compatible: …"), or a list of phrases: the panel words the inner ones first and
// joins a list with the catalog's separator.
import type {
  AskView,
  CandidateExclusionView,
  CandidateView,
  OutreachView,
} from '../../../../shared/contracts/outreach.js';
import type { DonorAskState, ResourceCode } from '../../../../shared/enums.js';
import { kolkataDay } from '../../donors/donor-days';

export interface Phrase {
  key: string;
  params: Record<string, string | number | Phrase | Phrase[]>;
}

const phrase = (key: string, params: Phrase['params'] = {}): Phrase => ({ key, params });

/** The needs a donor can be asked for (issue #12, item 5); every other need has no donor panel. */
const donorResources: readonly ResourceCode[] = ['blood', 'plasma', 'platelets'];
export const isDonorNeed = (resource: ResourceCode): boolean => donorResources.includes(resource);

const msPerDay = 86_400_000;

/** Whole calendar days (Kolkata, as the donor rules count) from the instant `at` to `nowMs`; never negative. */
export function daysSince(at: string, nowMs: number): number {
  const then = Date.parse(`${kolkataDay(Date.parse(at))}T00:00:00Z`);
  const today = Date.parse(`${kolkataDay(nowMs)}T00:00:00Z`);
  return Math.max(0, Math.round((today - then) / msPerDay));
}

/** "today", "yesterday", "3 days ago". */
export function agoPhrase(days: number): Phrase {
  if (days <= 0) return phrase('outreach.ago.today');
  if (days === 1) return phrase('outreach.ago.yesterday');
  return phrase('outreach.ago.days', { count: days });
}

const text = (value: string | number | undefined): string | undefined =>
  value === undefined || value === '' ? undefined : String(value);
const num = (value: string | number | undefined): number => (typeof value === 'number' ? value : Number(value ?? 0));

/**
 * Why a donor is not asked, in words: "eligible from 12 Feb", "asked twice in 30 days, last yesterday", "too far:
 * 14.2 km (radius 10 km)". Days are written with `formatDay` (the page's language, Kolkata calendar).
 */
export function exclusionPhrase(exclusion: CandidateExclusionView, formatDay: (day: string) => string): Phrase {
  const { params } = exclusion;
  const date = text(params.date);
  switch (exclusion.code) {
    case 'ineligible':
      return date
        ? phrase('outreach.exclusion.ineligible', { date: formatDay(date) })
        : phrase('outreach.exclusion.ineligibleNoDay');
    case 'convalescent_ineligible': {
      const reason = phrase(`outreach.convalescent.${text(params.reason) ?? 'not_recovered'}`);
      return date
        ? phrase('outreach.exclusion.convalescentUntil', { reason, date: formatDay(date) })
        : phrase('outreach.exclusion.convalescent_ineligible', { reason });
    }
    case 'incompatible':
      return phrase('outreach.exclusion.incompatible', {
        reason: phrase(`blood.compatibility.${text(params.reason) ?? 'abo_incompatible'}`),
      });
    case 'already_asked':
      return phrase('outreach.exclusion.already_asked', {
        state: phrase(`outreach.ask.state.${text(params.state) ?? 'sent'}`),
      });
    case 'booked_for_transfusion':
      return phrase('outreach.exclusion.booked_for_transfusion', {
        state: phrase(`thalassemia.bookingState.${text(params.state) ?? 'booked'}`),
      });
    case 'fatigued': {
      const counts = { count: num(params.count), limit: num(params.limit), days: num(params.days) };
      return params.lastAskedDays === undefined
        ? phrase('outreach.exclusion.fatiguedNoLast', counts)
        : phrase('outreach.exclusion.fatigued', { ...counts, ago: agoPhrase(num(params.lastAskedDays)) });
    }
    case 'too_far':
      return phrase('outreach.exclusion.too_far', {
        distance: num(params.distanceKm),
        radius: num(params.radiusKm),
      });
    case 'unverified_held_back':
      return phrase('outreach.exclusion.unverified_held_back', { count: num(params.verified) });
    default:
      return phrase(`outreach.exclusion.${exclusion.code}`);
  }
}

/**
 * Why a candidate is on the list, strongest first: how well the blood matches, how near, that the rules let them
 * give, and how they answered before. The rank itself is the server's.
 */
export function inclusionPhrases(candidate: CandidateView, radiusKm: number, nowMs: number): Phrase[] {
  const phrases: Phrase[] = [phrase(`blood.compatibility.${candidate.compatibility.reason}`)];
  phrases.push(phrase('outreach.candidate.within', { radius: radiusKm }));
  phrases.push(
    candidate.eligibilityAssumed.length > 0
      ? phrase('outreach.candidate.eligibleAssuming', {
          facts: candidate.eligibilityAssumed.map((fact) => phrase(`outreach.assumed.${fact}`)),
        })
      : phrase('outreach.candidate.eligible'),
  );
  const { timesAsked, timesYes } = candidate.reliability;
  // "Not asked before" only of a donor nobody has asked: a camp's invitation is an ask too (it counts towards the
  // 30-day limit), though not one answered yes or no for a case.
  if (timesAsked === 0 && candidate.lastAskedAt === null) phrases.push(phrase('outreach.candidate.neverAsked'));
  if (timesAsked > 0) phrases.push(phrase('outreach.candidate.answered', { count: timesAsked, yes: timesYes }));
  if (candidate.asksLast30Days > 0) {
    phrases.push(phrase('outreach.candidate.askedRecently', { count: candidate.asksLast30Days }));
  }
  if (candidate.lastAskedAt !== null) {
    phrases.push(phrase('outreach.candidate.lastAsked', { ago: agoPhrase(daysSince(candidate.lastAskedAt, nowMs)) }));
  }
  return phrases;
}

const stateOrder: Record<DonorAskState, number> = {
  matched: 0,
  yes: 1,
  sent: 2,
  queued: 3,
  no: 4,
  expired: 5,
  cancelled: 6,
};

/**
 * Asks that still count first (matched, then said yes, then awaiting), the closed ones after; newest first within,
 * and a wave's asks (all made at one instant) nearest first, as the wave ranked them, rather than in database order.
 */
export function orderAsks(items: readonly AskView[]): AskView[] {
  return [...items].sort(
    (a, b) =>
      stateOrder[a.state] - stateOrder[b.state] ||
      Date.parse(b.askedAt) - Date.parse(a.askedAt) ||
      (a.distanceKm ?? Number.POSITIVE_INFINITY) - (b.distanceKm ?? Number.POSITIVE_INFINITY),
  );
}

/**
 * Near misses the operator could act on first (ineligible for now, asked recently, just too far, held back), those
 * whose blood or product can never serve this need after; otherwise as the server sent them (nearest first).
 */
export function orderNearMisses(items: readonly CandidateView[]): CandidateView[] {
  const never = (miss: CandidateView) =>
    miss.exclusions.some((e) => e.code === 'incompatible' || e.code === 'product_not_given') ? 1 : 0;
  return [...items].sort((a, b) => never(a) - never(b));
}

/** Candidates in the server's rank (a near miss, rank null, never among them; kept last if one slips in). */
export function orderCandidates(items: readonly CandidateView[]): CandidateView[] {
  return [...items].sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
}

/** Whether any donor was asked for the need, whatever became of the ask (one cancelled before it went out was not). */
export function hasAsks(outreach: Pick<OutreachView, 'counts'>): boolean {
  return Object.entries(outreach.counts).some(([state, n]) => state !== 'cancelled' && n > 0);
}

/**
 * The word for where outreach stands (outreach.panel.state.<word>). A donor asked directly, or brought by the family,
 * has an ask though no wave ever ran: "no donor asked yet" would be false while that ask waits for the quiet hours to
 * end or for an answer.
 */
export function outreachStateWord(
  outreach: Pick<OutreachView, 'state' | 'counts'>,
): OutreachView['state'] | 'idleAsked' {
  return outreach.state === 'idle' && hasAsks(outreach) ? 'idleAsked' : outreach.state;
}
