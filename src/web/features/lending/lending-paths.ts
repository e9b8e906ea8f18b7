// Where the lending screens live (issue #13). The scan path is the one the server prints on QR labels.
export const lendingPaths = {
  equipment: '/lending/equipment',
  labels: '/lending/labels',
  depots: '/lending/depots',
  /** The lending desk opens on its loans. */
  loans: '/lending',
  refills: '/lending/refills',
  sponsors: '/lending/sponsors',
  stock: '/lending/oxygen-stock',
  figures: '/lending/figures',
  scan: '/equipment/scan',
  /** The sponsor's private page (no sign-in), where the server's links point. */
  sponsorPublic: '/sponsors',
} as const;

const loansBase = '/lending/loans';
const under = (base: string) => (id: string) => `${base}/${encodeURIComponent(id)}`;
export const itemPath = under(lendingPaths.equipment);
export const depotPath = under(lendingPaths.depots);
export const loanPath = under(loansBase);
export const stockSitePath = under(lendingPaths.stock);

/** The route table's patterns for the pages of one record. */
export const lendingRecordRoutes = {
  item: `${lendingPaths.equipment}/:id`,
  depot: `${lendingPaths.depots}/:id`,
  loan: `${loansBase}/:id`,
  stockSite: `${lendingPaths.stock}/:id`,
  scan: `${lendingPaths.scan}/:token`,
  sponsorPublic: `${lendingPaths.sponsorPublic}/:token`,
} as const;
export const labelsPath = (query: { depotId?: string; ids?: string[] }) => {
  const search = new URLSearchParams();
  if (query.depotId) search.set('depotId', query.depotId);
  if (query.ids) search.set('ids', query.ids.join(','));
  return `${lendingPaths.labels}?${search.toString()}`;
};
