import type { NavItem } from '../../../shared/contracts/auth.js';

/** Where each nav item's page lives: the route table (routes.tsx) puts the page here; links and tests use these. */
export const navPaths: Record<NavItem, string> = {
  home: '/',
  desk: '/desk',
  new_case: '/cases/new',
  flagged_phones: '/flagged-phones',
  callbacks: '/callbacks',
  leads: '/leads',
  donors: '/donors',
  camps: '/camps',
  blood_figures: '/reports/blood',
  thalassemia: '/thalassemia',
  lending: '/lending',
  lending_figures: '/lending/figures',
  channels: '/channels',
  simulator: '/simulator',
  organisations: '/organisations',
  people: '/people',
  audit: '/audit',
  jobs: '/jobs',
  account: '/account',
};

/** The public pages, open without signing in. */
export const publicPaths = {
  help: '/help',
  status: '/status',
} as const;

export const casePath = (id: string) => `/cases/${encodeURIComponent(id)}`;
export const donorPath = (id: string) => `${navPaths.donors}/${encodeURIComponent(id)}`;
/** The donor registry's own pages, under its nav item. */
export const donorPaths = { new: `${navPaths.donors}/new`, import: `${navPaths.donors}/import` } as const;
export const statusPath = (reference: string) => `${publicPaths.status}/${encodeURIComponent(reference)}`;
