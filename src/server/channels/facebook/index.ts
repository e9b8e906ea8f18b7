export { parseFacebook } from './parse.js';
export { buildFacebookSendRequest, facebookGraphVersion, parseFacebookSendResponse } from './send.js';
export { verifyFacebook, verifyFacebookChallenge } from './verify.js';
