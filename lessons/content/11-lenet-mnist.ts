/**
 * Lesson 11: LeNet-5 and training on MNIST (CURRICULUM §10, §11). The MNIST data, the
 * 1998 LeNet-5 table and the modern variant ConvLab trains, what training does and how
 * far it gets (the course's Keras figures and the shipped weights'), drawing a digit for
 * the pretrained LeNet-5 and dense network, and AlexNet's table for scale.
 */
import { html } from 'lit';
import '../../components/cnn-digit-classifier';
import '../../components/cnn-model-summary';
import { attrChoice } from '../../src/site/lesson-controls';
import { defineLesson, demo, note, section, text, tryThis } from '../../src/site/lesson-kit';
import { classifierRules } from '../../src/site/lesson-11-rules';
import { dataTable } from '../../src/site/lesson-11-table';

const LENET_1998 = {
  en: {
    caption: 'LeNet-5 (LeCun et al., 1998)',
    headers: ['Layer', 'Output', 'Operation', 'Window', 'Activation'],
    rows: [
      ['In', '1@32×32', 'input image', '', ''],
      ['C1', '6@28×28', 'convolution', '5×5, stride 1', 'tanh'],
      ['S2', '6@14×14', 'average pooling (subsampling)', '2×2, stride 2', ''],
      ['C3', '16@10×10', 'convolution', '5×5', 'tanh'],
      ['S4', '16@5×5', 'average pooling', '2×2, stride 2', ''],
      ['C5', '120@1×1', 'convolution', '5×5', 'tanh'],
      ['F6', '84', 'fully connected', '', 'tanh'],
      ['Out', '10', 'output', '', 'RBF in 1998; softmax today'],
    ],
  },
  ko: {
    caption: 'LeNet-5 (LeCun 외, 1998)',
    headers: ['층', '출력', '연산', '창', '활성화 함수'],
    rows: [
      ['In', '1@32×32', '입력 이미지', '', ''],
      ['C1', '6@28×28', '합성곱', '5×5, 스트라이드 1', 'tanh'],
      ['S2', '6@14×14', '평균 풀링(서브샘플링)', '2×2, 스트라이드 2', ''],
      ['C3', '16@10×10', '합성곱', '5×5', 'tanh'],
      ['S4', '16@5×5', '평균 풀링', '2×2, 스트라이드 2', ''],
      ['C5', '120@1×1', '합성곱', '5×5', 'tanh'],
      ['F6', '84', '완전 연결', '', 'tanh'],
      ['Out', '10', '출력', '', '1998년에는 RBF, 지금은 소프트맥스'],
    ],
  },
};

const ALEXNET = {
  en: {
    caption: 'AlexNet (Krizhevsky, Sutskever & Hinton, 2012)',
    headers: ['Layer', 'Output', 'Details'],
    rows: [
      ['Input', '227×227×3', 'colour image'],
      ['CONV1', '55×55×96', '96 filters 11×11, stride 4, pad 0'],
      ['MAX POOL1', '27×27×96', '3×3, stride 2'],
      ['CONV2', '27×27×256', '256 filters 5×5, stride 1, pad 2'],
      ['MAX POOL2', '13×13×256', '3×3, stride 2'],
      ['CONV3', '13×13×384', '384 filters 3×3, pad 1'],
      ['CONV4', '13×13×384', '384 filters 3×3, pad 1'],
      ['CONV5', '13×13×256', '256 filters 3×3, pad 1'],
      ['MAX POOL3', '6×6×256', '3×3, stride 2'],
      ['FC6, FC7', '4096, 4096', 'fully connected, dropout 0.5'],
      ['FC8', '1000', 'one score per ImageNet class, softmax'],
    ],
  },
  ko: {
    caption: 'AlexNet (Krizhevsky, Sutskever, Hinton, 2012)',
    headers: ['층', '출력', '설정'],
    rows: [
      ['Input', '227×227×3', '컬러 이미지'],
      ['CONV1', '55×55×96', '11×11 필터 96개, 스트라이드 4, 패딩 0'],
      ['MAX POOL1', '27×27×96', '3×3, 스트라이드 2'],
      ['CONV2', '27×27×256', '5×5 필터 256개, 스트라이드 1, 패딩 2'],
      ['MAX POOL2', '13×13×256', '3×3, 스트라이드 2'],
      ['CONV3', '13×13×384', '3×3 필터 384개, 패딩 1'],
      ['CONV4', '13×13×384', '3×3 필터 384개, 패딩 1'],
      ['CONV5', '13×13×256', '3×3 필터 256개, 패딩 1'],
      ['MAX POOL3', '6×6×256', '3×3, 스트라이드 2'],
      ['FC6, FC7', '4096, 4096', '완전 연결, 드롭아웃 0.5'],
      ['FC8', '1000', 'ImageNet 클래스마다 점수 하나, 소프트맥스'],
    ],
  },
};

export const lesson = defineLesson({
  slug: '11-lenet-mnist',
  urlRules: { d: classifierRules },
  sections: [
    section('mnist', { en: 'The MNIST digits', ko: 'MNIST 숫자 데이터' }, [
      text(
        html`<p>MNIST is the classic first data set for image classification: handwritten digits, 60,000 for training and
            10,000 for testing, each a 28×28 grey image labelled with its digit, 0 to 9. The digits were written by different
            people, size-normalised to fit a 20×20 box and centred by their centre of mass in the 28×28 field. The ink is white
            on black: a pixel stores 0 for background and 255 for full ink.</p>
          <p>ConvLab feeds the networks <strong>x = pixel / 255</strong>, so every input lies between 0 (background) and 1
            (ink). The same scaling is used for training, for testing and for anything you draw below; a network given
            inputs on another scale (0–255, or black ink on white) would see something it never learned.</p>`,
        html`<p>MNIST는 이미지 분류의 고전적인 첫 데이터셋입니다. 손으로 쓴 숫자 이미지로, 학습용 60,000장과 테스트용 10,000장이 있고, 각각
            28×28 회색조 이미지에 0부터 9까지의 정답이 붙어 있습니다. 여러 사람이 쓴 숫자를 20×20 상자에 맞게 크기를 맞추고, 무게중심이
            28×28 영역의 가운데에 오도록 놓았습니다. 검은 바탕에 흰 글씨여서, 픽셀 값은 배경이 0, 가장 진한 획이 255입니다.</p>
          <p>ConvLab은 신경망에 <strong>x = 픽셀 / 255</strong>를 넣으므로 모든 입력은 0(배경)과 1(획) 사이에 있습니다. 학습, 테스트, 그리고
            아래에서 직접 그리는 숫자 모두 같은 방식으로 바꿉니다. 다른 범위(0–255나 흰 바탕에 검은 글씨)의 입력을 받은 신경망은 한 번도
            배우지 못한 것을 보게 됩니다.</p>`,
      ),
    ]),

    section('lenet-1998', { en: 'LeNet-5, 1998', ko: '1998년의 LeNet-5' }, [
      text(
        html`<p>Yann LeCun and colleagues built LeNet-5 to read handwritten digits on bank cheques. It set the pattern that CNNs
            still follow: convolutions that find local features, subsampling that shrinks the maps, more channels as the maps get
            smaller, and fully connected layers at the end. Its input was 32×32, MNIST's 28×28 with a border of 2 pixels.</p>`,
        html`<p>얀 르쿤(Yann LeCun)과 동료들은 은행 수표의 손글씨 숫자를 읽으려고 LeNet-5를 만들었습니다. 이 신경망이 만든 틀을 CNN은 지금도
            따릅니다. 합성곱으로 국소적인 특성을 찾고, 서브샘플링으로 맵을 줄이고, 맵이 작아질수록 채널을 늘리고, 마지막에 완전 연결층을 둡니다.
            입력은 MNIST의 28×28 둘레에 2픽셀씩 여백을 두른 32×32였습니다.</p>`,
      ),
      demo((view) => dataTable(LENET_1998[view.lang].caption, LENET_1998[view.lang].headers, LENET_1998[view.lang].rows), { wide: false }),
      text(
        html`<p>The sizes follow from lesson 5: 32 − 5 + 1 = 28, halved to 14, 14 − 5 + 1 = 10, halved to 5, and a 5×5 kernel on a
            5×5 map leaves a single position, so C5 is a convolution whose 120 outputs are 1×1. The paper reports a test error
            of about 0.95 % on MNIST. The summary of the same layers (softmax in place of the RBF output):</p>`,
        html`<p>크기는 5강의 규칙으로 나옵니다. 32 − 5 + 1 = 28, 절반인 14, 14 − 5 + 1 = 10, 절반인 5, 그리고 5×5 맵에 5×5 커널을 쓰면 놓일
            자리가 하나뿐이므로 C5는 출력 120개가 모두 1×1인 합성곱입니다. 논문은 MNIST 테스트 오류율을 약 0.95 %로 보고했습니다. 같은 층들의
            요약(RBF 출력 대신 소프트맥스)은 다음과 같습니다.</p>`,
      ),
      demo(() => html`<cnn-model-summary model="lenet5-classic"></cnn-model-summary>`),
      note(
        html`<p>Some details of the original are left out here: S2 and S4 multiplied each average by a learned coefficient, and
            C3 connected each of its 16 maps to only some of S2's 6 maps.</p>`,
        html`<p>원래 모델의 몇 가지 세부 사항은 생략했습니다. S2와 S4는 평균에 학습되는 계수를 곱했고, C3의 맵 16개는 각각 S2의 맵 6개 중
            일부에만 연결되어 있었습니다.</p>`,
      ),
    ]),

    section('lenet-today', { en: 'LeNet-5 as trained today', ko: '요즘 방식의 LeNet-5' }, [
      text(
        html`<p>The LeNet-5 that ConvLab trains keeps the shape and changes what later research found to work better: ReLU
            instead of tanh (its gradient does not fade for large inputs), max pooling instead of average pooling, 'same' padding
            on the first convolution so 28×28 MNIST fits without adding a border, and a dense layer of 120 units in place of C5.
            On a 5×5×16 input a 5×5 convolution and a dense layer on the 400 flattened values compute the same thing, with the
            same 48,120 parameters.</p>`,
        html`<p>ConvLab이 학습시키는 LeNet-5는 모양은 그대로 두고, 이후 연구에서 더 잘 동작한다고 밝혀진 부분만 바꿨습니다. tanh 대신
            ReLU(입력이 커져도 기울기가 사라지지 않음), 평균 풀링 대신 최대 풀링, 28×28 MNIST에 여백을 두르지 않아도 되도록 첫 합성곱에 'same'
            패딩, 그리고 C5 대신 유닛 120개짜리 완전 연결층입니다. 5×5×16 입력에서는 5×5 합성곱과, 평탄화한 값 400개에 대한 완전 연결층이 같은
            계산을 하며 파라미터도 똑같이 48,120개입니다.</p>`,
      ),
      demo(() => html`<cnn-model-summary model="lenet5"></cnn-model-summary>`),
    ]),

    section('training', { en: 'Training on MNIST', ko: 'MNIST로 학습하기' }, [
      text(
        html`<p>Training starts from random weights. The network predicts a batch of images, the cross-entropy loss measures how
            little probability it gave the right digits, backpropagation computes how each weight should move to lower that loss,
            and the optimizer moves it a small step (the learning rate). One pass over all 60,000 training images is an epoch.
            Accuracy on the test images, which training never sees, tells whether the network learned digits or only memorised
            its examples.</p>`,
        html`<p>학습은 무작위 가중치에서 시작합니다. 신경망이 이미지 한 배치를 예측하면, 교차 엔트로피 손실이 정답 숫자에 확률을 얼마나 적게
            주었는지 재고, 역전파가 손실을 줄이려면 가중치마다 어느 쪽으로 움직여야 하는지 계산하고, 옵티마이저가 가중치를 조금(학습률만큼)
            옮깁니다. 학습 이미지 60,000장을 한 번 모두 보는 것이 에포크 하나입니다. 학습 중에 한 번도 보지 않은 테스트 이미지에 대한 정확도를 보면
            신경망이 숫자를 배웠는지, 예제를 외웠을 뿐인지 알 수 있습니다.</p>`,
      ),
      text(
        html`<p>How far does it get? In the course's Keras runs (5 epochs), a dense network reaches about 92.9 % training
            accuracy and CNN model A about 99.4 %. The weights behind the demo below were trained with ConvLab's own engine,
            5 epochs with seed 1: LeNet-5 classifies <strong>99.09 %</strong> of the 10,000 test images correctly and the dense
            network (784 → 128 → 32 → 10) <strong>98.11 %</strong>. The CNN makes fewer than half as many mistakes with fewer
            than two thirds of the parameters (61,706 against 104,938).</p>
          <p>You can watch this happen: <a href="./train.html">train LeNet-5 in your browser</a>, with live loss and accuracy
            curves, a confusion matrix and checkpoints.</p>`,
        html`<p>얼마나 잘하게 될까요? 강의의 Keras 실험(5 에포크)에서 완전 연결 신경망은 학습 정확도 약 92.9 %, CNN 모델 A는 약 99.4 %에
            이릅니다. 아래 데모의 가중치는 ConvLab 자체 엔진으로 시드 1, 5 에포크 동안 학습한 것으로, LeNet-5는 테스트 이미지 10,000장 중
            <strong>99.09 %</strong>를, 완전 연결 신경망(784 → 128 → 32 → 10)은 <strong>98.11 %</strong>를 맞힙니다. CNN이 파라미터는 3분의 2도
            안 되면서(61,706개 대 104,938개) 실수는 절반도 안 됩니다.</p>
          <p>이 과정을 직접 볼 수 있습니다. <a href="./train.html">브라우저에서 LeNet-5를 학습</a>시키며 손실과 정확도 곡선, 혼동 행렬,
            체크포인트를 확인해 보세요.</p>`,
      ),
    ]),

    section('draw', { en: 'Draw a digit', ko: '숫자 그리기' }, [
      text(
        html`<p>Draw a digit with the mouse, a pen or a finger. The pad prepares your drawing the way MNIST was made (crop to the
            ink, scale the longer side to 20 pixels, centre the mass in 28×28) and the pretrained network reads it while you
            draw. Its answer is a probability for each digit; the largest wins.</p>`,
        html`<p>마우스, 펜, 손가락으로 숫자를 그려 보세요. 패드는 그림을 MNIST가 만들어진 방식대로 다듬고(획 부분만 잘라 내고, 긴 변을
            20픽셀로 맞추고, 무게중심을 28×28의 가운데에 놓음), 미리 학습된 신경망이 그리는 동안 바로 읽습니다. 답은 숫자마다의 확률이고, 가장
            큰 확률의 숫자가 예측입니다.</p>`,
      ),
      demo(
        (view) => html`${attrChoice(view, 'd', 'model', { en: 'Network:', ko: '신경망:' }, [
            { value: 'lenet5', label: { en: 'LeNet-5 (CNN)', ko: 'LeNet-5 (CNN)' } },
            { value: 'mlp', label: { en: 'Dense network', ko: '완전 연결 신경망' } },
          ], 'lenet5')}
          <cnn-digit-classifier data-url-key="d" model="lenet5"></cnn-digit-classifier>`,
      ),
      tryThis(
        html`<p>Draw each digit and watch the bars move while you draw. Then look for the hard cases: a 7 with a bar through
            it, a 4 closed at the top, a 1 with a long flag, a 9 that is almost a 4. Switch to the dense network and draw the
            same digits. Where do the two disagree?</p>`,
        html`<p>숫자를 하나씩 그리면서 막대가 어떻게 움직이는지 보세요. 그다음 어려운 경우를 찾아보세요. 가운데 줄을 그은 7, 위가 닫힌 4, 윗부분이
            긴 1, 4와 거의 같은 9 같은 것들입니다. 완전 연결 신경망으로 바꿔 같은 숫자를 그려 보세요. 두 신경망은 어디서 다르게 답하나요?</p>`,
      ),
      note(
        html`<p>With the pad focused, the keys 0–9 draw a built-in sample digit and Delete clears the pad, so the demo also works
            without a pointer.</p>`,
        html`<p>패드에 초점이 있을 때 0–9 키를 누르면 내장된 예시 숫자가 그려지고, Delete 키를 누르면 지워집니다. 포인터 없이도 데모를 쓸 수
            있습니다.</p>`,
      ),
    ]),

    section('alexnet', { en: 'Scaling up: AlexNet', ko: '더 크게: AlexNet' }, [
      text(
        html`<p>Fourteen years later the same recipe, made much larger, won the ImageNet challenge (about 1.2 million training
            photos in 1,000 classes). AlexNet reached a top-5 error of about 17 % with one network and 15.4 % with an ensemble of
            seven, far ahead of methods without learned features.</p>`,
        html`<p>14년 뒤, 같은 방법을 훨씬 크게 만든 신경망이 ImageNet 대회(1,000개 클래스, 학습 사진 약 120만 장)에서 우승했습니다. AlexNet은
            신경망 하나로 top-5 오류율 약 17 %, 일곱 개의 앙상블로 15.4 %를 기록해, 특성을 학습하지 않는 방법들을 크게 앞섰습니다.</p>`,
      ),
      demo((view) => dataTable(ALEXNET[view.lang].caption, ALEXNET[view.lang].headers, ALEXNET[view.lang].rows), { wide: false }),
      text(
        html`<p>Check the first row with the output-size formula: (227 − 11) / 4 + 1 = 55. Training used ReLU, dropout of 0.5 in
            the fully connected layers, batches of 128, SGD with momentum 0.9, a learning rate of 0.01 divided by 10 whenever the
            validation error stopped improving, L2 weight decay of 0.0005, local response normalisation and data augmentation.
            Lesson 12 explains these techniques. The full summary has about 62 million parameters, most of them in FC6:</p>`,
        html`<p>첫 행을 출력 크기 공식으로 확인해 보세요: (227 − 11) / 4 + 1 = 55. 학습에는 ReLU, 완전 연결층의 드롭아웃 0.5, 배치 크기 128,
            모멘텀 0.9의 SGD, 검증 오류가 더 줄지 않을 때마다 10으로 나눈 학습률(처음 0.01), L2 가중치 감쇠 0.0005, 국소 응답 정규화, 데이터
            증강을 썼습니다. 이 기법들은 12강에서 설명합니다. 전체 요약을 보면 파라미터가 약 6,200만 개이고, 대부분 FC6에 있습니다.</p>`,
      ),
      demo(() => html`<cnn-model-summary model="alexnet"></cnn-model-summary>`),
      note(
        html`<p>Later networks went deeper rather than wider: VGG stacks 3×3 convolutions, GoogLeNet (6.7 % top-5) combines
            parallel branches with 1×1 bottlenecks in Inception modules, and ResNet (3.6 % top-5 with 152 layers) adds skip
            connections so that very deep networks still train. Human top-5 error on ImageNet was measured at about 5.1 %.</p>`,
        html`<p>이후의 신경망들은 더 넓어지기보다 더 깊어졌습니다. VGG는 3×3 합성곱을 쌓고, GoogLeNet(top-5 6.7 %)은 Inception 모듈에서 1×1
            병목을 둔 여러 갈래를 나란히 합치며, ResNet(152층, top-5 3.6 %)은 건너뛰는 연결(skip connection)을 더해 아주 깊은 신경망도 학습되게
            했습니다. ImageNet에서 사람의 top-5 오류율은 약 5.1 %로 측정되었습니다.</p>`,
      ),
    ]),

    section('in-short', { en: 'In short', ko: '정리' }, [
      text(
        html`<ul>
            <li>MNIST: 60,000 + 10,000 grey 28×28 digits; inputs are pixel / 255 with white ink on black.</li>
            <li>LeNet-5: conv → pool → conv → pool → dense layers; about 62 thousand parameters.</li>
            <li>After 5 epochs LeNet-5 misreads fewer than 1 % of the test digits, the dense network about 2 %.</li>
            <li>AlexNet is the same recipe a thousand times larger, with ReLU, dropout and augmentation.</li>
          </ul>`,
        html`<ul>
            <li>MNIST: 28×28 회색조 숫자 60,000 + 10,000장, 입력은 픽셀 / 255이고 검은 바탕에 흰 글씨입니다.</li>
            <li>LeNet-5: 합성곱 → 풀링 → 합성곱 → 풀링 → 완전 연결층, 파라미터 약 6만 2천 개.</li>
            <li>5 에포크 뒤 LeNet-5는 테스트 숫자의 1 % 미만을, 완전 연결 신경망은 약 2 %를 틀립니다.</li>
            <li>AlexNet은 같은 방법을 천 배쯤 키우고 ReLU, 드롭아웃, 데이터 증강을 더한 것입니다.</li>
          </ul>`,
      ),
    ]),
  ],
});
