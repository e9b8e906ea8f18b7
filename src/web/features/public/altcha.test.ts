import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findNumber, solveAltcha } from './altcha';

const challengeFor = (salt: string, number: number, algorithm = 'SHA-256') => ({
  algorithm,
  challenge: createHash(algorithm.replace('-', '').toLowerCase()).update(`${salt}${number}`).digest('hex'),
  maxnumber: 5_000,
  salt,
  signature: 'signed-by-the-server',
});

describe('ALTCHA solver', () => {
  it('finds the number and returns the payload the server verifies', async () => {
    const challenge = challengeFor('a1b2c3?expires=1700000000', 3_217);
    const payload = JSON.parse(atob(await solveAltcha(challenge))) as Record<string, unknown>;
    expect(payload).toMatchObject({
      algorithm: 'SHA-256',
      challenge: challenge.challenge,
      number: 3_217,
      salt: challenge.salt,
      signature: 'signed-by-the-server',
    });
  });

  it('supports the other SHA sizes', async () => {
    expect(await findNumber(challengeFor('salt', 42, 'SHA-512'))).toBe(42);
  });

  it('gives up beyond maxnumber', async () => {
    expect(await findNumber({ ...challengeFor('salt', 4_999), maxnumber: 100 })).toBeNull();
  });

  it('refuses an algorithm it cannot compute', async () => {
    await expect(findNumber({ ...challengeFor('salt', 1), algorithm: 'MD5' })).rejects.toThrow(/unsupported/);
  });
});

describe('ALTCHA solver against the server library', () => {
  it('produces a payload altcha-lib/v1 (what the server verifies with) accepts', async () => {
    const { createChallenge, verifySolution } = await import('altcha-lib/v1');
    const hmacKey = 'test-key';
    const challenge = await createChallenge({ hmacKey, maxNumber: 5_000, expires: new Date(Date.now() + 60_000) });
    expect(await verifySolution(await solveAltcha(challenge), hmacKey, true)).toBe(true);
  });
});
