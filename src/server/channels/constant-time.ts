import { timingSafeEqual } from 'node:crypto';

/**
 * Compares a received secret or signature with the expected one without leaking, through timing, how many
 * leading characters matched. timingSafeEqual throws on unequal lengths, so those are refused up front
 * (the length of a hex or base64 digest is public anyway).
 */
export function safeEqual(received: string, expected: string): boolean {
  const a = Buffer.from(received, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  if (a.length !== b.length) return false;
  return timingSafeEqual(a, b);
}
