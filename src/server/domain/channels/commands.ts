// Keywords a person can send in Hindi or English: STATUS <reference>, STOP, START, HELP, MENU, greetings,
// and the menu's digits. A keyword must be the whole message, so "need help for my father" is a plea.
import type { ConversationStep } from './state.js';

export type MenuChoice = 'need' | 'donate' | 'volunteer';

export type Command =
  /** `reference` is null when none was given (`typed` false) or what was typed is not one (`typed` true). */
  | { type: 'status'; reference: string | null; typed: boolean }
  | { type: 'opt_out' }
  | { type: 'opt_in' }
  | { type: 'help' }
  /** MENU, or a greeting on its own ("hi", "नमस्ते"). */
  | { type: 'menu' }
  | { type: 'menu_choice'; choice: MenuChoice };

/** Interactive reply ids of the menu's buttons (WhatsApp), in menu order. */
export const menuReplyIds: Record<MenuChoice, string> = {
  need: 'menu_need',
  donate: 'menu_donate',
  volunteer: 'menu_volunteer',
};

const optOutWords = new Set(['stop', 'stop all', 'stopall', 'unsubscribe', 'बंद', 'बंद करें', 'बंद करो', 'रोकें', 'रोको']);
const optInWords = new Set(['start', 'unstop', 'शुरू', 'शुरू करें', 'शुरू करो']);
const helpWords = new Set(['help', 'मदद', 'सहायता']);
const menuWords = new Set(['menu', 'मेनू', 'मेन्यू']);
const greetings = new Set([
  'hi',
  'hii',
  'hiii',
  'hello',
  'helo',
  'hey',
  'namaste',
  'namaskar',
  'namastey',
  'नमस्ते',
  'नमस्कार',
  'हेलो',
  'हैलो',
  'good morning',
  'good evening',
]);
const statusWords = ['status', 'स्थिति', 'स्टेटस'];

const devanagariDigits = '०१२३४५६७८९';

/** Devanagari digits as ASCII digits. */
export function asciiDigits(text: string): string {
  return text.replace(/[०-९]/g, (d) => String(devanagariDigits.indexOf(d)));
}

/** Lower case, single spaces, no punctuation at either end ("Stop!" → "stop", "नमस्ते।" → "नमस्ते"). */
export function normaliseKeyword(text: string): string {
  return asciiDigits(text)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,!?।|:;'"()*-]+|[\s.,!?।|:;'"()*🙏-]+$/gu, '')
    .trim();
}

/**
 * A case reference as a person types it back ("knp 4f7q", "KNP-4FOQ"), or null. Look-alike letters are
 * forgiven only after the dash: the district prefix may hold any letter (LCK, BLS), the code never I, L, O, U.
 */
export function parseReference(text: string): string | null {
  const match = /^([a-z]{3})[\s-]*([0-9a-z]{4}|[0-9a-z]{6})$/i.exec(text.trim());
  if (!match) return null;
  const prefix = (match[1] ?? '').toUpperCase();
  const code = (match[2] ?? '').toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  if (/U/.test(code)) return null;
  return `${prefix}-${code}`;
}

function menuChoice(keyword: string): MenuChoice | null {
  switch (keyword) {
    case '1':
      return 'need';
    case '2':
      return 'donate';
    case '3':
      return 'volunteer';
    default:
      return null;
  }
}

/** The command in a message, or null when it is anything else. Digits are menu choices only at the menu. */
export function parseCommand(text: string | null, replyId: string | null, step: ConversationStep): Command | null {
  for (const [choice, id] of Object.entries(menuReplyIds) as Array<[MenuChoice, string]>) {
    if (replyId === id) return { type: 'menu_choice', choice };
  }
  if (text === null) return null;
  const keyword = normaliseKeyword(text);
  if (keyword === '') return null;
  if (optOutWords.has(keyword)) return { type: 'opt_out' };
  if (optInWords.has(keyword)) return { type: 'opt_in' };
  if (helpWords.has(keyword)) return { type: 'help' };
  if (menuWords.has(keyword)) return { type: 'menu' };
  if (greetings.has(keyword)) return { type: 'menu' };
  for (const word of statusWords) {
    if (!keyword.startsWith(word)) continue;
    const rest = keyword.slice(word.length);
    if (rest !== '' && !/^[\s:#-]/.test(rest)) continue;
    const asked = rest.replace(/^[\s:#-]+/, '');
    return { type: 'status', reference: asked === '' ? null : parseReference(asked), typed: asked !== '' };
  }
  // A reference on its own ("KNP-4F7Q") asks after that case; the dash keeps words like "oxygen" out.
  if (/^[a-z]{3}-[0-9a-z]{4,6}$/.test(keyword)) {
    const reference = parseReference(keyword);
    if (reference) return { type: 'status', reference, typed: true };
  }
  if (step === 'menu') {
    if (keyword === '0') return { type: 'menu' };
    const choice = menuChoice(keyword);
    if (choice) return { type: 'menu_choice', choice };
  }
  return null;
}
