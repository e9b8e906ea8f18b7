import { describe, expect, it } from 'vitest';
import { eventDeferralKinds, type DonorProduct, type EventDeferralKind } from '../../../shared/enums.js';
import {
  eligibility,
  nbtc2017Values,
  type DonorFacts,
  type EligibilityOptions,
  type PastDonation,
} from './eligibility.js';

// Fixed instants, written in India Standard Time. Every expected date below is written out by hand.
const ist = (dateTime: string) => new Date(`${dateTime}+05:30`);
const noon = (day: string) => ist(`${day}T12:00:00`);

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

function decide(
  facts: Partial<DonorFacts>,
  on: Date,
  product: DonorProduct = 'whole_blood',
  options: EligibilityOptions = {},
) {
  return eligibility({ ...donor, ...facts }, product, on, options);
}

const given = (product: DonorProduct, dateTime: string, extra: Partial<PastDonation> = {}): PastDonation => ({
  product,
  date: ist(dateTime),
  ...extra,
});

const eligibleOn = (day: string) => ({
  eligible: true,
  from: day,
  reasons: [],
  ruleSet: 'NBTC-2017/DC-2020/COVID-2021-05',
});

const codes = (d: { reasons: { code: string }[] }) => d.reasons.map((r) => r.code);

describe('eligibility', () => {
  it('a healthy regular donor is eligible today, and the decision names its rule set', () => {
    expect(decide({}, noon('2026-03-01'))).toEqual(eligibleOn('2026-03-01'));
    expect(decide({}, noon('2026-03-01'), 'whole_blood', { ruleSet: 'NBTC-2017/DC-2020/COVID-2021-05' })).toEqual(
      eligibleOn('2026-03-01'),
    );
  });

  it('holds the values of the current rule set', () => {
    expect(nbtc2017Values.wholeBloodDays).toEqual({ male: 90, female: 120, other: 120 });
    expect(nbtc2017Values.apheresis).toEqual({ minimumHours: 48, perWeek: 2, weekDays: 7, perYear: 24, yearDays: 365 });
  });

  it('"today" is the day in Asia/Kolkata, not in UTC', () => {
    // 20:00 UTC on 31 March is 01:30 on 1 April in India: day 90 after 1 January.
    const donations = [given('whole_blood', '2026-01-01T10:00:00')];
    expect(decide({ donations }, new Date('2026-03-31T18:29:59Z')).eligible).toBe(false);
    expect(decide({ donations }, new Date('2026-03-31T18:30:00Z'))).toEqual(eligibleOn('2026-04-01'));
  });
});

describe('whole blood after whole blood: days, not months', () => {
  const donations = [given('whole_blood', '2026-01-01T10:00:00')];

  it('men: refused on day 89, eligible on day 90', () => {
    expect(decide({ donations }, ist('2026-03-31T23:59:00'))).toEqual({
      eligible: false,
      from: '2026-04-01',
      reasons: [{ code: 'whole_blood_interval', params: { days: 90, date: '2026-04-01' } }],
      ruleSet: 'NBTC-2017/DC-2020/COVID-2021-05',
    });
    expect(decide({ donations }, ist('2026-04-01T00:01:00'))).toEqual(eligibleOn('2026-04-01'));
  });

  it('women: refused on day 119, eligible on day 120', () => {
    const woman = { sex: 'female' as const, donations };
    expect(decide(woman, noon('2026-04-30'))).toMatchObject({
      eligible: false,
      from: '2026-05-01',
      reasons: [{ code: 'whole_blood_interval', params: { days: 120, date: '2026-05-01' } }],
    });
    expect(decide(woman, noon('2026-05-01')).eligible).toBe(true);
  });

  it("'other' takes the longer interval, 120 days", () => {
    expect(decide({ sex: 'other', donations }, noon('2026-04-30')).from).toBe('2026-05-01');
  });

  it('the donation day is the day in India (01:30 IST on 2 January counts as 2 January)', () => {
    const late = [{ product: 'whole_blood' as const, date: new Date('2026-01-01T20:00:00Z') }];
    expect(decide({ donations: late }, noon('2026-04-01')).from).toBe('2026-04-02');
  });

  it('counts from the latest donation, and ignores donations recorded after the day asked about', () => {
    const two = [given('whole_blood', '2025-09-01T10:00:00'), given('whole_blood', '2026-01-01T10:00:00')];
    expect(decide({ donations: two }, noon('2026-03-01')).from).toBe('2026-04-01');
    expect(decide({ donations: two }, noon('2025-12-15')).eligible).toBe(true);
  });

  it('an apheresis donation does not start the 90 days', () => {
    expect(decide({ donations: [given('plasma', '2026-02-20T10:00:00')] }, noon('2026-03-01')).eligible).toBe(true);
  });
});

describe('apheresis', () => {
  it('at least 48 hours apart: refused at 47 h, eligible at 48 h', () => {
    const donations = [given('platelets', '2026-03-01T09:00:00')];
    expect(decide({ donations }, ist('2026-03-03T08:00:00'), 'platelets')).toEqual({
      eligible: false,
      from: '2026-03-03',
      reasons: [
        { code: 'apheresis_interval', params: { hours: 48, date: '2026-03-03', at: '2026-03-03T03:30:00.000Z' } },
      ],
      ruleSet: 'NBTC-2017/DC-2020/COVID-2021-05',
    });
    expect(decide({ donations }, ist('2026-03-03T09:00:00'), 'platelets')).toEqual(eligibleOn('2026-03-03'));
  });

  it('platelets and plasma count together', () => {
    const donations = [given('plasma', '2026-03-01T09:00:00')];
    expect(codes(decide({ donations }, ist('2026-03-02T09:00:00'), 'platelets'))).toEqual(['apheresis_interval']);
  });

  it('2 in any 7 days: a third is refused until the first drops out of the window', () => {
    const donations = [given('platelets', '2026-03-01T09:00:00'), given('plasma', '2026-03-03T09:00:00')];
    const refused = {
      eligible: false,
      from: '2026-03-08',
      reasons: [{ code: 'apheresis_week_limit', params: { count: 2, days: 7, date: '2026-03-08' } }],
    };
    expect(decide({ donations }, ist('2026-03-05T09:00:00'), 'platelets')).toMatchObject(refused);
    expect(decide({ donations }, ist('2026-03-07T23:59:00'), 'plasma')).toMatchObject(refused);
    expect(decide({ donations }, ist('2026-03-08T00:00:00'), 'platelets')).toEqual(eligibleOn('2026-03-08'));
  });

  it('24 in any 365 days: the 25th waits until the first is a year old', () => {
    const first = ist('2025-03-10T09:00:00').getTime();
    const fortnightly = Array.from({ length: 24 }, (_, i) => ({
      product: 'platelets' as const,
      date: new Date(first + i * 14 * 86_400_000),
    }));
    expect(fortnightly.at(-1)?.date).toEqual(ist('2026-01-26T09:00:00'));
    expect(decide({ donations: fortnightly }, noon('2026-03-09'), 'platelets')).toMatchObject({
      eligible: false,
      from: '2026-03-10',
      reasons: [{ code: 'apheresis_year_limit', params: { count: 24, days: 365, date: '2026-03-10' } }],
    });
    expect(decide({ donations: fortnightly }, noon('2026-03-10'), 'platelets')).toEqual(eligibleOn('2026-03-10'));
    expect(decide({ donations: fortnightly.slice(1) }, noon('2026-03-09'), 'platelets').eligible).toBe(true);
  });

  it('apheresis donors are 18 to 60 and weigh at least 50 kg', () => {
    const sixty = { dateOfBirth: '1965-03-01' };
    expect(decide(sixty, noon('2026-02-28'), 'platelets').eligible).toBe(true);
    expect(decide(sixty, noon('2026-03-01'), 'platelets')).toMatchObject({
      eligible: false,
      from: null,
      reasons: [{ code: 'age_over_apheresis', params: { age: 60 } }],
    });
    expect(decide(sixty, noon('2026-03-01'), 'whole_blood').eligible).toBe(true);
  });

  it('platelets or plasma from a whole-blood donation follow the whole-blood rules', () => {
    const donations = [given('whole_blood', '2026-01-01T10:00:00')];
    const fromWholeBlood = { apheresis: false };
    expect(codes(decide({ donations }, noon('2026-03-01'), 'plasma', fromWholeBlood))).toEqual([
      'whole_blood_interval',
    ]);
    expect(decide({ weight: 47 }, noon('2026-03-01'), 'platelets', fromWholeBlood).eligible).toBe(true);
    expect(decide({ weight: 47 }, noon('2026-03-01'), 'platelets').eligible).toBe(false);
  });
});

describe('whole blood and plateletpheresis, 28 days both ways', () => {
  it('plateletpheresis after whole blood: refused on day 27, eligible on day 28', () => {
    const donations = [given('whole_blood', '2026-01-10T10:00:00')];
    expect(decide({ donations }, noon('2026-02-06'), 'platelets')).toMatchObject({
      eligible: false,
      from: '2026-02-07',
      reasons: [{ code: 'whole_blood_before_plateletpheresis', params: { days: 28, date: '2026-02-07' } }],
    });
    expect(decide({ donations }, noon('2026-02-07'), 'platelets')).toEqual(eligibleOn('2026-02-07'));
  });

  it('whole blood after plateletpheresis: refused on day 27, eligible on day 28', () => {
    const donations = [given('platelets', '2026-01-10T10:00:00')];
    expect(decide({ donations }, noon('2026-02-06'))).toMatchObject({
      eligible: false,
      from: '2026-02-07',
      reasons: [{ code: 'plateletpheresis_before_whole_blood', params: { days: 28, date: '2026-02-07' } }],
    });
    expect(decide({ donations }, noon('2026-02-07'))).toEqual(eligibleOn('2026-02-07'));
  });

  it('90 days when the red cells were not all returned', () => {
    const donations = [given('platelets', '2026-01-10T10:00:00', { reinfusionIncomplete: true })];
    expect(decide({ donations }, noon('2026-04-09'))).toMatchObject({
      eligible: false,
      from: '2026-04-10',
      reasons: [{ code: 'plateletpheresis_incomplete_reinfusion', params: { days: 90, date: '2026-04-10' } }],
    });
    expect(decide({ donations }, noon('2026-04-10')).eligible).toBe(true);
  });

  it('plasmapheresis is not plateletpheresis: only the 48 hours apply between it and whole blood', () => {
    expect(decide({ donations: [given('whole_blood', '2026-01-10T10:00:00')] }, noon('2026-01-12'), 'plasma')).toEqual(
      eligibleOn('2026-01-12'),
    );
    const plasma = [given('plasma', '2026-01-10T10:00:00')];
    expect(codes(decide({ donations: plasma }, ist('2026-01-12T09:59:00')))).toEqual(['apheresis_interval']);
    expect(decide({ donations: plasma }, ist('2026-01-12T10:00:00')).eligible).toBe(true);
  });
});

describe('COVID-19', () => {
  it('a vaccine dose: refused on dose + 13 days, eligible on + 14 (after each dose)', () => {
    const deferrals = [
      { kind: 'covid_vaccine_dose' as const, date: '2026-01-01' },
      { kind: 'covid_vaccine_dose' as const, date: '2026-02-10' },
    ];
    expect(decide({ deferrals }, noon('2026-02-23'))).toMatchObject({
      eligible: false,
      from: '2026-02-24',
      reasons: [{ code: 'covid_vaccine_dose', params: { days: 14, date: '2026-02-24' } }],
    });
    expect(decide({ deferrals }, noon('2026-02-24')).eligible).toBe(true);
  });

  it('recovery (discharge or the end of home isolation): refused on + 27 days, eligible on + 28', () => {
    const deferrals = [{ kind: 'covid_recovery' as const, date: '2026-02-10' }];
    expect(decide({ deferrals }, noon('2026-03-09'))).toMatchObject({
      eligible: false,
      from: '2026-03-10',
      reasons: [{ code: 'covid_recovery', params: { days: 28, date: '2026-03-10' } }],
    });
    expect(decide({ deferrals }, noon('2026-03-10')).eligible).toBe(true);
  });
});

describe('deferrals counted in calendar months', () => {
  // kind, months, the event or recovery, the last day refused, the first day eligible
  const table: [EventDeferralKind, number, string, string, string][] = [
    ['delivery', 12, '2025-03-01', '2026-02-28', '2026-03-01'],
    ['abortion', 6, '2025-09-15', '2026-03-14', '2026-03-15'],
    ['surgery_major', 12, '2025-04-20', '2026-04-19', '2026-04-20'],
    ['surgery_minor', 6, '2025-10-05', '2026-04-04', '2026-04-05'],
    ['malaria', 3, '2026-01-15', '2026-04-14', '2026-04-15'],
    ['dengue', 6, '2025-11-30', '2026-05-29', '2026-05-30'],
    ['chikungunya', 6, '2025-12-01', '2026-05-31', '2026-06-01'],
    ['zika', 4, '2026-01-31', '2026-05-30', '2026-05-31'],
    ['typhoid', 12, '2025-07-07', '2026-07-06', '2026-07-07'],
    ['tattoo', 12, '2025-05-05', '2026-05-04', '2026-05-05'],
    ['piercing', 12, '2025-12-31', '2026-12-30', '2026-12-31'],
  ];

  it('covers every dated deferral but COVID (counted in days above)', () => {
    expect(table.map(([kind]) => kind).sort()).toEqual(
      eventDeferralKinds.filter((k) => !k.startsWith('covid')).toSorted(),
    );
  });

  it.each(table)('%s: %i months after %s', (kind, months, date, lastRefused, firstEligible) => {
    const deferrals = [{ kind, date }];
    expect(decide({ deferrals }, noon(lastRefused))).toMatchObject({
      eligible: false,
      from: firstEligible,
      reasons: [{ code: kind, params: { months, date: firstEligible } }],
    });
    expect(decide({ deferrals }, noon(firstEligible))).toEqual(eligibleOn(firstEligible));
  });

  it('a month without the day runs to the first of the next month (31 August + 6 months → 1 March)', () => {
    const deferrals = [{ kind: 'surgery_minor' as const, date: '2025-08-31' }];
    expect(decide({ deferrals }, noon('2026-02-28')).from).toBe('2026-03-01');
    expect(decide({ deferrals }, noon('2026-03-01')).eligible).toBe(true);
  });
});

describe('pregnancy and breast-feeding', () => {
  it('not while pregnant, with no day to give', () => {
    expect(decide({ sex: 'female', pregnant: true }, noon('2026-03-01'))).toMatchObject({
      eligible: false,
      from: null,
      reasons: [{ code: 'pregnancy', params: {} }],
    });
  });

  it('not while breast-feeding: no day unless its end is given', () => {
    const woman = { sex: 'female' as const, breastFeeding: true };
    expect(decide(woman, noon('2026-03-01'))).toMatchObject({
      eligible: false,
      from: null,
      reasons: [{ code: 'breast_feeding' }],
    });
    expect(decide({ ...woman, breastFeedingUntil: '2026-05-01' }, noon('2026-03-01'))).toMatchObject({
      eligible: false,
      from: '2026-05-01',
      reasons: [{ code: 'breast_feeding_until', params: { date: '2026-05-01' } }],
    });
    expect(decide({ ...woman, breastFeedingUntil: '2026-05-01' }, noon('2026-05-01')).eligible).toBe(true);
  });
});

describe('age', () => {
  it('eligible from the 18th birthday', () => {
    const young = { dateOfBirth: '2008-03-01' };
    expect(decide(young, noon('2026-02-28'))).toMatchObject({
      eligible: false,
      from: '2026-03-01',
      reasons: [{ code: 'age_under_minimum', params: { age: 18, date: '2026-03-01' } }],
    });
    expect(decide(young, ist('2026-03-01T00:00:00'))).toEqual(eligibleOn('2026-03-01'));
  });

  it('born on 29 February: 18 on 1 March in a common year', () => {
    expect(decide({ dateOfBirth: '2008-02-29' }, noon('2026-02-28')).from).toBe('2026-03-01');
    expect(decide({ dateOfBirth: '2008-02-29' }, noon('2026-03-01')).eligible).toBe(true);
  });

  it('not from the 66th birthday on', () => {
    const old = { dateOfBirth: '1960-03-01' };
    expect(decide(old, noon('2026-02-28')).eligible).toBe(true);
    expect(decide(old, noon('2026-03-01'))).toMatchObject({
      eligible: false,
      from: null,
      reasons: [{ code: 'age_over_maximum', params: { age: 65 } }],
    });
  });

  it('a first-time donor at 60 yes, at 61 no', () => {
    const firstTimer = { dateOfBirth: '1965-03-01', firstTimeDonor: true };
    expect(decide(firstTimer, noon('2026-02-28')).eligible).toBe(true);
    expect(decide(firstTimer, noon('2026-03-01'))).toMatchObject({
      eligible: false,
      from: null,
      reasons: [{ code: 'age_over_first_time', params: { age: 60 } }],
    });
    expect(decide({ ...firstTimer, firstTimeDonor: false }, noon('2026-03-01')).eligible).toBe(true);
    // A donation on record says otherwise.
    const donations = [given('whole_blood', '2020-01-01T10:00:00')];
    expect(decide({ ...firstTimer, donations }, noon('2026-03-01')).eligible).toBe(true);
  });

  it('no day at all when the deferrals outlast the age limit', () => {
    const deferrals = [{ kind: 'tattoo' as const, date: '2026-01-01' }];
    expect(decide({ dateOfBirth: '1960-06-01', deferrals }, noon('2026-03-01'))).toMatchObject({
      eligible: false,
      from: null,
      reasons: [
        { code: 'tattoo', params: { months: 12, date: '2027-01-01' } },
        { code: 'ages_out_before_eligible', params: { age: 65, date: '2026-06-01' } },
      ],
    });
    expect(decide({ dateOfBirth: '1961-06-01', deferrals }, noon('2026-03-01')).from).toBe('2027-01-01');
  });
});

describe('weight', () => {
  it.each([
    [44.9, 350, false],
    [45, 350, true],
    [55, 450, false],
    [55.1, 450, true],
  ] as const)('%s kg, %s ml bag: eligible %s', (weight, bagMl, eligible) => {
    expect(decide({ weight }, noon('2026-03-01'), 'whole_blood', { bagMl }).eligible).toBe(eligible);
  });

  it.each([
    [49.9, false],
    [50, true],
  ] as const)('%s kg, apheresis: eligible %s', (weight, eligible) => {
    expect(decide({ weight }, noon('2026-03-01'), 'platelets').eligible).toBe(eligible);
  });

  it('says which rule and gives no day', () => {
    expect(decide({ weight: 44.9 }, noon('2026-03-01'))).toMatchObject({
      from: null,
      reasons: [{ code: 'weight_below_350', params: { kg: 45, ml: 350 } }],
    });
    expect(decide({ weight: 55 }, noon('2026-03-01'), 'whole_blood', { bagMl: 450 }).reasons).toEqual([
      { code: 'weight_not_over_450', params: { kg: 55, ml: 450 } },
    ]);
    expect(decide({ weight: 49.9 }, noon('2026-03-01'), 'plasma').reasons).toEqual([
      { code: 'weight_below_apheresis', params: { kg: 50 } },
    ]);
  });

  it.each([
    ['<45', 'whole_blood', 350, ['weight_below_350']],
    ['45-55', 'whole_blood', 350, []],
    ['>55', 'whole_blood', 350, []],
    ['<45', 'whole_blood', 450, ['weight_not_over_450']],
    ['45-55', 'whole_blood', 450, ['weight_not_over_450']],
    ['>55', 'whole_blood', 450, []],
    ['<45', 'platelets', 350, ['weight_below_apheresis']],
    ['45-55', 'platelets', 350, ['weight_unconfirmed_apheresis']],
    ['>55', 'platelets', 350, []],
  ] as const)('band %s, %s, %s ml: %j', (weight, product, bagMl, expected) => {
    expect(codes(decide({ weight }, noon('2026-03-01'), product, { bagMl }))).toEqual(expected);
  });
});

describe("a blood centre's deferral", () => {
  const centreDeferral = { until: '2026-04-01', reason: 'low haemoglobin' };

  it("overrides the donor's own 'fine'", () => {
    expect(decide({ centreDeferral }, noon('2026-03-01'))).toEqual({
      eligible: false,
      from: '2026-04-01',
      reasons: [{ code: 'centre_deferral', params: { reason: 'low haemoglobin', date: '2026-04-01' } }],
      ruleSet: 'NBTC-2017/DC-2020/COVID-2021-05',
    });
    expect(decide({ centreDeferral }, noon('2026-04-01')).eligible).toBe(true);
  });

  it('with no end date gives no day', () => {
    expect(decide({ centreDeferral: { until: null, reason: 'reactive test' } }, noon('2026-03-01'))).toMatchObject({
      eligible: false,
      from: null,
      reasons: [{ code: 'centre_deferral_indefinite', params: { reason: 'reactive test' } }],
    });
  });

  it("is not shortened by the donor's answers, and newer answers still count", () => {
    const malaria = [{ kind: 'malaria' as const, date: '2026-02-01' }];
    expect(decide({ centreDeferral, deferrals: malaria }, noon('2026-03-01')).from).toBe('2026-05-01');
    const piercing = [{ kind: 'piercing' as const, date: '2025-01-15' }];
    expect(decide({ centreDeferral, deferrals: piercing }, noon('2026-03-01')).from).toBe('2026-04-01');
  });
});

describe('several reasons at once', () => {
  it('lists them all and gives the latest day', () => {
    const d = decide(
      {
        donations: [given('whole_blood', '2026-01-05T10:00:00')],
        deferrals: [
          { kind: 'tattoo', date: '2025-06-01' },
          { kind: 'dengue', date: '2026-01-10' },
          { kind: 'covid_vaccine_dose', date: '2025-12-01' },
        ],
      },
      noon('2026-03-01'),
    );
    expect(d).toEqual({
      eligible: false,
      from: '2026-07-10',
      reasons: [
        { code: 'whole_blood_interval', params: { days: 90, date: '2026-04-05' } },
        { code: 'tattoo', params: { months: 12, date: '2026-06-01' } },
        { code: 'dengue', params: { months: 6, date: '2026-07-10' } },
      ],
      ruleSet: 'NBTC-2017/DC-2020/COVID-2021-05',
    });
  });

  it('any reason without a day leaves no day', () => {
    const d = decide({ weight: 40, deferrals: [{ kind: 'malaria', date: '2026-02-01' }] }, noon('2026-03-01'));
    expect(d.from).toBeNull();
    expect(codes(d)).toEqual(['weight_below_350', 'malaria']);
  });
});

describe('the contested 2017 permanent-deferral clauses', () => {
  const answers = { contestedClauses: ['men_who_have_sex_with_men' as const] };

  it('have no effect unless the organisation switches them on', () => {
    expect(decide(answers, noon('2026-03-01'))).toEqual(eligibleOn('2026-03-01'));
    expect(decide(answers, noon('2026-03-01'), 'whole_blood', { permanentDeferralClauses: false }).eligible).toBe(true);
  });

  it('when on, defer permanently: no day', () => {
    expect(decide(answers, noon('2026-03-01'), 'whole_blood', { permanentDeferralClauses: true })).toEqual({
      eligible: false,
      from: null,
      reasons: [{ code: 'contested_clause', params: { clause: 'men_who_have_sex_with_men' } }],
      ruleSet: 'NBTC-2017/DC-2020/COVID-2021-05',
    });
    expect(decide({}, noon('2026-03-01'), 'whole_blood', { permanentDeferralClauses: true }).eligible).toBe(true);
  });
});

describe('bad input', () => {
  it('refuses dates that are not ISO days', () => {
    expect(() => decide({ dateOfBirth: '15/06/1990' }, noon('2026-03-01'))).toThrow(RangeError);
    expect(() => decide({ deferrals: [{ kind: 'tattoo', date: '2026-02-30' }] }, noon('2026-03-01'))).toThrow(
      RangeError,
    );
    expect(() => decide({}, new Date('not a date'))).toThrow(RangeError);
  });
});
