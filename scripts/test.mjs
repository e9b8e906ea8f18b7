#!/usr/bin/env node
// `npm test`: typecheck, lint, unit, browser tests, and integration on PostgreSQL (when TEST_DATABASE_URL is set)
// and on PGlite. Suites that cannot run here say so loudly; CI (REQUIRE_E2E=1 and
// TEST_DATABASE_URL) makes them mandatory.
//
// Steps that mostly use one core each run side by side (the checks, the unit tests and the build the browser tests
// need; then the browser tests beside the PostgreSQL integration run; then the PGlite one), so the whole stays inside
// CI's time on a 2-core machine. A side-by-side step's output is printed whole when it ends, so logs do not interleave.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const results = [];
const started = Date.now();

// A step that hangs (a stuck worker, a server a test forgot) must fail CI loudly with what it printed so far, not
// eat CI's whole time in silence; each step runs in its own process group so nothing it started outlives it.
const stepLimitMs = Number(process.env.TEST_STEP_MINUTES ?? 20) * 60_000;
// Vitest steps note which files and tests start and end (test/support/progress-reporter.ts), so a step stopped for
// time can say what was still running.
const progressDir = mkdtempSync(path.join(os.tmpdir(), 'sahayata-test-progress-'));
process.on('exit', () => rmSync(progressDir, { recursive: true, force: true }));
let progressFiles = 0;
const vitest = (project) => {
  const progress = path.join(progressDir, `${project}-${++progressFiles}.jsonl`);
  return {
    command: bin('vitest'),
    args: ['run', '--project', project, '--reporter=default', '--reporter=./test/support/progress-reporter.ts'],
    env: { VITEST_PROGRESS_FILE: progress },
    progress,
  };
};

const withEnv = (step, env) => ({ ...step, env: { ...step.env, ...env } });

/** What had started and not ended, oldest first, from a step's progress file. */
function unfinished(progress) {
  if (!progress || !existsSync(progress)) return [];
  const open = new Map();
  for (const line of readFileSync(progress, 'utf8').split('\n')) {
    if (!line) continue;
    const { event, what, at } = JSON.parse(line);
    if (event === 'start') open.set(what, at);
    else open.delete(what);
  }
  return [...open]
    .sort((a, b) => a[1] - b[1])
    .map(([what, at]) => `${what} (running ${Math.round((Date.now() - at) / 1000)} s)`);
}
const groups = new Set();
const killGroup = (pid) => {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const pid of groups) killGroup(pid);
    process.exit(130);
  });
}

function run({ label, command, args, env = {}, progress }, { quiet }) {
  return new Promise((resolve) => {
    const began = Date.now();
    const child = spawn(command, args, {
      cwd: root,
      detached: true,
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...env, ...(quiet ? { FORCE_COLOR: '1' } : {}) },
    });
    groups.add(child.pid);
    const chunks = [];
    if (quiet) {
      child.stdout.on('data', (c) => chunks.push(c));
      child.stderr.on('data', (c) => chunks.push(c));
    }
    let timedOut = false;
    const watchdog = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, stepLimitMs);
    // 'exit', not 'close': a grandchild still holding the pipes must not keep the step open.
    child.on('exit', (code, signal) => {
      clearTimeout(watchdog);
      killGroup(child.pid);
      groups.delete(child.pid);
      const seconds = (Date.now() - began) / 1000;
      setTimeout(() => {
        if (quiet) {
          process.stdout.write(`\n━━ ${label} (${seconds.toFixed(1)} s) ━━\n`);
          process.stdout.write(Buffer.concat(chunks));
        }
        if (timedOut) {
          process.stdout.write(
            `\n!!! ${label}: no end after ${stepLimitMs / 60_000} min; stopped, with all it had started\n`,
          );
          for (const what of unfinished(progress)) process.stdout.write(`!!! still running: ${what}\n`);
        }
        resolve({ label, ok: code === 0 && !timedOut, signal, seconds });
      }, 200);
    });
  });
}

/**
 * Runs lanes side by side: a lane is a step, or steps run one after another (stopping at the first that fails).
 * Stops the pipeline when a step fails.
 */
async function together(lanes) {
  const chains = lanes.map((lane) => (Array.isArray(lane) ? lane : [lane]));
  const quiet = chains.flat().length > 1;
  const names = chains.map((chain) => chain.map((s) => s.label).join(' then '));
  process.stdout.write(`\n━━ ${quiet ? 'side by side: ' : ''}${names.join(' · ')} ━━\n`);
  const outcome = await Promise.all(
    chains.map(async (chain) => {
      const done = [];
      for (const step of chain) {
        const result = await run(step, { quiet });
        done.push(result);
        if (!result.ok) break;
      }
      return done;
    }),
  );
  results.push(...outcome.flat());
  if (outcome.flat().some((r) => !r.ok)) finish();
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
  process.stdout.write(`in all ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  const failed = results.filter((r) => !r.ok).length;
  process.exit(failed === 0 ? 0 : 1);
}

const postgres = Boolean(process.env.TEST_DATABASE_URL);
if (!postgres) {
  loud('integration tests on PostgreSQL SKIPPED: set TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)');
}

await together([
  { label: 'typecheck', command: bin('tsc'), args: ['-p', 'tsconfig.json'] },
  { label: 'typecheck (web)', command: bin('tsc'), args: ['-p', 'tsconfig.web.json'] },
  { label: 'lint', command: bin('eslint'), args: ['.', '--max-warnings=0'] },
  { label: 'format', command: bin('prettier'), args: ['--check', '.', '--log-level', 'warn'] },
  { label: 'unit tests', ...vitest('unit') },
  // What the browser tests serve; built now, while the checks leave a core free.
  { label: 'build', command: process.execPath, args: ['scripts/ensure-built.mjs'] },
]);
// The browser tests wait much of their time (on the server's minute-by-minute jobs, on the browser): the PostgreSQL
// run, whose work is mostly the database server's, fits beside them. The PGlite run keeps both cores busy on its own
// (measured on this 2-core machine: beside the browser tests it took 2.5 times as long, and they 1.5 times).
await together([
  { label: 'browser tests', ...vitest('e2e') },
  ...(postgres
    ? [{ label: 'integration tests (PostgreSQL)', ...withEnv(vitest('integration'), { TEST_DB: 'postgres' }) }]
    : []),
]);
await together([{ label: 'integration tests (PGlite)', ...withEnv(vitest('integration'), { TEST_DB: 'pglite' }) }]);
finish();
