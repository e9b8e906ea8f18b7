// The query keys of thalassemia care (issue #14), in one branch: a change to a child, their roster or a booking
// refreshes every thalassemia screen with it (lists, the child's page, the calendars), as lending does.
export const thalassemiaKeys = {
  all: ['thalassemia'] as const,
  childLists: ['thalassemia', 'children', 'list'] as const,
  childList: (query: object) => ['thalassemia', 'children', 'list', query] as const,
  child: (id: string) => ['thalassemia', 'children', 'detail', id] as const,
  roster: (id: string) => ['thalassemia', 'children', 'detail', id, 'roster'] as const,
  candidates: (id: string, query: object) => ['thalassemia', 'children', 'detail', id, 'candidates', query] as const,
  transfusions: (id: string) => ['thalassemia', 'children', 'detail', id, 'transfusions'] as const,
  calendar: (query: object) => ['thalassemia', 'calendar', query] as const,
};
