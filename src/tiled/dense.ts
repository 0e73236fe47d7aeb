/**
 * Dense (fully connected) layer on a batch of flat vectors. Weights use PyTorch's layout
 * [units][inputs] (the reference engine's too), so all three products read rows:
 *   forward   Y = f(X · Wᵀ + b)     gemmNT, batch×units
 *   backward  dW = dZᵀ · X          gemmTN, units×inputs
 *             dX = dZ · W           gemmNN, batch×inputs
 * with dZ = dY ⊙ f′.
 */
import { activationBackward, biasActivate, type ActivationKind } from './activations';
import { gemmNN } from './gemm-nn';
import { gemmNT } from './gemm-nt';
import { gemmTN } from './gemm-tn';
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

  constructor(readonly name: string, inputs: number, opts: DenseOptions, maxBatch: number) {
    this.inputs = inputs;
    this.units = opts.units;
    this.activation = opts.activation ?? 'linear';
    this.alpha = opts.alpha ?? 0.2;
    this.outShape = [opts.units];
    this.paramSpecs = [{ name: `${name}/kernel`, shape: [opts.units, inputs], decay: true, init: 'he', fanIn: inputs, fanOut: opts.units }];
    if (opts.useBias ?? true) {
      this.paramSpecs.push({ name: `${name}/bias`, shape: [opts.units], decay: false, init: 'zeros', fanIn: inputs, fanOut: opts.units });
    }
    this.output = new Float32Array(maxBatch * opts.units);
    this.dz = new Float32Array(maxBatch * opts.units);
    this.dx = new Float32Array(maxBatch * inputs);
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
    gemmNT(x, 0, this.weight.value, 0, output, 0, batch, units, inputs, false);
    const bias = this.bias === null ? null : this.bias.value;
    // Each sample is `units` channels of plane 1, so the bias is per unit.
    for (let s = 0; s < batch; s++) biasActivate(this.activation, this.alpha, output, s * units, units, 1, bias);
    this.input = x;
    this.trained = mode === 'train';
    return output;
  }

  backward(dy: Float32Array, batch: number, needInputGrad: boolean): Float32Array {
    if (!this.trained) throw new Error(`${this.name}: backward needs a forward pass in 'train' mode first`);
    const { units, inputs, dz, dx } = this;
    activationBackward(this.activation, this.alpha, this.output, dy, 0, dz, 0, batch * units);
    gemmTN(dz, 0, this.input, 0, this.weight.grad, 0, units, inputs, batch, false);
    if (this.bias !== null) {
      const db = this.bias.grad;
      db.fill(0);
      for (let s = 0, q = 0; s < batch; s++) for (let j = 0; j < units; j++, q++) db[j] += dz[q];
    }
    if (needInputGrad) gemmNN(dz, 0, this.weight.value, 0, dx, 0, batch, inputs, units, false);
    return dx;
  }
}
