import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelAccountView } from '../../../shared/contracts/channels.js';
import { providers, type CaseStatus, type Provider } from '../../../shared/enums.js';
import { CheckboxField } from '../../components/CheckboxField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { fieldErrors } from '../../components/problem-text';
import { fieldErrorsUnder } from '../people/field-errors-under';
import { NotifyOnField } from './NotifyOnField';
import { filledSecrets, SecretFields, type SecretDraft } from './SecretFields';
import { useCreateChannelAccount, useUpdateChannelAccount } from './channels-queries';

interface ChannelAccountFormProps {
  organisationId: string;
  /** The account to edit; none to add a new one. */
  account?: ChannelAccountView;
  onDone: () => void;
}

/** Named like the body's fields, so the server's messages land next to them. */
const fields = {
  provider: 'provider',
  address: 'address',
  label: 'label',
  enabled: 'enabled',
  secrets: 'secrets',
  searches: 'searches',
} as const;

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** Adding sets the provider and address for good; editing changes the rest, and replaces secrets one by one. */
export function ChannelAccountForm({ organisationId, account, onDone }: ChannelAccountFormProps) {
  const { t } = useTranslation();
  const create = useCreateChannelAccount();
  const update = useUpdateChannelAccount(account?.id ?? '');
  const mutation = account ? update : create;
  const [provider, setProvider] = useState<Provider>(account?.provider ?? 'whatsapp');
  const [address, setAddress] = useState('');
  const [label, setLabel] = useState(account?.label ?? '');
  const [enabled, setEnabled] = useState(account?.enabled ?? true);
  const [secrets, setSecrets] = useState<SecretDraft>({});
  const [searches, setSearches] = useState(account?.searches.join('\n') ?? '');
  const [notifyOn, setNotifyOn] = useState<CaseStatus[]>(account?.notifyOn ?? []);
  const errors = fieldErrors(mutation.error);
  const secretErrors = fieldErrorsUnder(errors, fields.secrets);
  const searchErrors = fieldErrorsUnder(errors, fields.searches);
  const isTwitter = provider === 'twitter';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const filled = filledSecrets(provider, secrets);
    if (account) {
      update.mutate(
        {
          label,
          enabled,
          notifyOn,
          ...(Object.keys(filled).length > 0 ? { secrets: filled } : {}),
          ...(isTwitter ? { searches: lines(searches) } : {}),
        },
        { onSuccess: onDone },
      );
    } else {
      create.mutate(
        {
          organisationId,
          provider,
          address,
          label,
          enabled,
          secrets: filled,
          searches: isTwitter ? lines(searches) : [],
        },
        { onSuccess: onDone },
      );
    }
  };

  return (
    <form className="form panel channel-account-form" onSubmit={onSubmit} noValidate aria-busy={mutation.isPending}>
      <h2>{account ? t('channels.form.editHeading', { label: account.label }) : t('channels.form.addHeading')}</h2>
      {mutation.isError ? <ProblemAlert error={mutation.error} /> : null}
      {account ? null : (
        <>
          <SelectField
            label={t('channels.form.provider')}
            name={fields.provider}
            value={provider}
            onChange={(event) => setProvider(event.target.value as Provider)}
            error={errors.provider}
          >
            {providers.map((p) => (
              <option key={p} value={p}>
                {t(`provider.${p}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('channels.form.address')}
            hint={t(`channels.addressHint.${provider}`)}
            name={fields.address}
            value={address}
            onChange={(event) => setAddress(event.target.value)}
            error={errors.address}
            autoComplete="off"
            spellCheck={false}
          />
        </>
      )}
      <TextField
        label={t('channels.form.label')}
        hint={t('channels.form.labelHint')}
        name={fields.label}
        value={label}
        onChange={(event) => setLabel(event.target.value)}
        error={errors.label}
        autoComplete="off"
      />
      <CheckboxField
        label={t('channels.form.enabled')}
        name={fields.enabled}
        checked={enabled}
        onChange={(event) => setEnabled(event.target.checked)}
        error={errors.enabled}
      />
      <SecretFields
        provider={provider}
        value={secrets}
        onChange={setSecrets}
        errors={secretErrors}
        {...(account ? { current: account.secrets } : {})}
      />
      {isTwitter ? (
        <TextAreaField
          label={t('channels.form.searches')}
          hint={t('channels.form.searchesHint')}
          name={fields.searches}
          rows={4}
          value={searches}
          onChange={(event) => setSearches(event.target.value)}
          error={Object.values(searchErrors)[0]}
        />
      ) : null}
      {account ? <NotifyOnField value={notifyOn} onChange={setNotifyOn} error={errors.notifyOn} /> : null}
      <div className="form-actions">
        <button type="submit" disabled={mutation.isPending}>
          {account ? t('common.save') : t('channels.form.add')}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
