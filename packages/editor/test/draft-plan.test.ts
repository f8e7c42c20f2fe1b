import { describe, expect, it } from 'vitest';
import { planDrafts } from '../src/app/draft-plan';
import { mergeJournal, type Draft } from '../src/app/drafts';

const ME = 'denne';
const OPEN = 'åpen';
const CLOSED = 'lukket';
const disk = [{ path: 'a.lov', text: 'modul a\n' }];
const draft = (tab: string, text: string, updated = 1, path = 'a.lov', baseHash: string | undefined = 'sha256-a'): Draft => ({ tab, path, text, baseHash, updated });

describe('planDrafts: no tab loses unsaved work', () => {
  it("restores this tab's own draft and offers an open tab's, which only that tab may discard", () => {
    const mine = draft(ME, 'modul a\n# min\n', 1);
    const theirs = draft(OPEN, 'modul a\n# deres\n', 2);
    const plan = planDrafts(ME, disk, new Set(), [mine, theirs], new Set([ME, OPEN]));
    expect(plan.restore.get('a.lov')).toBe(mine);
    expect(plan.offers).toEqual([{ draft: theirs, tabOpen: true }]);
    expect(plan.adopted).toEqual([]);
    expect(plan.obsolete).toEqual([]);
  });

  it("takes over the newest draft of a closed tab when it has none of its own, and offers the others", () => {
    const older = draft(CLOSED, 'modul a\n# eldre\n', 1);
    const newer = draft('lukket-2', 'modul a\n# nyere\n', 5);
    const plan = planDrafts(ME, disk, new Set(), [older, newer], new Set([ME]));
    expect(plan.restore.get('a.lov')).toBe(newer);
    expect(plan.adopted).toEqual([newer]);
    expect(plan.offers).toEqual([{ draft: older, tabOpen: false }]);
  });

  it("never takes over an open tab's draft, nor any other tab's when the browser cannot tell which are open", () => {
    const theirs = draft(OPEN, 'modul a\n# deres\n');
    expect(planDrafts(ME, disk, new Set(), [theirs], new Set([ME, OPEN])).restore.size).toBe(0);
    const unknown = planDrafts(ME, disk, new Set(), [draft(CLOSED, 'modul a\n# x\n')], undefined);
    expect(unknown.restore.size).toBe(0);
    expect(unknown.offers.map((o) => o.tabOpen)).toEqual([true]);
  });

  it("removes drafts equal to the file on disk, except an open tab's", () => {
    const same = [draft(ME, 'modul a\n'), draft(CLOSED, 'modul a\n'), draft(OPEN, 'modul a\n')];
    const plan = planDrafts(ME, disk, new Set(), same, new Set([ME, OPEN]));
    expect(plan.obsolete).toEqual([same[0], same[1]]);
    expect(plan.restore.size).toBe(0);
    expect(plan.offers).toEqual([]);
  });

  it('does not offer the same work twice: a closed tab with the same text as the restored draft is removed', () => {
    const mine = draft(ME, 'modul a\n# samme\n');
    const copy = draft(CLOSED, 'modul a\n# samme\n');
    const plan = planDrafts(ME, disk, new Set(), [mine, copy], new Set([ME]));
    expect(plan.offers).toEqual([]);
    expect(plan.obsolete).toEqual([copy]);
  });

  it('restores a new file that exists only as a draft, and offers (not restores) the draft of a file deleted on disk', () => {
    const created: Draft = { tab: ME, path: 'ny.lov', text: 'modul ny\n', baseHash: undefined, updated: 1 };
    const deleted = draft(ME, 'modul borte\n# endret\n', 1, 'borte.lov', 'sha256-borte');
    const plan = planDrafts(ME, disk, new Set(), [created, deleted], new Set([ME]));
    expect(plan.restore.get('ny.lov')).toBe(created);
    expect(plan.restore.has('borte.lov')).toBe(false);
    expect(plan.offers).toEqual([{ draft: deleted, tabOpen: false }]);
  });

  it('leaves the drafts of an unreadable file alone', () => {
    const plan = planDrafts(ME, [], new Set(['a.lov']), [draft(ME, 'modul a\n# min\n'), draft(CLOSED, 'modul a\n# x\n')], new Set([ME]));
    expect(plan).toEqual({ restore: new Map(), adopted: [], offers: [], obsolete: [] });
  });
});

describe('mergeJournal: what a tab wrote as it went away', () => {
  it('takes a newer journal entry over the stored draft, keeps a newer stored one, and an entry without text removes the draft', () => {
    const stored = [draft(ME, 'gammel', 1), draft(OPEN, 'lagret senere', 9), draft(CLOSED, 'utkast', 1)];
    const merged = mergeJournal(stored, [
      { tab: ME, path: 'a.lov', text: 'fra journalen', baseHash: 'sha256-a', updated: 2 },
      { tab: OPEN, path: 'a.lov', text: 'eldre journal', baseHash: 'sha256-a', updated: 3 },
      { tab: CLOSED, path: 'a.lov', text: null, baseHash: 'sha256-a', updated: 2 },
      { tab: ME, path: 'ny.lov', text: 'modul ny\n', baseHash: undefined, updated: 2 },
    ]);
    expect(merged.map((d) => [d.tab, d.path, d.text])).toEqual([
      [ME, 'a.lov', 'fra journalen'],
      [OPEN, 'a.lov', 'lagret senere'],
      [ME, 'ny.lov', 'modul ny\n'],
    ]);
  });
});
