import { describe, expect, it } from 'vitest';
import { childSexKey } from './child-sex';

describe('childSexKey', () => {
  it('calls a child a girl or a boy, not a woman or a man', () => {
    expect(childSexKey('female', 6)).toBe('thalassemia.childSex.female');
    expect(childSexKey('male', 17)).toBe('thalassemia.childSex.male');
  });

  it('calls an adult on regular transfusion a woman or a man, and says "other" as elsewhere', () => {
    expect(childSexKey('male', 18)).toBe('sex.male');
    expect(childSexKey('female', 24)).toBe('sex.female');
    expect(childSexKey('other', 6)).toBe('sex.other');
  });

  it('keeps the plain word when the age is not known', () => {
    expect(childSexKey('female', null)).toBe('sex.female');
  });
});
