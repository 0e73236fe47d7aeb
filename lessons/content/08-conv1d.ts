/**
 * Lesson 8: 1D convolution (CURRICULUM §7). The kernel slides along time and spans every
 * feature; the Keras (5, 1) examples with kernel size, 'same' and strides to choose; a
 * sentence with a 3-gram kernel; stacked Conv1D layers; the traffic-speed forecaster and
 * its tuning exercise, whose settings (look_back, units, kernel size) live in the URL.
 */
import { html } from 'lit';
import '../../components/cnn-conv1d-stepper';
import '../../components/cnn-model-summary';
import { outputSize } from '../../src/geometry';
import { attrChoice, attrPresets } from '../../src/site/lesson-controls';
import { defineLesson, demo, formula, note, section, text, tryThis, type LessonView } from '../../src/site/lesson-kit';
import { quizSection } from '../../src/site/quiz-section';
import { oneOf, valueRule, type ElementRules } from '../../src/site/url-state';

const v = (name: string) => html`<var>${name}</var>`;

/** The Keras example's input has shape (5, 1): five time steps, one feature. */
const SERIES_LENGTH = 5;

const STACKED = JSON.stringify([
  { type: 'conv1d', filters: 1, kernelSize: 2 },
  { type: 'conv1d', filters: 3, kernelSize: 2 },
  { type: 'conv1d', filters: 5, kernelSize: 2 },
]);

/** The exercise's choices; the first of each list's defaults is the course model (traffic-1d). */
const LOOK_BACKS = ['288', '144', '72', '576'];
const UNITS = ['16', '8', '32', '64'];
const KERNELS = ['6', '3', '12'];

/**
 * URL whitelist for the exercise's summary (key "x"): the exercise's three settings, kept
 * as data- attributes on the summary, which the demo turns into its layers and input shape.
 */
const EXERCISE_RULES: ElementRules = {
  'data-look-back': valueRule((text) => oneOf(text, LOOK_BACKS), LOOK_BACKS[0]),
  'data-units': valueRule((text) => oneOf(text, UNITS), UNITS[0]),
  'data-kernel': valueRule((text) => oneOf(text, KERNELS), KERNELS[0]),
};

/** The forecaster as a Keras layer list, for the chosen units and kernel size. */
function forecaster(units: string, kernel: string): string {
  return JSON.stringify([
    { type: 'conv1d', filters: 32, kernelSize: Number(kernel), padding: 'same', activation: 'relu' },
    { type: 'flatten' },
    { type: 'dense', units: Number(units) },
    { type: 'dense', units: 1 },
  ]);
}

/** "(5, 1) → Conv1D(1, kernel_size=2, strides=1, padding='valid') → (4, 1)" for the keyed stepper's settings. */
function kerasLine(view: LessonView): string {
  try {
    const kernel: unknown = JSON.parse(view.attr('k', 'kernel') ?? '[-1,1]');
    // A linked kernel with several channels or filters is not the one-feature Keras example.
    if (!Array.isArray(kernel) || kernel.some((weight) => typeof weight !== 'number')) return '';
    const padding = view.attr('k', 'padding') === 'same' ? 'same' : 'valid';
    const stride = Number(view.attr('k', 'stride') ?? '1');
    const length = outputSize({ input: SERIES_LENGTH, kernel: kernel.length, stride, padding }).size;
    return `(${SERIES_LENGTH}, 1) → Conv1D(1, kernel_size=${kernel.length}, strides=${stride}, padding='${padding}') → (${length}, 1)`;
  } catch {
    // The stepper itself explains a kernel that does not fit.
    return '';
  }
}

export const lesson = defineLesson({
  slug: '08-conv1d',
  urlRules: { x: EXERCISE_RULES },
  sections: [
    section('time', { en: 'Sliding along time', ko: '시간 축을 따라 움직이기' }, [
      text(
        html`<p>Not all data is an image. A sensor that reports every five minutes, a stock price, an audio signal or a sentence is a
            <em>sequence</em>: ${v('L')} steps, each described by ${v('F')} numbers (its features). Its shape is (${v('L')}, ${v('F')}),
            which Keras calls (steps, channels).</p>
          <p>A 1D convolution slides its kernel along that single axis. The kernel is ${v('K')} steps long and, just as a 2D filter
            covers every colour channel, it covers all ${v('F')} features at once: it has ${v('K')} × ${v('F')} weights. At each
            position it multiplies, adds and writes one number, so one filter turns the sequence into a new, usually shorter,
            sequence. Its length follows the formula you know from images, along one axis:</p>`,
        html`<p>모든 데이터가 이미지는 아닙니다. 5분마다 값을 보내는 센서, 주가, 오디오 신호, 문장은 모두 <em>시퀀스</em>입니다. ${v('L')}개의
            단계가 있고, 각 단계는 숫자 ${v('F')}개(특성)로 표현됩니다. 모양은 (${v('L')}, ${v('F')})이고, Keras에서는 (steps, channels)라고
            부릅니다.</p>
          <p>1D 합성곱은 커널을 이 하나의 축을 따라 움직입니다. 커널의 길이는 ${v('K')} 단계이고, 2D 필터가 모든 색 채널을 덮듯이 특성
            ${v('F')}개를 한꺼번에 덮습니다. 즉 가중치는 ${v('K')} × ${v('F')}개입니다. 자리마다 곱하고 더해 숫자 하나를 쓰므로, 필터 하나가
            시퀀스를 새로운(보통 더 짧은) 시퀀스로 바꿉니다. 길이는 이미지에서 배운 공식을 한 축에만 적용한 것입니다.</p>`,
      ),
      formula(html`${v('L')}<sub>out</sub> = ⌊(${v('L')} − ${v('K')} + 2${v('P')}) / ${v('S')}⌋ + 1`, {
        en: 'L: sequence length, K: kernel size, P: padding at each end, S: stride.',
        ko: 'L: 시퀀스 길이, K: 커널 크기, P: 양 끝의 패딩, S: 스트라이드.',
      }),
    ]),

    section('keras', { en: 'The Keras example, step by step', ko: 'Keras 예제를 단계별로' }, [
      text(
        html`<p>The smallest case: an input of shape (5, 1), five time steps with one feature, and
            <code>Conv1D(filters=1, kernel_size=2)</code>. The window covers two neighbouring steps and fits in 5 − 2 + 1 = 4 places,
            so the output has shape (4, 1). The kernel here is [−1, 1]: each output is the change from one step to the next.</p>`,
        html`<p>가장 작은 경우부터 봅시다. 입력 모양은 (5, 1), 즉 특성 하나짜리 단계 다섯 개이고, 층은
            <code>Conv1D(filters=1, kernel_size=2)</code>입니다. 창은 이웃한 두 단계를 덮고 5 − 2 + 1 = 4곳에 놓이므로 출력 모양은 (4, 1)입니다.
            여기서 커널은 [−1, 1]이라서, 출력 하나하나는 한 단계에서 다음 단계로의 변화량입니다.</p>`,
      ),
      demo(
        (view) => html`${attrPresets(view, 'k', { en: 'Kernel', ko: '커널' }, [
            { label: 'kernel_size=2 [−1, 1]', attributes: { kernel: '[-1,1]' } },
            { label: 'kernel_size=3 [1, 1, 1]', attributes: { kernel: '[1,1,1]' } },
          ])}
          ${attrChoice(view, 'k', 'padding', { en: 'Padding', ko: '패딩' }, [
            { value: 'valid', label: "'valid'" },
            { value: 'same', label: "'same'" },
          ], 'valid')}
          ${attrChoice(view, 'k', 'stride', { en: 'Strides', ko: '스트라이드' }, [
            { value: '1', label: '1' },
            { value: '2', label: '2' },
          ], '1')}
          <cnn-conv1d-stepper data-url-key="k" input="[1,3,2,5,4]" kernel="[-1,1]" padding="valid" stride="1"></cnn-conv1d-stepper>
          ${kerasLine(view) ? html`<p class="demo-result"><code>${kerasLine(view)}</code></p>` : ''}`,
      ),
      tryThis(
        html`<ul>
          <li>Choose kernel_size=3: the output shrinks to (3, 1). This kernel adds three neighbours: 1 + 3 + 2 = 6 first.</li>
          <li>Now choose padding 'same': a zero is added at each end and the output is back to 5 steps.</li>
          <li>Then set strides to 2: the window jumps two steps at a time and ⌈5 / 2⌉ = 3 outputs remain.</li>
        </ul>`,
        html`<ul>
          <li>kernel_size=3을 고르면 출력이 (3, 1)로 줄어듭니다. 이 커널은 이웃한 세 값을 더하므로 첫 출력은 1 + 3 + 2 = 6입니다.</li>
          <li>이제 패딩을 'same'으로 바꾸면 양 끝에 0이 하나씩 붙어 출력이 다시 5단계가 됩니다.</li>
          <li>이어서 스트라이드를 2로 바꾸면 창이 두 단계씩 건너뛰어 ⌈5 / 2⌉ = 3개의 출력만 남습니다.</li>
        </ul>`,
      ),
      note(
        html`<p>With an even kernel, 'same' needs an odd number of zeros. Keras (TensorFlow) puts the extra zero at the end of the
            sequence; choose kernel_size=2 with 'same' to see it.</p>`,
        html`<p>커널 크기가 짝수이면 'same'에 필요한 0의 개수가 홀수가 됩니다. Keras(TensorFlow)는 남는 0 하나를 시퀀스의 끝에 붙입니다.
            kernel_size=2와 'same'을 함께 골라 확인해 보세요.</p>`,
      ),
    ]),

    section('words', { en: 'Sentences: a kernel of 3 is a 3-gram', ko: '문장: 크기 3인 커널은 3-그램' }, [
      text(
        html`<p>In text, each word is first turned into a vector of ${v('E')} numbers, its <em>embedding</em>. A sentence of ${v('L')}
            words becomes an ${v('L')} × ${v('E')} array: the words are the time steps and the embedding numbers are the features. A
            kernel of size 3 then reads three consecutive words at once, a <strong>3-gram</strong>, and can respond to a phrase such
            as “not good at” as a whole, which no single word expresses.</p>
          <p>Below, each word is a column of ${v('E')} = 4 made-up numbers (a trained model would learn them, and the same word always
            gets the same column). The kernel is drawn with ${v('E')} rows and 3 columns: it spans the whole embedding of every word
            in its window.</p>`,
        html`<p>텍스트에서는 먼저 단어 하나하나를 숫자 ${v('E')}개로 이루어진 벡터, 즉 <em>임베딩</em>으로 바꿉니다. 단어 ${v('L')}개로 된
            문장은 ${v('L')} × ${v('E')} 배열이 됩니다. 단어가 시간 단계이고, 임베딩의 숫자들이 특성입니다. 크기가 3인 커널은 연속한 세
            단어, 즉 <strong>3-그램</strong>을 한 번에 읽으므로 “not good at”처럼 단어 하나로는 나타낼 수 없는 구절 전체에 반응할 수
            있습니다.</p>
          <p>아래에서 단어마다 임의로 만든 숫자 ${v('E')} = 4개가 한 열을 이룹니다(학습된 모델이라면 이 값도 학습하며, 같은 단어는 항상 같은
            열을 가집니다). 커널은 ${v('E')}행 3열로 그려져 있어, 창 안에 있는 모든 단어의 임베딩 전체를 덮습니다.</p>`,
      ),
      demo(
        (view) => html`${attrChoice(view, 'w', 'kernel-size', { en: 'Kernel size', ko: '커널 크기' }, [
            { value: '2', label: { en: '2 (bigram)', ko: '2 (2-그램)' } },
            { value: '3', label: { en: '3 (3-gram)', ko: '3 (3-그램)' } },
            { value: '4', label: '4' },
          ], '3')}
          ${attrChoice(view, 'w', 'filters', { en: 'Filters', ko: '필터 수' }, [
            { value: '1', label: '1' },
            { value: '2', label: '2' },
            { value: '3', label: '3' },
          ], '1')}
          <cnn-conv1d-stepper data-url-key="w" tokens='["the","movie","was","not","good","at","all"]' kernel-size="3"
            filters="2"></cnn-conv1d-stepper>`,
      ),
      tryThis(
        html`<p>With two filters the output has two rows, one per filter: each filter is a different 3-gram detector, and both read
            the same windows. Change the kernel size and count the outputs: 7 − ${v('K')} + 1 per filter.</p>`,
        html`<p>필터가 두 개이면 출력은 필터마다 한 행씩 두 행입니다. 두 필터는 같은 창을 읽지만 서로 다른 3-그램을 찾는 검출기입니다.
            커널 크기를 바꾸며 출력 개수를 세어 보세요. 필터마다 7 − ${v('K')} + 1개입니다.</p>`,
      ),
    ]),

    section('stacking', { en: 'Stacking Conv1D layers', ko: 'Conv1D 층 쌓기' }, [
      text(
        html`<p>Conv1D layers stack like Conv2D layers: the filters of one layer become the channels (features) of the next. Here
            three layers with 1, 3 and 5 filters of size 2 process the (5, 1) input. Each layer shortens the sequence by one, and each
            filter of the third layer has 2 × 3 weights, because its input has 3 channels.</p>`,
        html`<p>Conv1D 층도 Conv2D 층처럼 쌓을 수 있습니다. 한 층의 필터들이 다음 층의 채널(특성)이 됩니다. 여기서는 필터가 1개, 3개, 5개이고
            크기가 2인 세 층이 (5, 1) 입력을 처리합니다. 층마다 시퀀스가 하나씩 짧아지고, 세 번째 층의 필터는 입력 채널이 3개이므로
            가중치가 2 × 3개입니다.</p>`,
      ),
      formula(html`${v('P')} = (${v('K')} · ${v('C')}<sub>in</sub> + 1) · ${v('C')}<sub>out</sub>`, {
        en: 'Parameters of a Conv1D layer: here 3, 9 and 35.',
        ko: 'Conv1D 층의 파라미터 수: 여기서는 3, 9, 35개.',
      }),
      demo(() => html`<cnn-model-summary input-shape="[5,1]" layers=${STACKED}></cnn-model-summary>`),
    ]),

    section('traffic', { en: 'Forecasting traffic speed', ko: '교통 속도 예측' }, [
      text(
        html`<p>A real use: predicting the traffic speed on a road from its recent past. A sensor reports the average speed every
            5 minutes, which makes 12 samples an hour and 288 a day.</p>
          <ol>
            <li><strong>Scale.</strong> Min-max scaling maps every speed into [0, 1]: ${v('x')}′ = (${v('x')} − min) / (max − min), with
              min and max taken from the training data. Networks train better on small numbers of similar size.</li>
            <li><strong>Cut windows.</strong> Each example is a window of look_back = 288 consecutive values (the last 24 hours), and its
              target is the value that follows. Sliding the window one step at a time turns one long series into many examples of
              shape (288, 1).</li>
            <li><strong>Model.</strong> Conv1D with 32 filters of size 6 ('same' padding, ReLU) reads the window; each filter spans
              6 samples, half an hour. Flatten, Dense(16) and Dense(1) turn its output into one number: the predicted, scaled speed.</li>
          </ol>`,
        html`<p>실제 예를 봅시다. 도로의 최근 교통 속도로 앞으로의 속도를 예측합니다. 센서는 5분마다 평균 속도를 보내므로 한 시간에
            12개, 하루에 288개의 샘플이 쌓입니다.</p>
          <ol>
            <li><strong>스케일 조정.</strong> 최소-최대 스케일링으로 모든 속도를 [0, 1] 범위로 옮깁니다. ${v('x')}′ = (${v('x')} − min) /
              (max − min)이고, min과 max는 학습 데이터에서 구합니다. 신경망은 크기가 비슷한 작은 숫자에서 더 잘 학습합니다.</li>
            <li><strong>창 자르기.</strong> 예제 하나는 연속한 값 look_back = 288개(최근 24시간)의 창이고, 목표값은 바로 다음 값입니다. 창을
              한 단계씩 밀면 긴 시계열 하나가 (288, 1) 모양의 예제 여러 개가 됩니다.</li>
            <li><strong>모델.</strong> 크기 6인 필터 32개를 가진 Conv1D('same' 패딩, ReLU)가 창을 읽습니다. 필터 하나는 샘플 6개, 즉 30분을
              덮습니다. 이어서 평탄화(Flatten), Dense(16), Dense(1)이 출력을 숫자 하나, 즉 스케일된 예측 속도로 바꿉니다.</li>
          </ol>`,
      ),
      demo(() => html`<cnn-model-summary data-url-key="t" model="traffic-1d"></cnn-model-summary>`),
      text(
        html`<p>Read the table from the top. The Conv1D layer has (6 × 1 + 1) × 32 = 224 parameters, and with 'same' padding its
            output keeps all 288 steps: (288, 32). Flatten lays these out as 288 × 32 = 9,216 numbers. The first Dense layer connects
            each of them to 16 units: 9,216 × 16 + 16 = 147,472 parameters, almost all of the model's 147,713. The last layer adds
            16 + 1 = 17.</p>`,
        html`<p>표를 위에서부터 읽어 보세요. Conv1D 층의 파라미터는 (6 × 1 + 1) × 32 = 224개이고, 'same' 패딩이므로 출력은 288단계를 모두
            유지해 (288, 32)입니다. 평탄화하면 288 × 32 = 9,216개의 숫자가 됩니다. 첫 번째 Dense 층은 이 숫자 하나하나를 유닛 16개와
            연결하므로 파라미터가 9,216 × 16 + 16 = 147,472개로, 모델 전체 147,713개의 거의 전부입니다. 마지막 층은 16 + 1 = 17개를
            더합니다.</p>`,
      ),
      note(
        html`<p>The convolution is cheap; the Dense layer after Flatten holds the parameters. That is typical, and it is why the
            length of the window drives the size of this model.</p>`,
        html`<p>합성곱 층은 가볍고, 파라미터는 평탄화 뒤의 Dense 층에 몰려 있습니다. 흔히 있는 일이며, 그래서 이 모델의 크기는 창의 길이에
            따라 크게 달라집니다.</p>`,
      ),
    ]),

    section('exercise', { en: 'Exercise: tune the forecaster', ko: '연습: 예측 모델 조정하기' }, [
      text(
        html`<p>Train the model and measure the mean squared error (MSE) on the test windows, in scaled units. Then change one setting
            at a time and see whether the test MSE goes down:</p>
          <ul>
            <li><strong>look_back</strong>: how much history each prediction sees (288 = one day);</li>
            <li><strong>units</strong>: the width of the hidden Dense layer;</li>
            <li><strong>kernel size</strong>: how many 5-minute samples each filter spans.</li>
          </ul>
          <p>The choices below rebuild the model summary, so you can see what each setting costs in parameters before you train.</p>`,
        html`<p>모델을 학습하고 테스트 창에서 평균 제곱 오차(MSE)를 스케일된 단위로 재어 보세요. 그다음 설정을 한 번에 하나씩 바꾸며 테스트
            MSE가 줄어드는지 확인합니다.</p>
          <ul>
            <li><strong>look_back</strong>: 예측 하나가 보는 과거의 길이(288 = 하루)</li>
            <li><strong>units</strong>: 은닉 Dense 층의 유닛 수</li>
            <li><strong>커널 크기</strong>: 필터 하나가 덮는 5분 샘플의 수</li>
          </ul>
          <p>아래에서 값을 고르면 모델 요약이 다시 만들어지므로, 학습하기 전에 각 설정에 파라미터가 얼마나 드는지 볼 수 있습니다.</p>`,
      ),
      demo((view) => {
        const lookBack = view.attr('x', 'data-look-back') ?? LOOK_BACKS[0];
        const units = view.attr('x', 'data-units') ?? UNITS[0];
        const kernel = view.attr('x', 'data-kernel') ?? KERNELS[0];
        const chips = (values: readonly string[]) => [...values].sort((a, b) => Number(a) - Number(b)).map((value) => ({ value, label: value }));
        return html`${attrChoice(view, 'x', 'data-look-back', { en: 'look_back', ko: 'look_back' }, chips(LOOK_BACKS), LOOK_BACKS[0])}
          ${attrChoice(view, 'x', 'data-units', { en: 'units', ko: 'units' }, chips(UNITS), UNITS[0])}
          ${attrChoice(view, 'x', 'data-kernel', { en: 'kernel size', ko: '커널 크기' }, chips(KERNELS), KERNELS[0])}
          <cnn-model-summary data-url-key="x" data-look-back="288" data-units="16" data-kernel="6" input-shape=${`[${lookBack},1]`}
            layers=${forecaster(units, kernel)}></cnn-model-summary>`;
      }),
      text(
        html`<p>One reported result: with look_back = 144 (12 hours) the test MSE was 0.002782. The shorter window also halves the
            Dense layer, 73,985 parameters in all instead of 147,713, so the model trains faster and has less room to overfit.
            Whether it wins on your data is the point of the exercise: compare on the same test windows, and change one setting at
            a time.</p>`,
        html`<p>보고된 결과 하나를 소개하면, look_back = 144(12시간)일 때 테스트 MSE가 0.002782였습니다. 창이 짧아지면 Dense 층도 절반이 되어
            파라미터가 147,713개가 아니라 모두 73,985개이므로, 학습이 빠르고 과대적합할 여지도 줄어듭니다. 여러분의 데이터에서도 더 나은지
            확인하는 것이 이 연습의 핵심입니다. 같은 테스트 창으로 비교하고, 설정은 한 번에 하나씩 바꾸세요.</p>`,
      ),
    ]),

    section('summary', { en: 'In short', ko: '정리' }, [
      text(
        html`<ul>
          <li>A 1D convolution slides along one axis (time, or the words of a sentence); its kernel spans every feature.</li>
          <li>Output length: ⌊(${v('L')} − ${v('K')} + 2${v('P')}) / ${v('S')}⌋ + 1; 'same' keeps ⌈${v('L')} / ${v('S')}⌉.</li>
          <li>Over word embeddings, a kernel of size 3 is a learned 3-gram detector.</li>
          <li>A Conv1D layer has (${v('K')} · ${v('C')}<sub>in</sub> + 1) · ${v('C')}<sub>out</sub> parameters; after Flatten, the Dense layer usually has far more.</li>
        </ul>`,
        html`<ul>
          <li>1D 합성곱은 한 축(시간이나 문장의 단어)을 따라 움직이며, 커널은 모든 특성을 덮습니다.</li>
          <li>출력 길이는 ⌊(${v('L')} − ${v('K')} + 2${v('P')}) / ${v('S')}⌋ + 1이고, 'same'이면 ⌈${v('L')} / ${v('S')}⌉입니다.</li>
          <li>단어 임베딩 위에서 크기 3인 커널은 학습된 3-그램 검출기입니다.</li>
          <li>Conv1D 층의 파라미터는 (${v('K')} · ${v('C')}<sub>in</sub> + 1) · ${v('C')}<sub>out</sub>개이고, 보통은 평탄화 뒤의 Dense 층이 훨씬 많습니다.</li>
        </ul>`,
      ),
    ]),
    quizSection('08-conv1d'),
  ],
});
