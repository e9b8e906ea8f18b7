// What a case's blood need asks of donors: the product the patient receives, the product a donor gives for it, and
// the donor groups (and rare phenotype) that may give it — the list matching filters on in SQL before ranking.
import {
  aboRhGroups,
  type AboRhGroup,
  type BloodProduct,
  type DonorProduct,
  type RarePhenotype,
  type ResourceCode,
} from '../../../shared/enums.js';
import { compatibility, type RecipientType } from '../blood/compatibility.js';

export interface NeedProducts {
  /** What the patient receives: red cells for `blood` (a whole-blood donation, separated at the centre). */
  product: BloodProduct;
  /** What the asked donor gives. */
  donorProduct: DonorProduct;
}

const byResource: Partial<Record<ResourceCode, NeedProducts>> = {
  blood: { product: 'red_cells', donorProduct: 'whole_blood' },
  platelets: { product: 'platelets', donorProduct: 'platelets' },
  plasma: { product: 'plasma', donorProduct: 'plasma' },
};

/** The products of a blood, platelets or plasma need; null for any other need (nothing to match donors to). */
export function needProducts(resource: ResourceCode): NeedProducts | null {
  return byResource[resource] ?? null;
}

export interface DonorGroupFilter {
  /** Donor groups whose product the recipient may receive, preferred (identical) first. */
  groups: AboRhGroup[];
  /** Donors must have this rare phenotype (the recipient's), or none at all when null. */
  phenotype: RarePhenotype | null;
}

/**
 * The donor groups compatible with a recipient for a product, by the one compatibility table: a rare phenotype is
 * never substituted, so a recipient without one is matched only with donors without one, and a Bombay recipient only
 * with Bombay donors. Antigen matching is per donor (their typing varies), so it is left to ranking.
 */
export function compatibleDonorGroups(recipient: RecipientType, product: BloodProduct): DonorGroupFilter {
  const phenotype = recipient.phenotype ?? null;
  const judged = aboRhGroups
    .map((group) => ({ group, c: compatibility({ group, phenotype }, { ...recipient, antigens: {} }, product) }))
    .filter(({ c }) => c.compatible);
  const preferredFirst = [...judged.filter(({ c }) => c.preferred), ...judged.filter(({ c }) => !c.preferred)];
  return { groups: preferredFirst.map(({ group }) => group), phenotype };
}
