// Where outbound calls go: a provider's real API, or with the simulator on, this app's own fake provider
// (resolved when first used, since the port is known only after listening).
import type { FastifyInstance } from 'fastify';
import type { Provider } from '../../shared/enums.js';
import type { ChannelsConfig } from '../config.js';

export function providerBaseUrls(app: FastifyInstance, channels: ChannelsConfig): (provider: Provider) => string {
  return (provider) => {
    const configured = channels.apiUrls[provider];
    if (configured) return configured.replace(/\/$/, '');
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 3000;
    return `http://127.0.0.1:${port}/simulator/${provider}`;
  };
}
