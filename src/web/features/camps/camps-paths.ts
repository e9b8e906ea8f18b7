// Where the camp screens live (issue #14). The check-in page's address is the contract's (`campCheckInPath`): the
// server puts it in every donor's QR code, so the two can't drift.
import { campCheckInPath, campPublicPath } from '../../../shared/contracts/camps.js';

export const campsPaths = {
  /** The camps list: the nav item's page. */
  list: '/camps',
  new: '/camps/new',
} as const;

const campBase = (id: string) => `${campsPaths.list}/${encodeURIComponent(id)}`;
export const campPath = campBase;
export const campEditPath = (id: string) => `${campBase(id)}/edit`;
export const campReportPath = (id: string) => `${campBase(id)}/report`;
/** The check-in screen, without a token (typed or searched by phone there). */
export const campCheckInScreenPath = (id: string) => `${campBase(id)}/check-in`;
export { campCheckInPath, campPublicPath };

/** The report as a spreadsheet: the API's own CSV, downloaded by the browser with the session cookie. */
export const campReportCsvUrl = (id: string) => `/api/v1/camps/${encodeURIComponent(id)}/report?format=csv`;

/** The route table's patterns. */
export const campRoutes = {
  camp: `${campsPaths.list}/:id`,
  edit: `${campsPaths.list}/:id/edit`,
  report: `${campsPaths.list}/:id/report`,
  checkIn: `${campsPaths.list}/:id/check-in`,
  /** The public registration page (no sign-in). */
  publicCamp: '/camp/:code',
} as const;
