/**
 * Conv2D on NCHW batches as im2col + GEMM (chosen over a direct convolution by
 * bench/kernels.ts; figures in README.md). Weights use PyTorch's layout [Cout][Cin][Kh][Kw],
 * which is already the GEMM's left matrix W[Cout][Cin·Kh·Kw].
 *   forward   y_s = f(W · col_s + b)                (gemmNN, bias and activation fused)
 *   backward  dW = Σ_s dz_s · col_sᵀ                (gemmNT, accumulated over the batch)
 *             dcol_s = Wᵀ · dz_s, dx_s = col2im     (gemmTN)
 * where dz = dy ⊙ f′. Training keeps every sample's col for the backward pass; inference
 * reuses one slot so it stays in cache.
 */
import type { Padding } from '../reference/types';
import { activationBackward, biasActivate, type ActivationKind } from './activations';
import { windowGeometry, type WindowGeometry } from './conv-geometry';
import { gemmNN } from './gemm-nn';
import { gemmNT } from './gemm-nt';
import { gemmTN } from './gemm-tn';
import { col2im, im2col } from './im2col';
import type { Layer, Mode, Param, ParamSpec, StateTensor } from './layer';

export interface Conv2DOptions {
  filters: number;
  kernel: number | [number, number];
  stride?: number | [number, number];
  padding?: Padding;
  dilation?: number | [number, number];
  activation?: ActivationKind;
  alpha?: number;
  useBias?: boolean;
}

export class Conv2DLayer implements Layer {
  readonly outShape: number[];
  readonly paramSpecs: ParamSpec[];
  readonly state: StateTensor[] = [];
  readonly geometry: WindowGeometry;
  private readonly activation: ActivationKind;
  private readonly alpha: number;
  private readonly rows: number; // Cin·Kh·Kw
  private readonly pixels: number; // outH·outW
  private readonly inSize: number;
  private readonly outSize: number;
  private readonly output: Float32Array;
  private readonly col: Float32Array;
  private readonly dz: Float32Array;
  private readonly dcol: Float32Array;
  private readonly dx: Float32Array;
  private weight!: Param;
  private bias: Param | null = null;
  private colsKept = false;

  constructor(readonly name: string, inShape: number[], opts: Conv2DOptions, maxBatch: number) {
    const [channels, inH, inW] = inShape;
    const g = windowGeometry(channels, inH, inW, opts);
    this.geometry = g;
    this.activation = opts.activation ?? 'linear';
    this.alpha = opts.alpha ?? 0.2;
    this.rows = channels * g.kh * g.kw;
    this.pixels = g.outH * g.outW;
    this.inSize = channels * inH * inW;
    this.outSize = opts.filters * this.pixels;
    this.outShape = [opts.filters, g.outH, g.outW];
    const fanIn = this.rows, fanOut = opts.filters * g.kh * g.kw;
    this.paramSpecs = [{ name: `${name}/kernel`, shape: [opts.filters, channels, g.kh, g.kw], decay: true, init: 'he', fanIn, fanOut }];
    if (opts.useBias ?? true) this.paramSpecs.push({ name: `${name}/bias`, shape: [opts.filters], decay: false, init: 'zeros', fanIn, fanOut });
    this.output = new Float32Array(maxBatch * this.outSize);
    this.col = new Float32Array(maxBatch * this.rows * this.pixels);
    this.dz = new Float32Array(this.outSize);
    this.dcol = new Float32Array(this.rows * this.pixels);
    this.dx = new Float32Array(maxBatch * this.inSize);
  }

  /** Lets the builder pick He or Glorot initialisation from the activation that follows. */
  setInit(init: 'he' | 'glorot'): void {
    this.paramSpecs[0].init = init;
  }

  bind(params: Param[]): void {
    this.weight = params[0];
    this.bias = params[1] ?? null;
  }

  forward(x: Float32Array, batch: number, mode: Mode): Float32Array {
    const { rows, pixels, inSize, outSize, col, output } = this;
    const filters = this.outShape[0];
    const w = this.weight.value;
    const bias = this.bias === null ? null : this.bias.value;
    const keep = mode === 'train';
    for (let s = 0; s < batch; s++) {
      const colOff = keep ? s * rows * pixels : 0;
      im2col(this.geometry, x, s * inSize, col, colOff);
      gemmNN(w, 0, col, colOff, output, s * outSize, filters, pixels, rows, false);
      biasActivate(this.activation, this.alpha, output, s * outSize, filters, pixels, bias);
    }
    this.colsKept = keep;
    return output;
  }

  backward(dy: Float32Array, batch: number, needInputGrad: boolean): Float32Array {
    if (!this.colsKept) throw new Error(`${this.name}: backward needs a forward pass in 'train' mode first`);
    const { rows, pixels, inSize, outSize, col, dz, dcol, dx, output } = this;
    const filters = this.outShape[0];
    const dw = this.weight.grad;
    const db = this.bias === null ? null : this.bias.grad;
    if (db !== null) db.fill(0);
    for (let s = 0; s < batch; s++) {
      activationBackward(this.activation, this.alpha, output, dy, s * outSize, dz, 0, outSize);
      if (db !== null) {
        for (let c = 0, q = 0; c < filters; c++) {
          let sum = 0;
          for (const end = q + pixels; q < end; q++) sum += dz[q];
          db[c] += sum;
        }
      }
      gemmNT(dz, 0, col, s * rows * pixels, dw, 0, filters, rows, pixels, s > 0);
      if (!needInputGrad) continue;
      gemmTN(this.weight.value, 0, dz, 0, dcol, 0, rows, pixels, filters, false);
      dx.fill(0, s * inSize, (s + 1) * inSize);
      col2im(this.geometry, dcol, 0, dx, s * inSize);
    }
    return dx;
  }
}
