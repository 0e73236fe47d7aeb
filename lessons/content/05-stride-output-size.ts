/**
 * Lesson 5: stride and output size (CURRICULUM §4, with the dilation of the notation
 * line). Example A with stride 2 → [[6, −8], [−3, −2]], the output-size formula in the
 * calculator with a few configurations to load, quotients that are not whole numbers and
 * what frameworks do with them, and dilation (K_eff = D(K − 1) + 1).
 */
import { html } from 'lit';
import '../../components/cnn-conv-stepper';
import '../../components/cnn-output-size';
import { attrChoice, attrPresets } from '../../src/site/lesson-controls';
import { defineLesson, demo, formula, note, section, text, tryThis, type LessonView } from '../../src/site/lesson-kit';
import { quizSection } from '../../src/site/quiz-section';

const v = (name: string) => html`<var>${name}</var>`;
const kEff = html`<var>K</var><sub>eff</sub>`;

const strideChoice = (view: LessonView) =>
  attrChoice(
    view,
    'a',
    'stride',
    { en: 'Stride:', ko: '스트라이드:' },
    [
      { value: '1', label: 'S = 1' },
      { value: '2', label: 'S = 2' },
      { value: '3', label: 'S = 3' },
    ],
    '1',
  );

const sizes = (w: number, k: number, p: number | 'same', s: number, d = 1) => ({
  w: String(w),
  k: String(k),
  p: String(p),
  s: String(s),
  d: String(d),
});

const calculatorPresets = (view: LessonView) =>
  attrPresets(view, 'size', { en: 'Load:', ko: '불러오기:' }, [
    { label: { en: 'Example A, S = 2', ko: '예제 A, S = 2' }, attributes: sizes(5, 3, 0, 2) },
    { label: { en: 'W = 6: not whole', ko: 'W = 6: 나누어떨어지지 않음' }, attributes: sizes(6, 3, 0, 2) },
    { label: { en: 'LeNet-5 C1', ko: 'LeNet-5 C1' }, attributes: sizes(32, 5, 0, 1) },
    { label: { en: 'AlexNet CONV1', ko: 'AlexNet CONV1' }, attributes: sizes(227, 11, 0, 4) },
    { label: { en: 'Dilation 2', ko: '팽창 2' }, attributes: sizes(7, 3, 0, 1, 2) },
  ]);

export const lesson = defineLesson({
  slug: '05-stride-output-size',
  sections: [
    section('stride', { en: 'Stride: how far the window jumps', ko: '스트라이드: 창이 건너뛰는 거리' }, [
      text(
        html`<p>So far the window moved one cell at a time. The <strong>stride</strong> ${v('S')} is the size of that step. With
            ${v('S')} = 2 the window jumps two cells to the right, and two rows down at the end of a row, so it visits fewer
            positions and the output is smaller: roughly the input size divided by ${v('S')}.</p>
          <p>Example A with stride 2, counting rows and columns from 0 at the top left as the steppers do: the window starts at
            the top-left, columns 0–2 (output 6, as before), then jumps to columns 2–4 (−8), then down to rows 2–4 (−3 and −2).
            The output is 2×2 instead of 3×3: [[6, −8], [−3, −2]], which are exactly the corner values of the stride-1
            output.</p>`,
        html`<p>지금까지 창은 한 칸씩 움직였습니다. <strong>스트라이드</strong>(보폭) ${v('S')}는 그 한 걸음의 크기입니다. ${v('S')} = 2이면
            창이 오른쪽으로 두 칸씩 건너뛰고, 한 줄이 끝나면 두 행 아래로 내려갑니다. 들르는 자리가 줄어드니 출력도 작아져, 대략 입력 크기를
            ${v('S')}로 나눈 크기가 됩니다.</p>
          <p>예제 A에 스트라이드 2를 쓰면(스테퍼처럼 왼쪽 위를 0으로 하여 행과 열을 셉니다), 창은 왼쪽 위 0–2열에서 시작해(출력 6, 앞과 같음)
            2–4열로 건너뛰고(−8), 다시 2–4행으로 내려갑니다(−3, −2). 출력은 3×3이 아니라 2×2인 [[6, −8], [−3, −2]]이고, 이는
            스트라이드 1일 때 출력의 네 모서리 값과 정확히 같습니다.</p>`,
      ),
      demo(
        (view) => html`${strideChoice(view)}
          <cnn-conv-stepper data-url-key="a" input="example-a" kernel="vertical-edge" stride="2"></cnn-conv-stepper>`,
      ),
      tryThis(
        html`<p>Switch to ${v('S')} = 3. After the first window (columns 0–2) the next would start at column 3 and need columns
            3–5, but the last column is column 4: the output is a single number. Columns 3 and 4 and rows 3 and 4 are never
            read.</p>`,
        html`<p>${v('S')} = 3으로 바꿔 보세요. 첫 창(0–2열) 다음 창은 3열에서 시작해 3–5열이 필요하지만 마지막 열은 4열입니다. 출력은 숫자
            하나이고, 3·4열과 3·4행은 한 번도 읽히지 않습니다.</p>`,
      ),
    ]),

    section('formula', { en: 'The output-size formula', ko: '출력 크기 공식' }, [
      text(
        html`<p>Along one axis, the padded input is ${v('W')} + 2${v('P')} cells long. The first window takes ${v('K')} of them,
            which leaves ${v('W')} − ${v('K')} + 2${v('P')} cells to move through, in jumps of ${v('S')}. The number of whole jumps
            plus the first position is the output size:</p>`,
        html`<p>한 축을 따라 보면, 패딩한 입력의 길이는 ${v('W')} + 2${v('P')}칸입니다. 첫 창이 그중 ${v('K')}칸을 차지하므로, 남은
            ${v('W')} − ${v('K')} + 2${v('P')}칸을 ${v('S')}칸씩 건너뛰며 지나갑니다. 건너뛸 수 있는 횟수에 첫 자리를 더한 것이 출력
            크기입니다.</p>`,
      ),
      formula(
        html`${v('O')} = <span class="bracket">⌊</span><span class="frac"><span>${v('W')} − ${v('K')} + 2${v('P')}</span><span
          >${v('S')}</span></span><span class="bracket">⌋</span> + 1`,
        {
          en: 'W input size, K kernel size, P padding on each side, S stride; ⌊ ⌋ rounds down.',
          ko: 'W 입력 크기, K 커널 크기, P 한쪽 패딩, S 스트라이드. ⌊ ⌋는 내림입니다.',
        },
      ),
      text(
        html`<p>Example A: ⌊(5 − 3 + 0) / 2⌋ + 1 = 1 + 1 = 2. LeNet-5's first layer: a 32×32 image, 5×5 kernels, stride 1 gives
            (32 − 5) / 1 + 1 = 28. AlexNet's first layer: 227×227, 11×11 kernels, stride 4 gives (227 − 11) / 4 + 1 = 55.</p>`,
        html`<p>예제 A: ⌊(5 − 3 + 0) / 2⌋ + 1 = 1 + 1 = 2. LeNet-5의 첫 층: 32×32 영상, 5×5 커널, 스트라이드 1이면 (32 − 5) / 1 + 1 = 28.
            AlexNet의 첫 층: 227×227, 11×11 커널, 스트라이드 4이면 (227 − 11) / 4 + 1 = 55.</p>`,
      ),
      demo(
        (view) => html`${calculatorPresets(view)}
          <cnn-output-size data-url-key="size" w="5" k="3" p="0" s="2" d="1"></cnn-output-size>`,
      ),
      tryThis(
        html`<p>Predict before you look: ${v('W')} = 28, ${v('K')} = 3, ${v('P')} = 1, ${v('S')} = 2. Then enter the values in
            the calculator.</p>
          <details><summary>Answer</summary><p>⌊(28 − 3 + 2) / 2⌋ + 1 = ⌊13.5⌋ + 1 = 14, half of 28: the same size as
            TensorFlow's 'same' padding gives, ⌈28 / 2⌉.</p></details>`,
        html`<p>보기 전에 먼저 예측해 보세요. ${v('W')} = 28, ${v('K')} = 3, ${v('P')} = 1, ${v('S')} = 2. 그다음 계산기에 값을 넣어
            보세요.</p>
          <details><summary>답</summary><p>⌊(28 − 3 + 2) / 2⌋ + 1 = ⌊13.5⌋ + 1 = 14로, 28의 절반입니다. TensorFlow의 'same' 패딩이
            주는 크기 ⌈28 / 2⌉와 같습니다.</p></details>`,
      ),
    ]),

    section('not-whole', { en: 'When the division is not whole', ko: '나누어떨어지지 않을 때' }, [
      text(
        html`<p>Take ${v('W')} = 6, ${v('K')} = 3, ${v('P')} = 0, ${v('S')} = 2: (6 − 3) / 2 = 1.5. Counting columns from 0 at
            the left, the windows start at columns 0 and 2 and the next would start at 4, but a window there needs columns 4–6
            and the last column is 5. The configuration does not tile the input. Frameworks round down (the ⌊ ⌋ in the formula):
            the output has 2 columns and the last input column is never read: the calculator's diagram crosses it out.</p>
          <ul>
            <li>PyTorch and Keras with 'valid' padding round down and drop what is left over.</li>
            <li>Keras and TensorFlow with 'same' pad instead, so that ${v('O')} = ⌈${v('W')} / ${v('S')}⌉ (lesson 4).</li>
            <li>PyTorch's pooling layers have <code>ceil_mode=True</code>, which rounds up and lets the last window hang over the
              edge.</li>
          </ul>
          <p>A dropped column rarely matters for a large photo, but it is why network designers pick sizes that divide evenly, and
            why quizzes ask for ${v('O')}.</p>`,
        html`<p>${v('W')} = 6, ${v('K')} = 3, ${v('P')} = 0, ${v('S')} = 2라면 (6 − 3) / 2 = 1.5입니다. 왼쪽 열을 0으로 셀 때 창은 0열, 2열에서
            시작하고 다음은 4열이어야 하지만, 4열에서 시작하는 창은 4–6열이 필요한데 마지막 열은 5열입니다. 이 설정은 입력을 빈틈없이
            덮지 못합니다. 프레임워크는 내림을 합니다(공식의 ⌊ ⌋). 출력은 2열이고 입력의 마지막 열은 한 번도 읽히지 않습니다. 계산기
            그림에서 X로 지운 칸이 그 열입니다.</p>
          <ul>
            <li>PyTorch와 Keras의 'valid' 패딩은 내림을 하고 남는 부분을 버립니다.</li>
            <li>Keras와 TensorFlow의 'same' 패딩은 대신 패딩을 더해 ${v('O')} = ⌈${v('W')} / ${v('S')}⌉가 되게 합니다(4강).</li>
            <li>PyTorch의 풀링 층에는 <code>ceil_mode=True</code> 옵션이 있어 올림을 하고, 마지막 창이 가장자리 밖으로 걸치게 합니다.</li>
          </ul>
          <p>큰 사진에서 한 열을 버리는 것은 대개 문제가 되지 않지만, 신경망을 설계할 때 나누어떨어지는 크기를 고르는 이유이고, 퀴즈에서
            ${v('O')}를 묻는 이유이기도 합니다.</p>`,
      ),
      tryThis(
        html`<p>Press <strong>W = 6: not whole</strong> above the calculator and read its explanation. Then set ${v('P')} = 1:
            is the quotient whole now?</p>`,
        html`<p>계산기 위의 <strong>W = 6: 나누어떨어지지 않음</strong>을 누르고 설명을 읽어 보세요. 그다음 ${v('P')} = 1로 바꾸면 몫이
            정수가 될까요?</p>`,
      ),
    ]),

    section('dilation', { en: 'Dilation: a kernel with gaps', ko: '팽창: 틈이 있는 커널' }, [
      text(
        html`<p>A <strong>dilated</strong> (atrous) convolution spreads the kernel out: with dilation ${v('D')} = 2 a 3×3 kernel
            reads every second cell, so it covers a 5×5 area with the same 9 weights. The receptive field grows without adding
            parameters or pooling away resolution. For the output size the kernel counts with its gaps:</p>`,
        html`<p><strong>팽창</strong>(딜레이션, atrous) 합성곱은 커널을 벌려 놓습니다. 팽창 ${v('D')} = 2이면 3×3 커널이 한 칸씩 건너뛰며 읽어,
            같은 가중치 9개로 5×5 영역을 덮습니다. 파라미터를 늘리거나 풀링으로 해상도를 버리지 않고도 수용장을 넓힐 수 있습니다. 출력 크기를
            셀 때는 틈을 포함한 커널 크기를 씁니다.</p>`,
      ),
      formula(
        html`${kEff} = ${v('D')}(${v('K')} − 1) + 1, &nbsp; ${v('O')} = ⌊(${v('W')} − ${kEff} + 2${v('P')}) / ${v('S')}⌋ + 1`,
        { en: 'K = 3, D = 2: K_eff = 5.', ko: 'K = 3, D = 2이면 K_eff = 5입니다.' },
      ),
      text(
        html`<p>On example A, a 3×3 kernel with ${v('D')} = 2 fits exactly once: it reads rows and columns 0, 2 and 4
            (counting from 0 at the top left). The left column gives 7 + 3 + 5 = 15, the right column 8 + 4 + 4 = 16, and the
            single output is 15 − 16 = −1.</p>`,
        html`<p>예제 A에서 ${v('D')} = 2인 3×3 커널은 꼭 한 번 들어갑니다. 왼쪽 위를 0으로 셀 때 0, 2, 4행과
            0, 2, 4열을 읽습니다. 왼쪽 열은 7 + 3 + 5 = 15, 오른쪽 열은 8 + 4 + 4 = 16이므로 하나뿐인 출력은 15 − 16 = −1입니다.</p>`,
      ),
      demo(() => html`<cnn-conv-stepper data-url-key="dil" input="example-a" kernel="vertical-edge" dilation="2"></cnn-conv-stepper>`),
      note(
        html`<p>Dilation is common in segmentation networks (DeepLab) and in audio models such as WaveNet, which stack dilations
            1, 2, 4, 8… so that a few layers see a long stretch of signal.</p>`,
        html`<p>팽창 합성곱은 분할(segmentation) 신경망(DeepLab)이나 WaveNet 같은 오디오 모델에서 자주 씁니다. WaveNet은 팽창을 1, 2, 4,
            8…로 쌓아 층 몇 개만으로 긴 신호 구간을 봅니다.</p>`,
      ),
    ]),
    quizSection('05-stride-output-size'),
  ],
});
