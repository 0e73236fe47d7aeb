/**
 * Self-graded quizzes: seeded question generators whose answers come from the reference
 * engine and geometry, and a grader that reads typed answers safely and names common
 * mistakes (answer notes).
 *
 *   const q = generateQuestion('output-size', 17, 'hard');   // or generateQuiz({ count, seed, difficulty, studentId })
 *   render q.prompt[lang], q.given (matrices, vectors, values, layers), an input for q.answer.kind
 *   const result = grade(q, '(28 - 5 + 2*0)/1 + 1');        // { correct, score, answerNote, feedback, cells? }
 *   replay q.solution.source with the reference op it names; show q.solution.steps[i][lang]
 */
export * from './types';
export { TOPICS, GENERATORS, isTopic, generateQuestion, generateQuiz, type QuizOptions } from './registry';
export { grade, mistakeNote, refusalText, INVALID_INPUT_NOTE } from './grade';
export { evaluateAnswer, MAX_EXPRESSION_LENGTH, MAX_NESTING_DEPTH, type Evaluation, type RefusalReason } from './expression';
export { parseShape, parseMatrix, withoutBatch, MAX_MATRIX_TEXT_LENGTH, MAX_MATRIX_CELLS } from './parse-response';
export { layerCode } from './layer-code';
export { CONCEPTS } from './topics/concepts';
export { shapeText, matrixText } from './text';
