import type { SimulatorSendBody } from '../../../shared/contracts/channels.js';

/** The ways a citizen can reach the helpline in the simulator; SMS and missed calls share providers. */
export const simulatorVias = ['whatsapp', 'twilio', 'exotel', 'missed_call', 'facebook', 'twitter'] as const;
export type SimulatorVia = (typeof simulatorVias)[number];

export interface ViaSettings {
  provider: SimulatorSendBody['provider'];
  kind: NonNullable<SimulatorSendBody['kind']>;
  /** Who the citizen is: a phone number, a Facebook page-scoped id, or a Twitter handle. */
  defaultFrom: string;
}

const demoPhone = '+919876543210';

export const viaSettings: Record<SimulatorVia, ViaSettings> = {
  whatsapp: { provider: 'whatsapp', kind: 'text', defaultFrom: demoPhone },
  twilio: { provider: 'twilio', kind: 'text', defaultFrom: demoPhone },
  exotel: { provider: 'exotel', kind: 'text', defaultFrom: demoPhone },
  missed_call: { provider: 'exotel', kind: 'missed_call', defaultFrom: demoPhone },
  facebook: { provider: 'facebook', kind: 'text', defaultFrom: 'psid-demo-1' },
  twitter: { provider: 'twitter', kind: 'text', defaultFrom: '@demo_citizen' },
};
