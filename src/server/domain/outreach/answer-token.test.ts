import { describe, expect, it } from 'vitest';
import { answerLink, readAnswerToken, signAnswerToken } from './answer-token.js';

const secret = 'a-secret-long-enough-for-the-test-0123456789';
const askId = '3f2b8c1e-9a4d-4e6f-8b1a-2c3d4e5f6a7b';

describe('answer tokens', () => {
  it('carry the ask id and read back under the same secret', () => {
    const token = signAnswerToken(askId, secret);
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{22}$/);
    expect(readAnswerToken(token, secret)).toBe(askId);
    expect(signAnswerToken(askId.toUpperCase(), secret)).toBe(token);
  });

  it('refuse another secret, an altered id or MAC, and malformed text', () => {
    const token = signAnswerToken(askId, secret);
    expect(readAnswerToken(token, `${secret}x`)).toBeNull();
    const [id = '', mac = ''] = token.split('.');
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    expect(readAnswerToken(`${flip(id, 3)}.${mac}`, secret)).toBeNull();
    expect(readAnswerToken(`${id}.${flip(mac, 5)}`, secret)).toBeNull();
    expect(
      readAnswerToken(
        `${signAnswerToken('00000000-0000-4000-8000-000000000000', secret).split('.')[0]}.${mac}`,
        secret,
      ),
    ).toBeNull();
    for (const bad of ['', 'abc', `${token}.x`, token.replace('.', ''), `${id}.${mac}=`]) {
      expect(readAnswerToken(bad, secret)).toBeNull();
    }
    expect(() => signAnswerToken('not-an-id', secret)).toThrow(RangeError);
  });

  it('refuse a non-canonical spelling of the same id bytes', () => {
    const token = signAnswerToken(askId, secret);
    const [id = '', mac = ''] = token.split('.');
    // The last base64url character of 16 bytes carries 2 spare bits: changing them keeps the bytes.
    const last = id.at(-1) ?? 'A';
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sibling = alphabet[(alphabet.indexOf(last) ^ 1) % 64] ?? 'A';
    expect(readAnswerToken(`${id.slice(0, -1)}${sibling}.${mac}`, secret)).toBeNull();
  });

  it('refuse a non-canonical spelling of the same MAC bytes, whatever its last character', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    // Many asks, so MACs ending in every kind of character are tried (a flaky test found this once in 16 runs).
    for (let n = 0; n < 64; n += 1) {
      const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
      const [idPart = '', mac = ''] = signAnswerToken(id, secret).split('.');
      const last = mac.at(-1) ?? 'A';
      const sibling = alphabet[alphabet.indexOf(last) ^ 1] ?? 'A';
      expect(readAnswerToken(`${idPart}.${mac.slice(0, -1)}${sibling}`, secret)).toBeNull();
      expect(readAnswerToken(`${idPart}.${mac}`, secret)).toBe(id);
    }
  });

  it('make the link under the public address', () => {
    expect(answerLink('https://sahayata.example/', askId, secret)).toBe(
      `https://sahayata.example/answer/${signAnswerToken(askId, secret)}`,
    );
  });
});
