/** The sign-in page's address. */
export const signInPath = '/sign-in';

/** The search parameter that carries where to go after signing in. */
export const nextParam = 'next';

/** Where to go after signing in; only paths on this site, so a crafted link can't send people away. */
export function safeNextPath(next: string | null): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
