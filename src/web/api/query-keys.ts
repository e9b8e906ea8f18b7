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
  /**
   * A case's blood needs' donors (candidates, asks): under the case's detail key, so whatever refreshes the case
   * (the live stream, a donor's answer recorded on its timeline) refreshes them with it.
   */
  caseDonors: (caseId: string) => ['cases', 'detail', caseId, 'donors'] as const,
  needCandidates: (caseId: string, needId: string) =>
    ['cases', 'detail', caseId, 'donors', needId, 'candidates'] as const,
  needAsks: (caseId: string, needId: string) => ['cases', 'detail', caseId, 'donors', needId, 'asks'] as const,
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
  /** The donor registry: a change to one donor refreshes the lists with it. */
  donors: ['donors'] as const,
  donorLists: ['donors', 'list'] as const,
  donorList: (query: object) => ['donors', 'list', query] as const,
  donorDetail: (id: string) => ['donors', 'detail', id] as const,
  /** The blood figures: under `donors`, so a donation recorded refreshes them. */
  bloodFigures: (query: object) => ['donors', 'figures', query] as const,
  /** Under `organisations`, so a change to the organisations refreshes their policies too. */
  bloodPolicy: (organisationId: string) => ['organisations', 'blood-policy', organisationId] as const,
  /** Lending (issue #13): one branch, so any lending change refreshes every lending screen with it. */
  lending: ['lending'] as const,
  lendingList: (area: string, query: object) => ['lending', area, 'list', query] as const,
  lendingDetail: (area: string, id: string) => ['lending', area, 'detail', id] as const,
  /** A case's lending panel: under the case's detail key too, so the case stream refreshes it. */
  caseLending: (caseId: string) => ['cases', 'detail', caseId, 'lending'] as const,
  sponsorPublic: (token: string) => ['sponsor-public', token] as const,
  simulator: ['simulator'] as const,
  simulatorLog: (from: string) => ['simulator', 'log', from] as const,
  publicStatus: (reference: string, phoneLast4: string) => ['public-status', reference, phoneLast4] as const,
};
