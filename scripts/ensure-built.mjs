#!/usr/bin/env node
// Builds the server (tsc) and the web app (vite) when their sources are newer than the build,
// so `npm start` on a fresh clone is the only command a newcomer needs.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newestMtime(entries) {
  let newest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== 'node_modules') visit(path.join(p, name));
    } else if (!p.endsWith('.test.ts') && !p.endsWith('.test.tsx')) {
      newest = Math.max(newest, s.mtimeMs);
    }
  };
  for (const e of entries) visit(path.join(root, e));
  return newest;
}

function builtAt(file) {
  const p = path.join(root, file);
  return existsSync(p) ? statSync(p).mtimeMs : 0;
}

function run(label, args) {
  process.stderr.write(`sahayata: building ${label}…\n`);
  // Build output goes to stderr: stdout belongs to the command (e.g. `sahayata understand --jsonl`).
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: [0, 2, 2] });
  if (result.status !== 0) {
    process.stderr.write(`sahayata: building ${label} failed (is \`npm install\` done, with dev dependencies?)\n`);
    process.exit(result.status ?? 1);
  }
}

export function ensureBuilt() {
  const serverSources = ['src/server', 'src/shared', 'src/cli', 'tsconfig.server.json', 'tsconfig.base.json'];
  if (newestMtime(serverSources) > builtAt('dist/server/main.js')) {
    // Emitted without a type check (isolatedModules makes each file's output independent of types): `npm test`
    // checks the types, and a start should not wait three times as long to check them again.
    run('the server', [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.server.json', '--noCheck']);
  }
  const webSources = ['src/web', 'src/shared', 'locales', 'index.html', 'vite.config.ts', 'public'];
  if (newestMtime(webSources) > builtAt('dist/web/index.html')) {
    run('the web app', [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn']);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) ensureBuilt();
