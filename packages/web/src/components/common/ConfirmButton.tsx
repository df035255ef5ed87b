import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Shown to assistive technology and as the tooltip, e.g. "Delete Brand department". */
  label: string;
  /** The question asked before the action runs. */
  question: string;
  onConfirm: () => void;
  disabled?: boolean;
  testId?: string;
  text?: string;
  /** The second step's button; "Yes, delete" unless the action is not a deletion. */
  confirmText?: string;
}

/**
 * A destructive action in two steps without a native dialog: the first press asks, the second
 * (on "Yes, delete") acts; "Cancel" or Escape backs out.
 */
export function ConfirmButton({ label, question, onConfirm, disabled, testId, text, confirmText }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className="btn btn-small btn-danger-ghost"
        aria-label={label}
        title={label}
        disabled={disabled}
        data-testid={testId}
        onClick={() => setAsking(true)}
      >
        {text ?? t('action.delete')}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question} onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}>
      <span className="confirm-question">{question}</span>
      <button
        type="button"
        className="btn btn-small btn-danger"
        autoFocus
        data-testid={testId ? `${testId}-confirm` : undefined}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmText ?? t('action.confirmDelete')}
      </button>
      <button type="button" className="btn btn-small btn-ghost" onClick={() => setAsking(false)}>
        {t('action.cancel')}
      </button>
    </span>
  );
}
