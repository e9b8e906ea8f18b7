import { useId, useState, type FormEvent, type ReactNode, type RefObject } from 'react';

interface FilterPanelProps {
  /** Extra class for the panel (the shared look is `queue-filters`). */
  className?: string;
  search: {
    label: string;
    hint: string;
    button: string;
    name: string;
    /** The search the list shows now; the box starts with it. */
    value: string;
    placeholder?: string;
    /** Applies the trimmed text: on Enter or the button, never on each key. */
    onSearch: (q: string) => void;
    keyShortcut?: string;
  };
  /** The search box, for a keyboard shortcut that focuses it. */
  searchRef?: RefObject<HTMLInputElement | null>;
  /** The button that unfolds the choices on a phone ("Filters", "Filters (2)"). */
  toggleLabel: string;
  /** The choices; each applies at once. */
  children: (clearSearch: () => void) => ReactNode;
}

/** A list's search and filter choices: the search applies on Enter, on a phone the choices fold behind one button. */
export function FilterPanel({ className, search, searchRef, toggleLabel, children }: FilterPanelProps) {
  const id = useId();
  const [isOpen, setIsOpen] = useState(false);
  const [text, setText] = useState(search.value);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    search.onSearch(text.trim());
  };
  const classes = ['queue-filters', className, isOpen ? 'is-open' : null].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <form className="search" role="search" onSubmit={onSubmit}>
        <label htmlFor={`${id}-q`}>{search.label}</label>
        <p id={`${id}-q-hint`} className="field-hint">
          {search.hint}
        </p>
        <div className="search-row">
          <input
            ref={searchRef}
            id={`${id}-q`}
            type="search"
            name={search.name}
            value={text}
            placeholder={search.placeholder}
            aria-describedby={`${id}-q-hint`}
            aria-keyshortcuts={search.keyShortcut}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit">{search.button}</button>
        </div>
      </form>
      <button
        type="button"
        className="button-secondary queue-filters-toggle"
        aria-expanded={isOpen}
        aria-controls={`${id}-choices`}
        onClick={() => setIsOpen(!isOpen)}
      >
        {toggleLabel}
      </button>
      <div id={`${id}-choices`} className="queue-filter-choices">
        {children(() => setText(''))}
      </div>
    </div>
  );
}
