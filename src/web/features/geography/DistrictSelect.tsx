import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError';
import { SelectField } from '../../components/SelectField';
import { useLocalName } from '../../components/use-local-name';
import { useDistricts, useStates } from './use-geography';

/** District codes start with their state's code (`UP-KANPUR-NAGAR`): data/geography's code scheme. */
export function stateOfDistrict(code: string): string {
  return code.split('-')[0] ?? '';
}

interface DistrictSelectProps {
  /** A district code, or '' for none yet. */
  value: string;
  onChange: (code: string) => void;
  error?: string | undefined;
  /** Name for the district select, so the form reads like the API body. */
  name?: string;
  stateLabel?: string;
  districtLabel?: string;
  /** Offered when no district is chosen ("Any district" in a filter). */
  emptyLabel?: string;
}

/** State, then district: two short lists instead of one of 780. The state follows a district set from outside. */
export function DistrictSelect({
  value,
  onChange,
  error,
  name,
  stateLabel,
  districtLabel,
  emptyLabel,
}: DistrictSelectProps) {
  const { t, i18n } = useTranslation();
  const localName = useLocalName();
  const [chosenState, setChosenState] = useState(() => (value === '' ? '' : stateOfDistrict(value)));
  const state = value === '' ? chosenState : stateOfDistrict(value);
  const states = useStates();
  const districts = useDistricts(state === '' ? undefined : state);
  const byName = (a: { name: string; nameHi: string }, b: { name: string; nameHi: string }) =>
    localName(a).localeCompare(localName(b), i18n.language);

  if (states.isError) return <LoadError error={states.error} onRetry={() => void states.refetch()} />;
  return (
    <div className="district-select">
      <SelectField
        label={stateLabel ?? t('districtSelect.state')}
        value={state}
        onChange={(event) => {
          setChosenState(event.target.value);
          if (value !== '') onChange('');
        }}
      >
        <option value="">{t('districtSelect.chooseState')}</option>
        {[...(states.data ?? [])].sort(byName).map((s) => (
          <option key={s.code} value={s.code}>
            {localName(s)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={districtLabel ?? t('districtSelect.district')}
        name={name}
        value={value}
        disabled={state === ''}
        onChange={(event) => onChange(event.target.value)}
        error={error}
      >
        <option value="">{emptyLabel ?? t('districtSelect.chooseDistrict')}</option>
        {state === ''
          ? null
          : [...(districts.data ?? [])].sort(byName).map((d) => (
              <option key={d.code} value={d.code}>
                {localName(d)}
              </option>
            ))}
      </SelectField>
    </div>
  );
}
