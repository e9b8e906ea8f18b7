export { parseTwitterTweets, type TwitterPage } from './parse.js';
export { nextTwitterPollAt, twitterRateLimit, type TwitterRateLimit } from './rate-limit.js';
export { buildTwitterMentionsRequest, buildTwitterSearchRequest } from './requests.js';
