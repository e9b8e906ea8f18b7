import { describe, expect, it } from 'vitest';
import type { CaseStatus, Role } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import { caseAbilities, presentAbilities, type CaseForAbilities } from './abilities.js';

const now = new Date('2026-12-06T10:00:00Z');
const context = { claimIdleMinutes: 15, now };
const kanpur = 'UP-KNP';
const police = 'org-police';

const person = (role: Role, organisationId: string | null = police, userId = `u-${role}`): Actor => ({
  userId,
  memberships: [{ id: 'm', role, organisationId, districts: role === 'admin' ? [] : [kanpur] }],
});

const aCase = (over: Partial<CaseForAbilities> = {}): CaseForAbilities => ({
  status: 'new',
  districtCode: kanpur,
  organisationId: police,
  consentToShare: false,
  referredOrganisationIds: [],
  assigneeId: null,
  assigneeActiveAt: null,
  ...over,
});

const allowedOf = (actor: Actor, c: CaseForAbilities) =>
  Object.entries(presentAbilities(caseAbilities(actor, c, context), c.assigneeId === actor.userId))
    .filter(([, allowed]) => allowed)
    .map(([name]) => name)
    .sort();

describe('case abilities', () => {
  it('an operator of the owning organisation may do all desk work on an open case, but not assign others', () => {
    expect(allowedOf(person('operator'), aCase())).toEqual(
      [
        'claim',
        'edit',
        'logCall',
        'merge',
        'note',
        'overridePriority',
        'recordQuantity',
        'refer',
        'revealContact',
        'transition',
      ].sort(),
    );
  });

  it('a coordinator may also assign; an admin may do everything', () => {
    expect(allowedOf(person('coordinator'), aCase())).toContain('assign');
    expect(allowedOf(person('admin', null), aCase())).toHaveLength(11);
  });

  it('the holder of a claim may hand it on, and is not offered to claim it again', () => {
    const me = person('operator');
    const held = aCase({ assigneeId: me.userId, assigneeActiveAt: now });
    const allowed = allowedOf(me, held);
    expect(allowed).toContain('assign');
    expect(allowed).not.toContain('claim');
  });

  it("someone else's live claim is refused as taken; a lapsed one may be taken", () => {
    const other = aCase({ assigneeId: 'u-other', assigneeActiveAt: now });
    expect(caseAbilities(person('operator'), other, context).claim).toBe('claimed_by_other');
    const lapsed = aCase({ assigneeId: 'u-other', assigneeActiveAt: new Date(now.getTime() - 16 * 60_000) });
    expect(caseAbilities(person('operator'), lapsed, context).claim).toBe(true);
  });

  it.each<[CaseStatus, string[]]>([
    ['fulfilled', ['note', 'recordQuantity', 'revealContact', 'transition']],
    ['closed', ['note', 'revealContact', 'transition']],
  ])(
    'a %s case takes notes, reveals, status changes (reopening) and at most quantity corrections',
    (status, allowed) => {
      const abilities = caseAbilities(person('operator'), aCase({ status }), context);
      expect(allowedOf(person('operator'), aCase({ status }))).toEqual(allowed);
      expect(abilities.edit).toBe('closed');
      expect(abilities.merge).toBe('closed');
    },
  );

  it('viewers read; volunteers and other organisations without consent do not even see it', () => {
    const viewer = caseAbilities(person('viewer'), aCase(), context);
    expect(viewer.read).toBe(true);
    expect(viewer.note).toBe('forbidden');
    for (const outsider of [person('volunteer'), person('operator', 'org-ngo')]) {
      const abilities = caseAbilities(outsider, aCase(), context);
      expect(abilities.read).toBe(false);
      expect(abilities.claim).toBe('not_visible');
    }
  });

  it('another organisation reads a consented case and works a referred one', () => {
    const ngo = person('operator', 'org-ngo');
    expect(allowedOf(ngo, aCase({ consentToShare: true }))).toEqual([]);
    expect(caseAbilities(ngo, aCase({ consentToShare: true }), context).read).toBe(true);
    expect(allowedOf(ngo, aCase({ referredOrganisationIds: ['org-ngo'] }))).toContain('claim');
  });
});
