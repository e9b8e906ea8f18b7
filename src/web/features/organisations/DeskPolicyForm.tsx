import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskPolicyView } from '../../../shared/contracts/organisations.js';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextField } from '../../components/TextField';
import { digits } from '../../components/form-values';
import { fieldErrors } from '../../components/problem-text';
import { useFormatDuration } from '../../components/use-format-duration';
import {
  draftOf,
  policyPriorities,
  readDraft,
  triageFields,
  type DeskPolicyDraft,
  type DraftProblem,
} from './desk-policy-draft';
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
  const [draft, setDraft] = useState<DeskPolicyDraft>(() => draftOf(policy));
  const [problems, setProblems] = useState<Record<string, DraftProblem>>({});
  const [saved, setSaved] = useState(false);
  // Each refused submit moves focus to the first box with a problem, so its message is read out.
  const [refusals, setRefusals] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (refusals > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);
  const serverErrors = fieldErrors(update.error);

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
  const errorOf = (path: string): string | undefined => {
    const problem = problems[path];
    return problem ? describe(problem) : serverErrors[path];
  };
  const edit = (next: DeskPolicyDraft) => {
    setDraft(next);
    setSaved(false);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const read = readDraft(draft);
    setProblems(read.problems);
    setSaved(false);
    if (read.body === null) {
      setRefusals((n) => n + 1);
      return;
    }
    update.mutate(read.body, {
      onSuccess: (next) => {
        setDraft(draftOf(next));
        setSaved(true);
      },
    });
  };

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
