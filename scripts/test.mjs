#!/usr/bin/env node
// `npm test`: typecheck, lint, unit, integration on PGlite (and PostgreSQL when TEST_DATABASE_URL is
// set), then browser tests. Suites that cannot run here say so loudly; CI (REQUIRE_E2E=1 and
// TEST_DATABASE_URL) makes them mandatory.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const results = [];

function step(label, command, args, env = {}) {
  process.stdout.write(`\n━━ ${label} ━━\n`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  results.push({ label, ok, seconds: (Date.now() - started) / 1000 });
  if (!ok) finish();
}

function loud(message) {
  const bar = '!'.repeat(Math.min(100, message.length + 8));
  process.stdout.write(`\n${bar}\n!!! ${message} !!!\n${bar}\n`);
  results.push({ label: message, ok: true, skipped: true, seconds: 0 });
}

function finish() {
  process.stdout.write('\n━━ summary ━━\n');
  for (const r of results) {
    process.stdout.write(
      `${r.skipped ? 'SKIPPED' : r.ok ? 'ok     ' : 'FAILED '} ${r.label}${r.skipped ? '' : ` (${r.seconds.toFixed(1)} s)`}\n`,
    );
  }
  const failed = results.filter((r) => !r.ok).length;
  process.exit(failed === 0 ? 0 : 1);
}

step('typecheck', bin('tsc'), ['-p', 'tsconfig.json']);
step('typecheck (web)', bin('tsc'), ['-p', 'tsconfig.web.json']);
step('lint', bin('eslint'), ['.', '--max-warnings=0']);
step('format', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
step('unit tests', bin('vitest'), ['run', '--project', 'unit']);
step('integration tests (PGlite)', bin('vitest'), ['run', '--project', 'integration'], { TEST_DB: 'pglite' });
if (process.env.TEST_DATABASE_URL) {
  step('integration tests (PostgreSQL)', bin('vitest'), ['run', '--project', 'integration'], { TEST_DB: 'postgres' });
} else {
  loud('integration tests on PostgreSQL SKIPPED: set TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)');
}
step('browser tests', bin('vitest'), ['run', '--project', 'e2e']);
finish();
