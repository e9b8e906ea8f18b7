import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/contracts/organisations.js';
import type { Role } from '../../../shared/enums.js';
import { SelectField } from '../../components/SelectField';
import { useLocalName } from '../../components/use-local-name';
import type { MembershipDraft } from './people-queries';

interface MembershipFieldsProps {
  value: MembershipDraft;
  onChange: (membership: MembershipDraft) => void;
  roles: readonly Role[];
  /** Organisations the signed-in person may add members to. */
  organisations: readonly OrganisationView[];
  /** Per-field messages, keyed `role`, `organisationId`, `districts`. */
  errors: Record<string, string | undefined>;
}

/** Role, organisation and districts: what one membership grants. */
export function MembershipFields({ value, onChange, roles, organisations, errors }: MembershipFieldsProps) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const isAdminRole = value.role === 'admin';
  const organisation = organisations.find((o) => o.id === value.organisationId);

  const toggleDistrict = (code: string) =>
    onChange({
      ...value,
      districts: value.districts.includes(code)
        ? value.districts.filter((d) => d !== code)
        : [...value.districts, code],
    });

  return (
    <>
      <SelectField
        label={t('membership.role')}
        value={value.role}
        // A platform admin belongs to no organisation, so choosing that role clears it.
        onChange={(e) => {
          const role = e.target.value as Role | '';
          onChange(role === 'admin' ? { role, organisationId: null, districts: [] } : { ...value, role });
        }}
        error={errors.role}
      >
        <option value="">{t('membership.chooseRole')}</option>
        {roles.map((role) => (
          <option key={role} value={role}>
            {t(`role.${role}`)}
          </option>
        ))}
      </SelectField>
      {isAdminRole ? null : (
        <SelectField
          label={t('membership.organisation')}
          value={value.organisationId ?? ''}
          onChange={(e) => onChange({ ...value, organisationId: e.target.value || null, districts: [] })}
          error={errors.organisationId}
        >
          <option value="">{t('membership.chooseOrganisation')}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
      )}
      {organisation && !isAdminRole ? (
        <fieldset className="checklist-fieldset">
          <legend>{t('membership.districts')}</legend>
          <p className="field-hint">{t('membership.districtsHint')}</p>
          <ul className="checklist">
            {organisation.districts.map((district) => (
              <li key={district.code}>
                <label>
                  <input
                    type="checkbox"
                    checked={value.districts.includes(district.code)}
                    onChange={() => toggleDistrict(district.code)}
                  />
                  {localName(district)}
                </label>
              </li>
            ))}
          </ul>
          {errors.districts ? <p className="field-error">{errors.districts}</p> : null}
        </fieldset>
      ) : null}
    </>
  );
}
