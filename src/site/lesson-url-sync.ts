/**
 * Keeps a page's URL in step with its elements (rules in url-state.ts). An element takes
 * part when it carries `data-url-key="a"`; its tag picks the whitelist of attributes.
 *
 * On binding, the URL's values are set as attributes right away: call it in the same task
 * that rendered the elements, before their first update, and they draw the linked state
 * first instead of flashing the default. Afterwards every change of a whitelisted attribute
 * (elements reflect their state: step, padding, w …) and every cnn-step / cnn-change event
 * rewrites the query with history.replaceState, so the address bar always holds a link to
 * the current view and the back button is not flooded with steps.
 */
import {
  ELEMENT_RULES,
  isValidKey,
  readState,
  writeState,
  type AttributeValues,
  type ElementRules,
} from './url-state';

export const URL_KEY_ATTRIBUTE = 'data-url-key';

interface Bound {
  key: string;
  element: HTMLElement;
  rules: ElementRules;
  defaults: AttributeValues;
}

export interface UrlStateBinding {
  /** Rewrites the URL from the elements now (normally automatic). */
  sync(): void;
  /** The bound element with this key, if any. */
  element(key: string): HTMLElement | undefined;
  /** Stops listening. */
  dispose(): void;
}

export interface UrlStateOptions {
  /** Whitelists for tags not in ELEMENT_RULES, or replacements for those that are. */
  rules?: Record<string, ElementRules>;
  /** Whitelists for single elements by their key; these win over the tag's. */
  keyRules?: Record<string, ElementRules>;
  /** Called after a bound element's whitelisted attribute changed (and the URL was updated). */
  onChange?: () => void;
}

function currentValues(element: HTMLElement, rules: ElementRules): AttributeValues {
  const values: AttributeValues = {};
  for (const attribute of Object.keys(rules)) values[attribute] = element.getAttribute(attribute);
  return values;
}

function apply(element: HTMLElement, wanted: AttributeValues): void {
  for (const [attribute, text] of Object.entries(wanted)) {
    if (text === null) element.removeAttribute(attribute);
    else if (element.getAttribute(attribute) !== text) element.setAttribute(attribute, text);
  }
}

/** Binds every `[data-url-key]` element under `root` whose tag has a whitelist. */
export function bindUrlState(root: ParentNode, options: UrlStateOptions = {}): UrlStateBinding {
  const rulesFor = (key: string, tag: string) => options.keyRules?.[key] ?? options.rules?.[tag] ?? ELEMENT_RULES[tag];
  const params = new URL(location.href).searchParams;
  const bound: Bound[] = [];
  const seen = new Set<string>();

  for (const element of root.querySelectorAll<HTMLElement>(`[${URL_KEY_ATTRIBUTE}]`)) {
    const key = element.getAttribute(URL_KEY_ATTRIBUTE) ?? '';
    const rules = rulesFor(key, element.localName);
    // Two elements under one key would write over each other's parameters.
    if (!rules || !isValidKey(key) || seen.has(key)) continue;
    seen.add(key);
    const defaults = currentValues(element, rules);
    apply(element, readState(params, key, rules));
    bound.push({ key, element, rules, defaults });
  }

  let scheduled = false;
  const sync = () => {
    scheduled = false;
    const url = new URL(location.href);
    let next = url.searchParams;
    for (const { key, element, rules, defaults } of bound) {
      next = writeState(next, key, rules, currentValues(element, rules), defaults);
    }
    const search = next.toString();
    if (search !== url.searchParams.toString()) {
      url.search = search;
      history.replaceState(history.state, '', url);
    }
  };
  // Several attributes change in one update (input and step); one rewrite is enough.
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      sync();
      options.onChange?.();
    });
  };

  const observer = new MutationObserver(schedule);
  for (const { element, rules } of bound) {
    observer.observe(element, { attributes: true, attributeFilter: Object.keys(rules) });
    element.addEventListener('cnn-step', schedule);
    element.addEventListener('cnn-change', schedule);
  }
  // Garbage in the link is dropped from the address bar once the elements have their state.
  sync();

  return {
    sync,
    element: (key) => bound.find((entry) => entry.key === key)?.element,
    dispose: () => {
      observer.disconnect();
      for (const { element } of bound) {
        element.removeEventListener('cnn-step', schedule);
        element.removeEventListener('cnn-change', schedule);
      }
    },
  };
}
