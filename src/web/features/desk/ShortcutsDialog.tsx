import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

type Meaning = 'search' | 'move' | 'open' | 'claim' | 'help' | 'close';

/** Keys as printed on a keyboard: the same in every language. */
const shortcuts: readonly { keys: readonly string[]; meaning: Meaning }[] = [
  { keys: ['/'], meaning: 'search' },
  { keys: ['j', 'k'], meaning: 'move' },
  { keys: ['Enter'], meaning: 'open' },
  { keys: ['c'], meaning: 'claim' },
  { keys: ['?'], meaning: 'help' },
  { keys: ['Esc'], meaning: 'close' },
];

/** The list of shortcuts, as a modal dialog: Escape or the button closes it, and focus goes back where it was. */
export function ShortcutsDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);
  return (
    <dialog ref={ref} className="shortcuts-dialog" aria-labelledby="shortcuts-heading" onClose={onClose}>
      <h2 id="shortcuts-heading">{t('desk.shortcuts.heading')}</h2>
      <dl className="shortcuts-list">
        {shortcuts.map(({ keys, meaning }) => (
          <div key={meaning}>
            <dt>
              {keys.map((key) => (
                <kbd key={key}>{key}</kbd>
              ))}
            </dt>
            <dd>{t(`desk.shortcuts.${meaning}`)}</dd>
          </div>
        ))}
      </dl>
      <p className="field-hint">{t('desk.shortcuts.whileTyping')}</p>
      <form method="dialog" className="form-actions">
        <button type="submit">{t('desk.shortcuts.done')}</button>
      </form>
    </dialog>
  );
}

/** The button that opens the list, for those who do not know the `?` key yet. */
export function ShortcutsButton({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button-secondary shortcuts-button" aria-keyshortcuts="?" onClick={onOpen}>
      {t('desk.shortcuts.showList')}
    </button>
  );
}
