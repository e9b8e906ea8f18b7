import { removeDemo } from '../../server/db/demo/demo-leftovers.js';
import { prepareDatabase } from '../../server/main.js';
import { configOrExit } from '../main.js';

/** `sahayata demo remove`: the demo people stop signing in and the demo channel accounts stop taking webhooks. */
export async function demoRemoveCommand(): Promise<void> {
  // The database is only opened here; demo data is not seeded again by this command.
  const database = await prepareDatabase(configOrExit({ DEMO: '0', SIMULATOR: '' }));
  try {
    const removed = await removeDemo(database.db);
    process.stdout.write(
      `demo removed: ${removed.people} demo people can no longer sign in, ${removed.channelAccounts} demo channel accounts are disabled, ${removed.donors} demo blood donors will not be asked, ${removed.sponsorLinks} demo sponsor links are closed, ${removed.children} demo thalassemia children left care, ${removed.certificates} demo certificates are revoked\n`,
    );
  } finally {
    await database.close();
  }
}
