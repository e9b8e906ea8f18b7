// A site's oxygen falling under its threshold tells the coordinators who cover it — those of its organisation whose
// districts include the site's — as the desk's escalations do: an in-app notification each, and a message to their
// phone in their language over the organisation's WhatsApp number (else its SMS number). All in the same
// transaction as the entry that crossed the threshold, so an entry refused or rolled back alerts nobody.
import { and, eq, sql } from 'drizzle-orm';
import type { Channel, Language, Provider } from '../../../shared/enums.js';
import { rowsOf, type Tx } from '../../db/client.js';
import { districtDirectory } from '../../db/queries/districts.js';
import { effectiveMembershipDistricts } from '../../db/sql-helpers.js';
import { memberships, notifications, organisations, users } from '../../db/schema/index.js';
import { channelText } from '../../i18n.js';
import type { StockSiteRow } from '../../presenters/oxygen-stock.js';
import { enqueueOutbound } from '../channels/enqueue-outbound.js';

export const stockLowReason = 'stock_low';

const channelOf: Partial<Record<Provider, Channel>> = { whatsapp: 'whatsapp', twilio: 'sms', exotel: 'sms' };

export async function raiseStockAlert(
  tx: Tx,
  site: StockSiteRow,
  reading: { hoursToEmpty: number | null; alertHours: number; litres: number },
  now: Date,
): Promise<number> {
  const coordinators = await tx
    .selectDistinct({ userId: users.id, phone: users.phone, language: users.preferredLanguage })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.role, 'coordinator'),
        eq(memberships.organisationId, site.organisationId),
        sql`${site.districtCode} = any(${effectiveMembershipDistricts})`,
      ),
    );
  if (coordinators.length === 0) return 0;
  const hours = reading.hoursToEmpty === null ? null : Math.round(reading.hoursToEmpty * 10) / 10;
  await tx.insert(notifications).values(
    coordinators.map((c) => ({
      userId: c.userId,
      kind: 'escalation' as const,
      caseId: null,
      details: {
        reason: stockLowReason,
        stockSiteId: site.id,
        siteName: site.name,
        hoursToEmpty: hours,
        alertHours: reading.alertHours,
        litres: Math.round(reading.litres),
      },
    })),
  );
  const account = rowsOf<{ id: string; provider: Provider }>(
    await tx.execute(sql`select id, provider from channel_accounts
      where organisation_id = ${site.organisationId}::uuid and enabled and provider in ('whatsapp', 'twilio', 'exotel')
      order by (provider = 'whatsapp') desc, provider limit 1`),
  )[0];
  const channel = account ? channelOf[account.provider] : undefined;
  if (account && channel) {
    const district = (await districtDirectory(tx)).get(site.districtCode);
    for (const person of coordinators) {
      if (!person.phone) continue;
      const language: Language = person.language === 'hi' ? 'hi' : 'en';
      const params = {
        site: site.name,
        district: (language === 'hi' ? district?.nameHi : district?.name) ?? site.districtCode,
        hours: hours ?? 0,
      };
      await enqueueOutbound(tx, {
        accountId: account.id,
        organisationId: site.organisationId,
        provider: account.provider,
        channel,
        to: person.phone,
        language,
        template: 'stock_low',
        body: channelText(language, 'stock_low', params),
        purpose: 'escalation',
        recipientUserId: person.userId,
        // One message per coordinator each time the site falls under its threshold.
        dedupeKey: `stock-low:${site.id}:${person.userId}:${now.toISOString()}`,
      });
    }
  }
  return coordinators.length;
}
