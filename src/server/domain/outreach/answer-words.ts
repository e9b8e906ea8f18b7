// How a donor's reply to an ask reads: yes, no, or STOP. The whole message must be the word (after the same
// clean-up as every keyword), so "yes but only on Sunday" is left for a person to read, not taken as a YES.
import { normaliseKeyword, parseCommand } from '../channels/commands.js';

export type AnswerWord = 'yes' | 'no' | 'stop';

// Hindi in Devanagari (with and without the chandrabindu), Hinglish as people type it, the digits the ask offers
// (Devanagari digits become ASCII in normaliseKeyword) and the check mark WhatsApp's keyboard suggests.
const yesWords = new Set(['yes', 'y', 'हाँ', 'हां', 'हा', 'हाँ जी', 'जी हाँ', 'haan', 'haa', 'han', 'ha', '1', '✅']);
const noWords = new Set(['no', 'n', 'नहीं', 'नही', 'जी नहीं', 'nahi', 'nahin', 'nhi', '2', '❌']);

/**
 * The answer a reply gives, or null when it is not one (the message then goes on as any other message). STOP is
 * the same set of words the conversation treats as opting out, so a donor's STOP stops both the asks and the
 * channel's messages.
 */
export function readAnswerWord(text: string | null): AnswerWord | null {
  if (text === null) return null;
  const keyword = normaliseKeyword(text);
  if (keyword === '') return null;
  if (yesWords.has(keyword)) return 'yes';
  if (noWords.has(keyword)) return 'no';
  if (parseCommand(keyword, null, 'idle')?.type === 'opt_out') return 'stop';
  return null;
}
