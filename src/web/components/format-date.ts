// Every date and time on screen goes through here (via useFormatDate), so the whole app reads alike.
import type { Language } from '../../shared/enums.js';

const formats = new Map<string, Intl.DateTimeFormat>();

export const indiaTimeZone = 'Asia/Kolkata';

/**
 * The page's locale (hi-IN or en-IN), in India's time. Times on Hindi pages are on the 24-hour clock ("21:04"):
 * hi-IN's 12-hour clock writes the day period in Latin letters ("9:04 pm"), which has no place on a Hindi page,
 * and a 24-hour time is unambiguous on a desk that runs through the night. English pages keep en-IN's "9:04 pm".
 */
export function dateTimeFormat(language: Language, requested: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // India's time whatever the device's clock says (a laptop left on UTC, a phone abroad): a helpline's times, targets
  // and SLA clocks are all in IST. A caller may still ask for another zone (UTC for a calendar day held as a date).
  const options: Intl.DateTimeFormatOptions = { timeZone: indiaTimeZone, ...requested };
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
