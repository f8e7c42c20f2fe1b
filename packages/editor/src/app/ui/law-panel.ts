/**
 * «Lovtekst»: the reading view (docs/law-text.md, issue 18 item 4). A provision's stored text
 * punktum by punktum and, beside each, the rules and tests that link to it (a click goes to
 * them); a citation clicked in the editor shows its punktum here. Below, the coverage of the
 * whole rule set: punktum not encoded or not tested, and rules and tests that cite no punktum.
 */
import type { CoveredSentence, Linker, SentenceStatus, Wording } from '@lovkode/dsl';
import { norwegianDate } from '@lovkode/dsl/calendar';
import type { CitationAt, LawView, ProvisionSourceView } from '../../shared/protocol';
import type { App } from '../app';
import { clear, debounce, externalLink, h } from '../dom';

const statusLabels: Record<SentenceStatus, string> = { dekket: 'kodet og testet', 'ikke testet': 'ikke testet', 'ikke kodet': 'ikke kodet' };
const ordinals = ['første', 'andre', 'tredje', 'fjerde', 'femte', 'sjette', 'sjuende', 'åttende', 'niende', 'tiende'];
const linkKinds: Record<Linker['kind'], string> = { regel: 'regel', skjønn: 'skjønn', tabell: 'tabell', antakelse: 'antakelse', utvid: 'utvidelse', test: 'test' };

/** «Første ledd», or «Ledd 11». */
function leddTitle(ledd: number): string {
  const word = ordinals[ledd - 1];
  return word ? `${word.charAt(0).toUpperCase()}${word.slice(1)} ledd` : `Ledd ${ledd}`;
}

/** «Åpne på lovdata.no» (the link itself is in the title and the status bar). */
function linkLabel(url: string): string {
  return `Åpne på ${new URL(url).hostname.replace(/^www\./, '')}`;
}

function sourceKey(s: { module: string; id: string }): string {
  return `${s.module}\u0000${s.id}`;
}

function wordingView(w: Wording, titles: Readonly<Record<string, string>>): HTMLElement {
  const period = w.from ? (w.to ? `${norwegianDate(w.from)}–${norwegianDate(w.to)}` : `fra ${norwegianDate(w.from)}`) : undefined;
  const note =
    w.status === 'ukjent'
      ? 'Ordlyden er ikke funnet; teksten er et sammendrag av innholdet.'
      : w.status === 'sekundærkilde'
        ? `Ordlyden er bare funnet i ${w.foundIn.map((id) => titles[id] ?? id).join('; ')}, ikke kontrollert mot den offisielle teksten.`
        : w.status === 'ikke kontrollert'
          ? 'Ikke kontrollert mot den offisielle teksten.'
          : undefined;
  return h(
    'div',
    { class: `wording wording-${w.status.replace(/\s|æ/g, (c) => (c === 'æ' ? 'ae' : '-'))}` },
    period ? h('span', { class: 'wording-period' }, `${period}: `) : null,
    w.status === 'ukjent' ? h('span', { class: 'wording-summary' }, w.text) : h('q', null, w.text),
    note ? h('span', { class: 'wording-note' }, ` ${note}`) : null,
  );
}

function linkerButton(app: App, l: Linker): HTMLElement {
  const label = l.kind === 'test' ? `test «${l.name}»` : `${linkKinds[l.kind]} ${l.name}`;
  return h(
    'button',
    { type: 'button', class: `link-button linker linker-${l.kind}`, title: `${l.at.file}, linje ${l.at.line}`, onclick: () => app.reveal({ path: l.at.file, line: l.at.line, column: l.at.column }) },
    label,
  );
}

function sentenceView(app: App, s: CoveredSentence, titles: Readonly<Record<string, string>>): HTMLElement {
  return h(
    'li',
    { class: `punktum status-${s.status.replace(/\s/g, '-')}`, 'data-ledd': s.ledd, 'data-punktum': s.punktum, tabindex: -1 },
    h(
      'div',
      { class: 'punktum-text' },
      h('span', { class: 'punktum-place' }, `${s.punktum}. punktum`),
      s.wordings.map((w) => wordingView(w, titles)),
      h('button', { type: 'button', class: 'link-button punktum-source', title: 'Gå til punktumet i regelfilen', onclick: () => goToWording(app, s) }, 'i regelfilen'),
    ),
    h(
      'div',
      { class: 'punktum-links' },
      h('span', { class: `status-badge status-${s.status.replace(/\s/g, '-')}` }, statusLabels[s.status]),
      s.encodedBy.length > 0 ? h('div', null, h('span', { class: 'muted' }, 'Kodet i: '), s.encodedBy.map((l) => linkerButton(app, l))) : null,
      s.testedBy.length > 0 ? h('div', null, h('span', { class: 'muted' }, 'Testet av: '), s.testedBy.map((l) => linkerButton(app, l))) : null,
    ),
  );
}

function goToWording(app: App, s: CoveredSentence): void {
  const at = s.wordings[0]?.at;
  if (at) app.reveal({ path: at.file, line: at.line, column: at.column });
}

function provisionView(app: App, source: ProvisionSourceView, sentences: readonly CoveredSentence[], titles: Readonly<Record<string, string>>): HTMLElement {
  const ledds = [...new Set(sentences.map((s) => s.ledd))];
  return h(
    'article',
    { class: 'provision', 'data-source': source.id },
    h('h3', null, source.title),
    h(
      'p',
      { class: 'provision-meta' },
      source.url ? externalLink(source.url, linkLabel(source.url)) : null,
      source.checked
        ? h('span', null, ` Ordlyden er kontrollert ${norwegianDate(source.checked.date)}`, source.checked.url ? [' mot ', externalLink(source.checked.url, 'den offisielle teksten')] : null, '.')
        : h('span', { class: 'muted' }, ' Ordlyden er ikke kontrollert mot den offisielle teksten.'),
      ' ',
      h('button', { type: 'button', class: 'link-button', onclick: () => app.reveal(source.location) }, `kilde ${source.id} i ${source.location.path}`),
    ),
    ledds.map((ledd) =>
      h('section', { class: 'ledd' }, h('h4', null, leddTitle(ledd)), h('ol', { class: 'punktum-list' }, sentences.filter((s) => s.ledd === ledd).map((s) => sentenceView(app, s, titles)))),
    ),
  );
}

/** A `kilde` that stores no text: its title and link, and that the text is not stored. */
function plainSourceView(app: App, citation: CitationAt): HTMLElement {
  return h(
    'article',
    { class: 'provision', 'data-source': citation.id },
    h('h3', null, citation.title),
    h('p', { class: 'provision-meta' }, citation.url ? externalLink(citation.url, linkLabel(citation.url)) : h('span', { class: 'muted' }, 'Kilden har ingen lenke.')),
    h('p', { class: 'muted' }, `Teksten til kilde ${citation.id} er ikke lagret i reglene (docs/law-text.md).`),
    h('button', { type: 'button', class: 'link-button', onclick: () => app.reveal(citation.location) }, `kilde ${citation.id} i ${citation.location.path}`),
  );
}

function coverageView(app: App, law: LawView, select: (key: string, ledd: number, punktum: number) => void): HTMLElement {
  const c = law.coverage;
  const count = (status: SentenceStatus) => c.sentences.filter((s) => s.status === status).length;
  const sentenceItem = (s: CoveredSentence) =>
    h('li', null, h('button', { type: 'button', class: 'link-button', onclick: () => select(sourceKey({ module: s.module, id: s.source }), s.ledd, s.punktum) }, `${s.source} ${leddTitle(s.ledd).toLowerCase()} ${s.punktum}. punktum`));
  const list = (title: string, items: HTMLElement[], kind: string) =>
    h('details', { class: `coverage-list coverage-${kind}` }, h('summary', null, `${title} (${items.length})`), items.length > 0 ? h('ul', null, items) : h('p', { class: 'muted' }, 'Ingen.'));
  return h(
    'section',
    { class: 'coverage', 'aria-label': 'Dekning av lovteksten' },
    h('h3', null, 'Dekning av lovteksten'),
    h('p', { class: 'coverage-summary' }, `${c.sentences.length} punktum lagret: ${count('dekket')} kodet og testet, ${count('ikke testet')} kodet uten test, ${count('ikke kodet')} ikke kodet.`),
    list('Punktum som ikke er kodet', c.sentences.filter((s) => s.status === 'ikke kodet').map(sentenceItem), 'not-encoded'),
    list('Punktum som er kodet, men ikke testet', c.sentences.filter((s) => s.status === 'ikke testet').map(sentenceItem), 'not-tested'),
    list('Regler uten punktum', c.rulesWithoutSentence.map((l) => h('li', null, linkerButton(app, l))), 'rules'),
    list('Tester uten punktum', c.testsWithoutSentence.map((l) => h('li', null, linkerButton(app, l))), 'tests'),
  );
}

/** The panel; `show` chooses what the next `refresh` shows (a clicked citation). */
export function mountLawPanel(app: App, container: HTMLElement, isVisible: () => boolean): { refresh(): void; show(citation: CitationAt): void } {
  let selected: string | undefined;
  let plain: CitationAt | undefined;
  let focus: { ledd: number; punktum: number | undefined } | undefined;

  const render = (law: LawView) => {
    const sources = law.sources;
    if (!plain && (!selected || !sources.some((s) => sourceKey(s) === selected))) selected = sourceKey(sources.find((s) => s.id === 'stl18') ?? sources[0] ?? { module: '', id: '' });
    const source = sources.find((s) => sourceKey(s) === selected);
    const picker = h(
      'select',
      { 'aria-label': 'Bestemmelse', class: 'provision-picker', onchange: (e: Event) => { plain = undefined; focus = undefined; selected = (e.target as HTMLSelectElement).value; render(law); } },
      plain ? h('option', { value: '', selected: true }, plain.title) : null,
      sources.map((s) => h('option', { value: sourceKey(s), selected: !plain && sourceKey(s) === selected }, s.title)),
    );
    const body = plain
      ? plainSourceView(app, plain)
      : source
        ? provisionView(app, source, law.coverage.sentences.filter((s) => s.source === source.id && s.module === source.module), law.titles)
        : h('p', { class: 'empty' }, 'Ingen kilde i reglene lagrer teksten til bestemmelsen sin ennå (docs/law-text.md).');
    const select = (key: string, ledd: number, punktum: number) => {
      plain = undefined;
      selected = key;
      focus = { ledd, punktum };
      render(law);
    };
    clear(container, h('div', { class: 'panel-header' }, h('h2', null, 'Lovtekst'), sources.length > 0 ? picker : null), body, coverageView(app, law, select));
    highlight();
  };

  const highlight = () => {
    if (!focus) return;
    const { ledd, punktum } = focus;
    const items = [...container.querySelectorAll<HTMLElement>('.provision .punktum')].filter((el) => Number(el.dataset['ledd']) === ledd && (punktum === undefined || Number(el.dataset['punktum']) === punktum));
    for (const el of items) el.classList.add('cited');
    items[0]?.scrollIntoView({ block: 'center' });
  };

  const refresh = async () => {
    const law = await app.client.call('law');
    render(law);
  };
  const refreshSoon = debounce(() => void refresh(), 250);
  app.on('analysis', () => {
    if (isVisible()) refreshSoon();
  });
  return {
    refresh: () => void refresh(),
    show(citation) {
      plain = citation.stored ? undefined : citation;
      selected = citation.stored ? sourceKey(citation) : selected;
      focus = citation.ledd === undefined ? undefined : { ledd: citation.ledd, punktum: citation.punktum };
    },
  };
}
