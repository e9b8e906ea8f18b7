import { describe, expect, it } from 'vitest';
import enErrors from '../../../../locales/en/errors.json';
import { donateErrorWords } from './donate-error-words';

const hasOwnWords = (code: string) => code in enErrors.validation;

describe('the words for a /donate field problem', () => {
  it('say what is missing in the field’s own words', () => {
    expect(donateErrorWords({ field: 'name', code: 'too_small' }, hasOwnWords)).toEqual({ key: 'donate.errors.name' });
    expect(donateErrorWords({ field: 'bloodGroup', code: 'required' }, hasOwnWords)).toEqual({
      key: 'donate.errors.bloodGroup',
    });
  });

  it('keep the rule’s own words: a pasted NUL is not "enter your name", a day to come is not "enter a date"', () => {
    expect(donateErrorWords({ field: 'name', code: 'ill_formed_text' }, hasOwnWords)).toEqual({
      key: 'errors:validation.ill_formed_text',
    });
    expect(donateErrorWords({ field: 'dateOfBirth', code: 'date_in_future' }, hasOwnWords)).toEqual({
      key: 'errors:validation.date_in_future',
    });
    expect(donateErrorWords({ field: 'dateOfBirth', code: 'donor_age' }, hasOwnWords)).toEqual({
      key: 'errors:validation.donor_age',
    });
    expect(donateErrorWords({ field: 'code', code: 'code_expired' }, hasOwnWords)).toEqual({
      key: 'errors:validation.code_expired',
    });
  });

  it('give the length for a text too long, and the server’s words for a code nobody has words for', () => {
    expect(donateErrorWords({ field: 'locality', code: 'too_big', maximum: 200 }, hasOwnWords)).toEqual({
      key: 'donate.errors.tooLong',
      max: 200,
    });
    expect(donateErrorWords({ field: 'locality', code: 'brand_new', message: 'words' }, hasOwnWords)).toBeNull();
  });
});
