/** A problem's field inside one of the form's lists: which list, which line (from 1; null for the whole list). */
export type ListLine = { list: 'phones' | 'needs'; line: number | null; part?: string };

const lineOf = (index: string | undefined) => (index === undefined || !/^\d+$/.test(index) ? null : Number(index) + 1);

/**
 * Where a problem's field sits in the phones or needs list, for the error summary's label. The phones sit one level
 * deeper than the needs (`requester.phones.0`, `needs.0.quantity`), and "no phone at all" is `requester.phones`.
 */
export function listLine(field: string): ListLine | null {
  const path = field.split('.');
  if (path[0] === 'requester' && path[1] === 'phones') return { list: 'phones', line: lineOf(path[2]) };
  if (path[0] === 'needs') {
    const line = lineOf(path[1]);
    return path[2] === undefined ? { list: 'needs', line } : { list: 'needs', line, part: path[2] };
  }
  return null;
}
