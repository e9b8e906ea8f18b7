import { describe, expect, it } from 'vitest';
import { flattenCatalog } from '../../../shared/catalog-shape.js';
import {
  callOutcomes,
  caseEventTypes,
  caseStatuses,
  channels,
  closeReasons,
  donorAnswerChannels,
  donorAnswers,
  donorAskKinds,
  gateReasons,
  itemConditions,
  itemKinds,
  languages,
  outboundPurposes,
  outboundStates,
  outreachStopReasons,
  patientConditions,
  priorities,
  resourceCodes,
  sexes,
} from '../../../shared/enums.js';
import { translations } from '../../translations';
import { eventDetails, eventFields, type ValueFormat } from './event-details';

const catalogs = { en: flattenCatalog(translations.en), hi: flattenCatalog(translations.hi) };

/** Every code a case event may carry, by the catalog that names it (the server's closed sets). */
const codesByCatalog: Record<string, readonly string[]> = {
  caseStatus: caseStatuses,
  closeReason: closeReasons,
  priority: priorities,
  priorityReason: [
    'spo2_critical',
    'spo2_low',
    'icu_or_ventilator',
    'transfusion_due',
    'transfusion_soon',
    'oxygen_without_spo2',
    'elderly_covid',
    'pregnant_covid',
    'urgent_words',
  ],
  channel: channels,
  language: languages,
  sex: sexes,
  condition: patientConditions,
  callOutcome: callOutcomes,
  resource: resourceCodes,
  outboundPurpose: outboundPurposes,
  outboundState: outboundStates,
  'outreach.stopReason': outreachStopReasons,
  'outreach.ask.kind': donorAskKinds,
  'outreach.ask.channel': donorAnswerChannels,
  'lending.kind': itemKinds,
  'lending.condition': itemConditions,
  'lending.gate.reason': gateReasons,
  // answer-stop.ts records a STOP as an answer too; answer-outcome.ts's AnswerEffect.
  'caseEventValue.answer': [...donorAnswers, 'stop'],
  'caseEventValue.effect': ['matched', 'already_arranged', 'no_longer_needed', 'declined'],
};

const catalogOf = (format: ValueFormat) => (typeof format === 'object' ? format.codes : null);

describe('eventFields', () => {
  it('covers every case event type', () => {
    expect(Object.keys(eventFields).sort()).toEqual([...caseEventTypes].sort());
  });

  it.each(['en', 'hi'] as const)('labels every fact in %s, and names every code it may carry', (language) => {
    const catalog = catalogs[language];
    const missing: string[] = [];
    for (const specs of Object.values(eventFields)) {
      for (const spec of specs) {
        if (!catalog.has(spec.label)) missing.push(spec.label);
        const codes = catalogOf(spec.format);
        if (codes === null) continue;
        const known = codesByCatalog[codes];
        if (known === undefined) missing.push(`${codes} (no closed set in the test)`);
        for (const code of known ?? []) if (!catalog.has(`${codes}.${code}`)) missing.push(`${codes}.${code}`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });
});

describe('eventDetails', () => {
  it('shows a donor asked by name, group, wave and distance: never ids, nor the raw kind', () => {
    const lines = eventDetails({
      type: 'donor_asked',
      before: null,
      after: {
        askId: '5f0e8c1e-4a57-4f6a-9a59-0a8d1f0e2b11',
        needId: '6a0e8c1e-4a57-4f6a-9a59-0a8d1f0e2b11',
        donorId: '7b0e8c1e-4a57-4f6a-9a59-0a8d1f0e2b11',
        kind: 'wave',
        wave: 1,
        distanceKm: 3.4,
        sendAfter: null,
        donorName: 'Deepak Tripathi',
        bloodGroup: 'B+',
      },
    });
    expect(lines).toEqual([
      { key: 'donorName', label: 'caseField.donor', after: { kind: 'text', text: 'Deepak Tripathi' } },
      { key: 'bloodGroup', label: 'caseField.bloodGroup', after: { kind: 'text', text: 'B+' } },
      {
        key: 'kind',
        label: 'caseField.askKind',
        after: { kind: 'code', key: 'outreach.ask.kind.wave', values: { wave: 1 } },
      },
      { key: 'distanceKm', label: 'caseField.distanceKm', after: { kind: 'number', value: 3.4 } },
    ]);
  });

  it('names why outreach stopped and counts the asks closed', () => {
    expect(
      eventDetails({
        type: 'outreach_stopped',
        before: null,
        after: { needId: 'x', reason: 'all_units_arranged', asksClosed: 3 },
      }),
    ).toEqual([
      {
        key: 'reason',
        label: 'caseField.stopReason',
        after: { kind: 'code', key: 'outreach.stopReason.all_units_arranged' },
      },
      { key: 'asksClosed', label: 'caseField.asksClosed', after: { kind: 'number', value: 3 } },
    ]);
  });

  it("words a donor's answer, its channel and effect, and the units", () => {
    const lines = eventDetails({
      type: 'donor_matched',
      before: null,
      after: {
        askId: 'a',
        needId: 'n',
        donorId: 'd',
        answer: 'yes',
        channel: 'link',
        effect: 'matched',
        unitsArranged: 1,
        unitsRequested: 1,
      },
    });
    expect(lines.map((l) => [l.label, l.after])).toEqual([
      ['caseField.answer', { kind: 'code', key: 'caseEventValue.answer.yes' }],
      ['caseField.answeredBy', { kind: 'code', key: 'outreach.ask.channel.link' }],
      ['caseField.effect', { kind: 'code', key: 'caseEventValue.effect.matched' }],
      ['caseField.unitsArranged', { kind: 'number', value: 1 }],
      ['caseField.unitsRequested', { kind: 'number', value: 1 }],
    ]);
  });

  it('shows an edit before → after, keeps masked numbers as sent, and leaves out keys it does not know', () => {
    const lines = eventDetails({
      type: 'field_edited',
      before: { spo2: 88, requesterPhones: ['+91 98xxx xx345'], districtCode: 'UP-KANPUR-NAGAR', secretField: 'x' },
      after: {
        spo2: 84,
        requesterPhones: ['+91 98xxx xx345', '+91 97xxx xx111'],
        districtCode: 'UP-LUCKNOW',
        secretField: 'y',
      },
    });
    expect(lines).toEqual([
      {
        key: 'requesterPhones',
        label: 'caseField.phones',
        before: { kind: 'list', items: [{ kind: 'text', text: '+91 98xxx xx345' }] },
        after: {
          kind: 'list',
          items: [
            { kind: 'text', text: '+91 98xxx xx345' },
            { kind: 'text', text: '+91 97xxx xx111' },
          ],
        },
      },
      {
        key: 'spo2',
        label: 'caseField.spo2',
        before: { kind: 'number', value: 88 },
        after: { kind: 'number', value: 84 },
      },
      {
        key: 'districtCode',
        label: 'caseField.district',
        before: { kind: 'district', code: 'UP-KANPUR-NAGAR' },
        after: { kind: 'district', code: 'UP-LUCKNOW' },
      },
    ]);
  });

  it('shows a priority an edit moved, before → after, with the rules behind each', () => {
    expect(
      eventDetails({
        type: 'priority_changed',
        before: { priority: 'normal', reasons: [] },
        after: { priority: 'critical', reasons: ['spo2_critical'] },
      }),
    ).toEqual([
      {
        key: 'priority',
        label: 'caseField.priority',
        before: { kind: 'code', key: 'priority.normal' },
        after: { kind: 'code', key: 'priority.critical' },
      },
      {
        key: 'reasons',
        label: 'caseField.reasons',
        before: { kind: 'none' },
        after: { kind: 'list', items: [{ kind: 'code', key: 'priorityReason.spo2_critical' }] },
      },
    ]);
  });

  it('shows the case a split came from, and the assignee by name', () => {
    expect(
      eventDetails({
        type: 'split',
        before: { from: 'KNP-7Q2', fromId: 'id' },
        after: { priority: 'high', reasons: [] },
      }),
    ).toEqual([
      { key: 'from', label: 'caseField.from', after: { kind: 'text', text: 'KNP-7Q2' } },
      { key: 'priority', label: 'caseField.priority', after: { kind: 'code', key: 'priority.high' } },
    ]);
    expect(
      eventDetails({
        type: 'assigned',
        before: { assigneeId: null },
        after: { assigneeId: 'u1', assigneeName: 'Asha' },
      }),
    ).toEqual([
      {
        key: 'assigneeId',
        label: 'caseField.assigneeId',
        before: { kind: 'none' },
        after: { kind: 'person', id: 'u1', name: 'Asha' },
      },
    ]);
  });

  it('leaves out a value that is not of its kind rather than showing it raw', () => {
    expect(
      eventDetails({
        type: 'loan_lent',
        before: null,
        after: { reference: 'LN-1', kind: 'not a code!', dueOn: 'soon', minutesSinceFirstMessage: 42 },
      }).map((l) => l.key),
    ).toEqual(['reference', 'minutesSinceFirstMessage']);
  });
});
