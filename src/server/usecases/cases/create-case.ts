import type { z } from 'zod';
import type { createCaseBody } from '../../../shared/contracts/cases.js';
import { canTakeIntake } from '../../../shared/case-permissions.js';
import { scopeFor } from '../../../shared/scope.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { forbidden } from '../../errors.js';
import type { CaseBus } from '../../events/case-bus.js';
import { correctionsFrom } from '../../domain/cases/corrections.js';
import { understand } from '../../domain/understanding/understand.js';
import { districtDirectory } from '../../db/queries/districts.js';
import { intakeChange, intakePlea, type IntakeResult, type Plea } from './intake-plea.js';

type CreateCaseInput = z.output<typeof createCaseBody>;

/**
 * An operator logging a plea (a phone call, a message seen elsewhere). The case belongs to the
 * operator's organisation for that district, whose time targets then apply.
 */
export async function createCase(
  deps: { db: Db; bus?: CaseBus | undefined },
  actor: Actor,
  input: CreateCaseInput,
  meta: { ip: string | null } = { ip: null },
): Promise<IntakeResult> {
  if (!canTakeIntake(actor)) throw forbidden();
  // The case belongs to the organisation the operator takes pleas for in that district (an admin's: to none).
  const scope = scopeFor(actor, 'cases');
  const grant =
    scope.kind === 'all'
      ? null
      : scope.grants.find((g) => g.level === 'work' && g.districts.includes(input.location.district));
  if (scope.kind !== 'all' && !grant) throw forbidden();
  const organisationId = grant?.organisationId ?? null;
  // The operator's paste is read by the engine again here, so what was understood and what the operator
  // corrected are kept together with the message.
  const understood = input.text ? understand(input.text) : null;
  const district = (await districtDirectory(deps.db)).get(input.location.district);
  const corrections = understood
    ? correctionsFrom(understood, {
        resources: input.needs.map((n) => n.resource),
        bloodGroups: input.needs.flatMap((n) => (n.bloodGroup ? [n.bloodGroup] : [])),
        spo2: input.patient.spo2 ?? null,
        age: input.patient.age ?? null,
        district: district?.name ?? null,
        phones: input.requester.phones,
      })
    : null;
  const plea: Plea = {
    channel: input.channel,
    receivedAt: input.receivedAt ? new Date(input.receivedAt) : new Date(),
    text: input.text ?? null,
    understood,
    corrections,
    requester: input.requester,
    patient: input.patient,
    location: input.location,
    needs: input.needs,
    organisationId,
    loggedById: actor.userId,
    ip: meta.ip,
  };
  const result = await intakePlea(deps.db, plea);
  deps.bus?.publish(intakeChange(result, plea));
  return result;
}
