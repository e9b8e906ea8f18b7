import { describe, expect, it } from 'vitest';
import { currentNavItem, type NavTarget } from './current-nav-item';

const targets: Record<string, NavTarget> = {
  home: { path: '/', end: true },
  lending: { path: '/lending', end: false },
  lending_figures: { path: '/lending/figures', end: false },
  donors: { path: '/donors', end: false },
};
const all = Object.keys(targets);

describe('currentNavItem', () => {
  it('picks the longest path that leads to the page, never two', () => {
    expect(currentNavItem(all, targets, '/lending/figures')).toBe('lending_figures');
    expect(currentNavItem(all, targets, '/lending/figures/')).toBe('lending_figures');
    expect(currentNavItem(all, targets, '/lending')).toBe('lending');
    expect(currentNavItem(all, targets, '/lending/equipment/42')).toBe('lending');
    expect(currentNavItem(all, targets, '/donors/new')).toBe('donors');
  });

  it('keeps home to its own page and matches whole path segments only', () => {
    expect(currentNavItem(all, targets, '/')).toBe('home');
    expect(currentNavItem(all, targets, '/cases/1')).toBeNull();
    expect(currentNavItem(all, targets, '/lendings')).toBeNull();
  });

  it('falls back to the shorter path when the longer item is not in the person’s nav', () => {
    expect(currentNavItem(['home', 'lending'], targets, '/lending/figures')).toBe('lending');
  });
});
