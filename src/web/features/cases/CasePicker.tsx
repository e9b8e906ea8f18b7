import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { useLocalName } from '../../components/use-local-name';
import { useCaseList } from './case-queries';
import { useNeedsText } from './use-needs-text';

interface CasePickerProps {
  legend: string;
  /** The chosen case's id, or ''. */
  value: string;
  onChange: (caseId: string) => void;
  /** Cases that may not be chosen (the ones being acted on). */
  exclude: readonly string[];
  error?: string | undefined;
}

/** Finds another open case by reference, name or phone, and picks it (the original of a duplicate, a merge). */
export function CasePicker({ legend, value, onChange, exclude, error }: CasePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const localName = useLocalName();
  const needsText = useNeedsText();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const cases = useCaseList({ status: 'open', limit: 10, offset: 0, ...(q === '' ? {} : { q }) });
  const choices = (cases.data?.items ?? []).filter((item) => !exclude.includes(item.id));

  return (
    <fieldset className="case-picker" aria-invalid={Boolean(error)}>
      <legend>{legend}</legend>
      <label htmlFor={`${id}-search`}>{t('casePicker.search')}</label>
      <input
        id={`${id}-search`}
        type="search"
        value={search}
        placeholder={t('casePicker.placeholder')}
        onChange={(event) => setSearch(event.target.value)}
        autoComplete="off"
      />
      {error ? <p className="field-error">{error}</p> : null}
      {cases.isPending ? null : choices.length === 0 ? (
        <p className="field-hint">{t('casePicker.none')}</p>
      ) : (
        <ul className="plain-list case-picker-choices">
          {choices.map((item) => (
            <li key={item.id}>
              <label>
                <input
                  type="radio"
                  name={`${id}-case`}
                  value={item.id}
                  checked={value === item.id}
                  onChange={() => onChange(item.id)}
                />
                <span>
                  {t('casePicker.choice', {
                    reference: item.reference,
                    needs: needsText(item.needs),
                    district: localName(item.district),
                  })}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
