/**
 * Lesson 13: what a CNN sees (CURRICULUM §13), with the pretrained LeNet-5: every layer's
 * feature maps for one test image, the learned first-layer filters, the test images that
 * make each channel fire most (Zeiler & Fergus 2014), the flattened vector as an
 * embedding (nearest neighbours by it vs by pixels, clustering), and your own drawing
 * through the network.
 */
import { html } from 'lit';
import '../../components/cnn-digit-classifier';
import '../../components/cnn-feature-maps';
import '../../components/cnn-feature-maps-survey';
import { attrChoice } from '../../src/site/lesson-controls';
import { defineLesson, demo, note, section, text, tryThis } from '../../src/site/lesson-kit';
import { classifierRules, featureMapsRules, surveyRules } from '../../src/site/lesson-11-rules';

export const lesson = defineLesson({
  slug: '13-what-cnns-see',
  urlRules: { f: featureMapsRules, s: surveyRules, n: surveyRules, d: classifierRules },
  credits: {
    en: html`<p>Matthew D. Zeiler and Rob Fergus, “Visualizing and Understanding Convolutional Networks”, ECCV 2014. The
        digits are from the MNIST test set (Yann LeCun, Corinna Cortes, Christopher J. C. Burges).</p>`,
    ko: html`<p>Matthew D. Zeiler, Rob Fergus, “Visualizing and Understanding Convolutional Networks”, ECCV 2014. 숫자 이미지는
        MNIST 테스트 세트(Yann LeCun, Corinna Cortes, Christopher J. C. Burges)에서 가져왔습니다.</p>`,
  },
  sections: [
    section('one-input', { en: 'Every layer for one input', ko: '입력 하나에 대한 모든 층' }, [
      text(
        html`<p>A trained network is not a black box: every number it computes can be looked at. Below, one MNIST test image
            goes through the pretrained LeNet-5 of lesson 11, and every layer's output is drawn. Each small square is one
            channel's <strong>feature map</strong>, dark for 0 and bright for large values; all maps of a layer share one
            colour scale, so a bright map is a strongly responding channel.</p>`,
        html`<p>학습된 신경망은 블랙박스가 아닙니다. 신경망이 계산하는 숫자는 모두 들여다볼 수 있습니다. 아래에서는 MNIST 테스트 이미지 하나가
            11강의 미리 학습된 LeNet-5를 통과하며, 층마다 출력을 그립니다. 작은 사각형 하나가 채널 하나의 <strong>특성 맵</strong>이며, 0은
            어둡고 큰 값은 밝습니다. 한 층의 맵들은 같은 색 척도를 쓰므로 밝은 맵은 강하게 반응한 채널입니다.</p>`,
      ),
      demo(
        (view) => html`${attrChoice(view, 'f', 'scale', { en: 'Colours:', ko: '색:' }, [
            { value: 'layer', label: { en: 'one scale per layer', ko: '층마다 척도 하나' } },
            { value: 'channel', label: { en: 'one scale per map', ko: '맵마다 척도 하나' } },
          ], 'layer')}
          <cnn-feature-maps data-url-key="f" image="0"></cnn-feature-maps>`,
      ),
      text(
        html`<p>Read it from the top. The six maps of <code>conv2d</code> are the image filtered six ways: each lights up along
            strokes of a particular direction or edge, and ReLU has set everything else to 0. Max pooling halves them to 14×14,
            keeping the strongest response of every 2×2 block. The sixteen maps of <code>conv2d_1</code> combine all six
            earlier maps and respond to larger parts: a curve, a corner, the end of a stroke. After the second pooling only 5×5
            positions are left, a coarse record of which part appeared roughly where. Flatten lays those 16 × 25 numbers in one
            row per map, the dense layers mix them, and the last layer gives one score per digit.</p>`,
        html`<p>위에서부터 읽어 보세요. <code>conv2d</code>의 맵 여섯 개는 이미지를 여섯 가지로 거른 결과입니다. 맵마다 특정 방향의 획이나 윤곽을
            따라 밝아지고, 나머지는 ReLU가 0으로 만들었습니다. 최대 풀링은 2×2 블록마다 가장 강한 반응만 남겨 14×14로 줄입니다.
            <code>conv2d_1</code>의 맵 열여섯 개는 앞의 맵 여섯 개를 모두 조합해 더 큰 부분, 즉 곡선, 모서리, 획의 끝 같은 것에 반응합니다. 두
            번째 풀링 뒤에는 5×5 위치만 남는데, 어떤 부분이 대략 어디에 나타났는지를 거칠게 적어 둔 것입니다. 평탄화는 그 16 × 25개의 숫자를
            맵 하나당 한 줄로 늘어놓고, 완전 연결층이 이를 섞으며, 마지막 층은 숫자마다 점수 하나를 냅니다.</p>`,
      ),
      tryThis(
        html`<p>Click the element and use <kbd>←</kbd> <kbd>→</kbd> to walk through the test images; <kbd>↑</kbd> <kbd>↓</kbd>
            shows one layer at a time, larger. Which <code>conv2d</code> maps light up for a 1, and which for a 0? Then open test
            image 321 or 947: two of the few digits this network misreads. What do their last-layer scores look like? Finally,
            give every map its own colour scale: weak channels show their pattern too, but bright no longer means strong.</p>`,
        html`<p>요소를 누른 뒤 <kbd>←</kbd> <kbd>→</kbd>로 테스트 이미지를 넘겨 보고, <kbd>↑</kbd> <kbd>↓</kbd>로 층을 하나씩 크게 보세요. 1에서는
            어떤 <code>conv2d</code> 맵이 밝아지고, 0에서는 어떤 맵이 밝아지나요? 그다음 테스트 이미지 321이나 947을 열어 보세요. 이 신경망이
            틀리는 몇 안 되는 숫자입니다. 마지막 층의 점수는 어떤 모양인가요? 끝으로 맵마다 따로 색 척도를 써 보세요. 약한
            채널의 무늬도 보이지만, 밝다고 해서 강한 반응이라는 뜻은 더 이상 아닙니다.</p>`,
      ),
    ]),

    section('filters', { en: 'Learned filters', ko: '학습된 필터' }, [
      text(
        html`<p>The six 5×5 kernels of the first layer are drawn beside the input, blue for negative weights, white for 0 and
            red for positive. Nobody designed them: they started as random numbers and training shaped them. Many look like
            the hand-made kernels of lesson 3, a red band next to a blue band, which is an edge detector for one orientation:
            it responds where the image is bright on one side and dark on the other.</p>
          <p>Only the first layer's kernels can be read as pictures, because only they act on pixels. A kernel of
            <code>conv2d_1</code> is a 5×5×6 block over six feature maps, and its meaning is only visible through what it
            responds to, which is the next section's question.</p>`,
        html`<p>첫 층의 5×5 커널 여섯 개가 입력 옆에 그려져 있습니다. 파랑은 음의 가중치, 흰색은 0, 빨강은 양의 가중치입니다. 아무도 이 필터를
            설계하지 않았습니다. 무작위 숫자에서 시작해 학습이 모양을 만들었습니다. 많은 필터가 3강에서 손으로 만든 커널처럼 빨간 띠 옆에 파란
            띠가 있는 모양인데, 이는 한 방향의 윤곽선 검출기입니다. 한쪽이 밝고 다른 쪽이 어두운 곳에서 반응합니다.</p>
          <p>그림으로 읽을 수 있는 것은 첫 층의 커널뿐입니다. 픽셀에 직접 작용하는 것이 첫 층뿐이기 때문입니다. <code>conv2d_1</code>의 커널은
            특성 맵 여섯 개에 걸친 5×5×6 블록이며, 그 의미는 무엇에 반응하는지를 보아야 드러납니다. 다음 절이 바로 그 질문입니다.</p>`,
      ),
      note(
        html`<p>In large networks trained on photos, such as AlexNet, the first-layer filters (11×11×3) are clearly oriented edges
            at many angles and scales, and blobs of opposing colours, much like the receptive fields Hubel and Wiesel found in
            the visual cortex.</p>`,
        html`<p>AlexNet처럼 사진으로 학습한 큰 신경망에서는 첫 층 필터(11×11×3)가 여러 각도와 크기의 뚜렷한 윤곽선, 그리고 서로 반대되는 색의
            얼룩 모양이 됩니다. 휴벨과 비셀이 시각 피질에서 발견한 수용장과 많이 닮았습니다.</p>`,
      ),
    ]),

    section('strongest', { en: 'What makes a channel fire', ko: '채널을 반응시키는 것' }, [
      text(
        html`<p>Zeiler and Fergus (2014) asked of each feature of a trained network: which inputs make it respond most? They ran
            many images through the network, kept, for every channel, the images with the strongest activation, and projected
            that activation back to the pixels responsible for it. First-layer features turned out to be edges and colours,
            second-layer ones corners and textures, and deeper ones parts of objects (eyes, wheels, faces) and whole objects.</p>
          <p>Here is the same question for LeNet-5, over the first 1,000 MNIST test images. A unit of <code>conv2d_1</code> sees
            only a 14×14 window of the input (its receptive field), and the frame shows that window around the strongest unit.</p>`,
        html`<p>Zeiler와 Fergus(2014)는 학습된 신경망의 특성마다 이렇게 물었습니다. 어떤 입력이 이 특성을 가장 강하게 반응시키는가? 많은 이미지를
            신경망에 넣어, 채널마다 가장 강한 활성화를 낸 이미지를 골라 두고, 그 활성화를 만든 픽셀 쪽으로 거꾸로 투영했습니다. 그 결과 첫 층의
            특성은 윤곽선과 색, 두 번째 층은 모서리와 질감, 더 깊은 층은 물체의 부분(눈, 바퀴, 얼굴)과 물체 전체였습니다.</p>
          <p>아래는 같은 질문을 LeNet-5에, MNIST 테스트 이미지 처음 1,000장으로 던진 결과입니다. <code>conv2d_1</code>의 유닛 하나는 입력의
            14×14 창(수용장)만 보며, 틀은 가장 강한 유닛이 보는 그 창을 표시합니다.</p>`,
      ),
      demo(() => html`<cnn-feature-maps-survey data-url-key="s" mode="strongest"></cnn-feature-maps-survey>`),
      tryThis(
        html`<p>Look for channels whose frames land on the same kind of stroke in different digits: the top of a loop, a
            horizontal bar, a line ending at the left. Then choose <code>conv2d</code>: its 5×5 windows are too small to contain
            more than a piece of a stroke.</p>`,
        html`<p>서로 다른 숫자에서 같은 종류의 획 위에 틀이 놓이는 채널을 찾아보세요. 고리의 윗부분, 가로줄, 왼쪽에서 끝나는 선 같은 것입니다.
            그다음 <code>conv2d</code>를 골라 보세요. 5×5 창은 너무 작아서 획의 한 조각밖에 담지 못합니다.</p>`,
      ),
    ]),

    section('embedding', { en: 'The flattened vector as an embedding', ko: '임베딩으로서의 평탄화 벡터' }, [
      text(
        html`<p>After the last pooling layer, each image has become 400 numbers: how strongly each of the 16 features appeared
            in each of 25 regions. This vector is an <strong>embedding</strong>, the network's own description of the image, and
            the dense layers only have to separate the ten digits in this description. Images the network considers alike get
            nearby vectors, even when their pixels differ: a thick 5 and a thin, slanted 5 are far apart pixel by pixel, but
            close in the embedding.</p>
          <p>Below, a test image and its nearest neighbours among the first 1,000 test images, measured by the distance between
            their flatten vectors and, for comparison, between their raw pixels.</p>`,
        html`<p>마지막 풀링 층을 지나면 이미지마다 숫자 400개가 됩니다. 특성 16개가 영역 25곳에 각각 얼마나 강하게 나타났는지입니다. 이 벡터가
            <strong>임베딩</strong>, 즉 이미지를 신경망 자신의 방식으로 묘사한 것이며, 완전 연결층은 이 묘사에서 열 개의 숫자를 나누기만 하면
            됩니다. 신경망이 비슷하다고 보는 이미지들은 픽셀이 달라도 가까운 벡터를 가집니다. 굵은 5와 가늘고 기울어진 5는 픽셀로는 멀지만
            임베딩에서는 가깝습니다.</p>
          <p>아래는 테스트 이미지 하나와, 처음 1,000장의 테스트 이미지 중 가장 가까운 이웃들입니다. 평탄화 벡터 사이의 거리로 잰 것과, 비교를 위해
            원래 픽셀 사이의 거리로 잰 것입니다.</p>`,
      ),
      demo(() => html`<cnn-feature-maps-survey data-url-key="n" mode="neighbours" image="8"></cnn-feature-maps-survey>`),
      tryThis(
        html`<p>Test image 8 is a 5 whose nearest neighbours by pixels are all other digits, while the embedding finds mostly fives. Use
            <kbd>←</kbd> <kbd>→</kbd> to try other queries, and the layer buttons to measure distance with <code>dense</code> or
            <code>dense_1</code> instead: the deeper the layer, the more the neighbours agree on the label. Counted over the first
            300 test images as queries, 80 % of the six nearest neighbours by pixels have the query's label, 93 % by the flatten
            vector and 99 % by <code>dense_1</code>.</p>`,
        html`<p>테스트 이미지 8은 5인데, 픽셀로 가장 가까운 이웃은 모두 다른 숫자이고 임베딩은 대부분 5를 찾아냅니다. <kbd>←</kbd> <kbd>→</kbd>로 다른
            기준 이미지를 골라 보고, 층 버튼으로 <code>dense</code>나 <code>dense_1</code>의 거리도 재 보세요. 층이 깊을수록 이웃들의 정답이 더
            잘 맞습니다. 처음 300장의 테스트 이미지를 기준으로 세어 보면, 가장 가까운 이웃 여섯 장 중 기준 이미지와 정답이 같은 비율은 픽셀로는
            80 %, 평탄화 벡터로는 93 %, <code>dense_1</code>로는 99 %입니다.</p>`,
      ),
      text(
        html`<p>Because similar images get nearby vectors, clustering the embeddings (with k-means, for example) groups the images
            by digit without looking at a single label, and projecting them to two dimensions (t-SNE, UMAP) draws ten separate
            islands. The same idea drives image search and transfer learning: the convolutional base of a network trained on one
            task turns new images into embeddings that a small new head can classify (lesson 12).</p>`,
        html`<p>비슷한 이미지가 가까운 벡터를 가지므로, 임베딩을 (예를 들어 k-평균으로) 군집화하면 정답을 하나도 보지 않고도 이미지가 숫자별로
            묶이고, 2차원으로 투영하면(t-SNE, UMAP) 따로 떨어진 섬 열 개가 그려집니다. 이미지 검색과 전이 학습도 같은 생각에서 나왔습니다. 한
            과제로 학습한 신경망의 합성곱 기반은 새 이미지를 임베딩으로 바꾸고, 작은 새 헤드가 그것을 분류합니다(12강).</p>`,
      ),
    ]),

    section('your-digit', { en: 'Your own digit, layer by layer', ko: '직접 그린 숫자를 층별로' }, [
      text(
        html`<p>Draw a digit: the network classifies it and every layer's maps follow your drawing.</p>`,
        html`<p>숫자를 그려 보세요. 신경망이 숫자를 분류하고, 모든 층의 맵이 그림을 따라 바뀝니다.</p>`,
      ),
      demo(
        (view) => html`${attrChoice(view, 'd', 'model', { en: 'Network:', ko: '신경망:' }, [
            { value: 'lenet5', label: { en: 'LeNet-5 (CNN)', ko: 'LeNet-5 (CNN)' } },
            { value: 'mlp', label: { en: 'Dense network', ko: '완전 연결 신경망' } },
          ], 'lenet5')}
          <cnn-digit-classifier data-url-key="d" model="lenet5" show-activations></cnn-digit-classifier>`,
      ),
      tryThis(
        html`<p>Draw a 1, then add a base and a flag to it step by step. Which <code>conv2d_1</code> maps change? Switch to the
            dense network: it has no maps, only vectors, and the first dense layer sees all 784 pixels at once.</p>`,
        html`<p>1을 그린 뒤, 아래 받침과 윗부분 꼬리를 하나씩 더해 보세요. <code>conv2d_1</code>의 어떤 맵이 바뀌나요? 완전 연결 신경망으로 바꿔
            보세요. 맵은 없고 벡터만 있으며, 첫 완전 연결층은 픽셀 784개를 한꺼번에 봅니다.</p>`,
      ),
    ]),

    section('in-short', { en: 'In short', ko: '정리' }, [
      text(
        html`<ul>
            <li>Feature maps show, channel by channel, where each learned feature responds in the image.</li>
            <li>First-layer filters read as pictures (edge detectors); deeper kernels only through what they respond to.</li>
            <li>The images that activate a channel most reveal what it detects (Zeiler & Fergus 2014).</li>
            <li>The flattened vector is an embedding: similar images lie close together, so it can be clustered and searched.</li>
          </ul>`,
        html`<ul>
            <li>특성 맵은 채널마다, 학습된 특성이 이미지의 어디에서 반응하는지 보여 줍니다.</li>
            <li>첫 층 필터는 그림으로 읽을 수 있지만(윤곽선 검출기), 깊은 층의 커널은 무엇에 반응하는지로만 알 수 있습니다.</li>
            <li>채널을 가장 강하게 반응시키는 이미지를 보면 그 채널이 무엇을 찾는지 알 수 있습니다(Zeiler & Fergus 2014).</li>
            <li>평탄화 벡터는 임베딩입니다. 비슷한 이미지는 가까이 놓이므로 군집화하고 검색할 수 있습니다.</li>
          </ul>`,
      ),
    ]),
  ],
});
