// The shape of a number for the settings form's hint: the prefix typed so far (or KNP), this year, the running
// count and the check character (the server computes it).
export function formatCertificateExample(prefix: string): string {
  const usable = /^[A-Z]{2,6}$/.test(prefix) ? prefix : 'KNP';
  return `${usable}-${new Date().getFullYear()}-NNNNN-C`;
}
