import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/cnn-quiz';
import type { CnnQuiz } from '../../components/cnn-quiz';
import type { QuizAnswerEvent } from '../../components/cnn-quiz-event';
import type { CnnConvStepper } from '../../components/cnn-conv-stepper';
import { generateQuestion, generateQuiz, mistakeNote, type Question } from '../../src/quiz';
import { KEY_PREFIX, storageKeyFor, parseQuizConfig, type StorageLike } from '../../src/quiz-store';
import { quizSection } from '../../src/site/quiz-section';

const root = (el: Element): ShadowRoot => el.shadowRoot!;
const textOf = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: Element, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const feedback = (el: Element) => part(el, 'feedback');

/** A Map-backed storage, optionally refusing every call like a locked-down browser. */
class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  constructor(private readonly refuse = false) {}
  getItem(key: string) {
    if (this.refuse) throw new DOMException('denied', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.refuse) throw new DOMException('denied', 'SecurityError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

async function quiz(template: ReturnType<typeof html>): Promise<CnnQuiz> {
  const el = await fixture<CnnQuiz>(template);
  await el.updateComplete;
  return el;
}

/** Types into the question's text field with the keyboard and presses Enter. */
async function typeAndEnter(el: CnnQuiz, text: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>('input.text-answer')!;
  input.focus();
  input.select();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

function fillGrid(el: CnnQuiz, values: (number | string)[][]): void {
  for (const [r, row] of values.entries()) {
    for (const [c, value] of row.entries()) {
      const input = root(el).querySelector<HTMLInputElement>(`.grid input[data-row="${r}"][data-col="${c}"]`)!;
      input.value = String(value);
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
  }
}

async function clickPart(el: CnnQuiz, name: string): Promise<void> {
  part(el, name)!.click();
  await el.updateComplete;
}

/** The first seed whose output-size question has numeric padding and no dilation, so the formula is plain. */
function plainOutputSizeSeed(): { seed: number; question: Question } {
  for (let seed = 1; ; seed++) {
    const [question] = generateQuiz({ topics: ['output-size'], count: 1, seed, difficulty: 'medium' });
    const source = question.solution.source;
    if (source.kind === 'output-size' && typeof source.padding === 'number' && source.dilation === 1 && question.mistakes.length > 0) {
      return { seed, question };
    }
  }
}

/** Max pooling computed here, independently of the engine: each window's largest value. */
function maxPool(input: number[][], size: number, stride: number): number[][] {
  const out: number[][] = [];
  for (let r = 0; r + size <= input.length; r += stride) {
    const row: number[] = [];
    for (let c = 0; c + size <= input[0].length; c += stride) {
      row.push(Math.max(...input.slice(r, r + size).flatMap((line) => line.slice(c, c + size))));
    }
    out.push(row);
  }
  return out;
}

describe('<cnn-quiz>', () => {
  beforeEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith(KEY_PREFIX)) localStorage.removeItem(key);
  });

  it('renders the first question of the seeded set, as generateQuiz makes it', async () => {
    const expected = generateQuiz({ topics: ['output-size', 'max-pool'], count: 4, seed: 2026, difficulty: 'medium' });
    const el = await quiz(html`<cnn-quiz topics="output-size,max-pool" count="4" seed="2026" difficulty="medium" .store=${null}></cnn-quiz>`);
    expect(el.questions.map((q) => q.id)).to.deep.equal(expected.map((q) => q.id));
    expect(textOf(part(el, 'prompt'))).to.equal(expected[0].prompt.en);
    expect(textOf(root(el).querySelector('h3'))).to.equal('Question 1 of 4');
    expect(root(el).querySelectorAll('[part~="nav"] button')).to.have.length(4);
    expect(textOf(part(el, 'score'))).to.equal('Answered 0 of 4 · Correct 0 · Score 0 / 4');
  });

  it('accepts a correct answer typed as an expression, with Enter, and scores it', async () => {
    const { seed, question } = plainOutputSizeSeed();
    const source = question.solution.source as Extract<Question['solution']['source'], { kind: 'output-size' }>;
    const el = await quiz(html`<cnn-quiz topics="output-size" count="1" seed=${seed} .store=${null}></cnn-quiz>`);
    // The textbook formula, typed the way a student would: floor((W − K + 2P) / S) + 1.
    await typeAndEnter(el, `floor((${source.input}-${source.kernel}+2*${source.padding})/${source.stride})+1`);
    expect(feedback(el)!.classList.contains('correct')).to.be.true;
    expect(textOf(feedback(el))).to.include('Correct.');
    expect(feedback(el)!.dataset.note).to.equal('output-size-correct');
    expect(textOf(part(el, 'score'))).to.equal('Answered 1 of 1 · Correct 1 · Score 1 / 1');
    expect(textOf(root(el).querySelector('[role="status"][aria-live="polite"]'))).to.include('Correct.');
  });

  it('names the mistake behind a constructed wrong answer', async () => {
    const { seed, question } = plainOutputSizeSeed();
    const mistake = question.mistakes[0];
    const el = await quiz(html`<cnn-quiz topics="output-size" count="1" seed=${seed} .store=${null}></cnn-quiz>`);
    await typeAndEnter(el, String(mistake.value));
    expect(feedback(el)!.classList.contains('incorrect')).to.be.true;
    expect(textOf(feedback(el))).to.include(mistake.feedback.en);
    expect(feedback(el)!.dataset.note).to.equal(mistakeNote(question, mistake));
  });

  it('refuses hostile input with the grader’s reason and keeps working', async () => {
    const el = await quiz(html`<cnn-quiz topics="output-size" count="1" seed="3" .store=${null}></cnn-quiz>`);
    await typeAndEnter(el, 'createUnit("x")');
    expect(feedback(el)!.classList.contains('invalid')).to.be.true;
    expect(textOf(feedback(el))).to.match(/^! This answer cannot be read: the function createUnit is not allowed/);
    await typeAndEnter(el, '1e400');
    expect(textOf(feedback(el))).to.include('not a finite number');
  });

  it('marks grid cells one by one (icon and state, not colour alone) and gives partial credit', async () => {
    const el = await quiz(html`<cnn-quiz topics="max-pool" count="1" seed="11" difficulty="easy" .store=${null}></cnn-quiz>`);
    const question = el.questions[0];
    const input = question.given.find((g) => g.kind === 'matrix')!.value as number[][];
    const values = question.given.find((g) => g.kind === 'values')!;
    const size = Number(values.kind === 'values' && values.entries.find((e) => e.symbol === 'p')!.value);
    const stride = Number(values.kind === 'values' && values.entries.find((e) => e.symbol === 'S')!.value);
    const expected = maxPool(input, size, stride);
    const cells = expected.length * expected[0].length;
    expect(root(el).querySelectorAll('.grid input')).to.have.length(cells);
    const typed: (number | string)[][] = expected.map((row) => [...row]);
    typed[0][0] = expected[0][0] + 100;
    typed[expected.length - 1][0] = `${expected[expected.length - 1][0] * 2}/2`; // an expression in a cell
    // Enter in a grid with empty cells moves to the next empty cell instead of checking.
    const first = root(el).querySelector<HTMLInputElement>('.grid input[data-row="0"][data-col="0"]')!;
    first.focus();
    await sendKeys({ type: String(typed[0][0]) });
    await sendKeys({ press: 'Enter' });
    expect(root(el).activeElement).to.equal(root(el).querySelector('.grid input[data-row="0"][data-col="1"]'));
    expect(feedback(el)).to.equal(null);
    fillGrid(el, typed);
    await el.updateComplete;
    // Every cell filled: now Enter checks.
    root(el).querySelector<HTMLInputElement>('.grid input[data-row="0"][data-col="1"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const wrong = root(el).querySelectorAll('.cell.wrong');
    const right = root(el).querySelectorAll('.cell.right');
    expect(wrong).to.have.length(1);
    expect(right).to.have.length(cells - 1);
    expect(textOf(wrong[0].querySelector('.mark'))).to.equal('✗');
    expect(textOf(right[0].querySelector('.mark'))).to.equal('✓');
    const wrongInput = wrong[0].querySelector('input')!;
    expect(wrongInput.getAttribute('aria-invalid')).to.equal('true');
    // Cells are named counting from 0 at the top left: the top-left cell is row 0, column 0.
    expect(wrongInput.getAttribute('aria-label')).to.equal('Row 0, column 0, incorrect');
    const belowFirst = root(el).querySelector('.grid input[data-row="1"][data-col="0"]')!;
    expect(belowFirst.getAttribute('aria-label')).to.equal('Row 1, column 0, correct');
    expect(feedback(el)!.classList.contains('partial')).to.be.true;
    const credit = Math.round(((cells - 1) / cells) * 100) / 100;
    expect(textOf(feedback(el))).to.include(`${cells - 1} of ${cells} cells are correct.`);
    expect(textOf(feedback(el))).to.include(`Partial credit: ${credit} of 1`);
    expect(el.summary.score).to.be.closeTo((cells - 1) / cells, 1e-12);
    // Editing a marked cell removes its mark until the next check.
    fillGrid(el, [[expected[0][0]]]);
    await el.updateComplete;
    expect(root(el).querySelectorAll('.cell.wrong')).to.have.length(0);
  });

  it('retries a question with new numbers, records the retry and clears the answer', async () => {
    const store = new MemoryStorage();
    const el = await quiz(html`<cnn-quiz topics="output-size" count="2" seed="9" .store=${store}></cnn-quiz>`);
    const before = el.questions[0];
    await typeAndEnter(el, '1');
    await clickPart(el, 'retry');
    const after = el.questions[0];
    expect(after.topic).to.equal(before.topic);
    expect(after.id).not.to.equal(before.id);
    expect(after.variantNote).not.to.equal(before.variantNote);
    expect(textOf(part(el, 'prompt'))).to.equal(after.prompt.en);
    expect(feedback(el)).to.equal(null);
    expect(root(el).querySelector<HTMLInputElement>('input.text-answer')!.value).to.equal('');
    expect(textOf(root(el).querySelector('.tags'))).to.include('New numbers (retry 1)');
    expect(el.progress!.slots[0]).to.include({ retries: 1, seed: after.seed, response: null });
    expect(el.questions[1].id).to.equal(generateQuiz({ topics: ['output-size'], count: 2, seed: 9, difficulty: 'medium' })[1].id);
  });

  it('restores answers, feedback, score and retries when the element is created again', async () => {
    const { seed, question } = plainOutputSizeSeed();
    const attrs = { seed, key: 'persist-test' };
    const first = await quiz(html`<cnn-quiz topics="output-size" count="2" seed=${attrs.seed} storage-key=${attrs.key}></cnn-quiz>`);
    expect(first.questions[0].id).to.equal(question.id);
    await typeAndEnter(first, String(question.mistakes[0].value));
    first.current = 1;
    await first.updateComplete;
    await clickPart(first, 'retry');
    const retried = first.questions[1].id;
    first.remove();

    const second = await quiz(html`<cnn-quiz topics="output-size" count="2" seed=${attrs.seed} storage-key=${attrs.key}></cnn-quiz>`);
    expect(second.current).to.equal(1);
    expect(second.questions[1].id).to.equal(retried);
    second.current = 0;
    await second.updateComplete;
    expect(root(second).querySelector<HTMLInputElement>('input.text-answer')!.value).to.equal(String(question.mistakes[0].value));
    expect(textOf(feedback(second))).to.include(question.mistakes[0].feedback.en);
    expect(textOf(part(second, 'score'))).to.equal('Answered 1 of 2 · Correct 0 · Score 0 / 2');
    expect(localStorage.getItem(`${KEY_PREFIX}persist-test`)).to.contain('"version":1');
  });

  it('resets corrupt saved progress with a visible notice and keeps a working quiz', async () => {
    const { config } = parseQuizConfig({ topics: 'output-size', count: '1', seed: '4' });
    localStorage.setItem(storageKeyFor(config), '{"version":1,"slots":[{"baseId":');
    const el = await quiz(html`<cnn-quiz topics="output-size" count="1" seed="4"></cnn-quiz>`);
    expect(textOf(part(el, 'notice'))).to.include('Saved progress could not be read and was reset.');
    await typeAndEnter(el, '3');
    expect(feedback(el)).not.to.equal(null);
    expect(JSON.parse(localStorage.getItem(storageKeyFor(config))!).slots[0].response).to.equal('3');
  });

  it('works without storage when the browser refuses it, and says so', async () => {
    const el = await quiz(html`<cnn-quiz topics="padding" count="2" seed="4" .store=${new MemoryStorage(true)}></cnn-quiz>`);
    expect(textOf(part(el, 'notice'))).to.include('answers are kept only until the page is closed');
    await typeAndEnter(el, '2');
    expect(feedback(el)).not.to.equal(null);
    expect(el.summary.answered).to.equal(1);
  });

  it('lists unknown topics and a clamped count in a notice', async () => {
    const el = await quiz(html`<cnn-quiz topics="pooling,max-pool,nope" count="80" .store=${null}></cnn-quiz>`);
    const notice = textOf(part(el, 'notice'));
    expect(notice).to.include('Unknown topics were left out: pooling, nope.');
    expect(notice).to.include('“80” was changed to 50');
    expect(el.questions).to.have.length(50);
    expect(new Set(el.questions.map((q) => q.topic))).to.deep.equal(new Set(['max-pool']));
  });

  it('fires cnn-quiz-answer with the fields an LMS records', async () => {
    const { seed, question } = plainOutputSizeSeed();
    const el = await quiz(html`<cnn-quiz topics="output-size" count="1" seed=${seed} student="" .store=${null}></cnn-quiz>`);
    const input = root(el).querySelector<HTMLInputElement>('input.text-answer')!;
    input.value = ` ${question.mistakes[0].value} `;
    input.dispatchEvent(new Event('input'));
    setTimeout(() => part(el, 'submit')!.click());
    const event = (await oneEvent(el, 'cnn-quiz-answer')) as QuizAnswerEvent;
    expect(event.composed).to.be.true;
    const d = event.detail;
    expect(d).to.include({
      questionId: question.id,
      topic: 'output-size',
      seed: question.seed,
      difficulty: 'medium',
      variantNote: question.variantNote,
      response: ` ${question.mistakes[0].value} `,
      correct: false,
      score: 0,
      answerNote: mistakeNote(question, question.mistakes[0]),
      index: 0,
      attempt: 1,
      retries: 0,
    });
    expect(Date.parse(d.timestamp)).to.be.closeTo(Date.now(), 60_000);
  });

  it('speaks Korean with lang="ko": prompt, buttons and feedback', async () => {
    const { seed, question } = plainOutputSizeSeed();
    const el = await quiz(html`<cnn-quiz lang="ko" topics="output-size" count="1" seed=${seed} .store=${null}></cnn-quiz>`);
    expect(textOf(part(el, 'prompt'))).to.equal(question.prompt.ko);
    expect(textOf(part(el, 'submit'))).to.equal('채점');
    expect(textOf(root(el).querySelector('h3'))).to.equal('1문제 중 1번');
    await typeAndEnter(el, String(question.mistakes[0].value));
    expect(textOf(feedback(el))).to.include(question.mistakes[0].feedback.ko);
    expect(textOf(feedback(el))).to.include('오답입니다.');
  });

  it('shows the worked solution with the conv stepper at the asked cell', async () => {
    const el = await quiz(html`<cnn-quiz topics="conv-cell" count="1" seed="7" difficulty="medium" .store=${null}></cnn-quiz>`);
    const question = el.questions[0];
    await clickPart(el, 'solution-toggle');
    const steps = [...root(el).querySelectorAll('[part~="solution-steps"] li')].map(textOf);
    expect(steps).to.deep.equal(question.solution.steps.map((s) => s.en));
    const stepper = root(el).querySelector<CnnConvStepper>('cnn-conv-stepper')!;
    expect(stepper).to.exist;
    await stepper.updateComplete;
    // The prompt and the stepper both count from 0; the stepper numbers output cells row by row.
    const match = /row (\d+), column (\d+)\? \(Rows and columns count from 0 at the top left\.\)/.exec(question.prompt.en)!;
    const source = question.solution.source as Extract<Question['solution']['source'], { kind: 'conv2d' }>;
    const cols = source.output[0][0].length;
    expect(stepper.step).to.equal(Number(match[1]) * cols + Number(match[2]));
    expect(textOf(stepper.shadowRoot!.querySelector('[part="equation"]'))).to.match(new RegExp(`= ${question.answer.kind === 'number' ? String(question.answer.value).replace('-', '−') : ''}$`));
    expect(el.progress!.slots[0].solutionSeen).to.be.true;
    expect(part(el, 'solution-toggle')!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('leaves Enter inside a solution’s calculator to the calculator', async () => {
    const el = await quiz(html`<cnn-quiz topics="output-size" count="1" seed="3" .store=${null}></cnn-quiz>`);
    await clickPart(el, 'solution-toggle');
    const calculator = root(el).querySelector('cnn-output-size')!;
    await (calculator as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    calculator.shadowRoot!.querySelector<HTMLInputElement>('#w-number')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(feedback(el)).to.equal(null);
    expect(el.summary.answered).to.equal(0);
  });

  it('replays pooling with the pool stepper and explains every option of a concept question', async () => {
    const pool = await quiz(html`<cnn-quiz topics="avg-pool" count="1" seed="2" .store=${null}></cnn-quiz>`);
    await clickPart(pool, 'solution-toggle');
    const stepper = root(pool).querySelector('cnn-pool-stepper')!;
    expect(stepper.getAttribute('mode')).to.equal('avg');
    const concept = await quiz(html`<cnn-quiz topics="concepts" count="1" seed="7" .store=${null}></cnn-quiz>`);
    await clickPart(concept, 'solution-toggle');
    const answer = concept.questions[0].answer;
    if (answer.kind !== 'choice') throw new Error('concepts are multiple choice');
    const reasons = [...root(concept).querySelectorAll('[part~="option-reasons"] li')];
    expect(reasons.map((li) => (li as HTMLElement).dataset.option)).to.deep.equal(answer.options.map((o) => o.id));
    const right = reasons.find((li) => li.classList.contains('right')) as HTMLElement;
    expect(right.dataset.option).to.equal(answer.correct);
    expect(textOf(right)).to.include('Correct answer');
  });

  it('keeps keys typed into its fields from reaching the page (reveal.js) and submits a choice with Enter', async () => {
    const el = await quiz(html`<cnn-quiz topics="concepts" count="1" seed="3" .store=${null}></cnn-quiz>`);
    const seen: string[] = [];
    const listener = (e: KeyboardEvent) => seen.push(e.key);
    document.addEventListener('keydown', listener);
    try {
      const answer = el.questions[0].answer;
      if (answer.kind !== 'choice') throw new Error('concepts are multiple choice');
      const radio = root(el).querySelector<HTMLInputElement>(`input[value="${answer.correct}"]`)!;
      radio.focus();
      radio.click();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(feedback(el)!.classList.contains('correct')).to.be.true;
      await sendKeys({ press: 'ArrowRight' });
      // The Show solution button and the numbered question buttons keep Space and arrows too.
      part(el, 'solution-toggle')!.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(part(el, 'solution')).to.exist;
      root(el).querySelector<HTMLButtonElement>('[part~="nav"] button')!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(seen).to.deep.equal([]);
    } finally {
      document.removeEventListener('keydown', listener);
    }
  });

  it('moves between questions with the numbered buttons and Next, and shows every question with layout="list"', async () => {
    const el = await quiz(html`<cnn-quiz topics="padding,stride" count="3" seed="5" .store=${null}></cnn-quiz>`);
    root(el).querySelectorAll<HTMLButtonElement>('[part~="nav"] button')[2].click();
    await el.updateComplete;
    expect(textOf(root(el).querySelector('h3'))).to.equal('Question 3 of 3');
    expect(root(el).activeElement?.id).to.equal('q2-title');
    const list = await quiz(html`<cnn-quiz layout="list" topics="padding,stride" count="3" seed="5" .store=${null}></cnn-quiz>`);
    expect([...root(list).querySelectorAll('[part~="prompt"]')].map(textOf)).to.deep.equal(
      generateQuiz({ topics: ['padding', 'stride'], count: 3, seed: 5, difficulty: 'medium' }).map((q) => q.prompt.en),
    );
    expect(part(list, 'nav')).to.equal(null);
  });

  it('gives each student their own reproducible set', async () => {
    const a = await quiz(html`<cnn-quiz topics="output-size" count="3" seed="1" student="s01" .store=${null}></cnn-quiz>`);
    const expected = generateQuiz({ topics: ['output-size'], count: 3, seed: 1, difficulty: 'medium', studentId: 's01' });
    expect(a.questions.map((q) => q.id)).to.deep.equal(expected.map((q) => q.id));
    const shared = generateQuiz({ topics: ['output-size'], count: 3, seed: 1, difficulty: 'medium' });
    expect(a.questions.map((q) => q.id)).not.to.deep.equal(shared.map((q) => q.id));
    expect(generateQuestion('output-size', a.questions[0].seed, 'medium').variantNote).to.equal(a.questions[0].variantNote);
  });

  it('gives a lesson its end-of-lesson quiz section with the lesson’s topics and a link to more questions', async () => {
    const section = quizSection('04-padding');
    expect(section.id).to.equal('quiz');
    expect(section.title.ko).to.equal('스스로 확인하기');
    const block = section.blocks.find((b) => b.kind === 'demo');
    if (block?.kind !== 'demo') throw new Error('the section needs a demo block');
    const view = { lang: 'ko' as const, attr: () => null, setAttr: () => undefined };
    const container = await fixture<HTMLDivElement>(html`<div>${block.render(view)}</div>`);
    const el = container.querySelector<CnnQuiz>('cnn-quiz')!;
    await el.updateComplete;
    expect(el.getAttribute('storage-key')).to.equal('lesson-04-padding');
    expect(el.questions.map((q) => q.id)).to.deep.equal(
      generateQuiz({ topics: ['padding', 'output-size'], count: 3, seed: 1, difficulty: 'medium' }).map((q) => q.id),
    );
    const link = new URL(container.querySelector('a')!.href);
    expect(link.pathname.endsWith('/quiz.html')).to.be.true;
    expect(Object.fromEntries(link.searchParams)).to.deep.equal({
      topics: 'padding,output-size',
      count: '10',
      seed: '1',
      difficulty: 'medium',
      lang: 'ko',
    });
  });
});
