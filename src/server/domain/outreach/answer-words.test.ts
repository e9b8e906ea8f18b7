import { describe, expect, it } from 'vitest';
import { readAnswerWord } from './answer-words.js';

describe('a donor reply read as an answer', () => {
  it.each([
    'YES',
    'yes',
    'Yes!',
    ' y ',
    'Y',
    'हाँ',
    'हां',
    'हाँ।',
    'हाँ जी',
    'जी हाँ',
    'haan',
    'Haan',
    'ha',
    'han',
    '1',
    '१',
    '✅',
    'yes 🙏',
  ])('%s is yes', (text) => {
    expect(readAnswerWord(text)).toBe('yes');
  });

  it.each(['NO', 'no', 'No.', 'n', 'N', 'नहीं', 'नही', 'जी नहीं', 'nahi', 'Nahin', '2', '२', '❌'])(
    '%s is no',
    (text) => {
      expect(readAnswerWord(text)).toBe('no');
    },
  );

  it.each(['STOP', 'stop', 'Stop!', 'रोकें', 'बंद', 'बंद करें', 'unsubscribe'])('%s is stop', (text) => {
    expect(readAnswerWord(text)).toBe('stop');
  });

  it.each([
    '',
    '   ',
    '3',
    '12',
    'yes but only on Sunday',
    'हाँ मैं कल आ सकता हूँ',
    'no thanks, I gave last week',
    'need B+ blood in Kanpur',
    'START',
    'HELP',
    'नमस्ते',
    'yess',
    'KNP-4F7Q',
  ])('%j is not an answer', (text) => {
    expect(readAnswerWord(text)).toBeNull();
  });

  it('a message without text (a photo, a location) is not an answer', () => {
    expect(readAnswerWord(null)).toBeNull();
  });
});
