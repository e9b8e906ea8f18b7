import { describe, expect, it } from 'vitest';
import {
  campCodeAlphabet,
  newCampCode,
  normaliseCampCode,
  parseCampCommand,
  readName,
  readSlotNumber,
} from './camp-code.js';

describe('camp codes', () => {
  it('are five characters from an alphabet without look-alikes', () => {
    let i = 0;
    const steps = [0, 0.2, 0.4, 0.6, 0.99];
    const code = newCampCode(() => steps[i++ % steps.length] ?? 0);
    expect(code).toHaveLength(5);
    expect([...code].every((c) => campCodeAlphabet.includes(c))).toBe(true);
    expect(campCodeAlphabet).not.toMatch(/[0O1IL5S2Z8B]/);
  });

  it('are read in any case, with spaces or dashes', () => {
    expect(normaliseCampCode('k7q-2x')).toBe('K7Q2X');
    expect(normaliseCampCode(' ab c d ')).toBe('ABCD');
    expect(normaliseCampCode('ab')).toBeNull();
    expect(normaliseCampCode('a/b/c/d')).toBeNull();
  });
});

describe('the CAMP command', () => {
  it('reads the code and what follows, in English and Hindi', () => {
    expect(parseCampCommand('CAMP K7Q2X')).toEqual({ code: 'K7Q2X', rest: '' });
    expect(parseCampCommand('camp k7q2x 2 Ramesh Kumar')).toEqual({ code: 'K7Q2X', rest: '2 Ramesh Kumar' });
    expect(parseCampCommand('कैंप K7Q2X रमेश कुमार')).toEqual({ code: 'K7Q2X', rest: 'रमेश कुमार' });
    expect(parseCampCommand('Camp: K7Q2X')).toEqual({ code: 'K7Q2X', rest: '' });
  });

  it('is not any message that mentions a camp', () => {
    expect(parseCampCommand('Is there a blood camp tomorrow in Kanpur?')).toBeNull();
    expect(parseCampCommand('camp')).toBeNull();
    expect(parseCampCommand('need O+ blood')).toBeNull();
  });
});

describe('answers', () => {
  it('reads a slot number in either script', () => {
    expect(readSlotNumber('2')).toBe(2);
    expect(readSlotNumber(' ३ ')).toBe(3);
    expect(readSlotNumber('slot 4')).toBe(4);
    expect(readSlotNumber('0')).toBeNull();
    expect(readSlotNumber('two')).toBeNull();
  });

  it('reads a name, not a sentence with digits or symbols', () => {
    expect(readName('  Ramesh   Kumar ')).toBe('Ramesh Kumar');
    expect(readName('सुरेश कुमार')).toBe('सुरेश कुमार');
    expect(readName('R. K. Verma')).toBe('R. K. Verma');
    expect(readName('9839012345')).toBeNull();
    expect(readName('a')).toBeNull();
    expect(readName('need blood @ hallet')).toBeNull();
  });
});
