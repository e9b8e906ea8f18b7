// Solves an ALTCHA proof-of-work challenge (the classic SHA form the server sends from GET /public/challenge):
// find the number n ≤ maxnumber whose hash of salt + n is the challenge, then hand back the signed payload.
// Done with the browser's own WebCrypto, so the public form needs no widget and no outside service.

export interface AltchaChallenge {
  algorithm: string;
  challenge: string;
  maxnumber?: number | undefined;
  salt: string;
  signature: string;
}

const supported = new Set(['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']);
const batchSize = 1_000;
const defaultMaxNumber = 1_000_000;

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The number that solves the challenge, or null when none up to maxnumber does (a forged challenge). */
export async function findNumber(challenge: AltchaChallenge, signal?: AbortSignal): Promise<number | null> {
  const algorithm = challenge.algorithm.toUpperCase();
  if (!supported.has(algorithm)) throw new Error(`unsupported ALTCHA algorithm ${challenge.algorithm}`);
  const max = challenge.maxnumber ?? defaultMaxNumber;
  const target = challenge.challenge.toLowerCase();
  const encoder = new TextEncoder();
  for (let start = 0; start <= max; start += batchSize) {
    signal?.throwIfAborted();
    const numbers = Array.from({ length: Math.min(batchSize, max - start + 1) }, (_, i) => start + i);
    // Hashing a batch at once keeps the page responsive: each await lets the browser paint.
    const hashes = await Promise.all(
      numbers.map((n) => crypto.subtle.digest(algorithm, encoder.encode(`${challenge.salt}${n}`))),
    );
    const found = hashes.findIndex((hash) => hex(hash) === target);
    if (found !== -1) return start + found;
  }
  return null;
}

/** The base64 payload the server verifies: the challenge as given, plus the number found. */
export async function solveAltcha(challenge: AltchaChallenge, signal?: AbortSignal): Promise<string> {
  const started = performance.now();
  const number = await findNumber(challenge, signal);
  if (number === null) throw new Error('the ALTCHA challenge has no solution');
  const payload = {
    algorithm: challenge.algorithm,
    challenge: challenge.challenge,
    number,
    salt: challenge.salt,
    signature: challenge.signature,
    took: Math.round(performance.now() - started),
  };
  return btoa(JSON.stringify(payload));
}
