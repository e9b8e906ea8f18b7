import { z } from 'zod';
import { inboundMessage } from '../inbound-message.js';
import { jsonBody } from '../json-body.js';
import { MalformedPayload } from '../malformed-payload.js';
import type { InboundMessage } from '../types.js';

const tweet = z.looseObject({
  id: z.string().regex(/^\d+$/),
  text: z.string(),
  author_id: z.string().min(1),
  created_at: z.iso.datetime({ offset: true }).optional(),
});

const response = z.looseObject({
  data: z.array(tweet).optional(),
  includes: z
    .looseObject({
      users: z.array(z.looseObject({ id: z.string(), username: z.string(), name: z.string().optional() })).optional(),
    })
    .optional(),
  // An empty result is just { meta: { result_count: 0 } }.
  meta: z.looseObject({
    newest_id: z.string().optional(),
    next_token: z.string().optional(),
    result_count: z.number().optional(),
  }),
});

export interface TwitterPage {
  events: InboundMessage[];
  /** The since_id for the next poll; null when this page was empty (keep the previous one). */
  newestId: string | null;
  /** More results of this same poll remain; fetch them before moving since_id on. */
  nextToken: string | null;
}

interface TwitterAccount {
  /** Which of our accounts this is for: the handle or user id the desk knows it by. */
  accountAddress: string;
  /** Our own user id: our replies match our searches, and must not come back as pleas. */
  ownUserId?: string;
  /** Stands in for created_at when the field was not requested. */
  now?: Date;
}

/** Reads a page of GET /2/users/:id/mentions or GET /2/tweets/search/recent into messages. */
export function parseTwitterTweets(payload: unknown, account: TwitterAccount): TwitterPage {
  const parsed = response.safeParse(jsonBody('twitter', payload));
  if (!parsed.success) throw new MalformedPayload('twitter', parsed.error.issues[0]?.message ?? 'response');
  const { data = [], includes, meta } = parsed.data;
  const handles = new Map((includes?.users ?? []).map((user) => [user.id, user.username]));
  const events = data
    .filter((item) => item.author_id !== account.ownUserId)
    .map((item) => {
      const handle = handles.get(item.author_id);
      return inboundMessage({
        provider: 'twitter',
        channel: 'twitter',
        providerMessageId: item.id,
        accountAddress: account.accountAddress,
        from: item.author_id,
        fromIsPhone: false,
        fromName: handle ? `@${handle}` : null,
        receivedAt: item.created_at ? new Date(item.created_at) : (account.now ?? new Date()),
        kind: 'text',
        text: item.text,
      });
    });
  return {
    events,
    newestId: meta.newest_id ?? newest(data.map((item) => item.id)),
    nextToken: meta.next_token ?? null,
  };
}

/** Tweet ids are 64-bit snowflakes: compare as big integers, not as numbers or strings. */
function newest(ids: string[]): string | null {
  let best: string | null = null;
  for (const id of ids) if (best === null || BigInt(id) > BigInt(best)) best = id;
  return best;
}
