import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../shared/contracts/users.js';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldErrors } from '../../components/problem-text';
import { useCurrentSession } from '../auth/session-context';
import { useOrganisations } from '../organisations/organisations-queries';
import { MembershipFields } from './MembershipFields';
import { useAddMembership, emptyMembership, type MembershipDraft } from './people-queries';
import { roleChoices } from './role-choices';

export function AddMembershipForm({ person }: { person: UserView }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const organisations = useOrganisations();
  const add = useAddMembership(person.id);
  const [membership, setMembership] = useState<MembershipDraft>(emptyMembership);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(membership, { onSuccess: () => setMembership(emptyMembership) });
  };

  if (organisations.isPending) return <Loading />;
  if (organisations.isError)
    return <LoadError error={organisations.error} onRetry={() => void organisations.refetch()} />;
  return (
    <form className="form panel" onSubmit={onSubmit} noValidate aria-busy={add.isPending}>
      <h2>{t('membership.addHeading')}</h2>
      {add.isError ? <ProblemAlert error={add.error} /> : null}
      <MembershipFields
        value={membership}
        onChange={setMembership}
        roles={roleChoices(session)}
        organisations={organisations.data.filter((o) => o.can.addMembers)}
        errors={fieldErrors(add.error)}
      />
      <div className="form-actions">
        <button type="submit" disabled={add.isPending}>
          {t('membership.add')}
        </button>
      </div>
    </form>
  );
}
