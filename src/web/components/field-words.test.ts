import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { createCaseBody } from '../../shared/contracts/cases.js';
import { createDonorBody } from '../../shared/contracts/donors.js';
import { createUserBody } from '../../shared/contracts/users.js';
import enErrors from '../../../locales/en/errors.json';
import hiErrors from '../../../locales/hi/errors.json';
import { translations } from '../translations';
import { issuesFromZod, withRule, type FieldIssue } from './field-issues';
import { fieldRuleAt } from './field-rules';
import { fieldIssueText, fieldIssueWording, summaryLine, type Speech } from './field-words';

const i18n = createInstance();
void i18n.init({
  resources: {
    en: { translation: translations.en, errors: enErrors },
    hi: { translation: translations.hi, errors: hiErrors },
  },
  lng: 'en',
  fallbackLng: false,
  defaultNS: 'translation',
  ns: ['translation', 'errors'],
  interpolation: { escapeValue: false },
  initAsync: false,
});

function speech(language: 'en' | 'hi'): Speech {
  const t = i18n.getFixedT(language) as unknown as Speech['t'];
  return {
    t,
    formatNumber: (n) => new Intl.NumberFormat(`${language}-IN`).format(n),
    template: (code) => {
      const found: unknown = i18n.getResource(language, 'errors', `validation.${code}`);
      return typeof found === 'string' ? found : undefined;
    },
  };
}

/** What the server sends for a field: its path, code and words, never the bound. */
const fromServer = (field: string, code: string, message = 'server words'): FieldIssue => ({ field, code, message });

describe('fieldRuleAt', () => {
  it('reads the kind and bounds of a field through optional, nullable, default and transforms', () => {
    expect(fieldRuleAt(createCaseBody, 'patient.spo2')).toEqual({ kind: 'number', minimum: 30, maximum: 100 });
    expect(fieldRuleAt(createCaseBody, 'requester.phones.0')).toEqual({ kind: 'text', minimum: 1, maximum: 32 });
    expect(fieldRuleAt(createCaseBody, 'needs')).toEqual({ kind: 'list', minimum: 1, maximum: 10 });
    expect(fieldRuleAt(createCaseBody, 'needs.3.quantity')?.kind).toBe('number');
    expect(fieldRuleAt(createUserBody, 'password')).toEqual({ kind: 'text', minimum: 10, maximum: 200 });
    expect(fieldRuleAt(createDonorBody, 'sex')).toEqual({ kind: 'choice' });
    expect(fieldRuleAt(createCaseBody, 'nowhere.at.all')).toBeNull();
  });
});

describe('fieldIssueText', () => {
  it('says an empty required text is required, in both languages, not "too short (at least 1)"', () => {
    const issue = withRule(fromServer('name', 'too_small'), createUserBody);
    expect(fieldIssueText(issue, speech('en'))).toBe('This is required.');
    expect(fieldIssueText(issue, speech('hi'))).toBe('यह भरना ज़रूरी है।');
    expect(fieldIssueText(withRule(fromServer('phone', 'too_small'), createUserBody), speech('hi'))).toBe(
      'यह भरना ज़रूरी है।',
    );
  });

  it('gives a number its range from the contract, even when the server sent only one bound', () => {
    const issue = withRule(fromServer('patient.spo2', 'too_big'), createCaseBody);
    expect(fieldIssueText(issue, speech('en'))).toBe('Give a number from 30 to 100.');
    expect(fieldIssueText(issue, speech('hi'))).toBe('30 से 100 के बीच की संख्या लिखें।');
  });

  it('says what a PIN code is', () => {
    const issue = withRule(fromServer('location.pincode', 'invalid'), createCaseBody);
    expect(fieldIssueText(issue, speech('en'))).toBe('A PIN code has 6 digits, e.g. 208001.');
    expect(fieldIssueText(issue, speech('hi'))).toBe('पिन कोड में 6 अंक होते हैं, जैसे 208001।');
  });

  it('words a short password by its length, and keeps the words of codes that have their own', () => {
    expect(fieldIssueText(withRule(fromServer('password', 'too_small'), createUserBody), speech('en'))).toBe(
      'Use at least 10 characters.',
    );
    expect(fieldIssueText(fromServer('password', 'password_too_simple'), speech('en'))).toMatch(/^Too easy to guess/);
    expect(fieldIssueText(fromServer('phone', 'invalid_phone'), speech('hi'))).toBe('सही फ़ोन नंबर लिखें, जैसे 98390 12345।');
  });

  it('asks to choose or add one for a choice or a list', () => {
    expect(fieldIssueText(withRule(fromServer('sex', 'invalid_value'), createDonorBody), speech('en'))).toBe(
      'Choose one.',
    );
    expect(fieldIssueText(withRule(fromServer('needs', 'too_small'), createCaseBody), speech('en'))).toBe(
      'Add at least one.',
    );
  });

  it("falls back to the server's words when neither the contract nor the catalog can say more", () => {
    expect(fieldIssueText(fromServer('somewhere', 'too_small', 'Too short (at least 3).'), speech('en'))).toBe(
      'Too short (at least 3).',
    );
  });

  it("words the browser's own check of a contract alike", () => {
    const checked = createCaseBody.safeParse({
      requester: { phones: ['9839012345'], consentToShare: true },
      patient: { spo2: 150 },
      location: { district: 'UP-KANPUR-NAGAR', pincode: '12345' },
      needs: [{ resource: 'oxygen', quantity: 1 }],
    });
    expect(checked.success).toBe(false);
    const words = issuesFromZod(checked.error!).map((issue) => [
      issue.field,
      fieldIssueText(withRule(issue, createCaseBody), speech('en')),
    ]);
    expect(words).toEqual([
      ['patient.spo2', 'Give a number from 30 to 100.'],
      ['location.pincode', 'A PIN code has 6 digits, e.g. 208001.'],
    ]);
  });
});

describe('fieldIssueWording', () => {
  it('leaves codes it has no better words for to the general ones', () => {
    expect(fieldIssueWording({ field: 'email', code: 'invalid_email' })).toBeNull();
  });
});

describe('summaryLine', () => {
  it('names the field, then what is wrong; just the words when the form has no label for it', () => {
    expect(summaryLine(speech('hi').t, 'नाम', 'यह भरना ज़रूरी है।')).toBe('नाम: यह भरना ज़रूरी है।');
    expect(summaryLine(speech('en').t, undefined, 'This is required.')).toBe('This is required.');
  });
});

describe('the summary count', () => {
  it('uses plural forms, not "field(s)"', () => {
    const t = i18n.getFixedT('en');
    expect(t('fieldProblem.count', { count: 1 })).toBe('Correct 1 field.');
    expect(t('fieldProblem.count', { count: 4 })).toBe('Correct 4 fields.');
    expect(i18n.getFixedT('hi')('fieldProblem.count', { count: 4 })).toBe('4 फ़ील्ड में सुधार करें।');
  });
});
