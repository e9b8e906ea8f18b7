import { describe, expect, it } from 'vitest';
import { fixtureBytes, fixtureJson } from '../../../../test/fixtures/webhooks/load.js';
import { MalformedPayload } from '../malformed-payload.js';
import type { InboundMessage } from '../types.js';
import { parseWhatsApp } from './parse.js';

const person = {
  type: 'message',
  provider: 'whatsapp',
  channel: 'whatsapp',
  accountAddress: '106540352242922',
  from: '+919876543210',
  fromIsPhone: true,
  fromName: 'राहुल शर्मा',
  text: null,
  replyId: null,
  media: null,
  location: null,
  providerType: null,
} satisfies Partial<InboundMessage>;

describe('parseWhatsApp', () => {
  it('reads a Hindi text message with the sender in E.164 and the time from unix seconds', () => {
    expect(parseWhatsApp(fixtureBytes('whatsapp', 'text'))).toEqual([
      {
        ...person,
        providerMessageId: 'wamid.HBgMOTE5ODc2NTQzMjEwFQIAEhggNUE4QkMyRjc5RDlBNDZFQkQ2QjA1N0Q5MzVCNUQ0MjUA',
        receivedAt: new Date('2025-05-12T11:30:00.000Z'),
        kind: 'text',
        text: 'मेरे पिता को ऑक्सीजन चाहिए, SpO2 84, कानपुर',
      },
    ]);
  });

  it('accepts the body as bytes, text or parsed JSON alike', () => {
    const bytes = fixtureBytes('whatsapp', 'text');
    const expected = parseWhatsApp(bytes);
    expect(parseWhatsApp(bytes.toString('utf8'))).toEqual(expected);
    expect(parseWhatsApp(fixtureJson('whatsapp', 'text'))).toEqual(expected);
  });

  it('reads an image with its caption as both the text and the media caption', () => {
    expect(parseWhatsApp(fixtureBytes('whatsapp', 'image'))).toEqual([
      {
        ...person,
        providerMessageId: 'wamid.HBgMOTE5ODc2NTQzMjEwFQIAEhggQjI3RjBBMUM0QTZFMTEzMjlDRjNBODhCMzc4NkE0NjkA',
        receivedAt: new Date('2025-05-12T11:31:10.000Z'),
        kind: 'image',
        text: 'डॉक्टर का पर्चा — ऑक्सीजन सिलेंडर',
        media: { id: '1003383421387256', mimeType: 'image/jpeg', caption: 'डॉक्टर का पर्चा — ऑक्सीजन सिलेंडर' },
      },
    ]);
  });

  it('reads a shared location with its name and address', () => {
    expect(parseWhatsApp(fixtureBytes('whatsapp', 'location'))).toEqual([
      {
        ...person,
        providerMessageId: 'wamid.HBgMOTE5ODc2NTQzMjEwFQIAEhggRDc4NjA5QkM3QjJFQUU2QUM5NzVGQTQwNzlBQjQ4MDQA',
        receivedAt: new Date('2025-05-12T11:31:45.000Z'),
        kind: 'location',
        text: 'LLR (Hallet) Hospital, Swaroop Nagar, Kanpur, Uttar Pradesh 208002',
        location: {
          lat: 26.4838,
          lon: 80.3174,
          name: 'LLR (Hallet) Hospital',
          address: 'Swaroop Nagar, Kanpur, Uttar Pradesh 208002',
        },
      },
    ]);
  });

  it('reads a reply button tap and a list row choice as interactive, with the chosen id', () => {
    expect(parseWhatsApp(fixtureBytes('whatsapp', 'interactive-button'))).toEqual([
      {
        ...person,
        providerMessageId: 'wamid.HBgMOTE5ODc2NTQzMjEwFQIAEhggMzdCMkI1QTk0RjBDOTlERjlCNTE5NTFCNDFEMEE2RTMA',
        receivedAt: new Date('2025-05-12T11:32:30.000Z'),
        kind: 'interactive',
        text: 'ऑक्सीजन',
        replyId: 'need_oxygen',
      },
    ]);
    expect(parseWhatsApp(fixtureBytes('whatsapp', 'interactive-list'))).toEqual([
      {
        ...person,
        providerMessageId: 'wamid.HBgMOTE5ODc2NTQzMjEwFQIAEhggRTA1RjM2QkI3NjQ5QkI0RDY3MjdCRUM2QjNBQjY2RTIA',
        receivedAt: new Date('2025-05-12T11:33:00.000Z'),
        kind: 'interactive',
        text: 'Kanpur Nagar',
        replyId: 'district_kanpur_nagar',
      },
    ]);
  });

  it('reads a template quick-reply button as interactive, its payload as the reply id', () => {
    const [event] = parseWhatsApp(fixtureBytes('whatsapp', 'button'));
    expect(event).toMatchObject({
      kind: 'interactive',
      text: 'हाँ, अभी भी चाहिए',
      replyId: 'STILL_NEED_HELP_YES',
      receivedAt: new Date('2025-05-12T11:33:20.000Z'),
    });
  });

  it('keeps a sticker as unsupported with its type, without throwing', () => {
    expect(parseWhatsApp(fixtureBytes('whatsapp', 'sticker'))).toEqual([
      {
        ...person,
        providerMessageId: 'wamid.HBgMOTE5ODc2NTQzMjEwFQIAEhggMUQ3RjU5QjQ4RjE5MkI3QzBBQjZDMzk2NjM3RTA4RjQA',
        receivedAt: new Date('2025-05-12T11:34:00.000Z'),
        kind: 'unsupported',
        providerType: 'sticker',
      },
    ]);
  });

  it('reads every message of a batch, each with its own sender name', () => {
    const events = parseWhatsApp(fixtureBytes('whatsapp', 'batch'));
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ from: '+919876543210', fromName: 'राहुल शर्मा', kind: 'text' });
    expect(events[1]).toEqual({
      ...person,
      from: '+918765432109',
      fromName: 'Priya Verma',
      providerMessageId: 'wamid.HBgMOTE4NzY1NDMyMTA5FQIAEhggQUM0NDFEMzY3NjNGNEI0RkE5MDM3OUE0M0E3MDlFQzEA',
      receivedAt: new Date('2025-05-12T11:30:10.000Z'),
      kind: 'unsupported',
      providerType: 'audio',
    });
  });

  it('turns message types it does not know, and interactive kinds it does not read, into unsupported', () => {
    const payload = fixtureJson('whatsapp', 'text') as { entry: { changes: { value: { messages: object[] } }[] }[] };
    const value = payload.entry[0]!.changes[0]!.value;
    value.messages = [
      { from: '919876543210', id: 'wamid.A', timestamp: '1747049400', type: 'reaction', reaction: { emoji: '🙏' } },
      { from: '919876543210', id: 'wamid.B', timestamp: '1747049400', type: 'hologram' },
      {
        from: '919876543210',
        id: 'wamid.C',
        timestamp: '1747049400',
        type: 'interactive',
        interactive: { type: 'nfm_reply', nfm_reply: { response_json: '{}', body: 'Sent', name: 'flow' } },
      },
    ];
    expect(parseWhatsApp(payload).map((event) => [event.type, 'providerType' in event && event.providerType])).toEqual([
      ['message', 'reaction'],
      ['message', 'hologram'],
      ['message', 'interactive:nfm_reply'],
    ]);
  });

  it('reads delivered and read statuses', () => {
    const id = 'wamid.HBgMOTE5ODc2NTQzMjEwFQIAERgSQTg4MTY3NjRFOEE0QjRCOTMxAA==';
    expect(parseWhatsApp(fixtureBytes('whatsapp', 'statuses'))).toEqual([
      {
        type: 'status',
        provider: 'whatsapp',
        providerMessageId: id,
        state: 'delivered',
        at: new Date('2025-05-12T11:34:12.000Z'),
        error: null,
      },
      {
        type: 'status',
        provider: 'whatsapp',
        providerMessageId: id,
        state: 'read',
        at: new Date('2025-05-12T11:34:40.000Z'),
        error: null,
      },
    ]);
  });

  it('reads a failed status with its error code, title and details', () => {
    expect(parseWhatsApp(fixtureBytes('whatsapp', 'status-failed'))).toEqual([
      {
        type: 'status',
        provider: 'whatsapp',
        providerMessageId: 'wamid.HBgMOTE5ODEyMzQ1Njc4FQIAERgSMkQ3QTBFRTlDQzg0NUJFRjk2AA==',
        state: 'failed',
        at: new Date('2025-05-13T12:00:00.000Z'),
        error:
          '(#131047) Re-engagement message — Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
      },
    ]);
  });

  it('ignores changes for other fields and statuses that say nothing about delivery', () => {
    expect(
      parseWhatsApp({
        object: 'whatsapp_business_account',
        entry: [
          {
            id: '102290129340398',
            changes: [
              { field: 'message_template_status_update', value: { event: 'APPROVED', message_template_id: 1 } },
              {
                field: 'messages',
                value: {
                  metadata: { phone_number_id: '106540352242922' },
                  statuses: [{ id: 'wamid.X', status: 'deleted', timestamp: '1747049400' }],
                },
              },
            ],
          },
        ],
      }),
    ).toEqual([]);
  });

  it('throws MalformedPayload for bodies that are not a WhatsApp webhook', () => {
    const bad: unknown[] = [
      'not json',
      Buffer.from('{"object":'),
      null,
      [],
      { object: 'page', entry: [] },
      { object: 'whatsapp_business_account' },
      { object: 'whatsapp_business_account', entry: [{ id: '1', changes: [{ field: 'messages', value: {} }] }] },
      {
        object: 'whatsapp_business_account',
        entry: [
          {
            id: '1',
            changes: [
              {
                field: 'messages',
                value: { metadata: { phone_number_id: '1' }, messages: [{ from: '91', id: 'w', type: 'text' }] },
              },
            ],
          },
        ],
      },
      {
        object: 'whatsapp_business_account',
        entry: [
          {
            id: '1',
            changes: [
              {
                field: 'messages',
                value: {
                  metadata: { phone_number_id: '1' },
                  messages: [{ from: '91', id: 'w', timestamp: '1', type: 'text', image: {} }],
                },
              },
            ],
          },
        ],
      },
    ];
    for (const body of bad) expect(() => parseWhatsApp(body), JSON.stringify(body)).toThrow(MalformedPayload);
  });
});
