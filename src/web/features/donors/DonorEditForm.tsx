import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateDonorBody, type DonorView } from '../../../shared/contracts/donors.js';
import { fieldErrors } from '../../components/problem-text';
import { actorFrom } from '../auth/actor';
import { useCurrentSession } from '../auth/session-context';
import { DonorForm } from './DonorForm';
import type { DonorDraft } from './donor-draft';
import { draftFromDonor, updateBodyFrom } from './donor-edit';
import { healthDistricts } from './donor-reach';
import { useUpdateDonor } from './donors-queries';

/** Fills in or corrects the donor's record (the phone stays: it is their key). */
export function DonorEditForm({ donor, onDone }: { donor: DonorView; onDone: () => void }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const [draft, setDraft] = useState<DonorDraft>(() => draftFromDonor(donor));
  const [attempt, setAttempt] = useState(0);
  const update = useUpdateDonor(donor.id);
  return (
    <section className="panel donor-edit" aria-labelledby="donor-edit-heading">
      <h2 id="donor-edit-heading">{t('donors.edit.heading')}</h2>
      <DonorForm
        draft={draft}
        onChange={setDraft}
        errors={fieldErrors(update.error, updateDonorBody)}
        failure={update.isError ? { error: update.error, attempt } : null}
        isNew={false}
        districts={healthDistricts(actorFrom(session))}
        isPending={update.isPending}
        submitLabel={t('donors.edit.submit')}
        onSubmit={() => {
          setAttempt((n) => n + 1);
          update.mutate(updateBodyFrom(draft), { onSuccess: onDone });
        }}
        onCancel={onDone}
      />
    </section>
  );
}
