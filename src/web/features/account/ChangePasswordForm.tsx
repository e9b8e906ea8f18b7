import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangePasswordBody } from '../../../shared/contracts/auth.js';
import { send } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextField } from '../../components/TextField';
import { fieldErrors } from '../../components/problem-text';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useMutation({ mutationFn: (body: ChangePasswordBody) => send('POST', '/auth/password', body) });
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  // Only the repeat is checked here; the server alone decides what a valid password is.
  const [isMismatch, setIsMismatch] = useState(false);
  const errors = fieldErrors(change.error);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const mismatch = newPassword !== repeated;
    setIsMismatch(mismatch);
    if (mismatch) return;
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
          setRepeated('');
        },
      },
    );
  };

  return (
    <form className="form panel" onSubmit={onSubmit} noValidate aria-busy={change.isPending}>
      <h2>{t('account.password.heading')}</h2>
      {change.isError ? <ProblemAlert error={change.error} /> : null}
      {change.isSuccess ? (
        <p className="success" role="status">
          {t('account.password.changed')}
        </p>
      ) : null}
      <TextField
        label={t('account.password.current')}
        type="password"
        autoComplete="current-password"
        value={currentPassword}
        onChange={(e) => setCurrentPassword(e.target.value)}
        error={errors.currentPassword}
      />
      <TextField
        label={t('account.password.new')}
        hint={t('account.password.newHint')}
        type="password"
        autoComplete="new-password"
        value={newPassword}
        onChange={(e) => setNewPassword(e.target.value)}
        error={errors.newPassword}
      />
      <TextField
        label={t('account.password.repeat')}
        type="password"
        autoComplete="new-password"
        value={repeated}
        onChange={(e) => setRepeated(e.target.value)}
        error={isMismatch ? t('account.password.mismatch') : undefined}
      />
      <div className="form-actions">
        <button type="submit" disabled={change.isPending}>
          {t('account.password.submit')}
        </button>
      </div>
    </form>
  );
}
