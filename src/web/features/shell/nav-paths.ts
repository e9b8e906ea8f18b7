import type { NavItem } from '../../../shared/contracts/auth.js';

/** Where each navigation item lives. */
export const navPaths: Record<NavItem, string> = {
  home: '/',
  organisations: '/organisations',
  people: '/people',
  audit: '/audit',
  account: '/account',
};
