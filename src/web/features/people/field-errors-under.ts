/** The messages for one nested object of the body: `membership.role` becomes `role`. */
export function fieldErrorsUnder(errors: Record<string, string>, prefix: string): Record<string, string> {
  const nested: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    if (field.startsWith(`${prefix}.`)) nested[field.slice(prefix.length + 1)] ??= message;
  }
  return nested;
}
