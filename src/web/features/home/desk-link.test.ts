import { describe, expect, it } from 'vitest';
import { deskLink } from './desk-link';

describe('deskLink', () => {
  it('opens the desk filtered as the number was counted', () => {
    expect(deskLink({})).toBe('/desk');
    expect(deskLink({ priority: 'critical' })).toBe('/desk?priority=critical');
    expect(deskLink({ overdue: true })).toBe('/desk?overdue=true');
    expect(deskLink({ assignee: 'me' })).toBe('/desk?assignee=me');
    expect(deskLink({ district: 'BR-PATNA', overdue: true })).toBe('/desk?district=BR-PATNA&overdue=true');
  });
});
