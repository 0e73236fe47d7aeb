/** The PyTorch fixture cases, read once per test file, and the shape of a nested array. */
import { readFileSync } from 'node:fs';

export interface FixtureCase {
  id: string;
  op: string;
  options: Record<string, never>;
  input: unknown;
  weights?: unknown;
  output: unknown;
}

export function loadTorchCases(): FixtureCase[] {
  const text = readFileSync(new URL('../../fixtures/torch-reference.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { cases: FixtureCase[] }).cases;
}

export function shapeOf(value: unknown): number[] {
  const shape: number[] = [];
  let cursor = value;
  while (Array.isArray(cursor)) {
    shape.push(cursor.length);
    cursor = cursor[0];
  }
  return shape;
}
