import { describe, expect, it } from 'vitest';
import { fixtureBytes } from '../../../test/fixtures/webhooks/load.js';
import { hubSignature, verifyHubChallenge, verifyHubSignature } from './hub-signature.js';
import { signHubSignature } from './sign.js';
import type { SignedRequest } from './types.js';

const secret = 'b7e4c1d9f0a24e6b8c3d5e7f9a1b2c3d';
const body = fixtureBytes('whatsapp', 'text');
const signed = (rawBody: Buffer, headers: SignedRequest['headers']): SignedRequest => ({
  rawBody,
  headers,
  url: 'https://sahayata.example.org/webhooks/whatsapp',
});

describe('x-hub-signature-256', () => {
  it('is sha256= and the hex HMAC-SHA256 of the raw body', () => {
    // Independent of the implementation: a fixed vector from `printf 'hello' | openssl dgst -sha256 -hmac key`.
    expect(hubSignature('hello', 'key')).toBe(
      'sha256=9307b3b915efb5171ff14d8cb55fbcc798c6c0ef1456d66ded1a6aa723a58b7b',
    );
  });

  it('accepts a body signed with the app secret', () => {
    const header = signHubSignature(body, secret);
    expect(verifyHubSignature(signed(body, { 'x-hub-signature-256': header }), secret)).toBe(true);
  });

  it('accepts the header whatever its case, and upper-case hex', () => {
    const header = signHubSignature(body, secret);
    expect(
      verifyHubSignature(
        signed(body, { 'X-Hub-Signature-256': header.toUpperCase().replace('SHA256', 'sha256') }),
        secret,
      ),
    ).toBe(true);
  });

  it('refuses a tampered body', () => {
    const header = signHubSignature(body, secret);
    const tampered = Buffer.from(body.toString('utf8').replace('SpO2 84', 'SpO2 94'), 'utf8');
    expect(tampered.equals(body)).toBe(false);
    expect(verifyHubSignature(signed(tampered, { 'x-hub-signature-256': header }), secret)).toBe(false);
  });

  it('refuses a body re-serialised from its JSON (the raw bytes are what was signed)', () => {
    const header = signHubSignature(body, secret);
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(body.toString('utf8'))), 'utf8');
    expect(verifyHubSignature(signed(reserialised, { 'x-hub-signature-256': header }), secret)).toBe(false);
  });

  it('refuses a signature made with another secret', () => {
    const header = signHubSignature(body, 'another-app-secret');
    expect(verifyHubSignature(signed(body, { 'x-hub-signature-256': header }), secret)).toBe(false);
  });

  it('refuses a missing header, a header of the wrong length, and one without the sha256= prefix', () => {
    const header = signHubSignature(body, secret);
    expect(verifyHubSignature(signed(body, {}), secret)).toBe(false);
    expect(verifyHubSignature(signed(body, { 'x-hub-signature-256': 'sha256=abc' }), secret)).toBe(false);
    expect(verifyHubSignature(signed(body, { 'x-hub-signature-256': `${header}00` }), secret)).toBe(false);
    expect(verifyHubSignature(signed(body, { 'x-hub-signature-256': header.slice('sha256='.length) }), secret)).toBe(
      false,
    );
    expect(verifyHubSignature(signed(body, { 'x-hub-signature-256': '' }), secret)).toBe(false);
  });

  it('refuses everything when the account has no secret', () => {
    const header = signHubSignature(body, '');
    expect(verifyHubSignature(signed(body, { 'x-hub-signature-256': header }), '')).toBe(false);
  });
});

describe('hub.challenge handshake', () => {
  const query = { 'hub.mode': 'subscribe', 'hub.verify_token': 'sahayata-verify-7f3a', 'hub.challenge': '1158201444' };

  it('echoes the challenge when the mode is subscribe and the token matches', () => {
    expect(verifyHubChallenge(query, 'sahayata-verify-7f3a')).toBe('1158201444');
    expect(verifyHubChallenge(new URLSearchParams(query), 'sahayata-verify-7f3a')).toBe('1158201444');
    // Query parsers that nest dotted keys.
    expect(
      verifyHubChallenge(
        { hub: { mode: 'subscribe', verify_token: 'sahayata-verify-7f3a', challenge: '1158201444' } },
        'sahayata-verify-7f3a',
      ),
    ).toBe('1158201444');
  });

  it('refuses a wrong token, another mode, a missing challenge, or no configured token', () => {
    expect(verifyHubChallenge(query, 'sahayata-verify-0000')).toBeNull();
    expect(verifyHubChallenge({ ...query, 'hub.mode': 'unsubscribe' }, 'sahayata-verify-7f3a')).toBeNull();
    expect(verifyHubChallenge({ ...query, 'hub.challenge': undefined }, 'sahayata-verify-7f3a')).toBeNull();
    expect(verifyHubChallenge({ ...query, 'hub.verify_token': '' }, '')).toBeNull();
    expect(verifyHubChallenge(query, undefined)).toBeNull();
  });
});
