// Reads a loan document upload: multipart/form-data with a `kind` field and one file part, or the file's raw bytes
// with `?kind=`. Only the framing is read here; the file's type and size are checked from its bytes by the use case.
import type { LoanDocumentKind } from '../../../shared/enums.js';
import { loanDocumentFields } from '../../../shared/contracts/loans.js';
import { AppError } from '../../errors.js';

const invalidKind = () => new AppError('validation_failed', { count: 1 }, [{ field: 'kind', code: 'invalid_value' }]);

function kindOf(value: string | undefined): LoanDocumentKind {
  const parsed = loanDocumentFields.safeParse({ kind: value });
  if (!parsed.success) throw invalidKind();
  return parsed.data.kind;
}

/** The parts of a multipart body: each part's headers (lower-cased names) and content. */
function multipartParts(body: Buffer, boundary: string): Array<{ headers: Record<string, string>; content: Buffer }> {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Array<{ headers: Record<string, string>; content: Buffer }> = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const afterDelimiter = start + delimiter.length;
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, afterDelimiter);
    if (next === -1) break;
    // Part: CRLF, headers, CRLF CRLF, content, CRLF before the next delimiter.
    const part = body.subarray(afterDelimiter + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    if (split !== -1) {
      const headers: Record<string, string> = {};
      for (const line of part.subarray(0, split).toString('utf8').split('\r\n')) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      parts.push({ headers, content: part.subarray(split + 4) });
    }
    start = next;
  }
  return parts;
}

export function readDocumentUpload(
  contentType: string,
  body: Buffer,
  queryKind: string | undefined,
): { kind: LoanDocumentKind; bytes: Buffer } {
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) return { kind: kindOf(queryKind), bytes: body };
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) throw new AppError('malformed_payload');
  let kind = queryKind;
  let file: Buffer | null = null;
  for (const part of multipartParts(body, boundary)) {
    const disposition = part.headers['content-disposition'] ?? '';
    const name = /name="([^"]*)"/i.exec(disposition)?.[1];
    if (/filename="/i.test(disposition)) file ??= part.content;
    else if (name === 'kind') kind = part.content.toString('utf8').trim();
  }
  return { kind: kindOf(kind), bytes: file ?? Buffer.alloc(0) };
}
