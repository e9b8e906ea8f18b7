// The camps' query keys: one branch, so any change to a camp (a registration, a check-in, an outcome) refreshes every
// camp screen with it. The public page's key sits apart: it is read without a session.
export const campKeys = {
  all: ['camps'] as const,
  list: (query: object) => ['camps', 'list', query] as const,
  detail: (id: string) => ['camps', 'detail', id] as const,
  registrations: (id: string, query: object) => ['camps', 'detail', id, 'registrations', query] as const,
  report: (id: string) => ['camps', 'detail', id, 'report'] as const,
  publicCamp: (code: string) => ['public-camp', code] as const,
};
