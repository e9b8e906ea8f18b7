import { describe, expect, it } from 'vitest';
import { formatCertificateDay, scriptRuns } from './render-certificate.js';

describe('drawing mixed Hindi and English', () => {
  it('splits a word into runs of one script, digits and punctuation going with their neighbours', () => {
    expect(scriptRuns('कानपुर')).toEqual([{ text: 'कानपुर', script: 'devanagari' }]);
    expect(scriptRuns('Kanpur,')).toEqual([{ text: 'Kanpur,', script: 'latin' }]);
    expect(scriptRuns('(B+)।')).toEqual([
      { text: '(B+)', script: 'latin' },
      { text: '।', script: 'devanagari' },
    ]);
    expect(scriptRuns('LLR-अस्पताल')).toEqual([
      { text: 'LLR-', script: 'latin' },
      { text: 'अस्पताल', script: 'devanagari' },
    ]);
    expect(scriptRuns('2026')).toEqual([{ text: '2026', script: 'latin' }]);
    expect(scriptRuns('2026', 'devanagari')).toEqual([{ text: '2026', script: 'devanagari' }]);
  });

  it('keeps a conjunct with its joiners in one run', () => {
    expect(scriptRuns('क्\u200Dष')).toEqual([{ text: 'क्\u200Dष', script: 'devanagari' }]);
  });

  it('writes the day the Indian way in each language, with Latin digits', () => {
    expect(formatCertificateDay('2026-12-06', 'en')).toBe('6 December 2026');
    expect(formatCertificateDay('2026-12-06', 'hi')).toBe('6 दिसंबर 2026');
    expect(formatCertificateDay('not a day', 'en')).toBe('not a day');
  });
});
