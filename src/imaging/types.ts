/**
 * Images as the filter lab computes on them: one Float64Array plane per colour channel,
 * row-major, values on the 0–255 scale of the source pixels. Float64 so a filtered value
 * and the nine products shown for it are the same numbers, bit for bit.
 */
export interface PlanarImage {
  width: number;
  height: number;
  /** Three planes (R, G, B) in 'rgb' mode, one (grey) in 'grey' mode. */
  channels: Float64Array[];
}

export type ColourMode = 'rgb' | 'grey';

/**
 * What the convolution reads outside the image: 'zero' pads with zeros (what CNN layers
 * do), 'replicate' repeats the nearest border pixel (what photo editors do, no dark frame).
 */
export type EdgeMode = 'zero' | 'replicate';

/**
 * How filtered values become display bytes:
 * 'clamp' cuts to 0–255; 'abs' shows |value| cut to 0–255 (edge strength, sign lost);
 * 'signed' maps 0 to mid grey (127.5), +255 to white and −255 to black.
 */
export type DisplayMode = 'clamp' | 'abs' | 'signed';

/** A kernel as rows of weights (any size; the lab edits 3×3). */
export type KernelMatrix = number[][];
