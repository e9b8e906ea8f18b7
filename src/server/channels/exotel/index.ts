export { formatIst, parseIst } from './ist-time.js';
export { parseExotel, parseExotelCall, parseExotelSms, parseExotelSmsStatus } from './parse.js';
export { buildExotelSendRequest, parseExotelSendResponse } from './send.js';
export { verifyExotel } from './verify.js';
