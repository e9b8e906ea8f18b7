// The one shape every provider adapter produces and consumes. Adapters are pure: they check signatures,
// read a provider's payload into these events, and build (not send) outbound HTTP requests.
import type { Channel, Provider } from '../../shared/enums.js';

export { providers, type Provider } from '../../shared/enums.js';

/** The channel a provider's messages belong to on the desk. */
export const channelOfProvider: Record<Provider, Channel> = {
  whatsapp: 'whatsapp',
  facebook: 'facebook',
  twilio: 'sms',
  exotel: 'sms',
  twitter: 'twitter',
};

export type InboundKind = 'text' | 'image' | 'location' | 'interactive' | 'missed_call' | 'unsupported';

/** A person's message as the desk sees it, whatever provider carried it. */
export interface InboundMessage {
  type: 'message';
  provider: Provider;
  channel: Channel;
  /** The provider's own id for the message (wamid, mid, MessageSid, CallSid, tweet id): the idempotency key. */
  providerMessageId: string;
  /** Which of our accounts received it: WhatsApp phone-number id, Facebook page id, receiving number, handle. */
  accountAddress: string;
  /** Sender: E.164 phone where the provider gives one, else the provider's user id (PSID, twitter user id). */
  from: string;
  /** True when `from` is a phone number in E.164. */
  fromIsPhone: boolean;
  fromName: string | null;
  receivedAt: Date;
  kind: InboundKind;
  /** The words to read: message text, image caption, interactive reply title, location name/address. */
  text: string | null;
  /** Interactive replies: the id of the button or list row chosen. */
  replyId: string | null;
  media: { id: string; mimeType: string | null; caption: string | null } | null;
  location: { lat: number; lon: number; name: string | null; address: string | null } | null;
  /** For unsupported kinds: the provider's own type name, kept for the record. */
  providerType: string | null;
}

export type DeliveryState = 'sent' | 'delivered' | 'read' | 'failed';

/** A provider telling us what became of a message we sent. */
export interface DeliveryStatus {
  type: 'status';
  provider: Provider;
  /** The id the provider gave our outbound message when it accepted it. */
  providerMessageId: string;
  state: DeliveryState;
  at: Date;
  error: string | null;
}

export type InboundEvent = InboundMessage | DeliveryStatus;

/** What a signature check needs: the raw bytes as received, the headers, and for Twilio the full URL. */
export interface SignedRequest {
  rawBody: Buffer;
  headers: Record<string, string | string[] | undefined>;
  /** The public URL the provider posted to (PUBLIC_URL + path + query), needed by Twilio's scheme. */
  url: string;
}

/** An HTTP request to a provider's API, built by an adapter and sent by the outbound worker. */
export interface ProviderRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body: string | null;
}

/** Secrets and ids of one channel account (one organisation's WhatsApp number, page, SMS number…). */
export interface AccountCredentials {
  /** WhatsApp/Facebook app secret, Twilio auth token, Exotel webhook token: what signatures are checked with. */
  webhookSecret: string;
  /** WhatsApp/Facebook GET handshake token. */
  verifyToken?: string;
  /** Bearer/access token (WhatsApp, Facebook, Twitter) or API token (Exotel). */
  accessToken?: string;
  /** Twilio account SID, Exotel account SID / API key. */
  accountId?: string;
  apiKey?: string;
}

export interface OutboundText {
  /** The account sending: phone-number id (WhatsApp), page id (Facebook), sending number (SMS). */
  accountAddress: string;
  /** Recipient: E.164 phone, or PSID for Facebook. */
  to: string;
  text: string;
  /** Our outbound id, echoed back by providers that support it (WhatsApp biz_opaque_callback_data). */
  clientReference: string;
  /** Where status callbacks should go (Twilio StatusCallback). */
  statusCallbackUrl?: string;
}
