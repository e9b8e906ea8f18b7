// Which new passwords are refused: long is not enough when the whole thing is one character, a keyboard row, a
// famous password or the person's own number. Shared with the web app, so a form says so before sending.

/** Passwords that lead every leaked list (length ≥ 10, since shorter ones fail the length rule anyway). */
const common = new Set([
  '1234567890',
  '12345678910',
  '123456789a',
  '1234567890a',
  '0987654321',
  '1111111111',
  '0000000000',
  '1q2w3e4r5t',
  '1qaz2wsx3edc',
  'qwertyuiop',
  'asdfghjkl;',
  'zxcvbnm,./',
  'qwerty1234',
  'qwerty12345',
  'qwerty123456',
  'password12',
  'password123',
  'password1234',
  'password@123',
  'passw0rd123',
  'p@ssw0rd123',
  'iloveyou123',
  'abcd123456',
  'abc1234567',
  'abcdefghij',
  'admin12345',
  'admin@1234',
  'administrator',
  'welcome123',
  'welcome@123',
  'letmein123',
  'changeme123',
  'india@1234',
  'india12345',
  'bharat1234',
  'jaishriram',
  'jaishreeram',
  'jaihind123',
  'hanuman123',
  'krishna123',
  'saibaba123',
  'omnamahshivaya',
  'sachin1234',
  'dhoni12345',
  'football123',
  'cricket123',
  'sunshine123',
  'princess123',
  'superman123',
  'computer123',
  'internet123',
  'whatsapp123',
  'sahayata123',
  'sahayata@123',
  'helpline123',
  'police1234',
  'police@123',
]);

const keyboardRows = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'abcdefghijklmnopqrstuvwxyz'];

export type PasswordProblem = 'too_common' | 'too_simple' | 'contains_identity';

/** True for a run along one keyboard row or the alphabet, either way: 1234567890, 0987654321, qwertyuiop. */
function isSequence(lower: string): boolean {
  return keyboardRows.some((row) => row.includes(lower) || [...row].reverse().join('').includes(lower));
}

export function passwordProblem(
  password: string,
  identity: { phone?: string | null | undefined; email?: string | null | undefined } = {},
): PasswordProblem | null {
  const lower = password.toLowerCase();
  if (new Set(lower).size < 4 || isSequence(lower) || /^(.{1,4})\1+$/.test(lower)) return 'too_simple';
  if (common.has(lower)) return 'too_common';
  const nationalNumber = identity.phone?.replace(/\D/g, '').slice(-10);
  const localPart = identity.email?.split('@')[0]?.toLowerCase();
  if (nationalNumber && nationalNumber.length === 10 && lower.replace(/\D/g, '').includes(nationalNumber)) {
    return 'contains_identity';
  }
  if (localPart && localPart.length >= 4 && lower.includes(localPart)) return 'contains_identity';
  return null;
}
