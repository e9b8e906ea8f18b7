// The form controls' names: each the request body's field path, so a problem the server names finds its control
// (ErrorSummary links to it), and a test finds it the same way.
export const fieldName = {
  agreedToMorePools: 'agreedToMorePools',
  altPhone: 'altPhone',
  arrivalMinute: 'arrivalMinute',
  bagNumber: 'bagNumber',
  bloodGroup: 'bloodGroup',
  bookAhead: 'bookAhead',
  centre: 'centre',
  centreAddress: 'centreAddress',
  consentBy: 'consentBy',
  dateOfBirth: 'dateOfBirth',
  district: 'district',
  donatedOn: 'donatedOn',
  doneOn: 'doneOn',
  dueOn: 'dueOn',
  from: 'from',
  guardianName: 'guardianName',
  guardianPhone: 'guardianPhone',
  intervalDays: 'intervalDays',
  language: 'language',
  lastTransfusionOn: 'lastTransfusionOn',
  locality: 'locality',
  name: 'name',
  notes: 'notes',
  outcome: 'outcome',
  phenotype: 'phenotype',
  phenotypeNotes: 'phenotypeNotes',
  pincode: 'pincode',
  preferredChannel: 'preferredChannel',
  q: 'q',
  radiusKm: 'radiusKm',
  reason: 'reason',
  sex: 'sex',
  state: 'state',
  to: 'to',
  unitsGiven: 'unitsGiven',
  unitsPerTransfusion: 'unitsPerTransfusion',
  until: 'until',
} as const;

/** The action forms' names (`data-action`), for tests and styles. */
export const actionName = {
  done: 'done',
  missed: 'missed',
  move: 'move',
  outcome: 'outcome',
  state: 'state',
} as const;

/** An antigen nobody typed. */
export const unknownAntigen = 'unknown';
