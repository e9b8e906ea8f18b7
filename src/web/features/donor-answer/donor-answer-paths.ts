/** The page a donor's signed link opens: open without signing in, in the donor's own language. */
export const donorAnswerPath = '/answer/:token';
