/**
 * The way in and out by keyboard: a skip link to the rule text as the first Tab stop; Ctrl+M
 * switches between Tab indenting and Tab moving the focus on (as in VS Code; without it a
 * keyboard user is caught in the editor), with a visible hint about it while the editor has
 * the focus. Monaco's own Ctrl+M action belongs to the workbench and does nothing in the
 * standalone editor, so the switch is an editor action here, through the `tabFocusMode` option.
 */
import type { App } from '../app';
import { monaco } from '../monaco';

export function mountSkipLink(app: App, link: HTMLAnchorElement): void {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    app.editor.focus();
  });
}

export function mountTabFocus(app: App, hint: HTMLElement): void {
  const moves = () => app.editor.getOption(monaco.editor.EditorOption.tabFocusMode);
  app.editor.addAction({
    id: 'lovkode.toggleTabFocusMode',
    label: 'Veksle: Tab flytter fokus / Tab rykker inn',
    keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyM],
    run: () => app.editor.updateOptions({ tabFocusMode: !moves() }),
  });
  const render = () => {
    hint.textContent = moves() ? 'Tab flytter fokus ut av editoren · Ctrl+M: Tab rykker inn igjen' : 'Tab rykker inn · Ctrl+M: Tab flytter fokus ut av editoren';
  };
  app.editor.onDidFocusEditorText(() => {
    render();
    hint.hidden = false;
  });
  app.editor.onDidBlurEditorText(() => (hint.hidden = true));
  app.editor.onDidChangeConfiguration((event) => {
    if (event.hasChanged(monaco.editor.EditorOption.tabFocusMode)) render();
  });
}
