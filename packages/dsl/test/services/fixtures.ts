import { check, type RuleSource } from '../../src/check/check';
import type { Location } from '../../src/services/positions';
import { find } from './helpers';

/** Two modules, one using the other: the fixture of the cross-file tests. */
export const grunn = `modul sosialhjelp.grunn

kilde stl18 "Sosialtjenesteloven § 18"  <https://lovdata.no/lov/2009-12-18-131/§18>

valg Sivilstand { enslig, par }
type Barn { fødselsdato: dato }

inndata Søknad {
  beregningsmåned: måned  (vurderingstidspunkt)
  sivilstand:      Sivilstand
  barn:            liste av Barn = []
}

## Grunnsatsen for en voksen.
regel grunnsats: beløp  (kilde stl18)
  = 7 850 kr

skjønn tillegg: beløp  (kilde stl18)
  veiledende = 0 kr
`;

export const hoved = `modul sosialhjelp.hoved
bruk sosialhjelp.grunn

kilde h "Hovedkilde"

utdata stønad

regel sats(s: Sivilstand): beløp  (kilde h, stl18)
  = hvis s = enslig så grunnsats ellers grunnsats * 2
  unntak par_med_barn  (kilde h)
    når s = par og antall(barn) > 0 så grunnsats * 3
  unntak mange_barn til par_med_barn  (kilde h)
    når antall(b for b i barn der b.fødselsdato > 2010-01-01) > 3 så grunnsats * 4
  forklaring "Satsen er {verdi} for {s}, grunnsatsen er {grunnsats}."

regel stønad: beløp  (kilde h)
  = sats(sivilstand) + tillegg

test "Enslig"
  gitt beregningsmåned = 2024-03, sivilstand = enslig
  overstyr tillegg = 100 kr  begrunnelse "Fordi"
  forvent stønad = 7 950 kr
`;

export const fixtureFiles = (): RuleSource[] => [
  { path: 'grunn.lov', text: grunn },
  { path: 'hoved.lov', text: hoved },
];

export const twoFiles = () => check(fixtureFiles());

/**
 * The location of `name` inside the `nth` occurrence of `context` in a file (`name` defaults to
 * the whole context), as the services report it.
 */
export function loc(path: string, text: string, context: string, name = context, nth = 0): Location {
  let index = -1;
  for (let n = 0; n <= nth; n++) {
    index = text.indexOf(context, index + 1);
    if (index < 0) throw new Error(`«${context}» (${nth}) not found`);
  }
  const within = context.indexOf(name);
  if (within < 0) throw new Error(`«${name}» not in «${context}»`);
  const start = find(text, context, within, nth);
  return { path, ...start, endLine: start.line, endColumn: start.column + name.length };
}
