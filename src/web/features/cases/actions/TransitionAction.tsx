import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, TransitionBody } from '../../../../shared/contracts/cases.js';
import { closeReasons, type CaseStatus, type CloseReason } from '../../../../shared/enums.js';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField } from '../../../components/TextAreaField';
import { TextField } from '../../../components/TextField';
import { fieldErrors } from '../../../components/problem-text';
import { useOptionalText } from '../../../components/use-optional-text';
import { useCurrentSession } from '../../auth/session-context';
import { useLeads } from '../../leads/leads-queries';
import { CasePicker } from '../CasePicker';
import { useTransition } from '../case-queries';
import { deliveredFrom, isDeliveredValid, isFullyDelivered } from './delivered';
import { digits } from '../../../components/form-values';

const fields = {
  closeReason: 'closeReason',
  reason: 'reason',
  to: 'to',
  matchedText: 'matchedWith.text',
  matchedLead: 'matchedWith.leadId',
} as const;

/** Fulfilled and closed cases are done: moving one back to work is a reopening, and needs a reason. */
const isDone = (status: CaseStatus) => status === 'fulfilled' || status === 'closed';

/** The anchor the case page's quick bar jumps to. */
export const statusAnchor = 'case-status';

type SubForm = null | 'close' | 'reopen' | 'fulfil';

/**
 * The next steps the state machine allows, as one button each. Matching says with whom (optional); fulfilling
 * asks what was delivered of each need unless all of it is already recorded; closing asks why (and, for a
 * duplicate, which case it repeats); reopening asks for a reason.
 */
export function TransitionAction({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const transition = useTransition(detail.id);
  const [form, setForm] = useState<SubForm>(null);
  const steps = detail.allowedTransitions.filter((to) => to !== 'closed' && !isDone(detail.status));
  const reopenTargets = isDone(detail.status) ? detail.allowedTransitions.filter((to) => to !== 'closed') : [];
  const canClose = detail.allowedTransitions.includes('closed');
  // Matching forward (from verified) says with whom; stepping back to matched from "on the way" does not.
  const matchesForward = steps.includes('matched') && detail.status === 'verified';
  const errors = fieldErrors(transition.error);
  const hasFieldErrors = Object.keys(errors).length > 0;

  const fulfil = () => {
    // Everything already recorded as delivered: nothing to ask, and the quantities are sent as they stand.
    if (isFullyDelivered(detail.needs)) {
      transition.mutate({ to: 'fulfilled', delivered: deliveredFrom(detail.needs) });
    } else {
      setForm('fulfil');
    }
  };

  if (detail.allowedTransitions.length === 0) return null;
  return (
    <div className="case-action" data-action="transition" id={statusAnchor}>
      <h3>{t('case.actions.status.heading')}</h3>
      {matchesForward ? <MatchForm detail={detail} errors={errors} transition={transition} /> : null}
      <div className="form-actions">
        {steps
          .filter((to) => !(to === 'matched' && matchesForward))
          .map((to) => (
            <button
              key={to}
              type="button"
              data-to={to}
              disabled={transition.isPending || (to === 'fulfilled' && form === 'fulfil')}
              onClick={() => (to === 'fulfilled' ? fulfil() : transition.mutate({ to }))}
            >
              {t(`case.actions.to.${to}`)}
            </button>
          ))}
        {reopenTargets.length > 0 && form !== 'reopen' ? (
          <button type="button" className="button-secondary" data-to="reopen" onClick={() => setForm('reopen')}>
            {t('case.actions.reopen.open')}
          </button>
        ) : null}
        {canClose && form !== 'close' ? (
          <button type="button" className="button-secondary" data-to="closed" onClick={() => setForm('close')}>
            {t('case.actions.close.open')}
          </button>
        ) : null}
      </div>
      {transition.isError && (form === null || !hasFieldErrors) ? <ProblemAlert error={transition.error} /> : null}
      {form === 'fulfil' ? (
        <FulfilForm detail={detail} errors={errors} onCancel={() => setForm(null)} transition={transition} />
      ) : null}
      {form === 'close' ? (
        <CloseForm detail={detail} errors={errors} onCancel={() => setForm(null)} transition={transition} />
      ) : null}
      {form === 'reopen' ? (
        <ReopenForm targets={reopenTargets} errors={errors} onCancel={() => setForm(null)} transition={transition} />
      ) : null}
    </div>
  );
}

interface SubFormProps {
  errors: Record<string, string>;
  onCancel: () => void;
  transition: ReturnType<typeof useTransition>;
}

/**
 * "Matched" with whom or what: a verified lead of the organisation in the case's district, or words (a donor's
 * name, a hospital, a cylinder's serial). Both optional: the button alone still records the step.
 */
function MatchForm({ detail, errors, transition }: Omit<SubFormProps, 'onCancel'> & { detail: CaseDetail }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const optionalText = useOptionalText();
  const leads = useLeads({ status: 'verified', kind: '' }, { enabled: session.nav.includes('leads') });
  const usable = (leads.data ?? []).filter(
    (lead) => lead.district === null || lead.district.code === detail.district.code,
  );
  const [text, setText] = useState('');
  const [leadId, setLeadId] = useState('');
  const matchedWith: TransitionBody['matchedWith'] =
    leadId !== '' ? { leadId } : text.trim() !== '' ? { text: text.trim() } : undefined;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    transition.mutate({ to: 'matched', ...(matchedWith ? { matchedWith } : {}) });
  };
  return (
    <form className="form sub-form match-form" onSubmit={onSubmit} noValidate data-form="match">
      {usable.length > 0 ? (
        <SelectField
          label={t('case.actions.match.lead')}
          name={fields.matchedLead}
          value={leadId}
          onChange={(event) => setLeadId(event.target.value)}
          error={errors['matchedWith.leadId']}
        >
          <option value="">{t('case.actions.match.noLead')}</option>
          {usable.map((lead) => {
            const values = { kind: t(`leadKind.${lead.kind}`), name: lead.fromName ?? lead.fromAddress };
            const resources = lead.resources
              .map((code) => optionalText(`resource.${code}`) ?? code)
              .join(t('common.listSeparator'));
            return (
              <option key={lead.id} value={lead.id}>
                {resources === ''
                  ? t('case.actions.match.leadOption', values)
                  : t('case.actions.match.leadOptionWith', { ...values, resources })}
              </option>
            );
          })}
        </SelectField>
      ) : null}
      {leadId === '' ? (
        <TextField
          label={t('case.actions.match.text')}
          hint={t('case.actions.match.textHint')}
          name={fields.matchedText}
          value={text}
          maxLength={200}
          onChange={(event) => setText(event.target.value)}
          error={errors['matchedWith.text'] ?? errors.matchedWith}
          autoComplete="off"
        />
      ) : null}
      <div className="form-actions">
        <button
          type="submit"
          data-to="matched"
          disabled={transition.isPending || (leadId === '' && text.trim().length === 1)}
        >
          {t('case.actions.to.matched')}
        </button>
      </div>
    </form>
  );
}

/** Fulfilling, in one step: what reached the person of each need, filled in with what was asked for. */
function FulfilForm({ detail, errors, onCancel, transition }: SubFormProps & { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(detail.needs.map((need) => [need.id, String(need.quantityRequested)])),
  );
  const isValid = isDeliveredValid(detail.needs, values);
  const short = detail.needs.filter((need) => Number(values[need.id]) < need.quantityRequested);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!isValid) return;
    transition.mutate(
      {
        to: 'fulfilled',
        delivered: detail.needs.map((need) => ({ needId: need.id, quantityFulfilled: Number(values[need.id]) })),
      },
      { onSuccess: onCancel },
    );
  };
  return (
    <form className="form sub-form fulfil-form" onSubmit={onSubmit} noValidate data-form="fulfil">
      <fieldset>
        <legend>{t('case.actions.fulfil.heading')}</legend>
        <p className="field-hint">{t('case.actions.fulfil.hint')}</p>
        {detail.needs.map((need, index) => (
          <TextField
            key={need.id}
            label={t('case.actions.fulfil.quantity', {
              resource: need.bloodGroup
                ? t('needs.withDetail', { what: t(`resource.${need.resource}`), detail: need.bloodGroup })
                : need.medicine
                  ? t('needs.withDetail', { what: t(`resource.${need.resource}`), detail: need.medicine })
                  : t(`resource.${need.resource}`),
              requested: need.quantityRequested,
            })}
            name={`delivered.${index}.quantityFulfilled`}
            data-need-id={need.id}
            inputMode="numeric"
            className="input-short"
            value={values[need.id] ?? ''}
            onChange={(event) => setValues({ ...values, [need.id]: digits(event.target.value, 4) })}
            error={errors[`delivered.${index}.quantityFulfilled`]}
          />
        ))}
      </fieldset>
      {errors.delivered ? <p className="field-error">{errors.delivered}</p> : null}
      {short.length > 0 ? (
        <p className="field-hint fulfil-short" role="status">
          {t('case.actions.fulfil.short', {
            needs: short.map((need) => t(`resource.${need.resource}`)).join(t('common.listSeparator')),
          })}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" disabled={transition.isPending || !isValid}>
          {t('case.actions.fulfil.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function CloseForm({ detail, errors, onCancel, transition }: SubFormProps & { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [closeReason, setCloseReason] = useState<CloseReason | ''>('');
  const [duplicateOf, setDuplicateOf] = useState('');
  const [reason, setReason] = useState('');
  // A duplicate of nothing is refused by the server: the button waits until the original is chosen.
  const isMissingOriginal = closeReason === 'duplicate' && duplicateOf === '';
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (closeReason === '' || isMissingOriginal) return;
    transition.mutate(
      {
        to: 'closed',
        closeReason,
        ...(closeReason === 'duplicate' ? { duplicateOf } : {}),
        ...(reason.trim() === '' ? {} : { reason: reason.trim() }),
      },
      { onSuccess: onCancel },
    );
  };
  return (
    <form className="form sub-form" onSubmit={onSubmit} noValidate data-form="close">
      <SelectField
        label={t('case.actions.close.reason')}
        name={fields.closeReason}
        value={closeReason}
        onChange={(event) => setCloseReason(event.target.value as CloseReason | '')}
        error={errors.closeReason}
      >
        <option value="">{t('case.actions.close.chooseReason')}</option>
        {closeReasons.map((value) => (
          <option key={value} value={value}>
            {t(`closeReason.${value}`)}
          </option>
        ))}
      </SelectField>
      {closeReason === 'duplicate' ? (
        <CasePicker
          legend={t('case.actions.close.duplicateOf')}
          value={duplicateOf}
          onChange={setDuplicateOf}
          exclude={[detail.id]}
          error={errors.duplicateOf}
        />
      ) : null}
      <TextAreaField
        label={t('case.actions.close.note')}
        name={fields.reason}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errors.reason}
      />
      {isMissingOriginal ? <p className="field-hint">{t('case.actions.close.chooseOriginal')}</p> : null}
      <div className="form-actions">
        <button
          type="submit"
          className="button-danger"
          disabled={transition.isPending || closeReason === '' || isMissingOriginal}
        >
          {t('case.actions.close.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function ReopenForm({ targets, errors, onCancel, transition }: SubFormProps & { targets: readonly CaseStatus[] }) {
  const { t } = useTranslation();
  const [to, setTo] = useState<CaseStatus>(targets[0] ?? 'new');
  const [reason, setReason] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    transition.mutate({ to, reason: reason.trim() }, { onSuccess: onCancel });
  };
  return (
    <form className="form sub-form" onSubmit={onSubmit} noValidate data-form="reopen">
      <SelectField
        label={t('case.actions.reopen.to')}
        name={fields.to}
        value={to}
        onChange={(event) => setTo(event.target.value as CaseStatus)}
        error={errors.to}
      >
        {targets.map((value) => (
          <option key={value} value={value}>
            {t(`caseStatus.${value}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t('case.actions.reopen.reason')}
        name={fields.reason}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errors.reason}
      />
      <div className="form-actions">
        <button type="submit" disabled={transition.isPending || reason.trim() === ''}>
          {t('case.actions.reopen.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
