const devanagari = /[\u0900-\u097F]/;

/**
 * The engine's reasons for what it read a message as, cut to the words of the message itself. Its reasons also hold
 * its own English notes ("a SpO2 reading", "asks for leads") and placeholders ("<phone>"), which are not words the
 * operator typed and would show English on a Hindi screen. Devanagari reasons are kept even when not found as typed:
 * the engine folds nuktas and the like, and they are never its notes.
 */
export function cueWordsIn(cues: readonly string[], text: string): string[] {
  const lower = text.toLowerCase();
  return cues.filter((cue) => !cue.startsWith('<') && (devanagari.test(cue) || lower.includes(cue.toLowerCase())));
}
