import { describe, expect, it } from 'vitest';
import { fixtureBytes, fixtureJson } from '../../../../test/fixtures/webhooks/load.js';
import { MalformedPayload } from '../malformed-payload.js';
import { parseTwitterTweets } from './parse.js';

const tweet = {
  type: 'message',
  provider: 'twitter',
  channel: 'twitter',
  accountAddress: '@SahayataHelp',
  fromIsPhone: false,
  kind: 'text',
  replyId: null,
  media: null,
  location: null,
  providerType: null,
} as const;

describe('parseTwitterTweets', () => {
  it('reads mentions with the author id as sender and @username from the expansion', () => {
    expect(parseTwitterTweets(fixtureBytes('twitter', 'mentions'), { accountAddress: '@SahayataHelp' })).toEqual({
      events: [
        {
          ...tweet,
          providerMessageId: '1921954061089398915',
          from: '1418274659283746816',
          fromName: '@saikiran_hyd',
          receivedAt: new Date('2025-05-12T15:42:11.000Z'),
          text: '@SahayataHelp urgent: Remdesivir needed at Apollo Hospital, Hyderabad. Patient in ICU. Contact 9848012345 #COVIDEmergency',
        },
        {
          ...tweet,
          providerMessageId: '1921947949987067955',
          from: '2847561093',
          fromName: '@anjali_patna',
          receivedAt: new Date('2025-05-12T15:17:54.000Z'),
          text: '@SahayataHelp @ICMRDELHI plasma A+ required at AIIMS Patna, please RT',
        },
      ],
      newestId: '1921954061089398915',
      nextToken: null,
    });
  });

  it('reads a search page, leaving out our own tweets and passing on the next page token', () => {
    const page = parseTwitterTweets(fixtureBytes('twitter', 'search-recent'), {
      accountAddress: '@SahayataHelp',
      ownUserId: '1500000000000000001',
    });
    expect(page.events).toEqual([
      {
        ...tweet,
        providerMessageId: '1921956858690523664',
        from: '990012345678901248',
        fromName: '@rohitjain_indore',
        receivedAt: new Date('2025-05-12T15:53:18.000Z'),
        text: 'Need ICU bed with ventilator in Indore for my uncle, oxygen 79. Anyone? #SOS #Indore',
      },
    ]);
    expect(page.newestId).toBe('1921956858690523664');
    expect(page.nextToken).toBe('b26v89c19zqg8o3fpz2kvgtfvh4m8j9kg8wz0i8dn4pk');
  });

  it('reads an empty result as no events and no new since_id', () => {
    expect(parseTwitterTweets(fixtureBytes('twitter', 'empty'), { accountAddress: '@SahayataHelp' })).toEqual({
      events: [],
      newestId: null,
      nextToken: null,
    });
  });

  it('works out the newest id when meta lacks it, comparing ids as 64-bit integers', () => {
    const body = fixtureJson('twitter', 'mentions') as { meta: Record<string, unknown>; data: { id: string }[] };
    delete body.meta['newest_id'];
    body.data.push({ ...body.data[0]!, id: '999999999999999999' });
    expect(parseTwitterTweets(body, { accountAddress: '@SahayataHelp' }).newestId).toBe('1921954061089398915');
  });

  it('uses now when created_at was not requested, and no name when the author is not expanded', () => {
    const now = new Date('2025-05-12T16:00:00.000Z');
    const body = { data: [{ id: '1921954061089398915', text: 'help', author_id: '42' }], meta: { result_count: 1 } };
    expect(parseTwitterTweets(body, { accountAddress: '@SahayataHelp', now }).events[0]).toMatchObject({
      receivedAt: now,
      fromName: null,
    });
  });

  it('throws MalformedPayload for something that is not a v2 tweets response', () => {
    const bad: unknown[] = [
      'not json',
      {},
      { errors: [{ message: 'Unauthorized' }] },
      { data: [{ id: 'abc', text: 'x', author_id: '1' }], meta: {} },
      { data: [{ id: '1', text: 'x' }], meta: {} },
      { data: [{ id: '1', text: 'x', author_id: '1', created_at: 'yesterday' }], meta: {} },
    ];
    for (const body of bad) {
      expect(() => parseTwitterTweets(body, { accountAddress: '@x' }), JSON.stringify(body)).toThrow(MalformedPayload);
    }
  });
});
