import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampDetail, RegistrationView } from '../../../shared/contracts/camps.js';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldErrors } from '../../components/problem-text';
import { currentLanguage } from '../../i18n';
import { RegistrationFields } from './RegistrationFields';
import { useRegister } from './camps-queries';
import { campField } from './field-names';
import { emptyRegistration, operatorBodyOf, type RegistrationDraft } from './registration-draft';
import { useCampTimes } from './use-camp-times';

/** The desk registers a donor who called, or a walk-in at the camp. */
export function RegisterDonorForm({ camp }: { camp: CampDetail }) {
  const { t } = useTranslation();
  const times = useCampTimes();
  const register = useRegister(camp.id);
  const [draft, setDraft] = useState<RegistrationDraft>(() => emptyRegistration(currentLanguage()));
  const [done, setDone] = useState<RegistrationView | null>(null);
  const errors = fieldErrors(register.error);
  const edit = <K extends keyof RegistrationDraft>(key: K, value: RegistrationDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    register.mutate(operatorBodyOf(draft), {
      onSuccess: (registration) => {
        setDone(registration);
        setDraft(emptyRegistration(draft.language));
      },
    });
  };
  return (
    <section className="panel" aria-labelledby="camp-register">
      <h2 id="camp-register">{t('camps.register.heading')}</h2>
      <form
        className="form"
        data-action={campField.register}
        onSubmit={submit}
        noValidate
        aria-busy={register.isPending}
      >
        {done !== null ? (
          <p className="success" role="status" data-registered={done.id}>
            {done.slotAt === null
              ? t('camps.register.doneWalkIn', { name: done.name })
              : t('camps.register.done', { name: done.name, time: times.time(done.slotAt) })}
          </p>
        ) : null}
        {register.isError && Object.keys(errors).length === 0 ? <ProblemAlert error={register.error} /> : null}
        <RegistrationFields draft={draft} edit={edit} errors={errors} slots={camp.slots} allowWalkIn askLanguage />
        <div className="form-actions">
          <button type="submit" disabled={register.isPending}>
            {t('camps.register.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
