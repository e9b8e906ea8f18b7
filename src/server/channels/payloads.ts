// Webhook bodies in each provider's documented shape, for the local simulator (`npm run simulate`) and tests.
// Ids are random unless given, in each provider's own style, so repeated runs do not collide on idempotency.
import { randomBytes } from 'node:crypto';
import { formatIst } from './exotel/ist-time.js';
import { digitsOnly } from './sender-phone.js';

const hex = (bytes: number) => randomBytes(bytes).toString('hex');
const unixSeconds = (date: Date) => String(Math.floor(date.getTime() / 1000));

// ── WhatsApp Cloud API ────────────────────────────────────────────────────────────────────────────────────

interface WhatsAppAccount {
  phoneNumberId: string;
  /** Our number as Meta shows it in metadata: digits, no '+'. */
  displayPhone: string;
  /** The WhatsApp Business Account id (entry[].id). */
  wabaId?: string;
}

interface WhatsAppSender extends WhatsAppAccount {
  /** The person's number, E.164 or digits; sent as digits, as Meta does. */
  from: string;
  name: string;
  id?: string;
  timestamp?: Date;
}

export function randomWamid(): string {
  return `wamid.${randomBytes(36).toString('base64')}`;
}

function whatsappEnvelope(account: WhatsAppAccount, value: Record<string, unknown>) {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: account.wabaId ?? '102290129340398',
        changes: [
          {
            value: {
              messaging_product: 'whatsapp',
              metadata: {
                display_phone_number: digitsOnly(account.displayPhone),
                phone_number_id: account.phoneNumberId,
              },
              ...value,
            },
            field: 'messages',
          },
        ],
      },
    ],
  };
}

function whatsappMessage(sender: WhatsAppSender, type: string, body: Record<string, unknown>) {
  const from = digitsOnly(sender.from);
  return whatsappEnvelope(sender, {
    contacts: [{ profile: { name: sender.name }, wa_id: from }],
    messages: [
      {
        from,
        id: sender.id ?? randomWamid(),
        timestamp: unixSeconds(sender.timestamp ?? new Date()),
        type,
        ...body,
      },
    ],
  });
}

export function whatsappTextPayload(input: WhatsAppSender & { text: string }) {
  return whatsappMessage(input, 'text', { text: { body: input.text } });
}

export function whatsappImagePayload(input: WhatsAppSender & { mediaId: string; caption?: string; mimeType?: string }) {
  return whatsappMessage(input, 'image', {
    image: {
      ...(input.caption === undefined ? {} : { caption: input.caption }),
      mime_type: input.mimeType ?? 'image/jpeg',
      sha256: randomBytes(32).toString('base64'),
      id: input.mediaId,
    },
  });
}

export function whatsappLocationPayload(
  input: WhatsAppSender & { latitude: number; longitude: number; locationName?: string; address?: string },
) {
  return whatsappMessage(input, 'location', {
    location: {
      latitude: input.latitude,
      longitude: input.longitude,
      ...(input.locationName === undefined ? {} : { name: input.locationName }),
      ...(input.address === undefined ? {} : { address: input.address }),
    },
  });
}

export type WhatsAppReply =
  | { type: 'button_reply'; id: string; title: string }
  | { type: 'list_reply'; id: string; title: string; description?: string };

/** A tap on a reply button or list row of one of our interactive messages (`contextId`: its wamid). */
export function whatsappInteractivePayload(input: WhatsAppSender & { reply: WhatsAppReply; contextId?: string }) {
  const { type, ...chosen } = input.reply;
  return whatsappMessage(input, 'interactive', {
    context: { from: digitsOnly(input.displayPhone), id: input.contextId ?? randomWamid() },
    interactive: { type, [type]: chosen },
  });
}

export function whatsappStatusPayload(
  input: WhatsAppAccount & {
    /** The wamid our send was answered with. */
    id: string;
    /** The person's number, E.164 or digits. */
    recipient: string;
    status: 'sent' | 'delivered' | 'read' | 'failed';
    timestamp?: Date;
    clientReference?: string;
    error?: { code: number; title: string; message?: string; details?: string };
  },
) {
  const recipient = digitsOnly(input.recipient);
  const status: Record<string, unknown> = {
    id: input.id,
    status: input.status,
    timestamp: unixSeconds(input.timestamp ?? new Date()),
    recipient_id: recipient,
  };
  if (input.status === 'failed') {
    const error = input.error ?? { code: 131026, title: 'Message undeliverable' };
    status['errors'] = [
      {
        code: error.code,
        title: error.title,
        message: error.message ?? error.title,
        error_data: { details: error.details ?? error.title },
        href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/',
      },
    ];
  } else {
    status['conversation'] = { id: hex(16), origin: { type: 'service' } };
    status['pricing'] = { billable: false, pricing_model: 'PMP', category: 'service' };
  }
  if (input.clientReference !== undefined) status['biz_opaque_callback_data'] = input.clientReference;
  return whatsappEnvelope(input, { statuses: [status] });
}

// ── Facebook Messenger ───────────────────────────────────────────────────────────────────────────────────

interface MessengerEvent {
  pageId: string;
  /** The person's page-scoped id. */
  psid: string;
  timestamp?: Date;
}

export function randomMid(): string {
  return `m_${randomBytes(48).toString('base64url')}`;
}

function messengerEnvelope(input: MessengerEvent, event: Record<string, unknown>) {
  const time = (input.timestamp ?? new Date()).getTime();
  return {
    object: 'page',
    entry: [
      {
        id: input.pageId,
        time,
        messaging: [{ sender: { id: input.psid }, recipient: { id: input.pageId }, timestamp: time, ...event }],
      },
    ],
  };
}

export function facebookTextPayload(input: MessengerEvent & { text: string; mid?: string; quickReply?: string }) {
  return messengerEnvelope(input, {
    message: {
      mid: input.mid ?? randomMid(),
      text: input.text,
      ...(input.quickReply === undefined ? {} : { quick_reply: { payload: input.quickReply } }),
    },
  });
}

export function facebookPostbackPayload(input: MessengerEvent & { title: string; payload: string; mid?: string }) {
  return messengerEnvelope(input, {
    postback: { mid: input.mid ?? randomMid(), title: input.title, payload: input.payload },
  });
}

/** Messenger telling us our messages (by mid) reached the person. */
export function facebookDeliveryPayload(input: MessengerEvent & { mids: string[] }) {
  const watermark = (input.timestamp ?? new Date()).getTime();
  return {
    object: 'page',
    entry: [
      {
        id: input.pageId,
        time: watermark,
        // Delivery events come from the person to the page, like messages.
        messaging: [
          { sender: { id: input.psid }, recipient: { id: input.pageId }, delivery: { mids: input.mids, watermark } },
        ],
      },
    ],
  };
}

// ── Twilio ───────────────────────────────────────────────────────────────────────────────────────────────

export function randomTwilioSid(prefix: 'SM' | 'AC' | 'MM' = 'SM'): string {
  return `${prefix}${hex(16)}`;
}

/** The fields Twilio posts for an inbound SMS, in Twilio's order (geography left blank as for Indian numbers). */
export function twilioSmsForm(input: {
  from: string;
  to: string;
  body: string;
  sid?: string;
  accountSid: string;
}): Record<string, string> {
  const sid = input.sid ?? randomTwilioSid();
  return {
    ToCountry: 'IN',
    ToState: '',
    SmsMessageSid: sid,
    NumMedia: '0',
    ToCity: '',
    FromZip: '',
    SmsSid: sid,
    FromState: '',
    SmsStatus: 'received',
    FromCity: '',
    Body: input.body,
    FromCountry: 'IN',
    To: input.to,
    ToZip: '',
    NumSegments: String(Math.max(1, Math.ceil(input.body.length / 70))),
    MessageSid: sid,
    AccountSid: input.accountSid,
    From: input.from,
    ApiVersion: '2010-04-01',
  };
}

/** A status callback for a message we sent (`from` is our number, `to` the person). */
export function twilioStatusForm(input: {
  sid: string;
  accountSid: string;
  from: string;
  to: string;
  status: 'queued' | 'sending' | 'sent' | 'delivered' | 'undelivered' | 'failed';
  errorCode?: string;
}): Record<string, string> {
  return {
    SmsSid: input.sid,
    SmsStatus: input.status,
    MessageStatus: input.status,
    To: input.to,
    MessageSid: input.sid,
    AccountSid: input.accountSid,
    From: input.from,
    ApiVersion: '2010-04-01',
    ...(input.errorCode === undefined ? {} : { ErrorCode: input.errorCode }),
  };
}

// ── Exotel ───────────────────────────────────────────────────────────────────────────────────────────────

export function randomExotelSid(): string {
  return hex(16);
}

/** An incoming SMS as Exotel sends it: numbers in national form with a leading 0, time in IST. */
export function exotelSmsForm(input: {
  from: string;
  to: string;
  body: string;
  sid?: string;
  date?: Date;
}): Record<string, string> {
  return {
    SmsSid: input.sid ?? randomExotelSid(),
    From: input.from,
    To: input.to,
    Date: formatIst(input.date ?? new Date()),
    Body: input.body,
  };
}

/** A call into our ExoPhone as a Passthru applet reports it (an unanswered call that reached no agent). */
export function exotelCallForm(input: {
  from: string;
  to: string;
  callSid?: string;
  startTime?: Date;
  /** Keys pressed in a Gather applet before the Passthru; Exotel quotes them. */
  digits?: string;
}): Record<string, string> {
  const start = input.startTime ?? new Date();
  return {
    CallSid: input.callSid ?? randomExotelSid(),
    From: input.from,
    To: input.to,
    Direction: 'incoming',
    DialCallDuration: '0',
    StartTime: formatIst(start),
    EndTime: '1970-01-01 05:30:00',
    CallType: 'call-attempt',
    DialWhomNumber: '',
    flow_id: '228210',
    tenant_id: '67291',
    CallFrom: input.from,
    CallTo: input.to,
    ForwardedFrom: '',
    CurrentTime: formatIst(new Date(start.getTime() + 4000)),
    digits: input.digits === undefined ? '' : `"${input.digits}"`,
  };
}

export function exotelSmsStatusForm(input: {
  sid: string;
  to: string;
  status: 'sent' | 'failed' | 'failed-dnd';
  dateSent?: Date;
}): Record<string, string> {
  const failed = input.status !== 'sent';
  return {
    SmsSid: input.sid,
    To: input.to,
    Status: input.status,
    SmsUnits: '1',
    DetailedStatus: failed
      ? input.status === 'failed-dnd'
        ? 'FAILED_DND'
        : 'FAILED_INVALID_NUMBER'
      : 'DELIVERED_TO_HANDSET',
    DetailedStatusCode: failed ? (input.status === 'failed-dnd' ? '23005' : '23010') : '20005',
    DateSent: formatIst(input.dateSent ?? new Date()),
  };
}

// ── X (Twitter) API v2 ───────────────────────────────────────────────────────────────────────────────────

export interface SimulatedTweet {
  id: string;
  text: string;
  authorId: string;
  username: string;
  name: string;
  createdAt: Date;
}

/** A page of GET /2/users/:id/mentions or /2/tweets/search/recent with the author expansion, newest first. */
export function twitterTweetsResponse(tweets: SimulatedTweet[]) {
  if (tweets.length === 0) return { meta: { result_count: 0 } };
  const sorted = [...tweets].sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
  const users = new Map(
    sorted.map((tweet) => [tweet.authorId, { id: tweet.authorId, name: tweet.name, username: tweet.username }]),
  );
  return {
    data: sorted.map((tweet) => ({
      edit_history_tweet_ids: [tweet.id],
      author_id: tweet.authorId,
      created_at: tweet.createdAt.toISOString(),
      id: tweet.id,
      text: tweet.text,
    })),
    includes: { users: [...users.values()] },
    meta: {
      newest_id: sorted[0]?.id,
      oldest_id: sorted[sorted.length - 1]?.id,
      result_count: sorted.length,
    },
  };
}
