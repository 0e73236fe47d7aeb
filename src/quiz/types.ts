/**
 * The data a quiz question is made of. A Question is plain JSON-safe data (no functions),
 * so it can be posted to a worker, stored with a student's attempt, and rendered by an
 * element: the prompt, the given matrices or layers, an input fitting the answer kind,
 * feedback from grade(), and a worked solution the element can replay with a stepper.
 */
import type { Lang } from '../i18n';
import type { LayerConfig, SummaryRow } from '../geometry/types';
import type { OutputSize } from '../geometry/output-size';
import type { ConvStep, Conv1dStep, PoolStep } from '../reference/types';

export type Difficulty = 'easy' | 'medium' | 'hard';
export const DIFFICULTIES: readonly Difficulty[] = ['easy', 'medium', 'hard'];

/** The same text in every supported language. */
export type Bilingual = Record<Lang, string>;

export type TopicId =
  | 'conv-cell'
  | 'conv-output'
  | 'output-size'
  | 'padding'
  | 'stride'
  | 'max-pool'
  | 'avg-pool'
  | 'conv-params'
  | 'summary-row'
  | 'transposed-size'
  | 'conv1d'
  | 'receptive-field'
  | 'concepts';

export interface NumberAnswer {
  kind: 'number';
  value: number;
  /** Largest accepted |response − value|. */
  tolerance: number;
}
export interface MatrixAnswer {
  kind: 'matrix';
  /** Rows × columns; an element sizes its input grid from it. */
  value: number[][];
  /** Per cell, like NumberAnswer.tolerance. */
  tolerance: number;
}
export interface ShapeAnswer {
  kind: 'shape';
  /** Keras-style, batch axis first as null: [null, 13, 13, 32]. */
  value: (number | null)[];
}
export interface ChoiceOption {
  /** Stable across seeds (options are shuffled, ids are not). */
  id: string;
  text: Bilingual;
  /** Why this option is right or wrong; shown after answering. */
  explanation: Bilingual;
}
export interface ChoiceAnswer {
  kind: 'choice';
  options: ChoiceOption[];
  correct: string;
}
export type Answer = NumberAnswer | MatrixAnswer | ShapeAnswer | ChoiceAnswer;
export type AnswerKind = Answer['kind'];

/** What a mistake produces, in the answer's own form (an option id for choices). */
export type MistakeValue = number | number[][] | (number | null)[] | string;

/**
 * A named wrong answer (STACK's "answer note"): the wrong rule applied to this question's
 * numbers. Only listed when its value differs from the correct answer and from every
 * mistake listed before it, so matching a value names exactly one mistake.
 */
export interface Mistake {
  /** Fixed per topic and mistake kind, so answer notes are stable for LMS export. */
  code: number;
  /** Kebab-case, e.g. 'forgot-padding'. */
  id: string;
  value: MistakeValue;
  /** What the student probably did, with the numbers: "You left out the padding: …". */
  feedback: Bilingual;
}

/** Data shown with the prompt. Matrices are [row][col]; a multi-channel input is several items. */
export type GivenItem =
  | { kind: 'matrix'; role: 'input' | 'kernel' | 'bias'; label: Bilingual; value: number[][] }
  | { kind: 'vector'; role: 'input' | 'kernel'; label: Bilingual; value: number[] }
  | { kind: 'values'; entries: { symbol: string; label: Bilingual; value: number | string }[] }
  | {
      kind: 'layers';
      /** Keras channels-last input shape without the batch axis (absent when only windows matter). */
      inputShape?: number[];
      layers: LayerConfig[];
      /** Index of the layer the question is about, to highlight. */
      highlight?: number;
    };

/**
 * What the worked solution came from, so an element can replay it: run the named
 * reference op (or geometry function) on these arguments and step through its trace.
 * `focus` points at the output cell the question asked about.
 */
export type SolutionSource =
  | {
      kind: 'conv2d';
      /** [Cin][H][W]. */
      input: number[][][];
      /** [Cout][Cin][Kh][Kw]. */
      weights: number[][][][];
      bias: number[];
      stride: number;
      padding: number;
      output: number[][][];
      focus?: { outChannel: number; outRow: number; outCol: number };
      /** The focused cell's trace from the reference engine (conv-cell). */
      step?: ConvStep;
      /** Every cell's trace, in output order (conv-output, stride). */
      steps?: ConvStep[];
    }
  | {
      kind: 'pool2d';
      input: number[][][];
      mode: 'max' | 'avg';
      size: number;
      stride: number;
      output: number[][][];
      steps: PoolStep[];
    }
  | { kind: 'pad2d'; input: number[][]; padding: number; output: number[][] }
  /** Padding along one axis: [before, after] cells as geometry resolves them. */
  | { kind: 'padding'; input: number; kernel: number; stride: number; padding: number | 'same'; before: number; after: number }
  | {
      kind: 'conv1d';
      /** [Cin][L]. */
      input: number[][];
      /** [Cout][Cin][K]. */
      weights: number[][][];
      bias: number[];
      stride: number;
      padding: number | 'same' | 'valid';
      output: number[][];
      steps: Conv1dStep[];
    }
  | { kind: 'output-size'; input: number; kernel: number; stride: number; padding: number | 'same' | 'valid'; dilation: number; result: OutputSize }
  | { kind: 'transposed-size'; input: number; kernel: number; stride: number; padding: number; outputPadding: number; size: number; formula: string; substituted: string }
  | { kind: 'params'; layer: LayerConfig; inputShape: number[]; params: number; formula: string }
  | { kind: 'summary'; inputShape: number[]; layers: LayerConfig[]; rowIndex: number; rows: SummaryRow[] }
  | { kind: 'receptive-field'; layers: { kernel: number; stride: number; dilation: number }[]; sizes: number[]; jumps: number[]; size: number }
  | { kind: 'concept'; conceptId: string };

export interface Solution {
  /** Worked steps in order, each a sentence or a formula with the numbers substituted. */
  steps: Bilingual[];
  source: SolutionSource;
}

export interface Question {
  topic: TopicId;
  /** `${topic}:${seed}:${difficulty}`, unique per generated question. */
  id: string;
  seed: number;
  difficulty: Difficulty;
  prompt: Bilingual;
  given: GivenItem[];
  answer: Answer;
  solution: Solution;
  /** The variant's parameters, e.g. "W=28 K=5 P=0 S=1": equal notes mean equal questions. */
  variantNote: string;
  mistakes: Mistake[];
}

/** A question generator: pure and deterministic in (seed, difficulty). */
export type Generator = (seed: number, difficulty: Difficulty) => Question;

/**
 * A student's response. Numbers and shapes as text (or a number / number array);
 * matrices as a grid of numbers or expression strings, or as text rows ("1 2; 3 4");
 * choices as the option id.
 */
export type QuizResponse = string | number | readonly (number | null)[] | readonly (readonly (number | string)[])[];

export interface GradeResult {
  correct: boolean;
  /** 0..1; matrices earn the fraction of cells right. */
  score: number;
  /** Stable id: `${topic}-correct`, `${topic}-${code}-${mistake}`, `${topic}-incorrect`, 'invalid-input' … */
  answerNote: string;
  feedback: Bilingual;
  /** Matrices: which cells are right, when the response has the answer's shape. */
  cells?: boolean[][];
}
