import { useLocalName } from '../../components/use-local-name';
import { useDistricts } from './use-geography';

/** Turns district codes into names in the UI language; codes stand in until the list has loaded. */
export function useDistrictNames(): (codes: readonly string[]) => string[] {
  const districts = useDistricts();
  const localName = useLocalName();
  const byCode = new Map((districts.data ?? []).map((district) => [district.code, district]));
  return (codes) =>
    codes.map((code) => {
      const district = byCode.get(code);
      return district ? localName(district) : code;
    });
}
