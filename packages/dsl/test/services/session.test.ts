import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/check';
import { references } from '../../src/services/definition';
import { hover } from '../../src/services/hover';
import { ServiceSession } from '../../src/services/session';
import { grunn, twoFiles } from './fixtures';
import { find } from './helpers';

describe('a service session', () => {
  it('builds the occurrence index once and keeps it for the requests of its check', () => {
    const session = new ServiceSession(twoFiles());
    const index = session.occurrences();
    expect(hover(session, 'grunn.lov', find(grunn, 'grunnsats', 2))).toBeDefined();
    expect(references(session, 'grunn.lov', find(grunn, 'grunnsats', 2)).length).toBeGreaterThan(1);
    expect(session.occurrences() === index).toBe(true);
  });

  it('belongs to one check: another check of the same text has its own index with the same answers', () => {
    const first = new ServiceSession(twoFiles());
    const second = new ServiceSession(twoFiles());
    // (identity only: a deep comparison of two indexes walks every symbol's cyclic graph)
    expect(second.occurrences() === first.occurrences()).toBe(false);
    const at = find(grunn, 'grunnsats', 2);
    expect(references(second, 'grunn.lov', at)).toEqual(references(first, 'grunn.lov', at));
  });

  it('answers for the check it was made with, not for a later one', () => {
    const before = new ServiceSession(check([{ path: 'a.lov', text: 'modul a\nregel x: heltall\n  = 1\n' }]));
    const after = new ServiceSession(check([{ path: 'a.lov', text: 'modul a\nregel y: heltall\n  = 1\n' }]));
    expect(hover(before, 'a.lov', { line: 2, column: 7 })?.contents).toContain('x');
    expect(hover(after, 'a.lov', { line: 2, column: 7 })?.contents).toContain('y');
    expect(hover(before, 'a.lov', { line: 2, column: 7 })?.contents).not.toContain('regel y');
  });
});
