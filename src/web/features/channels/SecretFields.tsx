import { useTranslation } from 'react-i18next';
import { secretsByProvider, type ChannelSecretName } from '../../../shared/contracts/channels.js';
import type { Provider } from '../../../shared/enums.js';
import { TextField } from '../../components/TextField';

export type SecretDraft = Partial<Record<ChannelSecretName, string>>;

interface SecretFieldsProps {
  provider: Provider;
  value: SecretDraft;
  onChange: (value: SecretDraft) => void;
  /** Messages by secret name (`secrets.accessToken` → `accessToken`). */
  errors: Record<string, string>;
  /** When editing: each secret as it is now, masked, or null when unset; a box left empty keeps it. */
  current?: Record<string, string | null>;
}

/** The secrets this provider needs, as password boxes that are never filled in from what is stored. */
export function SecretFields({ provider, value, onChange, errors, current }: SecretFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="form-group">
      <legend>{t('channels.form.secrets')}</legend>
      <p className="field-hint">{current ? t('channels.form.secretsKeepHint') : t('channels.form.secretsHint')}</p>
      {secretsByProvider[provider].map((name) => {
        const now = current?.[name];
        return (
          <TextField
            key={name}
            label={t(`channels.secret.${name}`)}
            hint={
              current === undefined
                ? t(`channels.secretHint.${name}`)
                : now
                  ? t('channels.form.secretNow', { value: now })
                  : t('channels.account.notSet')
            }
            type="password"
            name={name}
            value={value[name] ?? ''}
            onChange={(event) => onChange({ ...value, [name]: event.target.value })}
            error={errors[name]}
            autoComplete="new-password"
            spellCheck={false}
          />
        );
      })}
    </fieldset>
  );
}

/** The secrets typed in, for this provider only; empty boxes are left out. */
export function filledSecrets(provider: Provider, value: SecretDraft): SecretDraft {
  const filled: SecretDraft = {};
  for (const name of secretsByProvider[provider]) {
    const text = value[name]?.trim() ?? '';
    if (text !== '') filled[name] = text;
  }
  return filled;
}
