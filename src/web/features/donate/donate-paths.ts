/** The public's donor pages: open without signing in, Hindi first. */
export const donatePaths = { register: '/donate', own: '/donate/me' } as const;
