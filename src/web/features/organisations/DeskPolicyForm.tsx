import { useTranslation } from 'react-i18next';
import type { DeskPolicyView } from '../../../shared/contracts/organisations.js';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextField } from '../../components/TextField';
import { useCheckedDraft } from '../../components/use-checked-draft';
import { digits } from '../../components/form-values';
import { useFormatDuration } from '../../components/use-format-duration';
import { draftOf, policyPriorities, readDraft, triageFields, type DraftProblem } from './desk-policy-draft';
import { DurationField } from './DurationField';
import { useUpdateDeskPolicy } from './organisations-queries';

/** Boxes' names: their paths in the request body, which the server's validation errors name too. */
const fields = { nearTargetShare: 'nearTargetShare', claimIdleMinutes: 'claimIdleMinutes' } as const;

interface DeskPolicyFormProps {
  organisationId: string;
  policy: DeskPolicyView;
}

/** An organisation's time targets, near-target share, claim idle time and triage thresholds, each box checked. */
export function DeskPolicyForm({ organisationId, policy }: DeskPolicyFormProps) {
  const { t } = useTranslation();
  const formatDuration = useFormatDuration();
  const update = useUpdateDeskPolicy(organisationId);

  const describe = (problem: DraftProblem): string => {
    switch (problem.kind) {
      case 'required':
        return t('deskPolicy.error.required');
      case 'range':
        return t('deskPolicy.error.range', { min: problem.min, max: problem.max });
      case 'durationRange':
        return t('deskPolicy.error.durationRange', {
          min: formatDuration(problem.min),
          max: formatDuration(problem.max),
        });
      case 'fulfilBeforeResponse':
        return t('deskPolicy.error.fulfilBeforeResponse', { value: formatDuration(problem.minutes) });
      case 'atLeast':
        return t('deskPolicy.error.atLeast', { value: problem.value });
    }
  };

  const { draft, edit, problems, saved, errorOf, onSubmit, form } = useCheckedDraft({
    initial: policy,
    draftOf,
    readDraft,
    update,
    describe,
  });

  const hasProblems = Object.keys(problems).length > 0;
  return (
    <form ref={form} className="form desk-policy-form" onSubmit={onSubmit} noValidate aria-busy={update.isPending}>
      {update.isError ? <ProblemAlert error={update.error} /> : null}
      <p className="field-hint">{t('deskPolicy.targetsHint')}</p>
      {policyPriorities.map((priority) => (
        <fieldset key={priority} className="desk-policy-priority" data-priority={priority}>
          <legend>{t(`priority.${priority}`)}</legend>
          <div className="field-row">
            <DurationField
              label={t('deskPolicy.firstResponse')}
              name={`targets.${priority}.firstResponseMinutes`}
              value={draft.targets[priority].firstResponse}
              onChange={(firstResponse) =>
                edit({
                  ...draft,
                  targets: { ...draft.targets, [priority]: { ...draft.targets[priority], firstResponse } },
                })
              }
              error={errorOf(`targets.${priority}.firstResponseMinutes`)}
            />
            <DurationField
              label={t('deskPolicy.fulfil')}
              name={`targets.${priority}.fulfilMinutes`}
              value={draft.targets[priority].fulfil}
              onChange={(fulfil) =>
                edit({ ...draft, targets: { ...draft.targets, [priority]: { ...draft.targets[priority], fulfil } } })
              }
              error={errorOf(`targets.${priority}.fulfilMinutes`)}
            />
          </div>
        </fieldset>
      ))}
      <fieldset>
        <legend>{t('deskPolicy.queue')}</legend>
        <div className="form-group">
          <TextField
            label={t('deskPolicy.nearTargetShare')}
            name={fields.nearTargetShare}
            inputMode="numeric"
            autoComplete="off"
            value={draft.nearTargetPercent}
            onChange={(event) => edit({ ...draft, nearTargetPercent: digits(event.target.value, 3) })}
            error={errorOf(fields.nearTargetShare)}
          />
          <DurationField
            label={t('deskPolicy.claimIdle')}
            name={fields.claimIdleMinutes}
            hint={t('deskPolicy.claimIdleHint')}
            value={draft.claimIdle}
            onChange={(claimIdle) => edit({ ...draft, claimIdle })}
            error={errorOf(fields.claimIdleMinutes)}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('deskPolicy.triage.heading')}</legend>
        <div className="form-group">
          {triageFields.map((field) => (
            <TextField
              key={field}
              label={t(`deskPolicy.triage.${field}`)}
              name={`triage.${field}`}
              inputMode="numeric"
              autoComplete="off"
              value={draft.triage[field]}
              onChange={(event) =>
                edit({ ...draft, triage: { ...draft.triage, [field]: digits(event.target.value, 3) } })
              }
              error={errorOf(`triage.${field}`)}
            />
          ))}
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" disabled={update.isPending}>
          {t('deskPolicy.submit')}
        </button>
        <span role="status" className="desk-policy-saved">
          {saved ? t('deskPolicy.saved') : null}
        </span>
      </div>
      {hasProblems ? (
        <p className="field-error" role="alert">
          {t('deskPolicy.error.fix', { count: Object.keys(problems).length })}
        </p>
      ) : null}
    </form>
  );
}
