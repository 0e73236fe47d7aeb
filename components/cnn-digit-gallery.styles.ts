import { css } from 'lit';
import { errorBox, hostBase, themeTokens } from './shared/theme';

/** <cnn-digit-gallery> styles: a wrapping grid of small digit cards; size via --cnn-gallery-size. */
export const digitGalleryStyles = [
  themeTokens,
  hostBase,
  errorBox,
  css`
    :host {
      display: block;
      min-width: 0;
      --_digit: var(--cnn-gallery-size, 56px);
    }
    figure.gallery {
      margin: 0;
    }
    figcaption.title {
      margin-bottom: 0.4em;
      font-weight: 700;
    }
    ul {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(calc(var(--_digit) + 1.2em), 1fr));
      gap: 0.5em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li figure {
      margin: 0;
      display: grid;
      justify-items: center;
      gap: 0.15em;
      padding: 0.3em 0.2em;
      border-radius: 6px;
      background: var(--_cell-bg);
    }
    canvas {
      width: var(--_digit);
      height: var(--_digit);
      image-rendering: pixelated;
      border-radius: 3px;
    }
    li figcaption {
      font-size: 0.85rem;
      line-height: 1.25;
      text-align: center;
    }
    .arrow {
      color: var(--_error-color);
      font-weight: 700;
    }
    .confidence {
      display: block;
      color: var(--_muted);
      font-size: 0.9em;
    }
    .empty {
      color: var(--_muted);
      margin: 0;
    }
  `,
];
