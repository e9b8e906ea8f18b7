import { useEffect } from 'react';
import type { SessionView } from '../../../shared/contracts/auth.js';
import i18n from '../../i18n';

/** Once we know who is signed in, speak their language (the one saved on their account). */
export function useSessionLanguage(session: SessionView | null | undefined): void {
  const preferred = session?.user.preferredLanguage;
  useEffect(() => {
    if (preferred && preferred !== i18n.language) void i18n.changeLanguage(preferred);
  }, [preferred]);
}
