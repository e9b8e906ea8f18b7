import { randomBytes } from 'node:crypto';
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { createUserBody } from '../../shared/contracts/users.js';
import { roles, type Role } from '../../shared/enums.js';
import { districts, organisations } from '../../server/db/schema/index.js';
import { AppError } from '../../server/errors.js';
import { prepareDatabase } from '../../server/main.js';
import { systemActor } from '../../server/usecases/system-actor.js';
import { createUser } from '../../server/usecases/users/create-user.js';
import { translatorFor } from '../../server/i18n.js';
import { configOrExit } from '../main.js';

export interface UserCreateOptions {
  name: string;
  phone: string;
  role: string;
  org?: string;
  district?: string[];
  email?: string;
  language: string;
  password?: string;
}

class CliError extends Error {}

function fail(message: string): never {
  throw new CliError(message);
}

export async function userCreateCommand(opts: UserCreateOptions): Promise<void> {
  if (!(roles as readonly string[]).includes(opts.role)) {
    process.stderr.write(`--role must be one of: ${roles.join(', ')}\n`);
    process.exitCode = 1;
    return;
  }
  const database = await prepareDatabase(configOrExit());
  const { db } = database;
  try {
    let organisationId: string | null = null;
    let districtCodes: string[] = [];
    if (opts.org) {
      const isUuid = /^[0-9a-f-]{36}$/i.test(opts.org);
      const [org] = await db
        .select()
        .from(organisations)
        .where(isUuid ? eq(organisations.id, opts.org) : sql`lower(${organisations.name}) = lower(${opts.org})`);
      if (!org) fail(`No organisation called "${opts.org}".`);
      organisationId = org.id;
      const wanted = opts.district ?? [];
      if (wanted.length > 0) {
        const found = await db
          .select({ code: districts.code, name: districts.name })
          .from(districts)
          .where(
            and(
              inArray(districts.code, org.districts),
              or(inArray(districts.code, wanted), inArray(districts.name, wanted)),
            ),
          );
        const missing = wanted.filter((w) => !found.some((d) => d.code === w || d.name === w));
        if (missing.length > 0) fail(`Not served by ${org.name}: ${missing.join(', ')}`);
        districtCodes = found.map((d) => d.code);
      }
    }
    const generated = opts.password ? null : randomBytes(9).toString('base64url');
    const parsed = createUserBody.safeParse({
      name: opts.name,
      phone: opts.phone,
      email: opts.email ?? null,
      preferredLanguage: opts.language,
      password: opts.password ?? generated,
      membership: { role: opts.role as Role, organisationId, districts: districtCodes },
    });
    if (!parsed.success) {
      fail(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
    }
    const user = await createUser(db, systemActor, parsed.data);
    process.stdout.write(`Created ${user.name} (${user.phone}) as ${opts.role}${opts.org ? ` in ${opts.org}` : ''}.\n`);
    if (generated) process.stdout.write(`Initial password (shown once): ${generated}\n`);
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    if (error instanceof AppError) {
      const t = translatorFor('en');
      const reason = typeof error.params.reasonKey === 'string' ? t(error.params.reasonKey, error.params) : '';
      process.stderr.write(`${t(`${error.code}.title`)}: ${t(`${error.code}.detail`, { ...error.params, reason })}\n`);
      process.exitCode = 1;
      return;
    }
    throw error;
  } finally {
    await database.close();
  }
}
