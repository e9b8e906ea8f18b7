// A donor's registration for a camp as typed (operator's form and the public page) and as the API wants it.
import type { OperatorRegistrationBody, PublicRegistrationBody } from '../../../shared/contracts/camps.js';
import type { AboRhGroup, DonorCategory, Language } from '../../../shared/enums.js';
import { firstFreeSlot, walkInSlot } from './field-names';

export interface RegistrationDraft {
  name: string;
  phone: string;
  /** '' when the donor does not know it. */
  bloodGroup: AboRhGroup | '';
  category: DonorCategory;
  language: Language;
  /** A slot's start, or `firstFreeSlot`, or (desk only) `walkInSlot`. */
  slot: string;
}

export function emptyRegistration(language: Language): RegistrationDraft {
  return { name: '', phone: '', bloodGroup: '', category: 'citizen', language, slot: firstFreeSlot };
}

function common(draft: RegistrationDraft) {
  return {
    name: draft.name.trim(),
    phone: draft.phone.trim(),
    bloodGroup: draft.bloodGroup === '' ? null : draft.bloodGroup,
    category: draft.category,
    language: draft.language,
  };
}

const slotOf = (slot: string) => (slot === firstFreeSlot || slot === walkInSlot ? {} : { slotAt: slot });

export function operatorBodyOf(draft: RegistrationDraft): OperatorRegistrationBody {
  return { ...common(draft), ...slotOf(draft.slot), walkIn: draft.slot === walkInSlot };
}

export function publicBodyOf(draft: RegistrationDraft, website: string): PublicRegistrationBody {
  return { ...common(draft), ...slotOf(draft.slot), ...(website === '' ? {} : { website }) };
}
