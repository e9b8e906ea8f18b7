import { useTranslation } from 'react-i18next';
import {
  aboRhGroups,
  donorCategories,
  languages,
  type AboRhGroup,
  type DonorCategory,
  type Language,
} from '../../../shared/enums.js';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useNowEachMinute } from '../../components/use-now';
import { campField, firstFreeSlot, walkInSlot } from './field-names';
import type { RegistrationDraft } from './registration-draft';
import { useCampTimes } from './use-camp-times';

interface RegistrationFieldsProps {
  draft: RegistrationDraft;
  edit: <K extends keyof RegistrationDraft>(key: K, value: RegistrationDraft[K]) => void;
  errors: Record<string, string>;
  /** The slots still to come with a free place. */
  slots: { startsAt: string; endsAt: string; free: number }[];
  /** The desk may register a walk-in (no slot) at the camp. */
  allowWalkIn: boolean;
  /** The desk asks which language to message the donor in; the public page takes the one on screen. */
  askLanguage: boolean;
}

/** Name, phone, blood group (optional), category, and a time slot: the same on the desk's form and the public page. */
export function RegistrationFields({ draft, edit, errors, slots, allowWalkIn, askLanguage }: RegistrationFieldsProps) {
  const { t } = useTranslation();
  const times = useCampTimes();
  const now = useNowEachMinute();
  return (
    <>
      <TextField
        label={t('camps.register.name')}
        name={campField.name}
        autoComplete="name"
        value={draft.name}
        onChange={(event) => edit('name', event.target.value)}
        error={errors.name}
      />
      <TextField
        label={t('camps.register.phone')}
        hint={t('camps.register.phoneHint')}
        name={campField.phone}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        value={draft.phone}
        onChange={(event) => edit('phone', event.target.value)}
        error={errors.phone}
      />
      <div className="field-row">
        <SelectField
          label={t('camps.register.bloodGroup')}
          name={campField.bloodGroup}
          value={draft.bloodGroup}
          onChange={(event) => edit('bloodGroup', event.target.value as AboRhGroup | '')}
          error={errors.bloodGroup}
        >
          <option value="">{t('camps.register.groupUnknown')}</option>
          {aboRhGroups.map((group) => (
            <option key={group} value={group}>
              {group}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('camps.register.category')}
          name={campField.category}
          value={draft.category}
          onChange={(event) => edit('category', event.target.value as DonorCategory)}
          error={errors.category}
        >
          {donorCategories.map((category) => (
            <option key={category} value={category}>
              {t(`donors.category.${category}`)}
            </option>
          ))}
        </SelectField>
        {askLanguage ? (
          <SelectField
            label={t('camps.register.language')}
            name={campField.language}
            value={draft.language}
            onChange={(event) => edit('language', event.target.value as Language)}
            error={errors.language}
          >
            {languages.map((language) => (
              <option key={language} value={language}>
                {t(`language.${language}`)}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      <SelectField
        label={t('camps.register.slot')}
        name={campField.slotAt}
        value={draft.slot}
        onChange={(event) => edit('slot', event.target.value)}
        error={errors.slotAt}
      >
        <option value={firstFreeSlot}>{t('camps.register.firstFree')}</option>
        {slots
          .filter((slot) => slot.free > 0 && Date.parse(slot.endsAt) > now)
          .map((slot) => (
            <option key={slot.startsAt} value={slot.startsAt}>
              {t('camps.register.slotOption', { hours: times.hours(slot.startsAt, slot.endsAt), count: slot.free })}
            </option>
          ))}
        {allowWalkIn ? <option value={walkInSlot}>{t('camps.register.walkIn')}</option> : null}
      </SelectField>
    </>
  );
}
