import { describe, expect, it } from 'vitest';
import { convalescentRefusals, type ConvalescentFacts } from './convalescent.js';

const man: ConvalescentFacts = {
  sex: 'male',
  dateOfBirth: '1990-01-01',
  pregnant: false,
  deferrals: [{ kind: 'covid_recovery', date: '2026-03-01' }],
};
const reasons = (facts: Partial<ConvalescentFacts>, today = '2026-03-15') =>
  convalescentRefusals({ ...man, ...facts }, today).map((r) => r.reason);

describe('convalescent plasma (ICMR 2020)', () => {
  it('a man recovered 14 days ago may give; 13 days is too soon', () => {
    expect(reasons({})).toEqual([]);
    expect(convalescentRefusals(man, '2026-03-14')).toEqual([{ reason: 'recovered_too_recently', date: '2026-03-15' }]);
  });

  it('needs a recorded recovery, the latest counting', () => {
    expect(reasons({ deferrals: [] })).toEqual(['not_recovered']);
    expect(
      reasons({
        deferrals: [
          { kind: 'covid_recovery', date: '2026-01-01' },
          { kind: 'covid_recovery', date: '2026-03-10' },
        ],
      }),
    ).toEqual(['recovered_too_recently']);
  });

  it('28 days after the last vaccine dose: day 27 refused, day 28 allowed', () => {
    const dosed = (date: string) => ({ deferrals: [...man.deferrals, { kind: 'covid_vaccine_dose' as const, date }] });
    expect(convalescentRefusals({ ...man, ...dosed('2026-02-16') }, '2026-03-15')).toEqual([
      { reason: 'vaccinated_too_recently', date: '2026-03-16' },
    ]);
    expect(reasons(dosed('2026-02-15'))).toEqual([]);
  });

  it('women: never-pregnant only, and pregnancy is unknown unless recorded', () => {
    expect(reasons({ sex: 'female' })).toEqual(['pregnancy_unknown']);
    expect(reasons({ sex: 'other' })).toEqual(['pregnancy_unknown']);
    expect(reasons({ sex: 'female', pregnant: true })).toEqual(['ever_pregnant']);
    expect(reasons({ sex: 'female', deferrals: [...man.deferrals, { kind: 'delivery', date: '2020-01-01' }] })).toEqual(
      ['ever_pregnant'],
    );
    expect(reasons({ sex: 'female', deferrals: [...man.deferrals, { kind: 'abortion', date: '2024-01-01' }] })).toEqual(
      ['ever_pregnant'],
    );
    expect(reasons({ sex: null })).toEqual(['sex_unknown']);
  });

  it('18 to 65 at their boundaries', () => {
    expect(convalescentRefusals({ ...man, dateOfBirth: '2008-03-16' }, '2026-03-15')).toEqual([
      { reason: 'age_under_minimum', date: '2026-03-16' },
    ]);
    expect(reasons({ dateOfBirth: '2008-03-15' })).toEqual([]);
    expect(reasons({ dateOfBirth: '1960-03-16' })).toEqual([]);
    expect(reasons({ dateOfBirth: '1960-03-15' })).toEqual(['age_over_maximum']);
    expect(reasons({ dateOfBirth: null })).toEqual([]);
  });
});
