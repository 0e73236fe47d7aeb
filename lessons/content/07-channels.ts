/**
 * Lesson 7: channels, several filters and 1×1 convolution (CURRICULUM §2 C, multiple
 * filters, 1×1; §9 parameter counts). Example C with per-channel sums and a bias to try,
 * two filters stacking two feature maps, 1×1 filters mixing channels, Inception's
 * bottleneck in parameters, and (K·K·C_in + 1)·C_out on an editable Keras summary.
 */
import { html } from 'lit';
import '../../components/cnn-conv-stepper';
import '../../components/cnn-model-summary';
import { attrChoice } from '../../src/site/lesson-controls';
import { defineLesson, demo, formula, note, section, text, tryThis } from '../../src/site/lesson-kit';
import { quizSection } from '../../src/site/quiz-section';

const v = (name: string) => html`<var>${name}</var>`;
const cin = html`<var>C</var><sub>in</sub>`;
const cout = html`<var>C</var><sub>out</sub>`;

/** Two 3×3 filters on one channel, as [Cout][Cin][Kh][Kw]: vertical edge (example A's) and horizontal edge. */
const TWO_FILTERS = JSON.stringify([
  [
    [
      [1, 0, -1],
      [1, 0, -1],
      [1, 0, -1],
    ],
  ],
  [
    [
      [1, 1, 1],
      [0, 0, 0],
      [-1, -1, -1],
    ],
  ],
]);

/** A 3-channel 3×3 input and two 1×1 filters: "add the channels" and "first minus last". */
const PIXELS = JSON.stringify([
  [
    [1, 2, 0],
    [0, 1, 3],
    [2, 1, 0],
  ],
  [
    [0, 1, 1],
    [2, 0, 1],
    [1, 1, 2],
  ],
  [
    [3, 0, 1],
    [1, 2, 0],
    [0, 1, 1],
  ],
]);
const ONE_BY_ONE = JSON.stringify([[[[1]], [[1]], [[1]]], [[[1]], [[0]], [[-1]]]]);

/** Keras layer lists for the summaries (TensorFlow.js argument names). */
const DIRECT_5X5 = JSON.stringify([{ type: 'conv2d', filters: 32, kernelSize: 5, padding: 'same' }]);
const BOTTLENECK = JSON.stringify([
  { type: 'conv2d', filters: 16, kernelSize: 1 },
  { type: 'conv2d', filters: 32, kernelSize: 5, padding: 'same' },
]);
const SMALL_STACK = JSON.stringify([
  { type: 'conv2d', filters: 6, kernelSize: 5, activation: 'relu' },
  { type: 'conv2d', filters: 16, kernelSize: 5, activation: 'relu' },
  { type: 'conv2d', filters: 8, kernelSize: 1 },
]);

export const lesson = defineLesson({
  slug: '07-channels',
  sections: [
    section('depth', { en: 'A filter has depth', ko: '필터에도 깊이가 있다' }, [
      text(
        html`<p>A grey image is one matrix of numbers; a colour image is three, for red, green and blue. Each of them is a
            <strong>channel</strong>, and the image's shape is written height × width × channels, for example 32×32×3. Inside
            a network every feature map of one layer becomes a channel of the next layer's input, so 64 or 512 channels are
            common.</p>
          <p>A convolution filter always reaches through <em>all</em> the input channels. On a 3-channel input, a “3×3 filter”
            is really a 3×3×3 block of 27 weights, one 3×3 slice per channel. It still slides only across height and width.</p>`,
        html`<p>흑백 이미지는 숫자 행렬 하나지만, 컬러 이미지는 빨강, 초록, 파랑의 행렬 세 개입니다. 이 하나하나를
            <strong>채널</strong>이라 하고, 이미지의 모양은 높이 × 너비 × 채널, 예를 들어 32×32×3으로 적습니다. 신경망 안에서는 한 층의
            특성 맵 하나하나가 다음 층 입력의 채널이 되므로, 채널이 64개나 512개인 경우도 흔합니다.</p>
          <p>합성곱 필터는 항상 입력의 <em>모든</em> 채널을 관통합니다. 채널이 3개인 입력에서 “3×3 필터”는 사실 채널마다 3×3 조각이 하나씩
            있는 3×3×3 블록, 즉 가중치 27개입니다. 그래도 필터는 높이와 너비 방향으로만 움직입니다.</p>`,
      ),
      formula(html`${v('y')} = ReLU(${v('w')} · ${v('x')} + ${v('b')})`, {
        en: 'y: one output number; x: the K×K×C_in block under the window; w: the filter’s K·K·C_in weights; b: its bias.',
        ko: 'y: 출력 숫자 하나, x: 창 아래의 K×K×C_in 블록, w: 필터의 가중치 K·K·C_in개, b: 필터의 편향.',
      }),
      text(
        html`<p>For example, a 5×5×3 filter on a 32×32×3 image multiplies 75 pairs of numbers at each position, adds them and
            its bias, and applies ReLU. It fits in 28 × 28 positions, so it produces one 28×28 feature map.</p>`,
        html`<p>예를 들어 32×32×3 이미지에 5×5×3 필터를 적용하면, 자리마다 숫자 75쌍을 곱해 더하고 편향을 더한 뒤 ReLU를 적용합니다.
            필터가 놓일 자리는 28 × 28개이므로 28×28 특성 맵 하나가 만들어집니다.</p>`,
      ),
    ]),

    section('example-c', { en: 'Worked example: three channels', ko: '예제: 채널 세 개' }, [
      text(
        html`<p>You met this input in lesson 2. Each of its three 5×5 channels holds 200 in the top three rows and 0 in the
            bottom two. The filter is 3×3×3 with every weight 0.1. The stepper shows each channel's own sum of products (Σ),
            then adds the three sums and the bias.</p>`,
        html`<p>2강에서 본 입력입니다. 5×5 채널 세 개 모두 위쪽 세 행은 200, 아래쪽 두 행은 0입니다. 필터는 가중치가 모두 0.1인
            3×3×3 필터입니다. 스테퍼는 채널마다 곱의 합(Σ)을 따로 보여 준 다음, 세 합과 편향을 더합니다.</p>`,
      ),
      demo(
        (view) => html`${attrChoice(
            view,
            'c',
            'bias',
            { en: 'Bias b', ko: '편향 b' },
            [
              { value: '0', label: '0' },
              { value: '-400', label: '−400' },
              { value: '60', label: '+60' },
            ],
            '0',
          )}
          <cnn-conv-stepper data-url-key="c" input="example-c" kernel="example-c"></cnn-conv-stepper>`,
      ),
      text(
        html`<p>In the first window every channel gives 9 × 200 × 0.1 = 180, and 180 + 180 + 180 = 540. One row lower the window
            covers two rows of 200 (120 per channel, 360 in all), and at the bottom only one (60 per channel, 180 in all). The
            output rows are 540, 360 and 180, each constant, because the input does not change from left to right.</p>`,
        html`<p>첫 번째 창에서는 채널마다 9 × 200 × 0.1 = 180이 나오고, 180 + 180 + 180 = 540입니다. 한 행 아래에서는 창이 200인 행을
            두 개만 덮으므로 채널마다 120, 합쳐서 360이고, 맨 아래에서는 한 행만 덮으므로 채널마다 60, 합쳐서 180입니다. 출력의 행은
            540, 360, 180이고, 입력이 왼쪽에서 오른쪽으로 변하지 않으므로 각 행의 값은 모두 같습니다.</p>`,
      ),
      tryThis(
        html`<p>Choose the bias −400 and step again: the rows become 140, −40 and −220. The bias is added once per position, not
            once per channel. A ReLU after this layer would keep the 140s and turn the other two rows into 0.</p>`,
        html`<p>편향을 −400으로 바꾸고 다시 단계를 넘겨 보세요. 행의 값이 140, −40, −220이 됩니다. 편향은 채널마다가 아니라 자리마다
            한 번 더해집니다. 이 층 뒤에 ReLU가 있다면 140은 그대로 두고 나머지 두 행은 0으로 만듭니다.</p>`,
      ),
    ]),

    section('filters', { en: 'Several filters, several feature maps', ko: '필터 여러 개, 특성 맵 여러 개' }, [
      text(
        html`<p>One filter looks for one pattern. A layer usually has many filters, each with its own weights and bias, and each
            produces its own feature map. The maps are stacked along the depth axis, so a layer with ${cout} filters outputs
            ${cout} channels.</p>
          <p>Below, the 5×5 input of example A goes through two filters: the vertical-edge kernel from lesson 2 and a
            horizontal-edge kernel (top row minus bottom row). The stepper fills the first feature map, then the second; together
            they form a 3×3×2 output.</p>`,
        html`<p>필터 하나는 무늬 하나를 찾습니다. 보통 한 층에는 필터가 여러 개 있고, 필터마다 자기 가중치와 편향을 가지며 자기 특성 맵을
            하나씩 만듭니다. 이 맵들을 깊이 방향으로 쌓으므로, 필터가 ${cout}개인 층의 출력 채널은 ${cout}개입니다.</p>
          <p>아래에서는 예제 A의 5×5 입력에 필터 두 개를 적용합니다. 2강의 세로 윤곽선 커널과, 위 행에서 아래 행을 빼는 가로 윤곽선
            커널입니다. 스테퍼는 첫 번째 특성 맵을 채운 다음 두 번째를 채웁니다. 둘을 합치면 3×3×2 출력이 됩니다.</p>`,
      ),
      demo(() => html`<cnn-conv-stepper data-url-key="f" input="example-a" kernel=${TWO_FILTERS}></cnn-conv-stepper>`),
      tryThis(
        html`<p>Click the top-left cell of the second feature map to jump there. Which filter answers more strongly at the top-left
            window: the vertical edge (6) or the horizontal one? Work out (7 + 2 + 3) − (3 + 3 + 2) before you look.</p>`,
        html`<p>두 번째 특성 맵의 왼쪽 위 칸을 클릭해 그 단계로 가 보세요. 왼쪽 위 창에서 더 강하게 반응하는 것은 세로 윤곽선
            필터(6)일까요, 가로 윤곽선 필터일까요? 보기 전에 (7 + 2 + 3) − (3 + 3 + 2)를 먼저 계산해 보세요.</p>`,
      ),
      note(
        html`<p>Shapes in general: an ${v('H')}×${v('W')}×${cin} input and ${cout} filters of size ${v('K')}×${v('K')}×${cin}
            give an ${v('H')}′×${v('W')}′×${cout} output. Keras stores the layer's weights as one array of shape
            (${v('K')}, ${v('K')}, ${cin}, ${cout}), plus ${cout} biases.</p>`,
        html`<p>일반적인 모양: ${v('H')}×${v('W')}×${cin} 입력에 ${v('K')}×${v('K')}×${cin} 크기의 필터 ${cout}개를 적용하면
            ${v('H')}′×${v('W')}′×${cout} 출력이 나옵니다. Keras는 이 층의 가중치를 (${v('K')}, ${v('K')}, ${cin}, ${cout}) 모양의
            배열 하나와 편향 ${cout}개로 저장합니다.</p>`,
      ),
    ]),

    section('one-by-one', { en: '1×1 convolution', ko: '1×1 합성곱' }, [
      text(
        html`<p>A 1×1 filter seems useless at first: a window of one pixel has no neighbours to combine. But it still reaches through
            all the input channels. At every position it takes that pixel's ${cin} values, forms a weighted sum and adds a bias.
            It <strong>mixes channels</strong> and leaves the spatial layout alone.</p>
          <p>With ${cout} such filters a ${v('k')}×${v('k')}×${cin} map becomes ${v('k')}×${v('k')}×${cout}. For instance, 32 filters of
            size 1×1×128 turn (${v('k')}, ${v('k')}, 128) into (${v('k')}, ${v('k')}, 32), using (128 + 1) × 32 = 4,128 parameters.</p>`,
        html`<p>1×1 필터는 처음에는 쓸모없어 보입니다. 한 픽셀짜리 창에는 합칠 이웃이 없으니까요. 하지만 이 필터도 입력의 모든 채널을
            관통합니다. 자리마다 그 픽셀의 채널 값 ${cin}개에 가중치를 곱해 더하고 편향을 더합니다. 즉 <strong>채널을 섞고</strong>, 공간
            배치는 그대로 둡니다.</p>
          <p>이런 필터가 ${cout}개 있으면 ${v('k')}×${v('k')}×${cin} 맵이 ${v('k')}×${v('k')}×${cout}가 됩니다. 예를 들어 1×1×128 필터
            32개는 (${v('k')}, ${v('k')}, 128)을 (${v('k')}, ${v('k')}, 32)로 바꾸며, 파라미터는 (128 + 1) × 32 = 4,128개입니다.</p>`,
      ),
      demo(() => html`<cnn-conv-stepper data-url-key="p" input=${PIXELS} kernel=${ONE_BY_ONE}></cnn-conv-stepper>`),
      tryThis(
        html`<p>The first filter adds the three channels pixel by pixel; the second subtracts the last channel from the first. Check
            the top-left pixel: 1 + 0 + 3 = 4 and 1 − 3 = −2. The output is still 3×3: only the number of channels changed,
            from 3 to 2.</p>`,
        html`<p>첫 번째 필터는 픽셀마다 세 채널을 더하고, 두 번째 필터는 첫 채널에서 마지막 채널을 뺍니다. 왼쪽 위 픽셀로 확인해
            보세요. 1 + 0 + 3 = 4, 1 − 3 = −2입니다. 출력은 여전히 3×3이고, 채널 수만 3개에서 2개로 바뀌었습니다.</p>`,
      ),
    ]),

    section('bottleneck', { en: 'The bottleneck', ko: '병목 층' }, [
      text(
        html`<p>GoogLeNet's Inception modules use 1×1 convolutions as a <strong>bottleneck</strong>: before an expensive 3×3 or 5×5
            convolution, a 1×1 layer reduces the number of channels, so the large filters have far less depth to cover. Compare
            two ways to get 32 feature maps from a 28×28×192 input: a 5×5 convolution straight away, or the same convolution after
            a 1×1 layer that squeezes 192 channels into 16.</p>`,
        html`<p>GoogLeNet의 인셉션(Inception) 모듈은 1×1 합성곱을 <strong>병목 층</strong>으로 씁니다. 계산이 많은 3×3이나 5×5 합성곱
            앞에 1×1 층을 두어 채널 수를 줄이면, 큰 필터가 덮어야 할 깊이가 훨씬 얕아집니다. 28×28×192 입력에서 특성 맵 32개를 얻는 두
            방법을 비교해 보세요. 곧바로 5×5 합성곱을 하는 방법과, 1×1 층으로 채널 192개를 16개로 줄인 뒤 같은 합성곱을 하는
            방법입니다.</p>`,
      ),
      demo(
        (view) => html`<p class="demo-caption">${view.lang === 'en' ? 'A. 5×5 convolution, 32 filters' : 'A. 5×5 합성곱, 필터 32개'}</p>
          <cnn-model-summary input-shape="[28,28,192]" layers=${DIRECT_5X5}></cnn-model-summary>
          <p class="demo-caption">${view.lang === 'en'
            ? 'B. 1×1 convolution to 16 channels, then the same 5×5 convolution'
            : 'B. 1×1 합성곱으로 채널 16개로 줄인 뒤 같은 5×5 합성곱'}</p>
          <cnn-model-summary input-shape="[28,28,192]" layers=${BOTTLENECK}></cnn-model-summary>`,
      ),
      text(
        html`<p>Both end with a 28×28×32 output, but the bottleneck needs 15,920 parameters instead of 153,632, about a tenth. The
            multiplications shrink in the same way, from about 120 million (28·28·32 · 5·5·192) to about 12 million
            (28·28·16 · 192 + 28·28·32 · 5·5·16), which is what made deep Inception networks affordable. The price is that
            everything the 5×5 filters see has to pass through 16 channels.</p>`,
        html`<p>두 방법 모두 28×28×32 출력을 내지만, 병목 층을 쓰면 파라미터가 153,632개가 아니라 15,920개로 약 10분의 1입니다. 곱셈 수도
            같은 비율로 줄어 약 1억 2천만 번(28·28·32 · 5·5·192)에서 약 1천 2백만 번(28·28·16 · 192 + 28·28·32 · 5·5·16)이 됩니다.
            덕분에 깊은 인셉션 신경망을 감당할 수 있었습니다. 대신 5×5 필터가 보는 정보는 모두 채널 16개를 거쳐야 한다는 제약이
            생깁니다.</p>`,
      ),
    ]),

    section('params', { en: 'Counting parameters', ko: '파라미터 세기' }, [
      text(
        html`<p>Each filter has ${v('K')}·${v('K')}·${cin} weights and one bias, and a layer has ${cout} filters:</p>`,
        html`<p>필터 하나에는 가중치 ${v('K')}·${v('K')}·${cin}개와 편향 하나가 있고, 한 층에는 필터가 ${cout}개 있습니다.</p>`,
      ),
      formula(html`${v('P')} = (${v('K')} · ${v('K')} · ${cin} + 1) · ${cout}`, {
        en: 'P: the number of parameters. The image’s height and width do not appear: the same filters slide over an input of any size.',
        ko: 'P: 파라미터 수. 이미지의 높이와 너비는 들어가지 않습니다. 같은 필터가 어떤 크기의 입력 위로든 움직이기 때문입니다.',
      }),
      text(
        html`<p>The table is Keras's <code>model.summary()</code> for three convolutions on a 32×32×3 image: (5·5·3 + 1)·6 = 456,
            (5·5·6 + 1)·16 = 2,416 and (1·1·16 + 1)·8 = 136 parameters. Click an output shape or a Param # to see the numbers
            substituted, or change a layer and watch the counts follow.</p>`,
        html`<p>아래 표는 32×32×3 이미지에 합성곱 세 개를 쌓은 모델의 Keras <code>model.summary()</code>입니다. 파라미터는 각각
            (5·5·3 + 1)·6 = 456, (5·5·6 + 1)·16 = 2,416, (1·1·16 + 1)·8 = 136개입니다. 출력 크기나 파라미터 수를 클릭하면 숫자를 대입한
            계산이 보이고, 층 설정을 바꾸면 개수가 바로 따라 바뀝니다.</p>`,
      ),
      demo(() => html`<cnn-model-summary input-shape="[32,32,3]" layers=${SMALL_STACK} editable></cnn-model-summary>`),
      tryThis(
        html`<ul>
          <li>Change the first layer's kernel size from 5 to 3: its count falls to (3·3·3 + 1)·6 = 168, while the output shapes grow.</li>
          <li>Give the first layer 12 filters instead of 6: the second layer's count nearly doubles too, to (5·5·12 + 1)·16 = 4,816, because its ${cin} doubled.</li>
        </ul>`,
        html`<ul>
          <li>첫 번째 층의 커널 크기를 5에서 3으로 바꿔 보세요. 파라미터는 (3·3·3 + 1)·6 = 168개로 줄고, 출력 모양은 커집니다.</li>
          <li>첫 번째 층의 필터를 6개에서 12개로 늘려 보세요. 두 번째 층의 ${cin}이 두 배가 되므로 그 층의 파라미터도
            (5·5·12 + 1)·16 = 4,816개로 거의 두 배가 됩니다.</li>
        </ul>`,
      ),
    ]),

    section('summary', { en: 'In short', ko: '정리' }, [
      text(
        html`<ul>
          <li>A filter spans every input channel: a ${v('K')}×${v('K')} filter on ${cin} channels has ${v('K')}·${v('K')}·${cin} weights and one bias.</li>
          <li>Each output number is ReLU(${v('w')} · ${v('x')} + ${v('b')}) over one ${v('K')}×${v('K')}×${cin} block; per-channel sums are added once, with one bias.</li>
          <li>${cout} filters give ${cout} feature maps, stacked as output channels.</li>
          <li>A 1×1 convolution mixes channels only; as a bottleneck it cuts parameters and computation.</li>
          <li>A convolution layer has (${v('K')}·${v('K')}·${cin} + 1)·${cout} parameters, whatever the image size.</li>
        </ul>`,
        html`<ul>
          <li>필터는 입력의 모든 채널을 덮습니다. 채널이 ${cin}개일 때 ${v('K')}×${v('K')} 필터의 가중치는 ${v('K')}·${v('K')}·${cin}개이고 편향은 하나입니다.</li>
          <li>출력의 숫자 하나는 ${v('K')}×${v('K')}×${cin} 블록 하나에 대한 ReLU(${v('w')} · ${v('x')} + ${v('b')})입니다. 채널별 합을 모두 더하고 편향은 한 번만 더합니다.</li>
          <li>필터 ${cout}개는 특성 맵 ${cout}개를 만들고, 이것이 출력 채널로 쌓입니다.</li>
          <li>1×1 합성곱은 채널만 섞습니다. 병목 층으로 쓰면 파라미터와 계산량이 줄어듭니다.</li>
          <li>합성곱 층의 파라미터는 이미지 크기와 상관없이 (${v('K')}·${v('K')}·${cin} + 1)·${cout}개입니다.</li>
        </ul>`,
      ),
    ]),
    quizSection('07-channels'),
  ],
});
