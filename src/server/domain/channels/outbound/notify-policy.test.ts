import { describe, expect, it } from 'vitest';
import { caseStatuses } from '../../../../shared/enums.js';
import { defaultNotifyOn, escalationReply, requesterNotification, shouldNotifyRequester } from './notify-policy.js';

describe('requester notifications', () => {
  it('by default: verified, matched, fulfilled, closed', () => {
    expect(caseStatuses.filter((to) => shouldNotifyRequester({ to }))).toEqual([
      'verified',
      'matched',
      'fulfilled',
      'closed',
    ]);
    expect(defaultNotifyOn).toEqual(['verified', 'matched', 'fulfilled', 'closed']);
  });

  it('an organisation may choose its own list, within the statuses that have a message', () => {
    const override = { notifyOn: ['fulfilling', 'fulfilled', 'new'] as const };
    expect(caseStatuses.filter((to) => shouldNotifyRequester({ to }, { notifyOn: [...override.notifyOn] }))).toEqual([
      'fulfilling',
      'fulfilled',
    ]);
    expect(shouldNotifyRequester({ to: 'verified' }, { notifyOn: [] })).toBe(false);
    expect(shouldNotifyRequester({ to: 'verified' }, { notifyOn: null })).toBe(true);
    expect(shouldNotifyRequester({ to: 'verified' }, {})).toBe(true);
  });

  it('says nothing when a case is closed as a duplicate', () => {
    expect(shouldNotifyRequester({ to: 'closed', closeReason: 'duplicate' })).toBe(false);
    expect(shouldNotifyRequester({ to: 'closed', closeReason: 'no_longer_needed' })).toBe(true);
  });

  it('builds the message', () => {
    expect(requesterNotification({ to: 'matched' }, 'KNP-4F7Q')).toEqual({
      key: 'notify.matched',
      params: { reference: 'KNP-4F7Q' },
    });
    expect(requesterNotification({ to: 'verifying' }, 'KNP-4F7Q')).toBeNull();
  });

  it('builds the coordinator escalation', () => {
    expect(escalationReply('KNP-4F7Q', 'Kanpur Nagar', 42.6)).toEqual({
      key: 'escalation',
      params: { reference: 'KNP-4F7Q', district: 'Kanpur Nagar', minutes: 43 },
    });
  });
});
