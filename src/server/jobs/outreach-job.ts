// Moves blood outreach on every half minute: asks that waited for the morning go out, and needs whose wave got no
// YES in time (10 minutes for a critical case, an hour otherwise) widen. Idempotent — each run is re-read under
// lock and moves only when due — so a re-run after a crash does no harm, and a missed slot is caught up by the next.
import { z } from 'zod';
import { advanceOutreach } from '../usecases/outreach/advance-outreach.js';
import { defineJob } from './define-job.js';

export const outreachJob = defineJob({
  name: 'blood-outreach',
  payload: z.object({}),
  every: 30_000,
  retry: { maxAttempts: 2 },
  handler: async (_payload, { db, log, services }) => {
    if (!services.answerLinks) throw new Error('blood-outreach: no answer-link secret configured');
    const { released, advanced } = await advanceOutreach(db, services.answerLinks);
    if (released > 0 || advanced > 0) log.info({ released, advanced }, 'moved blood outreach on');
  },
});
