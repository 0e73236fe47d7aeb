/**
 * How an optimizer finds the kernels and state memory of the model a Param belongs to,
 * without widening the public Param interface: a model whose kernels need the optimizer's
 * state in their own memory (WebAssembly) attaches a slot under a private symbol, as a
 * non-enumerable property (copies of the Param object do not carry it; an optimizer given
 * such copies falls back to the JavaScript kernels and heap arrays, which also works).
 */
import type { Kernels } from './kernels';
import type { Param } from './layer';

export interface ParamSlot {
  kernels: Kernels;
  /** Two tensors of the param's size, reserved for the optimizer (velocity, or Adam's m and v). */
  first: Float32Array;
  second: Float32Array;
}

const SLOT = Symbol('convlab.tiled.paramSlot');

export function attachParamSlot(param: Param, slot: ParamSlot): void {
  Object.defineProperty(param, SLOT, { value: slot, enumerable: false });
}

export function paramSlot(param: Param): ParamSlot | undefined {
  return (param as Param & { [SLOT]?: ParamSlot })[SLOT];
}
