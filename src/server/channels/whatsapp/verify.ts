import { verifyHubChallenge, verifyHubSignature, type HubQuery } from '../hub-signature.js';
import type { SignedRequest } from '../types.js';

/** x-hub-signature-256 over the raw body, keyed by the Meta app secret. */
export function verifyWhatsApp(req: SignedRequest, appSecret: string): boolean {
  return verifyHubSignature(req, appSecret);
}

/** The GET subscription handshake: the challenge to echo, or null to refuse. */
export function verifyWhatsAppChallenge(query: HubQuery, verifyToken: string | undefined): string | null {
  return verifyHubChallenge(query, verifyToken);
}
