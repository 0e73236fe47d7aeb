/**
 * Lesson 10: counting parameters and shapes (CURRICULUM §9). Keras's model.summary() as
 * <cnn-model-summary>, the conv formula (K·K·C_in + 1)·C_out, dense in·out + out, layers
 * without parameters, output shapes through valid and 'same' layers, and the course's
 * models A–E and the traffic-speed Conv1D. Every number quoted here is in §9.
 */
import { html } from 'lit';
import '../../components/cnn-model-summary';
import { codeBlock } from '../../src/site/lesson-10-code';
import { attrChoice, attrToggle } from '../../src/site/lesson-controls';
import { defineLesson, demo, formula, note, section, text, tryThis, type LessonView } from '../../src/site/lesson-kit';

const v = (name: string) => html`<var>${name}</var>`;
const sub = (name: string, index: string) => html`<var>${name}</var><sub>${index}</sub>`;

const MODEL_CHOICES = [
  { value: 'keras-a', label: { en: 'A: MNIST CNN', ko: 'A: MNIST CNN' } },
  { value: 'keras-b', label: { en: 'B: Fashion CNN', ko: 'B: 패션 CNN' } },
  { value: 'keras-c', label: { en: 'C: Fashion MLP', ko: 'C: 패션 MLP' } },
  { value: 'keras-d', label: { en: 'D: regression', ko: 'D: 회귀' } },
  { value: 'keras-e', label: { en: 'E: wall texture', ko: 'E: 벽 질감' } },
  { value: 'traffic-1d', label: { en: 'Traffic Conv1D', ko: '교통 Conv1D' } },
];

const modelPicker = (view: LessonView, key: string) =>
  html`${attrChoice(view, key, 'model', { en: 'Model:', ko: '모델:' }, MODEL_CHOICES)}
  ${attrToggle(view, key, 'explain', { en: 'Explain every row', ko: '모든 행 설명 펼치기' })}`;

const KERAS_A = `model = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(32, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Conv2D(64, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Conv2D(64, 3, activation="relu"),
    layers.Flatten(),
    layers.Dense(64, activation="relu"),
    layers.Dense(10, activation="softmax"),
])
model.summary()`;

export const lesson = defineLesson({
  slug: '10-parameters',
  sections: [
    section('summary', { en: 'Reading model.summary()', ko: 'model.summary() 읽기' }, [
      text(
        html`<p>Before training a network it pays to know how big it is. Keras prints a table for any model with
            <code>model.summary()</code>: one row per layer with its name and class, the shape of its output and its number of
            parameters, then the totals. Here is the convolutional network the course trains on MNIST (model A):</p>
          ${codeBlock(KERAS_A, 'Keras')}
          <p>The same table is drawn below from the same layer list. The first number of every Output Shape is
            <code>None</code>: the batch size, which is left open until the model is called. <strong>Param #</strong> counts the
            weights and biases the layer learns. Click any shape or count to see where it comes from.</p>`,
        html`<p>신경망을 학습시키기 전에 그 크기를 알아 두면 좋습니다. Keras에서는 <code>model.summary()</code>를 부르면 표가 나옵니다. 층마다
            한 행씩 이름과 클래스, 출력 크기, 파라미터 수가 나오고, 마지막에 합계가 나옵니다. 다음은 이 강의에서 MNIST로 학습시키는 합성곱
            신경망(모델 A)입니다.</p>
          ${codeBlock(KERAS_A, 'Keras')}
          <p>아래 표는 같은 층 목록으로 그린 것입니다. 모든 Output Shape의 첫 번째 값인 <code>None</code>은 배치 크기로, 모델을 실제로 부를
            때까지 정해지지 않은 채로 남습니다. <strong>Param #</strong>은 그 층이 학습하는 가중치와 편향의 개수입니다. 크기나 개수를 누르면
            어떻게 계산되었는지 볼 수 있습니다.</p>`,
      ),
      demo(
        (view) => html`${modelPicker(view, 'a')}
          <cnn-model-summary data-url-key="a" model="keras-a"></cnn-model-summary>`,
      ),
      tryThis(
        html`<p>Switch between the models. Which layers always show 0? Which single layer holds most of model B's 242,570
            parameters?</p>`,
        html`<p>모델을 바꿔 보세요. 항상 0이 나오는 층은 어떤 층일까요? 모델 B의 파라미터 242,570개 중 대부분은 어느 층 하나에 있을까요?</p>`,
      ),
    ]),

    section('conv', { en: 'Parameters of a convolution', ko: '합성곱층의 파라미터' }, [
      text(
        html`<p>A convolutional layer with ${sub('C', 'out')} filters learns, for each filter, one ${v('K')}×${v('K')} kernel per
            input channel and one bias. It does not matter how large the image is: the same kernels slide over every position
            (parameter sharing). So the count depends only on the kernel size and the channels:</p>`,
        html`<p>필터가 ${sub('C', 'out')}개인 합성곱층은 필터마다 입력 채널 하나에 ${v('K')}×${v('K')} 커널 하나씩과 편향 하나를 학습합니다.
            이미지가 얼마나 큰지는 상관없습니다. 같은 커널이 모든 위치를 훑기 때문입니다(파라미터 공유). 그래서 파라미터 수는 커널 크기와 채널
            수로만 정해집니다.</p>`,
      ),
      formula(html`(${sub('K', 'h')} · ${sub('K', 'w')} · ${sub('C', 'in')} + 1) · ${sub('C', 'out')}`, {
        en: 'the +1 is each filter’s bias',
        ko: '+1은 필터마다 하나씩 있는 편향입니다',
      }),
      text(
        html`<ul>
            <li>Model A's first layer sees one grey channel: (3 · 3 · 1 + 1) · 32 = 320.</li>
            <li>Its second layer sees the 32 maps of the first: (3 · 3 · 32 + 1) · 64 = 18,496.</li>
            <li>Its third sees 64 maps and has 64 filters: (3 · 3 · 64 + 1) · 64 = 36,928.</li>
          </ul>
          <p>The input channels count fully: a 3×3 filter on a 64-channel input is really a 3×3×64 block of 576 weights.</p>`,
        html`<ul>
            <li>모델 A의 첫 층은 회색 채널 하나를 봅니다: (3 · 3 · 1 + 1) · 32 = 320.</li>
            <li>두 번째 층은 첫 층이 만든 맵 32개를 봅니다: (3 · 3 · 32 + 1) · 64 = 18,496.</li>
            <li>세 번째 층은 맵 64개를 보고 필터가 64개입니다: (3 · 3 · 64 + 1) · 64 = 36,928.</li>
          </ul>
          <p>입력 채널 수는 그대로 곱해집니다. 64채널 입력에 쓰는 3×3 필터는 사실 가중치 576개짜리 3×3×64 블록입니다.</p>`,
      ),
      note(
        html`<p>A Conv1D layer is counted the same way with one kernel axis: the traffic model's Conv1D(32, kernel 6) on one
            feature has (6 · 1 + 1) · 32 = 224 parameters.</p>`,
        html`<p>Conv1D 층도 커널 축이 하나일 뿐 같은 방식으로 셉니다. 교통 모델의 Conv1D(32, 커널 6)은 특성 하나를 입력으로 받으므로
            (6 · 1 + 1) · 32 = 224개입니다.</p>`,
      ),
    ]),

    section('dense', { en: 'Dense layers and layers with nothing to learn', ko: '완전 연결층과 학습할 것이 없는 층' }, [
      text(
        html`<p>A dense (fully connected) layer connects every input to every unit and gives each unit a bias:</p>`,
        html`<p>완전 연결층(Dense)은 모든 입력을 모든 유닛에 연결하고, 유닛마다 편향을 하나씩 둡니다.</p>`,
      ),
      formula(html`${v('in')} · ${v('out')} + ${v('out')}`),
      text(
        html`<p>In model A, Flatten turns the last 3×3×64 block into 576 numbers, so Dense(64) has 576 · 64 + 64 = 36,928
            parameters and the output layer 64 · 10 + 10 = 650. Pooling, Flatten and Dropout have no weights at all: pooling
            takes a maximum or a mean, Flatten only rearranges values, and Dropout only zeroes some of them during training.
            Adding up: 320 + 18,496 + 36,928 + 36,928 + 650 = <strong>93,322</strong>.</p>`,
        html`<p>모델 A에서 평탄화(Flatten)는 마지막 3×3×64 블록을 숫자 576개로 펼치므로, Dense(64)의 파라미터는 576 · 64 + 64 = 36,928개,
            출력층은 64 · 10 + 10 = 650개입니다. 풀링, 평탄화, 드롭아웃에는 가중치가 전혀 없습니다. 풀링은 최댓값이나 평균을 고를 뿐이고,
            평탄화는 값을 다시 늘어놓을 뿐이며, 드롭아웃은 학습 중에 일부 값을 0으로 만들 뿐입니다. 모두 더하면 320 + 18,496 + 36,928 +
            36,928 + 650 = <strong>93,322</strong>개입니다.</p>`,
      ),
      text(
        html`<p>Model D, a small regression network on 5 input features, is all dense: 5 · 16 + 16 = 96, then 16 · 32 + 32 = 544,
            32 · 16 + 16 = 528 and 16 · 1 + 1 = 17, in total 1,185.</p>`,
        html`<p>입력 특성 5개로 값을 예측하는 작은 회귀 신경망인 모델 D는 모두 완전 연결층입니다. 5 · 16 + 16 = 96, 16 · 32 + 32 = 544,
            32 · 16 + 16 = 528, 16 · 1 + 1 = 17로, 모두 1,185개입니다.</p>`,
      ),
    ]),

    section('shapes', { en: 'Following the shapes', ko: '출력 크기 따라가기' }, [
      text(
        html`<p>Output shapes follow the rules of the earlier lessons. With 'valid' padding a 3×3 convolution removes one pixel
            on each side, and a 2×2 max pooling halves the size, rounding down:</p>`,
        html`<p>출력 크기는 앞 강의의 규칙을 그대로 따릅니다. 'valid' 패딩에서 3×3 합성곱은 가장자리를 한 픽셀씩 잘라 내고, 2×2 최대 풀링은
            크기를 절반으로 줄이며 나머지는 버립니다.</p>`,
      ),
      formula(html`28 → 26 → 13 → 11 → 5 → 3, &nbsp; Flatten: 3 · 3 · 64 = 576`, {
        en: 'model A: 28 − 3 + 1 = 26, ⌊26 / 2⌋ = 13, 13 − 3 + 1 = 11, ⌊11 / 2⌋ = 5, 5 − 3 + 1 = 3',
        ko: '모델 A: 28 − 3 + 1 = 26, ⌊26 / 2⌋ = 13, 13 − 3 + 1 = 11, ⌊11 / 2⌋ = 5, 5 − 3 + 1 = 3',
      }),
      text(
        html`<p>Model B (for Fashion-MNIST) uses 'same' padding everywhere, so only pooling shrinks the maps: 28 → 14 → 7. Its
            last convolution has 32 filters, so Flatten gives 7 · 7 · 32 = 1,568 values, and the Dense(128) after it needs
            1,568 · 128 + 128 = 200,832 parameters, more than 80 % of the model's 242,570. This is typical: in a small CNN most
            parameters sit in the first dense layer after Flatten, and keeping the maps small before it (more pooling, fewer
            channels) is the cheapest way to shrink a model.</p>`,
        html`<p>Fashion-MNIST용 모델 B는 모든 층에 'same' 패딩을 쓰므로 맵을 줄이는 것은 풀링뿐입니다: 28 → 14 → 7. 마지막 합성곱층의 필터가
            32개이므로 평탄화하면 7 · 7 · 32 = 1,568개 값이 되고, 그 뒤의 Dense(128)에는 1,568 · 128 + 128 = 200,832개의 파라미터가
            필요합니다. 모델 전체 242,570개의 80 %가 넘습니다. 흔히 있는 일입니다. 작은 CNN에서는 평탄화 바로 뒤의 완전 연결층에 파라미터
            대부분이 몰려 있으므로, 그 앞에서 맵을 작게 만드는 것(풀링을 더 하거나 채널을 줄이는 것)이 모델을 줄이는 가장 쉬운 방법입니다.</p>`,
      ),
      demo(
        (view) => html`${modelPicker(view, 'b')}
          <cnn-model-summary data-url-key="b" model="keras-b" explain></cnn-model-summary>`,
      ),
    ]),

    section('compare', { en: 'A dense network is not smaller', ko: '완전 연결 신경망이 더 작지는 않습니다' }, [
      text(
        html`<p>Model C classifies the same 28×28 images without any convolution: Flatten, Dropout, Dense(128), Dense(32),
            Dense(10). Its first layer alone has 784 · 128 + 128 = 100,480 parameters, and the total is 104,938, more than the
            93,322 of CNN model A. Yet on images the CNN does better, because its weights are shared across positions and each
            unit looks at a small neighbourhood: it spends its parameters on patterns, not on pixel positions.</p>`,
        html`<p>모델 C는 같은 28×28 이미지를 합성곱 없이 분류합니다: 평탄화, 드롭아웃, Dense(128), Dense(32), Dense(10). 첫 층 하나만 784 ·
            128 + 128 = 100,480개이고, 합계 104,938개로 CNN인 모델 A의 93,322개보다 많습니다. 그런데도 이미지에서는 CNN이 더 잘합니다. 가중치를
            모든 위치에서 공유하고 각 유닛이 작은 이웃만 보므로, 파라미터를 픽셀 위치가 아니라 패턴에 쓰기 때문입니다.</p>`,
      ),
      text(
        html`<p>The traffic-speed model shows the same effect in one dimension. Conv1D(32, kernel 6, 'same') on 288 time steps
            costs only 224 parameters, but flattening its 288 × 32 output gives 9,216 values, and Dense(16) after it needs
            9,216 · 16 + 16 = 147,472 of the model's 147,713 parameters.</p>`,
        html`<p>교통 속도 모델은 같은 현상을 1차원에서 보여 줍니다. 시점 288개에 대한 Conv1D(32, 커널 6, 'same')은 파라미터가 224개뿐이지만,
            그 288 × 32 출력을 평탄화하면 값이 9,216개가 되고, 뒤의 Dense(16)가 모델 전체 147,713개 중 9,216 · 16 + 16 = 147,472개를
            차지합니다.</p>`,
      ),
    ]),

    section('model-e', { en: 'A large input, a small model', ko: '큰 입력, 작은 모델' }, [
      text(
        html`<p>Model E classifies 500×500 photos of wall texture with 4 channels. Its first layer, Conv2D(10, 5, 'same'), has
            (5 · 5 · 4 + 1) · 10 = 1,010 parameters, whatever the image size. Large pooling windows (5, 5, 5, then 4) shrink
            the maps 500 → 100 → 20 → 4 → 1, so Flatten leaves only 25 values and the whole model has 7,636 parameters.</p>`,
        html`<p>모델 E는 채널이 4개인 500×500 벽 질감 사진을 분류합니다. 첫 층 Conv2D(10, 5, 'same')의 파라미터는 이미지 크기와 상관없이
            (5 · 5 · 4 + 1) · 10 = 1,010개입니다. 큰 풀링 창(5, 5, 5, 그리고 4)이 맵을 500 → 100 → 20 → 4 → 1로 줄이므로 평탄화 후에는
            값이 25개만 남고, 모델 전체의 파라미터는 7,636개입니다.</p>`,
      ),
      demo(() => html`<cnn-model-summary model="keras-e"></cnn-model-summary>`),
      note(
        html`<p>The LeakyReLU right after the first convolution is a layer of its own in Keras, with its own row and 0
            parameters; an activation passed as <code>activation="relu"</code> is part of the convolution's row.</p>`,
        html`<p>첫 합성곱 바로 뒤의 LeakyReLU는 Keras에서 별도의 층이므로 자기 행이 있고 파라미터는 0개입니다.
            <code>activation="relu"</code>처럼 인자로 준 활성화 함수는 합성곱 행에 포함됩니다.</p>`,
      ),
    ]),

    section('build', { en: 'Build your own', ko: '직접 만들어 보기' }, [
      text(
        html`<p>Change filters, kernel sizes, padding and units, add or remove layers, and watch the shapes and counts follow.
            A layer that cannot work (a kernel larger than its input) is marked with the reason.</p>`,
        html`<p>필터 수, 커널 크기, 패딩, 유닛 수를 바꾸고 층을 더하거나 빼 보면서 출력 크기와 파라미터 수가 어떻게 따라 바뀌는지 보세요.
            동작할 수 없는 층(입력보다 큰 커널 등)에는 이유가 표시됩니다.</p>`,
      ),
      demo(() => html`<cnn-model-summary model="keras-a" editable></cnn-model-summary>`),
      tryThis(
        html`<p>Double the filters of the second convolution (64 → 128). Which counts change, and by how much? Then change
            every padding to 'same' and see the Dense layer grow.</p>`,
        html`<p>두 번째 합성곱의 필터를 두 배(64 → 128)로 늘려 보세요. 어떤 층의 파라미터 수가 얼마나 바뀌나요? 그다음 모든 패딩을 'same'으로
            바꾸고 Dense 층이 얼마나 커지는지 보세요.</p>`,
      ),
    ]),

    section('in-short', { en: 'In short', ko: '정리' }, [
      text(
        html`<ul>
            <li>Conv2D: (${sub('K', 'h')} · ${sub('K', 'w')} · ${sub('C', 'in')} + 1) · ${sub('C', 'out')}, independent of the image size.</li>
            <li>Dense: ${v('in')} · ${v('out')} + ${v('out')}. Pooling, Flatten and Dropout: 0.</li>
            <li>'valid' shrinks each side by ${v('K')} − 1; 'same' keeps the size; pooling divides it.</li>
            <li>The first dense layer after Flatten usually holds most of a small CNN's parameters.</li>
          </ul>`,
        html`<ul>
            <li>Conv2D: (${sub('K', 'h')} · ${sub('K', 'w')} · ${sub('C', 'in')} + 1) · ${sub('C', 'out')}, 이미지 크기와 무관합니다.</li>
            <li>Dense: ${v('in')} · ${v('out')} + ${v('out')}. 풀링, 평탄화, 드롭아웃: 0.</li>
            <li>'valid'는 한 변을 ${v('K')} − 1만큼 줄이고, 'same'은 크기를 유지하며, 풀링은 크기를 나눕니다.</li>
            <li>작은 CNN에서는 평탄화 뒤 첫 완전 연결층이 파라미터 대부분을 차지합니다.</li>
          </ul>`,
      ),
    ]),
  ],
});
