/**
 * Lesson 4: padding (CURRICULUM §3). Why maps shrink and borders are under-read (window
 * counts from the reference trace), zero padding of the 5×5 example to 7×7, 'valid' /
 * 'same' / 'full' on example A, and TensorFlow's extra row and column at the bottom and
 * right when 'same' meets a stride above 1.
 */
import { html } from 'lit';
import '../../components/cnn-conv-stepper';
import '../../components/cnn-matrix';
import '../../components/cnn-output-size';
import { INPUT_PRESETS } from '../../src/presets';
import { pad2d } from '../../src/reference';
import { attrChoice } from '../../src/site/lesson-controls';
import { windowCoverage } from '../../src/site/lesson-coverage';
import { defineLesson, demo, formula, note, section, text, tryThis, type LessonView } from '../../src/site/lesson-kit';
import { quizSection } from '../../src/site/quiz-section';

const v = (name: string) => html`<var>${name}</var>`;
const sub = (name: string, index: string) => html`<var>${name}</var><sub>${index}</sub>`;

const PADDING_EXAMPLE = INPUT_PRESETS['padding-example'][0];
const PADDED_EXAMPLE = pad2d([PADDING_EXAMPLE], 1)[0];
const COVERAGE_VALID = windowCoverage(5, 5, 3, 'valid');
const COVERAGE_SAME = windowCoverage(5, 5, 3, 'same');

function zeroPadding(view: LessonView) {
  const ko = view.lang === 'ko';
  return html`<div class="demo-row center">
    <cnn-matrix scale="grey" .values=${PADDING_EXAMPLE} caption=${ko ? '입력 5×5' : 'Input 5×5'}></cnn-matrix>
    <span class="operator" aria-hidden="true">→</span>
    <cnn-matrix scale="grey" .values=${PADDED_EXAMPLE} .padded=${1} caption=${ko ? '패딩 1 → 7×7' : 'Padding 1 → 7×7'}></cnn-matrix>
  </div>`;
}

function coverage(view: LessonView) {
  const ko = view.lang === 'ko';
  return html`<div class="demo-row center">
    <cnn-matrix scale="sequential" .domain=${[0, 9]} .values=${COVERAGE_VALID}
      caption=${ko ? "'valid': 각 픽셀을 읽는 창의 수" : "'valid': windows that read each pixel"}></cnn-matrix>
    <cnn-matrix scale="sequential" .domain=${[0, 9]} .values=${COVERAGE_SAME}
      caption=${ko ? "'same' (패딩 1)" : "'same' (padding 1)"}></cnn-matrix>
  </div>`;
}

const paddingChoice = (view: LessonView) =>
  attrChoice(
    view,
    'a',
    'padding',
    { en: 'Padding:', ko: '패딩:' },
    [
      { value: 'valid', label: { en: "'valid' (P = 0)", ko: "'valid' (P = 0)" } },
      { value: 'same', label: { en: "'same' (P = 1)", ko: "'same' (P = 1)" } },
      { value: 'full', label: { en: "'full' (P = 2)", ko: "'full' (P = 2)" } },
    ],
    'valid',
  );

export const lesson = defineLesson({
  slug: '04-padding',
  sections: [
    section('shrinking', { en: 'Maps shrink, borders fade', ko: '맵은 줄어들고 가장자리는 덜 읽힌다' }, [
      text(
        html`<p>Without padding a 3×3 kernel fits in ${v('W')} − 2 positions along a side of ${v('W')} pixels, so every such layer
            cuts two rows and two columns: a 28×28 digit becomes 26×26, then 24×24, 22×22… A deep network would run out of
            picture after a dozen layers.</p>
          <p>There is a second, quieter problem. Count how many windows read each pixel of a 5×5 input: the centre is read by all
            9 windows, a corner pixel by only 1. Whatever happens at the border has little say in the output.</p>`,
        html`<p>패딩이 없으면 한 변이 ${v('W')}픽셀인 입력에서 3×3 커널이 들어갈 자리는 ${v('W')} − 2개뿐입니다. 그래서 이런 층을 지날 때마다
            두 행과 두 열이 사라집니다. 28×28 숫자 이미지가 26×26, 24×24, 22×22…로 줄어들어, 층을 열 개 남짓 쌓으면 그림이 남지 않습니다.</p>
          <p>덜 눈에 띄는 두 번째 문제도 있습니다. 5×5 입력의 각 픽셀을 몇 개의 창이 읽는지 세어 보세요. 가운데 픽셀은 창 9개가 모두 읽지만,
            귀퉁이 픽셀은 단 1개만 읽습니다. 가장자리에서 일어나는 일은 출력에 거의 반영되지 않습니다.</p>`,
      ),
      demo(coverage),
      text(
        html`<p>With one ring of padding every pixel is read by at least 4 windows, and the output keeps the input's size.</p>`,
        html`<p>패딩을 한 겹 두르면 모든 픽셀을 적어도 창 4개가 읽고, 출력도 입력과 같은 크기를 유지합니다.</p>`,
      ),
    ]),

    section('zero-padding', { en: 'Zero padding', ko: '제로 패딩' }, [
      text(
        html`<p><strong>Zero padding</strong> surrounds the input with a border of zeros before the kernel slides over it. With
            padding ${v('P')} = 1 the 5×5 input below becomes 7×7; the hatched cells are padding, not data. A 3×3 kernel now fits
            in 7 − 3 + 1 = 5 positions per side, so the output is 5×5 again.</p>`,
        html`<p><strong>제로 패딩</strong>은 커널을 옮기기 전에 입력 둘레를 0으로 두릅니다. 패딩 ${v('P')} = 1이면 아래의 5×5 입력은 7×7이
            됩니다. 빗금 친 칸은 데이터가 아니라 패딩입니다. 이제 3×3 커널은 한 변에서 7 − 3 + 1 = 5곳에 들어가므로 출력은 다시 5×5입니다.</p>`,
      ),
      demo(zeroPadding),
      formula(html`${v('O')} = ${v('W')} − ${v('K')} + 2${v('P')} + 1`, {
        en: 'Output size with stride 1: W input, K kernel, P padding on each side.',
        ko: '스트라이드 1일 때의 출력 크기: W 입력, K 커널, P 한쪽 패딩.',
      }),
    ]),

    section('valid-same-full', { en: "'valid', 'same' and 'full'", ko: "'valid', 'same', 'full'" }, [
      text(
        html`<ul>
            <li><strong>'valid'</strong> (Keras' default): no padding. Only windows that lie wholly inside the input; the output
              shrinks to ${v('W')} − ${v('K')} + 1.</li>
            <li><strong>'same'</strong>: enough padding that the output has the same size as the input (with stride 1). For an odd
              ${v('K')} that is ${v('P')} = (${v('K')} − 1)/2 on every side: 1 for a 3×3 kernel, 2 for 5×5.</li>
            <li><strong>'full'</strong>: ${v('P')} = ${v('K')} − 1, so every window that overlaps the input by at least one cell is
              used and the output grows to ${v('W')} + ${v('K')} − 1. It appears in the convolution-arithmetic literature and
              in transposed convolutions more than in ordinary layers.</li>
          </ul>`,
        html`<ul>
            <li><strong>'valid'</strong>(Keras의 기본값): 패딩이 없습니다. 입력 안에 완전히 들어가는 창만 쓰므로 출력은
              ${v('W')} − ${v('K')} + 1로 줄어듭니다.</li>
            <li><strong>'same'</strong>: 출력이 입력과 같은 크기가 되도록(스트라이드 1일 때) 패딩합니다. ${v('K')}가 홀수이면 모든 변에
              ${v('P')} = (${v('K')} − 1)/2, 즉 3×3 커널이면 1, 5×5 커널이면 2입니다.</li>
            <li><strong>'full'</strong>: ${v('P')} = ${v('K')} − 1입니다. 입력과 한 칸이라도 겹치는 창을 모두 쓰므로 출력이
              ${v('W')} + ${v('K')} − 1로 커집니다. 일반적인 층보다는 합성곱 산술에 관한 문헌이나 전치 합성곱에서 주로 볼 수 있습니다.</li>
          </ul>`,
      ),
      demo(
        (view) => html`${paddingChoice(view)}
          <cnn-conv-stepper data-url-key="a" input="example-a" kernel="vertical-edge" padding="same"></cnn-conv-stepper>`,
      ),
      tryThis(
        html`<p>With 'same', the first window holds five padding zeros and only four real pixels:
            7×0 + 2×(−1) + 4×0 + 5×(−1) = −7. Step to other border cells and count the real pixels in each window. Then switch
            to 'valid' (the 3×3 result of lesson 2) and 'full' (7×7).</p>`,
        html`<p>'same'에서 첫 번째 창에는 패딩 0이 다섯 칸, 실제 픽셀은 네 칸뿐입니다. 7×0 + 2×(−1) + 4×0 + 5×(−1) = −7. 다른 가장자리
            칸으로 옮겨 가며 창마다 실제 픽셀이 몇 개인지 세어 보세요. 그다음 'valid'(2강의 3×3 결과)와 'full'(7×7)로 바꿔 보세요.</p>`,
      ),
      note(
        html`<p>Zeros are not the only choice. Image-processing libraries also repeat the border pixel (replicate) or mirror the
            image (reflect), which avoids the dark frame that zeros can leave; the filter lab of lesson 3 can replicate. CNN
            layers almost always use zeros.</p>`,
        html`<p>0만 쓸 수 있는 것은 아닙니다. 영상 처리 라이브러리는 가장자리 픽셀을 반복하거나(replicate) 영상을 거울처럼 뒤집어
            채우기도(reflect) 하는데, 0이 남기는 어두운 테두리를 피할 수 있습니다. 3강의 필터 실습에서도 가장자리 반복을 고를 수 있습니다.
            CNN의 층은 거의 언제나 0을 씁니다.</p>`,
      ),
    ]),

    section('same-stride', { en: "'same' with a stride: the extra row", ko: "스트라이드가 있을 때의 'same': 남는 한 줄" }, [
      text(
        html`<p>With a stride ${v('S')} above 1 (lesson 5), TensorFlow and Keras define 'same' by the output size,
            ${v('O')} = ⌈${v('W')} / ${v('S')}⌉, and add just enough zeros for it:</p>`,
        html`<p>스트라이드 ${v('S')}가 1보다 크면(5강) TensorFlow와 Keras는 'same'을 출력 크기 ${v('O')} = ⌈${v('W')} / ${v('S')}⌉로 정의하고,
            그 크기에 필요한 만큼만 0을 더합니다.</p>`,
      ),
      formula(
        html`${sub('P', 'total')} = max((${v('O')} − 1)·${v('S')} + ${v('K')} − ${v('W')}, 0),
          ${sub('P', 'top')} = ⌊${sub('P', 'total')} / 2⌋, ${sub('P', 'bottom')} = ${sub('P', 'total')} − ${sub('P', 'top')}`,
        { en: 'The same for left and right.', ko: '왼쪽과 오른쪽도 같습니다.' },
      ),
      text(
        html`<p>When ${sub('P', 'total')} is odd, the extra zero goes to the <strong>bottom</strong> and the <strong>right</strong>.
            For a 6×6 input, a 3×3 kernel and stride 2: ${v('O')} = 3, ${sub('P', 'total')} = 2·2 + 3 − 6 = 1, so no padding on top
            and on the left, one row at the bottom and one column on the right.</p>`,
        html`<p>${sub('P', 'total')}가 홀수이면 남는 0 하나는 <strong>아래쪽</strong>과 <strong>오른쪽</strong>에 들어갑니다. 6×6 입력,
            3×3 커널, 스트라이드 2라면 ${v('O')} = 3, ${sub('P', 'total')} = 2·2 + 3 − 6 = 1이므로 위쪽과 왼쪽에는 패딩이 없고, 아래에 한
            행, 오른쪽에 한 열이 붙습니다.</p>`,
      ),
      demo(
        () => html`<cnn-conv-stepper data-url-key="tf" padding="same" stride="2" kernel="vertical-edge"
          input="[[3,1,4,1,5,9],[2,6,5,3,5,8],[9,7,9,3,2,3],[8,4,6,2,6,4],[3,3,8,3,2,7],[9,5,0,2,8,8]]"></cnn-conv-stepper>`,
      ),
      demo(() => html`<cnn-output-size data-url-key="size" w="6" k="3" p="same" s="2" d="1"></cnn-output-size>`),
      tryThis(
        html`<p>In the calculator, change ${v('W')} from 6 to 7: the padding becomes even (1 on each side) and the extra row
            disappears. With ${v('W')} = 5 and ${v('S')} = 2, how many zeros does 'same' add?</p>`,
        html`<p>계산기에서 ${v('W')}를 6에서 7로 바꿔 보세요. 패딩이 짝수(양쪽에 1씩)가 되어 남는 줄이 사라집니다. ${v('W')} = 5,
            ${v('S')} = 2이면 'same'은 0을 몇 개 더할까요?</p>`,
      ),
      note(
        html`<p>PyTorch accepts <code>padding='same'</code> only with stride 1; with a larger stride you give the padding as a
            number, and it is always the same on both sides. A model moved between the two frameworks can therefore see its
            feature maps shifted by one pixel.</p>`,
        html`<p>PyTorch는 <code>padding='same'</code>을 스트라이드 1에서만 받습니다. 스트라이드가 더 크면 패딩을 숫자로 주어야 하며, 이때는
            언제나 양쪽이 같습니다. 그래서 두 프레임워크 사이에서 옮긴 모델은 특성 맵이 한 픽셀씩 어긋나 보일 수 있습니다.</p>`,
      ),
    ]),
    quizSection('04-padding'),
  ],
});
