import type { BuiltinSymbol, EnumMemberSymbol, EnumSymbol, LkSymbol, ValueSymbol } from './symbols.js';
import { booleanType, dateType, decimalType, integerType, moneyType, monthType, textType, type Type } from './types.js';

/** Built-in names of the language (docs/language.md §3, "Built-in values and functions"). */

function builtin(role: BuiltinSymbol['role'], name: string, signature: string, doc: string, type?: Type): BuiltinSymbol {
  return { kind: 'builtin', role, name, signature, doc, type, module: undefined, nameSpan: undefined };
}

export type BuiltinFunctionName =
  | 'alder'
  | 'første_dag'
  | 'siste_dag'
  | 'måned_av'
  | 'år'
  | 'måned'
  | 'maks'
  | 'min'
  | 'sum'
  | 'antall'
  | 'noen'
  | 'alle'
  | 'liste'
  | 'distinkte'
  | 'plass'
  | 'rang'
  | 'avrund'
  | 'overstyrt';

const functionDocs: Record<BuiltinFunctionName, [string, string]> = {
  alder: ['alder(fødselsdato: dato, på: dato): heltall', 'Alder i hele år på datoen `på`.'],
  første_dag: ['første_dag(m: måned): dato', 'Den første dagen i måneden.'],
  siste_dag: ['siste_dag(m: måned): dato', 'Den siste dagen i måneden (28., 29., 30. eller 31.).'],
  måned_av: ['måned_av(d: dato): måned', 'Måneden datoen ligger i.'],
  år: ['år(d: dato eller måned): heltall', 'Årstallet, for eksempel 2024.'],
  måned: ['måned(d: dato eller måned): heltall', 'Månedens nummer i året, 1 for januar til 12 for desember.'],
  maks: ['maks(a, b, …)', 'Den største av verdiene (tall eller beløp av samme type), eller det største elementet i en liste.'],
  min: ['min(a, b, …)', 'Den minste av verdiene (tall eller beløp av samme type), eller det minste elementet i en liste.'],
  sum: ['sum(uttrykk for x i liste der betingelse)', 'Summen av tall eller beløp. Summen av en tom liste er null.'],
  antall: ['antall(liste)', 'Antall elementer (heltall).'],
  noen: ['noen(betingelse for x i liste)', 'Sann når minst ett element oppfyller betingelsen.'],
  alle: ['alle(betingelse for x i liste)', 'Sann når alle elementene oppfyller betingelsen (også for en tom liste).'],
  liste: [
    'liste(uttrykk for x i liste der betingelse etter nøkkel)',
    'Listen uttrykket gir for hvert element som oppfyller betingelsen, i listens rekkefølge eller, med «etter», ordnet etter nøkkelen (like nøkler beholder listens rekkefølge).',
  ],
  distinkte: [
    'distinkte(liste)',
    'Listen uten gjentakelser: hver verdi én gang, der den først forekommer. Også distinkte(uttrykk for x i liste …).',
  ],
  plass: [
    'plass(x): heltall',
    'Plassen (1, 2, 3, …) til elementet x i «… for x i liste der … etter …»: blant elementene som er med, i rekkefølgen «etter» gir; like nøkler i listens rekkefølge, så to elementer har aldri samme plass.',
  ],
  rang: [
    'rang(x): heltall',
    'Rangen til elementet x i «… for x i liste etter nøkkel»: 1 + antall elementer med nøkkel foran x sin. Like nøkler får samme rang, og det neste får plassen sin (1, 2, 2, 4).',
  ],
  avrund: ['avrund(x, steg, modus: Avrunding)', 'Runder av x til et multiplum av steg, for eksempel avrund(x, 50 kr, halv_opp).'],
  overstyrt: [
    'overstyrt(skjønn(argumenter)): sannhetsverdi',
    'Sann når saksbehandleren har overstyrt skjønnet (for disse argumentene) med en begrunnelse i saken, for eksempel overstyrt(barnets_behov(b)).',
  ],
};

export const builtinFunctions: ReadonlyMap<string, BuiltinSymbol> = new Map(
  (Object.keys(functionDocs) as BuiltinFunctionName[]).map((name) => {
    const [signature, doc] = functionDocs[name];
    return [name, builtin('function', name, signature, doc)];
  }),
);

export function isBuiltinFunction(symbol: LkSymbol, name: BuiltinFunctionName): boolean {
  return symbol === builtinFunctions.get(name);
}

export const builtinValues: ReadonlyMap<string, ValueSymbol> = new Map<string, ValueSymbol>([
  ['vurderingsdato', builtin('value', 'vurderingsdato', 'vurderingsdato: dato', 'Datoen beregningen gjelder for (vurderingstidspunktet).', dateType)],
  ['vurderingsmåned', builtin('value', 'vurderingsmåned', 'vurderingsmåned: måned', 'Måneden beregningen gjelder for.', monthType)],
  ...builtinFunctions,
]);

/** The built-in enumeration of rounding modes used by `avrund`. */
export const roundingModes: EnumSymbol = (() => {
  const members = new Map<string, EnumMemberSymbol>();
  const symbol: EnumSymbol = {
    kind: 'enum',
    name: 'Avrunding',
    decl: undefined,
    members,
    module: undefined,
    nameSpan: undefined,
    doc: 'Måter å runde av på: halv_opp, halv_ned, halv_partall, opp, ned.',
  };
  const docs: Record<string, string> = {
    halv_opp: 'Til nærmeste; midt mellom rundes opp (bort fra null).',
    halv_ned: 'Til nærmeste; midt mellom rundes ned (mot null).',
    halv_partall: 'Til nærmeste; midt mellom rundes til partall.',
    opp: 'Alltid opp (bort fra null).',
    ned: 'Alltid ned (mot null).',
  };
  for (const [name, doc] of Object.entries(docs)) {
    members.set(name, { kind: 'enum-member', name, owner: symbol, module: undefined, nameSpan: undefined, doc });
  }
  return symbol;
})();

/**
 * The types of the built-ins whose parameters or result do not depend on their arguments:
 * the checker checks calls against them, and completion proposes by them. (`maks`, `min`,
 * `sum`, `liste`, `distinkte` and `avrund`'s value are typed by their arguments, in the
 * checker; `plass` and `rang` take a comprehension's variable, of any type.)
 */
export const builtinParameterTypes: Partial<Record<BuiltinFunctionName, ReadonlyArray<Type | undefined>>> = {
  alder: [dateType, dateType],
  første_dag: [monthType],
  siste_dag: [monthType],
  måned_av: [dateType],
  avrund: [undefined, undefined, { kind: 'enum', symbol: roundingModes }],
};

export const builtinResultTypes: Partial<Record<BuiltinFunctionName, Type>> = {
  alder: integerType,
  første_dag: dateType,
  siste_dag: dateType,
  måned_av: monthType,
  år: integerType,
  måned: integerType,
  antall: integerType,
  plass: integerType,
  rang: integerType,
  noen: booleanType,
  alle: booleanType,
  overstyrt: booleanType,
};

export const builtinTypes: ReadonlyMap<string, LkSymbol> = new Map<string, LkSymbol>([
  ['beløp', builtin('type', 'beløp', 'beløp', 'Et eksakt beløp i kroner med øre.', moneyType)],
  ['tall', builtin('type', 'tall', 'tall', 'Et eksakt desimaltall.', decimalType)],
  ['heltall', builtin('type', 'heltall', 'heltall', 'Et helt tall.', integerType)],
  ['sannhetsverdi', builtin('type', 'sannhetsverdi', 'sannhetsverdi', 'sann eller usann.', booleanType)],
  ['tekst', builtin('type', 'tekst', 'tekst', 'En tekst.', textType)],
  ['dato', builtin('type', 'dato', 'dato', 'En kalenderdag, skrevet 2024-03-01.', dateType)],
  ['måned', builtin('type', 'måned', 'måned', 'En kalendermåned, skrevet 2024-03.', monthType)],
  ['Avrunding', roundingModes],
]);
