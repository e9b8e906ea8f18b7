import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { understandJsonl } from './understand.js';

async function run(input: string) {
  const output = new PassThrough();
  const errors = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  output.on('data', (c: Buffer) => out.push(c.toString()));
  errors.on('data', (c: Buffer) => err.push(c.toString()));
  const summary = await understandJsonl({ input: Readable.from([input]), output, errors });
  return { summary, lines: out.join('').split('\n').filter(Boolean), errors: err.join('') };
}

describe('sahayata understand --jsonl', () => {
  it('writes one line per good input line, in order, with the id first', async () => {
    const { summary, lines } = await run(
      '{"id":"a","text":"Need oxygen cylinder in Lucknow, call 9839012345"}\n{"id":7,"text":"नमस्ते"}\n',
    );
    expect(summary).toEqual({ read: 2, written: 2, bad: 0 });
    const first = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    expect(Object.keys(first)[0]).toBe('id');
    expect(first).toMatchObject({
      id: 'a',
      kind: 'request',
      resources: ['oxygen_cylinder'],
      location: { city: 'Lucknow', state: 'Uttar Pradesh' },
      phones: ['+919839012345'],
    });
    expect(JSON.parse(lines[1] ?? '{}')).toMatchObject({ id: 7, language: 'hi' });
  });

  it('reports bad lines with their number on stderr and skips them', async () => {
    const { summary, lines, errors } = await run(
      '{"id":"a","text":"ok"}\nnot json\n\n{"id":"b"}\n[1]\n{"id":null,"text":"x"}\n{"id":"c","text":"fine"}',
    );
    expect(summary).toEqual({ read: 6, written: 2, bad: 4 });
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a', 'c']);
    expect(errors).toContain('line 2: not valid JSON');
    expect(errors).toContain('line 4: "text" must be a string');
    expect(errors).toContain('line 5: not a JSON object');
    expect(errors).toContain('line 6: "id" must be a string or a number');
  });
});
