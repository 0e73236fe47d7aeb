/**
 * The photos shipped in public/images for <cnn-filter-lab>, with their credits
 * (public/images/LICENSES.md), and how an `image` attribute becomes a URL.
 */
import type { WidgetKey } from '../src/i18n/widgets';

export interface ShippedImage {
  name: string;
  file: string;
  /** Widget string naming the subject. */
  title: WidgetKey;
  /** Photographer or source and licence, as the licence asks it to be kept. */
  credit: string;
}

export const SHIPPED_IMAGES: readonly ShippedImage[] = [
  { name: 'chelsea', file: 'chelsea.png', title: 'imageChelsea', credit: 'Stefan van der Walt, CC0 (scikit-image sample data)' },
  { name: 'coffee', file: 'coffee.png', title: 'imageCoffee', credit: 'Rachel Michetti, CC0 (scikit-image sample data)' },
  { name: 'astronaut', file: 'astronaut.png', title: 'imageAstronaut', credit: 'NASA, public domain (scikit-image sample data)' },
  { name: 'camera', file: 'camera.png', title: 'imageCamera', credit: 'Lav Varshney, CC0 (scikit-image sample data)' },
  { name: 'brick', file: 'brick.png', title: 'imageBrick', credit: 'CC0Textures (Bricks25), CC0 (scikit-image sample data)' },
];

/**
 * Where the photos are: next to convlab.js when embedded from the library bundle (which copies
 * them to dist/lib/images/), else public/images as the site serves it (vite's base URL, '/' in tests).
 */
export function defaultImageBase(): string {
  const env = (import.meta as { env?: { BASE_URL?: string; CONVLAB_LIBRARY?: boolean } }).env;
  if (env?.CONVLAB_LIBRARY) return new URL('./images/', import.meta.url).href;
  const base = env?.BASE_URL ?? '/';
  return `${base.endsWith('/') ? base : `${base}/`}images/`;
}

/** A shipped name → its file under `base` (with its credit); anything else is used as a URL. */
export function resolveImage(image: string, base: string): { url: string; shipped: ShippedImage | null } {
  const shipped = SHIPPED_IMAGES.find((entry) => entry.name === image.trim()) ?? null;
  if (!shipped) return { url: image.trim(), shipped: null };
  return { url: `${base.endsWith('/') ? base : `${base}/`}${shipped.file}`, shipped };
}
