import type { NeedInput } from '../../../shared/contracts/cases.js';
import { bloodGroups, type BloodGroup, type ResourceCode } from '../../../shared/enums.js';

/** Needs that come in blood groups. */
export const bloodResources: readonly ResourceCode[] = ['blood', 'plasma', 'platelets'];

export const needsBloodGroup = (resource: ResourceCode | '') => resource !== '' && bloodResources.includes(resource);
export const needsMedicineName = (resource: ResourceCode | '') => resource === 'medicine';

/** One need as a form holds it: text boxes hold strings, and the choice may still be empty. */
export interface NeedDraft {
  /** Stable across edits, for React's list keys. */
  key: string;
  resource: ResourceCode | '';
  quantity: string;
  bloodGroup: BloodGroup | '';
  medicine: string;
}

let nextKey = 0;
export function emptyNeed(resource: ResourceCode | '' = ''): NeedDraft {
  nextKey += 1;
  return { key: `need-${nextKey}`, resource, quantity: '1', bloodGroup: '', medicine: '' };
}

export function isBloodGroup(value: string): value is BloodGroup {
  return (bloodGroups as readonly string[]).includes(value);
}

/**
 * What the API receives. An unchosen need or an unreadable quantity is passed on as it is (empty, NaN → null
 * is not allowed), so the server's validation names the field in the person's language.
 */
export function needFromDraft(draft: NeedDraft): NeedInput {
  const quantity = Number(draft.quantity.trim());
  return {
    // An empty choice goes to the server as '' and comes back as a field error on needs.N.resource.
    resource: draft.resource as ResourceCode,
    quantity: draft.quantity.trim() === '' ? 1 : Number.isFinite(quantity) ? quantity : 0,
    bloodGroup: needsBloodGroup(draft.resource) && draft.bloodGroup !== '' ? draft.bloodGroup : null,
    medicine: needsMedicineName(draft.resource) && draft.medicine.trim() !== '' ? draft.medicine.trim() : null,
  };
}

/** Drafts for needs the API already holds (editing a case). */
export function draftFromNeed(need: {
  resource: ResourceCode;
  quantityRequested: number;
  bloodGroup: BloodGroup | null;
  medicine: string | null;
}): NeedDraft {
  return {
    ...emptyNeed(need.resource),
    quantity: String(need.quantityRequested),
    bloodGroup: need.bloodGroup ?? '',
    medicine: need.medicine ?? '',
  };
}
