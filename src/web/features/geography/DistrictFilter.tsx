import { SelectField } from '../../components/SelectField';
import { DistrictSelect } from './DistrictSelect';
import { useDistrictNames } from './use-district-names';

interface DistrictFilterProps {
  /** The districts the person works in; null for everywhere (admins), who pick state then district. */
  districts: readonly string[] | null;
  value: string;
  onChange: (district: string) => void;
  name: string;
  labels: { district: string; anyDistrict: string; allMyDistricts: string };
}

/** A list's district choice: state then district for admins, the person's own districts for others (none for one). */
export function DistrictFilter({ districts, value, onChange, name, labels }: DistrictFilterProps) {
  const districtNames = useDistrictNames();
  if (districts === null) {
    return (
      <DistrictSelect
        value={value}
        onChange={onChange}
        districtLabel={labels.district}
        emptyLabel={labels.anyDistrict}
      />
    );
  }
  if (districts.length <= 1) return null;
  const names = districtNames(districts);
  return (
    <SelectField label={labels.district} name={name} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{labels.allMyDistricts}</option>
      {districts.map((code, index) => (
        <option key={code} value={code}>
          {names[index]}
        </option>
      ))}
    </SelectField>
  );
}
