import { useState, type ChangeEvent, type FormEvent } from 'react';
import { fieldName } from './field-names';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DonorImportBody, DonorImportPreview, DonorImportProblem } from '../../../shared/contracts/donors.js';
import { donorCategories, type DonorCategory } from '../../../shared/enums.js';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { fieldErrors } from '../../components/problem-text';
import { usePageTitle } from '../../components/use-page-title';
import { actorFrom } from '../auth/actor';
import { useCurrentSession } from '../auth/session-context';
import { useDistrictNames } from '../geography/use-district-names';
import { NotFoundPage } from '../shell/NotFoundPage';
import { navPaths } from '../shell/nav-paths';
import { donorImportMaxBytes, importSettingsError, type ImportSettings } from './donor-import';
import { donorOrganisations, healthDistricts, mayImportDonors } from './donor-reach';
import { AnyOrganisationChoice, OrganisationChoice } from './OrganisationChoice';
import { useImportDonors, usePreviewImport } from './donors-queries';

/**
 * A coordinator's list of donors (the police lines' roster, a camp's register) in one go: choose the file, see what
 * it would do row by row, then import it whole, or nothing when any row is wrong.
 */
export function DonorImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('donors.import.title'));
  const session = useCurrentSession();
  const actor = actorFrom(session);
  const organisations = donorOrganisations(session, actor, { coordinating: true });
  const [settings, setSettings] = useState<ImportSettings>(() => ({
    organisationId: organisations?.length === 1 ? (organisations[0]?.id ?? '') : '',
    district: '',
    category: '',
    consentPurpose: t('donors.form.consentPurposeDefault'),
  }));
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [fileProblem, setFileProblem] = useState<'too_big' | 'empty' | null>(null);
  const [attempt, setAttempt] = useState(0);
  const preview = usePreviewImport();
  const commit = useImportDonors();
  const districtNames = useDistrictNames();
  if (!mayImportDonors(session, actor)) return <NotFoundPage />;

  const chosen = organisations?.find((o) => o.id === settings.organisationId);
  const districts = chosen?.districts ?? healthDistricts(actor) ?? [];
  const body = (csv: string): DonorImportBody => ({
    organisationId: settings.organisationId,
    csv,
    ...(settings.district === '' ? {} : { district: settings.district }),
    ...(settings.category === '' ? {} : { category: settings.category }),
    ...(settings.consentPurpose.trim() === '' ? {} : { consentPurpose: settings.consentPurpose.trim() }),
  });
  const change = (next: Partial<ImportSettings>) => {
    setSettings((current) => ({ ...current, ...next }));
    // A preview is of one file with one set of defaults: anything changed asks for a new one.
    preview.reset();
    commit.reset();
  };
  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosenFile = event.target.files?.[0];
    preview.reset();
    commit.reset();
    setFile(null);
    setFileProblem(null);
    if (!chosenFile) return;
    if (chosenFile.size > donorImportMaxBytes) return setFileProblem('too_big');
    const csv = await chosenFile.text();
    if (csv.trim() === '') return setFileProblem('empty');
    setFile({ name: chosenFile.name, csv });
  };
  const settingsError = importSettingsError(settings, file !== null);
  const onPreview = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (file !== null && settingsError === null) preview.mutate(body(file.csv));
  };
  const settingErrors = fieldErrors(preview.error);

  return (
    <section className="donor-import">
      <p className="back-link">
        <Link to={navPaths.donors}>{t('donors.back')}</Link>
      </p>
      <h1>{t('donors.import.title')}</h1>
      <p className="lead">{t('donors.import.intro')}</p>
      <details className="donor-import-columns">
        <summary>{t('donors.import.columnsSummary')}</summary>
        <p>{t('donors.import.columnsRequired')}</p>
        <p>{t('donors.import.columnsOptional')}</p>
        <p>{t('donors.import.columnsDates')}</p>
      </details>
      <form className="form" onSubmit={onPreview} noValidate aria-busy={preview.isPending}>
        {attempt > 0 && settingsError !== null ? (
          <ErrorSummary
            title={t('donors.form.fix')}
            items={[{ field: settingsError, message: t(`donors.import.missing.${settingsError}`) }]}
            focusKey={attempt}
          />
        ) : null}
        {organisations === null ? (
          <AnyOrganisationChoice
            value={settings.organisationId}
            onChange={(organisationId) => change({ organisationId })}
            error={settingErrors.organisationId}
            emptyLabel={t('donors.form.choose')}
          />
        ) : organisations.length > 1 ? (
          <OrganisationChoice
            options={organisations}
            value={settings.organisationId}
            onChange={(organisationId) => change({ organisationId })}
            error={settingErrors.organisationId}
            emptyLabel={t('donors.form.choose')}
          />
        ) : null}
        <div className="field-row">
          <SelectField
            label={t('donors.import.district')}
            hint={t('donors.import.districtHint')}
            name={fieldName.district}
            value={settings.district}
            onChange={(event) => change({ district: event.target.value })}
            error={settingErrors.district}
          >
            <option value="">{t('donors.import.fromFile')}</option>
            {districts.map((code, index) => (
              <option key={code} value={code}>
                {districtNames(districts)[index]}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('donors.import.category')}
            hint={t('donors.import.categoryHint')}
            name={fieldName.category}
            value={settings.category}
            onChange={(event) => change({ category: event.target.value as DonorCategory | '' })}
            error={settingErrors.category}
          >
            <option value="">{t('donors.import.fromFile')}</option>
            {donorCategories.map((category) => (
              <option key={category} value={category}>
                {t(`donors.category.${category}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <TextAreaField
          label={t('donors.import.consentPurpose')}
          hint={t('donors.import.consentPurposeHint')}
          name={fieldName.consentPurpose}
          rows={2}
          value={settings.consentPurpose}
          onChange={(event) => change({ consentPurpose: event.target.value })}
          error={settingErrors.consentPurpose}
        />
        <div className="field">
          <label htmlFor="donor-import-file">{t('donors.import.file')}</label>
          <p id="donor-import-file-hint" className="field-hint">
            {t('donors.import.fileHint')}
          </p>
          <input
            id="donor-import-file"
            type="file"
            name={fieldName.csv}
            accept=".csv,text/csv"
            aria-describedby="donor-import-file-hint"
            onChange={(event) => void chooseFile(event)}
          />
          {fileProblem !== null ? <p className="field-error">{t(`donors.import.file_${fileProblem}`)}</p> : null}
        </div>
        {preview.isError && Object.keys(settingErrors).length === 0 ? <ProblemAlert error={preview.error} /> : null}
        <div className="form-actions">
          <button type="submit" disabled={preview.isPending}>
            {t('donors.import.preview')}
          </button>
        </div>
      </form>
      {preview.isSuccess && file !== null ? (
        <ImportPreview
          fileName={file.name}
          preview={preview.data}
          commit={() => commit.mutate(body(file.csv))}
          isCommitting={commit.isPending}
        />
      ) : null}
      {commit.isError ? <ProblemAlert error={commit.error} /> : null}
      {commit.isSuccess ? (
        <div className="success" role="status" data-imported={commit.data.rows}>
          <p>
            {t('donors.import.done', {
              rows: commit.data.rows,
              created: commit.data.created,
              updated: commit.data.updated,
            })}
          </p>
          <p>
            <Link to={navPaths.donors}>{t('donors.import.toList')}</Link>
          </p>
        </div>
      ) : null}
    </section>
  );
}

function ImportPreview({
  fileName,
  preview,
  commit,
  isCommitting,
}: {
  fileName: string;
  preview: DonorImportPreview;
  commit: () => void;
  isCommitting: boolean;
}) {
  const { t } = useTranslation();
  const problemColumns: DataColumn<DonorImportProblem>[] = [
    { heading: t('donors.import.row'), cell: (problem) => problem.row },
    { heading: t('donors.import.column'), cell: (problem) => problem.column ?? t('donors.import.wholeRow') },
    { heading: t('donors.import.problem'), cell: (problem) => problem.message },
  ];
  const sampleColumns: DataColumn<DonorImportPreview['sample'][number]>[] = [
    { heading: t('donors.import.row'), cell: (row) => row.row },
    { heading: t('donors.import.action'), cell: (row) => t(`donors.import.rowAction.${row.action}`) },
    { heading: t('donors.form.name'), cell: (row) => row.name ?? '' },
    { heading: t('donors.record.phone'), cell: (row) => <span className="masked-phone">{row.phone ?? ''}</span> },
    { heading: t('donors.form.bloodGroup'), cell: (row) => row.bloodGroup ?? t('donors.group.unknown') },
    {
      heading: t('donors.form.category'),
      cell: (row) => (row.category === null ? '' : t(`donors.category.${row.category}`)),
    },
  ];
  const ignored = preview.columns.filter((column) => column.field === null).map((column) => column.header);
  return (
    <section className="panel donor-import-preview" aria-labelledby="donor-import-preview-heading">
      <h2 id="donor-import-preview-heading">{t('donors.import.previewHeading', { file: fileName })}</h2>
      <p role="status" data-preview-errors={preview.errors}>
        {t('donors.import.counts', {
          rows: preview.rows,
          new: preview.new,
          updates: preview.updates,
          errors: preview.errors,
        })}
      </p>
      {ignored.length > 0 ? (
        <p className="field-hint">{t('donors.import.ignored', { columns: ignored.join(t('common.listSeparator')) })}</p>
      ) : null}
      {preview.problems.length > 0 ? (
        <div className="problem" role="alert">
          <p className="problem-title">{t('donors.import.problemsTitle', { count: preview.errors })}</p>
          <div className="table-box donor-import-problems">
            <DataTable
              columns={problemColumns}
              rows={preview.problems}
              rowKey={(problem) => `${problem.field}-${problem.code}`}
              rowData={(problem) => ({ 'data-field': problem.field })}
            />
          </div>
          <p>{t('donors.import.fixAndRetry')}</p>
        </div>
      ) : null}
      {preview.sample.length > 0 ? (
        <div className="table-box donor-import-sample" aria-label={t('donors.import.sampleCaption')} role="region">
          <DataTable
            columns={sampleColumns}
            rows={preview.sample}
            rowKey={(row) => row.row}
            rowData={(row) => ({ 'data-action': row.action })}
          />
        </div>
      ) : null}
      {preview.errors === 0 && preview.rows > 0 ? (
        <div className="form-actions">
          <button type="button" disabled={isCommitting} onClick={commit}>
            {t('donors.import.commit', { count: preview.rows })}
          </button>
        </div>
      ) : null}
    </section>
  );
}
