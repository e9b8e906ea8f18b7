// `sahayata understand`: runs the understanding engine over free text.
//   --jsonl: reads lines {"id": "...", "text": "..."} on stdin and writes one line {"id", kind, resources, …}
//            per good line, in order; a bad line is reported on stderr with its number and skipped, and the
//            exit code is then 1.
//   without: reads all of stdin as one message and prints its understanding as indented JSON.
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { understand } from '../../server/domain/understanding/understand.js';

export interface UnderstandCommandOptions {
  jsonl?: boolean;
}

export interface UnderstandStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  errors: NodeJS.WritableStream;
}

export interface UnderstandSummary {
  read: number;
  written: number;
  bad: number;
}

async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

function problemWith(line: string): { id: string | number; text: string } | string {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return 'not a JSON object';
  const { id, text } = row as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') return '"id" must be a string or a number';
  if (typeof text !== 'string') return '"text" must be a string';
  return { id, text };
}

/** Understands JSONL from `input` into `output`; blank lines are skipped silently. */
export async function understandJsonl(streams: UnderstandStreams): Promise<UnderstandSummary> {
  const summary: UnderstandSummary = { read: 0, written: 0, bad: 0 };
  const lines = createInterface({ input: streams.input, crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === '') continue;
    summary.read++;
    const row = problemWith(line);
    if (typeof row === 'string') {
      summary.bad++;
      await write(streams.errors, `line ${number}: ${row}; skipped\n`);
      continue;
    }
    let json: string;
    try {
      json = JSON.stringify({ id: row.id, ...understand(row.text) });
    } catch (error) {
      // A bug in the engine must not lose the rest of a batch: report the line like a bad one.
      summary.bad++;
      await write(streams.errors, `line ${number}: could not be understood (${String(error)}); skipped\n`);
      continue;
    }
    await write(streams.output, `${json}\n`);
    summary.written++;
  }
  return summary;
}

async function readAll(input: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export async function understandCommand(
  opts: UnderstandCommandOptions,
  streams: UnderstandStreams = { input: process.stdin, output: process.stdout, errors: process.stderr },
): Promise<void> {
  if (opts.jsonl) {
    const summary = await understandJsonl(streams);
    if (summary.bad > 0) {
      await write(streams.errors, `${summary.bad} of ${summary.read} lines skipped\n`);
      process.exitCode = 1;
    }
    return;
  }
  const text = await readAll(streams.input);
  await write(streams.output, `${JSON.stringify(understand(text), null, 2)}\n`);
}
