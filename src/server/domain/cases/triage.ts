// Priority from the facts of a plea. Reasons are codes the UI translates.
import type { PatientCondition, Priority, ResourceCode } from '../../../shared/enums.js';
import type { DeskPolicy } from './desk-policy.js';

export interface TriageFacts {
  spo2: number | null;
  age: number | null;
  conditions: readonly PatientCondition[];
  resources: readonly ResourceCode[];
  /** ISO date of a scheduled thalassemia transfusion. */
  transfusionDate: string | null;
  /** A word in the plea saying it cannot wait (understanding/urgency.ts); absent for facts typed in by hand. */
  urgency?: string | null;
}

export type TriageReason =
  | 'spo2_critical'
  | 'spo2_low'
  | 'icu_or_ventilator'
  | 'transfusion_due'
  | 'transfusion_soon'
  | 'oxygen_without_spo2'
  | 'elderly_covid'
  | 'pregnant_covid'
  | 'urgent_words';

const oxygenNeeds: readonly ResourceCode[] = [
  'oxygen',
  'oxygen_cylinder',
  'oxygen_concentrator',
  'oxygen_refill',
  'bed_oxygen',
];

export function triage(
  facts: TriageFacts,
  policy: DeskPolicy['triage'],
  now: Date,
): { priority: Priority; reasons: TriageReason[] } {
  const critical: TriageReason[] = [];
  const high: TriageReason[] = [];
  if (facts.spo2 !== null && facts.spo2 < policy.criticalSpo2Below) critical.push('spo2_critical');
  else if (facts.spo2 !== null && facts.spo2 < policy.highSpo2Below) high.push('spo2_low');
  if (facts.resources.some((r) => r === 'bed_icu' || r === 'bed_ventilator')) critical.push('icu_or_ventilator');
  if (facts.transfusionDate && facts.conditions.includes('thalassemia')) {
    const hoursLeft = (Date.parse(`${facts.transfusionDate}T00:00:00+05:30`) - now.getTime()) / 3_600_000;
    if (hoursLeft <= policy.criticalTransfusionHours) critical.push('transfusion_due');
    else if (hoursLeft <= policy.highTransfusionHours) high.push('transfusion_soon');
  }
  if (facts.spo2 === null && facts.resources.some((r) => oxygenNeeds.includes(r))) high.push('oxygen_without_spo2');
  const covid = facts.conditions.includes('covid_positive');
  if (covid && facts.age !== null && facts.age >= policy.elderlyAge) high.push('elderly_covid');
  if (covid && facts.conditions.includes('pregnant')) high.push('pregnant_covid');
  // Saying it is urgent raises a plea to high, never to critical: the facts decide that.
  if (facts.urgency) high.push('urgent_words');
  if (critical.length > 0) return { priority: 'critical', reasons: [...critical, ...high] };
  if (high.length > 0) return { priority: 'high', reasons: high };
  return { priority: 'normal', reasons: [] };
}
