/**
 * Reading a stepper the way a person sees it: its inner <cnn-matrix> panels' printed
 * numbers, the counter, the equation line, the live region and the error box. Shared by
 * the four stepper test files (not a test file itself).
 */
import { fixture } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import type { CnnMatrix } from '../../components/cnn-matrix';

export const MINUS = '\u2212';

/** Waits for the stepper and every matrix inside it to finish rendering. */
export async function settle(el: LitElement): Promise<void> {
  await el.updateComplete;
  const inner = [...el.shadowRoot!.querySelectorAll<CnnMatrix>('cnn-matrix')];
  await Promise.all(inner.map((m) => m.updateComplete));
  await el.updateComplete;
}

export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
export const panels = (el: Element, selector: string): CnnMatrix[] => [
  ...shadow(el).querySelectorAll<CnnMatrix>(`cnn-matrix${selector}`),
];
export const panel = (el: Element, selector: string): CnnMatrix => {
  const found = panels(el, selector)[0];
  if (!found) throw new Error(`no cnn-matrix${selector}`);
  return found;
};

/** Printed numbers of a matrix, row-major ('' for empty cells). */
export const cellTexts = (matrix: CnnMatrix): string[] =>
  [...shadow(matrix).querySelectorAll('[role="gridcell"]')].map((c) => c.querySelector('text')?.textContent ?? '');

export const cellAt = (matrix: CnnMatrix, row: number, col: number): SVGGElement =>
  shadow(matrix).querySelector<SVGGElement>(`[role="gridcell"][data-row="${row}"][data-col="${col}"]`)!;

/** Positions "row,col" of the cells carrying a part name (padding, window, active, marked …). */
export const cellsWithPart = (matrix: CnnMatrix, part: string): string[] =>
  [...shadow(matrix).querySelectorAll<SVGGElement>('[role="gridcell"]')]
    .filter((c) => (c.getAttribute('part') ?? '').split(' ').includes(part))
    .map((c) => `${c.dataset.row},${c.dataset.col}`);

export const textOf = (el: Element, selector: string): string =>
  (shadow(el).querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const counter = (el: Element) => textOf(el, '[part="counter"]');
export const live = (el: Element) => textOf(el, '[role="status"]');
export const alertText = (el: Element) => textOf(el, '[role="alert"]');
export const equation = (el: Element) => textOf(el, '[part="equation"]');
export const button = (el: Element, name: string): HTMLButtonElement =>
  shadow(el).querySelector<HTMLButtonElement>(`button[part~="${name}"]`)!;

/** Formats like the elements do: integers as is, a true minus sign. */
export const shown = (value: number): string => (value < 0 ? `${MINUS}${Math.abs(value)}` : `${value}`);

/** The message the reference engine throws for a call, to check the element shows it. */
export function engineMessage(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the engine to throw');
}

export const click = (target: Element) =>
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));

/**
 * Renders an element inside a container with `style` (a width, a cell size) and `lang`.
 * The element itself is the fixture, so only its own update is awaited: a wrapper element
 * as the fixture would wait for an animation frame, which a background tab (web-test-runner
 * runs two files at once) may not deliver in time.
 */
export async function fixtureIn<T extends Element>(template: TemplateResult, style: string, lang?: string): Promise<T> {
  const container = document.createElement('div');
  container.setAttribute('style', style);
  if (lang) container.lang = lang;
  document.body.append(container);
  return fixture<T>(template, { parentNode: container });
}

/** An empty container in the page, for markup that must be bound before its first update. */
export function container(): HTMLDivElement {
  const div = document.createElement('div');
  document.body.append(div);
  return div;
}
