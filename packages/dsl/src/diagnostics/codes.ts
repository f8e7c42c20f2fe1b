/**
 * Every diagnostic code of the language front end, with its severity and a short title.
 * This table is the single source: the checker, the CLI, the editor and
 * `docs/diagnostics.md` (kept in step by a test) refer to these codes.
 */

export type Severity = 'error' | 'warning';

export interface DiagnosticCodeInfo {
  readonly severity: Severity;
  /** A short Norwegian title, used as the heading in the documentation. */
  readonly title: string;
}

export const diagnosticCodes = {
  // 1xxx — characters and syntax
  LK1001: { severity: 'error', title: 'Ukjent tegn' },
  LK1002: { severity: 'error', title: 'Teksten mangler avsluttende anførselstegn' },
  LK1003: { severity: 'error', title: 'Syntaksfeil' },
  LK1004: { severity: 'error', title: 'For dypt nestet' },
  LK1005: { severity: 'error', title: 'Modulnavn mangler eller står feil' },
  LK1006: { severity: 'error', title: 'Ugyldig dato eller måned' },
  LK1007: { severity: 'error', title: 'For mange feil i filen' },
  LK1008: { severity: 'error', title: 'Beløp med mer enn to desimaler' },
  LK1009: { severity: 'error', title: 'Filen er ikke UTF-8' },
  LK1010: { severity: 'error', title: 'Filen er for stor' },

  // 2xxx — names, modules and declarations
  LK2001: { severity: 'error', title: 'Ukjent navn' },
  LK2002: { severity: 'error', title: 'Navnet er deklarert flere ganger' },
  LK2003: { severity: 'error', title: 'Ukjent modul' },
  LK2004: { severity: 'error', title: 'Navnet er tvetydig' },
  LK2005: { severity: 'error', title: 'Ukjent type' },
  LK2006: { severity: 'error', title: 'Ukjent felt' },
  LK2007: { severity: 'error', title: 'Ukjent kilde' },
  LK2008: { severity: 'error', title: 'Modulnavnet er brukt av en annen fil' },
  LK2009: { severity: 'error', title: 'Moduler som bruker hverandre i ring' },
  LK2010: { severity: 'error', title: 'Ukjent verdi i valg' },
  LK2011: { severity: 'error', title: 'Det finnes ikke noe å erstatte' },
  LK2013: { severity: 'error', title: '«erstatt» utenfor en variant' },
  LK2014: { severity: 'error', title: 'Ikke tillatt i en variant' },
  LK2015: { severity: 'warning', title: 'Kilden er ikke brukt' },
  LK2016: { severity: 'error', title: 'Verdien finnes allerede i valget' },
  LK2017: { severity: 'error', title: 'Feltet finnes allerede' },
  LK2018: { severity: 'error', title: 'Inndatafeltet er deklarert flere ganger' },
  LK2019: { severity: 'error', title: 'Ukjent feltvalg' },
  LK2020: { severity: 'error', title: 'Flere vurderingstidspunkt' },
  LK2021: { severity: 'error', title: 'Navnet er reservert' },
  LK2022: { severity: 'error', title: 'Ugyldig merke på modulen' },
  LK2023: { severity: 'error', title: '«utvid» utenfor en variant' },
  LK2024: { severity: 'error', title: 'Det finnes ikke noe valg å utvide' },
  LK2025: { severity: 'error', title: 'Gyldighetsperiode på en utvidelse av et valg' },
  LK2026: { severity: 'error', title: 'Ukjent ledd eller punktum' },
  LK2027: { severity: 'error', title: 'Kilden har ingen lovtekst' },
  LK2028: { severity: 'error', title: 'Punktumet er lagret to ganger for samme tid' },
  LK2029: { severity: 'error', title: 'Ugyldig nummer på ledd eller punktum' },
  LK2030: { severity: 'error', title: 'Gyldighetsperiode på en test' },
  LK2031: { severity: 'error', title: 'Variant med samme navn som grunnmodulen, uten «erstatt»' },

  // 3xxx — types
  LK3001: { severity: 'error', title: 'Feil type' },
  LK3002: { severity: 'error', title: 'Beløp blandet med tall uten enhet' },
  LK3003: { severity: 'error', title: 'Operasjonen passer ikke til typene' },
  LK3004: { severity: 'error', title: 'Dato sammenlignet med måned' },
  LK3005: { severity: 'error', title: 'Feil antall argumenter' },
  LK3006: { severity: 'error', title: 'Kan ikke kalles' },
  LK3007: { severity: 'error', title: 'Ukjent type på posten' },
  LK3008: { severity: 'error', title: 'Felt mangler i posten' },
  LK3009: { severity: 'error', title: 'Krever en liste' },
  LK3010: { severity: 'error', title: 'Ugyldig standardverdi' },
  LK3012: { severity: 'error', title: 'Erstatningen har en annen signatur' },
  LK3013: { severity: 'error', title: 'Utdata må være en verdi uten parametre' },
  LK3014: { severity: 'error', title: '«per» etter noe som ikke er et tabelloppslag' },
  LK3015: { severity: 'error', title: 'Kan ikke ordnes etter denne nøkkelen' },
  LK3016: { severity: 'error', title: 'Plassen eller rangen er ikke kjent her' },
  LK3017: { severity: 'error', title: 'Bare et skjønn kan være overstyrt' },

  // 4xxx — rules, exceptions, citations
  LK4001: { severity: 'error', title: 'Regelen mangler kilde' },
  LK4002: { severity: 'error', title: 'Unntaket mangler kilde' },
  LK4003: { severity: 'error', title: 'Definisjonen avhenger av seg selv' },
  LK4004: { severity: 'error', title: 'Ukjent unntak' },
  LK4005: { severity: 'error', title: 'Unntaket finnes allerede' },
  LK4006: { severity: 'warning', title: 'Unntaket kan aldri gjelde' },
  LK4007: { severity: 'error', title: 'Motstridende definisjoner' },
  LK4009: { severity: 'error', title: 'Gyldighetsperioden slutter før den begynner' },
  LK4010: { severity: 'error', title: 'Unntak i ring' },
  LK4011: { severity: 'error', title: 'Uleselig innsetting i forklaringen' },

  // 5xxx — rate tables
  LK5001: { severity: 'error', title: 'Ugyldig kolonne i tabellhodet' },
  LK5002: { severity: 'error', title: 'Kolonne mangler i tabellhodet' },
  LK5003: { severity: 'error', title: 'Dobbel rad' },
  LK5004: { severity: 'error', title: 'Overlappende rader' },
  LK5005: { severity: 'error', title: 'Radene står ikke i datorekkefølge' },
  LK5006: { severity: 'error', title: 'Raden mangler kilde' },
  LK5007: { severity: 'error', title: 'Feil antall celler' },
  LK5008: { severity: 'error', title: 'Feil verdi i cellen' },
  LK5009: { severity: 'error', title: 'Nøkkel mangler i tabellen' },
  LK5010: { severity: 'warning', title: 'Hull mellom radene' },
  LK5011: { severity: 'error', title: 'Tabellen har ingen rader' },
  LK5012: { severity: 'error', title: 'Ugyldig nøkkeltype' },
  LK5013: { severity: 'warning', title: 'Tabellen har ingen rad for en verdi varianten legger til' },
  LK5014: { severity: 'warning', title: 'Beløpet blir mer enn fem ganger så stort eller mindre enn en femdel' },

  // 6xxx — tests
  LK6001: { severity: 'error', title: 'Testen viser til ukjent utdata' },
  LK6002: { severity: 'error', title: 'Ukjent inndatafelt i testen' },
  LK6003: { severity: 'error', title: 'Påkrevd inndata mangler i testen' },
  LK6004: { severity: 'error', title: 'Overstyring av ukjent skjønn' },
  LK6005: { severity: 'error', title: 'Overstyring uten begrunnelse' },
  LK6006: { severity: 'error', title: 'Testen har ikke noe vurderingstidspunkt' },
  LK6007: { severity: 'error', title: 'Testnavnet er brukt før' },

  // 7xxx — evaluation (reported by the engine for one case)
  LK7001: { severity: 'error', title: 'Ingen definisjon gjelder' },
  LK7002: { severity: 'error', title: 'To definisjoner gjelder samtidig' },
  LK7003: { severity: 'error', title: 'Ukjent periode i tabellen' },
  LK7004: { severity: 'error', title: 'Deling med null' },
  LK7005: { severity: 'error', title: 'Ugyldig inndata' },
  LK7006: { severity: 'error', title: 'Ugyldig overstyring' },
  LK7007: { severity: 'error', title: 'For store inndata' },
  LK7008: { severity: 'error', title: 'Beløpet er ikke et helt antall øre' },
  LK7009: { severity: 'error', title: 'Inndataene kan ikke leses entydig' },
  LK7010: { severity: 'error', title: 'Verdien kan ikke regnes eksakt i SQL' },
} as const satisfies Record<string, DiagnosticCodeInfo>;

export type DiagnosticCode = keyof typeof diagnosticCodes;
