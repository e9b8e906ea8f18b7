import { describe, expect, it } from 'vitest';
import { sniffDocumentType } from './document-type.js';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('sniffDocumentType', () => {
  it.each([
    ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'), 'image/jpeg'],
    ['a PNG', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a], 'IHDR'), 'image/png'],
    ['a WebP', bytes('RIFF', [0x10, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['a PDF', bytes('%PDF-1.7\n'), 'application/pdf'],
  ] as const)('knows %s by its first bytes', (_name, content, type) => {
    expect(sniffDocumentType(content)).toBe(type);
  });

  it.each([
    ['nothing', bytes()],
    ['a GIF', bytes('GIF89a')],
    ['HTML', bytes('<html><body>')],
    ['a RIFF that is not WebP (a WAV)', bytes('RIFF', [0x10, 0, 0, 0], 'WAVEfmt ')],
    ['a PNG cut short', bytes([0x89], 'PNG')],
    ['a PDF marker not at the start', bytes(' %PDF-1.7')],
  ])('refuses %s', (_name, content) => {
    expect(sniffDocumentType(content)).toBeNull();
  });
});
