import { describe, expect, it } from 'vitest';
import { draftIssues, emptyDraft, inDonateOrder, registrationFrom, type DonateDraft } from './donate-draft';

const today = '2026-12-08';

const filled: DonateDraft = {
  ...emptyDraft('hi'),
  name: 'सुनील कुमार यादव',
  phone: '98390 12345',
  sex: 'male',
  dateOfBirth: '1994-05-10',
  weightBand: '>55',
  bloodGroup: 'B+',
  district: 'UP-KANPUR-NAGAR',
  locality: ' किदवई नगर ',
  consent: true,
};

describe('the /donate draft', () => {
  it('becomes a registration the registry takes, Devanagari name and all', () => {
    expect(draftIssues(filled, 'मुझसे रक्त के लिए पूछा जाए', today)).toEqual([]);
    expect(registrationFrom(filled, 'purpose')).toMatchObject({
      name: 'सुनील कुमार यादव',
      bloodGroup: 'B+',
      locality: 'किदवई नगर',
      pincode: null,
      lastDonation: null,
      preferredChannel: 'whatsapp',
    });
  });

  it('sends "don’t know" as no group, and an unchosen group as missing', () => {
    expect(registrationFrom({ ...filled, bloodGroup: 'unknown' }, 'p').bloodGroup).toBeNull();
    expect(draftIssues({ ...filled, bloodGroup: '' }, 'p', today).map((i) => i.field)).toEqual(['bloodGroup']);
  });

  it('names every empty field and an unticked consent, in the order of the form', () => {
    const issues = inDonateOrder(draftIssues(emptyDraft('hi'), 'p', today));
    expect(issues.map((i) => i.field)).toEqual([
      'name',
      'phone',
      'sex',
      'weightBand',
      'dateOfBirth',
      'bloodGroup',
      'district',
      'consent',
    ]);
  });

  it('refuses a date that does not exist and a PIN that is not six digits', () => {
    const issues = draftIssues({ ...filled, dateOfBirth: '1990-02-30', pincode: '2080' }, 'p', today);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'dateOfBirth', code: 'not_a_date' }),
        expect.objectContaining({ field: 'pincode' }),
      ]),
    );
  });

  it('refuses a birthday or a last donation still to come, before any code is sent', () => {
    const issues = draftIssues({ ...filled, dateOfBirth: '2030-01-01', lastDonation: '2026-12-09' }, 'p', today);
    expect(issues).toEqual([
      { field: 'dateOfBirth', code: 'date_in_future' },
      { field: 'lastDonation', code: 'date_in_future' },
    ]);
    expect(draftIssues({ ...filled, lastDonation: today }, 'p', today)).toEqual([]);
  });

  it('names the field a pasted NUL is in, as the server would refuse it', () => {
    expect(draftIssues({ ...filled, name: 'सुनील\u0000कुमार' }, 'p', today)).toEqual([
      { field: 'name', code: 'ill_formed_text' },
    ]);
  });
});
