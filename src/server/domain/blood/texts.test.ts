// Every code the blood rules answer with has its text in both languages (locales/{en,hi}/translation/blood.json),
// and every placeholder in a reason's text is among the params the rules give it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flattenCatalog, placeholdersOf, type Catalog } from '../../../shared/catalog-shape.js';
import {
  bloodProducts,
  compatibilityReasons,
  deferralKinds,
  eligibilityReasonCodes,
  rarePhenotypes,
  type DonorProduct,
} from '../../../shared/enums.js';
import { eligibility, type DonorFacts, type EligibilityOptions, type EligibilityReason } from './eligibility.js';

const catalog = (language: 'en' | 'hi') =>
  flattenCatalog(
    JSON.parse(
      readFileSync(new URL(`../../../../locales/${language}/translation/blood.json`, import.meta.url), 'utf8'),
    ) as Catalog,
  );
const catalogs = { en: catalog('en'), hi: catalog('hi') };

const keysUnder = (prefix: string) =>
  [...catalogs.en.keys()]
    .filter((k) => k.startsWith(`${prefix}.`))
    .map((k) => k.slice(prefix.length + 1))
    .sort();

describe('blood texts', () => {
  it.each([
    ['blood.reason', eligibilityReasonCodes],
    ['blood.compatibility', compatibilityReasons],
    ['blood.deferral', deferralKinds],
    ['blood.product', bloodProducts],
    ['blood.phenotype', rarePhenotypes],
  ] as const)('%s has exactly one text per code', (prefix, values) => {
    expect(keysUnder(prefix)).toEqual([...values].sort());
    for (const value of values) {
      expect(catalogs.en.get(`${prefix}.${value}`)).toBeTruthy();
      expect(catalogs.hi.get(`${prefix}.${value}`)).toBeTruthy();
    }
  });

  // One situation for each reason code, so that its params can be checked against its texts.
  const on = new Date('2026-03-01T12:00:00+05:30');
  const donor: DonorFacts = {
    dateOfBirth: '1990-06-15',
    sex: 'male',
    weight: 70,
    firstTimeDonor: false,
    donations: [],
    deferrals: [],
    pregnant: false,
    breastFeeding: false,
    centreDeferral: null,
  };
  const at = (iso: string) => new Date(`${iso}+05:30`);
  const situations: [Partial<DonorFacts>, DonorProduct, EligibilityOptions][] = [
    [{ dateOfBirth: '2010-01-01' }, 'whole_blood', {}],
    [{ dateOfBirth: '1950-01-01' }, 'platelets', {}],
    [{ dateOfBirth: '1964-01-01', firstTimeDonor: true }, 'whole_blood', {}],
    [{ dateOfBirth: '1960-06-01', deferrals: [{ kind: 'tattoo', date: '2026-01-01' }] }, 'whole_blood', {}],
    [{ weight: 40 }, 'whole_blood', {}],
    [{ weight: 50 }, 'whole_blood', { bagMl: 450 }],
    [{ weight: 45 }, 'plasma', {}],
    [{ weight: '45-55' }, 'plasma', {}],
    [{ donations: [{ product: 'whole_blood', date: at('2026-02-01T10:00') }] }, 'whole_blood', {}],
    [{ donations: [{ product: 'whole_blood', date: at('2026-02-10T10:00') }] }, 'platelets', {}],
    [{ donations: [{ product: 'plasma', date: at('2026-02-28T13:00') }] }, 'plasma', {}],
    [
      {
        donations: [
          { product: 'plasma', date: at('2026-02-25T10:00') },
          { product: 'plasma', date: at('2026-02-27T10:00') },
        ],
      },
      'plasma',
      {},
    ],
    [
      {
        donations: Array.from({ length: 24 }, (_, i) => ({
          product: 'plasma' as const,
          date: new Date(at('2025-03-10T10:00').getTime() + i * 14 * 86_400_000),
        })),
      },
      'plasma',
      {},
    ],
    [{ donations: [{ product: 'platelets', date: at('2026-02-20T10:00') }] }, 'whole_blood', {}],
    [
      { donations: [{ product: 'platelets', date: at('2026-02-20T10:00'), reinfusionIncomplete: true }] },
      'whole_blood',
      {},
    ],
    [
      {
        sex: 'female',
        pregnant: true,
        deferrals: [
          { kind: 'delivery', date: '2026-01-01' },
          { kind: 'abortion', date: '2026-01-01' },
          { kind: 'surgery_major', date: '2026-01-01' },
          { kind: 'surgery_minor', date: '2026-01-01' },
          { kind: 'malaria', date: '2026-01-01' },
          { kind: 'dengue', date: '2026-01-01' },
          { kind: 'chikungunya', date: '2026-01-01' },
          { kind: 'zika', date: '2026-01-01' },
          { kind: 'typhoid', date: '2026-01-01' },
          { kind: 'tattoo', date: '2026-01-01' },
          { kind: 'piercing', date: '2026-01-01' },
          { kind: 'covid_recovery', date: '2026-02-20' },
          { kind: 'covid_vaccine_dose', date: '2026-02-20' },
        ],
      },
      'whole_blood',
      {},
    ],
    [{ sex: 'female', breastFeeding: true }, 'whole_blood', {}],
    [{ sex: 'female', breastFeeding: true, breastFeedingUntil: '2026-06-01' }, 'whole_blood', {}],
    [{ centreDeferral: { until: '2026-04-01', reason: 'Hb 11.8' } }, 'whole_blood', {}],
    [{ centreDeferral: { until: null, reason: 'reactive test' } }, 'whole_blood', {}],
    [{ contestedClauses: ['sex_worker'] }, 'whole_blood', { permanentDeferralClauses: true }],
  ];
  const reasons: EligibilityReason[] = situations.flatMap(
    ([facts, product, options]) => eligibility({ ...donor, ...facts }, product, on, options).reasons,
  );

  it('the situations give every reason code', () => {
    expect([...new Set(reasons.map((r) => r.code))].sort()).toEqual([...eligibilityReasonCodes].sort());
  });

  it.each(['en', 'hi'] as const)('every placeholder in a %s reason text is among its params', (language) => {
    const missing = reasons.flatMap(({ code, params }) =>
      placeholdersOf(catalogs[language].get(`blood.reason.${code}`) ?? '')
        .filter((p) => p === undefined || !(p in params))
        .map((p) => `${code}: ${p}`),
    );
    expect(missing).toEqual([]);
  });
});
