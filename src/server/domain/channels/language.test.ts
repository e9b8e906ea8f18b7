import { describe, expect, it } from 'vitest';
import { chooseLanguage, languageSignal } from './language.js';

describe('the language to answer in', () => {
  it.each([
    ['ऑक्सीजन चाहिए', null, { language: 'hi', strength: 'clear' }],
    ['blood chahiye', null, { language: 'hi', strength: 'clear' }],
    ['mujhe oxygen', { language: 'en' as const }, { language: 'hi', strength: 'clear' }],
    ['oxygen cylinder refill', { language: 'mixed' as const }, { language: 'hi', strength: 'clear' }],
    ['Need oxygen', { language: 'en' as const }, { language: 'en', strength: 'clear' }],
    ['Lucknow', { language: 'en' as const }, { language: 'en', strength: 'weak' }],
    ['namaste', null, { language: 'hi', strength: 'clear' }],
    ['1', null, null],
    ['', null, null],
    ['98390 12345', null, null],
  ])('"%s" → %j', (text, understood, signal) => {
    expect(languageSignal(text, understood)).toEqual(signal);
  });

  it('commands in Latin letters are weak evidence', () => {
    expect(languageSignal('STATUS KNP-4F7Q', null, true)).toEqual({ language: 'en', strength: 'weak' });
  });

  it('keeps the current language unless the evidence is clear; Hindi when nothing is known', () => {
    expect(chooseLanguage(null, null)).toBe('hi');
    expect(chooseLanguage(null, { language: 'en', strength: 'weak' })).toBe('en');
    expect(chooseLanguage('hi', { language: 'en', strength: 'weak' })).toBe('hi');
    expect(chooseLanguage('hi', { language: 'en', strength: 'clear' })).toBe('en');
    expect(chooseLanguage('en', { language: 'hi', strength: 'clear' })).toBe('hi');
    expect(chooseLanguage('en', null)).toBe('en');
  });
});
