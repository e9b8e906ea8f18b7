// Where the certificate screens live: the public verify page (its address is the contract's, which the server prints
// on every certificate and puts in its QR code).
import { certificateVerifyPath } from '../../../shared/contracts/certificates.js';

export const certificateRoutes = {
  verify: '/verify',
  verifyNumber: '/verify/:number',
} as const;
export { certificateVerifyPath };
