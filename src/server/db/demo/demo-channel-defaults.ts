// The demo's channel settings, documented in the README: a fresh `npm start` accepts signed webhooks with
// these secrets, and the simulator (`npm run simulate`) signs with them.
import type { Provider } from '../../../shared/enums.js';

export const demoChannelDefaults = {
  organisation: 'Kanpur Nagar Police Commissionerate',
  env: {
    WHATSAPP_PHONE_NUMBER_ID: '100000000000001',
    WHATSAPP_APP_SECRET: 'demo-whatsapp-app-secret',
    WHATSAPP_VERIFY_TOKEN: 'demo-verify-token',
    WHATSAPP_ACCESS_TOKEN: 'demo-whatsapp-access-token',
    FACEBOOK_PAGE_ID: '200000000000001',
    FACEBOOK_APP_SECRET: 'demo-facebook-app-secret',
    FACEBOOK_VERIFY_TOKEN: 'demo-verify-token',
    FACEBOOK_PAGE_ACCESS_TOKEN: 'demo-facebook-page-token',
    TWILIO_PHONE_NUMBER: '+919000012345',
    TWILIO_ACCOUNT_SID: 'AC00000000000000000000000000000000',
    TWILIO_AUTH_TOKEN: 'demo-twilio-auth-token',
    EXOTEL_PHONE_NUMBER: '+919000054321',
    EXOTEL_ACCOUNT_SID: 'sahayata-demo',
    EXOTEL_API_KEY: 'demo-exotel-api-key',
    EXOTEL_API_TOKEN: 'demo-exotel-api-token',
    EXOTEL_WEBHOOK_TOKEN: 'demo-exotel-webhook-token',
    TWITTER_USER_ID: '1000000000000000001',
    TWITTER_BEARER_TOKEN: 'demo-twitter-bearer-token',
    TWITTER_SEARCHES: 'oxygen Kanpur',
  } as Record<string, string>,
  extraAccounts: [
    {
      organisation: 'Mission Jeevan Oxygen Seva (Kanpur–Unnao)',
      provider: 'whatsapp' as Provider,
      address: '100000000000002',
      label: 'WhatsApp (Mission Jeevan)',
      secrets: {
        webhookSecret: 'demo-whatsapp-app-secret',
        verifyToken: 'demo-verify-token',
        accessToken: 'demo-whatsapp-access-token',
      },
    },
  ],
};
