// X (Twitter) offers no webhook on the plans a helpline can get, so mentions and searches are polled.
// since_id makes each poll return only what is new; the author expansion gives handles in the same call.
import type { ProviderRequest } from '../types.js';
import { apiUrl } from '../url.js';

interface PollOptions {
  baseUrl: string;
  /** The newest tweet id seen by the previous poll; null on the first poll. */
  sinceId: string | null;
  bearerToken: string;
  /** The next_token of a previous page, when a burst did not fit in one page. */
  paginationToken?: string | null;
}

function pollQuery(sinceId: string | null, extra: Record<string, string>): URLSearchParams {
  const query = new URLSearchParams({
    ...extra,
    max_results: '100',
    'tweet.fields': 'created_at,author_id',
    expansions: 'author_id',
    'user.fields': 'username,name',
  });
  if (sinceId) query.set('since_id', sinceId);
  return query;
}

function get(baseUrl: string, path: string, query: URLSearchParams, bearerToken: string): ProviderRequest {
  return {
    method: 'GET',
    url: apiUrl(baseUrl, `${path}?${query.toString()}`),
    headers: { authorization: `Bearer ${bearerToken}` },
    body: null,
  };
}

/** GET /2/users/:id/mentions */
export function buildTwitterMentionsRequest(options: PollOptions & { userId: string }): ProviderRequest {
  const query = pollQuery(options.sinceId, {});
  if (options.paginationToken) query.set('pagination_token', options.paginationToken);
  return get(options.baseUrl, `/2/users/${encodeURIComponent(options.userId)}/mentions`, query, options.bearerToken);
}

/** GET /2/tweets/search/recent (the last seven days). */
export function buildTwitterSearchRequest(options: PollOptions & { query: string }): ProviderRequest {
  const query = pollQuery(options.sinceId, { query: options.query });
  if (options.paginationToken) query.set('next_token', options.paginationToken);
  return get(options.baseUrl, '/2/tweets/search/recent', query, options.bearerToken);
}
