import { describe, expect, it } from 'vitest';
import { check, filesReached, parseHeader, reachedModules, type RuleSource } from '../../src/index';
import { ruleFiles } from '../../../../test/support/rule-files';

const paths = (files: readonly RuleSource[]) => files.map((file) => file.path);

describe('the files an entry reaches, from the headers alone', () => {
  const shipped = ruleFiles('rules');
  const program = check(shipped).program;

  it('are, for every module of the shipped rules, the files of the modules the checker finds it reaches', () => {
    expect(program.modules.size).toBeGreaterThan(30);
    for (const module of program.modules.values()) {
      const reached = new Set(reachedModules(module).map((m) => m.file.path));
      expect(paths(filesReached(shipped, module.name)), module.name).toEqual(paths(shipped).filter((path) => reached.has(path)));
    }
  });

  it('without an entry, are those of the module marked (standard): the decision and the five it reaches', () => {
    expect(paths(filesReached(shipped, undefined)).sort()).toEqual([
      'rules/satser/veiledende-satser.lov',
      'rules/sosialtjenesteloven/paragraf-18.lov',
      'rules/sosialtjenesteloven/paragraf-19.lov',
      'rules/sosialtjenesteloven/paragraf-20a.lov',
      'rules/sosialtjenesteloven/soknad.lov',
      'rules/sosialtjenesteloven/vedtak.lov',
    ]);
  });

  const files = (...texts: string[]): RuleSource[] => texts.map((text, i) => ({ path: `f${i}.lov`, text }));

  it('follow `variant av` and `bruk`, transitively, and not what uses the entry', () => {
    const set = files('modul a\nbruk b\n', 'modul b\nbruk c\n', 'modul c\n', 'modul v variant av a\n', 'modul d\nbruk a\n');
    expect(paths(filesReached(set, 'a'))).toEqual(['f0.lov', 'f1.lov', 'f2.lov']);
    expect(paths(filesReached(set, 'v'))).toEqual(['f0.lov', 'f1.lov', 'f2.lov', 'f3.lov']);
    expect(paths(filesReached(set, 'c'))).toEqual(['f2.lov']);
  });

  it('leave out a file with an error the entry does not reach, and keep one it does', () => {
    const set = files('modul a\nbruk b\n\nregel r: heltall = 1\n', 'modul b\n\nregel s: heltall = )\n', 'modul c\n\nregel t: heltall = )\n');
    expect(paths(filesReached(set, 'a'))).toEqual(['f0.lov', 'f1.lov']);
  });

  it('are all the files when the headers cannot tell', () => {
    const all = (set: RuleSource[], entry: string | undefined) => expect(paths(filesReached(set, entry))).toEqual(paths(set));
    // A header that does not parse, or a file without one.
    all(files('modul a\nbruk b\n', 'modul b c\n'), 'a');
    all(files('modul a\nbruk b\n', 'regel r: heltall = 1\n'), 'a');
    // A lexical problem in what was read of the file.
    all(files('modul a\n\nregel r: heltall = 1 @\n', 'modul b\n'), 'a');
    // A module declared in two files.
    all(files('modul a\n', 'modul a\n', 'modul b\n'), 'b');
    // An entry not found; none named and none, or two, marked (standard).
    all(files('modul a\n', 'modul b\n'), 'c');
    all(files('modul a\n', 'modul b\n'), undefined);
    all(files('modul a  (standard)\n', 'modul b  (standard)\n', 'modul c\n'), undefined);
  });
});

describe('a file header', () => {
  it('is the `modul` line and the `bruk` lines, with comments between, up to the first declaration', () => {
    const header = parseHeader('## Om modulen.\nmodul x.y variant av x  (standard)\n\n# bruk z\nbruk a.b\nbruk c\n\nregel r: heltall = 1\nbruk d\n');
    expect(header?.module.name.text).toBe('x.y');
    expect(header?.module.variantOf?.text).toBe('x');
    expect(header?.module.marks.map((mark) => mark.text)).toEqual(['standard']);
    expect(header?.uses.map((use) => use.module.text)).toEqual(['a.b', 'c']);
  });

  it('is not read from a file that does not begin with `modul`, or whose header has a syntax error', () => {
    expect(parseHeader('bruk a\nmodul b\n')).toBeUndefined();
    expect(parseHeader('modul a\nbruk\n')).toBeUndefined();
    expect(parseHeader('')).toBeUndefined();
  });
});
