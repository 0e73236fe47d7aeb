/**
 * Lesson 12: training techniques (CURRICULUM §12): batch size, learning rate, vanishing
 * gradients and batch normalisation, overfitting, L2, dropout, data augmentation, early
 * stopping and checkpoints, transfer learning (feature extraction vs fine-tuning).
 * Keras snippets show where each knob lives; demos: summaries with batch normalisation
 * and dropout, and the digit classifier for what augmentation is for.
 */
import { html } from 'lit';
import '../../components/cnn-digit-classifier';
import '../../components/cnn-model-summary';
import { codeSection } from '../../src/site/lesson-10-code';
import { classifierRules } from '../../src/site/lesson-11-rules';
import { dataTable } from '../../src/site/lesson-11-table';
import { defineLesson, demo, formula, note, section, text, tryThis } from '../../src/site/lesson-kit';

const v = (name: string) => html`<var>${name}</var>`;
const sub = (name: string, index: string) => html`<var>${name}</var><sub>${index}</sub>`;

/** A small CNN with batch normalisation between the convolution and its ReLU. */
const WITH_BATCH_NORM = JSON.stringify([
  { type: 'conv2d', filters: 32, kernelSize: 3, padding: 'same', useBias: false },
  { type: 'batchNormalization' },
  { type: 'reLU' },
  { type: 'maxPooling2d', poolSize: 2 },
  { type: 'conv2d', filters: 64, kernelSize: 3, padding: 'same', useBias: false },
  { type: 'batchNormalization' },
  { type: 'reLU' },
  { type: 'maxPooling2d', poolSize: 2 },
  { type: 'flatten' },
  { type: 'dense', units: 10, activation: 'softmax' },
]);

const FIT_CODE = `model.fit(x_train, y_train,
          batch_size=32,           # images per gradient step
          epochs=20,
          validation_split=0.1)    # the last 10 % are held out for validation`;

const REGULARISED_CODE = `layers.Conv2D(32, 3, activation="relu",
              kernel_regularizer=keras.regularizers.l2(5e-4)),   # L2 on the kernel only
layers.Dropout(0.5),                                              # active in fit(), off in predict()`;

const AUGMENT_CODE = `augment = keras.Sequential([
    layers.RandomRotation(0.05),          # up to ±0.05 turn = ±18°
    layers.RandomTranslation(0.1, 0.1),   # shift up to 10 % of the height and width
    layers.RandomZoom(0.1),
])
model = keras.Sequential([keras.Input(shape=(28, 28, 1)), augment, ...])`;

const CALLBACKS_CODE = `stop = keras.callbacks.EarlyStopping(monitor="val_loss", patience=3,
                                     restore_best_weights=True)
best = keras.callbacks.ModelCheckpoint("best.keras", monitor="val_loss",
                                       save_best_only=True)
model.fit(x_train, y_train, validation_split=0.1, epochs=100,
          callbacks=[stop, best])`;

const TRANSFER_CODE = `base = keras.applications.VGG16(weights="imagenet", include_top=False,
                                input_shape=(150, 150, 3))

# 1. Feature extraction: the convolutional base is frozen, only the new head learns.
base.trainable = False
model = keras.Sequential([base, layers.Flatten(),
                          layers.Dense(256, activation="relu"), layers.Dropout(0.5),
                          layers.Dense(1, activation="sigmoid")])
model.compile(optimizer=keras.optimizers.RMSprop(1e-4), loss="binary_crossentropy")
model.fit(train_images, epochs=10)

# 2. Fine-tuning: unfreeze the top of the base, keep a very low learning rate.
base.trainable = True
for layer in base.layers[:-4]:
    layer.trainable = False               # everything but the last block stays frozen
model.compile(optimizer=keras.optimizers.RMSprop(1e-5), loss="binary_crossentropy")
model.fit(train_images, epochs=10)`;

const TRANSFER_TABLE = {
  en: {
    caption: 'Two ways to reuse a pretrained network',
    headers: ['', 'Feature extraction', 'Fine-tuning'],
    rows: [
      ['Convolutional base', 'frozen: its weights never change', 'top layers unfrozen, lower layers frozen'],
      ['What learns', 'only the new classifier head', 'the head (trained first), then the top of the base too'],
      ['Learning rate', 'normal for the head', 'very low, so learned features are adjusted, not erased'],
      ['When', 'little data, or a task close to the original', 'more data, or a task further from the original'],
    ],
  },
  ko: {
    caption: '미리 학습된 신경망을 다시 쓰는 두 가지 방법',
    headers: ['', '특성 추출', '미세 조정'],
    rows: [
      ['합성곱 기반', '동결: 가중치가 바뀌지 않음', '위쪽 층은 동결 해제, 아래쪽 층은 동결'],
      ['학습하는 것', '새 분류기(헤드)만', '헤드를 먼저 학습한 뒤, 기반의 위쪽 층도 함께'],
      ['학습률', '헤드에 맞는 보통 값', '아주 낮게: 학습된 특성을 지우지 않고 조금만 조정'],
      ['언제', '데이터가 적거나 원래 과제와 비슷할 때', '데이터가 더 많거나 원래 과제와 다를 때'],
    ],
  },
};

export const lesson = defineLesson({
  slug: '12-training-techniques',
  urlRules: { aug: classifierRules },
  sections: [
    section('batch-size', { en: 'Batch size', ko: '배치 크기' }, [
      text(
        html`<p>A network is not updated after the whole training set, nor after every single image, but after each
            <strong>mini-batch</strong>: the gradient of the loss is averaged over ${v('B')} images and the weights take one step
            against it:</p>`,
        html`<p>신경망은 학습 데이터 전체를 본 뒤에 한 번 갱신되는 것도, 이미지 한 장마다 갱신되는 것도 아니고, <strong>미니배치</strong>마다
            갱신됩니다. 이미지 ${v('B')}장에 대한 손실의 기울기를 평균하고, 가중치를 그 반대 방향으로 한 걸음 옮깁니다.</p>`,
      ),
      formula(html`${v('w')} ← ${v('w')} − ${v('η')} · (1/${v('B')}) Σ<sub><var>i</var></sub> ∇${sub('L', 'i')}(${v('w')})`, {
        en: 'η is the learning rate; the sum runs over the images of the batch',
        ko: 'η는 학습률이고, 합은 배치 안의 이미지들에 대한 것입니다',
      }),
      text(
        html`<p>A larger batch averages more images, so its gradient is smoother and each step is more reliable, but it needs
            more memory and makes fewer steps per epoch. A small batch is noisy, and the noise is not all bad: it shakes the
            weights out of poor spots. A common starting point is 16 to 32 images; with a small batch, use a smaller learning
            rate, since each noisy step should count for less. ConvLab's MNIST recipes use 64.</p>`,
        html`<p>배치가 크면 더 많은 이미지를 평균하므로 기울기가 매끄럽고 한 걸음 한 걸음이 믿을 만하지만, 메모리가 더 필요하고 에포크당 걸음
            수는 줄어듭니다. 배치가 작으면 기울기에 잡음이 많은데, 이 잡음이 꼭 나쁘지만은 않아서 가중치가 좋지 않은 곳에 머무르지 않게
            흔들어 줍니다. 흔히 16–32장으로 시작하며, 배치가 작을수록 잡음 섞인 한 걸음의 몫이 작아지도록 학습률도 작게 잡습니다. ConvLab의
            MNIST 설정은 64장을 씁니다.</p>`,
      ),
      codeSection(FIT_CODE),
    ]),

    section('learning-rate', { en: 'Learning rate', ko: '학습률' }, [
      text(
        html`<p>The learning rate ${v('η')} is the size of each step. Too large, and the loss jumps around or grows until the
            numbers overflow; too small, and training crawls. Many runs start with a larger rate and lower it as training
            settles: ConvLab's recipes multiply it by 0.6 after every epoch, AlexNet divided it by 10 each time the validation
            error stopped improving, and a cosine schedule lowers it smoothly to 0. Momentum (0.9 is typical) keeps a running
            average of past steps, so the weights keep moving in a consistent direction through noisy gradients.</p>`,
        html`<p>학습률 ${v('η')}는 한 걸음의 크기입니다. 너무 크면 손실이 널뛰거나 숫자가 넘칠 때까지 커지고, 너무 작으면 학습이 아주 느립니다.
            많은 경우 처음에는 크게 시작해 학습이 안정되면 줄입니다. ConvLab의 설정은 에포크마다 0.6을 곱하고, AlexNet은 검증 오류가 더 줄지
            않을 때마다 10으로 나눴으며, 코사인 스케줄은 학습률을 0까지 부드럽게 낮춥니다. 모멘텀(보통 0.9)은 지난 걸음들의 이동 평균을 유지해,
            기울기에 잡음이 있어도 가중치가 일정한 방향으로 계속 움직이게 합니다.</p>`,
      ),
      tryThis(
        html`<p>In the <a href="./train.html">browser trainer</a>, train one epoch with the default learning rate, then with
            one ten times larger and one ten times smaller, and compare the loss curves.</p>`,
        html`<p><a href="./train.html">브라우저 학습 페이지</a>에서 기본 학습률로 한 에포크를 학습한 뒤, 열 배 큰 값과 열 배 작은 값으로도
            학습해 손실 곡선을 비교해 보세요.</p>`,
      ),
    ]),

    section('vanishing', { en: 'Vanishing gradients and batch normalisation', ko: '기울기 소실과 배치 정규화' }, [
      text(
        html`<p>Backpropagation multiplies one derivative per layer. The sigmoid's derivative is at most 0.25 and tanh's is close
            to 0 once its input is large, so in a deep stack of them the product shrinks layer after layer and the first layers
            hardly learn: the <strong>vanishing gradient</strong>. ReLU's derivative is exactly 1 for every positive input, one
            reason it replaced tanh. <strong>Batch normalisation</strong> helps too: it normalises each channel over the
            mini-batch to mean 0 and variance 1, then lets the network choose a scale and offset of its own:</p>`,
        html`<p>역전파는 층마다 도함수를 하나씩 곱합니다. 시그모이드의 도함수는 최대 0.25이고, tanh의 도함수는 입력이 커지면 0에 가까워지므로,
            이런 층을 깊이 쌓으면 곱이 층마다 작아져 앞쪽 층은 거의 배우지 못합니다. 이것이 <strong>기울기 소실</strong>입니다. ReLU의 도함수는
            양수 입력에서 언제나 정확히 1이며, 이것이 ReLU가 tanh를 대신하게 된 이유 중 하나입니다. <strong>배치 정규화</strong>도 도움이 됩니다.
            채널마다 미니배치에 대해 평균 0, 분산 1로 정규화한 뒤, 신경망이 스스로 크기와 위치를 다시 정하게 합니다.</p>`,
      ),
      formula(
        html`<var>x̂</var> = (<var>x</var> − ${sub('μ', 'B')}) / √(${sub('σ', 'B')}<sup>2</sup> + <var>ε</var>), &nbsp;
          <var>y</var> = <var>γ</var> <var>x̂</var> + <var>β</var>`,
        {
          en: 'μ and σ² are the mean and variance over the batch (per channel); γ and β are learned',
          ko: 'μ와 σ²는 배치에 대한 (채널별) 평균과 분산이고, γ와 β는 학습됩니다',
        },
      ),
      text(
        html`<p>At inference there is no batch to average over, so the layer uses moving averages of the mean and variance
            collected during training. That is why a BatchNormalization layer shows 4 numbers per channel in the summary, of
            which only γ and β are trainable. A convolution followed by batch normalisation needs no bias, since β plays its part.</p>`,
        html`<p>추론할 때는 평균을 낼 배치가 없으므로, 학습 중에 모아 둔 평균과 분산의 이동 평균을 씁니다. 그래서 요약표에서
            BatchNormalization 층은 채널마다 숫자 4개를 가지며, 그중 γ와 β만 학습됩니다. 배치 정규화가 뒤따르는 합성곱에는 편향이 필요 없습니다.
            β가 그 역할을 하기 때문입니다.</p>`,
      ),
      demo(() => html`<cnn-model-summary layers=${WITH_BATCH_NORM} input-shape="[28, 28, 1]"></cnn-model-summary>`),
    ]),

    section('overfitting', { en: 'Overfitting', ko: '과대적합' }, [
      text(
        html`<p>A network with many parameters can learn its training images by heart. Then the training loss keeps falling
            while the loss on held-out validation images stops falling and starts to rise: the network is
            <strong>overfitting</strong>, fitting the noise and quirks of its examples instead of what digits have in common.
            Watching both curves is the way to notice it. The next four techniques fight it.</p>`,
        html`<p>파라미터가 많은 신경망은 학습 이미지를 통째로 외울 수 있습니다. 그러면 학습 손실은 계속 줄어드는데, 따로 떼어 둔 검증 이미지의
            손실은 줄다가 멈추고 다시 커집니다. 신경망이 숫자들의 공통점 대신 예제들의 잡음과 버릇에 맞춰진 것으로, 이것이
            <strong>과대적합</strong>입니다. 두 곡선을 함께 보아야 알아챌 수 있습니다. 이어지는 네 가지 기법이 과대적합을 막습니다.</p>`,
      ),
    ]),

    section('regularisation', { en: 'L2 regularisation and dropout', ko: 'L2 규제와 드롭아웃' }, [
      text(
        html`<p><strong>L2 regularisation</strong> adds the sum of the squared weights to the loss, so large weights cost
            something and the network prefers many small contributions over a few large ones. Its gradient adds 2${v('λ')}${v('w')}
            to every weight's gradient, pulling each weight a little towards 0 at every step, which is why it is also called
            weight decay. It is applied to kernels, not biases; AlexNet used ${v('λ')} = 0.0005.</p>`,
        html`<p><strong>L2 규제</strong>는 가중치 제곱의 합을 손실에 더해, 큰 가중치에 비용을 물립니다. 그러면 신경망은 몇 개의 큰 가중치보다
            여러 개의 작은 기여를 선호하게 됩니다. 그 기울기는 모든 가중치의 기울기에 2${v('λ')}${v('w')}를 더해 걸음마다 가중치를 0 쪽으로
            조금씩 당기므로 가중치 감쇠라고도 부릅니다. 커널에만 적용하고 편향에는 적용하지 않으며, AlexNet은 ${v('λ')} = 0.0005를 썼습니다.</p>`,
      ),
      formula(html`${v('L')}′ = ${v('L')} + ${v('λ')} Σ ${v('w')}<sup>2</sup>`),
      text(
        html`<p><strong>Dropout</strong> sets each unit of a layer to 0 with probability ${v('p')} at every training step, a
            different random set each time, and scales the survivors by 1/(1 − ${v('p')}) so their sum keeps its size. No unit
            can rely on one particular partner, so the network learns redundant features. Dropout is active only in training; at
            inference every unit is used. It has no parameters, as model C's summary shows (rate 0.2 on the input pixels):</p>`,
        html`<p><strong>드롭아웃</strong>은 학습 단계마다 층의 각 유닛을 확률 ${v('p')}로 0으로 만들고(매번 다른 무작위 유닛들), 남은 유닛에는
            1/(1 − ${v('p')})를 곱해 합의 크기를 유지합니다. 어떤 유닛도 특정 짝에 기댈 수 없으므로 신경망은 여러 겹으로 겹치는 특성을 배웁니다.
            드롭아웃은 학습할 때만 동작하고, 추론할 때는 모든 유닛을 씁니다. 파라미터는 없습니다. 모델 C의 요약(입력 픽셀에 비율 0.2)에서
            확인할 수 있습니다.</p>`,
      ),
      demo(() => html`<cnn-model-summary model="keras-c"></cnn-model-summary>`),
      codeSection(REGULARISED_CODE),
    ]),

    section('augmentation', { en: 'Data augmentation', ko: '데이터 증강' }, [
      text(
        html`<p>More data is the best cure for overfitting, and small changes to the images we have give more data for free:
            rotate a little, shift, rescale, shear or stretch, and for photos flip left to right. Each epoch sees a slightly
            different version of every image, so the network learns what stays the same under these changes. The changes must
            keep the label: flipping a photo of a cat is still a cat, but a mirrored 2 or a 6 turned upside down is no longer the
            same digit.</p>`,
        html`<p>과대적합에 가장 좋은 약은 데이터를 늘리는 것이고, 가진 이미지를 조금씩 바꾸면 데이터를 공짜로 늘릴 수 있습니다. 조금 회전하고,
            이동하고, 크기를 바꾸고, 기울이거나 늘이고, 사진이라면 좌우로 뒤집습니다. 에포크마다 모든 이미지를 조금씩 다른 모습으로 보게 되므로,
            신경망은 이런 변화에도 변하지 않는 것을 배웁니다. 단, 바꾼 뒤에도 정답이 같아야 합니다. 고양이 사진은 뒤집어도 고양이지만, 거울에 비친
            2나 거꾸로 뒤집은 6은 더 이상 같은 숫자가 아닙니다.</p>`,
      ),
      codeSection(AUGMENT_CODE),
      text(
        html`<p>The digit pad already undoes two of these changes before the network sees your drawing: position (it centres the
            ink) and size (it scales it to 20 pixels). It does not undo rotation or slant. The pretrained LeNet-5 was trained
            without augmentation.</p>`,
        html`<p>숫자 패드는 그림을 신경망에 넘기기 전에 이런 변화 중 두 가지를 이미 되돌립니다. 위치(획을 가운데로 옮김)와 크기(20픽셀로 맞춤)입니다.
            회전이나 기울기는 되돌리지 않습니다. 미리 학습된 LeNet-5는 데이터 증강 없이 학습했습니다.</p>`,
      ),
      demo(() => html`<cnn-digit-classifier data-url-key="aug" model="lenet5"></cnn-digit-classifier>`),
      tryThis(
        html`<p>Draw a 7 small in a corner: it is still read correctly. Now draw it tilted by 30° or more, or lying on its side.
            At what angle does the answer change? A network trained with rotations of ±18° would hold out longer.</p>`,
        html`<p>7을 구석에 작게 그려 보세요. 여전히 맞게 읽힙니다. 이번에는 30° 이상 기울이거나 옆으로 눕혀 그려 보세요. 몇 도에서 답이 바뀌나요?
            ±18° 회전으로 증강해 학습한 신경망이라면 더 오래 버틸 것입니다.</p>`,
      ),
    ]),

    section('early-stopping', { en: 'Early stopping and checkpoints', ko: '조기 종료와 체크포인트' }, [
      text(
        html`<p>Since the validation loss eventually rises, the best network is usually not the last one. <strong>Early
            stopping</strong> watches <code>val_loss</code> after every epoch and stops when it has not improved for
            <em>patience</em> epochs in a row. A <strong>checkpoint</strong> saves the weights whenever the monitored value reaches
            a new best, so the best network can be restored afterwards, and a long run that is interrupted can resume from the
            last save.</p>`,
        html`<p>검증 손실은 결국 커지므로, 가장 좋은 신경망은 보통 마지막 신경망이 아닙니다. <strong>조기 종료</strong>는 에포크마다
            <code>val_loss</code>를 지켜보다가 <em>patience</em>(인내) 에포크 동안 연달아 나아지지 않으면 학습을 멈춥니다.
            <strong>체크포인트</strong>는 지켜보는 값이 최고 기록을 낼 때마다 가중치를 저장하므로, 나중에 가장 좋았던 신경망을 되살릴 수 있고,
            긴 학습이 중간에 끊겨도 마지막 저장 지점부터 이어 갈 수 있습니다.</p>`,
      ),
      codeSection(CALLBACKS_CODE),
      note(
        html`<p>The <a href="./train.html">browser trainer</a> keeps checkpoints in your browser's storage, so a training run
            survives a reload.</p>`,
        html`<p><a href="./train.html">브라우저 학습 페이지</a>는 체크포인트를 브라우저 저장소에 보관하므로, 페이지를 새로 고쳐도 학습 결과가
            남아 있습니다.</p>`,
      ),
    ]),

    section('transfer', { en: 'Transfer learning', ko: '전이 학습' }, [
      text(
        html`<p>Training a large CNN from scratch needs a lot of data. But the early layers of a network trained on ImageNet
            detect edges, textures and parts that are useful for almost any photo. <strong>Transfer learning</strong> reuses such a
            network, its <em>convolutional base</em>, and trains only what the new task needs.</p>
          <p><strong>Feature extraction</strong>: freeze the base, so its weights never change, put a new classifier head on
            top (Flatten or global pooling, then dense layers) and train only the head. The base turns each image into a feature
            vector; the head learns to classify those vectors.</p>
          <p><strong>Fine-tuning</strong>: after the head has been trained, unfreeze the top layers of the base, the ones with
            the most task-specific features, and continue training with a very low learning rate. The head must come first: a
            randomly initialised head produces large errors, and their gradients would wreck the pretrained features they flow
            into. The low rate then adjusts those features a little instead of overwriting them.</p>`,
        html`<p>큰 CNN을 처음부터 학습시키려면 데이터가 많이 필요합니다. 그런데 ImageNet으로 학습한 신경망의 앞쪽 층은 윤곽선, 질감, 부분 같은
            것을 찾아내고, 이는 거의 모든 사진에 쓸모가 있습니다. <strong>전이 학습</strong>은 이런 신경망의 <em>합성곱 기반</em>을 다시 쓰고,
            새 과제에 필요한 부분만 학습합니다.</p>
          <p><strong>특성 추출</strong>: 기반을 동결해 가중치가 바뀌지 않게 하고, 그 위에 새 분류기 헤드(평탄화나 전역 풀링, 그리고 완전
            연결층)를 얹어 헤드만 학습합니다. 기반은 각 이미지를 특성 벡터로 바꾸고, 헤드는 그 벡터를 분류하는 법을 배웁니다.</p>
          <p><strong>미세 조정</strong>: 헤드를 먼저 학습시킨 뒤, 기반의 위쪽 층(과제에 가장 특화된 특성을 가진 층)의 동결을 풀고 아주 낮은
            학습률로 학습을 이어 갑니다. 헤드를 먼저 학습해야 하는 이유는, 무작위로 초기화된 헤드는 오차가 커서 그 기울기가 흘러 들어가는 미리
            학습된 특성을 망가뜨리기 때문입니다. 그다음 낮은 학습률은 그 특성을 덮어쓰지 않고 조금만 조정합니다.</p>`,
      ),
      demo((view) => dataTable(TRANSFER_TABLE[view.lang].caption, TRANSFER_TABLE[view.lang].headers, TRANSFER_TABLE[view.lang].rows, { wrap: true }), { wide: false }),
      codeSection(TRANSFER_CODE),
      note(
        html`<p>A frozen layer's weights count as non-trainable in <code>model.summary()</code>, so after
            <code>base.trainable = False</code> most of the model's parameters move from "Trainable params" to "Non-trainable
            params".</p>`,
        html`<p>동결된 층의 가중치는 <code>model.summary()</code>에서 학습되지 않는 파라미터로 셉니다. 그래서
            <code>base.trainable = False</code> 뒤에는 모델 파라미터의 대부분이 "Trainable params"에서 "Non-trainable params"로 옮겨
            갑니다.</p>`,
      ),
    ]),

    section('in-short', { en: 'In short', ko: '정리' }, [
      text(
        html`<ul>
            <li>Batch size: 16–32 to start; smaller batches want a smaller learning rate.</li>
            <li>Learning rate: the step size; lower it as training settles (step decay, plateau, cosine).</li>
            <li>ReLU and batch normalisation keep gradients from vanishing in deep networks.</li>
            <li>Overfitting shows as a rising validation loss; L2, dropout and augmentation fight it.</li>
            <li>Early stopping and checkpoints keep the best network, not the last.</li>
            <li>Transfer learning: freeze a pretrained base and train a head, then fine-tune the top with a low learning rate.</li>
          </ul>`,
        html`<ul>
            <li>배치 크기: 16–32로 시작하고, 배치가 작으면 학습률도 작게.</li>
            <li>학습률: 한 걸음의 크기. 학습이 안정되면 낮춥니다(단계 감소, 정체 시 감소, 코사인).</li>
            <li>ReLU와 배치 정규화는 깊은 신경망에서 기울기 소실을 막습니다.</li>
            <li>과대적합은 검증 손실이 커지는 것으로 드러나며, L2 규제, 드롭아웃, 데이터 증강으로 막습니다.</li>
            <li>조기 종료와 체크포인트는 마지막이 아니라 가장 좋았던 신경망을 남깁니다.</li>
            <li>전이 학습: 미리 학습된 기반을 동결하고 헤드를 학습한 뒤, 낮은 학습률로 위쪽을 미세 조정합니다.</li>
          </ul>`,
      ),
    ]),
  ],
});
