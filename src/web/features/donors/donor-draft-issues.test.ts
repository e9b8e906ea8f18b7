import { describe, expect, it } from 'vitest';
import { emptyDonorDraft, type DonorDraft } from './donor-draft';
import { donorDraftIssues } from './donor-draft-issues';

const filled: DonorDraft = {
  ...emptyDonorDraft({ district: 'UP-KANPUR-NAGAR', consentPurpose: 'रक्तदान के लिए संपर्क' }),
  phone: '98390 12345',
  name: 'राम प्रसाद',
  sex: 'male',
  dateOfBirth: '1990-01-01',
  weightBand: '>55',
  bloodGroup: 'O+',
  consentGiven: true,
};

describe('the registration form’s own check', () => {
  it('finds nothing in a complete draft the donor agreed to', () => {
    expect(donorDraftIssues(filled)).toEqual([]);
  });

  it('names every missing field together with the consent not yet given', () => {
    const fields = donorDraftIssues(emptyDonorDraft({ consentPurpose: 'p' })).map((issue) => issue.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'phone', 'sex', 'dateOfBirth', 'consentGiven']));
  });

  it('names a malformed phone', () => {
    expect(donorDraftIssues({ ...filled, phone: '98765432101' })).toEqual([
      expect.objectContaining({ field: 'phone', code: 'invalid_phone' }),
    ]);
  });

  it('names the field a pasted NUL is in', () => {
    expect(donorDraftIssues({ ...filled, name: 'राम\u0000प्रसाद' })).toEqual([
      { field: 'name', code: 'ill_formed_text' },
    ]);
  });
});
