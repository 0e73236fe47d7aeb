/** A standalone activation layer (Keras's Activation, ReLU, LeakyReLU): y = f(x) element-wise. */
import { activate, activationBackward, type ActivationKind } from './activations';
import { JS_WORKSPACE } from './js-kernels';
import type { Workspace } from './kernels';
import { sizeOf, type Layer, type Mode, type ParamSpec, type StateTensor } from './layer';

export class ActivationLayer implements Layer {
  readonly paramSpecs: ParamSpec[] = [];
  readonly state: StateTensor[] = [];
  private readonly size: number;
  private readonly output: Float32Array;
  private readonly dx: Float32Array;

  constructor(
    readonly name: string,
    readonly outShape: number[],
    readonly kind: ActivationKind,
    private readonly alpha: number,
    maxBatch: number,
    { alloc }: Workspace = JS_WORKSPACE,
  ) {
    this.size = sizeOf(outShape);
    this.output = alloc.f32(maxBatch * this.size);
    this.dx = alloc.f32(maxBatch * this.size);
  }

  bind(): void {}

  forward(x: Float32Array, batch: number, _mode: Mode): Float32Array {
    activate(this.kind, this.alpha, x, this.output, batch * this.size);
    return this.output;
  }

  backward(dy: Float32Array, batch: number, needInputGrad: boolean): Float32Array {
    if (needInputGrad) activationBackward(this.kind, this.alpha, this.output, dy, 0, this.dx, 0, batch * this.size);
    return this.dx;
  }
}
