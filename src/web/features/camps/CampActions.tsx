import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampDetail, InviteResult, ThankResult } from '../../../shared/contracts/camps.js';
import { aboRhGroups, type AboRhGroup } from '../../../shared/enums.js';
import { CheckboxField } from '../../components/CheckboxField';
import { TextField } from '../../components/TextField';
import { digits } from '../../components/form-values';
import { fieldErrors } from '../../components/problem-text';
import { useFormatNumber } from '../../components/use-format-number';
import { CampActionForm } from './CampActionForm';
import { useCancelCamp, useInvite, useMarkHeld, useThank } from './camps-queries';
import { campField } from './field-names';

/** The coordinator's steps the camp's `can` allows now: invite donors, mark it held, thank the donors, cancel it. */
export function CampActions({ camp }: { camp: CampDetail }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const { can } = camp;
  // Kept here, not in the form: thanking is once, so the form goes away with the answer and the counts stay.
  const [thanked, setThanked] = useState<ThankResult | null>(null);
  if (!(can.invite || can.markHeld || can.thank || can.cancel) && thanked === null) return null;
  return (
    <section className="panel camp-actions" aria-labelledby="camp-actions">
      <h2 id="camp-actions">{t('camps.actions.heading')}</h2>
      {can.invite ? <InviteForm campId={camp.id} /> : null}
      {can.markHeld ? <HeldForm campId={camp.id} /> : null}
      {can.thank ? <ThankForm campId={camp.id} onThanked={setThanked} /> : null}
      {thanked === null ? null : (
        <p className="success" role="status" data-queued={thanked.queued}>
          {t('camps.thank.done', { queued: formatNumber(thanked.queued), skipped: formatNumber(thanked.skipped) })}
        </p>
      )}
      {can.cancel ? <CancelForm campId={camp.id} /> : null}
    </section>
  );
}

function InviteForm({ campId }: { campId: string }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const invite = useInvite(campId);
  const [radiusKm, setRadiusKm] = useState('15');
  const [limit, setLimit] = useState('100');
  const [groups, setGroups] = useState<AboRhGroup[]>([]);
  const [result, setResult] = useState<InviteResult | null>(null);
  const errors = fieldErrors(invite.error);
  const n = (value: number) => formatNumber(value);
  return (
    <CampActionForm
      name={campField.invite}
      heading={t('camps.invite.heading')}
      submitLabel={t('camps.invite.submit')}
      action={invite}
      onSubmit={() => {
        setResult(null);
        invite.mutate(
          {
            radiusKm: Number(radiusKm),
            limit: Number(limit),
            ...(groups.length === 0 ? {} : { bloodGroups: groups }),
          },
          { onSuccess: setResult },
        );
      }}
      result={
        result === null ? null : (
          <div className="success camp-invite-result" role="status" data-invited={result.invited}>
            <p>{t('camps.invite.invited', { count: result.invited, n: n(result.invited) })}</p>
            <ul>
              <li data-skipped="contactLimit">
                {t('camps.invite.skipped.contactLimit', { n: n(result.skipped.contactLimit) })}
              </li>
              <li data-skipped="optedOut">{t('camps.invite.skipped.optedOut', { n: n(result.skipped.optedOut) })}</li>
              <li data-skipped="alreadyRegistered">
                {t('camps.invite.skipped.alreadyRegistered', { n: n(result.skipped.alreadyRegistered) })}
              </li>
              <li data-skipped="notEligible">
                {t('camps.invite.skipped.notEligible', { n: n(result.skipped.notEligible) })}
              </li>
            </ul>
          </div>
        )
      }
    >
      <p className="field-hint">{t('camps.invite.explain')}</p>
      <div className="field-row">
        <TextField
          label={t('camps.invite.radiusKm')}
          name={campField.radiusKm}
          inputMode="numeric"
          value={radiusKm}
          onChange={(event) => setRadiusKm(digits(event.target.value, 3))}
          error={errors.radiusKm}
        />
        <TextField
          label={t('camps.invite.limit')}
          name={campField.limit}
          inputMode="numeric"
          value={limit}
          onChange={(event) => setLimit(digits(event.target.value, 3))}
          error={errors.limit}
        />
      </div>
      <fieldset className="form-group camp-groups">
        <legend>{t('camps.invite.groups')}</legend>
        {aboRhGroups.map((group) => (
          <CheckboxField
            key={group}
            label={group}
            name={`${campField.bloodGroups}-${group}`}
            checked={groups.includes(group)}
            onChange={(event) =>
              setGroups(event.target.checked ? [...groups, group] : groups.filter((g) => g !== group))
            }
          />
        ))}
      </fieldset>
    </CampActionForm>
  );
}

function HeldForm({ campId }: { campId: string }) {
  const { t } = useTranslation();
  const held = useMarkHeld(campId);
  return (
    <CampActionForm
      name={campField.held}
      heading={t('camps.held.heading')}
      submitLabel={t('camps.held.submit')}
      action={held}
      onSubmit={() => held.mutate(undefined)}
    >
      <p className="field-hint">{t('camps.held.explain')}</p>
    </CampActionForm>
  );
}

function ThankForm({ campId, onThanked }: { campId: string; onThanked: (result: ThankResult) => void }) {
  const { t } = useTranslation();
  const thank = useThank(campId);
  return (
    <CampActionForm
      name={campField.thank}
      heading={t('camps.thank.heading')}
      submitLabel={t('camps.thank.submit')}
      action={thank}
      onSubmit={() => thank.mutate(undefined, { onSuccess: onThanked })}
    >
      <p className="field-hint">{t('camps.thank.explain')}</p>
    </CampActionForm>
  );
}

function CancelForm({ campId }: { campId: string }) {
  const { t } = useTranslation();
  const cancel = useCancelCamp(campId);
  const [reason, setReason] = useState('');
  const errors = fieldErrors(cancel.error);
  return (
    <CampActionForm
      name={campField.cancel}
      folded
      danger
      heading={t('camps.cancel.heading')}
      submitLabel={t('camps.cancel.submit')}
      action={cancel}
      onSubmit={() => cancel.mutate({ reason: reason.trim() })}
    >
      <p className="field-hint">{t('camps.cancel.explain')}</p>
      <TextField
        label={t('camps.cancel.reason')}
        name={campField.reason}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errors.reason}
      />
    </CampActionForm>
  );
}
