/**
 * A number as the server sends it when it is shown in full (+919450012345), as opposed to masked
 * (+91 94xxx xx345): only that can be dialled. The web never masks or unmasks a number itself.
 */
export const isDialable = (value: string): boolean => /^\+?\d{7,15}$/.test(value);
