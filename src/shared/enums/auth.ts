// Who a person is to the app: their roles and the languages they read.

export const roles = ['admin', 'coordinator', 'operator', 'volunteer', 'viewer'] as const;
export type Role = (typeof roles)[number];

export const languages = ['hi', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'hi';
