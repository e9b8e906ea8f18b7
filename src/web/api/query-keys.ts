// Every query key in one place, so invalidations can't drift from the queries they target.

export interface PageParams {
  limit: number;
  offset: number;
  q?: string;
}

export interface SimilarParams {
  phone?: string;
  patientName?: string;
  district?: string;
}

export const queryKeys = {
  session: ['session'] as const,
  organisations: ['organisations'] as const,
  people: ['people'] as const,
  peopleList: (page: PageParams) => ['people', 'list', page] as const,
  person: (id: string) => ['people', 'detail', id] as const,
  audit: (page: PageParams) => ['audit', page] as const,
  jobs: (filters: object) => ['jobs', filters] as const,
  states: ['geography', 'states'] as const,
  districts: (state: string) => ['geography', 'districts', state] as const,
  /** Everything about cases: the live stream invalidates this whole branch. */
  cases: ['cases'] as const,
  caseLists: ['cases', 'list'] as const,
  caseList: (query: object) => ['cases', 'list', query] as const,
  caseDetail: (id: string) => ['cases', 'detail', id] as const,
  similarCases: (params: SimilarParams) => ['cases', 'similar', params] as const,
  assignable: (caseId: string) => ['cases', 'assignable', caseId] as const,
  referralOptions: (caseId: string) => ['cases', 'referral-options', caseId] as const,
  /** Under `cases`, so the live stream refreshes it with the case. */
  caseOutbound: (caseId: string) => ['cases', 'outbound', caseId] as const,
  /** The home page's counts: under `cases` too, so they follow the cases they count. */
  overview: ['cases', 'overview'] as const,
  flaggedPhones: ['flagged-phones'] as const,
  notifications: ['notifications'] as const,
  channelAccounts: ['channel-accounts'] as const,
  channelAccountList: (organisationId: string) => ['channel-accounts', organisationId] as const,
  callbacks: ['callbacks'] as const,
  callbackList: (status: 'open' | 'done') => ['callbacks', status] as const,
  leads: ['leads'] as const,
  leadList: (query: object) => ['leads', query] as const,
  simulator: ['simulator'] as const,
  simulatorLog: (from: string) => ['simulator', 'log', from] as const,
  publicStatus: (reference: string, phoneLast4: string) => ['public-status', reference, phoneLast4] as const,
};
