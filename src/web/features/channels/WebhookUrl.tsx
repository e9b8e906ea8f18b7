import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type CopyState = 'idle' | 'copied' | 'failed';

interface WebhookUrlProps {
  label: string;
  url: string;
  /** Whether the address is complete (its token unmasked), so worth copying. */
  canCopy: boolean;
}

/** An address to paste into the provider's settings, whole, with a button that copies it and says so. */
export function WebhookUrl({ label, url, canCopy }: WebhookUrlProps) {
  const { t } = useTranslation();
  const id = useId();
  const code = useRef<HTMLElement>(null);
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => {
    // The clipboard needs a secure page (https or localhost); elsewhere the address is selected for copying by hand.
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('failed');
      const selection = window.getSelection();
      if (code.current && selection) selection.selectAllChildren(code.current);
    }
  };
  return (
    <div className="webhook-url">
      <p id={id} className="webhook-url-label">
        {label}
      </p>
      <code ref={code} aria-labelledby={id} translate="no">
        {url}
      </code>
      {canCopy ? (
        <div className="form-actions">
          <button type="button" className="button-secondary" aria-describedby={id} onClick={() => void copy()}>
            {t('channels.account.copy')}
          </button>
          <span role="status" className={state === 'failed' ? 'webhook-url-failed' : 'webhook-url-copied'}>
            {state === 'copied'
              ? t('channels.account.copied')
              : state === 'failed'
                ? t('channels.account.copyFailed')
                : null}
          </span>
        </div>
      ) : null}
    </div>
  );
}
