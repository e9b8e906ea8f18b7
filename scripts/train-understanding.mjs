#!/usr/bin/env node
// Trains the understanding engine's heads (src/server/domain/understanding/model/) on the labelled sets beside
// this repository (../shared/eval/understanding-dev.jsonl and understanding-dev-2.jsonl) and writes the weights to
// src/server/domain/understanding/model/weights.generated.ts, which is committed: the app and CI never need the
// sets. Deterministic: the same sets give the same file.
//
//   node scripts/train-understanding.mjs [--sets FILE,FILE] [--check]
//
//   --sets   the labelled sets to train on (default: both dev sets)
//   --check  train and compare with the committed file instead of writing it (exit 1 when they differ)
//
// eval-understanding.mjs imports `examplesOf` and `trainOn` to train on one set and score on the other.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const evalDir = path.resolve(root, '..', 'shared', 'eval');
export const devSets = ['understanding-dev.jsonl', 'understanding-dev-2.jsonl'].map((f) => path.join(evalDir, f));
const weightsFile = path.join(root, 'src/server/domain/understanding/model/weights.generated.ts');

const engine = await import(pathToFileURL(path.join(root, 'src/server/domain/understanding/understand.ts')).href);
const trainer = await import(pathToFileURL(path.join(root, 'src/server/domain/understanding/model/train.ts')).href);
const modelCode = await import(pathToFileURL(path.join(root, 'src/server/domain/understanding/model/model.ts')).href);
export const { understand } = engine;

export function readSet(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}

/** Labelled rows → training examples: what the rules read of each text, and its gold kind and resources. */
export function examplesOf(rows) {
  return rows.map((row) => ({
    reading: engine.readByRules(row.text).rule,
    kind: row.kind,
    resources: new Set(row.resources ?? []),
  }));
}

export function trainRows(rows, trainedOn = `${rows.length} messages`) {
  return trainer.train(examplesOf(rows), { trainedOn });
}

export function trainOn(files) {
  const rows = files.flatMap(readSet);
  const names = files.map((f) => path.basename(f)).join(' + ');
  return trainRows(rows, `${names} (${rows.length} messages)`);
}

function render(model) {
  const file = modelCode.encodeModel(model);
  return (
    `// Written by scripts/train-understanding.mjs; do not edit. Trained on ${file.trainedOn}:\n` +
    `// hashed weights only, no text of the sets.\n` +
    `import type { ModelFile } from './model.js';\n\n` +
    `export const modelFile: ModelFile = {\n` +
    `  trainedOn: '${file.trainedOn}',\n` +
    `  trust: ${file.trust},\n` +
    `  slots:\n    '${file.slots}',\n` +
    `  weights:\n    '${file.weights}',\n` +
    `};\n`
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--sets');
  const files = at >= 0 ? (args[at + 1] ?? '').split(',').map((f) => path.resolve(f)) : devSets;
  for (const file of files) {
    if (!existsSync(file)) {
      process.stderr.write(
        `train-understanding: ${file} not found (the shared eval folder sits beside the repository)\n`,
      );
      process.exit(2);
    }
  }
  const started = performance.now();
  const model = trainOn(files);
  const text = render(model);
  if (args.includes('--check')) {
    const same = existsSync(weightsFile) && readFileSync(weightsFile, 'utf8') === text;
    process.stdout.write(same ? 'the committed weights are up to date\n' : 'the committed weights differ\n');
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(weightsFile, text);
    process.stdout.write(
      `trained on ${model.trainedOn} in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
        `${model.weights.filter((w) => w !== 0).length} weights → ${path.relative(root, weightsFile)}\n`,
    );
  }
}
