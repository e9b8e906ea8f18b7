import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransfusionPatientDetail } from '../../../shared/contracts/transfusion-patients.js';
import { transfusionPatientStates, type TransfusionPatientState } from '../../../shared/enums.js';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { fieldErrors } from '../../components/problem-text';
import { actorFrom } from '../auth/actor';
import { useCurrentSession } from '../auth/session-context';
import { healthDistricts } from '../donors/donor-reach';
import { ActionForm } from '../../components/ActionForm';
import { ChildForm } from './ChildForm';
import { draftFromChild, updateBodyFrom, type ChildDraft } from './child-draft';
import { useChangeChildState, useUpdateChild } from './patients-queries';
import { actionName, fieldName } from './field-names';

/** Pause (in hospital, travelling), resume or end the child's care, with a reason; only as `can` allows. */
export function ChildStateForm({ child }: { child: TransfusionPatientDetail }) {
  const { t } = useTranslation();
  const change = useChangeChildState(child.id);
  const choices = transfusionPatientStates.filter((state) => state !== child.state);
  const [chosen, setState] = useState<TransfusionPatientState>(choices[0] ?? 'paused');
  // After a change the child's own state drops out of the choices: fall back to the first one left.
  const state = choices.includes(chosen) ? chosen : (choices[0] ?? chosen);
  const [reason, setReason] = useState('');
  const errors = fieldErrors(change.error);
  if (!child.can.changeState) return null;
  return (
    <ActionForm
      area="thalassemia"
      name={actionName.state}
      heading={t('thalassemia.stateChange.heading')}
      submitLabel={t('thalassemia.stateChange.submit')}
      action={change}
      folded
      onSubmit={() =>
        change.mutate({ state, ...(reason.trim() === '' ? {} : { reason }) }, { onSuccess: () => setReason('') })
      }
    >
      <p className="field-hint">{t('thalassemia.stateChange.hint')}</p>
      <SelectField
        label={t('thalassemia.stateChange.state')}
        name={fieldName.state}
        value={state}
        onChange={(event) => setState(event.target.value as TransfusionPatientState)}
        error={errors.state}
      >
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {t(`thalassemia.state.${choice}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('thalassemia.stateChange.reason')}
        name={fieldName.reason}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errors.reason}
        autoComplete="off"
      />
    </ActionForm>
  );
}

/** The child's record edited in the same form as a new child; folded until opened. */
export function ChildEdit({ child }: { child: TransfusionPatientDetail }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const districts = healthDistricts(actorFrom(session));
  const update = useUpdateChild(child.id);
  const [draft, setDraft] = useState<ChildDraft>(() => draftFromChild(child));
  const [attempt, setAttempt] = useState(0);
  const [isOpen, setIsOpen] = useState(false);
  if (!child.can.update) return null;
  return (
    <details
      className="thalassemia-folded"
      data-folded="edit"
      open={isOpen}
      onToggle={(event) => setIsOpen(event.currentTarget.open)}
    >
      <summary>{t('thalassemia.edit.heading')}</summary>
      {isOpen ? (
        <ChildForm
          draft={draft}
          onChange={setDraft}
          errors={update.isError ? fieldErrors(update.error) : {}}
          failure={update.isError ? { error: update.error, attempt } : null}
          isNew={false}
          districts={districts}
          isPending={update.isPending}
          submitLabel={t('common.save')}
          onSubmit={() => {
            setAttempt((n) => n + 1);
            update.mutate(updateBodyFrom(draft), {
              onSuccess: (saved) => {
                setDraft(draftFromChild(saved));
                setIsOpen(false);
              },
            });
          }}
          onCancel={() => {
            setDraft(draftFromChild(child));
            update.reset();
            setIsOpen(false);
          }}
        />
      ) : null}
    </details>
  );
}
