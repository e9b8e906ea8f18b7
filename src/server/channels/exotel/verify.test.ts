import { describe, expect, it } from 'vitest';
import { exotelCallbackUrl } from '../sign.js';
import type { SignedRequest } from '../types.js';
import { verifyExotel } from './verify.js';

const secret = 'exo-7c2f9a41d0b3e8';
const base = 'https://sahayata.example.org/webhooks/exotel/call';
const request = (url: string, headers: SignedRequest['headers'] = {}): SignedRequest => ({
  rawBody: Buffer.alloc(0),
  headers,
  url,
});
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('verifyExotel', () => {
  it('accepts the shared secret as the token query parameter, among Exotel’s own fields', () => {
    expect(verifyExotel(request(exotelCallbackUrl(base, secret)), secret)).toBe(true);
    expect(verifyExotel(request(`${base}?CallSid=c1&token=${secret}&From=09839012345`), secret)).toBe(true);
  });

  it('accepts the shared secret as the HTTP Basic password', () => {
    expect(verifyExotel(request(base, { authorization: basic('exotel', secret) }), secret)).toBe(true);
    expect(verifyExotel(request(base, { Authorization: basic('', secret) }), secret)).toBe(true);
  });

  it('refuses a wrong or missing token and a wrong password', () => {
    expect(verifyExotel(request(base), secret)).toBe(false);
    expect(verifyExotel(request(`${base}?token=exo-7c2f9a41d0b3e9`), secret)).toBe(false);
    expect(verifyExotel(request(`${base}?token=${secret}x`), secret)).toBe(false);
    expect(verifyExotel(request(`${base}?token=`), secret)).toBe(false);
    expect(verifyExotel(request(base, { authorization: basic(secret, 'wrong') }), secret)).toBe(false);
    expect(verifyExotel(request(base, { authorization: `Bearer ${secret}` }), secret)).toBe(false);
    expect(verifyExotel(request(base, { authorization: 'Basic !!!' }), secret)).toBe(false);
  });

  it('refuses everything when the account has no secret', () => {
    expect(verifyExotel(request(`${base}?token=`), '')).toBe(false);
    expect(verifyExotel(request(base, { authorization: basic('exotel', '') }), '')).toBe(false);
  });
});
