// The lending gate asked for a case before anything is lent: the answers so far give may-lend, ask, refused, not
// needed — or, below 90 % SpO2, "refer to a hospital" with the case escalated to its coordinators (kept even though
// nothing is lent). Nothing else is written.
import { and, count, eq, inArray, or } from 'drizzle-orm';
import type { GateBody, GateView } from '../../../shared/contracts/loans.js';
import type { Actor } from '../../../shared/permissions.js';
import type { DbOrTx, Db } from '../../db/client.js';
import { loans } from '../../db/schema/index.js';
import { caseChange, type CaseBus } from '../../events/case-bus.js';
import { lendingAbilities } from '../../domain/lending/abilities.js';
import { checkLendingGate, type GateAnswers } from '../../domain/lending/lending-gate.js';
import { lockCaseFor, type CaseRow } from '../cases/case-context.js';
import { recordCaseSpo2 } from '../cases/update-case.js';
import { escalateSevereGate } from './escalate-severe-gate.js';
import { lendingOrganisationFor } from './lending-organisation.js';
import { requireLending } from './loan-action.js';

/** Devices the case's patient holds now in the lending organisation: active loans on the case, or to any of the
 * patient's numbers (the case's, and the one a lend names) on any case — so another number typed for the same
 * patient, or the same number on another case, is still the same patient. */
export async function activeDevicesOfCase(
  db: DbOrTx,
  organisationId: string | null,
  kase: Pick<CaseRow, 'id' | 'requesterPhones'>,
  alsoPhone?: string,
): Promise<number> {
  if (!organisationId) return 0;
  const phones = alsoPhone ? [...new Set([...kase.requesterPhones, alsoPhone])] : [...kase.requesterPhones];
  const [row] = await db
    .select({ n: count() })
    .from(loans)
    .where(
      and(
        eq(loans.organisationId, organisationId),
        eq(loans.status, 'active'),
        phones.length > 0
          ? or(eq(loans.caseId, kase.id), inArray(loans.patientPhone, phones))
          : eq(loans.caseId, kase.id),
      ),
    );
  return row?.n ?? 0;
}

/** The gate over some answers for a case, as the lending panel and the gate check show it. */
export function gateFor(
  actor: Actor,
  kase: Pick<CaseRow, 'districtCode'>,
  organisationId: string | null,
  answers: GateAnswers,
  activeDevices: number,
) {
  const mayOverride =
    organisationId !== null &&
    lendingAbilities(actor, { organisationId, districtCode: kase.districtCode }).overrideOneDevice === true;
  return checkLendingGate({ ...answers, activeDevices, override: null, mayOverride });
}

export async function checkGate(
  deps: { db: Db; bus?: CaseBus | undefined },
  actor: Actor,
  caseId: string,
  answers: GateBody,
): Promise<GateView> {
  requireLending(actor);
  const now = new Date();
  const { view, row, escalatedNow } = await deps.db.transaction(async (tx) => {
    const kase = await lockCaseFor(tx, actor, caseId, 'edit');
    const organisationId = lendingOrganisationFor(actor, kase);
    const activeDevices = await activeDevicesOfCase(tx, organisationId, kase);
    const gate = gateFor(actor, kase, organisationId, answers, activeDevices);
    // The reading asked at the gate is the patient's latest: the case takes it, and its priority follows.
    const reading = answers.spo2 !== null ? await recordCaseSpo2(tx, actor, kase, answers.spo2) : false;
    const escalated =
      gate.escalate && answers.spo2 !== null ? await escalateSevereGate(tx, actor, kase, answers.spo2, now) : false;
    return {
      view: { outcome: gate.outcome, band: gate.band, reasons: gate.reasons, escalated: gate.escalate, activeDevices },
      row: kase,
      escalatedNow: escalated || reading,
    };
  });
  if (escalatedNow) deps.bus?.publish(caseChange(row));
  return view;
}
