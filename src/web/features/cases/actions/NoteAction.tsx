import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contracts/cases.js';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { TextAreaField } from '../../../components/TextAreaField';
import { fieldErrors } from '../../../components/problem-text';
import { useAddNote } from '../case-queries';

/** Named after the body's fields, so tests and password managers find them whatever the language. */
const fields = { note: 'note' } as const;

export function NoteAction({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const addNote = useAddNote(detail.id);
  const [note, setNote] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    addNote.mutate({ note }, { onSuccess: () => setNote('') });
  };
  return (
    <form className="case-action form" data-action="note" onSubmit={onSubmit} noValidate>
      <TextAreaField
        label={t('case.actions.note.label')}
        name={fields.note}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={fieldErrors(addNote.error).note}
      />
      {addNote.isError && !fieldErrors(addNote.error).note ? <ProblemAlert error={addNote.error} /> : null}
      <div className="form-actions">
        <button type="submit" className="button-secondary" disabled={addNote.isPending || note.trim() === ''}>
          {t('case.actions.note.submit')}
        </button>
      </div>
    </form>
  );
}
