import { describe, expect, it } from 'vitest';
import { foldDevanagari, prepareText, splitHashtag } from './normalize.js';

describe('prepareText', () => {
  it('folds styled letters, entities, Devanagari digits, links and e-mail addresses', () => {
    const p = prepareText('𝐕𝐞𝐫𝐢𝐟𝐢𝐞𝐝 beds &amp; oxygen ९८३९० https://t.co/abc mail a.b@gmail.com');
    expect(p.clean).toContain('Verified beds & oxygen 98390');
    expect(p.clean).not.toContain('t.co');
    expect(p.clean).not.toContain('gmail');
  });

  it('splits hashtags into words inline and blanks them and handles in the body', () => {
    const p = prepareText('Need #OxygenBeds in #SOSBangalore @DC_Office now');
    expect(p.inline).toContain('oxygen beds');
    expect(p.inline).toContain('sos bangalore');
    expect(p.inline).not.toContain('dc_office');
    expect(p.body).not.toContain('oxygen');
    expect(p.mentions).toEqual(['dc_office']);
    expect(p.hashtags.map((h) => h.flat)).toEqual(['oxygenbeds', 'sosbangalore']);
  });

  it('tells the closing cloud of tags from tags inside the text, and keeps the text before it whole', () => {
    const p = prepareText('Need #OxygenBeds in Kanpur, call 9876501234 #SOS #Lucknow @Helper https://t.co/x');
    expect(p.hashtags.map((h) => h.trailing)).toEqual([false, true, true]);
    expect(p.head).toContain('oxygen beds');
    expect(p.head).not.toContain('lucknow');
    // A Hindi sentence ends in a vowel sign: it stays in the text.
    const hindi = prepareText('कानपुर में बेड चाहिए है #SOS');
    expect(hindi.head.trim().endsWith('है')).toBe(true);
  });
});

describe('splitHashtag', () => {
  it.each([
    ['SOSBangalore', ['sos', 'bangalore']],
    ['ICUBed', ['icu', 'bed']],
    ['Gwalior_Oxygen_Shortage', ['gwalior', 'oxygen', 'shortage']],
    ['Covid19India', ['covid', '19', 'india']],
    ['covidchennai', ['covid', 'chennai']],
    ['covidchennaiupdates2', ['covid', 'chennai', 'updates', '2']],
    ['O2Bed', ['o2', 'bed']],
    ['VERIFIEDO2BEDLEADS', ['verified', 'o2', 'bed', 'leads']],
    ['Covid2', ['covid', '2']],
    ['कोविड_केयर_सेंटर', ['कोविड', 'केयर', 'सेंटर']],
  ])('%s', (tag, words) => {
    expect(splitHashtag(tag)).toEqual(words);
  });
});

describe('foldDevanagari', () => {
  it('makes spelling variants equal', () => {
    expect(foldDevanagari('इन्दौर')).toBe(foldDevanagari('इंदौर'));
    expect(foldDevanagari('ज़रूरत')).toBe(foldDevanagari('जरूरत'));
    expect(foldDevanagari('पॉजिटिव')).toBe(foldDevanagari('पोजिटिव'));
    expect(foldDevanagari('उम्र')).toBe('उम्र');
  });
});

describe('splitHashtag on a tag written in one case', () => {
  it('splits it into the known words it is made of', () => {
    expect(splitHashtag('sosindore')).toEqual(['sos', 'indore']);
    expect(splitHashtag('OXYGENBEDSAVAILABLE')).toEqual(['oxygen', 'beds', 'available']);
    expect(splitHashtag('indianeedoxygen')).toEqual(['india', 'need', 'oxygen']);
    expect(splitHashtag('Covid19helpDELHI')).toEqual(['covid', '19', 'help', 'delhi']);
  });
  it('leaves a word alone unless known words make up all of it', () => {
    expect(splitHashtag('bedsheets')).toEqual(['bedsheets']);
    expect(splitHashtag('oxygenation')).toEqual(['oxygenation']);
    expect(splitHashtag('helpfulness')).toEqual(['helpfulness']);
  });
});
