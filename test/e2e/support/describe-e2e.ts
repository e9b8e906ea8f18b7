import { describe, inject } from 'vitest';

/** `describe`, skipped when the global setup found no browser (it has already said so, loudly). */
export const describeE2e = describe.skipIf(inject('e2e') === null);
