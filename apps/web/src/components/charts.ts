// ECharts, only the parts the console draws: bar and line charts on canvas. Loaded with the
// pages that chart, never in the first screen's bundle.
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import VChart from 'vue-echarts';

// Aria: the chart describes itself in words (in Chinese, with locale ZH) for screen readers.
use([BarChart, LineChart, GridComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

export { VChart };
