// The receive form as typed, and the body it becomes.
import type { ReceiveItemsBody } from '../../../shared/contracts/equipment.js';
import type { CylinderType, ItemCondition, ItemKind, SponsorshipKind } from '../../../shared/enums.js';

export interface ReceiveDraft {
  depotId: string;
  kind: ItemKind;
  cylinderType: CylinderType;
  gasLitres: string;
  flowLpm: string;
  count: string;
  condition: ItemCondition;
  sponsorId: string;
  sponsorship: SponsorshipKind;
}

/** A body of `count` alike items (a donation of ten B cylinders is one request); each gets the depot's next label. */
export function receiveBodyFrom(draft: ReceiveDraft): ReceiveItemsBody {
  const count = Math.max(1, Math.min(100, Math.trunc(Number(draft.count)) || 1));
  const cylinder = draft.kind === 'cylinder';
  const item = {
    kind: draft.kind,
    cylinderType: cylinder ? draft.cylinderType : null,
    waterLitres: null,
    gasLitres: cylinder && draft.gasLitres.trim() !== '' ? Number(draft.gasLitres) : null,
    flowLpm: draft.kind === 'concentrator' && draft.flowLpm.trim() !== '' ? Number(draft.flowLpm) : null,
    serial: null,
    condition: draft.condition,
    sponsorId: draft.sponsorId === '' ? null : draft.sponsorId,
    sponsorship: draft.sponsorId === '' ? null : draft.sponsorship,
  };
  return { depotId: draft.depotId, items: Array.from({ length: count }, () => item) };
}
