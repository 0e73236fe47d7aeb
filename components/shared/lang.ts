/**
 * Which language an element speaks: the nearest `lang` attribute above it (crossing
 * shadow roots), so one `<html lang="ko">` switches every element on the page. The
 * controller re-renders its host when the page's or the host's `lang` changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../../src/i18n';

/** 'ko', 'ko-KR', 'KO' → 'ko'; everything else (including 'kok', Konkani) → 'en'. */
export function normalizeLang(value: string | null | undefined): Lang {
  return /^ko(-|_|$)/i.test(value?.trim() ?? '') ? 'ko' : 'en';
}

/** The nearest non-empty lang attribute on the element or its ancestors, across shadow roots. */
export function nearestLang(element: Element): Lang {
  let node: Element | null = element;
  while (node) {
    const value = node.getAttribute('lang');
    if (value) return normalizeLang(value);
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return 'en';
}

export class LangController implements ReactiveController {
  private observer: MutationObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The language to render in now. */
  get value(): Lang {
    return nearestLang(this.host);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    const options = { attributes: true, attributeFilter: ['lang'] };
    this.observer.observe(document.documentElement, options);
    this.observer.observe(this.host, options);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
