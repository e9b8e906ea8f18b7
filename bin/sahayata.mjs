#!/usr/bin/env node
// The `sahayata` command. Builds what is stale first (in a source checkout), then runs the CLI.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (existsSync(`${root}/src`) && existsSync(`${root}/node_modules/typescript`)) {
  const { ensureBuilt } = await import('../scripts/ensure-built.mjs');
  ensureBuilt();
}
const { main } = await import('../dist/cli/main.js');
await main(process.argv);
