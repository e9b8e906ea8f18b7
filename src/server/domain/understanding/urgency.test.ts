import { describe, expect, it } from 'vitest';
import { urgencyCue } from './urgency.js';

describe('urgency words', () => {
  it.each([
    ['URGENT: need O+ blood in Kanpur', 'URGENT'],
    ['oxygen chahiye jaldi se, papa ki saans phool rahi hai', 'jaldi se'],
    ['SOS ventilator bed Lucknow', 'SOS'],
    ['पिताजी को तुरंत ऑक्सीजन चाहिए', 'तुरंत'],
    ['बहुत ज़रूरी है, प्लाज़्मा चाहिए', 'ज़रूरी'],
  ])('%s → %s', (text, cue) => {
    expect(urgencyCue(text)).toBe(cue);
  });

  it.each(['need oxygen cylinder in Kanpur', 'ऑक्सीजन सिलेंडर चाहिए', 'seriously thankful for the help'])(
    '%s says nothing urgent',
    (text) => {
      expect(urgencyCue(text)).toBeNull();
    },
  );
});
