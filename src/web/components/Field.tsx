import { useId, type ReactNode } from 'react';

/** What a field hands to its control so the label, hint, error and counter are announced with it. */
export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

/** A live count under a box with a limit: "120 of 2,000 characters", and said in red once past it. */
export interface FieldCounter {
  text: string;
  isOver: boolean;
}

interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  counter?: FieldCounter | undefined;
  children: (control: ControlProps) => ReactNode;
}

export function Field({ label, error, hint, counter, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const counterId = `${id}-counter`;
  const describedBy = [hint ? hintId : null, counter ? counterId : null, error ? errorId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy || undefined })}
      {counter ? (
        <p id={counterId} className={counter.isOver ? 'field-counter is-over' : 'field-counter'}>
          {counter.text}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
