import { describe, expect, it } from 'vitest';
import { cueWordsIn } from './cue-words';

describe('cueWordsIn', () => {
  const text = 'Papa ko oxygen chahiye SpO2 84 Kanpur 9839012347';

  it('keeps the words the engine found in the message', () => {
    expect(cueWordsIn(['chahiye', 'kanpur'], text)).toEqual(['chahiye', 'kanpur']);
  });

  it("drops the engine's own English notes and placeholders, which a Hindi page must not show", () => {
    expect(cueWordsIn(['chahiye', 'a SpO2 reading', '<phone>', '<phone…', "a patient's age"], text)).toEqual([
      'chahiye',
    ]);
  });

  it('keeps words in Devanagari, which the engine may have folded (nukta) from what was typed', () => {
    expect(cueWordsIn(['जरूरत', 'asks for leads'], 'ज़रूरत है')).toEqual(['जरूरत']);
  });
});
