// The environment, checked once at boot against one schema. Every problem is reported before exiting.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Unset stays undefined, so a default can depend on other settings. */
const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : v === '1' || v === 'true' || v === 'yes'));

export const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Unset: 127.0.0.1 in demo mode (its passwords and secrets are published), else every interface. */
  HOST: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
  /**
   * Behind a reverse proxy: how far to trust X-Forwarded-For, as Fastify's `trustProxy` takes it — `true`, a hop
   * count, or the proxies' addresses/CIDRs (comma-separated). Unset: the peer address is the client.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(/^(true|false|[0-9]{1,2}|[0-9a-fA-F.:/,\s]+)$/, 'must be true, false, a hop count or addresses (CIDR)')
    .optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  SAHAYATA_DATA_DIR: z.string().min(1).default('./.sahayata'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_URL: z.url().optional(),
  DEMO: booleanFlag,
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  // Channels of a single-organisation deployment (and of the demo organisation); see .env.example.
  CHANNELS_ORGANISATION: z.string().trim().min(1).optional(),
  WHATSAPP_PHONE_NUMBER_ID: z.string().trim().min(1).optional(),
  WHATSAPP_APP_SECRET: z.string().min(1).optional(),
  WHATSAPP_VERIFY_TOKEN: z.string().min(1).optional(),
  WHATSAPP_ACCESS_TOKEN: z.string().min(1).optional(),
  FACEBOOK_PAGE_ID: z.string().trim().min(1).optional(),
  FACEBOOK_APP_SECRET: z.string().min(1).optional(),
  FACEBOOK_VERIFY_TOKEN: z.string().min(1).optional(),
  FACEBOOK_PAGE_ACCESS_TOKEN: z.string().min(1).optional(),
  TWILIO_PHONE_NUMBER: z.string().trim().min(1).optional(),
  TWILIO_ACCOUNT_SID: z.string().min(1).optional(),
  TWILIO_AUTH_TOKEN: z.string().min(1).optional(),
  EXOTEL_PHONE_NUMBER: z.string().trim().min(1).optional(),
  EXOTEL_ACCOUNT_SID: z.string().min(1).optional(),
  EXOTEL_API_KEY: z.string().min(1).optional(),
  EXOTEL_API_TOKEN: z.string().min(1).optional(),
  EXOTEL_WEBHOOK_TOKEN: z.string().min(1).optional(),
  TWITTER_USER_ID: z.string().trim().min(1).optional(),
  TWITTER_BEARER_TOKEN: z.string().min(1).optional(),
  TWITTER_SEARCHES: z.string().optional(),
  // Where outbound calls go; the simulator's fake provider when SIMULATOR is on and these are unset.
  WHATSAPP_API_URL: z.url().optional(),
  TWILIO_API_URL: z.url().optional(),
  EXOTEL_API_URL: z.url().optional(),
  TWITTER_API_URL: z.url().optional(),
  SIMULATOR: booleanFlag,
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  port: number;
  host: string;
  /** Fastify's `trustProxy`: false unless TRUST_PROXY says which proxies' X-Forwarded-For to believe. */
  trustProxy: boolean | number | string;
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };
  dataDir: string;
  sessionSecret: string;
  logLevel: Env['LOG_LEVEL'];
  publicUrl: string;
  /** Seed demo data: on by default for the embedded database, off for a real server. */
  demo: boolean;
  isProduction: boolean;
  channels: ChannelsConfig;
}

export interface ChannelsConfig {
  /** The organisation (name or id) that environment-configured accounts belong to; the demo's first one in demo mode. */
  organisation: string | null;
  env: Partial<Record<string, string>>;
  /** The built-in fake provider: on in demo mode unless turned off. */
  simulator: boolean;
  /** Provider API base URLs; null sends to the built-in simulator at the app's own address. */
  apiUrls: Record<'whatsapp' | 'facebook' | 'twilio' | 'exotel' | 'twitter', string | null>;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads the environment; throws ConfigError listing every problem. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(source);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`);
  // Checked on the raw values too, so it is reported alongside any other problem.
  if (source.DATABASE_URL && !source.SESSION_SECRET) {
    problems.push('SESSION_SECRET is required when DATABASE_URL is set (generate one with: openssl rand -hex 32)');
  }
  if (parsed.success) problems.push(...demoProblems(parsed.data, source));
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const env = parsed.data;
  const dataDir = path.resolve(env.SAHAYATA_DATA_DIR);
  const sessionSecret = env.SESSION_SECRET ?? embeddedSessionSecret(dataDir);
  const publicUrl = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
  const demo = isDemo(env);
  return {
    port: env.PORT,
    host: env.HOST ?? (demo ? '127.0.0.1' : '0.0.0.0'),
    trustProxy: trustProxyOf(env.TRUST_PROXY),
    database: env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.join(dataDir, 'db') },
    dataDir,
    sessionSecret,
    logLevel: env.LOG_LEVEL,
    publicUrl: publicUrl.replace(/\/$/, ''),
    demo,
    isProduction: env.NODE_ENV === 'production',
    channels: channelsConfig(env, demo),
  };
}

const isDemo = (env: Env): boolean => env.DEMO ?? !env.DATABASE_URL;

/** The demo's people and secrets are published: it never runs as a production deployment, nor its simulator without it. */
function demoProblems(env: Env, source: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  const demo = isDemo(env);
  if (demo && source.NODE_ENV === 'production') {
    problems.push(
      'DEMO is on (the default with the embedded database) while NODE_ENV=production: the demo passwords and channel secrets are published. Set DEMO=0 for a real deployment.',
    );
  }
  if (env.SIMULATOR === true && !demo) {
    problems.push(
      'SIMULATOR=1 needs demo mode: the fake provider accepts messages for every channel. Unset SIMULATOR.',
    );
  }
  return problems;
}

function trustProxyOf(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^[0-9]+$/.test(value)) return Number(value);
  return value;
}

function channelsConfig(env: Env, demo: boolean): ChannelsConfig {
  const simulator = env.SIMULATOR ?? demo;
  const channelEnv = Object.fromEntries(
    Object.entries(env).filter(
      ([key, value]) => /^(WHATSAPP|FACEBOOK|TWILIO|EXOTEL|TWITTER)_/.test(key) && typeof value === 'string',
    ),
  ) as Record<string, string>;
  return {
    organisation: env.CHANNELS_ORGANISATION ?? null,
    env: channelEnv,
    simulator,
    apiUrls: {
      whatsapp: env.WHATSAPP_API_URL ?? (simulator ? null : 'https://graph.facebook.com'),
      facebook: env.WHATSAPP_API_URL ?? (simulator ? null : 'https://graph.facebook.com'),
      twilio: env.TWILIO_API_URL ?? (simulator ? null : 'https://api.twilio.com'),
      exotel: env.EXOTEL_API_URL ?? (simulator ? null : 'https://api.exotel.com'),
      twitter: env.TWITTER_API_URL ?? (simulator ? null : 'https://api.twitter.com'),
    },
  };
}

/** In embedded mode the secret is generated once and kept beside the data, so sessions survive restarts. */
function embeddedSessionSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
