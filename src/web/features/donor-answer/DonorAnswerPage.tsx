import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { DonorAskPublicView } from '../../../shared/contracts/outreach.js';
import { isApiError } from '../../api/api-error';
import { formatPhone } from '../../components/format-phone';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormatDate } from '../../components/use-format-date';
import { usePageTitle } from '../../components/use-page-title';
import { storedLanguage } from '../../i18n';
import { useDonorAnswer, useDonorAsk } from './donor-answer-queries';

/**
 * A donor's signed link: what is asked (product, group, hospital and area — never the patient's name or anyone's
 * number) and YES or NO. Once matched, where to go and the desk's number to call.
 */
export function DonorAnswerPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('answer.title'));
  const { token = '' } = useParams();
  const ask = useDonorAsk(token);
  const answer = useDonorAnswer(token);
  const language = ask.data?.language;
  const isNotFound = ask.isError && isApiError(ask.error, 'not_found');

  // The page speaks the language the donor chose when they registered, unless this device has chosen one.
  useEffect(() => {
    if (language && storedLanguage() === null && i18n.language !== language) void i18n.changeLanguage(language);
  }, [language, i18n]);

  if (ask.isPending) return <Loading />;
  if (ask.isError) {
    return (
      <section className="public-page donor-answer">
        <h1>{t('answer.title')}</h1>
        {isNotFound ? (
          <p className="lead">{t('answer.notFound')}</p>
        ) : (
          <LoadError error={ask.error} onRetry={() => void ask.refetch()} />
        )}
      </section>
    );
  }
  const view = ask.data;
  return (
    <section className="public-page donor-answer" data-outcome={view.outcome}>
      <h1>{t('answer.title')}</h1>
      <AskFacts view={view} />
      {view.outcome === 'open' ? (
        <>
          <p className="lead">{t('answer.question')}</p>
          {answer.isError ? <ProblemAlert error={answer.error} /> : null}
          <div className="form-actions">
            <button
              type="button"
              className="button-large"
              disabled={answer.isPending}
              onClick={() => answer.mutate({ answer: 'yes' })}
            >
              {t('answer.yes')}
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={answer.isPending}
              onClick={() => answer.mutate({ answer: 'no' })}
            >
              {t('answer.no')}
            </button>
          </div>
        </>
      ) : view.outcome === 'matched' ? (
        <Matched view={view} />
      ) : (
        <div className="donor-answer-outcome" role="status">
          <p className="lead">{t(`answer.outcome.${view.outcome}`)}</p>
        </div>
      )}
      <p className="field-hint">{t('answer.stopHint')}</p>
    </section>
  );
}

function AskFacts({ view }: { view: DonorAskPublicView }) {
  const { t } = useTranslation();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <p>{t('answer.intro', { organisation: view.organisation })}</p>
      <dl className="donor-answer-facts">
        <dt>{t('answer.need')}</dt>
        <dd>
          {t(`answer.product.${view.product}`)}
          {view.bloodGroup ? ` · ${view.bloodGroup}` : ''}
          {' · '}
          {t('answer.units', { count: view.units })}
        </dd>
        {view.hospital ? (
          <>
            <dt>{t('answer.hospital')}</dt>
            <dd>{view.hospital}</dd>
          </>
        ) : null}
        <dt>{t('answer.area')}</dt>
        <dd>{view.area}</dd>
        <dt>{t('answer.reference')}</dt>
        <dd>{view.caseReference}</dd>
        <dt>{t('answer.askedAt')}</dt>
        <dd>{formatTime(view.askedAt)}</dd>
      </dl>
    </>
  );
}

function Matched({ view }: { view: DonorAskPublicView }) {
  const { t } = useTranslation();
  const place = view.contact?.hospital ?? view.area;
  const phone = view.contact?.deskPhone ?? null;
  return (
    <div className="donor-answer-outcome" role="status">
      <p className="lead">{t('answer.outcome.matched', { place })}</p>
      {phone ? (
        <p>
          {t('answer.callDesk')} <a href={`tel:${phone}`}>{formatPhone(phone)}</a>
        </p>
      ) : (
        <p>{t('answer.deskWillCall')}</p>
      )}
    </div>
  );
}
