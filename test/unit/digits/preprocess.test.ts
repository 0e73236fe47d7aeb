import { describe, expect, it } from 'vitest';
import { preprocessDigit } from '../../../src/digits';
import { drawRects, measure } from './measure';

const SIZE = 280;

describe('preprocessDigit (MNIST-like 28×28 input)', () => {
  it('turns a vertical bar into a 20-pixel-tall stroke centred on (14, 14)', () => {
    // A "1": 20 px wide, 200 px tall, right of centre.
    const data = drawRects(SIZE, SIZE, [{ x: 170, y: 50, w: 20, h: 200 }]);
    const result = preprocessDigit({ data, width: SIZE, height: SIZE });
    expect(result.empty).toBe(false);
    expect(result.pixels).toHaveLength(784);
    for (const value of result.pixels) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
    const m = measure(result.pixels);
    expect(Math.abs(Math.max(m.width, m.height) - 20)).toBeLessThanOrEqual(1);
    expect(m.height).toBeGreaterThan(m.width);
    expect(Math.abs(m.comX - 14)).toBeLessThan(0.5);
    expect(Math.abs(m.comY - 14)).toBeLessThan(0.5);
    // 20·200 px of full ink scaled by 20/200 in both directions = 2·20 = 40 units of ink.
    expect(m.mass).toBeCloseTo(40, 3);
    expect(result.box).toEqual({ left: 170, top: 50, width: 20, height: 200 });
  });

  it('keeps the aspect ratio: a 2:1 box becomes about 20×10', () => {
    const data = drawRects(SIZE, SIZE, [{ x: 40, y: 100, w: 160, h: 80 }]);
    const m = measure(preprocessDigit({ data, width: SIZE, height: SIZE }).pixels);
    expect(Math.abs(m.width - 20)).toBeLessThanOrEqual(1);
    expect(Math.abs(m.height - 10)).toBeLessThanOrEqual(1);
  });

  it('centres an off-centre drawing by its centre of mass, not its box', () => {
    // An "L" in the top-left corner: a tall bar and a short foot; its ink leans left and down.
    const shape = (ox: number, oy: number) => [
      { x: ox, y: oy, w: 16, h: 120 },
      { x: ox, y: oy + 104, w: 60, h: 16 },
    ];
    const corner = preprocessDigit({ data: drawRects(SIZE, SIZE, shape(5, 5)), width: SIZE, height: SIZE });
    const m = measure(corner.pixels);
    expect(Math.abs(m.comX - 14)).toBeLessThan(0.5);
    expect(Math.abs(m.comY - 14)).toBeLessThan(0.5);
    // The box's centre is right of and above the centre of mass, so the box is not centred.
    expect((m.left + m.right + 1) / 2).toBeGreaterThan(15);
    // Where it was drawn does not matter: the same shape elsewhere gives the same input.
    const elsewhere = preprocessDigit({ data: drawRects(SIZE, SIZE, shape(150, 120)), width: SIZE, height: SIZE });
    for (let i = 0; i < 784; i++) expect(elsewhere.pixels[i]).toBeCloseTo(corner.pixels[i], 5);
  });

  it('returns zeros and the empty flag for an empty drawing', () => {
    const blank = preprocessDigit({ data: new Uint8ClampedArray(SIZE * SIZE), width: SIZE, height: SIZE });
    expect(blank.empty).toBe(true);
    expect(blank.pixels).toHaveLength(784);
    expect(blank.pixels.every((v) => v === 0)).toBe(true);
    expect(blank.box).toBeNull();
    expect(blank.centreOfMass).toBeNull();
    // Faint anti-aliasing dust below the ink threshold is not a drawing either.
    const dust = new Uint8ClampedArray(SIZE * SIZE).fill(10);
    expect(preprocessDigit({ data: dust, width: SIZE, height: SIZE }).empty).toBe(true);
  });

  it('works on float images of any size, and on dark ink on white', () => {
    const width = 90;
    const height = 60;
    const light = new Float32Array(width * height).fill(1);
    // A 30×45 block (taller than wide) of dark ink, drawn as 0 on a white (1) page.
    for (let y = 10; y < 55; y++) light.fill(0, y * width + 20, y * width + 50);
    const result = preprocessDigit({ data: light, width, height }, { darkInk: true });
    const m = measure(result.pixels);
    expect(Math.abs(m.height - 20)).toBeLessThanOrEqual(1);
    expect(Math.abs(m.width - (30 * 20) / 45)).toBeLessThanOrEqual(1);
    expect(Math.abs(m.comX - 14)).toBeLessThan(0.5);
    expect(Math.abs(m.comY - 14)).toBeLessThan(0.5);
  });

  it('integer shifting moves by whole pixels and still centres within half a pixel', () => {
    const data = drawRects(SIZE, SIZE, [{ x: 30, y: 30, w: 50, h: 170 }]);
    const result = preprocessDigit({ data, width: SIZE, height: SIZE }, { shift: 'integer' });
    const m = measure(result.pixels);
    expect(Math.abs(m.comX - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(m.comY - 14)).toBeLessThanOrEqual(0.5);
    // Whole-pixel moves keep the scaled box's height exactly.
    expect(m.height).toBe(20);
  });

  it('refuses a box larger than the field and a mismatched data length', () => {
    const data = new Uint8ClampedArray(100);
    expect(() => preprocessDigit({ data, width: 10, height: 10 }, { boxSize: 30 })).toThrow(/box size/);
    expect(() => preprocessDigit({ data, width: 10, height: 9 })).toThrow(/expected 10·9 = 90 values, got 100/);
  });
});
