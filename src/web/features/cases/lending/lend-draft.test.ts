import { describe, expect, it } from 'vitest';
import { lendBodyFrom, type LendDraft } from './lend-draft';

const draft: LendDraft = {
  patientName: ' Ramesh ',
  patientPhone: '9839012345',
  borrowerName: '',
  borrowerPhone: '',
  address: 'Shuklaganj, Unnao',
  language: 'hi',
  channel: 'whatsapp',
  idSeen: '',
  depositAmount: '5000',
  depositMode: 'cash',
  receiptNumber: 'R-12',
  waiveReason: 'should not be sent',
  accessories: ['mask', 'regulator'],
  loanDays: '7',
  overrideReason: '',
  handOverNow: false,
  handedOverBy: '',
};
const gate = { covidPositive: true, hasPrescription: null, homeIsolation: true, spo2: 91 };
const context = {
  caseId: '00000000-0000-4000-8000-000000000001',
  needId: null,
  itemId: '00000000-0000-4000-8000-000000000002',
  gate,
  now: new Date('2026-12-07T03:00:00Z'),
};

describe('lend body', () => {
  it('sends a held deposit with its receipt, accessories in the closed order, and no hand-over', () => {
    const body = lendBodyFrom(draft, context);
    expect(body.deposit).toEqual({ amount: 5000, mode: 'cash', receiptNumber: 'R-12', reason: null });
    expect(body.accessories).toEqual([
      { kind: 'regulator', itemId: null, quantity: 1 },
      { kind: 'mask', itemId: null, quantity: 1 },
    ]);
    expect(body.patientName).toBe('Ramesh');
    expect(body.borrowerName).toBeNull();
    expect(body.loanDays).toBe(7);
    expect(body.handOver).toBeNull();
    expect(body.gate).toBe(gate);
  });

  it('makes a waived deposit zero rupees with its reason, and a "none" deposit zero without one', () => {
    expect(lendBodyFrom({ ...draft, depositMode: 'waived' }, context).deposit).toEqual({
      amount: 0,
      mode: 'waived',
      receiptNumber: null,
      reason: 'should not be sent',
    });
    expect(lendBodyFrom({ ...draft, depositMode: 'none' }, context).deposit).toEqual({
      amount: 0,
      mode: 'none',
      receiptNumber: null,
      reason: null,
    });
  });

  it('leaves a bad amount for the server to name, and the loan days to the organisation when empty', () => {
    const body = lendBodyFrom({ ...draft, depositAmount: '', loanDays: ' ' }, context);
    expect(body.deposit.amount).toBeNaN();
    expect('loanDays' in body).toBe(false);
  });

  it('hands over now, by the name typed, at this moment', () => {
    const body = lendBodyFrom({ ...draft, handOverNow: true, handedOverBy: ' Driver Ali ' }, context);
    expect(body.handOver).toEqual({ byUserId: null, byName: 'Driver Ali', at: '2026-12-07T03:00:00.000Z' });
  });
});
