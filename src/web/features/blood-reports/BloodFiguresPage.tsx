import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { BloodFigures, BloodFiguresQuery } from '../../../shared/contracts/blood-reports.js';
import { donorProducts, type DonorCategory, type DonorProduct } from '../../../shared/enums.js';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { fieldErrors } from '../../components/problem-text';
import { useFormatDate } from '../../components/use-format-date';
import { useFormatNumber } from '../../components/use-format-number';
import { usePageTitle } from '../../components/use-page-title';
import { withQuery } from '../../api/client';
import { currentLanguage } from '../../i18n';
import { useDistrictNames } from '../geography/use-district-names';
import { useBloodFigures } from './blood-reports-queries';
import { CareFigures } from './CareFigures';
import { categoriesShown, categoryChart, monthlyChart, productChart } from './figure-charts';
import { FigureChart } from './FigureChart';

/** What is counted lives in the address: a link or a reload shows the same figures. */
const params = ['organisationId', 'district', 'from', 'to'] as const;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const field = { organisationId: 'organisationId', district: 'district', from: 'from', to: 'to' } as const;
const chartIds = { products: 'chart-products', categories: 'chart-categories', months: 'chart-months' } as const;

function queryOf(search: URLSearchParams): BloodFiguresQuery {
  const query: BloodFiguresQuery = {};
  for (const name of params) {
    const value = search.get(name);
    if (value === null || value === '') continue;
    if ((name === 'from' || name === 'to') && !isoDay.test(value)) continue;
    query[name] = value;
  }
  return query;
}

/** A list said the way the language says it: "21 citizens and 15 police personnel". */
function useJoin(): (parts: readonly string[]) => string {
  const { i18n } = useTranslation();
  const format = new Intl.ListFormat(i18n.language === 'hi' ? 'hi-IN' : 'en-IN', { type: 'conjunction' });
  return (parts) => format.format(parts);
}

/** The helplines' own sentence: "36 units — 31 blood and 5 plasma — from 21 citizens and 15 police personnel". */
function FigureSummary({ figures }: { figures: BloodFigures }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const join = useJoin();
  const { totals } = figures;
  if (totals.units === 0) return <p className="figures-summary">{t('bloodFigures.summaryNone')}</p>;
  const products = donorProducts
    .filter((p) => totals.unitsByProduct[p] > 0)
    .map((p) =>
      t(`bloodFigures.product.${p}`, {
        count: totals.unitsByProduct[p],
        value: formatNumber(totals.unitsByProduct[p]),
      }),
    );
  const donors = categoriesShown(figures)
    .filter((c) => totals.donorsByCategory[c] > 0)
    .map((c) =>
      t(`bloodFigures.donorsOf.${c}`, {
        count: totals.donorsByCategory[c],
        value: formatNumber(totals.donorsByCategory[c]),
      }),
    );
  return (
    <p className="figures-summary" data-testid="figures-summary">
      {t('bloodFigures.summary', {
        units: t('bloodFigures.units', { count: totals.units, value: formatNumber(totals.units) }),
        products: join(products),
        donors: join(donors),
      })}
    </p>
  );
}

function TotalTiles({ figures }: { figures: BloodFigures }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const { totals } = figures;
  const tiles: Array<{ key: string; label: string; value: number }> = [
    { key: 'units', label: t('bloodFigures.totals.units'), value: totals.units },
    ...donorProducts.map((p: DonorProduct) => ({
      key: p,
      label: t(`blood.product.${p}`),
      value: totals.unitsByProduct[p],
    })),
    { key: 'donors', label: t('bloodFigures.totals.donors'), value: totals.donors },
  ];
  return (
    <ul className="overview-stats figures-tiles" aria-label={t('bloodFigures.totals.label')}>
      {tiles.map((tile) => (
        <li key={tile.key} className="figures-tile" data-figure={tile.key} data-value={tile.value}>
          <span className="overview-count">{formatNumber(tile.value)}</span>
          <span className="overview-label">{tile.label}</span>
        </li>
      ))}
    </ul>
  );
}

function CategoryTable({ figures }: { figures: BloodFigures }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const categories: DonorCategory[] = categoriesShown(figures);
  return (
    <table className="overview-districts figures-table">
      <caption>{t('bloodFigures.byCategory')}</caption>
      <thead>
        <tr>
          <th scope="col" />
          <th scope="col">{t('bloodFigures.series.donors')}</th>
          <th scope="col">{t('bloodFigures.series.units')}</th>
        </tr>
      </thead>
      <tbody>
        {categories.map((c) => (
          <tr key={c} data-category={c}>
            <th scope="row">{t(`bloodFigures.category.${c}`)}</th>
            <td data-figure="donors">{formatNumber(figures.totals.donorsByCategory[c])}</td>
            <td data-figure="units">{formatNumber(figures.totals.unitsByCategory[c])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function OrganisationTable({ figures }: { figures: BloodFigures }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  return (
    <table className="overview-districts figures-table">
      <caption>{t('bloodFigures.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('bloodFigures.table.organisation')}</th>
          <th scope="col">{t('bloodFigures.table.units')}</th>
          <th scope="col">{t('bloodFigures.table.donors')}</th>
        </tr>
      </thead>
      <tbody>
        {figures.organisations.map((o) => (
          <tr key={o.id}>
            <th scope="row">{o.name}</th>
            <td>{formatNumber(o.units)}</td>
            <td>{formatNumber(o.donors)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Charts({ figures }: { figures: BloodFigures }) {
  const { t, i18n } = useTranslation();
  const monthFormat = useMemo(
    () => new Intl.DateTimeFormat(i18n.language === 'hi' ? 'hi-IN' : 'en-IN', { month: 'short', year: '2-digit' }),
    [i18n.language],
  );
  const options = useMemo(() => {
    const words = {
      product: (p: DonorProduct) => t(`blood.product.${p}`),
      category: (c: DonorCategory) => t(`bloodFigures.category.${c}`),
      month: (month: string) => monthFormat.format(new Date(`${month}-15T12:00:00+05:30`)),
      units: t('bloodFigures.series.units'),
      donors: t('bloodFigures.series.donors'),
      fontFamily: getComputedStyle(document.body).fontFamily,
    };
    return {
      product: productChart(figures, words),
      category: categoryChart(figures, words),
      monthly: monthlyChart(figures, words),
    };
  }, [figures, t, monthFormat]);
  const summary = t('bloodFigures.byProduct');
  return (
    <div className="figures-charts">
      <section className="panel">
        <h2>{summary}</h2>
        <FigureChart label={summary} option={options.product} height={170} testId={chartIds.products} />
      </section>
      <section className="panel">
        <h2>{t('bloodFigures.byCategory')}</h2>
        <FigureChart
          label={t('bloodFigures.byCategory')}
          option={options.category}
          height={Math.max(170, 70 + 56 * categoriesShown(figures).length)}
          testId={chartIds.categories}
        />
        <CategoryTable figures={figures} />
      </section>
      {figures.monthly.length > 0 ? (
        <section className="panel">
          <h2>{t('bloodFigures.byMonth')}</h2>
          <FigureChart
            label={t('bloodFigures.byMonth')}
            option={options.monthly}
            height={260}
            testId={chartIds.months}
          />
        </section>
      ) : null}
    </div>
  );
}

/** Units by product and by who gave, per organisation and period: counted from the donations recorded. */
export function BloodFiguresPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.blood_figures'));
  const [search, setSearch] = useSearchParams();
  const query = queryOf(search);
  const figures = useBloodFigures(query);
  const districtNames = useDistrictNames();
  const formatDate = useFormatDate({ day: 'numeric', month: 'short', year: 'numeric' });
  const errors = fieldErrors(figures.error);
  const data = figures.data;
  const choices = data?.choices ?? [];
  const chosen = choices.find((c) => c.id === query.organisationId);
  const districts = chosen ? chosen.districts : [...new Set(choices.flatMap((c) => c.districts))].sort();
  const districtLabels = districtNames(districts);

  // The router applies an address change later (in a transition), so two quick changes would each start from the
  // same old address and the second would undo the first: each change starts from the last one asked for.
  const latest = useRef(search);
  useEffect(() => {
    latest.current = search;
  }, [search]);
  const set = (name: (typeof params)[number], value: string) => {
    const next = new URLSearchParams(latest.current);
    if (value === '') next.delete(name);
    else next.set(name, value);
    // Another organisation may not work in the chosen district.
    if (name === 'organisationId') next.delete('district');
    latest.current = next;
    setSearch(next, { replace: true });
  };
  const day = (iso: string) => formatDate(`${iso}T12:00:00+05:30`);

  return (
    <section className="blood-figures" data-language={currentLanguage()}>
      <div className="page-heading">
        <h1>{t('nav.blood_figures')}</h1>
      </div>
      <p>{t('bloodFigures.intro')}</p>
      <form
        className="panel figures-filters"
        aria-label={t('bloodFigures.filters.heading')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field-row">
          {choices.length > 1 ? (
            <SelectField
              label={t('bloodFigures.filters.organisation')}
              name={field.organisationId}
              value={query.organisationId ?? ''}
              onChange={(event) => set('organisationId', event.target.value)}
            >
              <option value="">{t('bloodFigures.filters.allOrganisations')}</option>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </SelectField>
          ) : null}
          {districts.length > 1 ? (
            <SelectField
              label={t('bloodFigures.filters.district')}
              name={field.district}
              value={query.district ?? ''}
              onChange={(event) => set('district', event.target.value)}
            >
              <option value="">{t('bloodFigures.filters.allDistricts')}</option>
              {districts.map((code, i) => (
                <option key={code} value={code}>
                  {districtLabels[i]}
                </option>
              ))}
            </SelectField>
          ) : null}
          <TextField
            type="date"
            label={t('bloodFigures.filters.from')}
            hint={t('bloodFigures.filters.fromHint')}
            name={field.from}
            value={query.from ?? ''}
            onChange={(event) => set('from', event.target.value)}
            error={errors.from}
          />
          <TextField
            type="date"
            label={t('bloodFigures.filters.to')}
            hint={t('bloodFigures.filters.toHint')}
            name={field.to}
            value={query.to ?? ''}
            onChange={(event) => set('to', event.target.value)}
            error={errors.to}
          />
        </div>
      </form>
      {figures.isPending ? (
        <Loading />
      ) : figures.isError && !data ? (
        errors.to || errors.from ? null : (
          <LoadError error={figures.error} onRetry={() => void figures.refetch()} />
        )
      ) : data ? (
        <div aria-busy={figures.isFetching} data-testid="blood-figures" data-units={data.totals.units}>
          <p className="field-hint" data-testid="figures-period">
            {data.period.from
              ? t('bloodFigures.periodRange', { from: day(data.period.from), to: day(data.period.to) })
              : t('bloodFigures.periodSince', { to: day(data.period.to) })}
          </p>
          <FigureSummary figures={data} />
          <TotalTiles figures={data} />
          {data.organisations.length > 1 ? <OrganisationTable figures={data} /> : null}
          {data.totals.units > 0 ? <Charts figures={data} /> : null}
          <CareFigures figures={data} />
          <p>
            <a
              href={withQuery('/api/v1/reports/blood', { ...query, format: 'csv' })}
              download
              data-testid="figures-csv"
            >
              {t('bloodFigures.csv')}
            </a>
          </p>
        </div>
      ) : null}
    </section>
  );
}
