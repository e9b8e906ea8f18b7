import { describe, expect, it } from 'vitest';
import { createTransfusionPatientBody } from '../../../shared/contracts/transfusion-patients.js';
import { createBodyFrom, emptyChildDraft, minuteOf, timeOf, updateBodyFrom, type ChildDraft } from './child-draft';

const filled: ChildDraft = {
  ...emptyChildDraft('UP-KANPUR-NAGAR'),
  name: 'गुड़िया',
  guardianName: 'सुनीता देवी',
  guardianPhone: '98765 43210',
  consentBy: 'सुनीता देवी',
  bloodGroup: 'B+',
  antigens: { C: '+', c: 'unknown', K: '-' },
  intervalDays: '21',
  unitsPerTransfusion: '2',
  centre: 'हैलट अस्पताल',
  pincode: '208002',
  arrivalTime: '09:30',
};

describe('the child form as the API reads it', () => {
  it('turns the arrival time into minutes after midnight and back', () => {
    expect(minuteOf('09:30')).toBe(570);
    expect(minuteOf('')).toBeUndefined();
    expect(timeOf(570)).toBe('09:30');
    expect(timeOf(600)).toBe('10:00');
  });

  it('sends a filled form the contract accepts, Devanagari names included, typed antigens only', () => {
    const body = createBodyFrom(filled, '');
    const parsed = createTransfusionPatientBody.parse(JSON.parse(JSON.stringify(body)));
    expect(parsed).toMatchObject({
      name: 'गुड़िया',
      guardianPhone: '+919876543210',
      bloodGroup: 'B+',
      antigens: { C: '+', K: '-' },
      intervalDays: 21,
      unitsPerTransfusion: 2,
      arrivalMinute: 570,
      district: 'UP-KANPUR-NAGAR',
      pincode: '208002',
      lastTransfusionOn: null,
    });
    expect(body).not.toHaveProperty('organisationId');
  });

  it('leaves out required choices not made, so the server names each at its field', () => {
    const body = JSON.parse(
      JSON.stringify(createBodyFrom({ ...filled, bloodGroup: '', intervalDays: '' }, '')),
    ) as object;
    expect(body).not.toHaveProperty('bloodGroup');
    expect(body).not.toHaveProperty('intervalDays');
    const result = createTransfusionPatientBody.safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['bloodGroup', 'intervalDays']);
  });

  it('sends an interval of 0 as typed, for the server to refuse naming the field', () => {
    const result = createTransfusionPatientBody.safeParse(createBodyFrom({ ...filled, intervalDays: '0' }, ''));
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['intervalDays']);
  });

  it('keeps the phones on record in an edit unless typed anew', () => {
    expect(updateBodyFrom({ ...filled, guardianPhone: '', altPhone: '' })).not.toHaveProperty('guardianPhone');
    expect(updateBodyFrom({ ...filled, guardianPhone: '', altPhone: '' })).not.toHaveProperty('altPhone');
    expect(updateBodyFrom(filled)).toMatchObject({ guardianPhone: '98765 43210' });
  });
});
