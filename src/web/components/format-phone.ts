/** "+919839012345" → "+91 98390 12345", the way Indian mobile numbers are read out; others as stored. */
export function formatPhone(e164: string): string {
  const indian = /^\+91(\d{5})(\d{5})$/.exec(e164);
  return indian ? `+91 ${indian[1]} ${indian[2]}` : e164;
}
