import { describe, expect, it } from 'vitest';
import { importSettingsError, type ImportSettings } from './donor-import';

const ready: ImportSettings = { organisationId: 'org', district: '', category: 'police', consentPurpose: 'x' };

describe('importSettingsError', () => {
  it('asks for the organisation first, then the file', () => {
    expect(importSettingsError({ ...ready, organisationId: '' }, false)).toBe('organisationId');
    expect(importSettingsError(ready, false)).toBe('csv');
    expect(importSettingsError(ready, true)).toBeNull();
  });
});
