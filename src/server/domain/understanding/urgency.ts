// Words with which people say a plea cannot wait, in English, Hinglish and Hindi. Triage raises a plea that says so
// (and has nothing more serious) to high, and shows the word as the reason, so an operator can see why.

const latin =
  /\b(urgent(?:ly)?|urgnt|asap|emergency|critical|serious|gasping|immediately|sos|jaldi se|jaldi|turant|fauran|abhi ke abhi)\b/i;
const devanagari = /(ज़रूरी|जरूरी|अति आवश्यक|तुरंत|तुरन्त|फ़ौरन|फौरन|जल्दी|आपातकाल|इमरजेंसी|गंभीर|सीरियस)/;

/** The first urgency word in the text, as written, or null. */
export function urgencyCue(text: string): string | null {
  return latin.exec(text)?.[1] ?? devanagari.exec(text)?.[1] ?? null;
}
