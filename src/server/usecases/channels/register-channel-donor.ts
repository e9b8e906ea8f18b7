// A person who answered the "donate blood" questions on WhatsApp or SMS becomes a donor of the channel's organisation
// (domain/channels/donor-registration.ts asked; this registers, inside the inbox item's transaction). What the
// conversation cannot ask — sex, date of birth, weight — waits for the verification call, as for any donor who came by
// message. Should the registry refuse (the district is not the organisation's), a person calls them: a donor lead.
import type { DonorRegistration } from '../../../shared/contracts/donor-input.js';
import type { InboundMessage } from '../../channels/types.js';
import type { Tx } from '../../db/client.js';
import type { ChannelAccount } from '../../db/queries/channel-accounts.js';
import { kolkataDay } from '../../domain/blood/calendar.js';
import type { DonorAnswers, Reply } from '../../domain/channels/state.js';
import type { Language } from '../../../shared/enums.js';
import { channelText } from '../../i18n.js';
import { donorRegistrationErrors, registerDonor } from '../donors/register-donor.js';

export type ChannelDonorResult =
  { registered: true; donorId: string; created: boolean; reply: Reply } | { registered: false; refused: string[] };

/** "15-08-2026": how a day reads in a message. */
const spoken = (day: string) => day.split('-').reverse().join('-');

export async function registerChannelDonor(
  tx: Tx,
  account: ChannelAccount,
  message: InboundMessage,
  language: Language,
  answers: DonorAnswers,
  now: Date,
): Promise<ChannelDonorResult> {
  const channel = message.channel === 'sms' ? ('sms' as const) : ('whatsapp' as const);
  const input: DonorRegistration = {
    phone: message.from,
    name: message.fromName?.trim() || channelText(language, 'donor_unnamed'),
    sex: null,
    dateOfBirth: null,
    weightBand: null,
    bloodGroup: answers.bloodGroup,
    district: answers.district,
    products: ['whole_blood'],
    contactFrom: 420,
    contactTo: 1320,
    category: 'citizen',
    language,
    preferredChannel: channel,
    firstTimeDonor: answers.firstTimeDonor,
    lastDonation: answers.lastDonation,
    deferrals: [],
    pregnant: false,
    breastFeeding: false,
    contestedClauses: [],
    consentPurpose: channelText(language, 'donor_consent_purpose'),
  };
  const problems = await donorRegistrationErrors(tx, account.organisationId, input, now);
  if (problems.length > 0) return { registered: false, refused: problems.map((p) => `${p.field}:${p.code}`) };
  const registered = await registerDonor(tx, {
    organisationId: account.organisationId,
    input,
    source: channel,
    actorId: null,
    now,
    details: { via: message.channel },
  });
  const from = registered.written.row.eligibleWholeBloodFrom;
  const organisation = registered.written.organisationName;
  return {
    registered: true,
    donorId: registered.donorId,
    created: registered.created,
    reply:
      from !== null && from > kolkataDay(now)
        ? { key: 'donor_registered.later', params: { organisation, date: spoken(from) } }
        : { key: 'donor_registered.now', params: { organisation } },
  };
}
