import { describe, expect, it } from 'vitest';
import { fixtureBytes, fixtureJson } from '../../../../test/fixtures/webhooks/load.js';
import { MalformedPayload } from '../malformed-payload.js';
import type { InboundMessage } from '../types.js';
import { parseFacebook } from './parse.js';

const person = {
  type: 'message',
  provider: 'facebook',
  channel: 'facebook',
  accountAddress: '108765432101234',
  from: '7391048265013487',
  fromIsPhone: false,
  fromName: null,
  text: null,
  replyId: null,
  media: null,
  location: null,
  providerType: null,
} satisfies Partial<InboundMessage>;

describe('parseFacebook', () => {
  it('reads a text message: PSID as sender, page id as account, millisecond timestamp', () => {
    expect(parseFacebook(fixtureBytes('facebook', 'text'))).toEqual([
      {
        ...person,
        providerMessageId:
          'm_Kx3vZQ9pN2rT8wYbL5cF1aH7jD4sE6uG0iO2kM9nB3vC8xZ1qW5eR7tY4uI6oP0aS2dF9gH3jK5lZ8xC1vB4nM7qW0eR2tY5uI8oP',
        receivedAt: new Date('2025-05-12T11:30:00.000Z'),
        kind: 'text',
        text: 'Plasma donor chahiye, B+ , Lucknow. Please help',
      },
    ]);
  });

  it('reads a quick reply as interactive, its payload as the reply id', () => {
    expect(parseFacebook(fixtureBytes('facebook', 'quick-reply'))).toEqual([
      {
        ...person,
        providerMessageId:
          'm_Qr7tY2uI4oP6aS8dF0gH1jK3lZ5xC7vB9nM2qW4eR6tY8uI0oP3aS5dF7gH9jK1lZ4xC6vB8nM0qW3eR5tY7uI9oP2aS4dF6gH8j',
        receivedAt: new Date('2025-05-12T11:31:00.000Z'),
        kind: 'interactive',
        text: 'Blood',
        replyId: 'NEED_BLOOD',
      },
    ]);
  });

  it('reads a postback as interactive: button title as text, payload as reply id', () => {
    expect(parseFacebook(fixtureBytes('facebook', 'postback'))).toEqual([
      {
        ...person,
        providerMessageId:
          'm_Pb2aS4dF6gH8jK0lZ3xC5vB7nM9qW1eR4tY6uI8oP0aS3dF5gH7jK9lZ2xC4vB6nM8qW0eR3tY5uI7oP9aS2dF4gH6jK8lZ1xC3v',
        receivedAt: new Date('2025-05-12T11:32:00.000Z'),
        kind: 'interactive',
        text: 'Get Started',
        replyId: 'GET_STARTED',
      },
    ]);
  });

  it('gives a postback without a mid an id from sender and time, stable across redeliveries', () => {
    const payload = fixtureJson('facebook', 'postback') as {
      entry: { messaging: { postback: { mid?: string } }[] }[];
    };
    delete payload.entry[0]!.messaging[0]!.postback.mid;
    const [first] = parseFacebook(payload);
    expect(first).toMatchObject({ providerMessageId: 'postback:7391048265013487:1747049520000' });
    expect(parseFacebook(payload)).toEqual([first]);
  });

  it('skips echoes of our own messages and read receipts', () => {
    expect(parseFacebook(fixtureBytes('facebook', 'echo'))).toEqual([]);
    expect(parseFacebook(fixtureBytes('facebook', 'read'))).toEqual([]);
  });

  it('reads a delivery receipt as one delivered status per mid, at the watermark', () => {
    const at = new Date('2025-05-12T11:32:19.500Z');
    expect(parseFacebook(fixtureBytes('facebook', 'delivery'))).toEqual([
      {
        type: 'status',
        provider: 'facebook',
        providerMessageId:
          'm_Ec9oP1aS3dF5gH7jK9lZ2xC4vB6nM8qW0eR3tY5uI7oP9aS2dF4gH6jK8lZ1xC3vB5nM7qW9eR2tY4uI6oP8aS1dF3gH5jK7lZ0x',
        state: 'delivered',
        at,
        error: null,
      },
      {
        type: 'status',
        provider: 'facebook',
        providerMessageId:
          'm_Dl4uI6oP8aS0dF2gH4jK6lZ8xC0vB2nM4qW6eR8tY0uI2oP4aS6dF8gH0jK2lZ4xC6vB8nM0qW2eR4tY6uI8oP0aS2dF4gH6jK8',
        state: 'delivered',
        at,
        error: null,
      },
    ]);
  });

  it('reads each attachment as its own event: image by URL, location by coordinates, audio unsupported', () => {
    const mid =
      'm_At1qW3eR5tY7uI9oP1aS3dF5gH7jK9lZ1xC3vB5nM7qW9eR1tY3uI5oP7aS9dF1gH3jK5lZ7xC9vB1nM3qW5eR7tY9uI1oP3aS5d';
    const receivedAt = new Date('2025-05-12T11:33:00.000Z');
    expect(parseFacebook(fixtureBytes('facebook', 'attachments'))).toEqual([
      {
        ...person,
        providerMessageId: mid,
        receivedAt,
        kind: 'image',
        media: {
          id: 'https://scontent.xx.fbcdn.net/v/t1.15752-9/496873210_1234567890123456_789_n.jpg?_nc_cat=100&oh=00_AfB&oe=6830F1A2',
          mimeType: null,
          caption: null,
        },
      },
      {
        ...person,
        providerMessageId: `${mid}#1`,
        receivedAt,
        kind: 'location',
        text: 'Aliganj, Lucknow',
        location: { lat: 26.8935, lon: 80.9411, name: 'Aliganj, Lucknow', address: null },
      },
      { ...person, providerMessageId: `${mid}#2`, receivedAt, kind: 'unsupported', providerType: 'audio' },
    ]);
  });

  it('keeps a sticker as unsupported rather than as a photo', () => {
    expect(parseFacebook(fixtureBytes('facebook', 'sticker'))).toEqual([
      expect.objectContaining({ kind: 'unsupported', providerType: 'sticker', media: null }),
    ]);
  });

  it('throws MalformedPayload for bodies that are not a Messenger webhook', () => {
    const bad: unknown[] = [
      '<xml/>',
      { object: 'whatsapp_business_account', entry: [] },
      { object: 'page' },
      { object: 'page', entry: [{ messaging: [] }] },
      {
        object: 'page',
        entry: [{ id: '1', messaging: [{ recipient: { id: '1' }, message: { mid: 'm', text: 'x' } }] }],
      },
      {
        object: 'page',
        entry: [{ id: '1', messaging: [{ sender: { id: '2' }, recipient: { id: '1' }, message: { text: 'x' } }] }],
      },
    ];
    for (const body of bad) expect(() => parseFacebook(body), JSON.stringify(body)).toThrow(MalformedPayload);
  });
});
