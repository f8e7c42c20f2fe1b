/** A small helper for building DOM without a framework. */

type Child = Node | string | number | false | null | undefined | Child[];
type Attrs = Record<string, string | number | boolean | undefined | null | EventListener> & {
  class?: string;
  dataset?: never;
};

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value === undefined || value === null || value === false) continue;
      if (name.startsWith('on') && typeof value === 'function') {
        element.addEventListener(name.slice(2).toLowerCase(), value as EventListener);
      } else if (value === true) {
        element.setAttribute(name, '');
      } else {
        element.setAttribute(name, String(value));
      }
    }
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

export function clear(element: Element, ...children: Child[]): void {
  element.replaceChildren();
  append(element, children);
}

/**
 * Where the caret (or the selection) is in a text field: kept across a render that makes the
 * field again, so that typing goes on where it was (an input made with its `value` attribute
 * and then focused has its caret at the start, and a field selected whole would not be
 * replaced by the next key). Undefined for anything without a caret (a select, a date).
 */
export interface Caret {
  readonly start: number;
  readonly end: number;
  readonly direction: 'forward' | 'backward' | 'none';
}

export function caretOf(element: Element | null): Caret | undefined {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) return undefined;
  if (element.selectionStart === null || element.selectionEnd === null) return undefined;
  return { start: element.selectionStart, end: element.selectionEnd, direction: element.selectionDirection ?? 'none' };
}

/** Focuses `element` and puts the caret where `caret` was, within its text. */
export function focusWithCaret(element: HTMLElement, caret: Caret | undefined): void {
  element.focus();
  if (!caret || !(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) || element.selectionStart === null) return;
  const length = element.value.length;
  element.setSelectionRange(Math.min(caret.start, length), Math.min(caret.end, length), caret.direction);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Mangler #${id} i index.html`);
  return element as T;
}

/**
 * A link out of the editor, opened safely: http(s) only (anything else is shown as text), in a
 * new tab that gets no handle on the editor (`noopener`) and no referrer.
 */
export function externalLink(href: string, text: string): HTMLElement {
  if (!isWebLink(href)) return h('span', null, text);
  return h('a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'external-link' }, text);
}

export function isWebLink(href: string): boolean {
  try {
    const protocol = new URL(href).protocol;
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** `beregningsmåned` → `Beregningsmåned`, `særlige_behov` → `Særlige behov`. */
export function humanize(name: string): string {
  const text = name.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): ((...args: A) => void) & { flush(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastArgs: A | undefined;
  const wrapped = (...args: A) => {
    lastArgs = args;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const a = lastArgs as A;
      lastArgs = undefined;
      fn(...a);
    }, ms);
  };
  wrapped.flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    const a = lastArgs as A;
    lastArgs = undefined;
    fn(...a);
  };
  wrapped.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return wrapped;
}
