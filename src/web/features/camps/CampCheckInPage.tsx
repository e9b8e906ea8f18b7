import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { CampDetail, RegistrationView } from '../../../shared/contracts/camps.js';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextField } from '../../components/TextField';
import { fieldErrors } from '../../components/problem-text';
import { usePageTitle } from '../../components/use-page-title';
import { CampLoader } from './CampLoader';
import { OutcomeForm } from './OutcomeForm';
import { RegistrationCard } from './RegistrationCard';
import { tokenFromInput } from './check-in-token';
import { campPath } from './camps-paths';
import { useCheckIn, useRegistrations } from './camps-queries';
import { campField } from './field-names';
import { useCampTimes } from './use-camp-times';
import './camps.css';

/** Who is being checked in: by the QR code's token (also the page's address), by phone, or picked from the waiting. */
type Lookup = { by: 'token'; token: string } | { by: 'phone'; phone: string } | { by: 'pick'; id: string };

/**
 * The camp's door, on a phone: the donor's QR code opens this page with their registration and a big "check in"
 * button; without it the desk types the code or searches by phone. Then the screening's outcome.
 */
export function CampCheckInPage() {
  const { id = '' } = useParams();
  return <CampLoader id={id}>{(camp) => <CheckIn camp={camp} />}</CampLoader>;
}

function CheckIn({ camp }: { camp: CampDetail }) {
  const { t } = useTranslation();
  usePageTitle(t('camps.checkIn.title'));
  const times = useCampTimes();
  const [searchParams, setSearchParams] = useSearchParams();
  const urlToken = searchParams.get('token');
  const [lookup, setLookup] = useState<Lookup | null>(() =>
    urlToken === null || urlToken.trim() === '' ? null : { by: 'token', token: urlToken.trim() },
  );
  const show = (next: Lookup | null) => {
    setLookup(next);
    setSearchParams(next?.by === 'token' ? { token: next.token } : {}, { replace: true });
  };
  return (
    <section className="camps camp-check-in">
      <p>
        <Link to={campPath(camp.id)}>{t('camps.backToCamp')}</Link>
      </p>
      <h1>{t('camps.checkIn.title')}</h1>
      <p className="camp-check-in-camp">
        {camp.title}
        {t('common.dotSeparator')}
        {times.when(camp.startsAt, camp.endsAt)}
      </p>
      {camp.can.checkIn ? null : <p className="problem camp-check-in-closed">{t('camps.checkIn.closed')}</p>}
      {lookup === null ? null : <Found camp={camp} lookup={lookup} onNext={() => show(null)} />}
      <Finder onToken={(token) => show({ by: 'token', token })} onPhone={(phone) => show({ by: 'phone', phone })} />
      <Waiting camp={camp} onPick={(registrationId) => show({ by: 'pick', id: registrationId })} />
    </section>
  );
}

/** Type (or paste) the QR code's token, or the donor's phone. */
function Finder({ onToken, onPhone }: { onToken: (token: string) => void; onPhone: (phone: string) => void }) {
  const { t } = useTranslation();
  const [token, setToken] = useState('');
  const [phone, setPhone] = useState('');
  const findToken = (event: FormEvent) => {
    event.preventDefault();
    const value = tokenFromInput(token);
    if (value === '') return;
    onToken(value);
    setToken('');
  };
  const findPhone = (event: FormEvent) => {
    event.preventDefault();
    if (phone.trim() === '') return;
    onPhone(phone.trim());
  };
  return (
    <section className="panel camp-finder" aria-labelledby="camp-finder">
      <h2 id="camp-finder">{t('camps.checkIn.find')}</h2>
      <p className="field-hint">{t('camps.checkIn.scanHint')}</p>
      <form className="form camp-find" data-action={campField.findToken} onSubmit={findToken} noValidate>
        <TextField
          label={t('camps.checkIn.token')}
          name={campField.token}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          value={token}
          onChange={(event) => setToken(event.target.value)}
        />
        <button type="submit" className="button-secondary">
          {t('camps.checkIn.findByToken')}
        </button>
      </form>
      <form className="form camp-find" data-action={campField.findPhone} onSubmit={findPhone} noValidate>
        <TextField
          label={t('camps.checkIn.phone')}
          name={campField.phone}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          value={phone}
          onChange={(event) => setPhone(event.target.value)}
        />
        <button type="submit" className="button-secondary">
          {t('camps.checkIn.findByPhone')}
        </button>
      </form>
    </section>
  );
}

/** The registration looked up, with the one step it needs now. */
function Found({ camp, lookup, onNext }: { camp: CampDetail; lookup: Lookup; onNext: () => void }) {
  const { t } = useTranslation();
  const [recorded, setRecorded] = useState<string | null>(null);
  const byQuery = useRegistrations(
    camp.id,
    lookup.by === 'token' ? { token: lookup.token } : lookup.by === 'phone' ? { phone: lookup.phone } : {},
    { enabled: lookup.by !== 'pick' },
  );
  const waiting = useRegistrations(camp.id, { state: 'checked_in', limit: 200 }, { enabled: lookup.by === 'pick' });
  const list = lookup.by === 'pick' ? waiting : byQuery;
  const next = (
    <button type="button" className="button-secondary" onClick={onNext}>
      {t('camps.checkIn.next')}
    </button>
  );
  let body;
  if (list.isPending) body = <Loading />;
  else if (list.isError) {
    // A phone the server could not read is a problem at the phone box: said here, where the person looks.
    const problem = fieldErrors(list.error);
    body =
      Object.keys(problem).length > 0 ? (
        <p className="field-error" role="alert">
          {Object.values(problem)[0]}
        </p>
      ) : (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      );
  } else {
    const registration = lookup.by === 'pick' ? list.data.items.find((r) => r.id === lookup.id) : list.data.items[0];
    // A donor picked from those waiting leaves that list once their outcome is recorded: that is the success, not a
    // registration gone missing.
    const recordedNow = registration === undefined && recorded === (lookup.by === 'pick' ? lookup.id : undefined);
    body = recordedNow ? (
      <p className="success camp-outcome-done" role="status" data-done="recorded">
        {t('camps.checkIn.recorded')}
      </p>
    ) : registration === undefined ? (
      <p className="problem" role="alert" data-found="none">
        {lookup.by === 'phone' ? t('camps.checkIn.noneByPhone') : t('camps.checkIn.noneByToken')}
      </p>
    ) : (
      <Step camp={camp} lookup={lookup} registration={registration} onRecorded={setRecorded} />
    );
  }
  return (
    <section className="panel camp-found" aria-label={t('camps.checkIn.found')} aria-live="polite">
      {body}
      <div className="form-actions">{next}</div>
    </section>
  );
}

function Step({
  camp,
  lookup,
  registration,
  onRecorded,
}: {
  camp: CampDetail;
  lookup: Lookup;
  registration: RegistrationView;
  onRecorded: (registrationId: string) => void;
}) {
  const { t } = useTranslation();
  const checkIn = useCheckIn(camp.id);
  const errors = fieldErrors(checkIn.error);
  const errorText = Object.values(errors)[0];
  return (
    <ul className="plain-list">
      <RegistrationCard registration={registration} large>
        {registration.state === 'registered' && registration.can.checkIn && lookup.by !== 'pick' ? (
          <>
            {checkIn.isError ? (
              errorText ? (
                <p className="field-error" role="alert">
                  {errorText}
                </p>
              ) : (
                <ProblemAlert error={checkIn.error} />
              )
            ) : null}
            <button
              type="button"
              className="button-large camp-check-in-button"
              data-action={campField.checkIn}
              disabled={checkIn.isPending}
              onClick={() => checkIn.mutate(lookup.by === 'token' ? { token: lookup.token } : { phone: lookup.phone })}
            >
              {t('camps.checkIn.submit', { name: registration.name })}
            </button>
          </>
        ) : null}
        {registration.state === 'checked_in' && registration.can.recordOutcome ? (
          <OutcomeForm
            key={registration.id}
            campId={camp.id}
            campDay={camp.day}
            registration={registration}
            onRecorded={onRecorded}
          />
        ) : null}
        {registration.state === 'donated' || registration.state === 'deferred' ? (
          <p className="success camp-outcome-done" role="status" data-done={registration.state}>
            {t('camps.checkIn.recorded')}
          </p>
        ) : null}
        {registration.state === 'cancelled' ? <p className="problem">{t('camps.checkIn.cancelled')}</p> : null}
      </RegistrationCard>
    </ul>
  );
}

/** Checked in and waiting for the screening's outcome: the screening desk picks the next donor here. */
function Waiting({ camp, onPick }: { camp: CampDetail; onPick: (registrationId: string) => void }) {
  const { t } = useTranslation();
  const waiting = useRegistrations(camp.id, { state: 'checked_in', limit: 200 });
  if (waiting.isPending || waiting.isError || waiting.data.items.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="camp-waiting">
      <h2 id="camp-waiting">{t('camps.checkIn.waiting', { count: waiting.data.total })}</h2>
      <ul className="plain-list camp-waiting">
        {waiting.data.items.map((registration) => (
          <li key={registration.id} className="camp-waiting-row" data-registration={registration.id}>
            <span>
              {registration.name}
              {t('common.dotSeparator')}
              <span className="masked-phone">{registration.phone}</span>
            </span>
            {registration.can.recordOutcome ? (
              <button type="button" className="button-secondary" onClick={() => onPick(registration.id)}>
                {t('camps.checkIn.screen')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
