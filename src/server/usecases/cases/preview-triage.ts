import type { z } from 'zod';
import { canTakeIntake } from '../../../shared/case-permissions.js';
import type { triagePreview, triagePreviewBody } from '../../../shared/contracts/cases.js';
import type { Actor } from '../../../shared/permissions.js';
import { scopeFor } from '../../../shared/scope.js';
import type { Db } from '../../db/client.js';
import { recentDeskPolicyFor } from '../../db/queries/desk-policies.js';
import { triage } from '../../domain/cases/triage.js';
import { urgencyCue } from '../../domain/understanding/urgency.js';
import { forbidden } from '../../errors.js';

/**
 * The priority the case being typed would get, by the same triage intake will run (with the organisation's
 * thresholds for that district), so the operator sees it, and its reasons, before saving.
 */
export async function previewTriage(
  db: Db,
  actor: Actor,
  input: z.output<typeof triagePreviewBody>,
): Promise<z.infer<typeof triagePreview>> {
  if (!canTakeIntake(actor)) throw forbidden();
  const scope = scopeFor(actor, 'cases');
  const organisationId =
    scope.kind === 'grants'
      ? (scope.grants.find((g) => g.level === 'work' && (!input.district || g.districts.includes(input.district)))
          ?.organisationId ?? null)
      : null;
  const policy = await recentDeskPolicyFor(db, organisationId);
  const urgency = input.text ? urgencyCue(input.text) : null;
  const { priority, reasons } = triage(
    {
      spo2: input.patient.spo2 ?? null,
      age: input.patient.age ?? null,
      conditions: input.patient.conditions,
      resources: input.needs.map((n) => n.resource),
      transfusionDate: input.patient.transfusionDate ?? null,
      urgency,
    },
    policy.triage,
    new Date(),
  );
  return { priority, reasons, urgency };
}
