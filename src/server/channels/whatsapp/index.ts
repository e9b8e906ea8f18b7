export { parseWhatsApp } from './parse.js';
export { buildWhatsAppSendRequest, parseWhatsAppSendResponse, whatsappGraphVersion } from './send.js';
export { verifyWhatsApp, verifyWhatsAppChallenge } from './verify.js';
