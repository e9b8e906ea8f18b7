// The `sahayata` admin command: start, migrate, seed, demo remove, user create, understand, simulate.
import { Command } from 'commander';
import { DataDirInUseError } from '../server/db/data-dir-lock.js';
import { ConfigError, loadConfig, type Config } from '../server/config.js';
import { demoRemoveCommand } from './commands/demo-remove.js';
import { migrateCommand } from './commands/migrate.js';
import { seedCommand } from './commands/seed.js';
import {
  simulateCommand,
  simulateOutboxCommand,
  simulatedProviders,
  type SimulateOptions,
} from './commands/simulate.js';
import { startCommand } from './commands/start.js';
import { understandCommand } from './commands/understand.js';
import { userCreateCommand } from './commands/user-create.js';

/** Exit code 2 for configuration problems, as operators script against it. */
export function configOrExit(overrides: NodeJS.ProcessEnv = {}): Config {
  try {
    return loadConfig({ ...process.env, ...overrides });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

export async function main(argv: string[]): Promise<void> {
  const program = new Command('sahayata').description('Sahayata crisis helpline platform');
  program
    .command('start')
    .description('migrate, load reference data, seed demo data if enabled, and serve the app')
    .option('--demo', 'seed demo organisations and people (default with the embedded database)')
    .action(async (opts: { demo?: boolean }) => startCommand(opts));
  program
    .command('migrate')
    .description('apply database migrations')
    .action(async () => migrateCommand());
  program
    .command('seed')
    .description('load reference data; with --demo, also demo organisations and people')
    .option('--demo', 'seed demo data')
    .action(async (opts: { demo?: boolean }) => seedCommand(opts));
  program
    .command('simulate')
    .description(
      `post a signed provider webhook to a running server, as a citizen would: ${simulatedProviders.join(' | ')}; or "outbox" to print what the server sent`,
    )
    .argument('<provider>', `${simulatedProviders.join(', ')} or outbox`)
    .argument('[text]', 'the message', '')
    .option('--from <number>', "the citizen's number (a PSID for facebook)", '+919876543210')
    .option('--to <address>', 'the receiving account (phone-number id, number, page id); default: the demo one')
    .option('--url <url>', 'the server', process.env.SIMULATE_URL ?? 'http://localhost:3000')
    .option('--id <providerMessageId>', "the provider's message id (repeat one to act out a provider's retry)")
    .option('--count <n>', 'send the message n times with fresh ids')
    .option('--name <name>', "the sender's profile name")
    .action(async (provider: string, text: string, opts: SimulateOptions) => {
      if (provider === 'outbox') return simulateOutboxCommand({ url: opts.url, from: opts.from });
      if (!(simulatedProviders as readonly string[]).includes(provider)) {
        process.stderr.write(`unknown provider ${provider}; use one of ${simulatedProviders.join(', ')}, outbox\n`);
        process.exit(2);
      }
      await simulateCommand(provider as (typeof simulatedProviders)[number], text, opts);
    });
  program
    .command('demo')
    .description('the demo data')
    .command('remove')
    .description('end the demo on this database: demo people can no longer sign in, demo channel accounts are disabled')
    .action(async () => demoRemoveCommand());
  const user = program.command('user').description('manage people');
  user
    .command('create')
    .description('add a person with one membership')
    .requiredOption('--name <name>', 'full name')
    .requiredOption('--phone <phone>', 'mobile number, e.g. 98390 12345 or +919839012345')
    .requiredOption('--role <role>', 'admin | coordinator | operator | volunteer | viewer')
    .option('--org <organisation>', 'organisation name or id (not for admin)')
    .option('--district <district...>', 'district names or codes inside the organisation (default: all)')
    .option('--email <email>', 'e-mail address')
    .option('--language <language>', 'hi or en', 'hi')
    .option('--password <password>', 'initial password (default: a generated one, printed once)')
    .action(async (opts: Parameters<typeof userCreateCommand>[0]) => userCreateCommand(opts));
  try {
    program
      .command('understand')
      .description('read free-text pleas: one JSON per input, or with --jsonl {id,text} lines in and out')
      .option('--jsonl', 'read JSON lines {"id","text"} from stdin, write one understanding per line')
      .action(async (opts: { jsonl?: boolean }) => understandCommand({ jsonl: opts.jsonl === true }));
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
