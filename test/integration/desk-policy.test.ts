import { describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../src/shared/contracts/cases.js';
import { caseBody } from '../factories/cases.js';
import { signIn } from '../support/app.js';
import { expectProblem } from '../support/problem.js';
import { useTestWorld } from '../support/setup.js';

const ctx = useTestWorld({ roles: ['coordinatorKanpur', 'operatorKanpur'] });
const coordinator = ctx.client('coordinatorKanpur');
const operator = ctx.client('operatorKanpur');

describe('an organisation’s desk policy', () => {
  it('defaults to the platform targets and can be changed by its coordinator', async () => {
    const url = `/api/v1/organisations/${ctx.world.orgA.id}/desk-policy`;
    const current = (await coordinator.request({ method: 'GET', url })).json() as {
      targets: { critical: { fulfilMinutes: number } };
      can: { update: boolean };
    };
    expect(current).toMatchObject({
      targets: { critical: { firstResponseMinutes: 10, fulfilMinutes: 30 } },
      can: { update: true },
    });
    const updated = await coordinator.request({
      method: 'PUT',
      url,
      payload: {
        targets: { critical: { firstResponseMinutes: 5, fulfilMinutes: 20 } },
        triage: { criticalSpo2Below: 92 },
      },
    });
    expect(updated.statusCode, updated.body).toBe(200);
    const created = (
      await operator.request({
        method: 'POST',
        url: '/api/v1/cases',
        payload: caseBody(ctx.world.kanpur, { patient: { spo2: 91, conditions: [] } }),
      })
    ).json() as { caseId: string };
    const view = (
      await operator.request({ method: 'GET', url: `/api/v1/cases/${created.caseId}` })
    ).json() as CaseDetail;
    expect(view.priority).toBe('critical');
    expect(view.sla.targetMinutes).toBe(5);
  });

  it('refuses nonsense and other people', async () => {
    const url = `/api/v1/organisations/${ctx.world.orgA.id}/desk-policy`;
    const bad = await coordinator.request({
      method: 'PUT',
      url,
      payload: { targets: { high: { firstResponseMinutes: 60, fulfilMinutes: 30 } } },
    });
    expectProblem(bad, 400, 'validation_failed');
    expectProblem(await operator.request({ method: 'PUT', url, payload: { claimIdleMinutes: 10 } }), 403, 'forbidden');
    const other = await signIn(ctx.app, ctx.world.coordinatorPrayagraj.phone, ctx.world.coordinatorPrayagraj.password);
    expectProblem(await other.request({ method: 'GET', url }), 404, 'not_found');
  });
});
