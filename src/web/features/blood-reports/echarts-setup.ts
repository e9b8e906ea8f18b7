// The parts of Apache ECharts the figures page draws with, registered once. Imported only with `import()` from
// FigureChart.tsx, so ECharts is a chunk of its own that only the figures page downloads.
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export { echarts };
