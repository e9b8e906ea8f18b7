// Polls Twitter/X for each account (mentions and saved searches) every interval, within rate limits.
import { z } from 'zod';
import { pollTwitter } from '../usecases/channels/poll-twitter.js';
import { defineJob } from './define-job.js';

export const twitterPollJob = defineJob({
  name: 'twitter-poll',
  payload: z.object({}),
  every: (services) => services.twitterIntervalMs,
  // A failed or interrupted poll is not repeated: the next slot polls again from the same cursor.
  retry: { maxAttempts: 1 },
  handler: async (_payload, { db, log, services, job }) => {
    const { kept } = await pollTwitter(
      {
        db,
        baseUrl: () => services.baseUrlFor('twitter'),
        intervalMs: services.twitterIntervalMs,
        ...(services.fetch ? { fetch: services.fetch } : {}),
      },
      // The slot's moment, not the clock's: each source's next poll then falls on the next slot, not just after it.
      job.runAt,
    );
    if (kept > 0) log.info({ kept }, 'kept new tweets');
  },
});
