// Sponsor rows → the API's JSON: the desk's view (contact phone masked, whether a private link exists, never the
// link itself) and the public page's (the sponsor's and organisation's names and counts — no person at all).
import type { SponsorFigures, SponsorPublicView, SponsorView } from '../../shared/contracts/sponsors.js';
import type { SponsorCan } from '../../shared/contracts/lending-can.js';
import type { sponsors } from '../db/schema/index.js';
import { presentCan, type Abilities } from '../domain/lending/abilities.js';
import { maskPhone } from '../domain/privacy/masking.js';

export type SponsorRow = typeof sponsors.$inferSelect;

export function presentSponsor(
  row: SponsorRow,
  context: { organisationName: string; figures: SponsorFigures },
  abilities: Abilities<SponsorCan>,
): SponsorView {
  return {
    id: row.id,
    organisation: { id: row.organisationId, name: context.organisationName },
    name: row.name,
    kind: row.kind,
    contactName: row.contactName,
    contactPhone: row.contactPhone ? maskPhone(row.contactPhone) : null,
    contactEmail: row.contactEmail,
    note: row.note,
    hasLink: row.linkTokenHash !== null,
    linkCreatedAt: row.linkCreatedAt?.toISOString() ?? null,
    figures: context.figures,
    can: presentCan(abilities),
  };
}

export function presentSponsorPublic(
  row: Pick<SponsorRow, 'name'>,
  organisationName: string,
  figures: SponsorFigures,
  items: SponsorPublicView['items'],
  now: Date,
): SponsorPublicView {
  return { sponsorName: row.name, organisationName, figures, items, asOf: now.toISOString() };
}
