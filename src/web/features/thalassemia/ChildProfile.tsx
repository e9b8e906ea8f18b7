import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TransfusionPatientDetail } from '../../../shared/contracts/transfusion-patients.js';
import { rhKellAntigens } from '../../../shared/enums.js';
import { thalassemiaKeys } from '../../api/thalassemia-keys';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatPhone } from '../../components/format-phone';
import { useFormatDate } from '../../components/use-format-date';
import { useLocalName } from '../../components/use-local-name';
import { useDonorDays } from '../donors/use-donor-days';
import { timeOf } from './child-draft';
import { childSexKey } from './child-sex';
import { fieldName } from './field-names';
import { useRevealGuardian } from './patients-queries';

/** The longest a browser timer waits. */
const maxTimerMs = 2 ** 31 - 1;

/** When the reveal runs out the server masks the numbers again: ask it then, rather than keep showing them. */
function useRefetchWhenRevealEnds(childId: string, revealedUntil: string | null): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (revealedUntil === null) return;
    const wait = Date.parse(revealedUntil) - Date.now() + 1_000;
    if (!Number.isFinite(wait)) return;
    const timer = setTimeout(
      () => void queryClient.invalidateQueries({ queryKey: thalassemiaKeys.child(childId) }),
      Math.min(Math.max(wait, 0), maxTimerMs),
    );
    return () => clearTimeout(timer);
  }, [childId, revealedUntil, queryClient]);
}

function Phone({ value, revealed, field }: { value: string; revealed: boolean; field: string }) {
  return revealed ? (
    <a href={`tel:${value.replace(/[^\d+]/g, '')}`} className="guardian-phone" data-field={field}>
      {formatPhone(value)}
    </a>
  ) : (
    <span className="masked-phone" data-field={field}>
      {value}
    </span>
  );
}

/** Who the child is, who hears about them and where they are transfused. The guardian's phones stay masked. */
export function ChildProfile({ child }: { child: TransfusionPatientDetail }) {
  const { t } = useTranslation();
  const { formatDay } = useDonorDays();
  const formatTime = useFormatDate({ timeStyle: 'short' });
  const formatMoment = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  const localName = useLocalName();
  const reveal = useRevealGuardian(child.id);
  useRefetchWhenRevealEnds(child.id, child.revealedUntil);
  const none = t('common.none');
  const antigens = rhKellAntigens
    .filter((antigen) => child.antigens[antigen] === '+' || child.antigens[antigen] === '-')
    .map((antigen) => `${antigen}${child.antigens[antigen] ?? ''}`);
  const person = [
    child.age === null ? null : t('thalassemia.list.age', { age: child.age }),
    child.sex === null ? null : t(childSexKey(child.sex, child.age)),
    child.dateOfBirth === null ? null : t('thalassemia.profile.born', { day: formatDay(child.dateOfBirth) }),
  ].filter((part) => part !== null);
  // The address as typed often ends with the locality or PIN already: each part once.
  const address = child.centreAddress ?? '';
  const place = [
    child.centreAddress,
    ...[child.locality, child.pincode, localName(child.district)].filter(
      (part) => part === null || part === '' || !address.includes(part),
    ),
  ].filter((part) => part !== null && part !== '');

  return (
    <section className="panel child-profile" aria-labelledby="child-profile">
      <h2 id="child-profile">{t('thalassemia.profile.heading')}</h2>
      <dl className="facts">
        <dt>{t('thalassemia.profile.child')}</dt>
        <dd>{person.length === 0 ? none : person.join(t('common.dotSeparator'))}</dd>
        <dt>{t('thalassemia.profile.guardian')}</dt>
        <dd>{child.guardianName}</dd>
        <dt>{t('thalassemia.profile.phone')}</dt>
        <dd>
          <Phone value={child.guardianPhone} revealed={child.phonesRevealed} field={fieldName.guardianPhone} />
        </dd>
        {child.altPhone === null ? null : (
          <>
            <dt>{t('thalassemia.profile.altPhone')}</dt>
            <dd>
              <Phone value={child.altPhone} revealed={child.phonesRevealed} field={fieldName.altPhone} />
            </dd>
          </>
        )}
        <dt>{t('thalassemia.profile.messages')}</dt>
        <dd>
          {[t(`language.${child.language}`), t(`channel.${child.preferredChannel}`)].join(t('common.dotSeparator'))}
        </dd>
        <dt>{t('thalassemia.profile.blood')}</dt>
        <dd>
          {[
            child.bloodGroup,
            child.phenotype === null ? null : t(`blood.phenotype.${child.phenotype}`),
            antigens.length === 0 ? null : antigens.join(' '),
            child.phenotypeNotes,
          ]
            .filter((part) => part !== null && part !== '')
            .join(t('common.dotSeparator'))}
        </dd>
        <dt>{t('thalassemia.profile.rhythm')}</dt>
        <dd>{t('thalassemia.list.rhythm', { days: child.intervalDays, count: child.unitsPerTransfusion })}</dd>
        <dt>{t('thalassemia.profile.last')}</dt>
        <dd>{child.lastTransfusionOn === null ? none : formatDay(child.lastTransfusionOn)}</dd>
        <dt>{t('thalassemia.profile.next')}</dt>
        <dd data-next={child.nextTransfusionOn ?? ''}>
          {child.nextTransfusionOn === null ? none : formatDay(child.nextTransfusionOn)}
        </dd>
        <dt>{t('thalassemia.profile.centre')}</dt>
        <dd>
          {child.centre}
          {place.length === 0 ? null : <span className="field-hint"> {place.join(t('common.listSeparator'))}</span>}
        </dd>
        <dt>{t('thalassemia.profile.arrival')}</dt>
        <dd>{t('thalassemia.profile.arrivalAt', { time: timeOf(child.arrivalMinute) })}</dd>
        <dt>{t('thalassemia.profile.bookAhead')}</dt>
        <dd>{t('thalassemia.profile.bookAheadCount', { count: child.bookAhead })}</dd>
        <dt>{t('thalassemia.profile.consent')}</dt>
        <dd>
          {child.consent.withdrawnAt === null
            ? t('thalassemia.profile.consentBy', { name: child.consent.by, time: formatMoment(child.consent.at) })
            : t('thalassemia.profile.consentWithdrawn', { time: formatMoment(child.consent.withdrawnAt) })}
        </dd>
        {child.notes === null ? null : (
          <>
            <dt>{t('thalassemia.profile.notes')}</dt>
            <dd>{child.notes}</dd>
          </>
        )}
        <dt>{t('thalassemia.profile.organisation')}</dt>
        <dd>{child.organisation.name}</dd>
      </dl>
      {child.phonesRevealed && child.revealedUntil !== null ? (
        <p className="field-hint">
          {t('thalassemia.profile.revealedUntil', { time: formatTime(child.revealedUntil) })}
        </p>
      ) : null}
      {!child.phonesRevealed && child.can.revealContact ? (
        <>
          <button
            type="button"
            className="button-secondary"
            disabled={reveal.isPending}
            onClick={() => reveal.mutate(undefined)}
          >
            {t('thalassemia.profile.reveal')}
          </button>
          <p className="field-hint">{t('thalassemia.profile.revealHint')}</p>
        </>
      ) : null}
      {reveal.isError ? <ProblemAlert error={reveal.error} /> : null}
    </section>
  );
}
