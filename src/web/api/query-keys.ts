// Every query key in one place, so invalidations can't drift from the queries they target.
export interface PageParams {
  limit: number;
  offset: number;
  q?: string;
}

export const queryKeys = {
  session: ['session'] as const,
  organisations: ['organisations'] as const,
  people: ['people'] as const,
  peopleList: (page: PageParams) => ['people', 'list', page] as const,
  person: (id: string) => ['people', 'detail', id] as const,
  audit: (page: PageParams) => ['audit', page] as const,
  states: ['geography', 'states'] as const,
  districts: (state: string) => ['geography', 'districts', state] as const,
};
