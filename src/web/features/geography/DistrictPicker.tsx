import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useLocalName, type NamedPlace } from '../../components/use-local-name';
import { useDistricts, useStates } from './use-geography';

export interface DistrictOption extends NamedPlace {
  code: string;
}

interface DistrictPickerProps {
  legend: string;
  value: readonly DistrictOption[];
  onChange: (districts: DistrictOption[]) => void;
  error?: string | undefined;
}

/** Districts chosen state by state: pick a state, tick its districts; the chosen ones stay listed above. */
export function DistrictPicker({ legend, value, onChange, error }: DistrictPickerProps) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const [state, setState] = useState('');
  const states = useStates();
  const chosen = new Set(value.map((district) => district.code));

  const toggle = (district: DistrictOption) =>
    onChange(chosen.has(district.code) ? value.filter((d) => d.code !== district.code) : [...value, district]);

  return (
    <fieldset className="district-picker" aria-invalid={Boolean(error)}>
      <legend>{legend}</legend>
      {value.length === 0 ? (
        <p className="field-hint">{t('districtPicker.noneChosen')}</p>
      ) : (
        <ul className="chips" aria-label={t('districtPicker.chosen')}>
          {value.map((district) => (
            <li key={district.code} className="chip">
              {localName(district)}
              <button
                type="button"
                className="chip-remove"
                aria-label={t('districtPicker.remove', { name: localName(district) })}
                onClick={() => toggle(district)}
              />
            </li>
          ))}
        </ul>
      )}
      {error ? <p className="field-error">{error}</p> : null}
      {states.isPending ? (
        <Loading />
      ) : states.isError ? (
        <LoadError error={states.error} onRetry={() => void states.refetch()} />
      ) : (
        <SelectField label={t('districtPicker.state')} value={state} onChange={(event) => setState(event.target.value)}>
          <option value="">{t('districtPicker.chooseState')}</option>
          {states.data.map((s) => (
            <option key={s.code} value={s.code}>
              {localName(s)}
            </option>
          ))}
        </SelectField>
      )}
      {state === '' ? null : <StateDistricts key={state} state={state} chosen={chosen} onToggle={toggle} />}
    </fieldset>
  );
}

interface StateDistrictsProps {
  state: string;
  chosen: ReadonlySet<string>;
  onToggle: (district: DistrictOption) => void;
}

function StateDistricts({ state, chosen, onToggle }: StateDistrictsProps) {
  const { t, i18n } = useTranslation();
  const localName = useLocalName();
  const [filter, setFilter] = useState('');
  const districts = useDistricts(state);

  if (districts.isPending) return <Loading />;
  if (districts.isError) return <LoadError error={districts.error} onRetry={() => void districts.refetch()} />;

  const needle = filter.trim().toLocaleLowerCase();
  const shown = districts.data
    .filter((d) => needle === '' || d.name.toLocaleLowerCase().includes(needle) || d.nameHi.includes(needle))
    .sort((a, b) => localName(a).localeCompare(localName(b), i18n.language));

  return (
    <div className="state-districts">
      <TextField
        label={t('districtPicker.filter')}
        type="search"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      <ul className="checklist">
        {shown.map((district) => (
          <li key={district.code}>
            <label>
              <input type="checkbox" checked={chosen.has(district.code)} onChange={() => onToggle(district)} />
              {localName(district)}
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
