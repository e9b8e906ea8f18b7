import { describe, expect, it } from 'vitest';
import { fixtureForm } from '../../../../test/fixtures/webhooks/load.js';
import { MalformedPayload } from '../malformed-payload.js';
import { parseTwilio } from './parse.js';

const now = new Date('2025-05-12T11:40:00.000Z');

describe('parseTwilio', () => {
  it('reads an inbound SMS: E.164 numbers, the receiving number as account, now as the time', () => {
    expect(parseTwilio(fixtureForm('twilio', 'inbound-sms'), now)).toEqual([
      {
        type: 'message',
        provider: 'twilio',
        channel: 'sms',
        providerMessageId: 'SM9a4c2e7f1b3d5a8c0e6f2b4d9a1c3e5f',
        accountAddress: '+918035735123',
        from: '+919415012345',
        fromIsPhone: true,
        fromName: null,
        receivedAt: now,
        kind: 'text',
        text: 'Need O+ blood 2 units at KGMU Lucknow urgently. Patient: Sunita Devi, contact 9415012345',
        replyId: null,
        media: null,
        location: null,
        providerType: null,
      },
    ]);
  });

  it('reads the raw form body the same as parsed fields', () => {
    const form = fixtureForm('twilio', 'inbound-sms');
    expect(parseTwilio(Buffer.from(form.toString()), now)).toEqual(parseTwilio(form, now));
    expect(parseTwilio(form.toString(), now)).toEqual(parseTwilio(form, now));
  });

  it('reads an MMS as one event per media item, images as images and the rest unsupported', () => {
    const events = parseTwilio(fixtureForm('twilio', 'inbound-mms'), now);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      providerMessageId: 'MM3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a1c',
      kind: 'image',
      text: 'Prescription attached',
      media: {
        id: 'https://api.twilio.com/2010-04-01/Accounts/AC7f3c1e9d2b4a6f8e0c5d7b9a1e3f5c7d/Messages/MM3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a1c/Media/ME1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d',
        mimeType: 'image/jpeg',
        caption: 'Prescription attached',
      },
    });
    expect(events[1]).toMatchObject({
      providerMessageId: 'MM3e5f7a9c1b2d4e6f8a0c2e4b6d8f0a1c#1',
      kind: 'unsupported',
      providerType: 'audio/amr',
      text: null,
    });
  });

  it('reads status callbacks: delivered, and undelivered as failed with its error code', () => {
    expect(parseTwilio(fixtureForm('twilio', 'status-delivered'), now)).toEqual([
      {
        type: 'status',
        provider: 'twilio',
        providerMessageId: 'SMb2d4f6a8c0e2b4d6f8a0c2e4f6a8b0d2',
        state: 'delivered',
        at: now,
        error: null,
      },
    ]);
    expect(parseTwilio(fixtureForm('twilio', 'status-undelivered'), now)).toEqual([
      {
        type: 'status',
        provider: 'twilio',
        providerMessageId: 'SMc3e5a7b9d1f3a5c7e9b1d3f5a7c9e1b3',
        state: 'failed',
        at: now,
        error: 'Twilio error 30003',
      },
    ]);
  });

  it('ignores interim statuses (queued, sending) and ones it does not know', () => {
    expect(parseTwilio(fixtureForm('twilio', 'status-queued'), now)).toEqual([]);
    const sending = fixtureForm('twilio', 'status-queued');
    sending.set('MessageStatus', 'sending');
    expect(parseTwilio(sending, now)).toEqual([]);
    sending.set('MessageStatus', 'teleported');
    expect(parseTwilio(sending, now)).toEqual([]);
  });

  it('keeps a sender that is not a phone number (alphanumeric sender id) as it came', () => {
    const form = fixtureForm('twilio', 'inbound-sms');
    form.set('From', 'VK-HDFCBK');
    expect(parseTwilio(form, now)[0]).toMatchObject({ from: 'VK-HDFCBK', fromIsPhone: false });
  });

  it('throws MalformedPayload without a MessageSid, or an inbound message without From or To', () => {
    expect(() => parseTwilio('Body=hello&From=%2B919415012345', now)).toThrow(MalformedPayload);
    expect(() => parseTwilio('', now)).toThrow(MalformedPayload);
    expect(() => parseTwilio('MessageSid=SM1&Body=hi&To=%2B918035735123', now)).toThrow(MalformedPayload);
  });
});
