import { useTranslation } from 'react-i18next';
import { describeProblem } from './problem-text';

/** A failed request, said plainly; re-rendered on a language switch so it follows the UI language. */
export function ProblemAlert({ error }: { error: unknown }) {
  useTranslation();
  const { title, detail } = describeProblem(error);
  return (
    <div className="problem" role="alert">
      <p className="problem-title">{title}</p>
      {detail ? <p className="problem-detail">{detail}</p> : null}
    </div>
  );
}
