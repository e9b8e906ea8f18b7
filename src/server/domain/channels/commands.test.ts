import { describe, expect, it } from 'vitest';
import { asciiDigits, normaliseKeyword, parseCommand, parseReference } from './commands.js';

describe('keywords', () => {
  it('normalises case, spacing, punctuation and Devanagari digits', () => {
    expect(normaliseKeyword('  Stop!! ')).toBe('stop');
    expect(normaliseKeyword('नमस्ते 🙏')).toBe('नमस्ते');
    expect(normaliseKeyword('बंद   करें।')).toBe('बंद करें');
    expect(asciiDigits('९८३९०')).toBe('98390');
  });

  it.each([
    ['STOP', { type: 'opt_out' }],
    ['stop all', { type: 'opt_out' }],
    ['Unsubscribe', { type: 'opt_out' }],
    ['बंद', { type: 'opt_out' }],
    ['बंद करें', { type: 'opt_out' }],
    ['रोकें', { type: 'opt_out' }],
    ['START', { type: 'opt_in' }],
    ['शुरू', { type: 'opt_in' }],
    ['HELP', { type: 'help' }],
    ['मदद', { type: 'help' }],
    ['सहायता', { type: 'help' }],
    ['menu', { type: 'menu' }],
    ['मेनू', { type: 'menu' }],
    ['Hi', { type: 'menu' }],
    ['hello', { type: 'menu' }],
    ['Namaste', { type: 'menu' }],
    ['नमस्ते', { type: 'menu' }],
    ['STATUS KNP-4F7Q', { type: 'status', reference: 'KNP-4F7Q', typed: true }],
    ['status:knp4f7q', { type: 'status', reference: 'KNP-4F7Q', typed: true }],
    ['स्थिति knp-4f7q', { type: 'status', reference: 'KNP-4F7Q', typed: true }],
    ['status', { type: 'status', reference: null, typed: false }],
    ['status please', { type: 'status', reference: null, typed: true }],
  ])('"%s"', (text, command) => {
    expect(parseCommand(text, null, 'idle')).toEqual(command);
  });

  it.each(['stop the bleeding please', 'help my father', 'hi need oxygen', 'statusquo', 'मुझे मदद चाहिए', '', '   '])(
    '"%s" is not a command',
    (text) => {
      expect(parseCommand(text, null, 'idle')).toBeNull();
    },
  );

  it('menu digits count only at the menu; buttons always', () => {
    expect(parseCommand('1', null, 'idle')).toBeNull();
    expect(parseCommand('1', null, 'menu')).toEqual({ type: 'menu_choice', choice: 'need' });
    expect(parseCommand('२', null, 'menu')).toEqual({ type: 'menu_choice', choice: 'donate' });
    expect(parseCommand('3)', null, 'menu')).toEqual({ type: 'menu_choice', choice: 'volunteer' });
    expect(parseCommand('4', null, 'menu')).toBeNull();
    expect(parseCommand('Volunteer', 'menu_volunteer', 'ask_district')).toEqual({
      type: 'menu_choice',
      choice: 'volunteer',
    });
    expect(parseCommand(null, 'menu_need', 'idle')).toEqual({ type: 'menu_choice', choice: 'need' });
    expect(parseCommand(null, 'something_else', 'idle')).toBeNull();
  });
});

describe('references typed back', () => {
  it.each([
    ['KNP-4F7Q', 'KNP-4F7Q'],
    ['knp 4f7q', 'KNP-4F7Q'],
    ['knp4foq', 'KNP-4F0Q'],
    ['KNP-4FI7', 'KNP-4F17'],
    // The prefix is a district's letters and is never "corrected": Lucknow is LCK, Bilaspur BLS.
    ['lck-1234', 'LCK-1234'],
    ['BLS-ABCDEF', 'BLS-ABCDEF'],
  ])('%s → %s', (text, reference) => {
    expect(parseReference(text)).toBe(reference);
  });

  it.each(['KNP-4F7', 'KNP-4F7QQ', 'KN-4F7Q', 'KNP-4F7U', 'oxygen'])('%s is not a reference', (text) => {
    expect(parseReference(text)).toBeNull();
  });
});
