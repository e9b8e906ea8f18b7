/** Base URLs come from configuration (real API or the local simulator), with or without a trailing slash. */
export function apiUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}
