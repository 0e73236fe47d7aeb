/**
 * Lesson 9: transposed convolution (CURRICULUM §8). Learnable upsampling; why
 * "deconvolution" is a misnomer and what "transposed" and "fractionally strided" mean;
 * the 1D scatter-add first, then 2D; the output size (W − 1)·S − 2P + K + output padding,
 * next to the forward convolution whose shape it reverses.
 */
import { html } from 'lit';
import '../../components/cnn-output-size';
import '../../components/cnn-transposed-stepper';
import { attrChoice } from '../../src/site/lesson-controls';
import { defineLesson, demo, formula, note, section, text, tryThis } from '../../src/site/lesson-kit';
import { quizSection } from '../../src/site/quiz-section';

const v = (name: string) => html`<var>${name}</var>`;

const STRIDE_LABEL = { en: 'Stride S', ko: '스트라이드 S' };
const strideChips = ['1', '2', '3'].map((value) => ({ value, label: value }));

export const lesson = defineLesson({
  slug: '09-transposed',
  sections: [
    section('upsampling', { en: 'Going back up', ko: '다시 크게 만들기' }, [
      text(
        html`<p>Convolutions with a stride and pooling layers make feature maps smaller. Some tasks need the opposite. Semantic
            segmentation labels every pixel, so a network that has shrunk the image must grow it back to full size; the generator of a
            GAN and the decoder of an autoencoder start from a small code and produce a whole image.</p>
          <p>Fixed <strong>upsampling</strong>, such as repeating each pixel or bilinear interpolation, has no parameters: it always
            enlarges in the same way. A <strong>transposed convolution</strong> enlarges with a kernel whose weights are learned, so the
            network itself decides how to fill in the detail.</p>`,
        html`<p>스트라이드가 있는 합성곱과 풀링 층은 특성 맵을 작게 만듭니다. 그런데 반대가 필요한 작업도 있습니다. 의미 분할(semantic
            segmentation)은 픽셀마다 레이블을 붙이므로, 이미지를 줄인 신경망이 다시 원래 크기로 키워야 합니다. GAN의 생성자나 오토인코더의
            디코더도 작은 코드에서 출발해 이미지 전체를 만들어 냅니다.</p>
          <p>픽셀을 반복하거나 쌍선형 보간을 하는 고정된 <strong>업샘플링</strong>에는 파라미터가 없어 언제나 같은 방식으로 키웁니다.
            <strong>전치 합성곱</strong>은 학습되는 가중치를 가진 커널로 키우므로, 세부를 어떻게 채울지 신경망이 스스로 정합니다.</p>`,
      ),
    ]),

    section('one-d', { en: '1D first: scale, shift, add', ko: '먼저 1D: 곱하고, 옮기고, 더하기' }, [
      text(
        html`<p>A convolution <em>gathers</em>: each output collects a weighted sum of ${v('K')} inputs. A transposed convolution
            <em>scatters</em>: each input value multiplies the whole kernel, and this scaled copy is added into the output, starting
            at position ${v('i')} · ${v('S')} for input ${v('i')}. Where copies overlap, their values add up.</p>
          <p>Below, the input is [1, 2, 3], the kernel [1, 2, 1] and the stride 2. The first copy is 1 × [1, 2, 1] at positions 0–2,
            the second 2 × [1, 2, 1] = [2, 4, 2] at positions 2–4, the third [3, 6, 3] at 4–6. Positions 2 and 4 receive two
            contributions each, so the output is [1, 2, 1 + 2, 4, 2 + 3, 6, 3] = [1, 2, 3, 4, 5, 6, 3]: three values became seven.</p>`,
        html`<p>합성곱은 <em>모읍니다</em>. 출력 하나가 입력 ${v('K')}개의 가중합을 모읍니다. 전치 합성곱은 <em>뿌립니다</em>. 입력값 하나가
            커널 전체에 곱해지고, 이렇게 스케일된 커널 복사본이 출력의 ${v('i')} · ${v('S')} 위치(입력 ${v('i')}번째 값의 경우)부터
            더해집니다. 복사본이 겹치는 곳에서는 값이 합쳐집니다.</p>
          <p>아래에서 입력은 [1, 2, 3], 커널은 [1, 2, 1], 스트라이드는 2입니다. 첫 복사본 1 × [1, 2, 1]은 0–2번 위치에, 두 번째
            2 × [1, 2, 1] = [2, 4, 2]는 2–4번 위치에, 세 번째 [3, 6, 3]은 4–6번 위치에 더해집니다. 2번과 4번 위치는 두 번씩 더해지므로
            출력은 [1, 2, 1 + 2, 4, 2 + 3, 6, 3] = [1, 2, 3, 4, 5, 6, 3]입니다. 값 세 개가 일곱 개가 되었습니다.</p>`,
      ),
      demo(
        (view) => html`${attrChoice(view, 'a', 'stride', STRIDE_LABEL, strideChips, '2')}
          <cnn-transposed-stepper data-url-key="a" mode="1d" input="[1,2,3]" kernel="[1,2,1]" stride="2" padding="0"
            output-padding="0"></cnn-transposed-stepper>`,
      ),
      tryThis(
        html`<ul>
          <li>Choose stride 1: the copies overlap more and the output has (3 − 1)·1 + 3 = 5 values, [1, 4, 8, 8, 3].</li>
          <li>Choose stride 3: the copies just touch, nothing overlaps, and the output is the three scaled kernels side by side.</li>
          <li>Watch the contributions row: it counts how many copies have landed on each position.</li>
        </ul>`,
        html`<ul>
          <li>스트라이드를 1로 바꾸면 복사본이 더 많이 겹치고, 출력은 (3 − 1)·1 + 3 = 5개 값 [1, 4, 8, 8, 3]이 됩니다.</li>
          <li>스트라이드를 3으로 바꾸면 복사본이 겹치지 않고 딱 맞닿아, 출력은 스케일된 커널 세 개를 나란히 놓은 것이 됩니다.</li>
          <li>기여 횟수 행을 보세요. 위치마다 복사본이 몇 번 더해졌는지 셉니다.</li>
        </ul>`,
      ),
    ]),

    section('two-d', { en: 'The same in 2D', ko: '2D에서도 똑같이' }, [
      text(
        html`<p>On a grid nothing changes but the number of axes. Each input cell (${v('i')}, ${v('j')}) scales the ${v('K')}×${v('K')}
            kernel, and the copy is added with its top-left corner at (${v('i')}·${v('S')}, ${v('j')}·${v('S')}). Here a 2×2 input and a
            3×3 kernel of ones with stride 2 give a 5×5 output. The centre cell is covered by all four copies: 1 + 2 + 3 + 4 = 10.</p>`,
        html`<p>격자에서도 축의 개수만 달라질 뿐입니다. 입력 칸 (${v('i')}, ${v('j')})가 ${v('K')}×${v('K')} 커널에 곱해지고, 그 복사본의 왼쪽
            위 모서리가 (${v('i')}·${v('S')}, ${v('j')}·${v('S')})에 오도록 더해집니다. 여기서는 2×2 입력과 모든 값이 1인 3×3 커널,
            스트라이드 2로 5×5 출력을 만듭니다. 가운데 칸은 네 복사본이 모두 덮으므로 1 + 2 + 3 + 4 = 10입니다.</p>`,
      ),
      demo(
        (view) => html`${attrChoice(view, 'b', 'stride', STRIDE_LABEL, strideChips, '2')}
          ${attrChoice(view, 'b', 'padding', { en: 'Padding P', ko: '패딩 P' }, [
            { value: '0', label: '0' },
            { value: '1', label: '1' },
          ], '0')}
          ${attrChoice(view, 'b', 'output-padding', { en: 'Output padding', ko: '출력 패딩' }, [
            { value: '0', label: '0' },
            { value: '1', label: '1' },
          ], '0')}
          <cnn-transposed-stepper data-url-key="b" input="[[1,2],[3,4]]" kernel="[[1,1,1],[1,1,1],[1,1,1]]" stride="2"
            padding="0" output-padding="0"></cnn-transposed-stepper>`,
      ),
      tryThis(
        html`<p>Step through the four input cells and watch the contributions grid: the middle row and column receive two or four
            copies, the rest one. Then choose padding 1: the outer ring, hatched, is cropped and a 3×3 output remains.</p>`,
        html`<p>입력 칸 네 개를 차례로 넘기며 기여 횟수 격자를 보세요. 가운데 행과 열은 복사본을 두 번이나 네 번 받고, 나머지는 한 번
            받습니다. 그다음 패딩을 1로 바꾸면 빗금 친 바깥 테두리가 잘려 나가고 3×3 출력이 남습니다.</p>`,
      ),
      note(
        html`<p>That uneven overlap matters in practice. When the kernel size is not a multiple of the stride, some output cells get
            more copies than their neighbours, and generated images can show a faint checkerboard pattern. A common remedy is to
            resize first and then apply an ordinary convolution.</p>`,
        html`<p>이 고르지 않은 겹침은 실제로 문제가 됩니다. 커널 크기가 스트라이드의 배수가 아니면 어떤 출력 칸은 이웃 칸보다 복사본을 더
            많이 받아, 생성된 이미지에 희미한 바둑판 무늬가 나타날 수 있습니다. 흔한 해결책은 먼저 크기를 키운 다음 일반 합성곱을 적용하는
            것입니다.</p>`,
      ),
    ]),

    section('size', { en: 'Output size', ko: '출력 크기' }, [
      text(
        html`<p>The last copy starts at (${v('W')} − 1)·${v('S')} and is ${v('K')} cells long. Padding works the other way round from a
            forward convolution: instead of adding a border, it crops ${v('P')} cells from each side. Output padding adds cells at the
            bottom and right, fewer than ${v('S')}.</p>`,
        html`<p>마지막 복사본은 (${v('W')} − 1)·${v('S')}에서 시작하고 길이가 ${v('K')}입니다. 패딩은 일반 합성곱과 반대로 작동합니다.
            테두리를 붙이는 대신 양쪽에서 ${v('P')}칸씩 잘라 냅니다. 출력 패딩은 아래쪽과 오른쪽에 ${v('S')}보다 적은 수의 칸을 더합니다.</p>`,
      ),
      formula(html`${v('O')} = (${v('W')} − 1) · ${v('S')} − 2${v('P')} + ${v('K')} + ${v('P')}<sub>out</sub>`, {
        en: 'P_out: the output padding. The steppers above print this formula with their values under the drawing.',
        ko: 'P_out: 출력 패딩. 위의 스테퍼들은 그림 아래에 값을 대입한 이 공식을 보여 줍니다.',
      }),
      text(
        html`<p>Why output padding? A forward convolution with a stride can map different sizes to the same one: with
            ${v('K')} = 3, ${v('S')} = 2, ${v('P')} = 1, both 5 and 6 become 3. Going back from 3 gives (3 − 1)·2 − 2 + 3 = 5, and output
            padding 1 selects 6 instead.</p>
          <p>A transposed convolution with the same ${v('K')}, ${v('S')} and ${v('P')} as a forward convolution gives back the forward
            convolution's <em>input shape</em>. Below, a forward convolution takes 5 to 2 with ${v('K')} = 3, ${v('S')} = 2, and the 2D
            stepper above takes 2 back to (2 − 1)·2 + 3 = 5.</p>`,
        html`<p>출력 패딩은 왜 필요할까요? 스트라이드가 있는 합성곱은 서로 다른 크기를 같은 크기로 보낼 수 있습니다. ${v('K')} = 3,
            ${v('S')} = 2, ${v('P')} = 1이면 5와 6이 모두 3이 됩니다. 3에서 거꾸로 가면 (3 − 1)·2 − 2 + 3 = 5가 되고, 출력 패딩을 1로 하면
            6을 고를 수 있습니다.</p>
          <p>일반 합성곱과 같은 ${v('K')}, ${v('S')}, ${v('P')}를 쓰는 전치 합성곱은 그 합성곱의 <em>입력 모양</em>을 되돌려 줍니다. 아래에서
            일반 합성곱은 ${v('K')} = 3, ${v('S')} = 2로 5를 2로 만들고, 위의 2D 스테퍼는 2를 (2 − 1)·2 + 3 = 5로 되돌립니다.</p>`,
      ),
      demo(() => html`<cnn-output-size data-url-key="fwd" w="5" k="3" p="0" s="2" d="1"></cnn-output-size>`),
      tryThis(
        html`<p>Set ${v('P')} to 1 here: the forward output becomes 3. Now set ${v('W')} to 6: still 3, two input sizes with one output
            size. Then give the 2D stepper padding 1 and output
            padding 1, and check its formula line: (2 − 1)·2 − 2 + 3 + 1 = 4.</p>`,
        html`<p>여기서 ${v('P')}를 1로 바꾸면 일반 합성곱의 출력이 3이 됩니다. 이제 ${v('W')}를 6으로 바꿔도 여전히 3입니다. 입력 크기 두 개가 같은
            출력 크기로 갑니다. 이어서 2D 스테퍼의 패딩과 출력 패딩을
            모두 1로 바꾸고 공식 줄을 확인하세요. (2 − 1)·2 − 2 + 3 + 1 = 4입니다.</p>`,
      ),
      note(
        html`<p>In Keras, <code>Conv2DTranspose(filters, kernel_size, strides=2, padding='same')</code> simply doubles the size
            (${v('O')} = ${v('W')} · ${v('S')}). PyTorch's <code>ConvTranspose2d</code> takes <code>padding</code> and
            <code>output_padding</code> exactly as in the formula.</p>`,
        html`<p>Keras의 <code>Conv2DTranspose(filters, kernel_size, strides=2, padding='same')</code>는 크기를 그냥 두 배로 만듭니다
            (${v('O')} = ${v('W')} · ${v('S')}). PyTorch의 <code>ConvTranspose2d</code>는 <code>padding</code>과
            <code>output_padding</code>을 공식 그대로 받습니다.</p>`,
      ),
    ]),

    section('names', { en: 'Why the names', ko: '이름의 유래' }, [
      text(
        html`<p><strong>Not a deconvolution.</strong> In signal processing, deconvolution means undoing a convolution: recovering the
            input values from the output. A transposed convolution does not do that. Feed it a convolution's output and you get an
            array of the right shape, but not the original numbers. The name “deconvolution” is still common in papers and code, and
            it is a misnomer.</p>
          <p><strong>Transposed.</strong> A convolution is linear, so it can be written as one matrix ${v('C')} times the flattened
            input: ${v('y')} = ${v('C')}${v('x')}. ${v('C')} has a row per output and a column per input. The transposed convolution
            multiplies by ${v('C')}<sup>T</sup>, which has the shapes swapped: it maps something the size of ${v('y')} to something the
            size of ${v('x')}. It is also exactly how the gradient of a convolution flows back to its input during training.</p>
          <p><strong>Fractionally strided.</strong> The same result comes from an ordinary convolution (with the kernel flipped) over
            the input with ${v('S')} − 1 zeros inserted between neighbouring values. The window then moves 1/${v('S')} of an input
            cell per step, as if the stride were a fraction.</p>`,
        html`<p><strong>역합성곱(deconvolution)이 아닙니다.</strong> 신호 처리에서 역합성곱은 합성곱을 되돌리는 것, 즉 출력에서 입력값을
            복원하는 것입니다. 전치 합성곱은 그렇게 하지 않습니다. 합성곱의 출력을 넣으면 모양은 맞는 배열이 나오지만 원래 숫자는 아닙니다.
            논문과 코드에서 “deconvolution”이라는 이름을 아직 흔히 쓰지만, 잘못 붙은 이름입니다.</p>
          <p><strong>전치(transposed).</strong> 합성곱은 선형이므로 행렬 ${v('C')}와 펼친 입력의 곱 ${v('y')} = ${v('C')}${v('x')}로 쓸 수
            있습니다. ${v('C')}는 출력마다 한 행, 입력마다 한 열을 가집니다. 전치 합성곱은 ${v('C')}<sup>T</sup>를 곱하는데, 이 행렬은
            모양이 뒤바뀌어 있어 ${v('y')} 크기의 배열을 ${v('x')} 크기의 배열로 보냅니다. 학습할 때 합성곱의 기울기가 입력 쪽으로 전달되는
            방식도 정확히 이것입니다.</p>
          <p><strong>분수 스트라이드(fractionally strided).</strong> 입력의 이웃한 값 사이에 0을 ${v('S')} − 1개씩 끼워 넣고 (커널을 뒤집은)
            일반 합성곱을 해도 같은 결과가 나옵니다. 이때 창은 한 단계에 입력 한 칸의 1/${v('S')}만큼 움직이므로, 스트라이드가 분수인
            것처럼 보입니다.</p>`,
      ),
    ]),

    section('summary', { en: 'In short', ko: '정리' }, [
      text(
        html`<ul>
          <li>A transposed convolution is upsampling with a learned kernel.</li>
          <li>Each input value scales the kernel; the copies are added into the output at stride offsets, and overlaps add up.</li>
          <li>Output size: (${v('W')} − 1)·${v('S')} − 2${v('P')} + ${v('K')} (+ output padding).</li>
          <li>It restores a convolution's input shape, not its values: “deconvolution” is a misnomer.</li>
        </ul>`,
        html`<ul>
          <li>전치 합성곱은 학습되는 커널로 하는 업샘플링입니다.</li>
          <li>입력값 하나하나가 커널에 곱해지고, 그 복사본들이 스트라이드 간격으로 출력에 더해지며, 겹치는 곳은 합쳐집니다.</li>
          <li>출력 크기: (${v('W')} − 1)·${v('S')} − 2${v('P')} + ${v('K')} (+ 출력 패딩).</li>
          <li>합성곱의 입력 모양을 되돌릴 뿐 값을 되돌리지는 않으므로, “역합성곱”은 잘못된 이름입니다.</li>
        </ul>`,
      ),
    ]),
    quizSection('09-transposed'),
  ],
});
