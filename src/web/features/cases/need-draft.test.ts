import { describe, expect, it } from 'vitest';
import { draftFromNeed, emptyNeed, needFromDraft } from './need-draft';

describe('needFromDraft', () => {
  it('keeps a blood group only for blood, plasma and platelets', () => {
    expect(needFromDraft({ ...emptyNeed('plasma'), quantity: '2', bloodGroup: 'B+' })).toEqual({
      resource: 'plasma',
      quantity: 2,
      bloodGroup: 'B+',
      medicine: null,
    });
    expect(needFromDraft({ ...emptyNeed('oxygen_cylinder'), bloodGroup: 'B+' }).bloodGroup).toBeNull();
  });

  it('keeps a medicine name only for medicine, trimmed', () => {
    expect(needFromDraft({ ...emptyNeed('medicine'), medicine: ' remdesivir ' }).medicine).toBe('remdesivir');
    expect(needFromDraft({ ...emptyNeed('food'), medicine: 'rice' }).medicine).toBeNull();
  });

  it('reads an empty quantity as one, and passes a wrong one on for the server to refuse', () => {
    expect(needFromDraft({ ...emptyNeed('bed_icu'), quantity: '' }).quantity).toBe(1);
    expect(needFromDraft({ ...emptyNeed('bed_icu'), quantity: 'two' }).quantity).toBe(0);
  });

  it('round-trips a need from the API', () => {
    const draft = draftFromNeed({ resource: 'blood', quantityRequested: 3, bloodGroup: 'O-', medicine: null });
    expect(needFromDraft(draft)).toEqual({ resource: 'blood', quantity: 3, bloodGroup: 'O-', medicine: null });
  });
});
