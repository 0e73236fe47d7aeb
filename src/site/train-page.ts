/**
 * lessons/train.html: training in the browser. The MNIST trainer (<cnn-mnist-trainer>)
 * and the dense-vs-CNN comparison, with prose in English and Korean, laid out like the
 * lessons (lesson-kit blocks, lesson-view templates) but without a place in the lesson
 * list. Switching language re-renders the prose; the elements keep their runs.
 */
import { html, render } from 'lit';
import type { Lang } from '../i18n';
import { applyPageLang, readPageLang } from '../../components/shared/page-lang';
import '../../components/cnn-mnist-trainer';
import '../../components/cnn-mnist-trainer-compare';
import { defineLesson, demo, note, section, text, tryThis, type LessonView } from './lesson-kit';
import { tLesson } from './lesson-strings';
import { homeHref, lessonBody } from './lesson-view';
import { siteFooter, siteHeader } from './shell';

const TITLE: Record<Lang, string> = { en: 'Train a CNN in your browser', ko: '브라우저에서 CNN 학습하기' };
const SUMMARY: Record<Lang, string> = {
  en: 'Train LeNet-5 on the 60,000 MNIST digits right here, watch the loss fall batch by batch, and see which digits it still gets wrong.',
  ko: 'MNIST 숫자 60,000개로 LeNet-5를 바로 여기서 학습시키고, 손실이 배치마다 줄어드는 모습과 아직 틀리는 숫자를 확인합니다.',
};

export const trainLesson = defineLesson({
  slug: 'train',
  sections: [
    section('trainer', { en: 'Train LeNet-5 on MNIST', ko: 'MNIST로 LeNet-5 학습하기' }, [
      text(
        html`<p>The trainer below runs the whole training loop in your browser: each batch of 32 images goes forward through the
            network, the loss is measured, the gradients flow back and the optimizer takes one step. The work runs in background
            workers, so the page stays responsive. One tenth of the training images is held out for <strong>validation</strong>:
            the network never learns from them, so their loss tells you whether it is learning the digits or memorising the
            training set.</p>`,
        html`<p>아래의 학습기는 학습 과정 전체를 브라우저 안에서 실행합니다. 이미지 32개로 된 배치가 신경망을 순전파하고, 손실을
            재고, 기울기가 역전파된 뒤 옵티마이저가 한 걸음 움직입니다. 계산은 백그라운드 워커에서 돌아가므로 페이지는 멈추지
            않습니다. 학습 이미지의 10분의 1은 <strong>검증</strong>용으로 떼어 둡니다. 신경망은 이 이미지로 학습하지 않으므로,
            검증 손실을 보면 숫자를 배우고 있는지 학습 데이터를 외우고 있는지 알 수 있습니다.</p>`,
      ),
      tryThis(
        html`Press <strong>Start training</strong>. The loss falls steeply in the first few hundred batches, then flattens.
          After the first epoch (a few seconds on a laptop with WebAssembly SIMD, under half a minute without) LeNet-5 already classifies about 98.5% of the 10,000 test digits
          correctly; the confusion matrix shows which digits it still mixes up, such as 4 and 9 or 7 and 2.`,
        html`<strong>학습 시작</strong>을 누르세요. 손실은 처음 수백 배치 동안 가파르게 줄다가 완만해집니다. 첫 에포크가 끝나면
          (WebAssembly SIMD가 되는 노트북에서 몇 초, 안 되면 30초 이내) LeNet-5는 테스트 숫자 10,000개 중 약 98.5%를 이미 맞힙니다. 혼동 행렬을 보면 4와 9, 7과 2처럼
          아직 헷갈리는 숫자를 알 수 있습니다.`,
      ),
      demo(() => html`<cnn-mnist-trainer></cnn-mnist-trainer>`),
      note(
        html`Reload the page during training: the best checkpoint (by validation loss) and the curves are kept in your browser,
          and the page offers to resume. <strong>Download weights</strong> saves a <code>.cnnw</code> file that
          <strong>Load weights</strong> (and <code>npm run eval</code>) can read.`,
        html`학습 중에 페이지를 새로 고쳐 보세요. (검증 손실 기준) 최고 체크포인트와 곡선이 브라우저에 남아 있어 이어서 학습할 수
          있습니다. <strong>가중치 내려받기</strong>는 <code>.cnnw</code> 파일을 저장하며, 이 파일은 <strong>가중치 불러오기</strong>
          (그리고 <code>npm run eval</code>)로 읽을 수 있습니다.`,
      ),
    ]),
    section('dense-vs-cnn', { en: 'A dense network against a CNN', ko: '완전 연결 신경망과 CNN 비교' }, [
      text(
        html`<p>Both networks see the same images in the same order. The dense network flattens each digit
            into 784 numbers and has no idea which pixels are neighbours; LeNet-5 slides small filters over the image and shares
            their weights everywhere. Each trains with its own tested recipe. The courses report, after 5 epochs in Keras,
            about 93% training accuracy for a dense network and about 99% for a CNN.</p>`,
        html`<p>두 신경망은 같은 이미지를 같은 순서로 학습합니다. 완전 연결 신경망은 숫자 하나를 784개의 수로 펼치므로
            어떤 픽셀이 이웃인지 모릅니다. LeNet-5는 작은 필터를 이미지 위로 옮기며 같은 가중치를 모든 위치에서 공유합니다. 강의
            자료에서는 Keras로 5에포크 학습했을 때 완전 연결 신경망의 학습 정확도가 약 93%, CNN이 약 99%입니다. 두 신경망은 각자
            검증된 학습 설정을 씁니다.</p>`,
      ),
      tryThis(
        html`Press <strong>Train both</strong> (10,000 images, 1 epoch, about 10 seconds). The CNN's loss curve stays below the
          dense network's from the first batches on. At the end the dense network classifies about 89% of the test digits
          correctly and LeNet-5 about 96%, with fewer parameters (61,706 against 104,938). With all 60,000 images: about 96%
          against 98.6%. The gap narrows with more data and epochs but does not close.`,
        html`<strong>둘 다 학습</strong>을 누르세요 (이미지 10,000개, 에포크 1, 약 10초). 처음 몇 배치부터 CNN의 손실 곡선이 완전
          연결 신경망보다 아래에 있습니다. 끝나면 완전 연결 신경망은 테스트 숫자의 약 89%를, LeNet-5는 약 96%를 맞히며, 파라미터는
          오히려 더 적습니다 (61,706개 대 104,938개). 이미지 60,000개를 모두 쓰면 약 96% 대 98.6%입니다. 데이터와 에포크가
          늘면 차이는 줄지만 없어지지는 않습니다.`,
      ),
      demo(() => html`<cnn-mnist-trainer-compare></cnn-mnist-trainer-compare>`),
    ]),
    section('techniques', { en: 'Techniques to try', ko: '시도해 볼 기법' }, [
      text(
        html`<ul>
            <li><strong>Learning rate and batch size</strong>: a rate ten times larger makes the loss jump or explode; smaller
              batches give noisier curves.</li>
            <li><strong>Dropout</strong> and <strong>L2 regularization</strong> fight overfitting: training accuracy rises more
              slowly, validation follows it more closely.</li>
            <li><strong>Data augmentation</strong> shifts and rotates every training image a little, differently in each epoch.</li>
            <li><strong>Early stopping</strong> ends the run when the validation loss has not improved for a few epochs, and the
              best checkpoint is kept.</li>
          </ul>`,
        html`<ul>
            <li><strong>학습률과 배치 크기</strong>: 학습률을 10배로 키우면 손실이 튀거나 발산하고, 배치가 작을수록 곡선이
              들쭉날쭉해집니다.</li>
            <li><strong>드롭아웃</strong>과 <strong>L2 규제</strong>는 과대적합을 막습니다. 학습 정확도는 더 천천히 오르고, 검증
              정확도가 그 뒤를 더 가깝게 따라갑니다.</li>
            <li><strong>데이터 증강</strong>은 학습 이미지를 에포크마다 다르게 조금씩 옮기고 돌립니다.</li>
            <li><strong>조기 종료</strong>는 검증 손실이 몇 에포크 동안 나아지지 않으면 학습을 끝내고, 최고 체크포인트를 남깁니다.</li>
          </ul>`,
      ),
    ]),
  ],
});

function hero(lang: Lang) {
  return html`<nav class="breadcrumb" aria-label=${tLesson(lang, 'breadcrumbLabel')}>
      <a href=${homeHref(lang)}>${tLesson(lang, 'breadcrumbHome')}</a>
    </nav>
    <header class="lesson-hero">
      <h1>${TITLE[lang]}</h1>
      <p class="lesson-summary">${SUMMARY[lang]}</p>
      <nav class="toc" aria-labelledby="toc-title">
        <p id="toc-title" class="toc-title">${tLesson(lang, 'onThisPage')}</p>
        <ol>${trainLesson.sections.map((s) => html`<li><a href=${`#${s.id}`}>${s.title[lang]}</a></li>`)}</ol>
      </nav>
    </header>`;
}

export function startTrainPage(container: HTMLElement | null = document.getElementById('app')): void {
  if (!container) return;
  const app = container;
  let lang = readPageLang();
  const view = (): LessonView => ({ lang, attr: () => null, setAttr: () => {} });
  const draw = (): void => {
    applyPageLang(lang);
    document.title = tLesson(lang, 'docTitle', { title: TITLE[lang] });
    render(
      html`<div class="page lesson-page">
        ${siteHeader(lang, (next) => { lang = next; draw(); }, homeHref(lang))}
        <main id="main">
          ${hero(lang)}
          <article class="lesson">${lessonBody(trainLesson, view())}</article>
        </main>
        ${siteFooter(lang)}
      </div>`,
      app,
    );
  };
  draw();
}
