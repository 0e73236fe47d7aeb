/**
 * Lesson 6: pooling (CURRICULUM §5). Max and average pooling of the curriculum's 4×4
 * maps, an exercise on the second map, output size, what pooling forgets (small shifts
 * vs positions) and global pooling. Prose in English and Korean.
 */
import { html } from 'lit';
import '../../components/cnn-matrix';
import '../../components/cnn-output-size';
import '../../components/cnn-pool-stepper';
import { attrChoice } from '../../src/site/lesson-controls';
import { defineLesson, demo, formula, note, section, text, tryThis, type LessonView } from '../../src/site/lesson-kit';
import { quizSection } from '../../src/site/quiz-section';

/** The curriculum's pool-a map, the same map with the 9 moved inside its window, and moved out of it. */
const ORIGINAL = [
  [1, 3, 2, 1],
  [2, 9, 1, 1],
  [1, 3, 2, 3],
  [5, 6, 1, 2],
];
const INSIDE = [
  [9, 3, 2, 1],
  [2, 1, 1, 1],
  [1, 3, 2, 3],
  [5, 6, 1, 2],
];
const ACROSS = [
  [1, 3, 2, 1],
  [2, 1, 9, 1],
  [1, 3, 2, 3],
  [5, 6, 1, 2],
];

/** Max pooling 2×2, stride 2: small enough to write out, and independent of the element it illustrates. */
function maxPool2(map: number[][]): number[][] {
  const out: number[][] = [];
  for (let r = 0; r + 1 < map.length; r += 2) {
    const row: number[] = [];
    for (let c = 0; c + 1 < map[0].length; c += 2) row.push(Math.max(map[r][c], map[r][c + 1], map[r + 1][c], map[r + 1][c + 1]));
    out.push(row);
  }
  return out;
}

const SHIFT_CAPTIONS = {
  en: ['Original', 'The 9 moves inside its window', 'The 9 moves into the next window'],
  ko: ['원래 맵', '9가 같은 창 안에서 이동', '9가 옆 창으로 이동'],
};

/** One row of the shift demo: the map with the 9's window outlined and the 9 ringed, then its pooled map. */
function shiftRow(view: LessonView, index: number, map: number[][], nine: { row: number; col: number }) {
  const window = { row: nine.row - (nine.row % 2), col: nine.col - (nine.col % 2), height: 2, width: 2 };
  const pooled = maxPool2(map);
  const changed = JSON.stringify(pooled) !== JSON.stringify(maxPool2(ORIGINAL));
  const verdict = view.lang === 'en' ? (changed ? 'changed' : 'unchanged') : changed ? '바뀜' : '그대로';
  // A column per case (map, arrow, pooled map), so the three cases stand side by side on a projector.
  return html`<div class="demo-row" style="flex-direction: column; gap: 0.2rem">
    <cnn-matrix scale="grey" .values=${map} .highlight=${window} .marked=${[nine]}
      caption=${SHIFT_CAPTIONS[view.lang][index]}></cnn-matrix>
    <span class="operator" aria-hidden="true" style="align-self: flex-start; padding-left: 3.2rem">↓</span>
    <cnn-matrix scale="grey" .domain=${[0, 9]} .values=${pooled}
      caption=${`${view.lang === 'en' ? 'Max pooled' : '최대 풀링'} (${verdict})`}></cnn-matrix>
  </div>`;
}

const MODE_LABEL = { en: 'Mode', ko: '방식' };

export const lesson = defineLesson({
  slug: '06-pooling',
  sections: [
    section('idea', { en: 'One number per window', ko: '창 하나에 숫자 하나' }, [
      text(
        html`<p>A pooling layer moves a small window over a feature map, just like a convolution, but it has no kernel. It replaces the numbers under the window with one summary: the largest of them (<strong>max pooling</strong>) or their mean (<strong>average pooling</strong>).</p>
          <p>With no weights and no bias, a pooling layer has nothing to learn: its parameter count is 0. Its job is to make the map smaller. A 2×2 window that moves 2 cells at a time turns every 2×2 block into one number, so only a quarter of the values remain, and every unit of the next layer looks at a larger part of the image.</p>`,
        html`<p>풀링 층은 합성곱처럼 작은 창을 특성 맵 위에서 움직이지만, 커널이 없습니다. 창 안의 숫자들을 요약값 하나로 바꿀 뿐입니다. 가장 큰 값을 고르면 <strong>최대 풀링</strong>, 평균을 내면 <strong>평균 풀링</strong>입니다.</p>
          <p>가중치도 편향도 없으니 풀링 층에는 학습할 것이 없습니다. 파라미터 수는 0입니다. 하는 일은 맵을 작게 만드는 것입니다. 2×2 창을 2칸씩 옮기면 2×2 블록마다 숫자 하나만 남아 값의 개수가 4분의 1로 줄고, 다음 층의 각 유닛은 이미지의 더 넓은 부분을 보게 됩니다.</p>`,
      ),
    ]),
    section('max', { en: 'Max pooling, window by window', ko: '최대 풀링을 창 하나씩' }, [
      text(
        html`<p>Below, a 4×4 feature map is pooled with a 2×2 window and stride 2. The window fits in four places, so the output is 2×2. In each window the largest value is ringed and copied to the output.</p>`,
        html`<p>아래에서는 4×4 특성 맵에 2×2 창과 스트라이드 2로 최대 풀링을 적용합니다. 창이 놓일 자리는 네 곳이므로 출력은 2×2입니다. 창마다 가장 큰 값에 동그라미가 쳐지고, 그 값이 출력으로 옮겨집니다.</p>`,
      ),
      demo(
        (view) => html`${attrChoice(view, 'a', 'mode', MODE_LABEL, [
            { value: 'max', label: { en: 'Max', ko: '최대' } },
            { value: 'avg', label: { en: 'Average', ko: '평균' } },
          ])}
          ${attrChoice(view, 'a', 'stride', { en: 'Stride', ko: '스트라이드' }, [
            { value: '2', label: '2' },
            { value: '1', label: { en: '1 (windows overlap)', ko: '1 (창이 겹침)' } },
          ])}
          <cnn-pool-stepper data-url-key="a" input="pool-a" mode="max" size="2" stride="2"></cnn-pool-stepper>`,
      ),
      text(
        html`<p>The first window holds 1, 3, 2 and 9, so the first output is 9. The other windows give 2, 6 and 3, and the pooled map is [[9, 2], [6, 3]].</p>`,
        html`<p>첫 번째 창에는 1, 3, 2, 9가 있으므로 첫 출력은 9입니다. 나머지 창에서는 2, 6, 3이 나오고, 풀링된 맵은 [[9, 2], [6, 3]]입니다.</p>`,
      ),
      tryThis(
        html`<p>Press <kbd>→</kbd> or <em>Next</em> to move the window, or click an output cell to jump to its window. Then choose stride 1: the windows overlap, fit in 3 × 3 places, and the 9 wins four of them.</p>`,
        html`<p><kbd>→</kbd> 키나 <em>다음</em>을 눌러 창을 옮겨 보고, 출력 칸을 눌러 해당 창으로 바로 가 보세요. 그다음 스트라이드를 1로 바꾸면 창이 서로 겹쳐 3 × 3 자리에 놓이고, 9가 그중 네 창에서 선택됩니다.</p>`,
      ),
    ]),
    section('average', { en: 'Average pooling', ko: '평균 풀링' }, [
      text(
        html`<p>Average pooling adds the values in the window and divides by how many there are. On the same map the first window gives (1 + 3 + 2 + 9) / 4 = 3.75, and the whole output is [[3.75, 1.25], [3.75, 2]].</p>
          <p>Max pooling keeps the strongest response in each region: was the feature there at all? Average pooling keeps the region's overall level, so one large value is diluted by its neighbours. LeNet-5 used average pooling; most networks since AlexNet use max pooling between convolutions.</p>`,
        html`<p>평균 풀링은 창 안의 값을 모두 더한 뒤 개수로 나눕니다. 같은 맵에서 첫 번째 창은 (1 + 3 + 2 + 9) / 4 = 3.75가 되고, 전체 출력은 [[3.75, 1.25], [3.75, 2]]입니다.</p>
          <p>최대 풀링은 영역마다 가장 강한 반응, 즉 그 특성이 영역 어딘가에 있었는지를 남깁니다. 평균 풀링은 영역 전체의 수준을 남기므로 큰 값 하나는 이웃 값들과 섞여 희석됩니다. LeNet-5는 평균 풀링을 썼고, AlexNet 이후 대부분의 신경망은 합성곱 사이에 최대 풀링을 씁니다.</p>`,
      ),
      demo(() => html`<cnn-pool-stepper data-url-key="b" input="pool-a" mode="avg" size="2"></cnn-pool-stepper>`),
    ]),
    section('exercise', { en: 'Check yourself', ko: '스스로 확인하기' }, [
      text(
        html`<p>Work this one out on paper first: max pooling with a 2×2 window and stride 2 on [[4, 3, 1, 5], [1, 3, 4, 8], [4, 5, 4, 3], [6, 5, 9, 4]].</p>`,
        html`<p>이번에는 먼저 종이에 풀어 보세요. [[4, 3, 1, 5], [1, 3, 4, 8], [4, 5, 4, 3], [6, 5, 9, 4]]에 2×2 창, 스트라이드 2로 최대 풀링을 하면 어떻게 될까요?</p>`,
      ),
      demo(() => html`<cnn-pool-stepper data-url-key="c" input="pool-b" mode="max" size="2"></cnn-pool-stepper>`),
      tryThis(
        html`<p>Write down your four numbers, then press <kbd>End</kbd> in the stepper to see the whole output. (It should be [[4, 8], [6, 9]].) What would average pooling give for the top-right window?</p>`,
        html`<p>네 숫자를 적은 다음, 스테퍼에서 <kbd>End</kbd> 키를 눌러 전체 출력을 확인하세요. ([[4, 8], [6, 9]]가 나와야 합니다.) 오른쪽 위 창에 평균 풀링을 하면 얼마일까요?</p>`,
      ),
    ]),
    section('size', { en: 'How much smaller?', ko: '얼마나 작아질까' }, [
      text(
        html`<p>When the stride equals the window size, the windows tile the map without overlapping. An <var>n</var>×<var>m</var> map pooled with an <var>n</var><sub>p</sub>×<var>m</var><sub>p</sub> window becomes:</p>`,
        html`<p>스트라이드가 창 크기와 같으면 창들이 겹치지 않고 맵을 빈틈없이 덮습니다. <var>n</var>×<var>m</var> 맵에 <var>n</var><sub>p</sub>×<var>m</var><sub>p</sub> 창으로 풀링하면 크기는 다음과 같습니다.</p>`,
      ),
      formula(html`(<var>n</var> / <var>n</var><sub>p</sub>) × (<var>m</var> / <var>m</var><sub>p</sub>)`, {
        en: '4×4 with a 2×2 window → 2×2; a 28×28 MNIST feature map → 14×14.',
        ko: '4×4에 2×2 창 → 2×2, 28×28 MNIST 특성 맵 → 14×14.',
      }),
      note(
        html`<p>In Keras, <code>MaxPooling2D(pool_size=2)</code> moves by 2 although no stride was given: when <code>strides</code> is left out it defaults to the pool size. PyTorch's <code>nn.MaxPool2d(2)</code> does the same.</p>`,
        html`<p>Keras에서 <code>MaxPooling2D(pool_size=2)</code>는 스트라이드를 적지 않아도 2칸씩 움직입니다. <code>strides</code>를 생략하면 풀 크기와 같은 값이 기본값이기 때문입니다. PyTorch의 <code>nn.MaxPool2d(2)</code>도 마찬가지입니다.</p>`,
      ),
      text(
        html`<p>Any window and stride follow the same rule as a convolution, along each axis: <var>O</var> = ⌊(<var>W</var> − <var>K</var>) / <var>S</var>⌋ + 1, with the window size as <var>K</var>. When the windows do not fit evenly, the leftover row or column is dropped.</p>`,
        html`<p>창 크기와 스트라이드가 무엇이든 축마다 합성곱과 같은 규칙을 따릅니다. 창 크기를 <var>K</var>로 놓으면 <var>O</var> = ⌊(<var>W</var> − <var>K</var>) / <var>S</var>⌋ + 1입니다. 창이 딱 맞아떨어지지 않으면 남는 행이나 열은 버려집니다.</p>`,
      ),
      demo(() => html`<cnn-output-size data-url-key="size" w="4" k="2" p="0" s="2" d="1"></cnn-output-size>`),
      tryThis(
        html`<p>Set <var>W</var> to 5: ⌊(5 − 2) / 2⌋ + 1 = 2, and the fifth cell is never covered by a window. Then set <var>W</var> to 28 to check the MNIST case, and <var>S</var> to 1 to see overlapping windows.</p>`,
        html`<p><var>W</var>를 5로 바꿔 보세요. ⌊(5 − 2) / 2⌋ + 1 = 2이고, 다섯 번째 칸은 어느 창에도 들어가지 않습니다. 이어서 <var>W</var>를 28로 바꿔 MNIST의 경우를 확인하고, <var>S</var>를 1로 바꿔 창이 겹치는 모습도 보세요.</p>`,
      ),
    ]),
    section('shifts', { en: 'Small shifts, lost positions', ko: '작은 이동과 사라지는 위치' }, [
      text(
        html`<p>Max pooling only asks whether a strong value is <em>somewhere</em> in the window. Move the 9 of our first map one cell up and to the left: it is still in the top-left window, and the pooled map does not change. A feature found one pixel to the side gives the same pooled output, which makes the network tolerant of small shifts. This invariance is only local: move the 9 into the neighbouring window and the output changes.</p>`,
        html`<p>최대 풀링은 창 <em>어딘가에</em> 큰 값이 있는지만 봅니다. 첫 번째 맵의 9를 왼쪽 위로 한 칸 옮겨도 여전히 왼쪽 위 창 안에 있으므로 풀링 결과는 그대로입니다. 특성이 한 픽셀 옆에서 발견되어도 같은 결과가 나오므로, 신경망은 작은 이동에 덜 민감해집니다. 다만 이 불변성은 국소적입니다. 9를 옆 창으로 옮기면 출력이 바뀝니다.</p>`,
      ),
      demo(
        (view) => html`<div class="demo-row" style="--cnn-cell-size: 44px; gap: 1rem 3rem">
          ${shiftRow(view, 0, ORIGINAL, { row: 1, col: 1 })} ${shiftRow(view, 1, INSIDE, { row: 0, col: 0 })}
          ${shiftRow(view, 2, ACROSS, { row: 1, col: 2 })}
        </div>`,
      ),
      text(
        html`<p>The same property has a price. After pooling, the network knows that a 9 was in the top-left quarter, but not where inside it. Stack several pooling layers and most of the exact positions are gone. For some tasks that matters: a face is not just two eyes, a nose and a mouth, but those parts in the right arrangement, and a network that has pooled their positions away can respond to a scrambled face almost as strongly as to a real one.</p>`,
        html`<p>이 성질에는 대가가 있습니다. 풀링한 뒤에는 9가 왼쪽 위 4분의 1 영역에 있었다는 것만 알고, 그 안의 어디였는지는 모릅니다. 풀링 층을 여러 번 쌓으면 정확한 위치 정보는 대부분 사라집니다. 이것이 중요한 문제도 있습니다. 얼굴은 눈 두 개, 코, 입만으로 이루어지지 않고 그것들이 올바르게 배치되어야 얼굴입니다. 위치 정보를 풀링으로 버린 신경망은 부분들이 뒤섞인 얼굴에도 진짜 얼굴과 거의 같은 강도로 반응할 수 있습니다.</p>`,
      ),
    ]),
    section('global', { en: 'Global pooling', ko: '전역 풀링' }, [
      text(
        html`<p>Global pooling uses one window as large as the whole map. Each channel becomes a single number, its mean (global average pooling) or its maximum (global max pooling), so an <var>H</var>×<var>W</var>×<var>C</var> stack of feature maps becomes a vector of <var>C</var> numbers.</p>
          <p>Networks such as GoogLeNet and ResNet put global average pooling where older ones had Flatten. The classifier then receives one number per channel, so it needs far fewer weights, and the network works for any image size.</p>`,
        html`<p>전역 풀링은 맵 전체 크기의 창 하나를 씁니다. 채널마다 평균(전역 평균 풀링)이나 최댓값(전역 최대 풀링) 하나만 남기므로, <var>H</var>×<var>W</var>×<var>C</var> 특성 맵 묶음이 숫자 <var>C</var>개짜리 벡터가 됩니다.</p>
          <p>GoogLeNet이나 ResNet 같은 신경망은 예전 신경망이 평탄화(Flatten)를 두던 자리에 전역 평균 풀링을 둡니다. 그러면 분류기는 채널마다 숫자 하나만 받으므로 가중치가 훨씬 적게 필요하고, 신경망은 어떤 크기의 이미지에도 동작합니다.</p>`,
      ),
      demo(
        (view) => html`${attrChoice(view, 'g', 'mode', MODE_LABEL, [
            { value: 'global-avg', label: { en: 'Global average', ko: '전역 평균' } },
            { value: 'global-max', label: { en: 'Global max', ko: '전역 최대' } },
          ])}
          <cnn-pool-stepper data-url-key="g" input="[[[1,3,2,1],[2,9,1,1],[1,3,2,3],[5,6,1,2]],[[4,3,1,5],[1,3,4,8],[4,5,4,3],[6,5,9,4]]]"
            mode="global-avg"></cnn-pool-stepper>`,
      ),
      tryThis(
        html`<p>The input has two channels: the two maps of this lesson. Step through both: their means are 43 / 16 = 2.6875 and 69 / 16 = 4.3125 (shown to three decimals). Switch to global max: both channels give 9.</p>`,
        html`<p>입력에는 이 강의의 두 맵이 채널 두 개로 들어 있습니다. 두 단계를 모두 넘겨 보세요. 평균은 43 / 16 = 2.6875와 69 / 16 = 4.3125입니다(소수 셋째 자리까지 표시). 전역 최대로 바꾸면 두 채널 모두 9가 됩니다.</p>`,
      ),
    ]),
    section('summary', { en: 'In short', ko: '정리' }, [
      text(
        html`<ul>
          <li>Pooling summarises each window by its maximum or its mean; it has no parameters.</li>
          <li>With the stride equal to the window (the Keras default), an <var>n</var>×<var>m</var> map becomes (<var>n</var>/<var>n</var><sub>p</sub>)×(<var>m</var>/<var>m</var><sub>p</sub>).</li>
          <li>Smaller maps mean less computation, and later layers see more of the image.</li>
          <li>Max pooling tolerates small shifts inside a window, and forgets exact positions.</li>
          <li>Global pooling reduces each channel to one number.</li>
        </ul>`,
        html`<ul>
          <li>풀링은 창마다 최댓값이나 평균으로 요약하며, 파라미터가 없습니다.</li>
          <li>스트라이드가 창 크기와 같으면(Keras 기본값) <var>n</var>×<var>m</var> 맵이 (<var>n</var>/<var>n</var><sub>p</sub>)×(<var>m</var>/<var>m</var><sub>p</sub>)가 됩니다.</li>
          <li>맵이 작아지면 계산이 줄고, 뒤쪽 층은 이미지의 더 넓은 부분을 봅니다.</li>
          <li>최대 풀링은 창 안의 작은 이동에 둔감하고, 정확한 위치는 잊어버립니다.</li>
          <li>전역 풀링은 채널 하나를 숫자 하나로 줄입니다.</li>
        </ul>`,
      ),
    ]),
    quizSection('06-pooling'),
  ],
});
