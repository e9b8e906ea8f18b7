// Where the thalassemia screens live (issue #14): the children on regular transfusion, one child's record with its
// roster and calendar, and the organisation's transfusion calendar. One nav item (`thalassemia`) opens them all.
export const thalassemiaPaths = {
  /** The desk opens on the list of children. */
  children: '/thalassemia',
  new: '/thalassemia/new',
  calendar: '/thalassemia/calendar',
} as const;

const childrenBase = '/thalassemia/children';
export const childPath = (id: string) => `${childrenBase}/${encodeURIComponent(id)}`;

/** The route table's pattern for one child's page. */
export const thalassemiaRecordRoutes = { child: `${childrenBase}/:id` } as const;
