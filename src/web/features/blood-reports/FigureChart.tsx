import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EChartsCoreOption } from 'echarts/core';

/** Loads ECharts on first use: other pages never download it. */
const loadECharts = () => import('./echarts-setup');

interface FigureChartProps {
  /** What the chart shows, said in words for screen readers (the figures are also on the page as text). */
  label: string;
  option: EChartsCoreOption;
  /** Pixels; the width follows the page (360 px phones included). */
  height: number;
  testId: string;
}

/** One chart, drawn as SVG and redrawn when its box changes width or its option changes. */
export function FigureChart({ label, option, height, testId }: FigureChartProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'drawn' | 'failed'>('loading');

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let disposed = false;
    let dispose = () => {};
    loadECharts()
      .then(({ echarts }) => {
        if (disposed) return;
        const chart = echarts.init(element, null, { renderer: 'svg' });
        chart.setOption(option);
        const resize = new ResizeObserver(() => chart.resize());
        resize.observe(element);
        dispose = () => {
          resize.disconnect();
          chart.dispose();
        };
        setState('drawn');
      })
      .catch(() => {
        if (!disposed) setState('failed');
      });
    return () => {
      disposed = true;
      dispose();
    };
  }, [option]);

  return (
    <div className="figure-chart-box">
      <div
        ref={box}
        className="figure-chart"
        role="img"
        aria-label={label}
        data-testid={testId}
        data-state={state}
        style={{ height }}
      />
      {state === 'loading' ? <p className="field-hint">{t('bloodFigures.chartLoading')}</p> : null}
      {state === 'failed' ? <p className="field-hint">{t('bloodFigures.chartFailed')}</p> : null}
    </div>
  );
}
