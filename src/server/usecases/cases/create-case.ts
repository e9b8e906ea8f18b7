import type { z } from 'zod';
import type { createCaseBody } from '../../../shared/contracts/cases.js';
import { canTakeIntake, canWorkCase } from '../../../shared/case-permissions.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { forbidden } from '../../errors.js';
import type { CaseBus } from '../../events/case-bus.js';
import { correctionsFrom } from '../../domain/cases/corrections.js';
import { understand } from '../../domain/understanding/understand.js';
import { districtDirectory } from '../geography/district-directory.js';
import { intakePlea, type IntakeResult } from './intake-plea.js';

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
  const scope = { districtCode: input.location.district, organisationId: null };
  if (!canTakeIntake(actor) || !canWorkCase(actor, scope)) throw forbidden();
  const organisationId =
    actor.memberships.find(
      (m) => (m.role === 'operator' || m.role === 'coordinator') && m.districts.includes(input.location.district),
    )?.organisationId ?? null;
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
  return intakePlea(
    deps.db,
    {
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
    },
    deps.bus,
  );
}
