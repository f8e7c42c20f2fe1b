/**
 * Links clicked inside Monaco (a `<https://…>` in a rule file, a link in a hover): only
 * http(s) opens, in a new tab without a handle on the editor or a referrer; anything else
 * (`javascript:`, `file:`, `command:`) is refused with a word. The editor's own `lovkode:`
 * addresses are left to Monaco's editor opener.
 */
import type { App } from './app';
import { isWebLink } from './dom';
import { monaco } from './monaco';

export function registerSafeLinks(app: App): void {
  monaco.editor.registerLinkOpener({
    open(resource) {
      if (resource.scheme === 'lovkode') return false;
      const href = resource.toString(true);
      if (isWebLink(href)) window.open(href, '_blank', 'noopener,noreferrer');
      else app.notice(`Lenken «${href}» åpnes ikke: bare lenker til nettsider (http og https) kan åpnes fra editoren.`, 'warning');
      return true;
    },
  });
}
