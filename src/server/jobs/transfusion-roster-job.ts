// Every five minutes: every active thalassemia child's next transfusions stay booked from their roster, a
// transfusion falling due within the triage window without all its donors confirmed goes to the desk as a case
// (and outreach starts on it), and each confirmed donor gets the day-before reminder once. Idempotent: each child is
// planned under its own lock taken with SKIP LOCKED, cases are stored on their transfusion, reminders are marked in
// the transaction that queues them — so a re-run, or a second process, repeats nothing.
import { z } from 'zod';
import { runTransfusionRoster } from '../usecases/transfusion-bookings/run-transfusion-roster.js';
import { defineJob } from './define-job.js';

export const transfusionRosterJob = defineJob({
  name: 'transfusion-roster',
  payload: z.object({}),
  every: 5 * 60_000,
  retry: { maxAttempts: 2 },
  handler: async (_payload, { db, log, services }) => {
    const run = await runTransfusionRoster(db, services.answerLinks);
    if (run.booked > 0 || run.cases > 0 || run.reminded > 0 || run.outreachStarted > 0) {
      log.info(run, 'thalassemia rosters kept booked');
    }
  },
});
