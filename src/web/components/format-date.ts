// Every date and time on screen goes through here (via useFormatDate), so the whole app reads alike.
import type { Language } from '../../shared/enums.js';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The page's locale (hi-IN or en-IN), in local time. Times on Hindi pages are on the 24-hour clock ("21:04"):
 * hi-IN's 12-hour clock writes the day period in Latin letters ("9:04 pm"), which has no place on a Hindi page,
 * and a 24-hour time is unambiguous on a desk that runs through the night. English pages keep en-IN's "9:04 pm".
 */
export function dateTimeFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const showsTime = options.timeStyle !== undefined || options.hour !== undefined;
  const withClock: Intl.DateTimeFormatOptions =
    language === 'hi' && showsTime && options.hour12 === undefined ? { hourCycle: 'h23', ...options } : options;
  const key = `${language}|${JSON.stringify(withClock)}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(`${language}-IN`, withClock);
    formats.set(key, format);
  }
  return format;
}
