// The lending figures' chart as an ECharts option: pure, so what it holds is tested without a browser. One
// horizontal bar per depot, stacked by item status, with the depot's name on a line of its own above its bar (long
// names like "Mission Jeevan office, Swaroop Nagar" fit a 360 px phone); words come from the caller.
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

/** Pixels each depot takes: its name's line above, then its bar. */
export const depotRowHeight = 56;
const barWidth = 24;
/** How wide a depot's name may run before it ends in "…" (the tooltip still says it whole): a 360 px phone's chart. */
const nameWidth = 260;

export function depotStatusChart(
  figures: LendingFiguresView,
  words: { status: (status: ItemStatus) => string; fontFamily: string },
): EChartsCoreOption {
  const text = { fontFamily: words.fontFamily, fontSize: 13, color: '#1d1d1f' };
  return {
    animation: false,
    textStyle: text,
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    // One line whatever the number of statuses: a legend wrapping onto a second line would cover the first bar.
    legend: { type: 'scroll', top: 0, left: 0, right: 0, itemWidth: 14, itemHeight: 14, itemGap: 12, textStyle: text },
    // The depot's whole name heads the tooltip; kept inside the chart, not off the edge of a phone's screen.
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: figures.depots.map((d) => d.name),
      axisTick: { show: false },
      // Each name sits inside the chart on the line above its bar, starting where the bar starts: the bars keep the
      // whole width, and a name too long even for that ends in "…" rather than wrapping over the next depot's.
      axisLabel: {
        ...text,
        inside: true,
        align: 'left',
        verticalAlign: 'bottom',
        padding: [0, 0, barWidth / 2 + 4, 0],
        width: nameWidth,
        overflow: 'truncate',
        ellipsis: '…',
      },
    },
    series: statusesShown(figures).map((status) => ({
      type: 'bar',
      stack: 'items',
      name: words.status(status),
      data: figures.depots.map((d) => d.items[status]),
      itemStyle: { color: statusColours[status] },
      barWidth,
    })),
  };
}
