import { useEffect } from 'react';
import type { SessionView } from '../../../shared/contracts/auth.js';
import i18n, { storedLanguage } from '../../i18n';

/**
 * A device with no screen language of its own yet starts in the signed-in person's language (the one saved on their
 * account, for messages sent to them): someone who reads Hindi signing in on a new phone set to English gets Hindi.
 * From then on the screen language is the device's (the header switch); a later change of the account's language on
 * the account page, or on another device, does not switch this screen.
 */
export function useSessionLanguage(session: SessionView | null | undefined): void {
  const preferred = session?.user.preferredLanguage;
  useEffect(() => {
    if (preferred && storedLanguage() === null && preferred !== i18n.language) void i18n.changeLanguage(preferred);
  }, [preferred]);
}
