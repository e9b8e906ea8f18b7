#!/usr/bin/env node
// `npm run eval:understanding`: runs `sahayata understand --jsonl` on the shared labelled dev set
// (../shared/eval/understanding-dev.jsonl beside this repository) and prints the shared scorer's table.
//
//   node scripts/eval-understanding.mjs [--gold FILE] [--built] [--errors N] [--json]
//
//   --gold FILE  another labelled set in the same format (e.g. a decrypted held-out set)
//   --built      run the built command (bin/sahayata.mjs, builds first when stale) instead of the sources
//   --errors N   also list the first N messages with a difference (passed to the scorer), --json likewise
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = path.resolve(root, '..', 'shared', 'eval');
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const gold = path.resolve(option('--gold') ?? path.join(evalDir, 'understanding-dev.jsonl'));
const scorer = path.join(evalDir, 'score-understanding.mjs');
for (const file of [gold, scorer]) {
  if (!existsSync(file)) {
    process.stderr.write(`eval-understanding: ${file} not found (the shared eval folder sits beside the repository)\n`);
    process.exit(2);
  }
}

const command = args.includes('--built')
  ? [path.join(root, 'bin', 'sahayata.mjs'), 'understand', '--jsonl']
  : [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      "const { understandCommand } = await import('./src/cli/commands/understand.ts');" +
        ' await understandCommand({ jsonl: true });',
    ];

const dir = mkdtempSync(path.join(tmpdir(), 'sahayata-eval-'));
const predicted = path.join(dir, 'predicted.jsonl');
try {
  const started = performance.now();
  const child = spawn(process.execPath, command, { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  createReadStream(gold).pipe(child.stdin);
  child.stdout.pipe(createWriteStream(predicted));
  const [code] = await Promise.all([
    new Promise((resolve) => child.on('close', resolve)),
    new Promise((resolve) => child.stdout.on('end', resolve)),
  ]);
  if (code !== 0) {
    process.stderr.write(`eval-understanding: sahayata understand exited with ${code}\n`);
    process.exit(1);
  }
  process.stdout.write(
    `understood ${path.relative(root, gold)} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  const scoring = spawn(
    process.execPath,
    [
      scorer,
      gold,
      predicted,
      ...args.filter((a, i) => ['--json', '--errors'].includes(a) || args[i - 1] === '--errors'),
    ],
    { stdio: 'inherit' },
  );
  const scored = await new Promise((resolve) => scoring.on('close', resolve));
  process.exitCode = scored === 0 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
