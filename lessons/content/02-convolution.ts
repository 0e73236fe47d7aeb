/**
 * Lesson 2: the convolution operation (CURRICULUM §2): worked example A step by step,
 * example B, cross-correlation vs convolution (flip), the bias, and a first look at
 * several channels (example C). Every number on screen comes from the steppers, which
 * read the reference engine's trace.
 */
import { html } from 'lit';
import '../../components/cnn-conv-stepper';
import { attrChoice, attrToggle } from '../../src/site/lesson-controls';
import { defineLesson, demo, formula, note, section, text, tryThis } from '../../src/site/lesson-kit';
import { quizSection } from '../../src/site/quiz-section';

const v = (name: string) => html`<var>${name}</var>`;

export const lesson = defineLesson({
  slug: '02-convolution',
  sections: [
    section('window', { en: 'Multiply, add, move', ko: '곱하고, 더하고, 옮기기' }, [
      text(
        html`<p>A convolutional layer reads its input through a small grid of weights called a <strong>kernel</strong> (or filter).
            The kernel is laid over one patch of the input; each input number is multiplied by the weight on top of it, and
            the products are added up. That sum is <em>one</em> number of the output. Then the kernel moves one cell to the right
            and the same thing happens again, row by row, until it has visited every position where it fits.</p>
          <p>Below, a 5×5 input meets a 3×3 kernel whose left column is 1, middle column 0 and right column −1. Press
            <strong>Next</strong> (or click the stepper and use ←/→) and watch the window move and the output fill in.</p>`,
        html`<p>합성곱(컨볼루션) 층은 <strong>커널</strong>(필터)이라고 부르는 작은 가중치 격자를 통해 입력을 읽습니다. 커널을 입력의
            한 부분 위에 겹쳐 놓고, 겹친 칸끼리 입력값과 가중치를 곱한 다음 그 곱을 모두 더합니다. 이 합이 출력의 숫자 <em>하나</em>가
            됩니다. 그다음 커널을 오른쪽으로 한 칸 옮겨 같은 계산을 되풀이하고, 줄을 바꿔 가며 커널이 들어갈 수 있는 모든 자리를
            지나갑니다.</p>
          <p>아래에서는 5×5 입력과 3×3 커널을 씁니다. 커널의 왼쪽 열은 1, 가운데 열은 0, 오른쪽 열은 −1입니다. <strong>다음</strong>
            버튼을 누르거나, 스테퍼를 클릭한 뒤 ←/→ 키로 창이 움직이며 출력이 채워지는 모습을 보세요.</p>`,
      ),
      demo(() => html`<cnn-conv-stepper data-url-key="a" input="example-a" kernel="vertical-edge"></cnn-conv-stepper>`),
      text(
        html`<p>At the first position the window covers the top-left 3×3 block. Reading the kernel column by column:</p>`,
        html`<p>첫 번째 자리에서 창은 왼쪽 위 3×3 부분을 덮습니다. 커널의 열 순서대로 적으면 다음과 같습니다.</p>`,
      ),
      formula(
        html`7×1 + 4×1 + 3×1 + 2×0 + 5×0 + 3×0 + 3×(−1) + 3×(−1) + 2×(−1) = 14 − 8 = <strong>6</strong>`,
        {
          en: 'Left column times 1, middle column times 0, right column times −1.',
          ko: '왼쪽 열에는 1, 가운데 열에는 0, 오른쪽 열에는 −1을 곱합니다.',
        },
      ),
      text(
        html`<p>So this kernel computes “left column minus right column”. It answers strongly where the input is bright on the
            left and dark on the right, a <strong>vertical edge</strong>, and gives about 0 on flat regions. The whole output is</p>`,
        html`<p>결국 이 커널은 “왼쪽 열 − 오른쪽 열”을 계산합니다. 왼쪽이 밝고 오른쪽이 어두운 곳, 즉 <strong>수직 윤곽선</strong>(세로 방향의 경계)에서
            크게 반응하고, 밝기가 고른 곳에서는 0에 가까운 값을 냅니다. 전체 출력은 다음과 같습니다.</p>`,
      ),
      formula(html`[[6, −9, −8], [−3, −2, −3], [−3, 0, −2]]`),
      text(
        html`<p>In symbols, with the window's top-left corner at row ${v('i')}, column ${v('j')} and a ${v('K')}×${v('K')} kernel:</p>`,
        html`<p>기호로 쓰면, 창의 왼쪽 위 모서리가 ${v('i')}행 ${v('j')}열에 있고 커널 크기가 ${v('K')}×${v('K')}일 때 다음과 같습니다.</p>`,
      ),
      formula(
        html`${v('Y')}[${v('i')}, ${v('j')}] = Σ<sub>${v('m')}</sub> Σ<sub>${v('n')}</sub>
          ${v('X')}[${v('i')} + ${v('m')}, ${v('j')} + ${v('n')}] · ${v('W')}[${v('m')}, ${v('n')}]`,
        {
          en: 'm and n run over the kernel, from 0 to K − 1.',
          ko: 'm과 n은 커널 안의 위치로, 0부터 K − 1까지 움직입니다.',
        },
      ),
      text(
        html`<p>A 3×3 kernel fits in 5 − 3 + 1 = 3 positions along each axis, so the output is 3×3: smaller than the input.
            Lesson 4 shows how padding keeps the size.</p>`,
        html`<p>3×3 커널은 각 축에서 5 − 3 + 1 = 3개의 자리에 들어가므로 출력은 3×3으로, 입력보다 작아집니다. 크기를 유지하는 방법(패딩)은
            4강에서 다룹니다.</p>`,
      ),
      tryThis(
        html`<p>Before pressing <strong>Next</strong> at step 1, work out the second output cell yourself: the window moves one
            column right, so it is (2 + 5 + 3) − (3 + 8 + 8). Then check with the stepper. Clicking any output cell jumps to it.</p>`,
        html`<p>1단계에서 <strong>다음</strong>을 누르기 전에 두 번째 출력 칸을 직접 계산해 보세요. 창이 오른쪽으로 한 칸 옮겨 가므로
            (2 + 5 + 3) − (3 + 8 + 8)입니다. 그런 다음 스테퍼로 확인해 보세요. 출력 칸을 클릭하면 그 단계로 바로 이동합니다.</p>`,
      ),
    ]),

    section('example-b', { en: 'A second example: counting a pattern', ko: '두 번째 예: 무늬 세기' }, [
      text(
        html`<p>Now the input is a two-tone picture (1 = on, drawn white; 0 = off) and the kernel has 1 in its corners and centre.
            Each output number counts how many of those five positions are on in the window: 5 would be a perfect match of the
            kernel's “x” shape. The top-left window has four of them on, so the first output is 4.</p>`,
        html`<p>이번 입력은 두 가지 값만 있는 그림(1 = 켜짐, 흰색으로 표시; 0 = 꺼짐)이고, 커널은 네 귀퉁이와 가운데가 1입니다. 출력의 각
            숫자는 창 안에서 그 다섯 자리 중 몇 곳이 켜져 있는지를 셉니다. 5라면 커널의 “x” 모양과 완전히 일치한다는 뜻입니다. 왼쪽 위
            창에는 네 곳이 켜져 있으므로 첫 출력은 4입니다.</p>`,
      ),
      demo(() => html`<cnn-conv-stepper data-url-key="b" input="example-b" kernel="example-b" editable></cnn-conv-stepper>`),
      tryThis(
        html`<p>This stepper is editable. Double-click an input cell (or select it and press Enter), type 1 or 0, and press
            Enter: every output that uses this cell changes, the rest stay. Which output cells can a single input cell reach?</p>`,
        html`<p>이 스테퍼는 값을 바꿀 수 있습니다. 입력 칸을 더블클릭하거나(또는 선택한 뒤 Enter) 1이나 0을 입력하고 Enter를 누르세요.
            그 칸을 쓰는 출력만 바뀌고 나머지는 그대로입니다. 입력 칸 하나가 영향을 주는 출력 칸은 몇 개일까요?</p>`,
      ),
    ]),

    section('flip', { en: 'Cross-correlation or convolution?', ko: '교차 상관인가, 합성곱인가?' }, [
      text(
        html`<p>What deep-learning libraries call convolution is, strictly, <strong>cross-correlation</strong>: the kernel is
            laid on the input as it is. The convolution of mathematics and signal processing first rotates the kernel by 180°
            (flips it left–right and top–bottom):</p>`,
        html`<p>딥러닝 라이브러리가 합성곱이라고 부르는 연산은 엄밀히 말하면 <strong>교차 상관</strong>(cross-correlation)입니다. 커널을 그대로
            입력 위에 놓기 때문입니다. 수학과 신호 처리에서 말하는 합성곱은 커널을 먼저 180° 돌립니다(좌우와 상하를 모두 뒤집습니다).</p>`,
      ),
      formula(
        html`${v('G')}[${v('i')}, ${v('j')}] = Σ<sub>${v('m')}</sub> Σ<sub>${v('n')}</sub>
          ${v('F')}[${v('m')}, ${v('n')}] · ${v('X')}[${v('i')} − ${v('m')}, ${v('j')} − ${v('n')}]`,
        {
          en: 'The minus signs walk the input backwards, which is the same as flipping the kernel.',
          ko: '입력을 거꾸로 따라가는 빼기 기호는 커널을 뒤집는 것과 같습니다.',
        },
      ),
      demo(
        (view) => html`${attrToggle(view, 'flip', 'flip', {
            en: 'Flip the kernel (true convolution)',
            ko: '커널 뒤집기 (수학적 합성곱)',
          })}
          <cnn-conv-stepper data-url-key="flip" input="example-a" kernel="vertical-edge"></cnn-conv-stepper>`,
      ),
      tryThis(
        html`<p>Tick <strong>Flip the kernel</strong>. The vertical-edge kernel turns into “right minus left”, and every output
            changes sign: the first cell becomes −6. A symmetric kernel, such as example B's, would not change at all.</p>`,
        html`<p><strong>커널 뒤집기</strong>를 켜 보세요. 세로 윤곽선 커널이 “오른쪽 − 왼쪽”이 되어 모든 출력의 부호가 바뀝니다. 첫 칸은
            −6이 됩니다. 예제 B의 커널처럼 대칭인 커널은 뒤집어도 전혀 달라지지 않습니다.</p>`,
      ),
      note(
        html`<p>For a network the difference does not matter: its kernels are learned, so it simply learns the flipped weights.
            It does matter when you copy a kernel from an image-processing text into a deep-learning library, or back.</p>`,
        html`<p>신경망에서는 이 차이가 문제가 되지 않습니다. 커널을 학습하므로 뒤집힌 가중치를 그대로 배우면 되기 때문입니다. 다만 영상 처리
            교재의 커널을 딥러닝 라이브러리로 옮기거나 그 반대로 옮길 때는 주의해야 합니다.</p>`,
      ),
    ]),

    section('bias', { en: 'The bias', ko: '편향' }, [
      text(
        html`<p>Each filter also has one <strong>bias</strong> ${v('b')}, a learned number added to every sum it produces:
            output = Σ(input × weight) + ${v('b')}. It moves the whole feature map up or down, which decides how strong a
            response must be before the activation function (for example ReLU, which keeps only positive values) lets it through.</p>`,
        html`<p>필터마다 <strong>편향</strong> ${v('b')}가 하나 있습니다. 편향은 학습되는 숫자로, 그 필터가 만드는 모든 합에 더해집니다. 출력 =
            Σ(입력 × 가중치) + ${v('b')}. 편향은 특성 맵 전체를 위아래로 옮기므로, 활성화 함수(예: 양수만 남기는 ReLU)를 통과하려면 반응이
            얼마나 커야 하는지를 정합니다.</p>`,
      ),
      demo(
        (view) => html`${attrChoice(
            view,
            'bias',
            'bias',
            { en: 'Bias b =', ko: '편향 b =' },
            [
              { value: '0', label: '0' },
              { value: '1', label: '1' },
              { value: '-5', label: '−5' },
            ],
            '0',
          )}
          <cnn-conv-stepper data-url-key="bias" input="example-a" kernel="vertical-edge" bias="-5"></cnn-conv-stepper>`,
      ),
      tryThis(
        html`<p>With ${v('b')} = −5 the first output is 6 − 5 = 1. After a ReLU, only the cells that stay above 0 would remain:
            which are they? Switch the bias and compare.</p>`,
        html`<p>${v('b')} = −5이면 첫 출력은 6 − 5 = 1입니다. ReLU를 거친 뒤 0보다 큰 값으로 남는 칸은 어디일까요? 편향을 바꿔 가며
            비교해 보세요.</p>`,
      ),
    ]),

    section('channels', { en: 'Several channels: a first look', ko: '여러 채널: 미리 보기' }, [
      text(
        html`<p>A colour image has three <strong>channels</strong> (red, green, blue), so a filter for it has three 3×3 slices,
            one per channel. One output number is still one sum: all 3 × 3 × 3 = 27 products, plus the bias. Below, every channel
            has 200 in its top three rows and 0 below, and all 27 weights are 0.1. The first window sees 27 cells of 200, so it
            writes 27 × 0.1 × 200 = 540; one row lower it sees 18 such cells (360), then 9 (180).</p>
          <p>A layer usually has many filters; each produces its own feature map, and the maps are stacked as the output's
            channels. Later lessons build on this.</p>`,
        html`<p>컬러 영상에는 <strong>채널</strong>이 세 개(빨강, 초록, 파랑) 있으므로, 여기에 쓰는 필터도 채널마다 하나씩 3×3 조각을 세 개 가집니다.
            출력 숫자 하나는 여전히 합 하나입니다. 3 × 3 × 3 = 27개의 곱을 모두 더하고 편향을 더합니다. 아래 예에서는 모든 채널의 위쪽 세
            줄이 200, 아래 두 줄이 0이고, 27개의 가중치는 모두 0.1입니다. 첫 번째 창은 200인 칸 27개를 보므로 27 × 0.1 × 200 = 540을 씁니다.
            한 줄 아래에서는 그런 칸이 18개(360), 그다음에는 9개(180)입니다.</p>
          <p>한 층에는 보통 필터가 여러 개 있고, 필터마다 특성 맵을 하나씩 만듭니다. 이 맵들을 쌓은 것이 출력의 채널입니다. 이어지는
            강의에서 더 자세히 다룹니다.</p>`,
      ),
      demo(() => html`<cnn-conv-stepper data-url-key="c" input="example-c" kernel="example-c"></cnn-conv-stepper>`),
    ]),
    quizSection('02-convolution'),
  ],
});
