import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next-path';

describe('safeNextPath', () => {
  it('keeps a path on this site, with its query', () => {
    expect(safeNextPath('/people?q=sunita')).toBe('/people?q=sunita');
  });

  it.each([null, '', 'https://evil.example/', '//evil.example/', '/\\evil.example', 'people'])(
    'sends %j home instead',
    (next) => {
      expect(safeNextPath(next)).toBe('/');
    },
  );
});
