export { parseTwilio } from './parse.js';
export { buildTwilioSendRequest, parseTwilioSendResponse } from './send.js';
export { twilioSignature, twilioSignatureHeader, verifyTwilio } from './signature.js';
