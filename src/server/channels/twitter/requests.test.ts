import { describe, expect, it } from 'vitest';
import { buildTwitterMentionsRequest, buildTwitterSearchRequest } from './requests.js';

const fields = 'max_results=100&tweet.fields=created_at%2Cauthor_id&expansions=author_id&user.fields=username%2Cname';

describe('Twitter poll requests', () => {
  it('asks for mentions since the last seen id, with authors expanded', () => {
    expect(
      buildTwitterMentionsRequest({
        baseUrl: 'https://api.x.com/',
        userId: '1500000000000000001',
        sinceId: '1921954061089398915',
        bearerToken: 'AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid',
      }),
    ).toEqual({
      method: 'GET',
      url: `https://api.x.com/2/users/1500000000000000001/mentions?${fields}&since_id=1921954061089398915`,
      headers: { authorization: 'Bearer AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid' },
      body: null,
    });
  });

  it('searches recent tweets, without since_id on the first poll, with a page token when given', () => {
    const request = buildTwitterSearchRequest({
      baseUrl: 'https://api.x.com',
      query: '(oxygen OR plasma OR "ICU bed") lang:hi -is:retweet',
      sinceId: null,
      bearerToken: 'token',
      paginationToken: 'b26v89c19zqg8o3fpz2kvgtfvh4m8j9kg8wz0i8dn4pk',
    });
    const url = new URL(request.url);
    expect(url.origin + url.pathname).toBe('https://api.x.com/2/tweets/search/recent');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      query: '(oxygen OR plasma OR "ICU bed") lang:hi -is:retweet',
      max_results: '100',
      'tweet.fields': 'created_at,author_id',
      expansions: 'author_id',
      'user.fields': 'username,name',
      next_token: 'b26v89c19zqg8o3fpz2kvgtfvh4m8j9kg8wz0i8dn4pk',
    });
  });
});
