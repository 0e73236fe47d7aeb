/**
 * Lesson 1: why convolution (CURRICULUM §1). Receptive fields and the hierarchy of
 * features; what flattening does to a picture (the 5×5 X and a copy with two pixels
 * changed, compared by picking cells); sparse interaction, parameter sharing and
 * translation equivariance (outputs from the reference engine); dense vs convolution on
 * the 3×3 image with the 2×2 kernel; relational inductive biases.
 */
import { html } from 'lit';
import '../../components/cnn-conv-stepper';
import '../../components/cnn-matrix';
import type { CellSelectEvent } from '../../components/cnn-matrix';
import { INPUT_PRESETS } from '../../src/presets';
import { conv2d, flatten } from '../../src/reference';
import { connectionDiagram, convConnections, weightLegend } from '../../src/site/lesson-connections';
import { defineLesson, demo, formula, note, section, text, tryThis, type LessonView } from '../../src/site/lesson-kit';
import { quizSection } from '../../src/site/quiz-section';
import { binaryGridText, binaryMatrixOr, differingCells, patchDifferences, toggled } from '../../src/site/lesson-locality';
import { valueRule } from '../../src/site/url-state';

const v = (name: string) => html`<var>${name}</var>`;

// ------------------------------------------------------------ the X and its changed copy

const X = INPUT_PRESETS['x-pattern'][0];
/**
 * The bottom-right stroke bends: (4,4) off, (4,3) on. Two pixels, the same X to a person.
 * Written out again, literally, as the x2 matrix's attribute (the URL may replace it).
 */
const X_CHANGED = [
  [1, 0, 0, 0, 1],
  [0, 1, 0, 1, 0],
  [0, 0, 1, 0, 0],
  [0, 1, 0, 1, 0],
  [1, 0, 0, 1, 0],
];

function xComparison(view: LessonView) {
  const { lang } = view;
  const changed = binaryMatrixOr(view.attr('x2', 'values'), X_CHANGED);
  const diffs = differingCells(X, changed);
  const patches = patchDifferences(X, changed, 3);
  const samePatches = patches.flat().filter((count) => count === 0).length;
  const stripMarks = diffs.map(({ row, col }) => ({ row: 0, col: row * 5 + col }));
  const toggle = (event: CellSelectEvent) =>
    view.setAttr('x2', 'values', JSON.stringify(toggled(changed, event.row, event.col)));
  const ko = lang === 'ko';
  return html`<div class="demo-row">
      <cnn-matrix scale="grey" .values=${X} caption=${ko ? '그림 A: X' : 'Picture A: an X'}></cnn-matrix>
      <cnn-matrix data-url-key="x2" scale="grey" interactive values="[[1,0,0,0,1],[0,1,0,1,0],[0,0,1,0,0],[0,1,0,1,0],[1,0,0,1,0]]"
        caption=${ko ? '그림 B: 클릭해서 바꾸기' : 'Picture B: click to change'} mark-label=${ko ? 'A와 다름' : 'differs from A'}
        .marked=${diffs} @cnn-cell-select=${toggle}></cnn-matrix>
      <cnn-matrix scale="diverging" .domain=${[-3, 3]} .values=${patches}
        caption=${ko ? '3×3 조각마다 다른 칸 수' : 'Cells that differ, per 3×3 patch'}></cnn-matrix>
    </div>
    <div class="strips">
      <cnn-matrix class="strip" scale="grey" .values=${[flatten([X])]} .marked=${stripMarks}
        caption=${ko ? 'A를 평탄화한 벡터 (25개)' : 'A flattened (25 numbers)'}></cnn-matrix>
      <cnn-matrix class="strip" scale="grey" .values=${[flatten([changed])]} .marked=${stripMarks}
        caption=${ko ? 'B를 평탄화한 벡터' : 'B flattened'}></cnn-matrix>
    </div>
    <p class="demo-result" aria-live="polite">${comparisonText(ko, diffs.length, samePatches)}</p>`;
}

/** The sentence under the comparison, for any number of changed pixels and unchanged patches. */
function comparisonText(ko: boolean, changed: number, same: number) {
  if (changed === 0) {
    return ko
      ? 'B가 A와 똑같습니다. B의 픽셀을 클릭해 바꿔 보세요.'
      : 'B is the same as A. Click pixels of B to change them.';
  }
  const dense = ko
    ? html`B는 A와 <strong>${changed}</strong>개 픽셀이 다릅니다. 완전 연결층의 출력은 하나하나가 25개 픽셀 모두와 연결되어 있으므로
        모든 출력이 이 변화를 봅니다.`
    : html`B differs from A in <strong>${changed}</strong> pixel${changed === 1 ? '' : 's'}. Every output of a dense layer is
        connected to all 25 pixels, so every output sees the change.`;
  const local =
    same === 0
      ? ko
        ? html`3×3 조각 9개가 모두 바뀐 픽셀을 포함하므로, 이번에는 3×3 필터의 출력도 모두 달라질 수 있습니다.`
        : html`This time every one of the 9 3×3 patches contains a changed pixel, so every output of a 3×3 filter may change too.`
      : ko
        ? html`3×3 조각 9개 중 <strong>${same}</strong>개는 A와 똑같으므로, 3×3 필터의 출력도 그 자리에서는 똑같습니다.`
        : html`<strong>${same}</strong> of the 9 3×3 patches ${same === 1 ? 'is' : 'are'} exactly the same as in A, so a 3×3
            filter gives exactly the same output there.`;
  return html`${dense} ${local}`;
}

// ------------------------------------------------------------ equivariance

const DIAGONAL = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
];

/** A 6×6 picture with ones at the given cells. */
function picture(cells: [number, number][]): number[][] {
  const grid = Array.from({ length: 6 }, () => new Array<number>(6).fill(0));
  for (const [row, col] of cells) grid[row][col] = 1;
  return grid;
}

const STROKES = [
  { id: 'original', en: 'A “\\” stroke', ko: '“\\” 획', input: picture([[1, 1], [2, 2], [3, 3]]) },
  { id: 'shifted', en: 'The same stroke, one column right', ko: '같은 획을 오른쪽으로 한 칸', input: picture([[1, 2], [2, 3], [3, 4]]) },
  { id: 'rotated', en: 'Rotated: a “/” stroke', ko: '회전: “/” 획', input: picture([[1, 3], [2, 2], [3, 1]]) },
].map((stroke) => ({ ...stroke, output: conv2d([stroke.input], [[DIAGONAL]]).output[0] }));

function equivariance(view: LessonView) {
  const ko = view.lang === 'ko';
  return html`<div class="demo-row center">
      <cnn-matrix .values=${DIAGONAL} caption=${ko ? '커널: “\\” 검출기' : 'Kernel: a “\\” detector'}></cnn-matrix>
      <p class="demo-caption">${ko
        ? '세 그림 모두 이 커널로 합성곱합니다(스트라이드 1, 패딩 없음).'
        : 'All three pictures are convolved with this kernel (stride 1, no padding).'}</p>
    </div>
    <div class="equivariance">
      ${STROKES.map(
        (stroke) => html`<div class="stroke-case">
          <p class="row-title">${ko ? stroke.ko : stroke.en}</p>
          <div class="demo-row center">
            <cnn-matrix scale="grey" .values=${stroke.input} caption=${ko ? '입력 6×6' : 'Input 6×6'}></cnn-matrix>
            <span class="operator" aria-hidden="true">→</span>
            <cnn-matrix scale="sequential" .domain=${[0, 3]} .values=${stroke.output} caption=${ko ? '출력 4×4' : 'Output 4×4'}></cnn-matrix>
          </div>
        </div>`,
      )}
    </div>`;
}

// ------------------------------------------------------------ dense vs convolution

const TINY_IMAGE = INPUT_PRESETS['small-3x3'][0];
const TINY_KERNEL = [
  [1, 2],
  [3, 4],
];
const TINY = convConnections(TINY_IMAGE, TINY_KERNEL);

function denseVersusConv(view: LessonView) {
  const ko = view.lang === 'ko';
  return html`<div class="demo-row">
    <figure class="connection-figure">
      ${connectionDiagram(view.lang, TINY, 'dense')}
      <figcaption>
        ${ko
          ? html`<strong>완전 연결층</strong>: 9 × 4 = 36개의 가중치(+ 편향 4개). 선마다 다른 가중치입니다.`
          : html`<strong>Dense</strong>: 9 × 4 = 36 weights (+ 4 biases), a different weight on every line.`}
      </figcaption>
    </figure>
    <figure class="connection-figure">
      ${connectionDiagram(view.lang, TINY, 'conv')}
      <figcaption>
        ${ko
          ? html`<strong>합성곱</strong>: 출력마다 입력 4개와만 연결되고, 네 출력이 같은 가중치 4개(+ 편향 1개)를 나눠 씁니다.`
          : html`<strong>Convolution</strong>: each output connects to only 4 inputs, and all four outputs share the same 4 weights
              (+ 1 bias).`}
      </figcaption>
      ${weightLegend(view.lang, TINY.weights)}
    </figure>
  </div>`;
}

export const lesson = defineLesson({
  slug: '01-why-convolution',
  urlRules: { x2: { values: valueRule((text) => binaryGridText(text, 5, 5)) } },
  sections: [
    section('receptive-fields', { en: 'How the visual cortex reads a picture', ko: '시각 피질이 그림을 읽는 방법' }, [
      text(
        html`<p>In 1959 David Hubel and Torsten Wiesel recorded single neurons in the visual cortex of a cat while showing it
            simple patterns of light. A neuron did not care about the whole screen: it fired only when light fell in one small
            region, its <strong>receptive field</strong>. Many of these neurons responded best to a bar or an edge at one
            particular orientation, and hardly at all to the same bar turned by 90°.</p>
          <p>Neurons further along the visual pathway combine the outputs of many such cells. Their receptive fields are larger,
            and they respond to more complex arrangements: corners, shapes, eventually objects. Vision is built as a
            <strong>hierarchy</strong>: simple local features first, combinations of them later.</p>
          <p>A convolutional neural network copies this plan. Each unit of a convolutional layer looks at a small patch of its
            input, the layer repeats the same detector at every position, and stacked layers see larger and larger regions,
            combining the edges of the first layer into textures, parts and objects.</p>`,
        html`<p>1959년 데이비드 허블(David Hubel)과 토르스텐 비셀(Torsten Wiesel)은 고양이에게 단순한 빛의 무늬를 보여 주면서 시각
            피질의 뉴런 하나하나가 내는 신호를 기록했습니다. 뉴런은 화면 전체에 반응하지 않았습니다. 작은 한 영역, 곧 그 뉴런의
            <strong>수용장</strong>(수용 영역)에 빛이 들어올 때만 반응했습니다. 이런 뉴런 중 상당수는 특정한 방향의 막대나 경계에 가장 강하게
            반응했고, 같은 막대를 90° 돌리면 거의 반응하지 않았습니다.</p>
          <p>시각 경로의 더 뒤쪽에 있는 뉴런은 이런 세포 여러 개의 출력을 모읍니다. 수용장이 더 넓고, 모서리나 모양, 나아가 물체처럼 더 복잡한
            배치에 반응합니다. 시각은 <strong>계층</strong>으로 이루어져 있습니다. 먼저 단순한 국소 특징을 찾고, 그다음에 그것들을 조합합니다.</p>
          <p>합성곱 신경망(CNN)은 이 구조를 따릅니다. 합성곱(컨볼루션) 층의 각 유닛은 입력의 작은 조각만 보고, 층은 같은 검출기를 모든
            위치에서 되풀이하며, 층을 쌓을수록 더 넓은 영역을 보게 되어 첫 층의 윤곽선이 질감, 부분, 물체로 조합됩니다.</p>`,
      ),
    ]),

    section('flattening', { en: 'What a dense layer sees', ko: '완전 연결층이 보는 것' }, [
      text(
        html`<p>A dense (fully connected) layer cannot take a grid. The picture is first <strong>flattened</strong>: its rows are
            laid end to end into one long vector, and every output of the layer gets its own weight for every position of that
            vector. Nothing in the layer says which positions were neighbours in the picture.</p>
          <p>Below, picture A is a 5×5 X (1 = bright, 0 = dark). Picture B is the same X with two pixels changed: the bottom-right
            stroke bends. To a person both are clearly an X. Look at them flattened: the strokes are cut into pieces that sit 4 or
            6 positions apart, and the two changed pixels are just two of 25 numbers.</p>`,
        html`<p>완전 연결층(전결합층, Dense)은 격자를 그대로 받을 수 없습니다. 그래서 그림을 먼저 <strong>평탄화</strong>합니다. 행을 차례로
            이어 붙여 긴 벡터 하나로 만들고, 층의 출력마다 그 벡터의 모든 위치에 각각 가중치를 둡니다. 그림에서 어떤 위치끼리 이웃이었는지는
            층 어디에도 남지 않습니다.</p>
          <p>아래의 그림 A는 5×5 크기의 X입니다(1 = 밝음, 0 = 어두움). 그림 B는 같은 X에서 픽셀 두 개만 바꾼 것으로, 오른쪽 아래 획이 꺾여
            있습니다. 사람 눈에는 둘 다 분명히 X입니다. 평탄화한 모습을 보세요. 획이 4칸, 6칸씩 떨어진 조각으로 흩어지고, 바뀐 두 픽셀은
            25개 숫자 중 두 개일 뿐입니다.</p>`,
      ),
      demo(xComparison),
      text(
        html`<p>The patch map tells the other side of the story. A 3×3 filter looks at one patch at a time, so a
            change can only reach the outputs whose patches contain it; the strokes and the crossing in the other patches are still
            found exactly where they were. A dense layer has no such notion of “nearby”: it would have to learn from many examples
            which of its 25 inputs belong together.</p>`,
        html`<p>조각 지도(3×3 조각마다 다른 칸 수)는 반대쪽 이야기를 보여 줍니다. 3×3 필터는 한 번에 조각 하나만 보므로, 변화는 그 칸을 포함한 조각의
            출력에만 닿습니다. 나머지 조각의 획과 교차점은 원래 자리에서 그대로 검출됩니다. 완전 연결층에는 이런 “가까움”의 개념이
            없습니다. 25개 입력 중 어떤 것들이 함께 묶이는지를 많은 예제로부터 배워야 합니다.</p>`,
      ),
      tryThis(
        html`<p>Click pixels of picture B to switch them between 0 and 1. Change a corner pixel: how many patches does it touch?
            And the centre pixel? (A corner belongs to 1 patch, the centre to all 9.)</p>`,
        html`<p>그림 B의 픽셀을 클릭해 0과 1을 바꿔 보세요. 귀퉁이 픽셀을 바꾸면 몇 개의 조각에 영향을 줄까요? 가운데 픽셀은요?
            (귀퉁이는 조각 1개에, 가운데는 9개 모두에 들어 있습니다.)</p>`,
      ),
    ]),

    section('three-ideas', { en: 'Three ideas behind convolution', ko: '합성곱을 받치는 세 가지 생각' }, [
      text(
        html`<ul>
            <li><strong>Sparse interaction.</strong> Each output depends on a small patch of the input (9 pixels for a 3×3 kernel),
              not on all of it. Fewer connections mean less computation, and the layer is pushed towards local features.</li>
            <li><strong>Parameter sharing.</strong> The same kernel weights are used at every position. A 3×3 kernel has 9 weights
              whether the image is 5×5 or 500×500, and a detector learned in one corner works everywhere.</li>
            <li><strong>Translation equivariance.</strong> Shifting the input shifts the output by the same amount:
              ${v('f')}(${v('g')}(${v('x')})) = ${v('g')}(${v('f')}(${v('x')})) when ${v('g')} is a shift. Wherever the stroke is, the
              same kernel finds it, and the answer appears at the matching place.</li>
          </ul>`,
        html`<ul>
            <li><strong>희소 상호작용.</strong> 각 출력은 입력 전체가 아니라 작은 조각(3×3 커널이면 픽셀 9개)에만 의존합니다. 연결이 적으니
              계산이 줄고, 층은 자연스럽게 국소적인 특징을 찾게 됩니다.</li>
            <li><strong>파라미터 공유.</strong> 모든 위치에서 같은 커널 가중치를 씁니다. 영상이 5×5이든 500×500이든 3×3 커널의 가중치는
              9개이고, 한쪽 구석에서 배운 검출기가 어디서나 작동합니다.</li>
            <li><strong>이동 등변성.</strong> 입력을 옮기면 출력도 같은 만큼 옮겨집니다. ${v('g')}가 이동일 때
              ${v('f')}(${v('g')}(${v('x')})) = ${v('g')}(${v('f')}(${v('x')}))입니다. 획이 어디에 있든 같은 커널이 찾아내고, 답은 그에 맞는
              자리에 나타납니다.</li>
          </ul>`,
      ),
      text(
        html`<p>Here a diagonal kernel meets three small pictures. The strongest response (3) follows the stroke when it moves.
            When the stroke is rotated, the response collapses: convolution is equivariant to shifts, not to rotation or
            scaling.</p>`,
        html`<p>아래에서 대각선 커널이 작은 그림 세 개를 만납니다. 획이 움직이면 가장 강한 반응(3)도 함께 움직입니다. 획을 회전하면 반응이
            무너집니다. 합성곱은 이동에 대해서는 등변이지만 회전이나 크기 변화에 대해서는 그렇지 않습니다.</p>`,
      ),
      demo(equivariance),
      note(
        html`<p>Equivariant is not the same as <strong>invariant</strong>. The output did change when the stroke moved: it moved
            with it. A CNN is therefore not truly invariant to translation. Pooling (a later lesson) keeps only the strongest
            response in each small neighbourhood, which adds some invariance to small shifts.</p>`,
        html`<p>등변성은 <strong>불변성</strong>과 다릅니다. 획이 움직였을 때 출력은 바뀌었습니다. 함께 움직였을 뿐입니다. 그래서 CNN은
            이동에 대해 완전히 불변하지 않습니다. 뒤에서 다룰 풀링은 작은 이웃마다 가장 강한 반응만 남겨, 작은 이동에 대한 불변성(이동
            불변성)을 어느 정도 더해 줍니다.</p>`,
      ),
    ]),

    section('dense-vs-conv', { en: 'Dense versus convolution on a 3×3 image', ko: '3×3 영상에서 본 완전 연결층과 합성곱' }, [
      text(
        html`<p>Take the 3×3 image with the numbers 1 to 9 and a layer with 4 outputs. A dense layer connects every pixel to every
            output. A convolution with the 2×2 kernel <span class="num">[[1, 2], [3, 4]]</span> gives 4 outputs too (a 2×2 window fits in 2 × 2 positions),
            but each output is connected to only the 4 pixels under its window, and the four windows use the same four
            weights.</p>`,
        html`<p>1부터 9까지의 숫자로 된 3×3 영상과 출력이 4개인 층을 생각해 봅시다. 완전 연결층은 모든 픽셀을 모든 출력에 연결합니다.
            2×2 커널 <span class="num">[[1, 2], [3, 4]]</span>로 합성곱을 해도 출력은 4개입니다(2×2 창이 가로세로 2곳씩 들어갑니다). 하지만 출력마다 자기 창 아래의
            픽셀 4개와만 연결되고, 네 창이 같은 가중치 4개를 함께 씁니다.</p>`,
      ),
      demo(denseVersusConv),
      formula(html`1×1 + 2×2 + 4×3 + 5×4 = <strong>37</strong>`, {
        en: 'The first output: the top-left window [[1, 2], [4, 5]] times the kernel.',
        ko: '첫 번째 출력: 왼쪽 위 창 [[1, 2], [4, 5]]에 커널을 곱한 값.',
      }),
      demo(() => html`<cnn-conv-stepper data-url-key="tiny" input="small-3x3" kernel="[[1,2],[3,4]]"></cnn-conv-stepper>`),
      tryThis(
        html`<p>Step through the four outputs (37, 47, 67, 77) and follow one coloured line style in the picture above: the same
            weight meets a different pixel at each step.</p>`,
        html`<p>네 출력(37, 47, 67, 77)을 차례로 넘기면서 위 그림의 선 하나(색과 점선 모양)를 따라가 보세요. 같은 가중치가 단계마다 다른
            픽셀과 만납니다.</p>`,
      ),
    ]),

    section('inductive-bias', { en: 'Built-in assumptions', ko: '구조에 담긴 가정' }, [
      text(
        html`<p>Every architecture assumes something about its data before it has seen any: a <strong>relational inductive
            bias</strong>, a built-in idea of which inputs relate to which.</p>
          <ul>
            <li><strong>Fully connected:</strong> any input may matter to any output. A weak assumption, so everything must be
              learned.</li>
            <li><strong>Convolutional:</strong> nearby inputs belong together (locality), and the same pattern means the same thing
              anywhere (translation equivariance). Right for images, sound and other signals on a grid.</li>
            <li><strong>Recurrent:</strong> inputs come in a sequence, processed by the same step function one after another.</li>
            <li><strong>Graph networks:</strong> entities and their relations; the result does not depend on the order in which the
              nodes are listed (permutation invariance).</li>
          </ul>
          <p>The right assumption lets a network learn from fewer examples, with fewer parameters, which is why CNNs replaced dense
            networks for images.</p>`,
        html`<p>모든 신경망 구조는 데이터를 보기 전부터 무언가를 가정합니다. 어떤 입력이 어떤 입력과 관련되는지에 대한 내장된 생각, 곧
            <strong>관계적 귀납 편향</strong>입니다.</p>
          <ul>
            <li><strong>완전 연결:</strong> 어떤 입력이든 어떤 출력에 중요할 수 있다고 봅니다. 가정이 약하므로 모든 것을 학습해야 합니다.</li>
            <li><strong>합성곱:</strong> 가까운 입력끼리 관련이 있고(국소성), 같은 무늬는 어디에 있든 같은 뜻입니다(이동 등변성). 영상, 소리처럼
              격자 위의 신호에 잘 맞습니다.</li>
            <li><strong>순환:</strong> 입력이 순서대로 들어오고, 같은 단계 함수가 하나씩 차례로 처리합니다.</li>
            <li><strong>그래프 신경망:</strong> 개체와 그 관계를 다루며, 노드를 나열한 순서와 관계없이 같은 결과를 냅니다(순열 불변성).</li>
          </ul>
          <p>알맞은 가정이 있으면 더 적은 예제와 더 적은 파라미터로 학습할 수 있습니다. 영상에서 CNN이 완전 연결 신경망을 대신하게 된
            이유입니다.</p>`,
      ),
    ]),
    quizSection('01-why-convolution'),
  ],
  credits: {
    en: html`<ul>
      <li>D. H. Hubel and T. N. Wiesel, “Receptive fields of single neurones in the cat's striate cortex”, <em>The Journal of
        Physiology</em> 148 (1959), 574–591.</li>
      <li>I. Goodfellow, Y. Bengio and A. Courville, <em>Deep Learning</em>, MIT Press (2016), chapter 9: sparse interactions,
        parameter sharing and equivariant representations.</li>
      <li>P. W. Battaglia et al., “Relational inductive biases, deep learning, and graph networks”, arXiv:1806.01261 (2018).</li>
    </ul>`,
    ko: html`<ul>
      <li>D. H. Hubel, T. N. Wiesel, “Receptive fields of single neurones in the cat's striate cortex”, <em>The Journal of
        Physiology</em> 148 (1959), 574–591.</li>
      <li>I. Goodfellow, Y. Bengio, A. Courville, <em>Deep Learning</em>, MIT Press (2016), 9장: 희소 상호작용, 파라미터 공유, 등변 표현.</li>
      <li>P. W. Battaglia 외, “Relational inductive biases, deep learning, and graph networks”, arXiv:1806.01261 (2018).</li>
    </ul>`,
  },
});
