/**
 * The part of reveal.js 5 that ConvLab's deck uses (the package ships no types).
 * https://revealjs.com/api/ and https://revealjs.com/config/
 */
declare module 'reveal.js' {
  export interface RevealIndices {
    h: number;
    v: number;
    f?: number;
  }

  export interface RevealSlideEvent extends Event {
    indexh: number;
    indexv: number;
    previousSlide?: HTMLElement;
    currentSlide: HTMLElement;
  }

  export interface RevealOptions {
    hash?: boolean;
    history?: boolean;
    width?: number | string;
    height?: number | string;
    margin?: number;
    minScale?: number;
    maxScale?: number;
    center?: boolean;
    transition?: 'none' | 'fade' | 'slide' | 'convex' | 'concave' | 'zoom';
    transitionSpeed?: 'default' | 'fast' | 'slow';
    slideNumber?: boolean | 'h.v' | 'h/v' | 'c' | 'c/t';
    keyboard?: boolean;
    embedded?: boolean;
  }

  export default class Reveal {
    constructor(options?: RevealOptions);
    constructor(element: HTMLElement, options?: RevealOptions);
    initialize(options?: RevealOptions): Promise<void>;
    on(type: 'slidechanged' | 'ready', listener: (event: RevealSlideEvent) => void): void;
    off(type: string, listener: (event: RevealSlideEvent) => void): void;
    getIndices(slide?: HTMLElement): RevealIndices;
    getCurrentSlide(): HTMLElement;
    getTotalSlides(): number;
    slide(indexh: number, indexv?: number, indexf?: number): void;
    next(): void;
    prev(): void;
    layout(): void;
  }
}
