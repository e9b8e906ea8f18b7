import { useTranslation } from 'react-i18next';
import type { BloodPolicyView } from '../../../shared/contracts/blood-reports.js';
import { contestedDeferralClauses } from '../../../shared/enums.js';
import { CheckboxField } from '../../components/CheckboxField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useCheckedDraft } from '../../components/use-checked-draft';
import { digits } from '../../components/form-values';
import i18n from '../../i18n';
import { useUpdateBloodPolicy } from './blood-reports-queries';
import { draftOf, radiusParts, readDraft, widenPriorities, type DraftProblem } from './blood-policy-draft';

/** Boxes' names: their paths in the request body, which the server's validation errors name too. */
const paths = {
  asksPerUnit: 'asksPerUnit',
  maxAsksPer30Days: 'maxAsksPer30Days',
  unverified: 'unverifiedOnlyWhenNoVerified',
  convalescentPlasma: 'convalescentPlasma',
} as const;
const quietEnds = ['from', 'to'] as const;
const hours = Array.from({ length: 24 }, (_, hour) => hour);
const radiusLabel = {
  start: 'bloodPolicy.radiusStart',
  step: 'bloodPolicy.radiusStep',
  max: 'bloodPolicy.radiusMax',
} as const;

interface BloodPolicyFormProps {
  organisationId: string;
  policy: BloodPolicyView;
}

/** How outreach asks donors, and the rules only a policy switches on: each box checked, each change recorded. */
export function BloodPolicyForm({ organisationId, policy }: BloodPolicyFormProps) {
  const { t } = useTranslation();
  const update = useUpdateBloodPolicy(organisationId);

  const describe = (problem: DraftProblem): string =>
    problem.kind === 'required'
      ? t('bloodPolicy.required')
      : i18n.t(`errors:validation.${problem.problem.code}`, problem.problem.params ?? {});
  const number = (path: string, label: string, value: string, onChange: (value: string) => void) => (
    <TextField
      label={label}
      name={path}
      inputMode="numeric"
      autoComplete="off"
      value={value}
      onChange={(event) => onChange(digits(event.target.value, 4))}
      error={errorOf(path)}
    />
  );

  const { draft, edit, saved, errorOf, onSubmit, form } = useCheckedDraft({
    initial: policy,
    draftOf,
    readDraft,
    update,
    describe,
  });

  return (
    <form ref={form} className="form blood-policy-form" onSubmit={onSubmit} noValidate aria-busy={update.isPending}>
      {update.isError ? <ProblemAlert error={update.error} /> : null}
      <fieldset>
        <legend>{t('bloodPolicy.outreach')}</legend>
        <div className="field-row">
          {number(paths.asksPerUnit, t('bloodPolicy.asksPerUnit'), draft.asksPerUnit, (asksPerUnit) =>
            edit({ ...draft, asksPerUnit }),
          )}
          {number(
            paths.maxAsksPer30Days,
            t('bloodPolicy.maxAsksPer30Days'),
            draft.maxAsksPer30Days,
            (maxAsksPer30Days) => edit({ ...draft, maxAsksPer30Days }),
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('bloodPolicy.widen')}</legend>
        <div className="field-row">
          {widenPriorities.map((priority) => (
            <div key={priority}>
              {number(
                `widenAfterMinutes.${priority}`,
                t(`priority.${priority}`),
                draft.widenAfterMinutes[priority],
                (value) => edit({ ...draft, widenAfterMinutes: { ...draft.widenAfterMinutes, [priority]: value } }),
              )}
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('bloodPolicy.radius')}</legend>
        <div className="field-row">
          {radiusParts.map((part) => (
            <div key={part}>
              {number(`radiusKm.${part}`, t(radiusLabel[part]), draft.radiusKm[part], (value) =>
                edit({ ...draft, radiusKm: { ...draft.radiusKm, [part]: value } }),
              )}
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('bloodPolicy.quietHours')}</legend>
        <div className="field-row">
          {quietEnds.map((end) => (
            <SelectField
              key={end}
              label={t(end === 'from' ? 'bloodPolicy.quietFrom' : 'bloodPolicy.quietTo')}
              name={`quietHours.${end}`}
              value={draft.quietHours[end]}
              onChange={(event) => edit({ ...draft, quietHours: { ...draft.quietHours, [end]: event.target.value } })}
              error={errorOf(`quietHours.${end}`)}
            >
              {hours.map((hour) => (
                <option key={hour} value={String(hour)}>
                  {t('bloodPolicy.hour', { hour: String(hour).padStart(2, '0') })}
                </option>
              ))}
            </SelectField>
          ))}
        </div>
        <CheckboxField
          label={t('bloodPolicy.unverifiedOnlyWhenNoVerified')}
          name={paths.unverified}
          checked={draft.unverifiedOnlyWhenNoVerified}
          onChange={(event) => edit({ ...draft, unverifiedOnlyWhenNoVerified: event.target.checked })}
          error={errorOf(paths.unverified)}
        />
      </fieldset>
      <fieldset>
        <legend>{t('bloodPolicy.contestedClauses')}</legend>
        <p className="field-hint">{t('bloodPolicy.contestedHint')}</p>
        {contestedDeferralClauses.map((clause) => (
          <CheckboxField
            key={clause}
            label={t(`bloodPolicy.clause.${clause}`)}
            name={`contestedClauses.${clause}`}
            checked={draft.contestedClauses.includes(clause)}
            onChange={(event) =>
              edit({
                ...draft,
                contestedClauses: event.target.checked
                  ? [...draft.contestedClauses, clause]
                  : draft.contestedClauses.filter((c) => c !== clause),
              })
            }
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('bloodPolicy.rules')}</legend>
        <CheckboxField
          label={t('bloodPolicy.convalescentPlasma')}
          name={paths.convalescentPlasma}
          checked={draft.convalescentPlasma}
          onChange={(event) => edit({ ...draft, convalescentPlasma: event.target.checked })}
        />
        <p className="field-hint">{t('bloodPolicy.convalescentHint')}</p>
      </fieldset>
      <div className="form-actions">
        <button type="submit" disabled={update.isPending}>
          {t('bloodPolicy.submit')}
        </button>
        <span role="status" className="blood-policy-saved">
          {saved ? t('bloodPolicy.saved') : null}
        </span>
      </div>
    </form>
  );
}
