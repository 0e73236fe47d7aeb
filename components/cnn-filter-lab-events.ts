/** Events of <cnn-filter-lab>. */
import type { ColourMode, DisplayMode, EdgeMode } from '../src/imaging';

export interface FilterLabChangeDetail {
  kind: 'filter-lab';
  /** Shipped image name or URL ('' while showing the reader's own file). */
  image: string;
  /** The kernel attribute: a preset name or JSON. */
  kernel: string;
  /** The kernel the filter applies, or null when the kernel attribute is invalid. */
  weights: number[][] | null;
  mode: ColourMode;
  edge: EdgeMode;
  display: DisplayMode | 'auto';
}

/** Fired after the reader changes the image, kernel, mode, edge handling or display. */
export class FilterLabChangeEvent extends Event {
  static readonly eventName = 'cnn-change';
  constructor(readonly detail: FilterLabChangeDetail) {
    super(FilterLabChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired when an image has been decoded, filtered and drawn. */
export class FilterLabLoadEvent extends Event {
  static readonly eventName = 'cnn-load';
  constructor(readonly detail: { src: string; width: number; height: number }) {
    super(FilterLabLoadEvent.eventName, { bubbles: true, composed: true });
  }
}
