import type { FormEvent, ReactNode } from 'react';
import { ProblemAlert } from './ProblemAlert';
import { fieldErrors } from './problem-text';

interface ActionFormProps {
  /** The feature whose styles frame it (`<area>-action`, `<area>-folded`). */
  area: 'lending' | 'thalassemia';
  heading: string;
  submitLabel: string;
  /** The mutation behind the form: its pending state and its problem (field problems are shown at their fields). */
  action: { isPending: boolean; isError: boolean; error: unknown };
  onSubmit: () => void;
  children: ReactNode;
  name: string;
  /** Folded under its heading until opened: the rarer actions, so a phone screen shows the common ones first. */
  folded?: boolean;
}

/** One action on a record (extend a loan, move a transfusion…): a small form under its heading, its problem on top. */
export function ActionForm({
  area,
  heading,
  submitLabel,
  action,
  onSubmit,
  children,
  name,
  folded = false,
}: ActionFormProps) {
  const errors = fieldErrors(action.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const form = (
    <form
      className={`form ${area}-action`}
      onSubmit={submit}
      noValidate
      aria-busy={action.isPending}
      data-action={name}
    >
      {folded ? null : <h3>{heading}</h3>}
      {action.isError && Object.keys(errors).length === 0 ? <ProblemAlert error={action.error} /> : null}
      {children}
      <div className="form-actions">
        <button type="submit" disabled={action.isPending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
  return folded ? (
    <details className={`${area}-folded`} data-folded={name}>
      <summary>{heading}</summary>
      {form}
    </details>
  ) : (
    form
  );
}
