import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../shared/contracts/cases.js';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatPhone } from '../../components/format-phone';
import { useFormatDate } from '../../components/use-format-date';
import { useLocalName } from '../../components/use-local-name';
import { useStates } from '../geography/use-geography';
import { useRevealContact } from './case-queries';
import { isDialable } from './dialable';

/** Patient, the person asking, and where: everything the case knows, plainly. */
export function CaseFacts({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  const formatDay = useFormatDate({ dateStyle: 'medium' });
  const formatClock = useFormatDate({ timeStyle: 'short' });
  const localName = useLocalName();
  const states = useStates();
  const none = t('common.none');
  const { patient, requester, location } = detail;
  const state = states.data?.find((s) => s.code === location.state || s.name === location.state);
  return (
    <>
      <section className="panel" aria-labelledby="case-patient">
        <h2 id="case-patient">{t('case.patient.heading')}</h2>
        <dl className="facts">
          <dt>{t('case.patient.name')}</dt>
          <dd>{patient.name ?? none}</dd>
          <dt>{t('case.patient.age')}</dt>
          <dd>{patient.age ?? none}</dd>
          <dt>{t('case.patient.sex')}</dt>
          <dd>{patient.sex ? t(`sex.${patient.sex}`) : none}</dd>
          <dt>{t('case.patient.spo2')}</dt>
          <dd data-field="spo2">
            {patient.spo2 === null
              ? none
              : patient.spo2At
                ? t('case.patient.spo2At', { value: patient.spo2, time: formatTime(patient.spo2At) })
                : t('case.patient.spo2Value', { value: patient.spo2 })}
          </dd>
          <dt>{t('case.patient.conditions')}</dt>
          <dd>
            {patient.conditions.length === 0
              ? none
              : patient.conditions.map((c) => t(`condition.${c}`)).join(t('common.listSeparator'))}
          </dd>
          {patient.transfusionDate ? (
            <>
              <dt>{t('case.patient.transfusionDate')}</dt>
              <dd>{formatDay(patient.transfusionDate)}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <section className="panel" aria-labelledby="case-requester">
        <h2 id="case-requester">{t('case.requester.heading')}</h2>
        <dl className="facts">
          <dt>{t('case.requester.name')}</dt>
          <dd>{requester.name ?? none}</dd>
          <dt>{t('case.requester.phones')}</dt>
          <dd>
            <ul className="plain-list phones" data-revealed={requester.phonesRevealed}>
              {/* Exactly as the server sends them: whole (a number to tap and call) or masked. */}
              {requester.phones.map((phone) => (
                <li key={phone}>
                  {requester.phonesRevealed && isDialable(phone) ? (
                    <a href={`tel:${phone}`} className="phone-link">
                      {formatPhone(phone)}
                    </a>
                  ) : (
                    <span className="masked-phone">{phone}</span>
                  )}
                </li>
              ))}
            </ul>
            {requester.phonesRevealed && requester.revealedUntil ? (
              <p className="field-hint revealed-until" data-field="revealed-until">
                {t('case.requester.revealedUntil', { time: formatClock(requester.revealedUntil) })}
              </p>
            ) : null}
          </dd>
          <dt>{t('case.requester.language')}</dt>
          <dd lang={requester.language}>{t(`language.${requester.language}`)}</dd>
          <dt>{t('case.requester.consent')}</dt>
          <dd>{requester.consentToShare ? t('common.yes') : t('common.no')}</dd>
        </dl>
        {!requester.phonesRevealed && detail.can.revealContact ? <RevealContact caseId={detail.id} /> : null}
      </section>
      <section className="panel" aria-labelledby="case-location">
        <h2 id="case-location">{t('case.location.heading')}</h2>
        <dl className="facts">
          <dt>{t('case.location.district')}</dt>
          <dd data-field="district">
            {t('case.location.districtInState', {
              district: localName(detail.district),
              state: state ? localName(state) : location.state,
            })}
          </dd>
          <dt>{t('case.location.locality')}</dt>
          <dd>{location.locality ?? none}</dd>
          <dt>{t('case.location.address')}</dt>
          <dd>{location.address ?? none}</dd>
          <dt>{t('case.location.pincode')}</dt>
          <dd>{location.pincode ?? none}</dd>
          <dt>{t('case.location.hospital')}</dt>
          <dd>{location.hospital ?? none}</dd>
        </dl>
      </section>
    </>
  );
}

function RevealContact({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const reveal = useRevealContact(caseId);
  return (
    <div className="case-action" data-action="reveal">
      <p className="field-hint">{t('case.requester.maskedHint')}</p>
      <button type="button" className="button-secondary" disabled={reveal.isPending} onClick={() => reveal.mutate()}>
        {t('case.requester.reveal')}
      </button>
      {reveal.isError ? <ProblemAlert error={reveal.error} /> : null}
    </div>
  );
}
