import { useTranslation } from 'react-i18next';
import type { CampState } from '../../../shared/enums.js';

/** A camp's state in words (colour is never the only signal): planned camps say whether registration is open. */
export function CampStateBadge({ state, registrationOpen }: { state: CampState; registrationOpen: boolean }) {
  const { t } = useTranslation();
  const key = state === 'planned' && !registrationOpen ? 'closed' : state;
  return (
    <span className={`badge camp-state camp-state-${key}`} data-camp-state={key}>
      {t(`camps.state.${key}`)}
    </span>
  );
}
