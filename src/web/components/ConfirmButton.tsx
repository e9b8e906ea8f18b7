import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps {
  label: string;
  /** The question asked before acting, e.g. "Remove this membership?". */
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  isPending?: boolean;
}

/** A button for actions that take something away: it asks first, inline, in the page's language. */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, isPending = false }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [isAsking, setIsAsking] = useState(false);
  if (!isAsking) {
    return (
      <button type="button" className="button-secondary" onClick={() => setIsAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span className="confirm-question">{question}</span>
      <button
        type="button"
        className="button-danger"
        disabled={isPending}
        onClick={() => {
          onConfirm();
          setIsAsking(false);
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="button-secondary" onClick={() => setIsAsking(false)}>
        {t('common.cancel')}
      </button>
    </span>
  );
}
