/**
 * Rate tables as timelines: one lane per key (e.g. `enslig`), each row of the table a period
 * on a shared time axis; `ukjent` periods are hatched and say why. A period links to its row
 * in the source, which stays visible beside the panel.
 */
import type { TablePeriodView, TableView } from '../../shared/protocol';
import type { App } from '../app';
import { clear, debounce, h } from '../dom';
import { dayNumberOf, norwegianDate as calendarDate } from '@lovkode/dsl/calendar';

const DAY = 86_400_000;

/** A day as milliseconds since 1970-01-01, the unit of the timeline's geometry and of `Date.now()`. */
function time(iso: string): number {
  return (dayNumberOf(iso) - UNIX_EPOCH) * DAY;
}

const UNIX_EPOCH = dayNumberOf('1970-01-01');

function norwegianDate(iso: string): string {
  return calendarDate(iso, true);
}

function periodText(p: TablePeriodView): string {
  return `${norwegianDate(p.from)} – ${p.to ? norwegianDate(p.to) : 'inntil videre'}`;
}

function timeline(app: App, path: string, table: TableView): HTMLElement {
  const periods = table.lanes.flatMap((l) => l.periods).filter((p) => p.from);
  if (!table.dated || periods.length === 0) {
    return h(
      'div',
      { class: 'table-plain' },
      h('p', { class: 'muted' }, table.dated ? 'Tabellen har ingen rader ennå.' : 'Tabellen er ikke datert (ingen «fra»-kolonne).'),
      h(
        'ul',
        null,
        table.lanes.map((l) => h('li', null, h('strong', null, l.label), ': ', l.periods.map((p) => p.value).join(', '))),
      ),
    );
  }
  const starts = periods.map((p) => time(p.from));
  const ends = periods.map((p) => (p.to ? time(p.to) + DAY : time(p.from)));
  const min = Math.min(...starts);
  const lastStart = Math.max(...starts);
  const today = Date.now();
  // Room after the last row for its (open-ended) period, and up to today when that is near.
  let max = Math.max(...ends, lastStart + 365 * DAY);
  if (today > max && today < max + 3 * 365 * DAY) max = today + 60 * DAY;
  const span = max - min || DAY;
  const pct = (t: number) => `${(((t - min) / span) * 100).toFixed(3)}%`;
  // At least ~120 px per year: a long history scrolls sideways (latest years shown first).
  const yearsSpanned = span / (365.25 * DAY);
  const trackWidth = Math.max(280, Math.round(yearsSpanned * 100));
  const labelEvery = yearsSpanned * 100 < 280 ? Math.ceil(yearsSpanned / 4) : 1;

  const years: HTMLElement[] = [];
  const firstYear = new Date(min).getUTCFullYear();
  const lastYear = new Date(max).getUTCFullYear();
  for (let y = firstYear; y <= lastYear; y++) {
    const t = Date.UTC(y, 0, 1);
    if (t < min || t > max || (t - min) / (max - min) > 0.985 || (y - firstYear) % labelEvery !== 0) continue;
    years.push(h('span', { class: 'tick', style: `left:${pct(t)}` }, String(y)));
  }
  const todayMark = today >= min && today <= max ? h('span', { class: 'today-mark', style: `left:${pct(today)}`, title: 'I dag' }) : null;

  const lanes = table.lanes.map((lane) =>
    h(
      'div',
      { class: 'lane' },
      h('div', { class: 'lane-key', title: lane.key }, lane.label),
      h(
        'div',
        { class: 'lane-track' },
        lane.periods
          .filter((p) => p.from)
          .map((p) => {
            const start = time(p.from);
            const end = p.to ? time(p.to) + DAY : max;
            const title = `${periodText(p)}: ${p.value}${p.citations.length > 0 ? ` (kilde ${p.citations.join(', ')})` : ''} — linje ${p.line}`;
            return h(
              'button',
              {
                type: 'button',
                class: `period${p.unknown ? ' unknown' : ''}${p.to ? '' : ' open-ended'}`,
                style: `left:${pct(start)};width:calc(${pct(end)} - ${pct(start)})`,
                title,
                'aria-label': title,
                onclick: () => app.reveal({ path, line: p.line, column: 1 }),
              },
              h('span', { class: 'period-value' }, p.unknown ? 'ukjent' : p.value.replace(/ kr$/, '')),
            );
          }),
        todayMark ? todayMark.cloneNode() : null,
      ),
    ),
  );
  const timeline = h(
    'div',
    { class: 'timeline', style: `--track-width:${trackWidth}px` },
    h('div', { class: 'axis' }, h('div', { class: 'lane-key' }, table.unit ?? ''), h('div', { class: 'lane-track' }, years)),
    lanes,
  );
  const scroller = h('div', { class: 'timeline-scroll' }, timeline);
  const hint = h('p', { class: 'timeline-hint' });
  // Show the most recent periods first.
  requestAnimationFrame(() => {
    scroller.scrollLeft = scroller.scrollWidth;
    if (scroller.scrollWidth > scroller.clientWidth + 4) hint.textContent = `← Rull sidelengs for eldre perioder (fra ${new Date(min).getUTCFullYear()}). Klikk en periode for å gå til raden.`;
    else hint.textContent = 'Klikk en periode for å gå til raden i tabellen.';
  });
  return h('div', null, scroller, hint);
}

/** The panel; `openGrid` shows a table as a grid in place of the text. */
export function mountTablesPanel(app: App, container: HTMLElement, isVisible: () => boolean, openGrid: (path: string, table: string) => void): { refresh(): void } {
  const refresh = async () => {
    const path = app.active;
    if (!path) {
      clear(container, h('p', { class: 'empty' }, 'Åpne en regelfil for å se satstabellene.'));
      return;
    }
    const tables = await app.client.call('tables', path);
    if (path !== app.active) return;
    const header = h('div', { class: 'panel-header' }, h('h2', null, 'Satstabeller'), h('span', { class: 'module-name' }, path));
    if (tables.length === 0) {
      const others: HTMLElement[] = [];
      for (const other of [...app.docs.keys()].sort()) {
        if (other === path) continue;
        const text = app.docs.get(other)?.model.getValue() ?? '';
        if (/^\s*(erstatt\s+)?tabell\s/m.test(text)) others.push(h('li', null, h('a', { href: '#', onclick: (e: Event) => { e.preventDefault(); app.open(other); } }, other)));
      }
      clear(container, header, h('p', { class: 'empty' }, 'Denne filen har ingen satstabeller.'), others.length > 0 ? h('div', null, h('p', null, 'Filer med satstabeller:'), h('ul', null, others)) : null);
      return;
    }
    clear(
      container,
      header,
      h('p', { class: 'legend' }, h('span', { class: 'swatch' }), ' periode med sats  ', h('span', { class: 'swatch unknown' }), ' ukjent periode  ', h('span', { class: 'swatch today-swatch' }), ' i dag'),
      tables.map((t) =>
        h(
          'section',
          { class: 'rate-table', 'data-table': t.name },
          h(
            'div',
            { class: 'rate-table-head' },
            h('h3', null, h('a', { href: '#', onclick: (e: Event) => { e.preventDefault(); app.reveal({ path, line: t.line, column: 1 }); } }, t.signature)),
            h('button', { type: 'button', class: 'open-grid', title: 'Vis og rediger tabellen som et rutenett; teksten oppdateres', onclick: () => openGrid(path, t.name) }, 'Rutenett'),
          ),
          timeline(app, path, t),
        ),
      ),
    );
  };
  const refreshSoon = debounce(() => void refresh(), 250);
  app.on('active', () => {
    if (isVisible()) void refresh();
  });
  app.on('analysis', () => {
    if (isVisible()) refreshSoon();
  });
  return { refresh: () => void refresh() };
}
