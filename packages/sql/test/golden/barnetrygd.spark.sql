-- lovkode sql --dialect spark (barnetrygd): the input tables, then the query

CREATE TABLE sak (
  sak_id BIGINT NOT NULL,
  `måned` DATE NOT NULL,
  `enslig_forsørger` BOOLEAN,
  `rett_til_småbarnstillegg` BOOLEAN
);

CREATE TABLE sak__barn (
  sak_id BIGINT NOT NULL,
  nr BIGINT NOT NULL,
  `fødselsdato` DATE NOT NULL
);

WITH
tabell_1 AS (
  SELECT * FROM VALUES ('ordinær_under_6', CAST(NULL AS DATE), DATE '2003-01-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300001' || 'Tabellen «barnetrygdsats» har ingen verdi for ordinær_under_6 ', ': første rad gjelder fra 2003-01-01'),
    ('ordinær_under_6', DATE '2003-01-01', DATE '2008-01-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300002' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_under_6 ', ' (perioden fra 2003-01-01): Satsene før 1. januar 2008 er ikke registrert: statsbudsjettet 2003 oppgir 11 664 kr i året (972 kr i måneden), og når satsen ble 970 kr, er ikke verifisert'),
    ('ordinær_under_6', DATE '2008-01-01', DATE '2019-03-01', CAST(970 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_under_6', DATE '2019-03-01', DATE '2020-09-01', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_under_6', DATE '2020-09-01', DATE '2021-09-01', CAST(1354 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_under_6', DATE '2021-09-01', DATE '2022-01-01', CAST(1654 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_under_6', DATE '2022-01-01', DATE '2023-01-01', CAST(1676 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_under_6', DATE '2023-01-01', DATE '2023-07-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300003' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_under_6 ', ' (perioden fra 2023-01-01): Satsene fra 1. januar til 30. juni 2023 er ikke verifisert fra en offisiell kilde (pressen melder nye satser fra 1. mars 2023)'),
    ('ordinær_under_6', DATE '2023-07-01', DATE '2024-01-01', CAST(1766 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_under_6', DATE '2024-01-01', DATE '2025-05-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300004' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_under_6 ', ' (perioden fra 2024-01-01): Satsene fra 1. januar 2024 til 30. april 2025 er ikke verifisert fra en offisiell kilde (statsbudsjettet og revidert nasjonalbudsjett for 2024 mangler)'),
    ('ordinær_under_6', DATE '2025-05-01', DATE '2026-01-01', CAST(1968 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_under_6', DATE '2026-01-01', CAST(NULL AS DATE), CAST(NULL AS DECIMAL(18,2)), 'LK700300005' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_under_6 ', ' (perioden fra 2026-01-01): Satsene fra 1. januar 2026 er ikke registrert (statsbudsjettet for 2026 mangler)'),
    ('ordinær_fra_6', CAST(NULL AS DATE), DATE '2003-01-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300006' || 'Tabellen «barnetrygdsats» har ingen verdi for ordinær_fra_6 ', ': første rad gjelder fra 2003-01-01'),
    ('ordinær_fra_6', DATE '2003-01-01', DATE '2008-01-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300007' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_fra_6 ', ' (perioden fra 2003-01-01): Satsene før 1. januar 2008 er ikke registrert: statsbudsjettet 2003 oppgir 11 664 kr i året (972 kr i måneden), og når satsen ble 970 kr, er ikke verifisert'),
    ('ordinær_fra_6', DATE '2008-01-01', DATE '2019-03-01', CAST(970 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_fra_6', DATE '2019-03-01', DATE '2020-09-01', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_fra_6', DATE '2020-09-01', DATE '2021-09-01', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_fra_6', DATE '2021-09-01', DATE '2022-01-01', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_fra_6', DATE '2022-01-01', DATE '2023-01-01', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_fra_6', DATE '2023-01-01', DATE '2023-07-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300008' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_fra_6 ', ' (perioden fra 2023-01-01): Satsene fra 1. januar til 30. juni 2023 er ikke verifisert fra en offisiell kilde (pressen melder nye satser fra 1. mars 2023)'),
    ('ordinær_fra_6', DATE '2023-07-01', DATE '2024-01-01', CAST(1310 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_fra_6', DATE '2024-01-01', DATE '2025-05-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300009' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_fra_6 ', ' (perioden fra 2024-01-01): Satsene fra 1. januar 2024 til 30. april 2025 er ikke verifisert fra en offisiell kilde (statsbudsjettet og revidert nasjonalbudsjett for 2024 mangler)'),
    ('ordinær_fra_6', DATE '2025-05-01', DATE '2026-01-01', CAST(1968 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_fra_6', DATE '2026-01-01', CAST(NULL AS DATE), CAST(NULL AS DECIMAL(18,2)), 'LK700300010' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_fra_6 ', ' (perioden fra 2026-01-01): Satsene fra 1. januar 2026 er ikke registrert (statsbudsjettet for 2026 mangler)'),
    ('utvidet', CAST(NULL AS DATE), DATE '2003-01-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300011' || 'Tabellen «barnetrygdsats» har ingen verdi for utvidet ', ': første rad gjelder fra 2003-01-01'),
    ('utvidet', DATE '2003-01-01', DATE '2008-01-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300012' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ', ' (perioden fra 2003-01-01): Satsene før 1. januar 2008 er ikke registrert: statsbudsjettet 2003 oppgir 11 664 kr i året (972 kr i måneden), og når satsen ble 970 kr, er ikke verifisert'),
    ('utvidet', DATE '2008-01-01', DATE '2019-03-01', CAST(970 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('utvidet', DATE '2019-03-01', DATE '2020-09-01', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('utvidet', DATE '2020-09-01', DATE '2021-09-01', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('utvidet', DATE '2021-09-01', DATE '2022-01-01', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('utvidet', DATE '2022-01-01', DATE '2023-01-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300013' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ', ' (perioden fra 2022-01-01): Satsene for utvidet barnetrygd og småbarnstillegg fra 1. januar 2022 er ikke verifisert fra en offisiell kilde'),
    ('utvidet', DATE '2023-01-01', DATE '2023-07-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300014' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ', ' (perioden fra 2023-01-01): Satsene fra 1. januar til 30. juni 2023 er ikke verifisert fra en offisiell kilde (pressen melder nye satser fra 1. mars 2023)'),
    ('utvidet', DATE '2023-07-01', DATE '2024-01-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300015' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ', ' (perioden fra 2023-07-01): Satsene for utvidet barnetrygd og småbarnstillegg fra 1. juli 2023 er ikke verifisert fra en offisiell kilde'),
    ('utvidet', DATE '2024-01-01', DATE '2025-05-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300016' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ', ' (perioden fra 2024-01-01): Satsene fra 1. januar 2024 til 30. april 2025 er ikke verifisert fra en offisiell kilde (statsbudsjettet og revidert nasjonalbudsjett for 2024 mangler)'),
    ('utvidet', DATE '2025-05-01', DATE '2026-01-01', CAST(2516 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('utvidet', DATE '2026-01-01', CAST(NULL AS DATE), CAST(NULL AS DECIMAL(18,2)), 'LK700300017' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ', ' (perioden fra 2026-01-01): Satsene fra 1. januar 2026 er ikke registrert (statsbudsjettet for 2026 mangler)'),
    ('småbarnstillegg', CAST(NULL AS DATE), DATE '2003-01-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300018' || 'Tabellen «barnetrygdsats» har ingen verdi for småbarnstillegg ', ': første rad gjelder fra 2003-01-01'),
    ('småbarnstillegg', DATE '2003-01-01', DATE '2008-01-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300019' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2003-01-01): Satsene før 1. januar 2008 er ikke registrert: statsbudsjettet 2003 oppgir 11 664 kr i året (972 kr i måneden), og når satsen ble 970 kr, er ikke verifisert'),
    ('småbarnstillegg', DATE '2008-01-01', DATE '2019-03-01', CAST(660 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('småbarnstillegg', DATE '2019-03-01', DATE '2020-09-01', CAST(660 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('småbarnstillegg', DATE '2020-09-01', DATE '2021-09-01', CAST(660 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('småbarnstillegg', DATE '2021-09-01', DATE '2022-01-01', CAST(660 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('småbarnstillegg', DATE '2022-01-01', DATE '2023-01-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300020' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2022-01-01): Satsene for utvidet barnetrygd og småbarnstillegg fra 1. januar 2022 er ikke verifisert fra en offisiell kilde'),
    ('småbarnstillegg', DATE '2023-01-01', DATE '2023-07-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300021' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2023-01-01): Satsene fra 1. januar til 30. juni 2023 er ikke verifisert fra en offisiell kilde (pressen melder nye satser fra 1. mars 2023)'),
    ('småbarnstillegg', DATE '2023-07-01', DATE '2024-01-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300022' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2023-07-01): Satsene for utvidet barnetrygd og småbarnstillegg fra 1. juli 2023 er ikke verifisert fra en offisiell kilde'),
    ('småbarnstillegg', DATE '2024-01-01', DATE '2025-05-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300023' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2024-01-01): Satsene fra 1. januar 2024 til 30. april 2025 er ikke verifisert fra en offisiell kilde (statsbudsjettet og revidert nasjonalbudsjett for 2024 mangler)'),
    ('småbarnstillegg', DATE '2025-05-01', DATE '2026-01-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300024' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2025-05-01): Satsen for småbarnstillegg fra 1. mai 2025 er ikke verifisert fra en offisiell kilde'),
    ('småbarnstillegg', DATE '2026-01-01', CAST(NULL AS DATE), CAST(NULL AS DECIMAL(18,2)), 'LK700300025' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2026-01-01): Satsene fra 1. januar 2026 er ikke registrert (statsbudsjettet for 2026 mangler)') AS x(k0, fra, til, verdi, feil, feil_etter)
),
sak_0 AS (
  SELECT sak_id, `måned`, COALESCE(`enslig_forsørger`, FALSE) AS `enslig_forsørger`, COALESCE(`rett_til_småbarnstillegg`, FALSE) AS `rett_til_småbarnstillegg`, `måned` AS _lk0v FROM sak
),
sak__barn_0 AS (
  SELECT sak_id, nr, `fødselsdato` FROM sak__barn
),
sak__barn_1 AS (
  SELECT p.*, c._lk0v AS _lk0v, add_months(trunc(p.`fødselsdato`, 'MM'), 1) AS _lk1v FROM sak__barn_0 p JOIN sak_0 c ON c.sak_id = p.sak_id
),
sak_1 AS (
  SELECT p.*, p.`måned` AS _lk3v FROM sak_0 p
),
sak_2 AS (
  SELECT p.*, p.`måned` AS _lk4v FROM sak_1 p
),
sak__barn_2 AS (
  SELECT p.*, CASE WHEN CAST(year(p._lk1v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk1v END AS _lk2v, CASE WHEN NOT (CAST(year(p._lk1v) AS BIGINT) BETWEEN 1 AND 9999) THEN date_format(trunc(p.`fødselsdato`, 'MM'), 'yyyy-MM') || ' + 1 måned faller utenfor kalenderen (årene 1–9999)' END AS _lk2u, c._lk3v AS _lk3v FROM sak__barn_1 p JOIN sak_1 c ON c.sak_id = p.sak_id
),
sak__barn_3 AS (
  SELECT p.*, c._lk4v AS _lk4v, add_months(p.`fødselsdato`, 216) AS _lk5v FROM sak__barn_2 p JOIN sak_2 c ON c.sak_id = p.sak_id
),
sak__barn_4 AS (
  SELECT p.*, CASE WHEN CAST(year(p._lk5v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk5v END AS _lk6v, CASE WHEN NOT (CAST(year(p._lk5v) AS BIGINT) BETWEEN 1 AND 9999) THEN date_format(p.`fødselsdato`, 'yyyy-MM-dd') || ' + 18 år faller utenfor kalenderen (årene 1–9999)' END AS _lk6u FROM sak__barn_3 p
),
sak__barn_5 AS (
  SELECT p.*, add_months(trunc(p._lk6v, 'MM'), -1) AS _lk7v FROM sak__barn_4 p
),
sak__barn_6 AS (
  SELECT p.*, CASE WHEN CAST(year(p._lk7v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk7v END AS _lk8v, COALESCE(p._lk6u, CASE WHEN NOT (CAST(year(p._lk7v) AS BIGINT) BETWEEN 1 AND 9999) THEN date_format(trunc(p._lk6v, 'MM'), 'yyyy-MM') || ' - 1 måned faller utenfor kalenderen (årene 1–9999)' END) AS _lk8u FROM sak__barn_5 p
),
sak__barn_7 AS (
  SELECT p.*, ((p._lk2v <= p._lk3v) AND (p._lk4v <= p._lk8v)) AS _lk9v, CASE WHEN ((p._lk2v <= p._lk3v) AND (p._lk4v <= p._lk8v)) IS NULL THEN CASE WHEN p._lk2u IS NULL THEN p._lk8u WHEN p._lk8u IS NULL THEN p._lk2u ELSE array_join(array_union(split(p._lk2u, chr(30)), split(p._lk8u, chr(30))), chr(30)) END END AS _lk9u FROM sak__barn_6 p
),
sak__barn_8 AS (
  SELECT p.*, CASE WHEN p._lk9v THEN 2 END AS _lk10v, CASE WHEN p._lk9v IS NULL THEN p._lk9u END AS _lk10u, CASE WHEN TRUE THEN 1 END AS _lk11v FROM sak__barn_7 p
),
sak_3 AS (
  SELECT p.*, p.`måned` AS _lk13v FROM sak_2 p
),
sak__barn_9 AS (
  SELECT p.*, CASE WHEN COALESCE(p._lk10u, CASE WHEN p._lk10v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk10v, p._lk11v) END AS _lk12v, COALESCE(p._lk10u, CASE WHEN p._lk10v IS NULL THEN NULL END) AS _lk12u, c._lk13v AS _lk13v, add_months(p.`fødselsdato`, 72) AS _lk14v FROM sak__barn_8 p JOIN sak_3 c ON c.sak_id = p.sak_id
),
sak__barn_10 AS (
  SELECT p.*, CASE WHEN CAST(year(p._lk14v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk14v END AS _lk15v, CASE WHEN NOT (CAST(year(p._lk14v) AS BIGINT) BETWEEN 1 AND 9999) THEN date_format(p.`fødselsdato`, 'yyyy-MM-dd') || ' + 6 år faller utenfor kalenderen (årene 1–9999)' END AS _lk15u FROM sak__barn_9 p
),
sak__barn_11 AS (
  SELECT p.*, add_months(trunc(p._lk15v, 'MM'), -1) AS _lk16v FROM sak__barn_10 p
),
sak__barn_12 AS (
  SELECT p.*, CASE WHEN CAST(year(p._lk16v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk16v END AS _lk17v, COALESCE(p._lk15u, CASE WHEN NOT (CAST(year(p._lk16v) AS BIGINT) BETWEEN 1 AND 9999) THEN date_format(trunc(p._lk15v, 'MM'), 'yyyy-MM') || ' - 1 måned faller utenfor kalenderen (årene 1–9999)' END) AS _lk17u FROM sak__barn_11 p
),
sak__barn_13 AS (
  SELECT p.*, (p._lk13v <= p._lk17v) AS _lk18v, p._lk17u AS _lk18u FROM sak__barn_12 p
),
sak_4 AS (
  SELECT p.*, p.`måned` AS _lk20v FROM sak_3 p
),
sak__barn_14 AS (
  SELECT p.*, CASE p._lk18v WHEN TRUE THEN 'ordinær_under_6' WHEN FALSE THEN 'ordinær_fra_6' END AS _lk19v, CASE p._lk18v WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk18u END AS _lk19u, c._lk20v AS _lk20v FROM sak__barn_13 p JOIN sak_4 c ON c.sak_id = p.sak_id
),
sak__barn_15 AS (
  SELECT p.*, t21.verdi AS _lk21v, p._lk19u AS _lk21u, CASE WHEN p._lk19u IS NULL THEN CASE WHEN t21.feil IS NULL THEN NULL WHEN t21.feil_etter IS NULL THEN t21.feil ELSE t21.feil || date_format(p._lk20v, 'yyyy-MM-dd') || t21.feil_etter END END AS _lk21e FROM sak__barn_14 p LEFT JOIN tabell_1 t21 ON t21.k0 = p._lk19v AND (t21.fra IS NULL OR t21.fra <= p._lk20v) AND (t21.til IS NULL OR p._lk20v < t21.til)
),
sak__barn_16 AS (
  SELECT p.*, CASE p._lk12v WHEN 1 THEN CAST(0 AS DECIMAL(18,2)) WHEN 2 THEN p._lk21v END AS _lk22v, COALESCE(p._lk12u, CASE p._lk12v WHEN 2 THEN p._lk21u END) AS _lk22u, COALESCE(CASE WHEN p._lk12u IS NULL AND p._lk12v IS NULL THEN 'LK700100000' || 'Ingen definisjon av «barnetrygd_for_barnet» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk12v WHEN 2 THEN p._lk21e END) AS _lk22e FROM sak__barn_15 p
),
sak__barn_17 AS (
  SELECT p.*, CASE WHEN p._lk9v THEN 1 END AS _lk24v, CASE WHEN p._lk9v IS NULL THEN p._lk9u END AS _lk24u FROM sak__barn_16 p
),
sak_5 AS (
  SELECT p.*, CASE WHEN g23.u IS NULL THEN CAST(COALESCE(g23.a, 0) AS DECIMAL(18,2)) END AS _lk23v, g23.u AS _lk23u, g23.e AS _lk23e, CASE WHEN g25.u IS NULL THEN CAST(COALESCE(g25.a, 0) AS BIGINT) END AS _lk25v, g25.u AS _lk25u FROM sak_4 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk22v) AS a, min_by(p._lk22u, CASE WHEN p._lk22u IS NOT NULL THEN p.nr END) AS u, min_by(p._lk22e, CASE WHEN p._lk22e IS NOT NULL THEN p.nr END) AS e FROM sak__barn_16 p GROUP BY p.sak_id) g23 ON g23.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk24v IS NOT NULL THEN 1 ELSE 0 END) AS a, min_by(p._lk24u, CASE WHEN p._lk24u IS NOT NULL THEN p.nr END) AS u FROM sak__barn_17 p GROUP BY p.sak_id) g25 ON g25.sak_id = p.sak_id
),
sak_6 AS (
  SELECT p.*, (p._lk25v > CAST(0 AS BIGINT)) AS _lk26v, p._lk25u AS _lk26u FROM sak_5 p
),
sak_7 AS (
  SELECT p.*, (p.`enslig_forsørger` AND p._lk26v) AS _lk27v, CASE WHEN (p.`enslig_forsørger` AND p._lk26v) IS NULL THEN p._lk26u END AS _lk27u FROM sak_6 p
),
sak_8 AS (
  SELECT p.*, CASE WHEN p._lk27v THEN 2 END AS _lk28v, CASE WHEN p._lk27v IS NULL THEN p._lk27u END AS _lk28u, CASE WHEN TRUE THEN 1 END AS _lk29v FROM sak_7 p
),
sak_9 AS (
  SELECT p.*, CASE WHEN COALESCE(p._lk28u, CASE WHEN p._lk28v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk28v, p._lk29v) END AS _lk30v, COALESCE(p._lk28u, CASE WHEN p._lk28v IS NULL THEN NULL END) AS _lk30u, t31.verdi AS _lk31v, CASE WHEN t31.feil IS NULL THEN NULL WHEN t31.feil_etter IS NULL THEN t31.feil ELSE t31.feil || date_format(p.`måned`, 'yyyy-MM-dd') || t31.feil_etter END AS _lk31e FROM sak_8 p LEFT JOIN tabell_1 t31 ON t31.k0 = 'utvidet' AND (t31.fra IS NULL OR t31.fra <= p.`måned`) AND (t31.til IS NULL OR p.`måned` < t31.til)
),
sak_10 AS (
  SELECT p.*, CASE p._lk30v WHEN 1 THEN CAST(0 AS DECIMAL(18,2)) WHEN 2 THEN p._lk31v END AS _lk32v, p._lk30u AS _lk32u, COALESCE(CASE WHEN p._lk30u IS NULL AND p._lk30v IS NULL THEN 'LK700100026' || 'Ingen definisjon av «utvidet» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk30v WHEN 2 THEN p._lk31e END) AS _lk32e, (p.`rett_til_småbarnstillegg` AND p.`enslig_forsørger`) AS _lk33v, p.`måned` AS _lk34v FROM sak_9 p
),
sak__barn_18 AS (
  SELECT p.*, c._lk34v AS _lk34v, add_months(p.`fødselsdato`, 36) AS _lk35v FROM sak__barn_17 p JOIN sak_10 c ON c.sak_id = p.sak_id
),
sak__barn_19 AS (
  SELECT p.*, CASE WHEN CAST(year(p._lk35v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk35v END AS _lk36v, CASE WHEN NOT (CAST(year(p._lk35v) AS BIGINT) BETWEEN 1 AND 9999) THEN date_format(p.`fødselsdato`, 'yyyy-MM-dd') || ' + 3 år faller utenfor kalenderen (årene 1–9999)' END AS _lk36u FROM sak__barn_18 p
),
sak__barn_20 AS (
  SELECT p.*, trunc(p._lk36v, 'MM') AS _lk37v, p._lk36u AS _lk37u FROM sak__barn_19 p
),
sak__barn_21 AS (
  SELECT p.*, (p._lk9v AND (p._lk34v <= p._lk37v)) AS _lk38v, CASE WHEN (p._lk9v AND (p._lk34v <= p._lk37v)) IS NULL THEN CASE WHEN p._lk9u IS NULL THEN p._lk37u WHEN p._lk37u IS NULL THEN p._lk9u ELSE array_join(array_union(split(p._lk9u, chr(30)), split(p._lk37u, chr(30))), chr(30)) END END AS _lk38u FROM sak__barn_20 p
),
sak_11 AS (
  SELECT p.*, CASE WHEN COALESCE(g39.a, 0) = 1 THEN (COALESCE(g39.a, 0) = 1) WHEN g39.u IS NULL THEN (COALESCE(g39.a, 0) = 1) END AS _lk39v, CASE WHEN COALESCE(g39.a, 0) = 1 THEN NULL ELSE g39.u END AS _lk39u FROM sak_10 p LEFT JOIN (SELECT p.sak_id, MAX(CASE WHEN p._lk38v = TRUE THEN 1 ELSE 0 END) AS a, nullif(array_join(array_distinct(flatten(transform(array_sort(collect_list(CASE WHEN p._lk38u IS NOT NULL THEN struct(p.nr AS o, p._lk38u AS r) END)), x -> split(x.r, chr(30))))), chr(30)), '') AS u FROM sak__barn_21 p GROUP BY p.sak_id) g39 ON g39.sak_id = p.sak_id
),
sak_12 AS (
  SELECT p.*, (p._lk33v AND p._lk39v) AS _lk40v, CASE WHEN (p._lk33v AND p._lk39v) IS NULL THEN p._lk39u END AS _lk40u, (p.`rett_til_småbarnstillegg` AND (NOT p.`enslig_forsørger`)) AS _lk41v FROM sak_11 p
),
sak_13 AS (
  SELECT p.*, CASE WHEN p._lk40v THEN 2 END AS _lk42v, CASE WHEN p._lk40v IS NULL THEN p._lk40u END AS _lk42u FROM sak_12 p
),
sak_14 AS (
  SELECT p.*, CASE WHEN p._lk41v THEN 3 END AS _lk43v FROM sak_13 p
),
sak_15 AS (
  SELECT p.*, COALESCE(p._lk42v, p._lk43v) AS _lk44v, p._lk42u AS _lk44u, CASE WHEN p._lk43v IS NOT NULL AND p._lk42v IS NOT NULL THEN CASE WHEN p._lk42v = 2 AND p._lk43v = 3 THEN 'LK700200027' || 'Motstrid i «småbarnstillegg»: både unntaket «rett_til_tillegget» og unntaket «ikke_enslig» gjelder, og ingen av dem er unntak fra den andre' END END AS _lk44e, CASE WHEN TRUE THEN 1 END AS _lk45v FROM sak_14 p
),
sak_16 AS (
  SELECT p.*, CASE WHEN COALESCE(p._lk44u, CASE WHEN p._lk44v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk44v, p._lk45v) END AS _lk46v, COALESCE(p._lk44u, CASE WHEN p._lk44v IS NULL THEN NULL END) AS _lk46u, t47.verdi AS _lk47v, CASE WHEN t47.feil IS NULL THEN NULL WHEN t47.feil_etter IS NULL THEN t47.feil ELSE t47.feil || date_format(p.`måned`, 'yyyy-MM-dd') || t47.feil_etter END AS _lk47e FROM sak_15 p LEFT JOIN tabell_1 t47 ON t47.k0 = 'småbarnstillegg' AND (t47.fra IS NULL OR t47.fra <= p.`måned`) AND (t47.til IS NULL OR p.`måned` < t47.til)
),
sak_17 AS (
  SELECT p.*, CASE p._lk46v WHEN 1 THEN CAST(0 AS DECIMAL(18,2)) WHEN 2 THEN p._lk47v WHEN 3 THEN NULL END AS _lk48v, COALESCE(p._lk46u, CASE p._lk46v WHEN 3 THEN 'Saken oppgir rett til småbarnstillegg, men ikke at søkeren er enslig forsørger; småbarnstillegg forutsetter utvidet barnetrygd' END) AS _lk48u, COALESCE(p._lk44e, CASE WHEN p._lk46u IS NULL AND p._lk46v IS NULL THEN 'LK700100028' || 'Ingen definisjon av «småbarnstillegg» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk46v WHEN 2 THEN p._lk47e END) AS _lk48e, CAST(p._lk23v + p._lk32v AS DECIMAL(18,2)) AS _lk49v, CASE WHEN p._lk23u IS NULL THEN p._lk32u WHEN p._lk32u IS NULL THEN p._lk23u ELSE array_join(array_union(split(p._lk23u, chr(30)), split(p._lk32u, chr(30))), chr(30)) END AS _lk49u, COALESCE(p._lk23e, p._lk32e) AS _lk49e FROM sak_16 p
),
sak_18 AS (
  SELECT p.*, CAST(p._lk49v + p._lk48v AS DECIMAL(18,2)) AS _lk50v, CASE WHEN p._lk49u IS NULL THEN p._lk48u WHEN p._lk48u IS NULL THEN p._lk49u ELSE array_join(array_union(split(p._lk49u, chr(30)), split(p._lk48u, chr(30))), chr(30)) END AS _lk50u, COALESCE(p._lk49e, p._lk48e) AS _lk50e FROM sak_17 p
),
sak_19 AS (
  SELECT p.*, COALESCE(p._lk23e, p._lk32e, p._lk48e, p._lk50e) AS _lk51e FROM sak_18 p
)
SELECT p.sak_id,
  CAST(CASE WHEN p._lk51e IS NULL AND p._lk23u IS NULL THEN p._lk23v END AS DECIMAL(18,2)) AS `ordinær`,
  CASE WHEN p._lk51e IS NULL THEN p._lk23u END AS `ordinær__ubestemt`,
  CAST(CASE WHEN p._lk51e IS NULL AND p._lk32u IS NULL THEN p._lk32v END AS DECIMAL(18,2)) AS `utvidet`,
  CASE WHEN p._lk51e IS NULL THEN p._lk32u END AS `utvidet__ubestemt`,
  CAST(CASE WHEN p._lk51e IS NULL AND p._lk48u IS NULL THEN p._lk48v END AS DECIMAL(18,2)) AS `småbarnstillegg`,
  CASE WHEN p._lk51e IS NULL THEN p._lk48u END AS `småbarnstillegg__ubestemt`,
  CAST(CASE WHEN p._lk51e IS NULL AND p._lk50u IS NULL THEN p._lk50v END AS DECIMAL(18,2)) AS `barnetrygd`,
  CASE WHEN p._lk51e IS NULL THEN p._lk50u END AS `barnetrygd__ubestemt`,
  substr(p._lk51e, 1, 6) AS feil_kode,
  CAST(substr(p._lk51e, 7, 5) AS INTEGER) AS feil_sted,
  substr(p._lk51e, 12) AS feil_melding
FROM sak_19 p
ORDER BY p.sak_id;
