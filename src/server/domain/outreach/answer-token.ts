// The signed link a donor answers an ask by (`${publicUrl}/answer/{token}`): the token carries the ask's id and an
// HMAC of it under the server's secret, so it cannot be guessed or altered, and no table of tokens is needed. It
// says nothing about the donor or the patient; the answer page reads the ask it names. Short enough for an SMS.
import { createHmac, timingSafeEqual } from 'node:crypto';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** 16 bytes of id and 16 of MAC (128 bits: far beyond guessing), each 22 base64url characters. */
const tokenPattern = /^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{22}$/;
const macBytes = 16;

function mac(askId: string, secret: string): Buffer {
  // The purpose is signed too, so a MAC made for anything else under the same secret never passes here.
  return createHmac('sha256', secret).update(`donor-answer:${askId}`).digest().subarray(0, macBytes);
}

export function signAnswerToken(askId: string, secret: string): string {
  const id = askId.toLowerCase();
  if (!uuidPattern.test(id)) throw new RangeError('signAnswerToken: not an ask id');
  const idPart = Buffer.from(id.replaceAll('-', ''), 'hex').toString('base64url');
  return `${idPart}.${mac(id, secret).toString('base64url')}`;
}

/** The ask id a token names, or null when it is malformed or not signed by this secret. */
export function readAnswerToken(token: string, secret: string): string | null {
  if (!tokenPattern.test(token)) return null;
  const [idPart = '', macPart = ''] = token.split('.');
  const hex = Buffer.from(idPart, 'base64url').toString('hex');
  if (hex.length !== 32) return null;
  const askId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  // Canonical form only: another spelling of the same bytes is refused, so one ask has exactly one token.
  if (Buffer.from(hex, 'hex').toString('base64url') !== idPart) return null;
  const given = Buffer.from(macPart, 'base64url');
  // The MAC's last character carries spare bits: a token differing only there decodes alike, and is refused too.
  if (given.toString('base64url') !== macPart) return null;
  const expected = mac(askId, secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return askId;
}

/** The link the ask's message carries. */
export function answerLink(publicUrl: string, askId: string, secret: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/answer/${signAnswerToken(askId, secret)}`;
}
