import { describe, expect, it } from 'vitest';
import { firstLetter, nameInitials } from './initials.js';

describe('name initials on a public verification', () => {
  it('gives the first letter of each Latin word in capitals', () => {
    expect(nameInitials('Ramesh Kumar')).toBe('R. K.');
    expect(nameInitials('  ramesh   kumar singh ')).toBe('R. K. S.');
  });

  it('keeps a Devanagari conjunct and its vowel sign together', () => {
    expect(nameInitials('श्रीकृष्ण त्रिपाठी')).toBe('श्री. त्रि.');
    expect(nameInitials('क्षितिज मिश्र')).toBe('क्षि. मि.');
    expect(firstLetter('प्रिया')).toBe('प्रि');
    expect(firstLetter('अंकित')).toBe('अं');
  });

  it('never shows more than four words and skips punctuation', () => {
    expect(nameInitials('A B C D E')).toBe('A. B. C. D.');
    expect(nameInitials('Dr. (Smt.) Kavita')).toBe('D. S. K.');
    expect(nameInitials('')).toBe('');
  });
});
