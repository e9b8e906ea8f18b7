import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateCaseBody } from '../../../shared/contracts/cases.js';
import type { CaseDetail, UpdateCaseBody } from '../../../shared/contracts/cases.js';
import { languages, type Language, type PatientCondition, type Sex } from '../../../shared/enums.js';
import { CheckboxField } from '../../components/CheckboxField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { digits, optionalNumber, optionalText } from '../../components/form-values';
import { fieldErrors } from '../../components/problem-text';
import { fieldErrorsUnder } from '../people/field-errors-under';
import { DistrictSelect } from '../geography/DistrictSelect';
import { useUpdateCase } from './case-queries';
import { ConditionsChecklist } from './ConditionsChecklist';
import { draftFromNeed, needFromDraft, type NeedDraft } from './need-draft';
import { NeedsEditor } from './NeedsEditor';
import { SexSelect } from './SexSelect';

const text = (value: string | null) => value ?? '';

/** Corrects what the case says. Only what changed is sent, so the timeline shows exactly the corrections. */
export function EditCaseForm({ detail, onDone }: { detail: CaseDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateCase(detail.id);
  const [requesterName, setRequesterName] = useState(text(detail.requester.name));
  const [language, setLanguage] = useState<Language>(detail.requester.language);
  const [consent, setConsent] = useState(detail.requester.consentToShare);
  const [patientName, setPatientName] = useState(text(detail.patient.name));
  const [age, setAge] = useState(detail.patient.age === null ? '' : String(detail.patient.age));
  const [sex, setSex] = useState<Sex | ''>(detail.patient.sex ?? '');
  const [conditions, setConditions] = useState<PatientCondition[]>(detail.patient.conditions);
  const [spo2, setSpo2] = useState(detail.patient.spo2 === null ? '' : String(detail.patient.spo2));
  const [district, setDistrict] = useState(detail.district.code);
  const [locality, setLocality] = useState(text(detail.location.locality));
  const [address, setAddress] = useState(text(detail.location.address));
  const [pincode, setPincode] = useState(text(detail.location.pincode));
  const [hospital, setHospital] = useState(text(detail.location.hospital));
  const [needs, setNeeds] = useState<NeedDraft[]>(() => detail.needs.map(draftFromNeed));
  const [needsChanged, setNeedsChanged] = useState(false);
  const errors = fieldErrors(update.error, updateCaseBody);
  const needsErrors = fieldErrorsUnder(errors, 'needs');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body: UpdateCaseBody = {};
    const requester: NonNullable<UpdateCaseBody['requester']> = {};
    if (optionalText(requesterName) !== detail.requester.name) requester.name = optionalText(requesterName);
    if (language !== detail.requester.language) requester.language = language;
    if (consent !== detail.requester.consentToShare) requester.consentToShare = consent;
    if (Object.keys(requester).length > 0) body.requester = requester;

    const patient: NonNullable<UpdateCaseBody['patient']> = {};
    if (optionalText(patientName) !== detail.patient.name) patient.name = optionalText(patientName);
    if (optionalNumber(age) !== detail.patient.age) patient.age = optionalNumber(age);
    if ((sex || null) !== detail.patient.sex) patient.sex = sex || null;
    if (conditions.join() !== detail.patient.conditions.join()) patient.conditions = conditions;
    if (optionalNumber(spo2) !== detail.patient.spo2) patient.spo2 = optionalNumber(spo2);
    if (Object.keys(patient).length > 0) body.patient = patient;

    const location: NonNullable<UpdateCaseBody['location']> = {};
    if (district !== detail.district.code) location.district = district;
    if (optionalText(locality) !== detail.location.locality) location.locality = optionalText(locality);
    if (optionalText(address) !== detail.location.address) location.address = optionalText(address);
    if (optionalText(pincode) !== detail.location.pincode) location.pincode = optionalText(pincode);
    if (optionalText(hospital) !== detail.location.hospital) location.hospital = optionalText(hospital);
    if (Object.keys(location).length > 0) body.location = location;

    if (needsChanged) body.needs = needs.map(needFromDraft);
    if (Object.keys(body).length === 0) {
      onDone();
      return;
    }
    update.mutate(body, { onSuccess: onDone });
  };

  return (
    <form className="form panel edit-case" onSubmit={onSubmit} noValidate aria-busy={update.isPending}>
      <h2>{t('case.edit.heading')}</h2>
      {update.isError ? <ProblemAlert error={update.error} /> : null}
      <fieldset className="form-group">
        <legend>{t('case.patient.heading')}</legend>
        <TextField
          label={t('case.patient.name')}
          value={patientName}
          onChange={(e) => setPatientName(e.target.value)}
          error={errors['patient.name']}
          autoComplete="off"
        />
        <div className="field-row">
          <TextField
            label={t('case.patient.age')}
            inputMode="numeric"
            value={age}
            onChange={(e) => setAge(digits(e.target.value, 3))}
            error={errors['patient.age']}
          />
          <TextField
            label={t('case.patient.spo2')}
            inputMode="numeric"
            value={spo2}
            onChange={(e) => setSpo2(digits(e.target.value, 3))}
            error={errors['patient.spo2']}
          />
        </div>
        <SexSelect label={t('case.patient.sex')} value={sex} onChange={setSex} error={errors['patient.sex']} />
        <ConditionsChecklist legend={t('case.patient.conditions')} conditions={conditions} onChange={setConditions} />
      </fieldset>
      <NeedsEditor
        legend={t('case.needs.heading')}
        needs={needs}
        onChange={(next) => {
          setNeeds(next);
          setNeedsChanged(true);
        }}
        errors={needsErrors}
        maxNeeds={10}
      />
      <fieldset className="form-group">
        <legend>{t('case.requester.heading')}</legend>
        <TextField
          label={t('case.requester.name')}
          value={requesterName}
          onChange={(e) => setRequesterName(e.target.value)}
          error={errors['requester.name']}
          autoComplete="off"
        />
        <SelectField
          label={t('case.requester.language')}
          value={language}
          onChange={(e) => setLanguage(e.target.value as Language)}
        >
          {languages.map((value) => (
            <option key={value} value={value} lang={value}>
              {t(`language.${value}`)}
            </option>
          ))}
        </SelectField>
        <CheckboxField
          label={t('case.requester.consentLabel')}
          checked={consent}
          onChange={(e) => setConsent(e.target.checked)}
        />
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('case.location.heading')}</legend>
        <DistrictSelect value={district} onChange={setDistrict} error={errors['location.district']} />
        <TextField
          label={t('case.location.locality')}
          value={locality}
          onChange={(e) => setLocality(e.target.value)}
          error={errors['location.locality']}
        />
        <TextField
          label={t('case.location.address')}
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          error={errors['location.address']}
        />
        <div className="field-row">
          <TextField
            label={t('case.location.pincode')}
            inputMode="numeric"
            value={pincode}
            onChange={(e) => setPincode(digits(e.target.value, 6))}
            error={errors['location.pincode']}
          />
          <TextField
            label={t('case.location.hospital')}
            value={hospital}
            onChange={(e) => setHospital(e.target.value)}
            error={errors['location.hospital']}
          />
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" disabled={update.isPending}>
          {t('common.save')}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
