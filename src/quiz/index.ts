/**
 * Self-graded quizzes: seeded question generators whose answers come from the reference
 * engine and geometry, and a grader that reads typed answers safely and names common
 * mistakes (answer notes).
 */
export * from './types';
export { TOPICS, GENERATORS, isTopic, generateQuestion, generateQuiz, type QuizOptions } from './registry';
export { grade, mistakeNote, refusalText, INVALID_INPUT_NOTE } from './grade';
export { evaluateAnswer, MAX_EXPRESSION_LENGTH, MAX_NESTING_DEPTH, type Evaluation, type RefusalReason } from './expression';
export { parseShape, parseMatrix, withoutBatch, MAX_MATRIX_TEXT_LENGTH, MAX_MATRIX_CELLS } from './parse-response';
export { layerCode } from './layer-code';
export { CONCEPTS } from './topics/concepts';
export { shapeText, matrixText } from './text';
