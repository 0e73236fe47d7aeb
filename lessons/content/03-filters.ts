/**
 * Lesson 3: image filters on real photos (CURRICULUM §6). The filter lab with the preset
 * kernels, where the Laplacian comes from (second differences along both axes), its
 * negative, the 8-neighbour variant and sharpening, and the step from hand-made filters
 * to learned ones. Photo credits from public/images/LICENSES.md.
 */
import { html } from 'lit';
import '../../components/cnn-conv-stepper';
import '../../components/cnn-filter-lab';
import '../../components/cnn-matrix';
import { KERNEL_PRESETS } from '../../src/presets';
import { attrChoice, type ChoiceOption } from '../../src/site/lesson-controls';
import { defineLesson, demo, formula, note, section, text, tryThis, type LessonView } from '../../src/site/lesson-kit';
import { quizSection } from '../../src/site/quiz-section';

const v = (name: string) => html`<var>${name}</var>`;
/** An index such as 'i − 1', its letters set as variables. */
const index = (text: string) => text.split(/([a-z])/).map((part) => (/^[a-z]$/.test(part) ? v(part) : part));
/** I[a, b], kept on one line. */
const I = (row: string, col: string) => html`<span class="num">${v('I')}[${index(row)}, ${index(col)}]</span>`;

const NEGATIVE_LAPLACIAN = '[[0,-1,0],[-1,4,-1],[0,-1,0]]';

const KERNEL_OPTIONS: ChoiceOption[] = [
  { value: 'identity', label: { en: 'identity', ko: '항등' } },
  { value: 'box-blur', label: { en: 'box blur', ko: '상자 필터' } },
  { value: 'gaussian-blur', label: { en: 'Gaussian blur', ko: '가우스 필터' } },
  { value: 'sharpen', label: { en: 'sharpen', ko: '샤프닝' } },
  { value: 'vertical-edge', label: { en: 'vertical edge', ko: '수직 윤곽선' } },
  { value: 'horizontal-edge', label: { en: 'horizontal edge', ko: '수평 윤곽선' } },
  { value: 'edge', label: { en: 'edge detection', ko: '윤곽선 검출' } },
  { value: 'laplacian', label: { en: 'Laplacian', ko: '라플라시안' } },
  { value: NEGATIVE_LAPLACIAN, label: { en: '−Laplacian', ko: '−라플라시안' } },
  { value: 'laplacian-8', label: { en: '8-neighbour', ko: '8-이웃' } },
];

const kernelChoice = (view: LessonView) =>
  attrChoice(view, 'lab', 'kernel', { en: 'Kernel:', ko: '커널:' }, KERNEL_OPTIONS, 'vertical-edge');

/** The two second differences as 3×3 kernels, and their sum: the 4-neighbour Laplacian. */
const D2X = [
  [0, 0, 0],
  [1, -2, 1],
  [0, 0, 0],
];
const D2Y = [
  [0, 1, 0],
  [0, -2, 0],
  [0, 1, 0],
];

function laplacianSum(view: LessonView) {
  const ko = view.lang === 'ko';
  return html`<div class="demo-row center">
    <cnn-matrix .values=${D2X} caption=${ko ? '가로 방향 2차 차분' : 'Second difference along x'}></cnn-matrix>
    <span class="operator" aria-hidden="true">+</span>
    <cnn-matrix .values=${D2Y} caption=${ko ? '세로 방향 2차 차분' : 'Second difference along y'}></cnn-matrix>
    <span class="operator" aria-hidden="true">=</span>
    <cnn-matrix .values=${KERNEL_PRESETS.laplacian} caption=${ko ? '라플라시안 (4-이웃)' : 'Laplacian (4-neighbour)'}></cnn-matrix>
  </div>`;
}

function laplacianVariants(view: LessonView) {
  const ko = view.lang === 'ko';
  return html`<div class="demo-row center">
    <cnn-matrix .values=${JSON.parse(NEGATIVE_LAPLACIAN)} caption=${ko ? '부호를 바꾼 라플라시안' : 'Its negative'}></cnn-matrix>
    <cnn-matrix .values=${KERNEL_PRESETS['laplacian-8']} caption=${ko ? '8-이웃 (대각선 포함)' : '8-neighbour (diagonals too)'}></cnn-matrix>
  </div>`;
}

function sharpenSum(view: LessonView) {
  const ko = view.lang === 'ko';
  return html`<div class="demo-row center">
    <cnn-matrix .values=${KERNEL_PRESETS.identity} caption=${ko ? '항등' : 'Identity'}></cnn-matrix>
    <span class="operator" aria-hidden="true">+</span>
    <cnn-matrix .values=${JSON.parse(NEGATIVE_LAPLACIAN)} caption=${ko ? '−라플라시안' : '−Laplacian'}></cnn-matrix>
    <span class="operator" aria-hidden="true">=</span>
    <cnn-matrix .values=${KERNEL_PRESETS.sharpen} caption=${ko ? '샤프닝' : 'Sharpen'}></cnn-matrix>
  </div>`;
}

export const lesson = defineLesson({
  slug: '03-filters',
  sections: [
    section('photos', { en: 'A kernel on a photograph', ko: '사진 위의 커널' }, [
      text(
        html`<p>A photo is a grid of numbers too: for each pixel, a brightness from 0 to 255 in each of three colour channels
            (red, green, blue). Sliding a 3×3 kernel over it is exactly the multiply-and-add of lesson 2, done for every pixel and,
            here, for each channel on its own. Different kernels do very different things.</p>`,
        html`<p>사진도 숫자 격자입니다. 픽셀마다 세 개의 색 채널(빨강, 초록, 파랑)에 0부터 255까지의 밝기 값이 있습니다. 3×3 커널을
            사진 위로 옮기는 일은 2강의 곱하고 더하기와 똑같습니다. 다만 모든 픽셀에 대해, 여기서는 채널마다 따로 계산합니다. 커널이
            달라지면 결과도 크게 달라집니다.</p>`,
      ),
      demo(
        (view) => html`${kernelChoice(view)}
          <cnn-filter-lab data-url-key="lab" image="chelsea" kernel="vertical-edge"></cnn-filter-lab>`,
      ),
      text(
        html`<ul>
            <li><strong>Identity</strong>: 1 in the centre, 0 elsewhere. Every pixel is copied: the result equals the input.</li>
            <li><strong>Box blur</strong>: all nine weights 1/9. Each pixel becomes the average of its 3×3 neighbourhood.</li>
            <li><strong>Gaussian blur</strong>: weights 1, 2, 1 / 2, 4, 2 / 1, 2, 1 divided by 16. Also an average, but the centre
              counts most, so it blurs more gently and without a boxy look.</li>
            <li><strong>Edge detectors</strong> (vertical, horizontal, and [[1, 0, −1], [0, 0, 0], [−1, 0, 1]]): weights that sum to 0.
              On a flat region the positive and negative products cancel; where brightness changes they do not.</li>
            <li><strong>Laplacian</strong> and <strong>sharpen</strong>: explained in the next section.</li>
          </ul>
          <p>A useful check is the sum of the weights. Kernels that sum to 1 keep the overall brightness (identity, blurs,
            sharpen); kernels that sum to 0 answer only to change, so flat regions turn black. Negative results cannot be shown as
            pixels, so for those kernels the lab shows the size of the response, |value|.</p>`,
        html`<ul>
            <li><strong>항등</strong>: 가운데만 1, 나머지는 0입니다. 모든 픽셀을 그대로 옮기므로 결과가 입력과 같습니다.</li>
            <li><strong>상자 필터</strong>(상자 블러): 아홉 가중치가 모두 1/9입니다. 각 픽셀이 주변 3×3의 평균이 됩니다.</li>
            <li><strong>가우스 필터</strong>(가우스 블러): 1, 2, 1 / 2, 4, 2 / 1, 2, 1을 16으로 나눈 가중치입니다. 이것도 평균이지만 가운데의 비중이
              가장 커서 더 부드럽게, 네모난 흔적 없이 흐려집니다.</li>
            <li><strong>윤곽선 검출</strong>(수직, 수평, 그리고 [[1, 0, −1], [0, 0, 0], [−1, 0, 1]]): 가중치의 합이 0입니다. 밝기가 고른
              곳에서는 양수 곱과 음수 곱이 서로 지워지고, 밝기가 바뀌는 곳에서는 지워지지 않습니다.</li>
            <li><strong>라플라시안</strong>과 <strong>샤프닝</strong>: 다음 절에서 설명합니다.</li>
          </ul>
          <p>가중치의 합을 보면 쓸모가 있습니다. 합이 1인 커널(항등, 블러, 샤프닝)은 전체 밝기를 유지하고, 합이 0인 커널은 변화에만
            반응하므로 밝기가 고른 곳이 검게 됩니다. 음수 결과는 픽셀로 나타낼 수 없으므로, 이런 커널에서는 반응의 크기 |값|을 보여
            줍니다.</p>`,
      ),
      tryThis(
        html`<p>Point at the cat's eye in the original (or focus the image and use the arrow keys): the lab shows the 3×3
            neighbourhood, the kernel, the products and their sum for that pixel. Switch between <strong>vertical edge</strong>
            and <strong>horizontal edge</strong> and watch the whiskers; then try the brick wall.</p>`,
        html`<p>원본 사진에서 고양이의 눈을 가리켜 보세요(또는 이미지를 선택하고 화살표 키를 쓰세요). 그 픽셀의 3×3 이웃, 커널, 곱, 그리고
            합이 나타납니다. <strong>수직 윤곽선</strong>과 <strong>수평 윤곽선</strong>을 바꿔 가며 수염을 보고, 벽돌 벽 사진에서도 해
            보세요.</p>`,
      ),
    ]),

    section('laplacian', { en: 'Where the Laplacian comes from', ko: '라플라시안은 어디서 오는가' }, [
      text(
        html`<p>An edge is where brightness changes quickly, so edge detectors are built from differences. Along one row, with
            ${v('i')} counting columns, the change from one pixel to the next is a first difference, ${I('i + 1', 'j')} − ${I('i', 'j')}.
            The difference of two neighbouring first differences is a second difference, the pixel version of a second
            derivative:</p>`,
        html`<p>윤곽선은 밝기가 빠르게 바뀌는 곳이므로, 윤곽선 검출기는 차분으로 만듭니다. 한 행을 따라 ${v('i')}가 열을 센다고 하면,
            이웃한 픽셀 사이의 변화는 1차 차분 ${I('i + 1', 'j')} − ${I('i', 'j')}입니다. 이웃한 두 1차 차분의 차이가 2차 차분으로,
            2차 도함수의 픽셀 버전입니다.</p>`,
      ),
      formula(
        html`∂²${v('I')}/∂${v('x')}² ≈ (${I('i + 1', 'j')} − ${I('i', 'j')}) − (${I('i', 'j')} − ${I('i − 1', 'j')})<br />
          = ${I('i + 1', 'j')} − 2${I('i', 'j')} + ${I('i − 1', 'j')}`,
        { en: 'As a kernel along the row: [1, −2, 1].', ko: '행 방향 커널로 쓰면 [1, −2, 1]입니다.' },
      ),
      text(
        html`<p>The same along the other axis gives [1, −2, 1] down a column. The <strong>Laplacian</strong> adds the two:
            ∇²${v('I')} = ∂²${v('I')}/∂${v('x')}² + ∂²${v('I')}/∂${v('y')}². Adding the two kernels cell by cell gives the
            familiar 4-neighbour kernel: the four neighbours count +1, the centre −2 − 2 = −4.</p>`,
        html`<p>다른 축을 따라 같은 계산을 하면 열 방향으로 [1, −2, 1]이 됩니다. <strong>라플라시안</strong>은 둘을 더한 것입니다.
            ∇²${v('I')} = ∂²${v('I')}/∂${v('x')}² + ∂²${v('I')}/∂${v('y')}². 두 커널을 칸끼리 더하면 잘 알려진 4-이웃 커널이 나옵니다. 네
            이웃은 +1, 가운데는 −2 − 2 = −4입니다.</p>`,
      ),
      demo(laplacianSum),
      text(
        html`<p>On a flat region the Laplacian is 0: four neighbours minus four times the centre. Below, a bright 3×3 square sits
            on a dark background. The centre of the square gives 0, its sides −9, its corners −18: the response marks the border
            of the square, not its inside.</p>`,
        html`<p>밝기가 고른 곳에서 라플라시안은 0입니다. 네 이웃의 합에서 가운데의 네 배를 빼기 때문입니다. 아래에서는 어두운 바탕 위에 밝은
            3×3 사각형이 있습니다. 사각형의 가운데는 0, 변은 −9, 모서리는 −18이 됩니다. 반응은 사각형의 안쪽이 아니라 경계를
            표시합니다.</p>`,
      ),
      demo(
        () => html`<cnn-conv-stepper data-url-key="square" input="[[0,0,0,0,0],[0,9,9,9,0],[0,9,9,9,0],[0,9,9,9,0],[0,0,0,0,0]]"
          kernel="laplacian"></cnn-conv-stepper>`,
      ),
      text(
        html`<p>Two relatives are common. The <strong>negative</strong> Laplacian flips every sign (centre +4), which marks the
            same edges with the opposite sign. The <strong>8-neighbour</strong> version also counts the diagonal neighbours
            (centre +8, all eight neighbours −1), so it reacts to edges in every direction more evenly. And
            <strong>sharpening</strong> is the identity plus the negative Laplacian: the picture itself, with its edges added once
            more.</p>`,
        html`<p>자주 쓰는 변형이 두 가지 있습니다. <strong>부호를 바꾼</strong> 라플라시안은 모든 부호를 뒤집어(가운데 +4) 같은 윤곽선을 반대
            부호로 표시합니다. <strong>8-이웃</strong> 라플라시안은 대각선 이웃까지 셈에 넣어(가운데 +8, 이웃 여덟 개는 모두 −1) 모든 방향의
            윤곽선에 더 고르게 반응합니다. 그리고 <strong>샤프닝</strong>은 항등 커널에 부호를 바꾼 라플라시안을 더한 것입니다. 그림 자체에
            윤곽선을 한 번 더 얹는 셈입니다.</p>`,
      ),
      demo(laplacianVariants),
      demo(sharpenSum),
      tryThis(
        html`<p>Back in the lab, compare <strong>Laplacian</strong>, <strong>−Laplacian</strong> and <strong>8-neighbour</strong> on
            the astronaut, then <strong>sharpen</strong>. Choose “signed around grey” under “Show the result as” to see the sign
            of the Laplacian: the two sides of an edge get opposite signs.</p>`,
        html`<p>필터 실습으로 돌아가 우주인 사진에서 <strong>라플라시안</strong>, <strong>−라플라시안</strong>, <strong>8-이웃</strong>을
            비교한 뒤 <strong>샤프닝</strong>도 보세요. “결과 표시 방식”에서 “회색 기준 부호 표시”를 고르면 라플라시안의 부호가 보입니다.
            윤곽선의 양쪽이 서로 반대 부호를 가집니다.</p>`,
      ),
    ]),

    section('learned', { en: 'From hand-made to learned filters', ko: '손으로 만든 필터에서 학습된 필터로' }, [
      text(
        html`<p>Every kernel on this page was designed by a person who knew what they wanted: blur, edges, sharpness. A
            convolutional neural network is not given its kernels. Their numbers are weights like any other, started at small
            random values and adjusted by gradient descent until the network's predictions improve.</p>
          <p>What comes out is often familiar. The first layer of a network trained on photos typically learns edge detectors at
            several orientations and detectors of colour contrast, close relatives of the kernels above. Deeper layers are
            convolutions over those feature maps, so their filters respond to combinations: corners, textures, parts of
            objects. The network finds the filters that serve its task, including ones nobody would think to design.</p>`,
        html`<p>이 페이지의 커널은 모두 원하는 결과(블러, 윤곽선, 선명함)를 아는 사람이 설계한 것입니다. 합성곱 신경망은 커널을 받지
            않습니다. 커널의 숫자는 다른 가중치와 똑같이 작은 무작위 값에서 시작해, 신경망의 예측이 좋아지도록 경사 하강법으로 조금씩
            조정됩니다.</p>
          <p>그렇게 얻은 결과는 낯익은 경우가 많습니다. 사진으로 학습한 신경망의 첫 층은 보통 여러 방향의 윤곽선 검출기와 색 대비 검출기를
            배우는데, 위의 커널들과 아주 닮았습니다. 더 깊은 층은 그 특성 맵 위에서 다시 합성곱을 하므로, 모서리, 질감, 물체의 부분처럼
            조합에 반응합니다. 신경망은 자기 과제에 맞는 필터를 스스로 찾아내며, 그중에는 사람이 설계하려고 생각하지 못했을 것도
            있습니다.</p>`,
      ),
      note(
        html`<p>Image-processing texts often write these kernels for true convolution, which flips the kernel (lesson 2). All the
            kernels here except the edge detectors are symmetric, so flipping changes nothing; a flipped edge detector only
            changes the sign of its answer.</p>`,
        html`<p>영상 처리 교재는 이런 커널을 커널을 뒤집는 수학적 합성곱(2강)의 형태로 적는 경우가 많습니다. 여기의 커널은 윤곽선 검출기를
            빼면 모두 대칭이므로 뒤집어도 달라지지 않고, 윤곽선 검출기는 뒤집으면 답의 부호만 바뀝니다.</p>`,
      ),
    ]),
    quizSection('03-filters'),
  ],
  credits: {
    en: html`<p>The photos come from the sample data of scikit-image, downscaled to at most 256 pixels:</p>
      <ul>
        <li>Chelsea the cat: Stefan van der Walt, CC0.</li>
        <li>Cup of coffee: Rachel Michetti, CC0.</li>
        <li>Astronaut Eileen Collins: NASA, public domain.</li>
        <li>Person with a camera: Lav Varshney, CC0.</li>
        <li>Brick wall texture: CC0Textures (Bricks25), CC0.</li>
      </ul>`,
    ko: html`<p>사진은 scikit-image의 예제 데이터에서 가져와 긴 변이 256픽셀 이하가 되도록 줄였습니다.</p>
      <ul>
        <li>고양이 Chelsea: Stefan van der Walt, CC0.</li>
        <li>커피 한 잔: Rachel Michetti, CC0.</li>
        <li>우주인 Eileen Collins: NASA, 퍼블릭 도메인.</li>
        <li>카메라를 든 사람: Lav Varshney, CC0.</li>
        <li>벽돌 벽 질감: CC0Textures (Bricks25), CC0.</li>
      </ul>`,
  },
});
