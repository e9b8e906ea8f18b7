// Rows of thalassemia care → the JSON the API answers (issue #14): a child's summary and record, their roster
// members and candidates. Phones are masked unless the reader's reveal lasts; donors' names are shortened.
import type {
  RosterCandidate,
  RosterCoverage,
  RosterMember,
  TransfusionPatientDetail,
  TransfusionPatientSummary,
} from '../../shared/contracts/transfusion-patients.js';
import type { AboRhGroup, Sex, TransfusionPatientEventType } from '../../shared/enums.js';
import type { DistrictEntry } from '../db/queries/districts.js';
import type { transfusionPatients } from '../db/schema/index.js';
import { fullYears, kolkataDay } from '../domain/blood/calendar.js';
import { maskEventPayload, maskPhone } from '../domain/privacy/masking.js';
import type { Coverage } from '../domain/thalassemia/pool-size.js';
import { presentPatientCan, type PatientAbilities } from '../domain/thalassemia/patient-abilities.js';

export type TransfusionPatientRow = typeof transfusionPatients.$inferSelect;

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** A donor's name as a roster shows it: the first word and the initial of the last ("Ramesh K."), not the whole. */
export function shortName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  const first = words[0] as string;
  if (words.length === 1) return first;
  const last = words[words.length - 1] as string;
  return `${first} ${Array.from(last)[0] ?? ''}.`;
}

export function districtView(code: string, district: DistrictEntry | undefined) {
  return { code, name: district?.name ?? code, nameHi: district?.nameHi ?? code };
}

/** What a summary needs besides the row: read for a page of rows at once (usecases/transfusion-patients). */
export interface PatientFacts {
  organisationName: string;
  district: DistrictEntry | undefined;
  rosterSize: number;
  nextTransfusionOn: string | null;
  coverage: Pick<Coverage, 'poolSizeNeeded' | 'missingDonors' | 'warning'>;
}

export function presentPatientSummary(
  row: TransfusionPatientRow,
  facts: PatientFacts,
  now: Date,
): TransfusionPatientSummary {
  return {
    id: row.id,
    reference: row.reference,
    organisation: { id: row.organisationId, name: facts.organisationName },
    district: districtView(row.districtCode, facts.district),
    name: row.name,
    sex: row.sex,
    age: row.dateOfBirth === null ? null : fullYears(row.dateOfBirth, kolkataDay(now)),
    guardianName: row.guardianName,
    guardianPhone: maskPhone(row.guardianPhone),
    bloodGroup: row.bloodGroup,
    phenotype: row.phenotype,
    intervalDays: row.intervalDays,
    unitsPerTransfusion: row.unitsPerTransfusion,
    centre: row.centre,
    state: row.state,
    lastTransfusionOn: row.lastTransfusionOn,
    nextTransfusionOn: facts.nextTransfusionOn,
    rosterSize: facts.rosterSize,
    poolSizeNeeded: facts.coverage.poolSizeNeeded,
    missingDonors: facts.coverage.missingDonors,
    coverageWarning: facts.coverage.warning,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export interface PatientEventRow {
  id: number;
  type: TransfusionPatientEventType;
  at: Date;
  actorName: string | null;
  details: Record<string, unknown>;
}

export interface PatientDetailFacts extends PatientFacts {
  createdByName: string | null;
  events: readonly PatientEventRow[];
  /** While the reader's reveal lasts; null: masked. */
  revealedUntil: Date | null;
  abilities: PatientAbilities;
}

export function presentPatientDetail(
  row: TransfusionPatientRow,
  facts: PatientDetailFacts,
  now: Date,
): TransfusionPatientDetail {
  const shown = facts.revealedUntil !== null && facts.revealedUntil > now;
  const phone = (value: string): string => (shown ? value : maskPhone(value));
  return {
    ...presentPatientSummary(row, facts, now),
    dateOfBirth: row.dateOfBirth,
    guardianPhone: phone(row.guardianPhone),
    altPhone: row.altPhone === null ? null : phone(row.altPhone),
    phonesRevealed: shown,
    revealedUntil: shown ? (facts.revealedUntil as Date).toISOString() : null,
    language: row.language,
    preferredChannel: row.preferredChannel === 'sms' ? 'sms' : 'whatsapp',
    antigens: row.antigens,
    phenotypeNotes: row.phenotypeNotes,
    centreAddress: row.centreAddress,
    locality: row.locality,
    pincode: row.pincode,
    locationSource: row.locationSource,
    bookAhead: row.bookAhead,
    arrivalMinute: row.arrivalMinute,
    consent: {
      by: row.consentBy,
      at: row.consentAt.toISOString(),
      withdrawnAt: row.consentWithdrawnAt?.toISOString() ?? null,
    },
    notes: row.notes,
    createdBy: facts.createdByName,
    createdAt: row.createdAt.toISOString(),
    events: facts.events.map((e) => ({
      id: String(e.id),
      type: e.type,
      at: e.at.toISOString(),
      actorName: e.actorName,
      details: maskEventPayload(e.details) ?? {},
    })),
    can: presentPatientCan(facts.abilities),
  };
}

/** A pool donor as the roster reads them (usecases/transfusion-patients/roster-reads.ts). */
export interface RosterMemberRow {
  donorId: string;
  name: string;
  phone: string;
  bloodGroup: AboRhGroup | null;
  sex: Sex | null;
  lat: number;
  lon: number;
  lastDonatedOn: string | null;
  eligibleWholeBloodFrom: string | null;
  bookingsThisYear: number;
  agreedToMorePools: boolean;
  addedAt: Date;
  addedByName: string | null;
}

export function presentRosterMember(row: RosterMemberRow, distanceKm: number | null, today: string): RosterMember {
  return {
    donorId: row.donorId,
    name: shortName(row.name),
    phone: maskPhone(row.phone),
    bloodGroup: row.bloodGroup,
    sex: row.sex,
    distanceKm: distanceKm === null ? null : round1(distanceKm),
    lastDonatedOn: row.lastDonatedOn,
    eligibleFrom:
      row.eligibleWholeBloodFrom === null
        ? null
        : row.eligibleWholeBloodFrom < today
          ? today
          : row.eligibleWholeBloodFrom,
    bookingsThisYear: row.bookingsThisYear,
    agreedToMorePools: row.agreedToMorePools,
    addedAt: row.addedAt.toISOString(),
    addedBy: row.addedByName,
  };
}

export function presentCoverage(coverage: Coverage, activeMembers: number, horizonDays: number): RosterCoverage {
  return {
    poolSizeNeeded: coverage.poolSizeNeeded,
    activeMembers,
    donorsAvailable: coverage.donorsAvailable,
    horizonDays,
    transfusions: coverage.transfusions.length,
    unitsNeeded: coverage.unitsNeeded,
    missingDonors: coverage.missingDonors,
    warning: coverage.warning,
  };
}

export interface RosterCandidateRow {
  donorId: string;
  name: string;
  phone: string;
  bloodGroup: AboRhGroup;
  sex: Sex | null;
  distanceKm: number;
  lastDonatedOn: string | null;
  eligibleWholeBloodFrom: string | null;
  otherPools: number;
}

export function presentRosterCandidate(row: RosterCandidateRow, today: string): RosterCandidate {
  return {
    donorId: row.donorId,
    name: shortName(row.name),
    phone: maskPhone(row.phone),
    bloodGroup: row.bloodGroup,
    sex: row.sex,
    distanceKm: round1(row.distanceKm),
    lastDonatedOn: row.lastDonatedOn,
    eligibleFrom:
      row.eligibleWholeBloodFrom === null
        ? null
        : row.eligibleWholeBloodFrom < today
          ? today
          : row.eligibleWholeBloodFrom,
    otherPools: row.otherPools,
    agreedToMorePools: row.otherPools > 0,
  };
}
