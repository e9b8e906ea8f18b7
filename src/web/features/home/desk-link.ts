import { defaultFilters, deskSearchParams, type DeskFilters } from '../desk/desk-filters';
import { navPaths } from '../shell/nav-paths';

/** The desk's queue filtered as the home page's number counted it (the desk reads its filters from the address). */
export function deskLink(filters: Partial<DeskFilters>): string {
  const query = deskSearchParams({ ...defaultFilters, ...filters }).toString();
  return query === '' ? navPaths.desk : `${navPaths.desk}?${query}`;
}
