import { describe, expect, it } from 'vitest';
import { receiveBodyFrom } from './receive-draft';

const draft = {
  depotId: '00000000-0000-4000-8000-000000000001',
  kind: 'cylinder' as const,
  cylinderType: 'B' as const,
  gasLitres: '',
  flowLpm: '2',
  count: '3',
  condition: 'full' as const,
  sponsorId: '',
  sponsorship: 'owns' as const,
};

describe('receive body', () => {
  it('makes one line per item, cylinders with their type and the default litres left to the server', () => {
    const body = receiveBodyFrom(draft);
    expect(body.items).toHaveLength(3);
    expect(body.items[0]).toMatchObject({ kind: 'cylinder', cylinderType: 'B', gasLitres: null, flowLpm: null });
    expect(body.items[0]?.sponsorId).toBeNull();
    expect(body.items[0]?.sponsorship).toBeNull();
  });

  it('gives a concentrator its flow and no cylinder type', () => {
    const body = receiveBodyFrom({ ...draft, kind: 'concentrator', count: '1' });
    expect(body.items).toEqual([expect.objectContaining({ kind: 'concentrator', cylinderType: null, flowLpm: 2 })]);
  });

  it('sends the sponsorship only with a sponsor, and keeps the count between 1 and 100', () => {
    const sponsored = receiveBodyFrom({ ...draft, sponsorId: '00000000-0000-4000-8000-000000000002', count: '0' });
    expect(sponsored.items).toHaveLength(1);
    expect(sponsored.items[0]?.sponsorship).toBe('owns');
    expect(receiveBodyFrom({ ...draft, count: '500' }).items).toHaveLength(100);
    expect(receiveBodyFrom({ ...draft, count: 'x' }).items).toHaveLength(1);
  });
});
