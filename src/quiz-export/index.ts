/**
 * Exporting quiz results (a student's own) and answer keys (an instructor's) as CSV and
 * JSON text. Pure: pages turn the text into a download.
 *
 *   const csv = CSV_BOM + resultsCsv(resultRows(questions, progress, student));
 *   const key = answerKeyCsv(answerKeyRows(generateQuiz(options), student));
 */
export { CSV_BOM, csvCell, toCsv, type CsvValue } from './csv';
export * from './results';
export * from './answer-key';
