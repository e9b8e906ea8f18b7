import { describe, expect, it } from 'vitest';
import { fixtureForm } from '../../../../test/fixtures/webhooks/load.js';
import { MalformedPayload } from '../malformed-payload.js';
import { parseExotel, parseExotelCall, parseExotelSms, parseExotelSmsStatus } from './parse.js';

const now = new Date('2025-05-12T12:00:00.000Z');

describe('parseExotel', () => {
  it('reads an incoming SMS: 0-prefixed numbers to E.164, the IST date to an instant', () => {
    const expected = {
      type: 'message',
      provider: 'exotel',
      channel: 'sms',
      providerMessageId: 'b6f3e0d1a2c94e5f8a7b6c5d4e3f2a1b',
      accountAddress: '+918047185123',
      from: '+919839012345',
      fromIsPhone: true,
      fromName: null,
      receivedAt: new Date('2025-05-12T11:35:09.000Z'),
      kind: 'text',
      text: 'Oxygen concentrator chahiye Prayagraj, mother SpO2 86',
      replyId: null,
      media: null,
      location: null,
      providerType: null,
    };
    expect(parseExotel(fixtureForm('exotel', 'incoming-sms'), now)).toEqual([expected]);
    expect(parseExotelSms(fixtureForm('exotel', 'incoming-sms'), now)).toEqual(expected);
  });

  it('normalises numbers given with the 91 prefix too', () => {
    const form = fixtureForm('exotel', 'incoming-sms');
    form.set('From', '919839012345');
    expect(parseExotelSms(form, now).from).toBe('+919839012345');
  });

  it('reads a Passthru call as a missed call on the phone channel, keys pressed as the reply id', () => {
    const expected = {
      type: 'message',
      provider: 'exotel',
      channel: 'phone',
      providerMessageId: 'c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6',
      accountAddress: '+918047185124',
      from: '+919839012345',
      fromIsPhone: true,
      fromName: null,
      receivedAt: new Date('2025-05-12T11:40:42.000Z'),
      kind: 'missed_call',
      text: null,
      replyId: '2',
      media: null,
      location: null,
      providerType: null,
    };
    expect(parseExotel(fixtureForm('exotel', 'call-passthru'), now)).toEqual([expected]);
    expect(parseExotelCall(fixtureForm('exotel', 'call-passthru'), now)).toEqual([expected]);
  });

  it('falls back to From/To, CurrentTime and then now when the newer call fields are absent', () => {
    const form = fixtureForm('exotel', 'call-passthru');
    form.delete('CallFrom');
    form.delete('CallTo');
    form.set('StartTime', '');
    form.set('digits', '');
    expect(parseExotelCall(form, now)[0]).toMatchObject({
      from: '+919839012345',
      accountAddress: '+918047185124',
      receivedAt: new Date('2025-05-12T11:40:46.000Z'),
      replyId: null,
    });
    form.delete('CurrentTime');
    expect(parseExotelCall(form, now)[0]?.receivedAt).toEqual(now);
  });

  it('skips our own outbound calls', () => {
    const form = fixtureForm('exotel', 'call-passthru');
    form.set('Direction', 'outbound-dial');
    expect(parseExotel(form, now)).toEqual([]);
  });

  it('reads SMS status callbacks: sent, and failed-dnd as failed with Exotel’s detail', () => {
    expect(parseExotel(fixtureForm('exotel', 'sms-status-sent'), now)).toEqual([
      {
        type: 'status',
        provider: 'exotel',
        providerMessageId: '7a1c9e3b5d7f4a2c8e6b0d4f2a8c6e1b',
        state: 'sent',
        at: new Date('2025-05-12T11:36:31.000Z'),
        error: null,
      },
    ]);
    expect(parseExotelSmsStatus(fixtureForm('exotel', 'sms-status-failed-dnd'), now)).toEqual([
      {
        type: 'status',
        provider: 'exotel',
        providerMessageId: '9e2b4d6f8a0c2e4f6a8b0d2c4e6f8a0b',
        state: 'failed',
        at: new Date('2025-05-12T11:37:02.000Z'),
        error: 'failed-dnd: 23005 FAILED_DND',
      },
    ]);
  });

  it('ignores interim SMS states', () => {
    const form = fixtureForm('exotel', 'sms-status-sent');
    form.set('Status', 'queued');
    expect(parseExotel(form, now)).toEqual([]);
  });

  it('throws MalformedPayload when the fields are not an Exotel callback', () => {
    expect(() => parseExotel('', now)).toThrow(MalformedPayload);
    expect(() => parseExotel('From=09839012345&Body=hi', now)).toThrow(MalformedPayload);
    expect(() => parseExotel('SmsSid=abc&Body=hi', now)).toThrow(MalformedPayload);
    expect(() => parseExotel('CallSid=abc&Direction=incoming', now)).toThrow(MalformedPayload);
  });
});
