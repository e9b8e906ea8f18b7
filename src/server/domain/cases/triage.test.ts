import { describe, expect, it } from 'vitest';
import { defaultDeskPolicy } from './desk-policy.js';
import { triage, type TriageFacts } from './triage.js';

const now = new Date('2026-11-22T06:30:00Z'); // 12:00 IST
const facts = (f: Partial<TriageFacts>): TriageFacts => ({
  spo2: null,
  age: null,
  conditions: [],
  resources: ['medicine'],
  transfusionDate: null,
  ...f,
});
const p = (f: Partial<TriageFacts>) => triage(facts(f), defaultDeskPolicy.triage, now);

describe('triage', () => {
  it.each([
    [84, 'critical'],
    [89, 'critical'],
    [90, 'high'],
    [93, 'high'],
    [94, 'normal'],
    [98, 'normal'],
  ] as const)('SpO2 %i → %s', (spo2, priority) => {
    expect(p({ spo2 }).priority).toBe(priority);
  });

  it('an ICU or ventilator need is critical whatever the SpO2', () => {
    expect(p({ spo2: 97, resources: ['bed_icu'] })).toEqual({ priority: 'critical', reasons: ['icu_or_ventilator'] });
    expect(p({ resources: ['bed_ventilator'] }).priority).toBe('critical');
  });

  it('an oxygen need without a SpO2 reading is high until someone measures', () => {
    expect(p({ resources: ['oxygen_cylinder'] })).toEqual({ priority: 'high', reasons: ['oxygen_without_spo2'] });
    expect(p({ resources: ['oxygen_cylinder'], spo2: 96 }).priority).toBe('normal');
  });

  it('a thalassemia transfusion is prioritised by its date', () => {
    const thal = { conditions: ['thalassemia'] as const, resources: ['blood'] as const };
    expect(p({ ...thal, transfusionDate: '2026-11-22' }).priority).toBe('critical');
    expect(p({ ...thal, transfusionDate: '2026-11-23' }).priority).toBe('critical');
    expect(p({ ...thal, transfusionDate: '2026-11-24' }).priority).toBe('high');
    expect(p({ ...thal, transfusionDate: '2026-12-10' }).priority).toBe('normal');
    expect(p({ transfusionDate: '2026-11-22', resources: ['blood'] }).priority).toBe('normal');
  });

  it('elderly or pregnant COVID patients are high', () => {
    expect(p({ conditions: ['covid_positive'], age: 67 }).reasons).toEqual(['elderly_covid']);
    expect(p({ conditions: ['covid_positive', 'pregnant'], age: 28 }).priority).toBe('high');
    expect(p({ conditions: ['covid_positive'], age: 40 }).priority).toBe('normal');
  });

  it('follows configured thresholds', () => {
    const strict = { ...defaultDeskPolicy.triage, criticalSpo2Below: 92 };
    expect(triage(facts({ spo2: 91 }), strict, now).priority).toBe('critical');
  });

  it('a plea that says it is urgent is high, never critical on that alone', () => {
    expect(triage(facts({ urgency: 'jaldi' }), defaultDeskPolicy.triage, now)).toEqual({
      priority: 'high',
      reasons: ['urgent_words'],
    });
    expect(triage(facts({ spo2: 80, urgency: 'urgent' }), defaultDeskPolicy.triage, now)).toEqual({
      priority: 'critical',
      reasons: ['spo2_critical', 'urgent_words'],
    });
  });
});
