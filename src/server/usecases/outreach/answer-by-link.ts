// The donor's signed link: reading what they are asked, and answering YES or NO. The token is the only key (no
// sign-in), so a token that does not verify, or names no ask, is "not found" like any unknown address.
import { eq } from 'drizzle-orm';
import type { DonorAnswer, CaseStatus } from '../../../shared/enums.js';
import { closedCaseStatuses } from '../../../shared/enums.js';
import type { DonorAskPublicView } from '../../../shared/contracts/outreach.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { caseNeeds, cases, donorAsks, donors, organisations } from '../../db/schema/index.js';
import { readAnswerToken } from '../../domain/outreach/answer-token.js';
import { needProducts } from '../../domain/outreach/need-products.js';
import { notFound } from '../../errors.js';
import { caseChange, type CaseBus } from '../../events/case-bus.js';
import { presentDonorAskPublic } from '../../presenters/donor-ask-public.js';
import { answerAsk } from './answer-ask.js';
import { askPlace, deskPhone } from './answer-contact.js';

interface Deps {
  db: Db;
  bus?: CaseBus | undefined;
  secret: string;
}

export async function getAskByLink(deps: Deps, token: string): Promise<DonorAskPublicView> {
  return askView(deps.db, askIdOf(deps.secret, token));
}

export async function answerAskByLink(deps: Deps, token: string, answer: DonorAnswer): Promise<DonorAskPublicView> {
  const askId = askIdOf(deps.secret, token);
  const answered = await deps.db.transaction((tx) => answerAsk(tx, { askId, answer, channel: 'link' }));
  if (answered.changedCase) deps.bus?.publish(caseChange(answered.changedCase));
  // Answered before, or closed: nothing changed and the page shows what stands. No such ask: not found.
  return askView(deps.db, askId);
}

function askIdOf(secret: string, token: string): string {
  const askId = readAnswerToken(token, secret);
  if (!askId) throw notFound();
  return askId;
}

async function askView(db: DbOrTx, askId: string): Promise<DonorAskPublicView> {
  const [row] = await db
    .select({
      ask: donorAsks,
      caseRow: cases,
      need: caseNeeds,
      language: donors.language,
      organisation: organisations.name,
    })
    .from(donorAsks)
    .innerJoin(cases, eq(cases.id, donorAsks.caseId))
    .innerJoin(caseNeeds, eq(caseNeeds.id, donorAsks.needId))
    .innerJoin(donors, eq(donors.id, donorAsks.donorId))
    .innerJoin(organisations, eq(organisations.id, donorAsks.organisationId))
    .where(eq(donorAsks.id, askId));
  const products = row ? needProducts(row.need.resource) : null;
  if (!row || !products) throw notFound();
  const { ask, caseRow, need, language } = row;
  const place = await askPlace(db, caseRow, language);
  return presentDonorAskPublic({
    ask,
    caseOpen: !(closedCaseStatuses as readonly CaseStatus[]).includes(caseRow.status),
    caseReference: caseRow.reference,
    language,
    bloodGroup: need.bloodGroup,
    product: products.product,
    units: need.quantityRequested,
    area: place.area,
    hospital: place.hospital,
    organisation: row.organisation,
    deskPhone: ask.state === 'matched' ? await deskPhone(db, caseRow, ask) : null,
  });
}
