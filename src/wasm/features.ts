/**
 * Which kernels a JavaScript engine can run: WebAssembly.validate on two tiny modules (one
 * function returning a v128 constant; one calling f32x4.relaxed_madd) says whether 128-bit
 * SIMD and relaxed SIMD compile here. The probe is injectable so tests can play an engine
 * without SIMD. Chromium runs both without flags; Node 20 needs --experimental-wasm-relaxed-simd
 * for relaxed SIMD (loadKernels('relaxed') sets it), plain SIMD needs nothing.
 */
import type { KernelBackendInfo, KernelKind } from '../tiled/kernels';

export type KernelChoice = KernelKind | 'auto';

export const KERNEL_CHOICES: readonly KernelChoice[] = ['auto', 'js', 'simd', 'relaxed'];

export const isKernelChoice = (value: string): value is KernelChoice => (KERNEL_CHOICES as readonly string[]).includes(value);

export interface FeatureProbe {
  webAssembly(): boolean;
  simd(): boolean;
  relaxedSimd(): boolean;
}

/** A module with one function `() → v128` whose body is `body` (then `end`). */
function probeModule(body: number[]): Uint8Array<ArrayBuffer> {
  const code = [0x00, ...body, 0x0b]; // no locals, body, end
  return Uint8Array.of(
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
    0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b, // type section: one type, () → v128
    0x03, 0x02, 0x01, 0x00, // function section: one function of type 0
    0x0a, code.length + 2, 0x01, code.length, ...code, // code section: one body
  );
}

/** v128.const 0 (opcode 0xfd 12, then 16 bytes). */
const V128_ZERO = [0xfd, 0x0c, ...new Array<number>(16).fill(0)];
const SIMD_MODULE = probeModule(V128_ZERO);
/** Three zero vectors, then f32x4.relaxed_madd (opcode 0xfd 0x105, LEB128 0x85 0x02). */
const RELAXED_MODULE = probeModule([...V128_ZERO, ...V128_ZERO, ...V128_ZERO, 0xfd, 0x85, 0x02]);

const validates = (bytes: Uint8Array<ArrayBuffer>): boolean => {
  try {
    return WebAssembly.validate(bytes);
  } catch {
    return false;
  }
};

export const engineProbe: FeatureProbe = {
  webAssembly: () => typeof WebAssembly === 'object' && typeof WebAssembly.validate === 'function',
  simd: () => validates(SIMD_MODULE),
  relaxedSimd: () => validates(RELAXED_MODULE),
};

/** True in Node (where relaxed SIMD is a V8 flag away), false in browsers and workers. */
export const isNode = (): boolean => typeof process === 'object' && typeof process.versions?.node === 'string';

export class KernelUnavailableError extends Error {
  override name = 'KernelUnavailableError';
}

const RELAXED_HINT = 'Node 20 enables it with --experimental-wasm-relaxed-simd or --kernels relaxed';

/**
 * The kernels `choice` resolves to on this engine, and why. 'auto' never fails: relaxed SIMD,
 * else plain SIMD, else JavaScript. An explicit choice the engine cannot run throws
 * KernelUnavailableError (loadKernels first turns on Node's relaxed-SIMD flag when asked for 'relaxed').
 */
export function kernelBackendInfo(choice: KernelChoice = 'auto', probe: FeatureProbe = engineProbe): KernelBackendInfo {
  if (choice === 'js') return { kind: 'js', reason: 'JavaScript kernels, as requested' };
  const wasm = probe.webAssembly();
  const simd = wasm && probe.simd();
  const relaxed = simd && probe.relaxedSimd();
  const missing = !wasm ? 'WebAssembly is not available in this JavaScript engine' : 'WebAssembly SIMD is not available in this JavaScript engine';
  if (choice === 'auto') {
    if (relaxed) return { kind: 'relaxed', reason: 'WebAssembly relaxed SIMD (fused multiply-add) is available' };
    if (simd) {
      const why = isNode() ? RELAXED_HINT : 'this browser has no relaxed SIMD';
      return { kind: 'simd', reason: `WebAssembly SIMD is available, relaxed SIMD is not (${why})` };
    }
    return { kind: 'js', reason: `${missing}; using the JavaScript kernels` };
  }
  if (!simd) throw new KernelUnavailableError(`${choice} kernels requested, but ${missing}`);
  if (choice === 'simd') return { kind: 'simd', reason: 'WebAssembly SIMD kernels, as requested' };
  if (!relaxed) {
    throw new KernelUnavailableError(`relaxed kernels requested, but this engine has no relaxed SIMD${isNode() ? ` (${RELAXED_HINT})` : ''}`);
  }
  return { kind: 'relaxed', reason: 'WebAssembly relaxed SIMD kernels, as requested' };
}
