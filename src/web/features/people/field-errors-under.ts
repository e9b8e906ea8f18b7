/**
 * The messages for one nested object or list of the body: `membership.role` becomes `role`; a message about
 * the whole object or list (`needs`: "at least one") comes back under ''.
 */
export function fieldErrorsUnder(errors: Record<string, string>, prefix: string): Record<string, string> {
  const nested: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    if (field === prefix) nested[''] ??= message;
    else if (field.startsWith(`${prefix}.`)) nested[field.slice(prefix.length + 1)] ??= message;
  }
  return nested;
}
