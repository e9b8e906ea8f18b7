// The lending figures' chart as an ECharts option: pure, so what it holds is tested without a browser. One
// horizontal bar per depot (long Hindi names fit a 360 px phone), stacked by item status; words come from the caller.
import type { EChartsCoreOption } from 'echarts/core';
import type { LendingFiguresView } from '../../../shared/contracts/lending-figures.js';
import { itemStatuses, type ItemStatus } from '../../../shared/enums.js';

export const statusColours: Record<ItemStatus, string> = {
  available: '#1b7f3b',
  lent: '#1f5f99',
  empty: '#a0a0a0',
  refilling: '#e0a526',
  in_repair: '#7a5c00',
  lost: '#b3261e',
  retired: '#5c5c5c',
};

/** Statuses some depot holds (all of them when none holds anything), so the legend names only what is drawn. */
export function statusesShown(figures: LendingFiguresView): ItemStatus[] {
  const held = itemStatuses.filter((s) => figures.depots.some((d) => d.items[s] > 0));
  return held.length > 0 ? held : [...itemStatuses];
}

export function depotStatusChart(
  figures: LendingFiguresView,
  words: { status: (status: ItemStatus) => string; fontFamily: string },
): EChartsCoreOption {
  const text = { fontFamily: words.fontFamily, fontSize: 13, color: '#1d1d1f' };
  return {
    animation: false,
    textStyle: text,
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: text },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: figures.depots.map((d) => d.name),
      // Depot names are long ("Mission Jeevan store, Civil Lines Unnao"): wrapped, so the bars keep the width.
      axisLabel: { ...text, width: 110, overflow: 'break' },
    },
    series: statusesShown(figures).map((status) => ({
      type: 'bar',
      stack: 'items',
      name: words.status(status),
      data: figures.depots.map((d) => d.items[status]),
      itemStyle: { color: statusColours[status] },
      barMaxWidth: 28,
    })),
  };
}
