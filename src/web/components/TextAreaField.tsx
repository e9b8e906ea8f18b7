import type { TextareaHTMLAttributes } from 'react';
import { Field, type FieldCounter } from './Field';

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  /** A live count of what is typed against the limit (no `maxLength`: pasted text is never cut off silently). */
  counter?: FieldCounter | undefined;
};

export function TextAreaField({ label, error, hint, counter, ...textarea }: TextAreaFieldProps) {
  return (
    <Field label={label} error={error} hint={hint} counter={counter}>
      {(control) => <textarea rows={3} {...textarea} {...control} />}
    </Field>
  );
}
