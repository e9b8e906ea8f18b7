import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import { readDocumentUpload } from './loan-document-upload.js';

const boundary = 'xYz-123';
const contentType = `multipart/form-data; boundary=${boundary}`;
function multipart(parts: Array<{ headers: string; content: Buffer | string }>): Buffer {
  return Buffer.concat([
    ...parts.flatMap((p) => [
      Buffer.from(`--${boundary}\r\n${p.headers}\r\n\r\n`),
      Buffer.from(p.content),
      Buffer.from('\r\n'),
    ]),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
}
const file = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x0d, 0x0a, 0x2d, 0x2d]);

describe('readDocumentUpload', () => {
  it('reads the kind and the file from multipart, the bytes untouched (CRLF and dashes inside included)', () => {
    const body = multipart([
      { headers: 'Content-Disposition: form-data; name="kind"', content: 'prescription' },
      {
        headers: 'Content-Disposition: form-data; name="file"; filename="rx.png"\r\nContent-Type: image/png',
        content: file,
      },
    ]);
    const upload = readDocumentUpload(contentType, body, undefined);
    expect(upload.kind).toBe('prescription');
    expect(upload.bytes.equals(file)).toBe(true);
  });

  it('takes a raw body with the kind from the query', () => {
    expect(readDocumentUpload('image/png', file, 'id_proof')).toEqual({ kind: 'id_proof', bytes: file });
  });

  it('gives no bytes when the multipart body has no file part', () => {
    const body = multipart([{ headers: 'Content-Disposition: form-data; name="kind"', content: 'other' }]);
    expect(readDocumentUpload(contentType, body, undefined).bytes.length).toBe(0);
  });

  it('names the kind field when it is missing or unknown', () => {
    for (const kind of [undefined, 'selfie']) {
      try {
        readDocumentUpload('image/png', file, kind);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).fieldErrors.map((f) => f.field)).toEqual(['kind']);
      }
    }
  });

  it('refuses multipart without a boundary', () => {
    expect(() => readDocumentUpload('multipart/form-data', file, 'other')).toThrow(AppError);
  });
});
