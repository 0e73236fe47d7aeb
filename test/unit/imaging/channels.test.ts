import { describe, expect, it } from 'vitest';
import { greyFromRgb, planarFromRgba, rgbaFromPlanar, displayByte, autoDisplayMode } from '../../../src/imaging';
import { KERNEL_PRESETS } from '../../../src/presets';

describe('grey conversion (BT.601 luma, rounded)', () => {
  it('weights red, green and blue by 0.299, 0.587, 0.114', () => {
    expect(greyFromRgb(255, 0, 0)).toBe(76); // 76.245
    expect(greyFromRgb(0, 255, 0)).toBe(150); // 149.685
    expect(greyFromRgb(0, 0, 255)).toBe(29); // 29.07
    expect(greyFromRgb(255, 255, 255)).toBe(255);
    expect(greyFromRgb(100, 100, 100)).toBe(100);
    expect(greyFromRgb(10, 20, 30)).toBe(18); // 2.99 + 11.74 + 3.42 = 18.15
  });

  it('splits RGBA into one grey plane or three colour planes, ignoring alpha', () => {
    const rgba = [255, 0, 0, 255, 10, 20, 30, 0];
    expect(Array.from(planarFromRgba(rgba, 2, 1, 'grey').channels[0])).toEqual([76, 18]);
    const rgb = planarFromRgba(rgba, 2, 1, 'rgb');
    expect(rgb.channels.map((plane) => Array.from(plane))).toEqual([[255, 10], [0, 20], [0, 30]]);
    expect(() => planarFromRgba(rgba, 3, 1, 'rgb')).toThrow(RangeError);
  });

  it('writes planes back as opaque RGBA, one plane as grey', () => {
    const grey = { width: 2, height: 1, channels: [Float64Array.from([12, 300])] };
    expect(Array.from(rgbaFromPlanar(grey, (v) => Math.min(255, v)))).toEqual([12, 12, 12, 255, 255, 255, 255, 255]);
  });
});

describe('display mapping', () => {
  it('clamps, takes magnitudes, or centres on grey', () => {
    expect([-20, 0, 100.4, 300].map((v) => displayByte(v, 'clamp'))).toEqual([0, 0, 100, 255]);
    expect([-20, 0, 100.6, -300].map((v) => displayByte(v, 'abs'))).toEqual([20, 0, 101, 255]);
    expect([-255, 0, 255, 1000, -1000].map((v) => displayByte(v, 'signed'))).toEqual([0, 128, 255, 255, 0]);
    expect(displayByte(Number.NaN, 'clamp')).toBe(0);
  });

  it('shows magnitudes for kernels that sum to 0 and clamps the others', () => {
    expect(autoDisplayMode(KERNEL_PRESETS['vertical-edge'])).toBe('abs');
    expect(autoDisplayMode(KERNEL_PRESETS.laplacian)).toBe('abs');
    expect(autoDisplayMode(KERNEL_PRESETS['box-blur'])).toBe('clamp');
    expect(autoDisplayMode(KERNEL_PRESETS.sharpen)).toBe('clamp');
  });
});
