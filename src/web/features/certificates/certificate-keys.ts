// The certificates' query keys (issue #14), beside the area's queries.
export const certificateKeys = {
  settings: (organisationId: string) => ['certificate-settings', organisationId] as const,
  list: (campId: string) => ['certificates', 'camp', campId] as const,
  public: (number: string) => ['certificate-public', number] as const,
};
