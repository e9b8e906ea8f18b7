import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadView } from '../../../shared/contracts/channels.js';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextField } from '../../components/TextField';
import { fieldErrors } from '../../components/problem-text';
import { useReviewLead, type ReviewBody } from './leads-queries';

const fields = { note: 'note' } as const;

/** Verify or reject, with a note for whoever looks next. */
export function ReviewLeadForm({ lead }: { lead: LeadView }) {
  const { t } = useTranslation();
  const review = useReviewLead(lead.id);
  const [note, setNote] = useState('');
  const errors = fieldErrors(review.error);
  const decide = (status: ReviewBody['status']) =>
    review.mutate({ status, ...(note.trim() === '' ? {} : { note: note.trim() }) }, { onSuccess: () => setNote('') });
  // Enter in the note box decides nothing: which way it goes is always a button press.
  const onSubmit = (event: FormEvent) => event.preventDefault();
  return (
    <form className="form sub-form lead-review" onSubmit={onSubmit} noValidate aria-busy={review.isPending}>
      <TextField
        label={t('leads.review.note')}
        name={fields.note}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={errors.note}
        autoComplete="off"
      />
      {review.isError && errors.note === undefined ? <ProblemAlert error={review.error} /> : null}
      <div className="form-actions">
        {lead.status === 'verified' ? null : (
          <button type="button" data-decision="verified" disabled={review.isPending} onClick={() => decide('verified')}>
            {t('leads.review.verify')}
          </button>
        )}
        {lead.status === 'rejected' ? null : (
          <button
            type="button"
            className="button-danger"
            data-decision="rejected"
            disabled={review.isPending}
            onClick={() => decide('rejected')}
          >
            {t('leads.review.reject')}
          </button>
        )}
      </div>
    </form>
  );
}
