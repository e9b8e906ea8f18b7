import { useEffect, useId, useRef, type MouseEvent } from 'react';

export interface ErrorSummaryItem {
  /** The control's `name` (the request body's path), so the link can find it. */
  field: string;
  message: string;
}

interface ErrorSummaryProps {
  title: string;
  detail?: string | undefined;
  items?: readonly ErrorSummaryItem[];
  /** Changes with every failed attempt: the summary then takes focus and scrolls into view, again and again. */
  focusKey: number;
}

const enabledControl = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled])';

/**
 * The control a summary link leads to: the one named so, or the first of a list (`needs` → `needs.0.resource`).
 * A disabled one (a district before its state is chosen) hands over to the first control of its group that is not.
 */
function controlFor(from: HTMLElement, field: string): HTMLElement | null {
  const scope = from.closest('form') ?? document;
  const name = CSS.escape(field);
  const named = scope.querySelector<HTMLElement>(`[name="${name}"], [name^="${name}."]`);
  if (named === null || !named.matches(':disabled')) return named;
  return named.closest('.field')?.parentElement?.querySelector<HTMLElement>(enabledControl) ?? named;
}

/**
 * What is wrong with a form, at its top: focused and scrolled into view after each failed attempt (on a phone the
 * button is far below), each problem a link that takes the person to its field.
 */
export function ErrorSummary({ title, detail, items = [], focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    const box = ref.current;
    if (box === null) return;
    box.scrollIntoView({ block: 'start' });
    box.focus({ preventScroll: true });
  }, [focusKey]);

  const goTo = (event: MouseEvent, field: string) => {
    const box = ref.current;
    const control = box === null ? null : controlFor(box, field);
    if (control === null) return;
    event.preventDefault();
    control.focus({ preventScroll: true });
    control.scrollIntoView({ block: 'center' });
  };

  return (
    <div ref={ref} className="problem error-summary" role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <p id={titleId} className="problem-title">
        {title}
      </p>
      {detail ? <p className="problem-detail">{detail}</p> : null}
      {items.length > 0 ? (
        <ul className="error-summary-list">
          {items.map((item) => (
            <li key={item.field}>
              <a href={`#${item.field}`} data-field={item.field} onClick={(event) => goTo(event, item.field)}>
                {item.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
