import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ELEMENT_RULES,
  MAX_VALUE_LENGTH,
  filterKernelText,
  isValidKey,
  paddingText,
  paramName,
  readState,
  sameValue,
  writeState,
  type AttributeValues,
} from '../../../src/site/url-state';

const conv = ELEMENT_RULES['cnn-conv-stepper'];
const read = (search: string, key = 'a', rules = conv) => readState(new URLSearchParams(search), key, rules);

describe('parameter names and keys', () => {
  it('names a parameter key.attribute', () => {
    expect(paramName('a', 'step')).toBe('a.step');
    expect(paramName('size', 'w')).toBe('size.w');
  });

  it('accepts short word-like keys only', () => {
    expect(['a', 'flip', 'conv-2', 'B7'].map(isValidKey)).toEqual([true, true, true, true]);
    expect(['', '2a', 'a.b', 'a b', 'x'.repeat(30), '-a'].map(isValidKey)).toEqual([false, false, false, false, false, false]);
  });
});

describe('readState: what a link may set', () => {
  it('reads the whitelisted attributes of a conv stepper', () => {
    expect(read('a.input=example-b&a.kernel=example-b&a.padding=same&a.stride=2&a.dilation=1&a.bias=-5&a.step=4')).toEqual({
      input: 'example-b',
      kernel: 'example-b',
      padding: 'same',
      stride: '2',
      dilation: '1',
      bias: '-5',
      step: '4',
    });
  });

  it('only reads parameters of its own key', () => {
    expect(read('b.step=4&step=3&a.step=2')).toEqual({ step: '2' });
    expect(read('a.step=2', 'not a key')).toEqual({});
  });

  it('ignores attributes that are not whitelisted (state such as playing, or anything else)', () => {
    expect(read('a.playing=1&a.speed=4&a.onclick=alert(1)&a.data-url-key=b&a.style=color:red')).toEqual({});
  });

  it('ignores values its rule does not accept, keeping the valid ones', () => {
    for (const step of ['-3', '1e3', '2.5', '', 'four', '%2B%2B1']) expect(read(`a.step=${step}`)).toEqual({});
    const garbage = [
      'a.stride=0',
      'a.stride=1,2,3',
      'a.padding=xyz',
      'a.padding=1,2',
      'a.padding=99',
      'a.dilation=two',
      'a.input=notapreset',
      'a.input=%5B%5B1%2C2%5D%2C%5B3%2C%22x%22%5D%5D', // [[1,2],[3,"x"]]
      'a.input=%5B%5B1%2C2%5D', // truncated JSON
      'a.kernel=javascript%3Aalert(1)',
      'a.kernel=%5B%5BInfinity%5D%5D',
      'a.bias=NaN',
      'a.bias=%7B%7D',
    ].join('&');
    expect(read(`${garbage}&a.step=6&a.kernel=sharpen`)).toEqual({ step: '6' });
  });

  it('writes values in one canonical form', () => {
    expect(read('a.step=%2B07&a.stride=2%2C%201&a.input=%5B%5B1%2C%202%5D%2C%20%5B3%2C4%5D%5D&a.padding=%201%2C0%2C1%2C0%20')).toEqual({
      step: '7',
      stride: '2,1',
      input: '[[1,2],[3,4]]',
      padding: '1,0,1,0',
    });
  });

  it('reads flags as on ("" / 1 / true) or off (0 / false) and ignores other words', () => {
    expect(read('a.flip=1')).toEqual({ flip: '' });
    expect(read('a.flip=true')).toEqual({ flip: '' });
    expect(read('a.flip=')).toEqual({ flip: '' });
    expect(read('a.flip=0')).toEqual({ flip: null });
    expect(read('a.flip=FALSE')).toEqual({ flip: null });
    expect(read('a.flip=maybe')).toEqual({});
  });

  it('refuses over-long values and oversized matrices', () => {
    const big = JSON.stringify(Array.from({ length: 17 }, () => [1, 2]));
    expect(read(`a.input=${encodeURIComponent(big)}`)).toEqual({});
    const long = `[[${'1,'.repeat(MAX_VALUE_LENGTH)}1]]`;
    expect(read(`a.input=${encodeURIComponent(long)}`)).toEqual({});
    // Ragged rows are valid JSON numbers: the element explains them, the link keeps them.
    expect(read('a.input=%5B%5B1%2C2%5D%2C%5B3%5D%5D')).toEqual({ input: '[[1,2],[3]]' });
  });

  it('only lets the filter lab load the photos the site ships', () => {
    const lab = ELEMENT_RULES['cnn-filter-lab'];
    expect(read('f.image=camera&f.mode=grey&f.kernel=laplacian', 'f', lab)).toEqual({ image: 'camera', mode: 'grey', kernel: 'laplacian' });
    expect(read('f.image=https%3A%2F%2Fexample.org%2Fx.png', 'f', lab)).toEqual({});
    expect(read('f.image=..%2F..%2Fsecret.png', 'f', lab)).toEqual({});
  });

  it('reads the output-size calculator within its input ranges', () => {
    const size = ELEMENT_RULES['cnn-output-size'];
    expect(read('s.w=6&s.k=3&s.p=same&s.s=2&s.d=1', 's', size)).toEqual({ w: '6', k: '3', p: 'same', s: '2', d: '1' });
    // AlexNet's first layer: 227 wide, 11×11 kernels, stride 4.
    expect(read('s.w=227&s.k=11&s.s=4', 's', size)).toEqual({ w: '227', k: '11', s: '4' });
    expect(read('s.w=0&s.k=65&s.p=-1&s.s=0&s.d=17', 's', size)).toEqual({});
    expect(read('s.w=1e3&s.k=3.5&s.p=SAME', 's', size)).toEqual({});
  });
});

describe('value rules', () => {
  it('padding: names, one width, or four sides', () => {
    expect(['valid', 'same', 'full', '0', '3', '1,0,1,0'].map((text) => paddingText(text))).toEqual([
      'valid',
      'same',
      'full',
      '0',
      '3',
      '1,0,1,0',
    ]);
    expect(['Same', '', '1,1', '-1', '1,,1,1', '9'].map((text) => paddingText(text))).toEqual([null, null, null, null, null, null]);
  });

  it('filter-lab kernels: presets, matrices, or weights with a non-zero divisor', () => {
    expect(filterKernelText('sharpen')).toBe('sharpen');
    expect(filterKernelText('[[1, 2], [3, 4]]')).toBe('[[1,2],[3,4]]');
    expect(filterKernelText('{"weights": [[1,1],[1,1]], "divisor": 4}')).toBe('{"weights":[[1,1],[1,1]],"divisor":4}');
    expect(filterKernelText('{"weights": [[1,1],[1,1]], "divisor": 0}')).toBeNull();
    expect(filterKernelText('{"weights": [[1,1],[1,1]], "src": "x"}')).toBeNull();
    expect(filterKernelText('{"weights": [1, 1]}')).toBeNull();
    expect(filterKernelText('{not json')).toBeNull();
  });
});

describe('writeState: what the address bar says', () => {
  const defaults: AttributeValues = { input: 'example-a', kernel: 'vertical-edge', step: null, flip: null };

  it('leaves out everything that equals the page default, and keeps other parameters', () => {
    const params = new URLSearchParams('lang=ko&a.step=3&other=1');
    const next = writeState(params, 'a', conv, { ...defaults, step: '0' }, defaults);
    expect(next.toString()).toBe('lang=ko&other=1');
    // The input is not changed.
    expect(params.get('a.step')).toBe('3');
  });

  it('writes what differs from the default', () => {
    const current = { ...defaults, step: '5', padding: 'same', flip: '' };
    const next = writeState(new URLSearchParams('lang=en'), 'a', conv, current, defaults);
    expect(Object.fromEntries(next)).toEqual({ lang: 'en', 'a.step': '5', 'a.padding': 'same', 'a.flip': '1' });
  });

  it('writes a flag that the page had on and the reader turned off as 0', () => {
    const next = writeState(new URLSearchParams(), 'a', conv, { flip: null }, { flip: '' });
    expect(next.get('a.flip')).toBe('0');
    expect(read(next.toString())).toEqual({ flip: null });
  });

  it('leaves out a value its rule would refuse to read back', () => {
    const huge = JSON.stringify(Array.from({ length: 20 }, () => Array.from({ length: 20 }, () => 1)));
    const next = writeState(new URLSearchParams('a.input=example-b'), 'a', conv, { ...defaults, input: huge }, defaults);
    expect(next.has('a.input')).toBe(false);
  });

  it('treats an absent step and step 0 as the same', () => {
    const step = conv.step;
    expect(sameValue(step, null, '0')).toBe(true);
    expect(sameValue(step, '00', '0')).toBe(true);
    expect(sameValue(step, '1', null)).toBe(false);
  });

  it('round-trips any valid stepper state through the URL', () => {
    const state = fc.record({
      step: fc.integer({ min: 0, max: 500 }).map(String),
      padding: fc.constantFrom('valid', 'same', 'full', '0', '2', '1,0,1,0'),
      stride: fc.constantFrom('1', '2', '3', '2,1'),
      flip: fc.constantFrom<string | null>('', null),
      input: fc.constantFrom('example-a', 'example-b', '[[1,2,3],[4,5,6]]', '[[[1]],[[2]]]'),
      bias: fc.oneof(fc.integer({ min: -9, max: 9 }).map(String), fc.constant('[1,2]')),
    });
    fc.assert(
      fc.property(state, (current) => {
        const params = writeState(new URLSearchParams('lang=ko'), 'a', conv, current, {});
        const back = readState(params, 'a', conv);
        for (const [name, value] of Object.entries(current)) {
          expect(sameValue(conv[name], back[name] ?? null, value)).toBe(true);
        }
        expect(params.get('lang')).toBe('ko');
      }),
      { numRuns: 200 },
    );
  });
});

describe('never throws on what a link may hold', () => {
  it('reads arbitrary text for every attribute of every element', () => {
    const junk = fc.oneof(fc.string(), fc.json(), fc.constantFrom('[[', '{"weights":', '[[1e999]]', '__proto__', 'constructor'));
    fc.assert(
      fc.property(junk, (text) => {
        for (const [tag, rules] of Object.entries(ELEMENT_RULES)) {
          const params = new URLSearchParams();
          for (const attribute of Object.keys(rules)) params.set(paramName('k', attribute), text);
          const state = readState(params, 'k', rules);
          // Whatever is accepted is canonical: reading it again gives the same text.
          for (const [attribute, value] of Object.entries(state)) {
            const rule = rules[attribute];
            if (rule.kind === 'value' && value !== null) expect(rule.parse(value), `${tag}.${attribute}`).toBe(value);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
