/**
 * Dense (fully connected) layer on a batch of flat vectors. Weights use PyTorch's layout
 * [units][inputs] (the reference engine's too), so all three products read rows:
 *   forward   Y = f(X · Wᵀ + b)     gemmNT, batch×units
 *   backward  dW = dZᵀ · X          gemmTN, units×inputs
 *             dX = dZ · W           gemmNN, batch×inputs
 * with dZ = dY ⊙ f′. The products run on the workspace's kernels (JavaScript or WebAssembly).
 */
import type { ActivationKind } from './activations';
import { JS_WORKSPACE } from './js-kernels';
import type { Kernels, Workspace } from './kernels';
import type { Layer, Mode, Param, ParamSpec, StateTensor } from './layer';

export interface DenseOptions {
  units: number;
  activation?: ActivationKind;
  alpha?: number;
  useBias?: boolean;
}

export class DenseLayer implements Layer {
  readonly outShape: number[];
  readonly paramSpecs: ParamSpec[];
  readonly state: StateTensor[] = [];
  private readonly kernels: Kernels;
  private readonly activation: ActivationKind;
  private readonly alpha: number;
  private readonly inputs: number;
  private readonly units: number;
  private readonly output: Float32Array;
  private readonly dz: Float32Array;
  private readonly dx: Float32Array;
  private weight!: Param;
  private bias: Param | null = null;
  private input: Float32Array = new Float32Array(0);
  private trained = false;

  constructor(readonly name: string, inputs: number, opts: DenseOptions, maxBatch: number, workspace: Workspace = JS_WORKSPACE) {
    const { alloc } = workspace;
    this.kernels = workspace.kernels;
    this.inputs = inputs;
    this.units = opts.units;
    this.activation = opts.activation ?? 'linear';
    this.alpha = opts.alpha ?? 0.2;
    this.outShape = [opts.units];
    this.paramSpecs = [{ name: `${name}/kernel`, shape: [opts.units, inputs], decay: true, init: 'he', fanIn: inputs, fanOut: opts.units }];
    if (opts.useBias ?? true) {
      this.paramSpecs.push({ name: `${name}/bias`, shape: [opts.units], decay: false, init: 'zeros', fanIn: inputs, fanOut: opts.units });
    }
    this.output = alloc.f32(maxBatch * opts.units);
    this.dz = alloc.f32(maxBatch * opts.units);
    this.dx = alloc.f32(maxBatch * inputs);
  }

  setInit(init: 'he' | 'glorot'): void {
    this.paramSpecs[0].init = init;
  }

  bind(params: Param[]): void {
    this.weight = params[0];
    this.bias = params[1] ?? null;
  }

  forward(x: Float32Array, batch: number, mode: Mode): Float32Array {
    const { units, inputs, output } = this;
    const bias = this.bias === null ? null : this.bias.value;
    this.kernels.denseForward(x, this.weight.value, bias, output, batch, units, inputs, this.activation, this.alpha);
    this.input = x;
    this.trained = mode === 'train';
    return output;
  }

  backward(dy: Float32Array, batch: number, needInputGrad: boolean): Float32Array {
    if (!this.trained) throw new Error(`${this.name}: backward needs a forward pass in 'train' mode first`);
    const { units, inputs, dz, dx, kernels } = this;
    const db = this.bias === null ? null : this.bias.grad;
    kernels.activationGrad(this.activation, this.alpha, this.output, dy, dz, batch, units, 1, db);
    kernels.gemmTN(dz, 0, this.input, 0, this.weight.grad, 0, units, inputs, batch, false);
    if (needInputGrad) kernels.gemmNN(dz, 0, this.weight.value, 0, dx, 0, batch, inputs, units, false);
    return dx;
  }
}
