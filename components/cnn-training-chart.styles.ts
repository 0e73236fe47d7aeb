import { css } from 'lit';
import { errorBox, hostBase, themeTokens } from './shared/theme';

/**
 * <cnn-training-chart> styles. Six series colours per theme (tokens --cnn-series-0 …
 * --cnn-series-5), chosen to stay apart for common colour-vision deficiencies; dashes
 * and point markers carry the difference too.
 */
export const trainingChartStyles = [
  themeTokens,
  hostBase,
  errorBox,
  css`
    :host {
      display: block;
      min-width: 0;
      font-size: 0.95rem;
      --_s0: var(--cnn-series-0, #1c6dd0);
      --_s1: var(--cnn-series-1, #d9480f);
      --_s2: var(--cnn-series-2, #2b8a3e);
      --_s3: var(--cnn-series-3, #7048e8);
      --_s4: var(--cnn-series-4, #0c8599);
      --_s5: var(--cnn-series-5, #c2255c);
    }
    @media (prefers-color-scheme: dark) {
      :host(:not([theme='light'])) {
        --_s0: var(--cnn-series-0, #74b4ff);
        --_s1: var(--cnn-series-1, #ffa94d);
        --_s2: var(--cnn-series-2, #69db7c);
        --_s3: var(--cnn-series-3, #b197fc);
        --_s4: var(--cnn-series-4, #3bc9db);
        --_s5: var(--cnn-series-5, #f783ac);
      }
    }
    :host([theme='dark']) {
      --_s0: var(--cnn-series-0, #74b4ff);
      --_s1: var(--cnn-series-1, #ffa94d);
      --_s2: var(--cnn-series-2, #69db7c);
      --_s3: var(--cnn-series-3, #b197fc);
      --_s4: var(--cnn-series-4, #3bc9db);
      --_s5: var(--cnn-series-5, #f783ac);
    }
    figure {
      margin: 0;
      min-width: 0;
    }
    figcaption {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25em 1em;
      margin-bottom: 0.25em;
    }
    .title {
      font-weight: 700;
    }
    ul.legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.1em 0.9em;
      margin: 0;
      padding: 0;
      list-style: none;
      color: var(--_muted);
      font-size: 0.9em;
    }
    ul.legend li {
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
    }
    .plot-box {
      position: relative;
      width: 100%;
    }
    svg.chart {
      display: block;
      width: 100%;
      height: auto;
      overflow: visible;
    }
    .axis text,
    .x-label text,
    .y-label text {
      fill: var(--_muted);
      font-family: var(--_font-family);
      font-size: 12px;
    }
    .axis path,
    .axis line {
      stroke: var(--_grid-line);
    }
    .grid line {
      stroke: var(--_grid-line);
      stroke-opacity: 0.25;
    }
    .series path {
      fill: none;
      stroke-width: 2;
      stroke-linejoin: round;
      stroke-linecap: round;
    }
    .series.points path {
      stroke-width: 1.5;
    }
    .series.dashed path {
      stroke-dasharray: 6 4;
    }
    .series circle {
      stroke: var(--_surface);
      stroke-width: 1.5;
    }
    .series-0 { --_c: var(--_s0); }
    .series-1 { --_c: var(--_s1); }
    .series-2 { --_c: var(--_s2); }
    .series-3 { --_c: var(--_s3); }
    .series-4 { --_c: var(--_s4); }
    .series-5 { --_c: var(--_s5); }
    .series path,
    .swatch line {
      stroke: var(--_c);
    }
    .series circle,
    .swatch circle {
      fill: var(--_c);
    }
    .swatch line {
      stroke-width: 2.5;
    }
    .swatch.dashed line {
      stroke-dasharray: 5 3;
    }
    .empty {
      position: absolute;
      inset: 0;
      display: grid;
      place-items: center;
      color: var(--_muted);
      margin: 0;
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
];
