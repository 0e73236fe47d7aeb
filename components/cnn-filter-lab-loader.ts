/**
 * Decoding a photo (a URL or a file the reader picked) into RGBA bytes, scaled down so its
 * longest side is at most `maxSide` pixels: the lab filters on every edit and a 256-px
 * image keeps that instant. Errors say whether the file could not be fetched or is not an image.
 */
export interface ImagePixels {
  rgba: Uint8ClampedArray;
  width: number;
  height: number;
}

export class ImageLoadError extends Error {
  constructor(
    readonly code: 'fetch' | 'not-image',
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'ImageLoadError';
  }
}

/** Longest side the lab works at. */
export const MAX_IMAGE_SIDE = 256;

export async function loadImagePixels(source: Blob | string, maxSide = MAX_IMAGE_SIDE): Promise<ImagePixels> {
  const blob = typeof source === 'string' ? await fetchBlob(source) : source;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch (error) {
    throw new ImageLoadError('not-image', error instanceof Error ? error.message : String(error));
  }
  try {
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new ImageLoadError('not-image', 'no 2D canvas context');
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    return { rgba: context.getImageData(0, 0, width, height).data, width, height };
  } finally {
    bitmap.close();
  }
}

async function fetchBlob(url: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new ImageLoadError('fetch', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new ImageLoadError('fetch', `HTTP ${response.status}`);
  return response.blob();
}
