/**
 * A click on a `kilde` in the rule text (in a citation, a table's `kilde` column or its
 * declaration) shows it in «Lovtekst»: its title and link, and the punktum a pinned citation
 * points at. The cursor stays in the editor; Ctrl/Cmd+click still goes to the declaration.
 */
import type { CitationAt } from '../../shared/protocol';
import type { App } from '../app';
import { monaco } from '../monaco';

export function mountCitationClick(app: App, show: (citation: CitationAt) => void): void {
  let pressed: monaco.Position | null = null;
  app.editor.onMouseDown((event) => {
    pressed = event.target.type === monaco.editor.MouseTargetType.CONTENT_TEXT ? event.target.position : null;
  });
  app.editor.onMouseUp(async (event) => {
    const position = event.target.position;
    const path = app.active;
    // A click, not a drag that selects text.
    if (!position || !path || !pressed || !position.equals(pressed) || event.target.type !== monaco.editor.MouseTargetType.CONTENT_TEXT) return;
    if (event.event.ctrlKey || event.event.metaKey || event.event.shiftKey || event.event.altKey) return;
    const citation = await app.client.call('citationAt', path, { line: position.lineNumber, column: position.column });
    if (citation && app.active === path) show(citation);
  });
}
