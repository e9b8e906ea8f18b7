// The organisations that take pleas in and work them.

export const organisationKinds = [
  'police',
  'district_administration',
  'ngo',
  'volunteer_group',
  'party_volunteer_wing',
  'hospital',
  'blood_bank',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];
