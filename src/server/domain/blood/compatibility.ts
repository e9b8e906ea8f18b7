// Whether a donor's blood suits a recipient, product by product (DOMAIN.md §3). Matching ranks donors with it:
// `compatible` says whether the product may be given at all, `preferred` whether this is the donor to ask first.
//
// Preferred means identical in what the product is matched on — ABO and RhD for red cells and whole blood, ABO
// for plasma (Rh ignored) and platelets (with RhD-negative recipients given RhD-negative platelets) — and, where a
// recipient's Rh/Kell antigens are known, a donor known to lack each antigen the recipient lacks. Asking group-
// identical donors first keeps O-negative and the other scarce groups for the patients who can take nothing else.
//
// Rare phenotypes are never substituted: a Bombay (Oh) recipient takes only Bombay donors, and a Bombay donor's
// blood is kept for Bombay recipients. Between two Bombay people ABO does not apply (both are Oh); RhD still does.
import type {
  AboRhGroup,
  BloodProduct,
  CompatibilityReason,
  RarePhenotype,
  RhKellAntigens,
  Sex,
} from '../../../shared/enums.js';
import { rhKellAntigens } from '../../../shared/enums.js';

export interface BloodType {
  group: AboRhGroup;
  /** A rare phenotype, when the person has one. */
  phenotype?: RarePhenotype | null;
  /** Typed Rh (C, c, E, e) and Kell (K) antigens; thalassemia patients are typed at least for these. */
  antigens?: RhKellAntigens;
}

export interface RecipientType extends BloodType {
  /** For platelets: RhD-negative girls and women of child-bearing age get RhD-negative platelets. */
  sex?: Sex | null;
  /** Age in whole years. */
  age?: number | null;
}

export interface Compatibility {
  compatible: boolean;
  preferred: boolean;
  reason: CompatibilityReason;
}

/**
 * Platelets: an RhD-negative female recipient under this age is treated as of child-bearing age and gets only
 * RhD-negative platelets (anti-D formed now could harm a later pregnancy). A policy value, not a clinical
 * constant: the guidelines say "girls and women of child-bearing age" without an age. Recipients whose sex is
 * 'other' or unknown, or whose age is unknown, are protected too: the cautious reading.
 */
export const plateletRhdProtectedAgeBelow = 50;

type Abo = 'O' | 'A' | 'B' | 'AB';

const aboOf = (group: AboRhGroup): Abo => group.slice(0, -1) as Abo;
const rhdPositive = (group: AboRhGroup): boolean => group.endsWith('+');

/** The A and B antigens on a group's red cells; its plasma carries antibodies against the ones it lacks. */
const aboAntigens: Record<Abo, readonly ('A' | 'B')[]> = { O: [], A: ['A'], B: ['B'], AB: ['A', 'B'] };
const lacksNoneOf = (has: Abo, of: Abo): boolean => aboAntigens[of].every((a) => aboAntigens[has].includes(a));

const incompatible = (reason: CompatibilityReason): Compatibility => ({ compatible: false, preferred: false, reason });

function rhdProtected(recipient: RecipientType): boolean {
  const age = recipient.age ?? null;
  return (
    !rhdPositive(recipient.group) && recipient.sex !== 'male' && (age === null || age < plateletRhdProtectedAgeBelow)
  );
}

export function compatibility(donor: BloodType, recipient: RecipientType, product: BloodProduct): Compatibility {
  const donorPhenotype = donor.phenotype ?? null;
  const recipientPhenotype = recipient.phenotype ?? null;
  if (recipientPhenotype !== null && donorPhenotype !== recipientPhenotype) {
    return incompatible('rare_phenotype_required');
  }
  if (donorPhenotype !== null && donorPhenotype !== recipientPhenotype) return incompatible('rare_phenotype_reserved');
  const sharedPhenotype = donorPhenotype !== null;

  const [dAbo, rAbo] = [aboOf(donor.group), aboOf(recipient.group)];
  const aboIdentical = sharedPhenotype || dAbo === rAbo;
  const [dPos, rPos] = [rhdPositive(donor.group), rhdPositive(recipient.group)];
  const positiveToNegative = dPos && !rPos;

  let aboCompatible: boolean;
  let rhdCompatible: boolean;
  let rhdPreferred: boolean;
  switch (product) {
    case 'red_cells':
      // The recipient's plasma must not meet an A or B antigen it lacks.
      aboCompatible = sharedPhenotype || lacksNoneOf(rAbo, dAbo);
      rhdCompatible = !positiveToNegative;
      rhdPreferred = dPos === rPos;
      break;
    case 'whole_blood':
      // Unseparated blood carries the donor's plasma too: ABO-identical only.
      aboCompatible = aboIdentical;
      rhdCompatible = !positiveToNegative;
      rhdPreferred = dPos === rPos;
      break;
    case 'plasma':
      // The reverse of red cells: the donor's antibodies must not meet the recipient's A or B. Rh is ignored.
      aboCompatible = sharedPhenotype || lacksNoneOf(dAbo, rAbo);
      rhdCompatible = true;
      rhdPreferred = true;
      break;
    case 'platelets':
      aboCompatible = true;
      rhdCompatible = !(positiveToNegative && rhdProtected(recipient));
      rhdPreferred = !positiveToNegative;
      break;
  }
  if (!aboCompatible) return incompatible('abo_incompatible');
  if (!rhdCompatible) return incompatible(product === 'platelets' ? 'rhd_negative_required' : 'rhd_incompatible');

  let antigensUnknown = false;
  if (product === 'red_cells' || product === 'whole_blood') {
    for (const antigen of rhKellAntigens) {
      if (recipient.antigens?.[antigen] !== '-') continue;
      const carried = donor.antigens?.[antigen] ?? 'unknown';
      if (carried === '+') return incompatible('antigen_mismatch');
      if (carried === 'unknown') antigensUnknown = true;
    }
  }

  if (!aboIdentical) return { compatible: true, preferred: false, reason: 'abo_non_identical' };
  if (!rhdPreferred) return { compatible: true, preferred: false, reason: 'rhd_non_identical' };
  if (antigensUnknown) return { compatible: true, preferred: false, reason: 'antigens_unknown' };
  return { compatible: true, preferred: true, reason: 'identical' };
}
