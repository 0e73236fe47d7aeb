import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../components/cnn-filter-lab';
import type { CnnFilterLab, FilterLabChangeEvent, FilterLabLoadEvent } from '../../components/cnn-filter-lab';
import { KERNEL_PRESETS } from '../../src/presets';
import { formatNumber } from '../../src/viz/format';

// web-test-runner serves the repository root, so the shipped photos live under /public/images/.
const BASE = '/public/images/';

async function lab(attributes: Record<string, string>): Promise<CnnFilterLab> {
  const el = document.createElement('cnn-filter-lab');
  el.setAttribute('image-base', BASE);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const loaded = oneEvent(el, 'cnn-load');
  // The element itself as the fixture: fixture() then awaits its updateComplete. (A wrapper
  // element would make it wait for an animation frame, which never comes while web-test-runner
  // runs this page in a background tab next to another test file.)
  await fixture(html`${el}`);
  await loaded;
  await el.updateComplete;
  return el;
}

function part<T extends Element = HTMLElement>(el: Element, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

function text(el: Element, name: string): string {
  return (part(el, name)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function canvasBytes(el: CnnFilterLab, which: 'original' | 'result'): Uint8ClampedArray {
  const canvas = part<HTMLCanvasElement>(el, `${which}-canvas`)!;
  return canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
}

/** Points at pixel (x, y) of a canvas the way a mouse does. */
function pointAt(el: CnnFilterLab, which: 'original' | 'result', x: number, y: number): void {
  const canvas = part<HTMLCanvasElement>(el, `${which}-canvas`)!;
  const rect = canvas.getBoundingClientRect();
  const image = el.sourceImage!;
  const clientX = rect.left + ((x + 0.5) / image.width) * rect.width;
  const clientY = rect.top + ((y + 0.5) / image.height) * rect.height;
  canvas.dispatchEvent(new PointerEvent('pointermove', { clientX, clientY, bubbles: true }));
}

describe('<cnn-filter-lab>', () => {
  it('loads a shipped photo by name and credits it', async () => {
    const el = await lab({ image: 'chelsea', kernel: 'identity' });
    // chelsea.png ships at 256×170 (downscaled from 451×300).
    expect([el.sourceImage!.width, el.sourceImage!.height]).to.deep.equal([256, 170]);
    expect(el.sourceImage!.channels).to.have.length(3);
    expect(part<HTMLCanvasElement>(el, 'original-canvas')!.width).to.equal(256);
    expect(text(el, 'credit')).to.include('Stefan van der Walt, CC0');
  });

  it('leaves every pixel unchanged with the identity kernel', async () => {
    const el = await lab({ image: 'coffee', kernel: 'identity' });
    const original = canvasBytes(el, 'original');
    const result = canvasBytes(el, 'result');
    expect(result.length).to.equal(original.length);
    let differing = 0;
    for (let i = 0; i < original.length; i++) if (original[i] !== result[i]) differing++;
    expect(differing).to.equal(0);
    // A photo, not a blank canvas: many distinct values.
    expect(new Set(original).size).to.be.greaterThan(100);
  });

  it('changes pixels with the vertical-edge kernel, as Σ(left column) − Σ(right column)', async () => {
    const el = await lab({ image: 'chelsea', kernel: 'vertical-edge' });
    const { width, channels } = el.sourceImage!;
    const red = channels[0];
    const at = (x: number, y: number) => red[y * width + x];
    for (const [x, y] of [[40, 30], [128, 85], [200, 150]]) {
      const expected = at(x - 1, y - 1) + at(x - 1, y) + at(x - 1, y + 1) - at(x + 1, y - 1) - at(x + 1, y) - at(x + 1, y + 1);
      expect(el.filteredImage!.channels[0][y * width + x]).to.equal(expected);
      // Edge kernels sum to 0, so the result canvas shows |value| clamped to 255.
      expect(canvasBytes(el, 'result')[4 * (y * width + x)]).to.equal(Math.min(255, Math.abs(expected)));
    }
    const original = canvasBytes(el, 'original');
    const result = canvasBytes(el, 'result');
    let differing = 0;
    for (let i = 0; i < original.length; i += 4) if (original[i] !== result[i]) differing++;
    expect(differing).to.be.greaterThan(original.length / 8);
    expect(text(el, 'legend')).to.include('|value|');
  });

  it('shows the 3×3 products of the pixel under the pointer, summing to the filtered value', async () => {
    const el = await lab({ image: 'chelsea', kernel: 'sharpen' });
    const { width, channels } = el.sourceImage!;
    pointAt(el, 'result', 40, 30);
    await el.updateComplete;
    expect(text(el, 'hover-pixel')).to.equal('Pixel x = 40, y = 30');
    const filtered = el.filteredImage!.channels[0][30 * width + 40];
    expect(text(el, 'hover-sum')).to.equal(`Sum = ${formatNumber(filtered)}`);
    const cells = (name: string) => [...part(el, name)!.querySelectorAll('td')].map((td) => td.textContent!.trim());
    // Sharpen: 5·centre − the four edge neighbours, read from the red plane.
    const at = (x: number, y: number) => channels[0][y * width + x];
    expect(cells('hover-values')).to.deep.equal(
      [at(39, 29), at(40, 29), at(41, 29), at(39, 30), at(40, 30), at(41, 30), at(39, 31), at(40, 31), at(41, 31)].map((v) => formatNumber(v)),
    );
    expect(cells('hover-kernel')).to.deep.equal(KERNEL_PRESETS.sharpen.flat().map((w) => formatNumber(w)));
    expect(filtered).to.equal(5 * at(40, 30) - at(40, 29) - at(39, 30) - at(41, 30) - at(40, 31));
    // The blue channel's numbers once the channel is switched.
    const channel = part<HTMLSelectElement>(el, 'channel-select')!;
    channel.value = '2';
    channel.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text(el, 'hover-sum')).to.equal(`Sum = ${formatNumber(el.filteredImage!.channels[2][30 * width + 40])}`);
  });

  it('moves the pixel cursor with the arrow keys without letting them through', async () => {
    const el = await lab({ image: 'camera', kernel: 'laplacian', mode: 'grey' });
    el.setCursor(10, 10);
    await el.updateComplete;
    const canvas = part<HTMLCanvasElement>(el, 'original-canvas')!;
    let leaked = 0;
    el.addEventListener('keydown', () => leaked++);
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', shiftKey: true, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(text(el, 'hover-pixel')).to.equal('Pixel x = 11, y = 20');
    expect(leaked).to.equal(0);
    const { width } = el.sourceImage!;
    expect(text(el, 'hover-sum')).to.equal(`Sum = ${formatNumber(el.filteredImage!.channels[0][20 * width + 11])}`);
  });

  it('converts to grey with the BT.601 weights', async () => {
    const el = await lab({ image: 'astronaut', kernel: 'identity' });
    const { width, channels } = el.sourceImage!;
    const pixels = [[30, 40], [128, 128], [250, 10]].map(([x, y]) => y * width + x);
    const rgb = pixels.map((i) => channels.map((plane) => plane[i]));
    el.mode = 'grey';
    await el.updateComplete;
    expect(el.sourceImage!.channels).to.have.length(1);
    pixels.forEach((i, n) => {
      const [r, g, b] = rgb[n];
      expect(el.sourceImage!.channels[0][i]).to.equal(Math.round(0.299 * r + 0.587 * g + 0.114 * b));
    });
  });

  it('shows a readable error for a bad kernel and recovers', async () => {
    const el = await lab({ image: 'brick', kernel: 'box-blur' });
    el.kernel = 'blurry';
    await el.updateComplete;
    expect(text(el, 'error')).to.include("unknown kernel 'blurry'");
    expect(el.filteredImage).to.equal(null);
    el.kernel = '[[1,2,3],[4,5,6],[7,8]]';
    await el.updateComplete;
    // Rows count from 0, as everywhere in ConvLab: row 2 is [7, 8].
    expect(text(el, 'error')).to.include('row 2 has 2 numbers but row 0 has 3 (rows count from 0 at the top)');
    el.kernel = '[[1,2,3],[4,5';
    await el.updateComplete;
    expect(text(el, 'error')).to.include('not valid JSON');
    el.kernel = '{"weights": [[1,2,1],[2,4,2],[1,2,1]], "divisor": 16}';
    await el.updateComplete;
    expect(part(el, 'error')).to.equal(null);
    expect(el.filteredImage).to.not.equal(null);
  });

  it('fires cnn-change when the reader picks a preset or edits a weight', async () => {
    const el = await lab({ image: 'brick', kernel: 'identity' });
    const picker = part<HTMLSelectElement>(el, 'kernel-select')!;
    const picked = oneEvent(el, 'cnn-change') as Promise<FilterLabChangeEvent>;
    picker.value = 'sharpen';
    picker.dispatchEvent(new Event('change'));
    const event = await picked;
    expect(event.detail).to.include({ kind: 'filter-lab', image: 'brick', kernel: 'sharpen', mode: 'rgb' });
    expect(event.detail.weights).to.deep.equal(KERNEL_PRESETS.sharpen);
    expect(el.getAttribute('kernel')).to.equal('sharpen');

    await el.updateComplete;
    const centre = el.shadowRoot!.querySelectorAll<HTMLInputElement>('.kernel-grid input')[4];
    const edited = oneEvent(el, 'cnn-change') as Promise<FilterLabChangeEvent>;
    centre.value = '6';
    centre.dispatchEvent(new Event('input'));
    expect((await edited).detail.kernel).to.equal('[[0,-1,0],[-1,6,-1],[0,-1,0]]');
    await el.updateComplete;
    expect(part<HTMLSelectElement>(el, 'kernel-select')!.value).to.equal('custom');
  });

  it('writes out only the attributes the page set or the reader changed', async () => {
    const el = await lab({ image: 'brick' });
    // The defaults (vertical-edge, rgb, zero, auto) are in use without being written out.
    expect(part<HTMLSelectElement>(el, 'kernel-select')!.value).to.equal('vertical-edge');
    expect(el.filteredImage).to.not.equal(null);
    for (const name of ['kernel', 'mode', 'edge', 'display']) expect(el.hasAttribute(name), name).to.be.false;
    const picker = part<HTMLSelectElement>(el, 'kernel-select')!;
    picker.value = 'sharpen';
    picker.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('kernel')).to.equal('sharpen');
    expect(el.hasAttribute('mode')).to.be.false;
  });

  it('shows weights with a true minus sign and takes “-” or “−” when typed', async () => {
    const el = await lab({ image: 'brick', kernel: 'laplacian' });
    const cells = () => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.kernel-grid input')];
    // The Laplacian [[0,1,0],[1,−4,1],[0,1,0]]: its centre reads −4 (U+2212), never "-4".
    expect(cells().map((cell) => cell.value)).to.deep.equal(['0', '1', '0', '1', '\u22124', '1', '0', '1', '0']);
    expect(cells()[4].getAttribute('aria-label')).to.equal('Kernel row 1, column 1');

    const typed = async (index: number, value: string): Promise<FilterLabChangeEvent> => {
      const changed = oneEvent(el, 'cnn-change') as Promise<FilterLabChangeEvent>;
      cells()[index].value = value;
      cells()[index].dispatchEvent(new Event('input'));
      const event = await changed;
      await el.updateComplete;
      return event;
    };
    expect((await typed(0, '-2')).detail.weights![0][0]).to.equal(-2);
    expect(cells()[0].value).to.equal('\u22122');
    expect((await typed(2, '\u22123')).detail.weights![0][2]).to.equal(-3);
    expect(cells()[2].value).to.equal('\u22123');
    expect((await typed(1, '0.25')).detail.weights![0][1]).to.equal(0.25);
    // Text that is not a number is named by its 0-based position, and the grid keeps the last kernel.
    // Cell 5 of the 3×3 grid: second row, third column.
    await typed(5, 'abc');
    expect(text(el, 'error')).to.include('row 1, column 2 (counting from 0 at the top left) is not a number');
    expect(cells()[5].value).to.equal('abc');
    expect(cells()[0].value).to.equal('\u22122');
  });

  it('keeps each operator of the pixel view on the line of the table it leads to when narrow', async () => {
    const el = await lab({ image: 'brick', kernel: 'laplacian' });
    el.style.display = 'block';
    el.style.width = '356px';
    await el.updateComplete;
    const ops = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.equation .op')];
    expect(ops.map((op) => op.textContent)).to.deep.equal(['⊙', '→']);
    for (const [op, table] of [[ops[0], 'hover-kernel'], [ops[1], 'hover-products']] as const) {
      const arrow = op.getBoundingClientRect();
      const box = part(el, table)!.getBoundingClientRect();
      const middle = (arrow.top + arrow.bottom) / 2;
      expect(middle, table).to.be.within(box.top, box.bottom);
      expect(arrow.right, table).to.be.at.most(box.left + 1);
    }
  });

  it('reports an image that cannot be fetched or is not an image', async () => {
    const el = await lab({ image: 'brick', kernel: 'identity' });
    el.image = '/public/images/no-such-photo.png';
    await waitUntil(() => part(el, 'error') !== null, 'no error shown');
    expect(text(el, 'error')).to.include('Could not load the image');
    expect(text(el, 'error')).to.include('HTTP 404');

    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const files = new DataTransfer();
    files.items.add(new File(['just some words'], 'notes.txt', { type: 'text/plain' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => text(el, 'error').includes('notes.txt'), 'no error for a text file');
    expect(text(el, 'error')).to.include('is not an image this browser can read');

    // A real image file loads (scaled to at most 256 px) and clears the error.
    const png = await (await fetch(`${BASE}camera.png`)).blob();
    const again = new DataTransfer();
    again.items.add(new File([png], 'mine.png', { type: 'image/png' }));
    input.files = again.files;
    const loaded = oneEvent(el, 'cnn-load') as Promise<FilterLabLoadEvent>;
    input.dispatchEvent(new Event('change'));
    expect((await loaded).detail).to.deep.equal({ src: 'mine.png', width: 256, height: 256 });
    await el.updateComplete;
    expect(part(el, 'error')).to.equal(null);
    expect(part<HTMLSelectElement>(el, 'image-select')!.selectedOptions[0].textContent).to.include('mine.png');
  });

  it('speaks Korean', async () => {
    const el = await lab({ image: 'chelsea', kernel: 'laplacian', lang: 'ko' });
    expect(text(el, 'original')).to.include('원본');
    expect(text(el, 'result')).to.include('필터 결과');
    expect(part<HTMLSelectElement>(el, 'kernel-select')!.selectedOptions[0].textContent).to.equal('라플라시안');
    expect(text(el, 'credit')).to.include('사진: 고양이 첼시');
    expect(text(el, 'hover-sum')).to.match(/^합 = /);
    el.kernel = 'nope';
    await el.updateComplete;
    expect(text(el, 'error')).to.include("알 수 없는 커널 'nope'");
  });
});
