import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';
import { prepareText } from './normalize.js';

const language = (text: string) => detectLanguage(prepareText(text).body);

describe('detectLanguage', () => {
  it.each([
    ['Need oxygen bed in Pune urgently', 'en'],
    ['लखनऊ में ऑक्सीजन बेड की जरूरत है', 'hi'],
    ['लखनऊ में oxygen bed चाहिए urgently please', 'mixed'],
    ['Mere papa ke liye oxygen chahiye, please madad karein', 'mixed'],
    ['#लखनऊ need oxygen', 'en'],
    ['', 'en'],
  ])('%s', (text, expected) => {
    expect(language(text)).toBe(expected);
  });
});
