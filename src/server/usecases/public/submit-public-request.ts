import type { z } from 'zod';
import type { publicRequestBody } from '../../../shared/contracts/public.js';
import type { Db } from '../../db/client.js';
import type { CaseBus } from '../../events/case-bus.js';
import { understand } from '../../domain/understanding/understand.js';
import { intakeBatcherFor } from '../../infrastructure/intake-batcher.js';
import type { IntakeResult } from '../cases/intake-plea.js';

type PublicRequest = z.output<typeof publicRequestBody>;

/**
 * The citizen's form becomes a plea like any other; what they wrote is kept as the message text. Pleas arriving
 * together are taken in one transaction (intake-batcher.ts).
 */
export async function submitPublicRequest(
  deps: { db: Db; bus?: CaseBus | undefined },
  body: PublicRequest,
  meta: { ip: string; receivedAt?: Date },
): Promise<IntakeResult> {
  const summary = (body.details ?? '').trim();
  return intakeBatcherFor(deps.db).submit(
    {
      channel: 'web',
      receivedAt: meta.receivedAt ?? new Date(),
      senderPhone: body.phone,
      senderName: body.name,
      text: summary === '' ? null : summary,
      // What the person wrote in their own words is read too, for the desk and for evaluation.
      understood: summary === '' ? null : understand(summary),
      requester: { name: body.name, phones: [body.phone], language: body.language, consentToShare: body.consent },
      patient: {
        name: body.patientName ?? null,
        age: body.age ?? null,
        spo2: body.spo2 ?? null,
        conditions: body.conditions,
      },
      location: { district: body.district, locality: body.locality ?? null, hospital: body.hospital ?? null },
      needs: body.needs.map((n) => ({
        resource: n.resource,
        quantity: n.quantity,
        bloodGroup: n.bloodGroup ?? null,
        medicine: n.medicine ?? null,
      })),
      organisationId: null,
      loggedById: null,
      ip: meta.ip,
    },
    deps.bus,
  );
}
