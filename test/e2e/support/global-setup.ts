// Once per e2e run: find the browser, build what is stale, start the real server with demo data.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './chromium.js';
import { startServer } from './server.js';

export interface E2eContext {
  baseUrl: string;
  /** Signed-in browser states, one file per person, shared by the spec files of this run. */
  stateDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Null when there is no browser: the specs skip. */
    e2e: E2eContext | null;
  }
}

const root = fileURLToPath(new URL('../../..', import.meta.url));

function shout(message: string): void {
  const line = '!'.repeat(Math.min(100, message.length + 8));
  console.warn(`\n${line}\n!!! ${message} !!!\n${line}\n`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const browser = chromiumPath();
  if (!existsSync(browser)) {
    const message = `E2E SKIPPED: no chromium at ${browser} (install Debian's chromium or set CHROME_PATH)`;
    if (process.env.REQUIRE_E2E === '1') throw new Error(`${message}; REQUIRE_E2E=1 forbids skipping`);
    shout(message);
    project.provide('e2e', null);
    return async () => {};
  }

  execFileSync(process.execPath, ['scripts/ensure-built.mjs'], { cwd: root, stdio: 'inherit', timeout: 300_000 });
  const workDir = mkdtempSync(path.join(tmpdir(), 'sahayata-e2e-'));
  const stateDir = path.join(workDir, 'states');
  const server = await startServer({ root, dataDir: path.join(workDir, 'data') });
  project.provide('e2e', { baseUrl: server.baseUrl, stateDir });

  return async () => {
    await server.stop();
    rmSync(workDir, { recursive: true, force: true });
  };
}
