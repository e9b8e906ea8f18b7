import type { DonorAskPublicView } from '../../shared/contracts/outreach.js';
import type { AboRhGroup, BloodProduct, DonorAskState, Language } from '../../shared/enums.js';
import { askOutcome } from '../domain/outreach/answer-outcome.js';

export interface DonorAskPublicFacts {
  ask: { state: DonorAskState; answeredAt: Date | null; askedAt: Date };
  caseOpen: boolean;
  caseReference: string;
  language: Language;
  bloodGroup: AboRhGroup | null;
  product: BloodProduct;
  units: number;
  area: string;
  hospital: string | null;
  organisation: string;
  deskPhone: string | null;
}

/**
 * What the donor's signed link shows: what is asked and where, never the patient's name or any number but the
 * desk's, and that only once this donor is matched.
 */
export function presentDonorAskPublic(facts: DonorAskPublicFacts): DonorAskPublicView {
  const outcome = askOutcome(facts.ask, facts.caseOpen);
  const { state } = facts.ask;
  return {
    outcome,
    language: facts.language,
    bloodGroup: facts.bloodGroup,
    product: facts.product,
    units: facts.units,
    area: facts.area,
    hospital: facts.hospital,
    organisation: facts.organisation,
    caseReference: facts.caseReference,
    askedAt: facts.ask.askedAt.toISOString(),
    answer: state === 'matched' || state === 'yes' ? 'yes' : state === 'no' ? 'no' : null,
    contact: outcome === 'matched' ? { hospital: facts.hospital, deskPhone: facts.deskPhone } : null,
  };
}
