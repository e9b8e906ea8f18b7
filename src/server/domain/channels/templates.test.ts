// The channels catalogs (locales/{en,hi}/channels.json) against every template the conversation and the
// notifications can name, and against what an SMS can carry.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseStatuses } from '../../../shared/enums.js';
import { channelText } from '../../i18n.js';
import { notifiableStatuses } from './outbound/notify-policy.js';

type Catalog = { [key: string]: string | Catalog };

function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [k, v] of flatten(value, path)) flat.set(k, v);
  }
  return flat;
}

function unsorted(catalog: Catalog, prefix = ''): string[] {
  const keys = Object.keys(catalog);
  const here = keys.join() === [...keys].sort().join() ? [] : [prefix || '(top level)'];
  return [
    ...here,
    ...keys.flatMap((k) => {
      const v = catalog[k];
      return typeof v === 'object' ? unsorted(v, prefix ? `${prefix}.${k}` : k) : [];
    }),
  ];
}

const read = (language: 'en' | 'hi') =>
  JSON.parse(
    readFileSync(new URL(`../../../../locales/${language}/channels.json`, import.meta.url), 'utf8'),
  ) as Catalog;
const raw = { en: read('en'), hi: read('hi') };
const catalogs = { en: flatten(raw.en), hi: flatten(raw.hi) };
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Every key the code can name. */
const used = [
  'ask_need',
  'ask_district',
  'ask_phone',
  'ask_again.need',
  'ask_again.district',
  'ask_again.phone',
  'ask_again.menu',
  'case_opened',
  'case_opened_again',
  'case_attached',
  'escalation',
  'handover',
  'help',
  'lead_offer_thanks',
  'lead_donor_thanks',
  'lead_volunteer_thanks',
  'menu',
  'menu_option.need',
  'menu_option.donate',
  'menu_option.volunteer',
  'missed_call',
  'not_understood',
  'noted',
  'opted_in',
  'opted_out',
  'status_usage',
  'unsupported',
  'welcome',
  ...caseStatuses.map((s) => `status.${s}`),
  'status.not_found',
  ...notifiableStatuses.map((s) => `notify.${s}`),
];

describe('channels catalogs', () => {
  it('have the same keys in Hindi and English, and exactly the ones the code uses', () => {
    expect([...catalogs.hi.keys()].sort()).toEqual([...catalogs.en.keys()].sort());
    expect([...catalogs.en.keys()].sort()).toEqual([...used].sort());
  });

  it.each(['en', 'hi'] as const)('%s keeps its keys sorted', (language) => {
    expect(unsorted(raw[language])).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of catalogs.en) {
      expect(placeholders(catalogs.hi.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('Hindi is in Devanagari, with no English left but in placeholders', () => {
    for (const [key, text] of catalogs.hi) {
      expect(text, key).toMatch(/[\u0900-\u097F]/);
      expect(text.replace(/\{\{\s*\w+\s*\}\}/g, ''), key).not.toMatch(/[A-Za-z]/);
    }
  });

  it('fit a short SMS: under 300 characters with a long reference and district filled in', () => {
    for (const language of ['en', 'hi'] as const) {
      for (const key of catalogs[language].keys()) {
        const text = channelText(language, key, { reference: 'KNP-4F7QXY', district: 'Kanpur Nagar', minutes: 120 });
        expect(text.length, `${language} ${key}`).toBeLessThan(300);
      }
    }
  });

  it('button titles fit WhatsApp’s 20 characters', () => {
    for (const language of ['en', 'hi'] as const) {
      for (const key of ['menu_option.need', 'menu_option.donate', 'menu_option.volunteer']) {
        expect([...channelText(language, key)].length, key).toBeLessThanOrEqual(20);
      }
    }
  });

  it('render with parameters, and refuse unknown keys', () => {
    expect(channelText('en', 'case_opened', { reference: 'KNP-4F7Q' })).toContain('STATUS KNP-4F7Q');
    expect(channelText('hi', 'case_opened', { reference: 'KNP-4F7Q' })).toContain('स्थिति KNP-4F7Q');
    expect(channelText('en', 'escalation', { reference: 'KNP-4F7Q', district: 'Kanpur Nagar', minutes: 12 })).toBe(
      'Critical case KNP-4F7Q in Kanpur Nagar is past its target by 12 min. Please act now.',
    );
    expect(() => channelText('en', 'no_such_key')).toThrow();
  });
});
