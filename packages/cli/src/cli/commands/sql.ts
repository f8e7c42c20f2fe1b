import type { DialectName, StagedQuery } from '@lovkode/sql';
import { exitCodeHelp, flag, stringOption, usageError, type Command } from '../args.js';
import { CliError, ExitCode } from '../io.js';
import { loadRules } from '../rules.js';
import { loadSqlPart } from './sql-package.js';

export const sqlCommand: Command = {
  name: 'sql',
  summary: 'skriver SQL som beregner utdataene for alle saker i inndatatabellene',
  help: `Bruk: lovkode sql <regler…> --dialect duckdb|postgres|spark [--module M]
                    [--layout | --stages] [--outputs a,b] [--date D]

Oversetter regelsettet til én SQL-spørring som beregner utdataene for hver sak i
de normaliserte inndatatabellene (sak, sak__<liste>; se docs/sql.md). Beløp er
DECIMAL(18,2); ubestemte verdier og feil (LK7001–LK7004, og LK7010 for en
verdi som ikke kan regnes eksakt i SQL) står per rad.

Det SQL ikke kan uttrykke (sporingen, begrunnelsen) eller som ikke er oversatt
ennå, avvises med en melding om hva og hvor (avslutningskode 1) — aldri
tilnærmet.

Valg:
  --dialect D     duckdb, postgres eller spark (påkrevd)
  --module M      modulen som skal beregnes
  --layout        skriver tabellene (CREATE TABLE) i stedet for spørringen
  --stages        (postgres) skriver spørringen som setninger: hvert delte trinn
                  en midlertidig tabell med nøklene analysert, så planleggeren
                  kjenner radene, og tabellene slettes etter spørringen
                  (docs/sql.md §5)
  --outputs a,b   beregner disse reglene i stedet for utdata
  --date D        vurderingstidspunkt for alle saker (ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM)
  --explain, --begrunnelse
                  avvises: en spørring beregner verdier, ikke sporingen
  -h, --help      viser denne hjelpen

${exitCodeHelp}`,
  options: { dialect: { type: 'string' }, module: { type: 'string' }, layout: { type: 'boolean' }, stages: { type: 'boolean' }, outputs: { type: 'string' }, date: { type: 'string' }, explain: { type: 'boolean' }, begrunnelse: { type: 'boolean' } },
  async run(args, io) {
    if (args.positionals.length === 0) throw usageError('sql', 'mangler regelfiler eller mapper');
    const { compileSql, dialectNames, dialects, layoutDdl, stagedStatements, SqlRefusal } = await loadSqlPart('sql', () => import('@lovkode/sql'));
    const dialect = stringOption(args, 'dialect');
    if (!dialect || !dialectNames.includes(dialect as DialectName)) throw usageError('sql', `--dialect må være ${dialectNames.join(', ')}`);
    if (flag(args, 'stages') && (dialect !== 'postgres' || flag(args, 'layout'))) throw usageError('sql', '--stages gjelder bare --dialect postgres, og ikke sammen med --layout');
    if (flag(args, 'explain') || flag(args, 'begrunnelse')) {
      throw new CliError('sporingen og begrunnelsen kan ikke beregnes i SQL: en spørring gir verdiene, ikke hvordan de ble til; forklar én sak med «lovkode run --explain»', ExitCode.failed);
    }
    const rules = await loadRules(io, args.positionals, stringOption(args, 'module'));
    const outputs = stringOption(args, 'outputs')?.split(',').map((name) => name.trim()).filter(Boolean);
    const date = stringOption(args, 'date');
    try {
      const program = compileSql(rules, { dialect: dialect as DialectName, ...(outputs ? { outputs } : {}), ...(date ? { asOf: date } : {}) });
      const text = flag(args, 'layout') ? layoutDdl(dialects[dialect as DialectName], program.layout) : flag(args, 'stages') ? stagedText(stagedStatements(program)) : `${program.sql};`;
      await io.out(`${text}\n`);
      return ExitCode.ok;
    } catch (error) {
      if (error instanceof SqlRefusal) throw new CliError(`kan ikke oversettes til SQL: ${error.message}`, ExitCode.failed);
      throw error;
    }
  },
};

/** The staged query as a script (`psql -f`): the shared stages, the final `SELECT`, then the temporary tables dropped. */
function stagedText(staged: StagedQuery): string {
  return [...staged.statements, staged.select, ...(staged.drop ? [staged.drop] : [])].map((s) => `${s};`).join('\n');
}
