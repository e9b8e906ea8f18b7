import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

type CopyState = 'idle' | 'copied' | 'failed';

/** The address to paste into the provider's webhook settings, with a button that copies it. */
export function WebhookUrl({ url }: { url: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => {
    // The clipboard needs a secure page (https or localhost); elsewhere the address can still be selected.
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="webhook-url">
      <p id={id} className="webhook-url-label">
        {t('channels.account.webhookUrl')}
      </p>
      <code aria-labelledby={id}>{url}</code>
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={() => void copy()}>
          {t('channels.account.copy')}
        </button>
        <span role="status">
          {state === 'copied'
            ? t('channels.account.copied')
            : state === 'failed'
              ? t('channels.account.copyFailed')
              : null}
        </span>
      </div>
    </div>
  );
}
