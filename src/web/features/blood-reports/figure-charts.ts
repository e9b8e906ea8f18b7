// The figures page's charts as ECharts options: pure, so what each chart holds is tested without a browser. Bars
// only — horizontal for named things, so long Hindi names fit a 360 px phone — and the words come from the caller.
import type { EChartsCoreOption } from 'echarts/core';
import { donorCategories, donorProducts, type DonorCategory, type DonorProduct } from '../../../shared/enums.js';
import type { BloodFigures } from '../../../shared/contracts/blood-reports.js';

/** Red for blood, amber and gold for what is separated from it: told apart in grey too, by their lightness. */
export const productColours: Record<DonorProduct, string> = {
  whole_blood: '#b3261e',
  platelets: '#7a5c00',
  plasma: '#e0a526',
};
const donorsColour = '#1f5f99';
const unitsColour = '#b3261e';

interface Words {
  product: (product: DonorProduct) => string;
  category: (category: DonorCategory) => string;
  month: (month: string) => string;
  units: string;
  donors: string;
  fontFamily: string;
}

const text = (words: Words) => ({ fontFamily: words.fontFamily, fontSize: 13, color: '#1d1d1f' });
/** Kept inside the chart (`confine`): beside a bar near the edge of a 360 px phone it would run off the screen. */
const axisTooltip = { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true } as const;
const baseGrid = { left: 8, right: 24, top: 8, bottom: 8, containLabel: true };
/**
 * A name beside its bars: wrapped at a width that leaves the bars most of a 360 px phone, with lines spaced for
 * Devanagari (ECharts' own guess sets them over each other).
 */
const sideLabel = (words: Words) => ({ ...text(words), width: 110, overflow: 'break' as const, lineHeight: 18 });

/** Units of each product, largest first, every product shown (a zero is a figure too). */
export function productChart(figures: BloodFigures, words: Words): EChartsCoreOption {
  const products = [...donorProducts].sort(
    (a, b) => figures.totals.unitsByProduct[b] - figures.totals.unitsByProduct[a],
  );
  return {
    animation: false,
    textStyle: text(words),
    grid: baseGrid,
    tooltip: axisTooltip,
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: products.map(words.product), axisLabel: sideLabel(words) },
    series: [
      {
        type: 'bar',
        name: words.units,
        data: products.map((p) => ({
          value: figures.totals.unitsByProduct[p],
          itemStyle: { color: productColours[p] },
        })),
        label: { show: true, position: 'right', ...text(words) },
        barMaxWidth: 28,
      },
    ],
  };
}

/** The categories that gave anything (all of them when none did), by donors then units. */
export function categoriesShown(figures: BloodFigures): DonorCategory[] {
  const given = donorCategories.filter((c) => figures.totals.unitsByCategory[c] > 0);
  return given.length > 0 ? given : [...donorCategories];
}

/** Donors and units per category of donor ("21 citizens, 15 police personnel"). */
export function categoryChart(figures: BloodFigures, words: Words): EChartsCoreOption {
  const categories = categoriesShown(figures);
  return {
    animation: false,
    textStyle: text(words),
    grid: { ...baseGrid, top: 36 },
    legend: { top: 0, left: 0, textStyle: text(words) },
    tooltip: axisTooltip,
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: categories.map(words.category),
      axisLabel: sideLabel(words),
    },
    series: [
      {
        type: 'bar',
        name: words.donors,
        data: categories.map((c) => figures.totals.donorsByCategory[c]),
        itemStyle: { color: donorsColour },
        label: { show: true, position: 'right', ...text(words) },
        barMaxWidth: 22,
      },
      {
        type: 'bar',
        name: words.units,
        data: categories.map((c) => figures.totals.unitsByCategory[c]),
        itemStyle: { color: unitsColour },
        label: { show: true, position: 'right', ...text(words) },
        barMaxWidth: 22,
      },
    ],
  };
}

/** Units month by month, stacked by product; quiet months show as zero. */
export function monthlyChart(figures: BloodFigures, words: Words): EChartsCoreOption {
  return {
    animation: false,
    textStyle: text(words),
    grid: { ...baseGrid, top: 36 },
    legend: { top: 0, left: 0, textStyle: text(words) },
    tooltip: axisTooltip,
    xAxis: {
      type: 'category',
      data: figures.monthly.map((m) => words.month(m.month)),
      axisLabel: { ...text(words), hideOverlap: true },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: donorProducts.map((product) => ({
      type: 'bar',
      stack: 'units',
      name: words.product(product),
      data: figures.monthly.map((m) => m.unitsByProduct[product]),
      itemStyle: { color: productColours[product] },
      barMaxWidth: 32,
    })),
  };
}
