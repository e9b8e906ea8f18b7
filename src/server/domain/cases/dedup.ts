// Whether a new plea is the same request as an open case: same phone, or the same patient in the same
// district, asking for an overlapping need within 72 hours.
import type { ResourceCode } from '../../../shared/enums.js';

export const dedupWindowHours = 72;

/**
 * Needs of one family are one request told differently ("oxygen" on WhatsApp, "oxygen cylinder" on
 * Twitter; "bed" and "ICU bed"); an oxygen bed also answers a plain "oxygen". Blood, plasma, platelets,
 * medicine and the rest are each their own.
 */
function family(resource: ResourceCode): string {
  if (resource.startsWith('oxygen')) return 'oxygen';
  if (resource.startsWith('bed')) return 'bed';
  return resource;
}

function overlaps(x: ResourceCode, y: ResourceCode): boolean {
  if (family(x) === family(y)) return true;
  const pair = [x, y].sort().join(' ');
  return pair === 'bed_oxygen oxygen';
}

export function needsOverlap(a: readonly ResourceCode[], b: readonly ResourceCode[]): boolean {
  return a.some((x) => b.some((y) => overlaps(x, y)));
}

export function patientNameKey(name: string | null | undefined): string | null {
  const key = (name ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return key.length >= 2 ? key : null;
}

export interface DedupPlea {
  phones: readonly string[];
  patientNameKey: string | null;
  districtCode: string;
  resources: readonly ResourceCode[];
  receivedAt: Date;
}

export interface DedupCandidate {
  id: string;
  phones: readonly string[];
  patientNameKey: string | null;
  districtCode: string;
  resources: readonly ResourceCode[];
  firstMessageAt: Date;
  isOpen: boolean;
}

/** The open case this plea repeats, if any: the earliest matching one. */
export function findDuplicate(plea: DedupPlea, candidates: readonly DedupCandidate[]): string | null {
  const windowStart = plea.receivedAt.getTime() - dedupWindowHours * 3_600_000;
  const matches = candidates
    .filter((c) => c.isOpen && c.firstMessageAt.getTime() >= windowStart)
    .filter(
      (c) =>
        c.phones.some((p) => plea.phones.includes(p)) ||
        (plea.patientNameKey !== null &&
          c.patientNameKey === plea.patientNameKey &&
          c.districtCode === plea.districtCode),
    )
    .filter((c) => needsOverlap(plea.resources, c.resources))
    .sort((a, b) => a.firstMessageAt.getTime() - b.firstMessageAt.getTime());
  return matches[0]?.id ?? null;
}
