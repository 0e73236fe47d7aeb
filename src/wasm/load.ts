/**
 * Loading the kernels: resolve the choice (features.ts), read and compile the matching build
 * (kernels-simd.wasm or kernels-relaxed.wasm, next to this file under build/), and hand back
 * a KernelBackend for buildModel's `kernels` option. The files are read with node:fs in Node
 * and fetched elsewhere; vite rewrites the `new URL(…, import.meta.url)` below into asset URLs.
 */
import { JS_BACKEND } from '../tiled/js-kernels';
import type { KernelBackend, KernelBackendInfo } from '../tiled/kernels';
import { WasmKernelBackend } from './backend';
import { engineProbe, isNode, kernelBackendInfo, type FeatureProbe, type KernelChoice } from './features';
import type { WasmVariant } from './variants';

/** Static URLs (one literal each, so bundlers see both files). */
const MODULE_URLS: Record<WasmVariant, () => URL> = {
  simd: () => new URL('./build/kernels-simd.wasm', import.meta.url),
  relaxed: () => new URL('./build/kernels-relaxed.wasm', import.meta.url),
};

export interface LoadKernelsOptions {
  /** Feature detection (default: WebAssembly.validate on this engine). */
  probe?: FeatureProbe;
  /** Reads a build's bytes (default: node:fs for file URLs, fetch otherwise). */
  readModule?: (variant: WasmVariant) => Promise<BufferSource>;
}

/** Held in a variable so bundlers leave the Node-only import alone (browsers never reach it). */
const NODE_FS = 'node:fs/promises';
const NODE_V8 = 'node:v8';

async function readModule(variant: WasmVariant): Promise<BufferSource> {
  const url = MODULE_URLS[variant]();
  if (url.protocol === 'file:') {
    const fs = (await import(/* @vite-ignore */ NODE_FS)) as typeof import('node:fs/promises');
    try {
      return await fs.readFile(url);
    } catch (error) {
      throw new Error(`cannot read ${url.pathname} (run npm run build:wasm): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot fetch ${url.href}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

/** Node 20 runs relaxed SIMD behind a V8 flag; set it (process-wide) when relaxed kernels are asked for by name. */
async function enableNodeRelaxedSimd(probe: FeatureProbe): Promise<void> {
  if (!isNode() || probe !== engineProbe || probe.relaxedSimd()) return;
  const v8 = (await import(/* @vite-ignore */ NODE_V8)) as typeof import('node:v8');
  v8.setFlagsFromString('--experimental-wasm-relaxed-simd');
}

/**
 * The kernels to build models with: 'auto' (default) picks relaxed SIMD, else SIMD, else the
 * JavaScript kernels, and falls back to JavaScript (saying why in `info.reason`) if the
 * module cannot be loaded; an explicit 'simd' or 'relaxed' that cannot run throws.
 */
export async function loadKernels(choice: KernelChoice = 'auto', options: LoadKernelsOptions = {}): Promise<KernelBackend> {
  const probe = options.probe ?? engineProbe;
  if (choice === 'relaxed') await enableNodeRelaxedSimd(probe);
  const info = kernelBackendInfo(choice, probe);
  if (info.kind === 'js') return info.reason === JS_BACKEND.info.reason ? JS_BACKEND : { ...JS_BACKEND, info };
  try {
    const bytes = await (options.readModule ?? readModule)(info.kind);
    return new WasmKernelBackend({ kind: info.kind, reason: info.reason }, await WebAssembly.compile(bytes));
  } catch (error) {
    if (choice !== 'auto') throw error;
    const reason = `could not load the ${info.kind} kernels (${error instanceof Error ? error.message : String(error)}); using the JavaScript kernels`;
    return { ...JS_BACKEND, info: { kind: 'js', reason } satisfies KernelBackendInfo };
  }
}
