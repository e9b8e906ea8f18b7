// The simulator's payloads must read back through the real adapters exactly as a provider's would.
import { describe, expect, it } from 'vitest';
import { adapters } from './adapters.js';
import { parseExotel } from './exotel/index.js';
import { parseFacebook } from './facebook/index.js';
import {
  exotelCallForm,
  exotelSmsForm,
  exotelSmsStatusForm,
  facebookDeliveryPayload,
  facebookPostbackPayload,
  facebookTextPayload,
  twilioSmsForm,
  twilioStatusForm,
  twitterTweetsResponse,
  whatsappImagePayload,
  whatsappInteractivePayload,
  whatsappLocationPayload,
  whatsappStatusPayload,
  whatsappTextPayload,
} from './payloads.js';
import { signHubSignature, signTwilio } from './sign.js';
import { parseTwilio } from './twilio/index.js';
import { parseTwitterTweets } from './twitter/index.js';
import { parseWhatsApp } from './whatsapp/index.js';

const at = new Date('2025-05-12T11:30:00.000Z');
const wa = { phoneNumberId: '106540352242922', displayPhone: '+91 22 6987 6543', from: '+919876543210', name: 'राहुल' };

describe('simulator payloads', () => {
  it('WhatsApp text, signed, verifies and reads back', () => {
    const body = Buffer.from(
      JSON.stringify(whatsappTextPayload({ ...wa, text: 'ऑक्सीजन चाहिए', id: 'wamid.T1', timestamp: at })),
    );
    const req = { rawBody: body, headers: { 'x-hub-signature-256': signHubSignature(body, 's') }, url: 'https://x/' };
    expect(adapters.whatsapp.verify?.(req, 's')).toBe(true);
    expect(parseWhatsApp(body)).toEqual([
      expect.objectContaining({
        providerMessageId: 'wamid.T1',
        accountAddress: '106540352242922',
        from: '+919876543210',
        fromName: 'राहुल',
        receivedAt: at,
        text: 'ऑक्सीजन चाहिए',
      }),
    ]);
  });

  it('WhatsApp image, location, interactive and status payloads read back', () => {
    expect(
      parseWhatsApp(whatsappImagePayload({ ...wa, mediaId: '77', caption: 'पर्चा', timestamp: at }))[0],
    ).toMatchObject({ kind: 'image', media: { id: '77', mimeType: 'image/jpeg', caption: 'पर्चा' } });
    expect(
      parseWhatsApp(whatsappLocationPayload({ ...wa, latitude: 26.45, longitude: 80.33, locationName: 'Kanpur' }))[0],
    ).toMatchObject({ kind: 'location', location: { lat: 26.45, lon: 80.33, name: 'Kanpur', address: null } });
    expect(
      parseWhatsApp(
        whatsappInteractivePayload({
          ...wa,
          reply: { type: 'list_reply', id: 'd1', title: 'Kanpur', description: 'UP' },
        }),
      )[0],
    ).toMatchObject({ kind: 'interactive', replyId: 'd1', text: 'Kanpur' });
    expect(
      parseWhatsApp(whatsappInteractivePayload({ ...wa, reply: { type: 'button_reply', id: 'b1', title: 'हाँ' } }))[0],
    ).toMatchObject({ kind: 'interactive', replyId: 'b1', text: 'हाँ' });
    expect(
      parseWhatsApp(
        whatsappStatusPayload({ ...wa, id: 'wamid.S', recipient: wa.from, status: 'failed', timestamp: at }),
      ),
    ).toEqual([
      {
        type: 'status',
        provider: 'whatsapp',
        providerMessageId: 'wamid.S',
        state: 'failed',
        at,
        error: '(#131026) Message undeliverable',
      },
    ]);
  });

  it('gives each generated message its own id', () => {
    const a = parseWhatsApp(whatsappTextPayload({ ...wa, text: 'a' }))[0];
    const b = parseWhatsApp(whatsappTextPayload({ ...wa, text: 'a' }))[0];
    expect(a?.providerMessageId).not.toBe(b?.providerMessageId);
  });

  it('Messenger text, postback and delivery payloads read back', () => {
    const base = { pageId: '108765432101234', psid: '7391048265013487', timestamp: at };
    expect(parseFacebook(facebookTextPayload({ ...base, text: 'help', mid: 'm_1' }))).toEqual([
      expect.objectContaining({ providerMessageId: 'm_1', from: base.psid, accountAddress: base.pageId, text: 'help' }),
    ]);
    expect(parseFacebook(facebookTextPayload({ ...base, text: 'Blood', quickReply: 'NEED_BLOOD' }))[0]).toMatchObject({
      kind: 'interactive',
      replyId: 'NEED_BLOOD',
    });
    expect(
      parseFacebook(facebookPostbackPayload({ ...base, title: 'Start', payload: 'GET_STARTED' }))[0],
    ).toMatchObject({ kind: 'interactive', replyId: 'GET_STARTED' });
    expect(parseFacebook(facebookDeliveryPayload({ ...base, mids: ['m_9'] }))).toEqual([
      { type: 'status', provider: 'facebook', providerMessageId: 'm_9', state: 'delivered', at, error: null },
    ]);
  });

  it('Twilio forms sign, verify and read back', () => {
    const form = twilioSmsForm({ from: '+919415012345', to: '+918035735123', body: 'need help', accountSid: 'AC1' });
    const url = 'https://sahayata.example.org/webhooks/twilio/sms';
    const rawBody = Buffer.from(new URLSearchParams(form).toString());
    const req = { rawBody, headers: { 'x-twilio-signature': signTwilio(url, form, 'tok') }, url };
    expect(adapters.twilio.verify?.(req, 'tok')).toBe(true);
    expect(form['MessageSid']).toMatch(/^SM[0-9a-f]{32}$/);
    expect(parseTwilio(rawBody, at)).toEqual([
      expect.objectContaining({ providerMessageId: form['MessageSid'], from: '+919415012345', text: 'need help' }),
    ]);
    const status = twilioStatusForm({
      sid: 'SM1',
      accountSid: 'AC1',
      from: '+918035735123',
      to: '+919415012345',
      status: 'undelivered',
      errorCode: '30005',
    });
    expect(parseTwilio(new URLSearchParams(status), at)).toEqual([
      expect.objectContaining({ state: 'failed', error: 'Twilio error 30005' }),
    ]);
  });

  it('Exotel forms read back, with IST times round-tripping', () => {
    const sms = exotelSmsForm({ from: '09839012345', to: '08047185123', body: 'oxygen', date: at });
    expect(sms['Date']).toBe('2025-05-12 17:00:00');
    expect(parseExotel(new URLSearchParams(sms))).toEqual([
      expect.objectContaining({ from: '+919839012345', receivedAt: at, text: 'oxygen', channel: 'sms' }),
    ]);
    const call = exotelCallForm({ from: '09839012345', to: '08047185124', startTime: at, digits: '1' });
    expect(parseExotel(new URLSearchParams(call))).toEqual([
      expect.objectContaining({ kind: 'missed_call', channel: 'phone', receivedAt: at, replyId: '1' }),
    ]);
    const status = exotelSmsStatusForm({ sid: 'x1', to: '09839012345', status: 'failed-dnd', dateSent: at });
    expect(parseExotel(new URLSearchParams(status))).toEqual([
      {
        type: 'status',
        provider: 'exotel',
        providerMessageId: 'x1',
        state: 'failed',
        at,
        error: 'failed-dnd: 23005 FAILED_DND',
      },
    ]);
  });

  it('Twitter responses read back newest first', () => {
    const body = twitterTweetsResponse([
      { id: '100', text: 'older', authorId: '1', username: 'a', name: 'A', createdAt: at },
      { id: '1000', text: 'newer', authorId: '2', username: 'b', name: 'B', createdAt: at },
    ]);
    const page = parseTwitterTweets(body, { accountAddress: '@SahayataHelp' });
    expect(page.newestId).toBe('1000');
    expect(page.events.map((event) => [event.text, event.fromName])).toEqual([
      ['newer', '@b'],
      ['older', '@a'],
    ]);
    expect(parseTwitterTweets(twitterTweetsResponse([]), { accountAddress: '@x' }).events).toEqual([]);
  });
});
