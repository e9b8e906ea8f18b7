import { useTranslation } from 'react-i18next';
import { aboRhGroups, donorProducts, languages, weightBands, type WeightBand } from '../../../shared/enums.js';
import { CheckboxField } from '../../components/CheckboxField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { digits } from '../../components/form-values';
import { SexSelect } from '../cases/SexSelect';
import { DistrictSelect } from '../geography/DistrictSelect';
import {
  donateChannels,
  donateFields,
  stopWord,
  unknownGroup,
  type DonateDraft,
  type GroupChoice,
} from './donate-draft';

interface DonateFieldsProps {
  draft: DonateDraft;
  edit: <K extends keyof DonateDraft>(key: K, value: DonateDraft[K]) => void;
  /** Words for each field's problem, by the body's field name. */
  errors: Record<string, string>;
  /** Today, as an ISO day: no date of birth or last donation after it. */
  today: string;
}

/** The browser's own word for a date of birth, so it can offer the one it knows. */
const birthdayAutocomplete = 'bday';

const weightWords = {
  '<45': 'donate.who.weight.under45',
  '45-55': 'donate.who.weight.from45to55',
  '>55': 'donate.who.weight.over55',
} as const satisfies Record<WeightBand, string>;

/**
 * The registration's fields, named after the body's fields so errors and tests find them in any language. Short
 * lists are selects (one tap on a phone); the products are checkboxes, whole blood ticked to begin with.
 */
export function DonateFields({ draft, edit, errors, today }: DonateFieldsProps) {
  const { t } = useTranslation();
  const toggleProduct = (product: DonateDraft['products'][number]) =>
    edit(
      'products',
      draft.products.includes(product) ? draft.products.filter((p) => p !== product) : [...draft.products, product],
    );
  return (
    <>
      <fieldset className="form-group">
        <legend>{t('donate.who.heading')}</legend>
        <TextField
          label={t('donate.who.name')}
          hint={t('donate.who.nameHint')}
          name={donateFields.name}
          value={draft.name}
          onChange={(event) => edit('name', event.target.value)}
          error={errors.name}
          autoComplete="name"
        />
        <TextField
          label={t('donate.who.phone')}
          hint={t('donate.who.phoneHint')}
          type="tel"
          inputMode="tel"
          name={donateFields.phone}
          value={draft.phone}
          onChange={(event) => edit('phone', event.target.value)}
          error={errors.phone}
          autoComplete="tel"
        />
        <div className="field-row">
          <SexSelect
            label={t('donate.who.sex')}
            name={donateFields.sex}
            value={draft.sex}
            onChange={(sex) => edit('sex', sex)}
            error={errors.sex}
            emptyLabel={t('donate.choose')}
          />
          <SelectField
            label={t('donate.who.weightBand')}
            name={donateFields.weightBand}
            value={draft.weightBand}
            onChange={(event) => edit('weightBand', event.target.value as DonateDraft['weightBand'])}
            error={errors.weightBand}
          >
            <option value="">{t('donate.choose')}</option>
            {weightBands.map((band) => (
              <option key={band} value={band}>
                {t(weightWords[band])}
              </option>
            ))}
          </SelectField>
        </div>
        <TextField
          label={t('donate.who.dateOfBirth')}
          hint={t('donate.who.dateOfBirthHint')}
          type="date"
          name={donateFields.dateOfBirth}
          max={today}
          value={draft.dateOfBirth}
          onChange={(event) => edit('dateOfBirth', event.target.value)}
          error={errors.dateOfBirth}
          autoComplete={birthdayAutocomplete}
        />
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('donate.blood.heading')}</legend>
        <SelectField
          label={t('donate.blood.group')}
          hint={t('donate.blood.groupHint')}
          name={donateFields.bloodGroup}
          value={draft.bloodGroup}
          onChange={(event) => edit('bloodGroup', event.target.value as GroupChoice)}
          error={errors.bloodGroup}
        >
          <option value="">{t('donate.choose')}</option>
          {aboRhGroups.map((group) => (
            <option key={group} value={group}>
              {group}
            </option>
          ))}
          <option value={unknownGroup}>{t('donate.blood.groupUnknown')}</option>
        </SelectField>
        <fieldset className="checklist-fieldset">
          <legend>{t('donate.blood.products')}</legend>
          <p className="field-hint">{t('donate.blood.productsHint')}</p>
          <ul className="checklist">
            {donorProducts.map((product) => (
              <li key={product}>
                <label>
                  <input
                    type="checkbox"
                    name="products"
                    value={product}
                    checked={draft.products.includes(product)}
                    onChange={() => toggleProduct(product)}
                    aria-invalid={Boolean(errors.products)}
                  />
                  {t(`blood.product.${product}`)}
                </label>
              </li>
            ))}
          </ul>
          {errors.products ? <p className="field-error">{errors.products}</p> : null}
        </fieldset>
        <TextField
          label={t('donate.blood.lastDonation')}
          hint={t('donate.blood.lastDonationHint')}
          type="date"
          name={donateFields.lastDonation}
          max={today}
          value={draft.lastDonation}
          onChange={(event) => edit('lastDonation', event.target.value)}
          error={errors.lastDonation}
        />
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('donate.where.heading')}</legend>
        <DistrictSelect
          value={draft.district}
          onChange={(code) => edit('district', code)}
          name={donateFields.district}
          error={errors.district}
        />
        <TextField
          label={t('donate.where.locality')}
          name={donateFields.locality}
          value={draft.locality}
          onChange={(event) => edit('locality', event.target.value)}
          error={errors.locality}
        />
        <TextField
          label={t('donate.where.pincode')}
          hint={t('donate.where.pincodeHint')}
          name={donateFields.pincode}
          inputMode="numeric"
          autoComplete="postal-code"
          value={draft.pincode}
          onChange={(event) => edit('pincode', digits(event.target.value, 6))}
          error={errors.pincode}
        />
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('donate.contact.heading')}</legend>
        <div className="field-row">
          <SelectField
            label={t('donate.contact.language')}
            name={donateFields.language}
            value={draft.language}
            onChange={(event) => edit('language', event.target.value as DonateDraft['language'])}
            error={errors.language}
          >
            {languages.map((language) => (
              <option key={language} value={language} lang={language}>
                {t(`language.${language}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('donate.contact.channel')}
            name={donateFields.preferredChannel}
            value={draft.channel}
            onChange={(event) => edit('channel', event.target.value as DonateDraft['channel'])}
            error={errors.preferredChannel}
          >
            {donateChannels.map((channel) => (
              <option key={channel} value={channel}>
                {t(`donate.contact.channelOption.${channel}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </fieldset>
      <CheckboxField
        label={t('donate.consent', { stop: stopWord })}
        name={donateFields.consent}
        checked={draft.consent}
        onChange={(event) => edit('consent', event.target.checked)}
        error={errors.consent}
      />
    </>
  );
}
