// One chart: created once, redrawn when its option changes, resized with its box (window, sidebar,
// zoom). The canvas is an image to assistive technology; the figures are in the tables it points to.
import { useEffect, useRef } from 'react';
import { echarts, type ChartOption } from './echarts';

interface Props {
  option: ChartOption;
  /** what the chart shows, read out instead of the canvas */
  label: string;
  /** id of the table holding the same figures as text */
  describedBy: string;
  testId: string;
}

export function EChart({ option, label, describedBy, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = box.current!;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} className="stats-chart" role="img" aria-label={label} aria-describedby={describedBy} data-testid={testId} />;
}
