import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { PublicCampView, PublicRegistered } from '../../../shared/contracts/camps.js';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { fieldErrors, describeProblem } from '../../components/problem-text';
import { useLocalName } from '../../components/use-local-name';
import { usePageTitle } from '../../components/use-page-title';
import { currentLanguage } from '../../i18n';
import { QrCode } from '../lending/QrCode';
import { Honeypot } from '../public/Honeypot';
import { RegistrationFields } from './RegistrationFields';
import { isMissing } from './CampLoader';
import { usePublicCamp, usePublicCampRegistration, type RegisterPhase } from './camps-queries';
import { emptyRegistration, publicBodyOf, type RegistrationDraft } from './registration-draft';
import { useCampTimes } from './use-camp-times';
import './camps.css';

/**
 * A camp's public page (/camp/<code>, no sign-in): where and when, a time slot, then the donor's QR code to show at
 * the camp. Hindi first like the other public pages; nothing about anyone else.
 */
export function PublicCampPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const camp = usePublicCamp(code);
  usePageTitle(camp.data?.title ?? t('camps.public.title'));
  if (camp.isPending) return <Loading />;
  if (camp.isError) {
    return isMissing(camp.error) ? (
      <section className="public-page camp-public">
        <h1>{t('camps.public.title')}</h1>
        <div className="problem" role="alert">
          <p className="problem-title">{t('camps.public.notFound')}</p>
        </div>
      </section>
    ) : (
      <LoadError error={camp.error} onRetry={() => void camp.refetch()} />
    );
  }
  return <PublicCamp camp={camp.data} code={code} />;
}

function CampFacts({ camp }: { camp: PublicCampView }) {
  const { t } = useTranslation();
  const times = useCampTimes();
  const localName = useLocalName();
  const place = [camp.venueAddress, camp.locality, localName(camp.district)].filter(
    (part) => part !== null && part !== '',
  );
  return (
    <dl className="facts camp-facts camp-public-facts">
      <dt>{t('camps.public.when')}</dt>
      <dd data-field="when">{times.when(camp.startsAt, camp.endsAt)}</dd>
      <dt>{t('camps.public.where')}</dt>
      <dd data-field="where">
        {camp.venue}
        {place.length > 0 ? (
          <>
            <br />
            {place.join(t('common.listSeparator'))}
          </>
        ) : null}
      </dd>
      <dt>{t('camps.field.partnerCentre')}</dt>
      <dd>{camp.partnerCentre}</dd>
      <dt>{t('camps.public.organisers')}</dt>
      <dd>{[camp.organisation, ...camp.coOrganisers].join(t('common.listSeparator'))}</dd>
    </dl>
  );
}

function PublicCamp({ camp, code }: { camp: PublicCampView; code: string }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<RegistrationDraft>(() => emptyRegistration(currentLanguage()));
  const [website, setWebsite] = useState('');
  const [phase, setPhase] = useState<RegisterPhase>('sending');
  const [attempts, setAttempts] = useState(0);
  const register = usePublicCampRegistration(code, setPhase);
  const errors = fieldErrors(register.error);
  const edit = <K extends keyof RegistrationDraft>(key: K, value: RegistrationDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  if (register.isSuccess) return <Registered registered={register.data} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempts((n) => n + 1);
    // Messages about the camp go out in the language the person reads the page in.
    register.mutate(publicBodyOf({ ...draft, language: currentLanguage() }, website));
  };
  const issues = Object.entries(errors).map(([field, message]) => ({ field, message }));
  const problem = register.isError && issues.length === 0 ? describeProblem(register.error) : null;
  return (
    <section className="public-page camp-public" data-camp={camp.code}>
      <p className="camp-public-kicker">{t('camps.public.kicker')}</p>
      <h1>{camp.title}</h1>
      <CampFacts camp={camp} />
      {camp.registrationOpen ? (
        <form className="form camp-public-form" onSubmit={submit} noValidate aria-busy={register.isPending}>
          <h2>{t('camps.public.register')}</h2>
          {issues.length > 0 ? (
            <ErrorSummary title={t('validation_failed.title', { ns: 'errors' })} items={issues} focusKey={attempts} />
          ) : problem ? (
            <ErrorSummary title={problem.title} detail={problem.detail} focusKey={attempts} />
          ) : null}
          <RegistrationFields
            draft={draft}
            edit={edit}
            errors={errors}
            slots={camp.slots}
            allowWalkIn={false}
            askLanguage={false}
          />
          <Honeypot value={website} onChange={setWebsite} />
          <p className="field-hint">{t('camps.public.privacy')}</p>
          <div className="form-actions">
            <button type="submit" className="button-large" disabled={register.isPending}>
              {register.isPending
                ? phase === 'solving'
                  ? t('camps.public.solving')
                  : t('camps.public.sending')
                : t('camps.public.submit')}
            </button>
          </div>
        </form>
      ) : (
        <p className="problem camp-public-closed" role="status" data-closed={camp.state}>
          {camp.state === 'cancelled' ? t('camps.public.cancelled') : t('camps.public.closed')}
        </p>
      )}
    </section>
  );
}

/** Registered: the QR code to show at the camp, and the slot. */
function Registered({ registered }: { registered: PublicRegistered }) {
  const { t } = useTranslation();
  const times = useCampTimes();
  return (
    <section className="public-page camp-public camp-registered" aria-live="polite">
      <h1>{registered.camp.title}</h1>
      <p className="success" data-testid="camp-registered">
        {registered.slotAt === null
          ? t('camps.public.doneNoSlot', { name: registered.name })
          : t('camps.public.done', { name: registered.name, time: times.time(registered.slotAt) })}
      </p>
      <div className="camp-qr" data-check-in-url={registered.checkInUrl}>
        <QrCode text={registered.checkInUrl} label={t('camps.public.qrLabel')} />
      </div>
      <p className="camp-qr-show">{t('camps.public.showThis')}</p>
      <p className="camp-qr-token">
        {t('camps.public.tokenLine')} <code data-field="token">{registered.checkInToken}</code>
      </p>
      <p className="field-hint">{t('camps.public.screenshot')}</p>
      <CampFacts camp={registered.camp} />
    </section>
  );
}
