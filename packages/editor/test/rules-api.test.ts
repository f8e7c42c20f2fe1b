import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHash, listRuleFiles, resolveRulePath, saveRuleFile } from '../server/rules-api';

const root = mkdtempSync(path.join(tmpdir(), 'lovkode-rules-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('rules API', () => {
  it('lists .lov files recursively, sorted, and an absent root as empty', async () => {
    mkdirSync(path.join(root, 'b'), { recursive: true });
    writeFileSync(path.join(root, 'b', 'x.lov'), 'modul b.x\n');
    writeFileSync(path.join(root, 'a.lov'), 'modul a\n');
    writeFileSync(path.join(root, 'README.md'), '# no');
    const files = await listRuleFiles(root);
    expect(files.map((f) => f.path)).toEqual(['a.lov', 'b/x.lov']);
    expect(files[0]?.hash).toBe(contentHash('modul a\n'));
    expect(await listRuleFiles(path.join(root, 'missing'))).toEqual([]);
  });

  it('refuses paths outside the root or not ending in .lov', () => {
    expect(resolveRulePath(root, '../x.lov')).toBeUndefined();
    expect(resolveRulePath(root, '/etc/x.lov')).toBeUndefined();
    expect(resolveRulePath(root, 'a/../../x.lov')).toBeUndefined();
    expect(resolveRulePath(root, 'a.txt')).toBeUndefined();
    expect(resolveRulePath(root, 'b/x.lov')).toBe(path.join(root, 'b', 'x.lov'));
  });

  it('saves only over the version that was loaded; a changed file is a conflict', async () => {
    const loaded = contentHash('modul a\n');
    const saved = await saveRuleFile(root, 'a.lov', 'modul a\n# mine\n', loaded, false);
    expect(saved.kind).toBe('saved');
    // Someone else changes the file on disk.
    writeFileSync(path.join(root, 'a.lov'), 'modul a\n# theirs\n');
    const second = await saveRuleFile(root, 'a.lov', 'modul a\n# mine again\n', saved.kind === 'saved' ? saved.hash : '', false);
    expect(second.kind).toBe('conflict');
    expect(second.kind === 'conflict' && second.current?.text).toBe('modul a\n# theirs\n');
    expect(readFileSync(path.join(root, 'a.lov'), 'utf8')).toBe('modul a\n# theirs\n');
    // A new file needs If-None-Match: *, and an existing one may not be created again.
    expect((await saveRuleFile(root, 'c/new.lov', 'modul c\n', undefined, true)).kind).toBe('saved');
    expect((await saveRuleFile(root, 'c/new.lov', 'modul c\n', undefined, true)).kind).toBe('conflict');
    expect((await saveRuleFile(root, 'a.lov', 'x', undefined, false)).kind).toBe('invalid');
  });
});
