// The channels catalogs (locales/{en,hi}/channels.json) against every template the conversation and the
// notifications can name, and against what an SMS can carry.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flattenCatalog, placeholdersOf, unsortedCatalogObjects, type Catalog } from '../../../shared/catalog-shape.js';
import { caseStatuses } from '../../../shared/enums.js';
import { channelText } from '../../i18n.js';
import { notifiableStatuses } from './outbound/notify-policy.js';

const read = (language: 'en' | 'hi') =>
  JSON.parse(
    readFileSync(new URL(`../../../../locales/${language}/channels.json`, import.meta.url), 'utf8'),
  ) as Catalog;
const raw = { en: read('en'), hi: read('hi') };
const catalogs = { en: flattenCatalog(raw.en), hi: flattenCatalog(raw.hi) };

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
  'sign_in_code',
  'status_usage',
  'unsupported',
  'welcome',
  // Blood: the thank-you for a recorded donation (usecases/donors/record-donation.ts).
  'donor_thanks.next',
  'donor_thanks.reached',
  'donor_thanks.reached_case',
  'donor_thanks.stop',
  'donor_thanks.thanks',
  ...(['plasma', 'platelets', 'whole_blood'] as const).map((p) => `donor_thanks.product.${p}`),
  ...(['patient', 'thalassemia_child', 'thalassemia_patient'] as const).map((w) => `donor_thanks.where.${w}`),
  // Blood: what a donor hears once their answer to an ask is recorded (usecases/outreach/answer-reply.ts).
  ...(
    [
      'matched',
      'matched_on',
      'contact_phone',
      'contact_none',
      'already_arranged',
      'no_longer_needed',
      'declined',
    ] as const
  ).map((k) => `donor_answer.${k}`),
  // Blood: asking a donor (usecases/outreach/create-asks.ts) and the donor's one-time codes (send-phone-code.ts).
  'donor_ask.ask',
  'donor_ask.ask_on',
  'donor_ask.stop',
  'donor_ask.units_one',
  'donor_ask.units_other',
  'donor_code.donor_register',
  'donor_code.donor_history',
  // Blood: registering by WhatsApp/SMS (domain/channels/donor-registration.ts, usecases/channels/register-channel-donor.ts).
  'donor_ask_group',
  'donor_ask_district',
  'donor_ask_last_donation',
  'ask_again.donor_group',
  'ask_again.donor_district',
  'ask_again.donor_last_donation',
  'donor_registered.now',
  'donor_registered.later',
  'donor_unnamed',
  'donor_consent_purpose',
  // Lending: the borrower's due reminders and RETURN reply, the coordinators' overdue message (usecases/loans/*).
  'loan_reminder.before_due',
  'loan_reminder.on_due',
  'loan_return.requested',
  'loan_return.not_found',
  'loan_overdue',
  // Lending: the coordinators' oxygen stock alert (usecases/oxygen-stock/raise-stock-alert.ts).
  'stock_low',
  // Certificates: the donor's link (usecases/certificates/send-certificate.ts) and what the PDF prints
  // (certificates/render-certificate.ts).
  'certificate.send',
  ...[
    'donated',
    'group_unknown',
    'number',
    'presented_to',
    'revoked',
    'subtitle',
    'thanks',
    'title',
    'units_one',
    'units_other',
    'verify',
  ].map((k) => `certificate.pdf.${k}`),
  ...(['plasma', 'platelets', 'whole_blood'] as const).map((p) => `certificate.pdf.product.${p}`),
  // Thalassemia rosters: a booked donor's ask, the replies to their answer, the day-before reminder, and the plea
  // text of a transfusion's desk case (usecases/transfusion-bookings/*).
  ...['ask', 'case_plea', 'confirmed', 'declined', 'reminder'].map((k) => `transfusion_booking.${k}`),
  // Camps: the invitation, the thank-yous, the call-off, registering by "CAMP <code>", and the confirmation of a
  // registration on the page or at the desk (usecases/camps/*).
  ...[
    'already_registered',
    'ask_name',
    'cancelled',
    'closed',
    'confirmed',
    'consent_purpose',
    'invite',
    'no_free_slot',
    'not_found',
    'registered',
    'slot_changed',
    'slot_full',
    'stop',
    'thanks_deferred',
    'thanks_deferred_open',
    'thanks_donated',
  ].map((k) => `camp.${k}`),
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
    expect(unsortedCatalogObjects(raw[language])).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    expect(catalogs.en.size).toBeGreaterThan(0);
    for (const [key, text] of catalogs.en) {
      expect(placeholdersOf(catalogs.hi.get(key) ?? ''), key).toEqual(placeholdersOf(text));
    }
  });

  it('Hindi is in Devanagari, with no English left but in placeholders', () => {
    expect(catalogs.hi.size).toBeGreaterThan(0);
    for (const [key, text] of catalogs.hi) {
      expect(text, key).toMatch(/[\u0900-\u097F]/);
      expect(text.replace(/\{\{\s*\w+\s*\}\}/g, ''), key).not.toMatch(/[A-Za-z]/);
    }
  });

  it('fit a short SMS: under 300 characters with a long reference and district filled in', () => {
    for (const language of ['en', 'hi'] as const) {
      expect(catalogs[language].size, language).toBeGreaterThan(0);
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
