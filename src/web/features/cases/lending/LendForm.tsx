import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contracts/cases.js';
import type { GateAnswers, LendingPanel, LoanDetail } from '../../../../shared/contracts/loans.js';
import {
  accessoryKinds,
  borrowerIdKinds,
  depositModes,
  languages,
  type BorrowerIdKind,
  type Channel,
  type DepositMode,
  type DeviceKind,
  type Language,
} from '../../../../shared/enums.js';
import { CheckboxField } from '../../../components/CheckboxField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { fieldErrors } from '../../../components/problem-text';
import { useLend } from './case-lending-queries';
import { depositIsHeld, lendBodyFrom, lendDraftFrom, oxygenNeedId, type LendDraft } from './lend-draft';
import { field } from '../../lending/field-names';

/** Reminders and RETURN replies go by WhatsApp or SMS (loan-message-route.ts): the only channels worth offering. */
const reminderChannels: readonly Channel[] = ['whatsapp', 'sms'];

interface LendFormProps {
  detail: CaseDetail;
  panel: LendingPanel;
  item: { id: string; label: string; kind: DeviceKind };
  gate: GateAnswers;
  /** The gate refused only because the patient holds a device, and this person may override that. */
  mayOverride: boolean;
  onLent: (loan: LoanDetail) => void;
}

/** Lends the chosen item: the patient, the deposit (or why it is waived), the accessories, the due date, the hand-over. */
export function LendForm({ detail, panel, item, gate, mayOverride, onLent }: LendFormProps) {
  const { t } = useTranslation();
  const lend = useLend(detail.id);
  const [draft, setDraft] = useState<LendDraft>(() => lendDraftFrom(detail, panel, item.kind));
  const set = (change: Partial<LendDraft>) => setDraft((d) => ({ ...d, ...change }));
  const errors = fieldErrors(lend.error);
  const held = depositIsHeld(draft.depositMode);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = lendBodyFrom(draft, {
      caseId: detail.id,
      needId: oxygenNeedId(detail),
      itemId: item.id,
      gate,
      now: new Date(),
    });
    lend.mutate(body, { onSuccess: onLent });
  };
  return (
    <form className="form panel lending-lend" onSubmit={onSubmit} noValidate aria-busy={lend.isPending}>
      <h3>{t('lending.lend.heading', { label: item.label })}</h3>
      {lend.isError ? <ProblemAlert error={lend.error} /> : null}
      <div className="field-row">
        <TextField
          label={t('lending.lend.patientName')}
          name={field.patientName}
          value={draft.patientName}
          onChange={(e) => set({ patientName: e.target.value })}
          error={errors.patientName}
        />
        <TextField
          label={t('lending.lend.patientPhone')}
          hint={detail.requester.phonesRevealed ? undefined : t('lending.lend.phoneHint')}
          name={field.patientPhone}
          type="tel"
          inputMode="tel"
          value={draft.patientPhone}
          onChange={(e) => set({ patientPhone: e.target.value })}
          error={errors.patientPhone}
        />
        <TextField
          label={t('lending.lend.borrowerName')}
          name={field.borrowerName}
          value={draft.borrowerName}
          onChange={(e) => set({ borrowerName: e.target.value })}
          error={errors.borrowerName}
        />
        <TextField
          label={t('lending.lend.borrowerPhone')}
          name={field.borrowerPhone}
          type="tel"
          inputMode="tel"
          value={draft.borrowerPhone}
          onChange={(e) => set({ borrowerPhone: e.target.value })}
          error={errors.borrowerPhone}
        />
      </div>
      <TextField
        label={t('lending.lend.address')}
        name={field.address}
        value={draft.address}
        onChange={(e) => set({ address: e.target.value })}
        error={errors.address}
      />
      <div className="field-row">
        <SelectField
          label={t('lending.lend.language')}
          name={field.language}
          value={draft.language}
          onChange={(e) => set({ language: e.target.value as Language })}
        >
          {languages.map((language) => (
            <option key={language} value={language}>
              {t(`language.${language}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('lending.lend.channel')}
          name={field.channel}
          value={draft.channel}
          onChange={(e) => set({ channel: e.target.value as Channel })}
        >
          {reminderChannels.map((channel) => (
            <option key={channel} value={channel}>
              {t(`channel.${channel}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('lending.lend.idSeen')}
          name={field.idSeen}
          value={draft.idSeen}
          onChange={(e) => set({ idSeen: e.target.value as BorrowerIdKind | '' })}
          error={errors.idSeen}
        >
          <option value="">{t('lending.lend.idNone')}</option>
          {borrowerIdKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`lending.idKind.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('lending.lend.loanDays')}
          name={field.loanDays}
          inputMode="numeric"
          value={draft.loanDays}
          onChange={(e) => set({ loanDays: e.target.value })}
          error={errors.loanDays}
        />
      </div>

      <fieldset className="form-group">
        <legend>{t('lending.lend.deposit')}</legend>
        <div className="field-row">
          <SelectField
            label={t('lending.lend.depositMode')}
            name={field.depositMode}
            value={draft.depositMode}
            onChange={(e) => set({ depositMode: e.target.value as DepositMode })}
            error={errors['deposit.mode']}
          >
            {depositModes
              .filter((mode) => mode !== 'waived' || panel.can.waiveDeposit)
              .map((mode) => (
                <option key={mode} value={mode}>
                  {t(`lending.depositMode.${mode}`)}
                </option>
              ))}
          </SelectField>
          {held ? (
            <>
              <TextField
                label={t('lending.lend.depositAmount')}
                name={field.depositAmount}
                inputMode="numeric"
                value={draft.depositAmount}
                onChange={(e) => set({ depositAmount: e.target.value })}
                error={errors['deposit.amount']}
              />
              <TextField
                label={t('lending.lend.receiptNumber')}
                name={field.depositReceiptNumber}
                value={draft.receiptNumber}
                onChange={(e) => set({ receiptNumber: e.target.value })}
                error={errors['deposit.receiptNumber']}
              />
            </>
          ) : null}
        </div>
        {draft.depositMode === 'waived' ? (
          <TextField
            label={t('lending.lend.waiveReason')}
            name={field.depositReason}
            value={draft.waiveReason}
            onChange={(e) => set({ waiveReason: e.target.value })}
            error={errors['deposit.reason']}
          />
        ) : null}
      </fieldset>

      <fieldset className="form-group">
        <legend>{t('lending.lend.accessories')}</legend>
        <div className="field-row">
          {accessoryKinds.map((kind) => (
            <CheckboxField
              key={kind}
              label={t(`lending.kind.${kind}`)}
              name={`accessory-${kind}`}
              checked={draft.accessories.includes(kind)}
              onChange={(e) =>
                set({
                  accessories: e.target.checked
                    ? [...draft.accessories, kind]
                    : draft.accessories.filter((k) => k !== kind),
                })
              }
            />
          ))}
        </div>
      </fieldset>

      {mayOverride ? (
        <TextField
          label={t('lending.lend.overrideReason')}
          hint={t('lending.lend.overrideHint')}
          name={field.overrideReason}
          value={draft.overrideReason}
          onChange={(e) => set({ overrideReason: e.target.value })}
          error={errors.overrideReason}
        />
      ) : null}

      <CheckboxField
        label={t('lending.lend.handOverNow')}
        name={field.handOverNow}
        checked={draft.handOverNow}
        onChange={(e) => set({ handOverNow: e.target.checked })}
      />
      {draft.handOverNow ? (
        <TextField
          label={t('lending.handOver.byName')}
          name={field.handOverByName}
          value={draft.handedOverBy}
          onChange={(e) => set({ handedOverBy: e.target.value })}
          error={errors['handOver.byName']}
        />
      ) : null}
      <div className="form-actions">
        <button type="submit" disabled={lend.isPending}>
          {t('lending.lend.submit')}
        </button>
      </div>
    </form>
  );
}
