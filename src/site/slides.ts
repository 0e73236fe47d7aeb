/**
 * The slide deck (lessons/slides.html): reveal.js from node_modules plus every `cnn-*`
 * element through the library entry, so the deck shows exactly what the embeddable
 * bundle offers.
 *
 * Layout: the slides are as large as the window (width/height 100%, no margin), so
 * reveal.js never scales them with a CSS transform. The elements measure their cells in
 * CSS pixels, and slides.css sizes those from the viewport, so a projector at any
 * resolution gets crisp, full-size matrices instead of a scaled bitmap.
 */
import Reveal from 'reveal.js';
import 'reveal.js/dist/reveal.css';
import 'reveal.js/dist/theme/white.css';
import './slides.css';
import '../../components/index';
import { toLang } from '../i18n';

/** ?lang=ko shows the Korean headings and makes every element speak Korean. */
function applyLanguage(): void {
  const lang = toLang(new URLSearchParams(location.search).get('lang'));
  document.documentElement.lang = lang;
  document.title = lang === 'ko' ? 'ConvLab · 슬라이드' : 'ConvLab · slides';
}

/**
 * A slide whose element is not part of this build would be an empty page in front of a
 * class, so it is left out. Elements are defined synchronously by the import above.
 */
function removeSlidesWithUndefinedElements(root: ParentNode): void {
  for (const slide of root.querySelectorAll<HTMLElement>('.slides > section')) {
    const tags = [...slide.querySelectorAll('*')]
      .map((element) => element.localName)
      .filter((tag) => tag.startsWith('cnn-'));
    if (tags.some((tag) => !customElements.get(tag))) slide.remove();
  }
}

/**
 * The deck has a light background whatever the presenter's system theme, so elements
 * are told to draw light unless the slide says otherwise.
 */
function useLightTheme(root: ParentNode): void {
  for (const element of root.querySelectorAll('*')) {
    if (element.localName.startsWith('cnn-') && !element.hasAttribute('theme')) element.setAttribute('theme', 'light');
  }
}

/**
 * Focus left on an element of a slide that is no longer shown would keep eating ←/→,
 * and the presenter could not change slides any more.
 */
function releaseFocusFrom(slide: Element | undefined): void {
  const focused = document.activeElement;
  if (slide && focused instanceof HTMLElement && slide.contains(focused)) focused.blur();
}

async function start(): Promise<void> {
  applyLanguage();
  removeSlidesWithUndefinedElements(document);
  useLightTheme(document);
  const deck = new Reveal({
    hash: true,
    width: '100%',
    height: '100%',
    margin: 0,
    minScale: 1,
    maxScale: 1,
    center: true,
    transition: 'fade',
    transitionSpeed: 'fast',
    slideNumber: 'c/t',
    // Links to the deck open where the link says; the lesson pages link slides by hash.
    history: false,
  });
  deck.on('slidechanged', (event) => releaseFocusFrom(event.previousSlide));
  await deck.initialize();
  // The e2e tests and a presenter's console read the deck's state from here.
  (window as Window & { Reveal?: typeof deck }).Reveal = deck;
}

void start();
