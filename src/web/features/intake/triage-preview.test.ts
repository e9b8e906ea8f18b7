import { describe, expect, it } from 'vitest';
import { emptyNeed } from '../cases/need-draft';
import { emptyIntake } from './intake-draft';
import { triageBodyFrom } from './triage-preview';

describe('triageBodyFrom', () => {
  it('asks nothing of an empty form', () => {
    expect(triageBodyFrom(emptyIntake('UP-KANPUR-NAGAR'))).toBeNull();
  });

  it('sends the message, the chosen needs, the patient and the district', () => {
    const draft = {
      ...emptyIntake('UP-KANPUR-NAGAR'),
      text: '  jaldi oxygen chahiye  ',
      spo2: '86',
      age: '67',
      conditions: ['covid_positive' as const],
      needs: [emptyNeed('oxygen_cylinder'), emptyNeed()],
    };
    expect(triageBodyFrom(draft)).toEqual({
      district: 'UP-KANPUR-NAGAR',
      text: 'jaldi oxygen chahiye',
      patient: { age: 67, spo2: 86, conditions: ['covid_positive'] },
      needs: [{ resource: 'oxygen_cylinder' }],
    });
  });

  it('leaves out what is half typed or out of range rather than be refused', () => {
    const body = triageBodyFrom({ ...emptyIntake(''), text: 'help', spo2: '8', age: '200' });
    expect(body).toEqual({ text: 'help', patient: { age: null, spo2: null, conditions: [] }, needs: [] });
  });
});
