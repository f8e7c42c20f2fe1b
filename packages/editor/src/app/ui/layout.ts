/**
 * The columns of the editor: the file list on the left and the tools on the right can be
 * hidden («Filer», «Verktøy» in the top bar) and made wider or narrower by dragging the
 * line between them and the editor, or with the arrow keys on it (a WAI-ARIA separator).
 */

/** How far one arrow key moves a separator, px. */
const STEP = 16;
/** The editor keeps at least this much width, px. */
const EDITOR_MIN = 280;

interface Column {
  /** The CSS property on the app that holds the column's width. */
  readonly property: '--side' | '--panel';
  readonly element: HTMLElement;
  readonly min: number;
  /** Which way the column grows: the file list to the right, the tools to the left. */
  readonly grows: 1 | -1;
}

export function mountLayout(app: HTMLElement, toggles: { readonly files: HTMLButtonElement; readonly tools: HTMLButtonElement }, separators: { readonly side: HTMLElement; readonly panel: HTMLElement }): void {
  toggle(app, toggles.files, 'sidebar-hidden');
  toggle(app, toggles.tools, 'panel-hidden');
  separator(app, separators.side, { property: '--side', element: app.querySelector<HTMLElement>('.sidebar') as HTMLElement, min: 140, grows: 1 });
  separator(app, separators.panel, { property: '--panel', element: app.querySelector<HTMLElement>('.panel') as HTMLElement, min: 260, grows: -1 });
}

/** A button that shows and hides a column (`aria-expanded` says which). */
function toggle(app: HTMLElement, button: HTMLButtonElement, hiddenClass: string): void {
  button.addEventListener('click', () => {
    const hidden = app.classList.toggle(hiddenClass);
    button.setAttribute('aria-expanded', String(!hidden));
  });
}

function separator(app: HTMLElement, handle: HTMLElement, column: Column): void {
  const max = () => Math.max(column.min, app.clientWidth - EDITOR_MIN - otherColumnsWidth(app, column.element));
  const resize = (width: number) => {
    const clamped = Math.round(Math.min(Math.max(width, column.min), max()));
    app.style.setProperty(column.property, `${clamped}px`);
    handle.setAttribute('aria-valuenow', String(clamped));
    handle.setAttribute('aria-valuemax', String(Math.round(max())));
  };
  handle.setAttribute('aria-valuemin', String(column.min));
  handle.addEventListener('pointerdown', (event) => {
    event.preventDefault();
    handle.setPointerCapture(event.pointerId);
    const box = app.getBoundingClientRect();
    const move = (e: PointerEvent) => resize(column.grows === 1 ? e.clientX - box.left : box.right - e.clientX);
    const stop = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', stop);
      handle.classList.remove('dragging');
    };
    handle.classList.add('dragging');
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', stop);
  });
  handle.addEventListener('keydown', (event) => {
    const direction = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (direction === 0) return;
    event.preventDefault();
    resize(column.element.getBoundingClientRect().width + direction * column.grows * STEP);
  });
}

/** The width of the side columns other than `element` (the editor needs what is left). */
function otherColumnsWidth(app: HTMLElement, element: HTMLElement): number {
  return [...app.querySelectorAll<HTMLElement>('.sidebar, .panel')].filter((c) => c !== element).reduce((sum, c) => sum + c.getBoundingClientRect().width, 0);
}
