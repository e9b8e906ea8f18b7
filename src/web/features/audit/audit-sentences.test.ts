import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { AuditEventView } from '../../../shared/contracts/audit.js';
import { translations } from '../../translations';
import { describeRow, groupEvents, maskPhone, type Wording } from './audit-sentences';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { translation: translations.en }, hi: { translation: translations.hi } },
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

const districts: Record<string, { en: string; hi: string }> = {
  'UP-KANPUR-NAGAR': { en: 'Kanpur Nagar', hi: 'कानपुर नगर' },
  'UP-UNNAO': { en: 'Unnao', hi: 'उन्नाव' },
};

function wording(language: 'en' | 'hi'): Wording {
  const t = i18n.getFixedT(language) as unknown as TFunction;
  return {
    t,
    optional: (key) =>
      i18n.exists(key, { lng: language }) ? (i18n.getFixedT(language) as (k: string) => string)(key) : undefined,
    districtNames: (codes) => codes.map((code) => districts[code]?.[language] ?? code),
    duration: (minutes) => (language === 'en' ? `${minutes} min` : `${minutes} मिनट`),
    time: (iso) => iso.slice(11, 16),
    languageName: (code) => new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code,
  };
}

const sunita = '11111111-1111-4111-8111-111111111111';
const rakesh = '22222222-2222-4222-8222-222222222222';
const meena = '33333333-3333-4333-8333-333333333333';
const kanpurPolice = '44444444-4444-4444-8444-444444444444';

let nextId = 1;
function event(partial: Partial<AuditEventView> & Pick<AuditEventView, 'action'>): AuditEventView {
  return {
    id: String(nextId++),
    at: '2026-05-01T10:00:00.000Z',
    actorId: null,
    actorName: null,
    subjectType: null,
    subjectId: null,
    ip: '127.0.0.1',
    details: {},
    names: {},
    ...partial,
  };
}

const say = (events: AuditEventView[], language: 'en' | 'hi' = 'en') =>
  groupEvents(events).map((row) => describeRow(row, wording(language)).sentence);

const uuidLike = /[0-9a-f]{8}-[0-9a-f]{4}-/i;

describe('audit sentences', () => {
  it('says who signed in and how', () => {
    const signIn = event({
      action: 'auth.sign_in',
      actorId: sunita,
      actorName: 'Sunita Yadav',
      subjectType: 'user',
      subjectId: sunita,
      details: { via: 'phone' },
      names: { [sunita]: 'Sunita Yadav' },
    });
    expect(say([signIn])).toEqual(['Sunita Yadav signed in (phone)']);
    expect(say([signIn], 'hi')).toEqual(['Sunita Yadav ने साइन-इन किया (फ़ोन नंबर से)']);
  });

  it('folds a run of failed sign-ins ending in the lock into one sentence, with the number masked', () => {
    const attempt = (action: AuditEventView['action'], minute: number) =>
      event({
        action,
        at: `2026-05-01T10:0${minute}:00.000Z`,
        subjectType: 'user',
        details: { identifier: '+919839012345' },
      });
    const rows = groupEvents([
      attempt('auth.sign_in_locked', 4),
      attempt('auth.sign_in_failed', 3),
      attempt('auth.sign_in_failed', 2),
    ]);
    expect(rows).toHaveLength(1);
    const words = describeRow(rows[0]!, wording('en'));
    expect(words.sentence).toBe('3 failed sign-ins for +91 98xxx xx345 (no account) — sign-in locked');
    expect(words.facts).toEqual([
      {
        label: 'Attempts',
        facts: [
          { label: '10:04', value: '127.0.0.1' },
          { label: '10:03', value: '127.0.0.1' },
          { label: '10:02', value: '127.0.0.1' },
        ],
      },
    ]);
    expect(describeRow(rows[0]!, wording('hi')).sentence).toBe(
      '+91 98xxx xx345 (कोई खाता नहीं) के लिए 3 बार साइन-इन असफल रहा — साइन-इन पर रोक लगी',
    );
  });

  it('names the person whose language changed, in both languages', () => {
    const changed = event({
      action: 'user.updated',
      actorId: rakesh,
      actorName: 'Rakesh Tiwari',
      subjectType: 'user',
      subjectId: meena,
      details: { changes: { preferredLanguage: { from: 'hi', to: 'en' } } },
      names: { [meena]: 'Meena Devi' },
    });
    expect(say([changed])).toEqual(["Rakesh Tiwari changed Meena Devi's language from Hindi to English"]);
    expect(say([changed], 'hi')).toEqual(['Rakesh Tiwari ने Meena Devi की भाषा हिन्दी से बदलकर अंग्रेज़ी की']);
  });

  it('puts names to memberships and districts, and never shows an id', () => {
    const added = event({
      action: 'membership.added',
      actorId: rakesh,
      actorName: 'Rakesh Tiwari',
      subjectType: 'membership',
      subjectId: '55555555-5555-4555-8555-555555555555',
      details: { userId: sunita, role: 'operator', organisationId: kanpurPolice, districts: ['UP-KANPUR-NAGAR'] },
      names: { [sunita]: 'Sunita Yadav', [kanpurPolice]: 'Kanpur Nagar Police Commissionerate' },
    });
    const unnamed = event({
      action: 'membership.removed',
      actorId: rakesh,
      actorName: 'Rakesh Tiwari',
      details: { userId: meena, role: 'viewer', organisationId: kanpurPolice, districts: [] },
    });
    const sentences = say([added, unnamed]);
    expect(sentences).toEqual([
      'Rakesh Tiwari added Sunita Yadav to Kanpur Nagar Police Commissionerate as Operator (Kanpur Nagar)',
      'Rakesh Tiwari removed someone from an organisation, where they were Viewer (all its districts)',
    ]);
    for (const sentence of [...sentences, ...say([added, unnamed], 'hi')]) expect(sentence).not.toMatch(uuidLike);
  });

  it('lists what changed in a desk policy', () => {
    const policy = {
      targets: {
        critical: { firstResponseMinutes: 10, fulfilMinutes: 30 },
        high: { firstResponseMinutes: 15, fulfilMinutes: 120 },
        normal: { firstResponseMinutes: 60, fulfilMinutes: 1440 },
      },
      triage: {
        criticalSpo2Below: 90,
        highSpo2Below: 94,
        criticalTransfusionHours: 24,
        highTransfusionHours: 72,
        elderlyAge: 60,
      },
      claimIdleMinutes: 30,
      nearTargetShare: 0.75,
    };
    const after = {
      ...policy,
      targets: { ...policy.targets, critical: { firstResponseMinutes: 5, fulfilMinutes: 30 } },
      nearTargetShare: 0.8,
    };
    const changed = event({
      action: 'organisation.updated',
      actorId: rakesh,
      actorName: 'Rakesh Tiwari',
      subjectType: 'organisation',
      subjectId: kanpurPolice,
      details: { deskPolicy: { before: policy, after } },
      names: { [kanpurPolice]: 'Kanpur Nagar Police Commissionerate' },
    });
    const [row] = groupEvents([changed]);
    const words = describeRow(row!, wording('en'));
    expect(words.sentence).toBe(
      'Rakesh Tiwari changed the time targets and triage rules of Kanpur Nagar Police Commissionerate: ' +
        'Critical · First response within: 10 min → 5 min; ' +
        'Mark a case “near its target” once this share of its time has passed (%): 75 → 80',
    );
    expect(words.facts).toEqual([{ label: 'IP address', value: '127.0.0.1' }]);
  });

  it('translates the facts a sentence leaves out', () => {
    const created = event({
      action: 'user.created',
      actorId: rakesh,
      actorName: 'Rakesh Tiwari',
      subjectType: 'user',
      subjectId: sunita,
      ip: null,
      details: { name: 'Sunita Yadav', phone: '+919000000003', email: null, preferredLanguage: 'hi' },
      names: { [sunita]: 'Sunita Yadav' },
    });
    const [row] = groupEvents([created]);
    expect(describeRow(row!, wording('hi'))).toEqual({
      sentence: 'Rakesh Tiwari ने Sunita Yadav को जोड़ा',
      facts: [
        { label: 'फ़ोन', value: '+91 90xxx xx003' },
        { label: 'ईमेल', value: 'कोई नहीं' },
        { label: 'भाषा', value: 'हिन्दी' },
      ],
    });
  });

  it('masks phone numbers as the server does', () => {
    expect(maskPhone('+919839012345')).toBe('+91 98xxx xx345');
    expect(maskPhone('+12')).toBe('•••');
  });
});
