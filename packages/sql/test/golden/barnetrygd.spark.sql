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
  SELECT * FROM VALUES ('ordinær_under_6', DATE '0001-01-01', DATE '2002-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300001' || 'Tabellen «barnetrygdsats» har ingen verdi for ordinær_under_6 ', ': første rad gjelder fra 2003-01-01'),
    ('ordinær_under_6', DATE '2003-01-01', DATE '2007-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300002' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_under_6 ', ' (perioden fra 2003-01-01): Satsene før 1. januar 2008 er ikke registrert: statsbudsjettet 2003 oppgir 11 664 kr i året (972 kr i måneden), og når satsen ble 970 kr, er ikke verifisert'),
    ('ordinær_under_6', DATE '2008-01-01', DATE '2019-02-28', CAST(970 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_under_6', DATE '2019-03-01', DATE '2020-08-31', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_under_6', DATE '2020-09-01', DATE '2021-08-31', CAST(1354 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_under_6', DATE '2021-09-01', DATE '2021-12-31', CAST(1654 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_under_6', DATE '2022-01-01', DATE '2022-12-31', CAST(1676 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_under_6', DATE '2023-01-01', DATE '2023-06-30', CAST(NULL AS DECIMAL(18,2)), 'LK700300003' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_under_6 ', ' (perioden fra 2023-01-01): Satsene fra 1. januar til 30. juni 2023 er ikke verifisert fra en offisiell kilde (pressen melder nye satser fra 1. mars 2023)'),
    ('ordinær_under_6', DATE '2023-07-01', DATE '2023-12-31', CAST(1766 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_under_6', DATE '2024-01-01', DATE '2025-04-30', CAST(NULL AS DECIMAL(18,2)), 'LK700300004' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_under_6 ', ' (perioden fra 2024-01-01): Satsene fra 1. januar 2024 til 30. april 2025 er ikke verifisert fra en offisiell kilde (statsbudsjettet og revidert nasjonalbudsjett for 2024 mangler)'),
    ('ordinær_under_6', DATE '2025-05-01', DATE '2025-12-31', CAST(1968 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_under_6', DATE '2026-01-01', DATE '9999-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300005' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_under_6 ', ' (perioden fra 2026-01-01): Satsene fra 1. januar 2026 er ikke registrert (statsbudsjettet for 2026 mangler)'),
    ('ordinær_fra_6', DATE '0001-01-01', DATE '2002-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300006' || 'Tabellen «barnetrygdsats» har ingen verdi for ordinær_fra_6 ', ': første rad gjelder fra 2003-01-01'),
    ('ordinær_fra_6', DATE '2003-01-01', DATE '2007-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300007' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_fra_6 ', ' (perioden fra 2003-01-01): Satsene før 1. januar 2008 er ikke registrert: statsbudsjettet 2003 oppgir 11 664 kr i året (972 kr i måneden), og når satsen ble 970 kr, er ikke verifisert'),
    ('ordinær_fra_6', DATE '2008-01-01', DATE '2019-02-28', CAST(970 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_fra_6', DATE '2019-03-01', DATE '2020-08-31', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_fra_6', DATE '2020-09-01', DATE '2021-08-31', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_fra_6', DATE '2021-09-01', DATE '2021-12-31', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_fra_6', DATE '2022-01-01', DATE '2022-12-31', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_fra_6', DATE '2023-01-01', DATE '2023-06-30', CAST(NULL AS DECIMAL(18,2)), 'LK700300008' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_fra_6 ', ' (perioden fra 2023-01-01): Satsene fra 1. januar til 30. juni 2023 er ikke verifisert fra en offisiell kilde (pressen melder nye satser fra 1. mars 2023)'),
    ('ordinær_fra_6', DATE '2023-07-01', DATE '2023-12-31', CAST(1310 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_fra_6', DATE '2024-01-01', DATE '2025-04-30', CAST(NULL AS DECIMAL(18,2)), 'LK700300009' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_fra_6 ', ' (perioden fra 2024-01-01): Satsene fra 1. januar 2024 til 30. april 2025 er ikke verifisert fra en offisiell kilde (statsbudsjettet og revidert nasjonalbudsjett for 2024 mangler)'),
    ('ordinær_fra_6', DATE '2025-05-01', DATE '2025-12-31', CAST(1968 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ordinær_fra_6', DATE '2026-01-01', DATE '9999-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300010' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_fra_6 ', ' (perioden fra 2026-01-01): Satsene fra 1. januar 2026 er ikke registrert (statsbudsjettet for 2026 mangler)'),
    ('utvidet', DATE '0001-01-01', DATE '2002-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300011' || 'Tabellen «barnetrygdsats» har ingen verdi for utvidet ', ': første rad gjelder fra 2003-01-01'),
    ('utvidet', DATE '2003-01-01', DATE '2007-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300012' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ', ' (perioden fra 2003-01-01): Satsene før 1. januar 2008 er ikke registrert: statsbudsjettet 2003 oppgir 11 664 kr i året (972 kr i måneden), og når satsen ble 970 kr, er ikke verifisert'),
    ('utvidet', DATE '2008-01-01', DATE '2019-02-28', CAST(970 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('utvidet', DATE '2019-03-01', DATE '2020-08-31', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('utvidet', DATE '2020-09-01', DATE '2021-08-31', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('utvidet', DATE '2021-09-01', DATE '2021-12-31', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('utvidet', DATE '2022-01-01', DATE '2022-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300013' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ', ' (perioden fra 2022-01-01): Satsene for utvidet barnetrygd og småbarnstillegg fra 1. januar 2022 er ikke verifisert fra en offisiell kilde'),
    ('utvidet', DATE '2023-01-01', DATE '2023-06-30', CAST(NULL AS DECIMAL(18,2)), 'LK700300014' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ', ' (perioden fra 2023-01-01): Satsene fra 1. januar til 30. juni 2023 er ikke verifisert fra en offisiell kilde (pressen melder nye satser fra 1. mars 2023)'),
    ('utvidet', DATE '2023-07-01', DATE '2023-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300015' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ', ' (perioden fra 2023-07-01): Satsene for utvidet barnetrygd og småbarnstillegg fra 1. juli 2023 er ikke verifisert fra en offisiell kilde'),
    ('utvidet', DATE '2024-01-01', DATE '2025-04-30', CAST(NULL AS DECIMAL(18,2)), 'LK700300016' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ', ' (perioden fra 2024-01-01): Satsene fra 1. januar 2024 til 30. april 2025 er ikke verifisert fra en offisiell kilde (statsbudsjettet og revidert nasjonalbudsjett for 2024 mangler)'),
    ('utvidet', DATE '2025-05-01', DATE '2025-12-31', CAST(2516 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('utvidet', DATE '2026-01-01', DATE '9999-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300017' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ', ' (perioden fra 2026-01-01): Satsene fra 1. januar 2026 er ikke registrert (statsbudsjettet for 2026 mangler)'),
    ('småbarnstillegg', DATE '0001-01-01', DATE '2002-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300018' || 'Tabellen «barnetrygdsats» har ingen verdi for småbarnstillegg ', ': første rad gjelder fra 2003-01-01'),
    ('småbarnstillegg', DATE '2003-01-01', DATE '2007-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300019' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2003-01-01): Satsene før 1. januar 2008 er ikke registrert: statsbudsjettet 2003 oppgir 11 664 kr i året (972 kr i måneden), og når satsen ble 970 kr, er ikke verifisert'),
    ('småbarnstillegg', DATE '2008-01-01', DATE '2019-02-28', CAST(660 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('småbarnstillegg', DATE '2019-03-01', DATE '2020-08-31', CAST(660 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('småbarnstillegg', DATE '2020-09-01', DATE '2021-08-31', CAST(660 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('småbarnstillegg', DATE '2021-09-01', DATE '2021-12-31', CAST(660 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('småbarnstillegg', DATE '2022-01-01', DATE '2022-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300020' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2022-01-01): Satsene for utvidet barnetrygd og småbarnstillegg fra 1. januar 2022 er ikke verifisert fra en offisiell kilde'),
    ('småbarnstillegg', DATE '2023-01-01', DATE '2023-06-30', CAST(NULL AS DECIMAL(18,2)), 'LK700300021' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2023-01-01): Satsene fra 1. januar til 30. juni 2023 er ikke verifisert fra en offisiell kilde (pressen melder nye satser fra 1. mars 2023)'),
    ('småbarnstillegg', DATE '2023-07-01', DATE '2023-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300022' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2023-07-01): Satsene for utvidet barnetrygd og småbarnstillegg fra 1. juli 2023 er ikke verifisert fra en offisiell kilde'),
    ('småbarnstillegg', DATE '2024-01-01', DATE '2025-04-30', CAST(NULL AS DECIMAL(18,2)), 'LK700300023' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2024-01-01): Satsene fra 1. januar 2024 til 30. april 2025 er ikke verifisert fra en offisiell kilde (statsbudsjettet og revidert nasjonalbudsjett for 2024 mangler)'),
    ('småbarnstillegg', DATE '2025-05-01', DATE '2025-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300024' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2025-05-01): Satsen for småbarnstillegg fra 1. mai 2025 er ikke verifisert fra en offisiell kilde'),
    ('småbarnstillegg', DATE '2026-01-01', DATE '9999-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300025' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2026-01-01): Satsene fra 1. januar 2026 er ikke registrert (statsbudsjettet for 2026 mangler)') AS x(k0, fra, til, verdi, feil, feil_etter)
),
sak_0 AS (
  SELECT sak_id, `måned`, COALESCE(`enslig_forsørger`, FALSE) AS `enslig_forsørger`, COALESCE(`rett_til_småbarnstillegg`, FALSE) AS `rett_til_småbarnstillegg`, `måned` AS _lk0v FROM sak
),
sak__barn_0 AS (
  SELECT l.sak_id, l.nr, l.`fødselsdato`, c.`måned` AS `sak.måned`, c._lk0v FROM sak__barn l JOIN sak_0 c ON c.sak_id = l.sak_id
),
sak__barn_1 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`sak.måned`, p._lk0v, add_months(trunc(p.`fødselsdato`, 'MM'), 1) AS _lk1v, add_months(p.`fødselsdato`, 216) AS _lk3v, CASE WHEN TRUE THEN 1 END AS _lk9v, add_months(p.`fødselsdato`, 72) AS _lk11v, add_months(p.`fødselsdato`, 36) AS _lk31v FROM sak__barn_0 p
),
sak__barn_2 AS (
  SELECT p.sak_id, p.nr, p.`sak.måned`, p._lk0v, p._lk9v, CASE WHEN CAST(year(p._lk1v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk1v END AS _lk2v, CASE WHEN NOT (CAST(year(p._lk1v) AS BIGINT) BETWEEN 1 AND 9999) THEN date_format(trunc(p.`fødselsdato`, 'MM'), 'yyyy-MM') || ' + 1 måned faller utenfor kalenderen (årene 1–9999)' END AS _lk2u, CASE WHEN CAST(year(p._lk3v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk3v END AS _lk4v, CASE WHEN NOT (CAST(year(p._lk3v) AS BIGINT) BETWEEN 1 AND 9999) THEN date_format(p.`fødselsdato`, 'yyyy-MM-dd') || ' + 18 år faller utenfor kalenderen (årene 1–9999)' END AS _lk4u, CASE WHEN CAST(year(p._lk11v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk11v END AS _lk12v, CASE WHEN NOT (CAST(year(p._lk11v) AS BIGINT) BETWEEN 1 AND 9999) THEN date_format(p.`fødselsdato`, 'yyyy-MM-dd') || ' + 6 år faller utenfor kalenderen (årene 1–9999)' END AS _lk12u, CASE WHEN CAST(year(p._lk31v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk31v END AS _lk32v, CASE WHEN NOT (CAST(year(p._lk31v) AS BIGINT) BETWEEN 1 AND 9999) THEN date_format(p.`fødselsdato`, 'yyyy-MM-dd') || ' + 3 år faller utenfor kalenderen (årene 1–9999)' END AS _lk32u FROM sak__barn_1 p
),
sak__barn_3 AS (
  SELECT p.sak_id, p.nr, p.`sak.måned`, p._lk0v, p._lk9v, p._lk2v, p._lk2u, p._lk4v, p._lk4u, p._lk12v, p._lk12u, add_months(trunc(p._lk4v, 'MM'), -1) AS _lk5v, add_months(trunc(p._lk12v, 'MM'), -1) AS _lk13v, trunc(p._lk32v, 'MM') AS _lk33v, p._lk32u AS _lk33u FROM sak__barn_2 p
),
sak__barn_4 AS (
  SELECT p.sak_id, p.nr, p.`sak.måned`, p._lk0v, p._lk9v, p._lk2v, p._lk2u, p._lk33v, p._lk33u, CASE WHEN CAST(year(p._lk5v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk5v END AS _lk6v, COALESCE(p._lk4u, CASE WHEN NOT (CAST(year(p._lk5v) AS BIGINT) BETWEEN 1 AND 9999) THEN date_format(trunc(p._lk4v, 'MM'), 'yyyy-MM') || ' - 1 måned faller utenfor kalenderen (årene 1–9999)' END) AS _lk6u, CASE WHEN CAST(year(p._lk13v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk13v END AS _lk14v, COALESCE(p._lk12u, CASE WHEN NOT (CAST(year(p._lk13v) AS BIGINT) BETWEEN 1 AND 9999) THEN date_format(trunc(p._lk12v, 'MM'), 'yyyy-MM') || ' - 1 måned faller utenfor kalenderen (årene 1–9999)' END) AS _lk14u FROM sak__barn_3 p
),
sak__barn_5 AS (
  SELECT p.sak_id, p.nr, p.`sak.måned`, p._lk0v, p._lk9v, p._lk33v, p._lk33u, ((p._lk2v <= p.`sak.måned`) AND (p.`sak.måned` <= p._lk6v)) AS _lk7v, CASE WHEN ((p._lk2v <= p.`sak.måned`) AND (p.`sak.måned` <= p._lk6v)) IS NULL THEN CASE WHEN p._lk2u IS NULL THEN p._lk6u WHEN p._lk6u IS NULL THEN p._lk2u ELSE array_join(array_union(split(p._lk2u, chr(30)), split(p._lk6u, chr(30))), chr(30)) END END AS _lk7u, (p.`sak.måned` <= p._lk14v) AS _lk15v, p._lk14u AS _lk15u FROM sak__barn_4 p
),
sak__barn_6 AS (
  SELECT p.sak_id, p.nr, p.`sak.måned`, p._lk0v, p._lk9v, CASE WHEN p._lk7v THEN 2 END AS _lk8v, CASE WHEN p._lk7v IS NULL THEN p._lk7u END AS _lk8u, CASE p._lk15v WHEN TRUE THEN 'ordinær_under_6' WHEN FALSE THEN 'ordinær_fra_6' END AS _lk16v, CASE p._lk15v WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk15u END AS _lk16u, CASE WHEN p._lk7v THEN 1 END AS _lk21v, CASE WHEN p._lk7v IS NULL THEN p._lk7u END AS _lk21u, (p._lk7v AND (p.`sak.måned` <= p._lk33v)) AS _lk34v, CASE WHEN (p._lk7v AND (p.`sak.måned` <= p._lk33v)) IS NULL THEN CASE WHEN p._lk7u IS NULL THEN p._lk33u WHEN p._lk33u IS NULL THEN p._lk7u ELSE array_join(array_union(split(p._lk7u, chr(30)), split(p._lk33u, chr(30))), chr(30)) END END AS _lk34u FROM sak__barn_5 p
),
sak__barn_7 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk21v, p._lk21u, CASE WHEN COALESCE(p._lk8u, CASE WHEN p._lk8v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk8v, p._lk9v) END AS _lk10v, COALESCE(p._lk8u, CASE WHEN p._lk8v IS NULL THEN NULL END) AS _lk10u, t17.verdi AS _lk17v, p._lk16u AS _lk17u, CASE WHEN p._lk16u IS NULL THEN CASE WHEN t17.feil IS NULL THEN NULL WHEN t17.feil_etter IS NULL THEN t17.feil ELSE t17.feil || date_format(p.`sak.måned`, 'yyyy-MM-dd') || t17.feil_etter END END AS _lk17e FROM sak__barn_6 p LEFT JOIN tabell_1 t17 ON t17.k0 = p._lk16v AND t17.fra <= p.`sak.måned` AND p.`sak.måned` <= t17.til
),
sak__barn_8 AS (
  SELECT p.sak_id, p.nr, p._lk21v, p._lk21u, CASE p._lk10v WHEN 1 THEN CAST(0 AS DECIMAL(18,2)) WHEN 2 THEN p._lk17v END AS _lk18v, COALESCE(p._lk10u, CASE p._lk10v WHEN 2 THEN p._lk17u END) AS _lk18u, COALESCE(CASE WHEN p._lk10u IS NULL AND p._lk10v IS NULL THEN 'LK700100000' || 'Ingen definisjon av «barnetrygd_for_barnet» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk10v WHEN 2 THEN p._lk17e END) AS _lk18e FROM sak__barn_7 p
),
sak_1 AS (
  SELECT p.sak_id, p.`enslig_forsørger`, p._lk0v, CASE WHEN r20.u19 IS NULL THEN CAST(COALESCE(g20.a19, 0) AS DECIMAL(18,2)) END AS _lk19v, r20.u19 AS _lk19u, r20.e19 AS _lk19e, CASE WHEN r20.u22 IS NULL THEN CAST(COALESCE(g20.a22, 0) AS BIGINT) END AS _lk22v, r20.u22 AS _lk22u, CASE WHEN TRUE THEN 1 END AS _lk26v, CASE WHEN p.`måned` <= DATE '2002-12-31' THEN NULL WHEN p.`måned` <= DATE '2007-12-31' THEN NULL WHEN p.`måned` <= DATE '2019-02-28' THEN 970 WHEN p.`måned` <= DATE '2020-08-31' THEN 1054 WHEN p.`måned` <= DATE '2021-08-31' THEN 1054 WHEN p.`måned` <= DATE '2021-12-31' THEN 1054 WHEN p.`måned` <= DATE '2022-12-31' THEN NULL WHEN p.`måned` <= DATE '2023-06-30' THEN NULL WHEN p.`måned` <= DATE '2023-12-31' THEN NULL WHEN p.`måned` <= DATE '2025-04-30' THEN NULL WHEN p.`måned` <= DATE '2025-12-31' THEN 2516 ELSE NULL END AS _lk28v, CASE WHEN p.`måned` <= DATE '2002-12-31' THEN 'LK700300011' || 'Tabellen «barnetrygdsats» har ingen verdi for utvidet ' || date_format(p.`måned`, 'yyyy-MM-dd') || ': første rad gjelder fra 2003-01-01' WHEN p.`måned` <= DATE '2007-12-31' THEN 'LK700300012' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ' || date_format(p.`måned`, 'yyyy-MM-dd') || ' (perioden fra 2003-01-01): Satsene før 1. januar 2008 er ikke registrert: statsbudsjettet 2003 oppgir 11 664 kr i året (972 kr i måneden), og når satsen ble 970 kr, er ikke verifisert' WHEN p.`måned` <= DATE '2019-02-28' THEN NULL WHEN p.`måned` <= DATE '2020-08-31' THEN NULL WHEN p.`måned` <= DATE '2021-08-31' THEN NULL WHEN p.`måned` <= DATE '2021-12-31' THEN NULL WHEN p.`måned` <= DATE '2022-12-31' THEN 'LK700300013' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ' || date_format(p.`måned`, 'yyyy-MM-dd') || ' (perioden fra 2022-01-01): Satsene for utvidet barnetrygd og småbarnstillegg fra 1. januar 2022 er ikke verifisert fra en offisiell kilde' WHEN p.`måned` <= DATE '2023-06-30' THEN 'LK700300014' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ' || date_format(p.`måned`, 'yyyy-MM-dd') || ' (perioden fra 2023-01-01): Satsene fra 1. januar til 30. juni 2023 er ikke verifisert fra en offisiell kilde (pressen melder nye satser fra 1. mars 2023)' WHEN p.`måned` <= DATE '2023-12-31' THEN 'LK700300015' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ' || date_format(p.`måned`, 'yyyy-MM-dd') || ' (perioden fra 2023-07-01): Satsene for utvidet barnetrygd og småbarnstillegg fra 1. juli 2023 er ikke verifisert fra en offisiell kilde' WHEN p.`måned` <= DATE '2025-04-30' THEN 'LK700300016' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ' || date_format(p.`måned`, 'yyyy-MM-dd') || ' (perioden fra 2024-01-01): Satsene fra 1. januar 2024 til 30. april 2025 er ikke verifisert fra en offisiell kilde (statsbudsjettet og revidert nasjonalbudsjett for 2024 mangler)' WHEN p.`måned` <= DATE '2025-12-31' THEN NULL ELSE 'LK700300017' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ' || date_format(p.`måned`, 'yyyy-MM-dd') || ' (perioden fra 2026-01-01): Satsene fra 1. januar 2026 er ikke registrert (statsbudsjettet for 2026 mangler)' END AS _lk28e, (p.`rett_til_småbarnstillegg` AND p.`enslig_forsørger`) AS _lk30v, (p.`rett_til_småbarnstillegg` AND (NOT p.`enslig_forsørger`)) AS _lk38v, CASE WHEN TRUE THEN 1 END AS _lk42v, CASE WHEN p.`måned` <= DATE '2002-12-31' THEN NULL WHEN p.`måned` <= DATE '2007-12-31' THEN NULL WHEN p.`måned` <= DATE '2019-02-28' THEN 660 WHEN p.`måned` <= DATE '2020-08-31' THEN 660 WHEN p.`måned` <= DATE '2021-08-31' THEN 660 WHEN p.`måned` <= DATE '2021-12-31' THEN 660 WHEN p.`måned` <= DATE '2022-12-31' THEN NULL WHEN p.`måned` <= DATE '2023-06-30' THEN NULL WHEN p.`måned` <= DATE '2023-12-31' THEN NULL WHEN p.`måned` <= DATE '2025-04-30' THEN NULL WHEN p.`måned` <= DATE '2025-12-31' THEN NULL ELSE NULL END AS _lk44v, CASE WHEN p.`måned` <= DATE '2002-12-31' THEN 'LK700300018' || 'Tabellen «barnetrygdsats» har ingen verdi for småbarnstillegg ' || date_format(p.`måned`, 'yyyy-MM-dd') || ': første rad gjelder fra 2003-01-01' WHEN p.`måned` <= DATE '2007-12-31' THEN 'LK700300019' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ' || date_format(p.`måned`, 'yyyy-MM-dd') || ' (perioden fra 2003-01-01): Satsene før 1. januar 2008 er ikke registrert: statsbudsjettet 2003 oppgir 11 664 kr i året (972 kr i måneden), og når satsen ble 970 kr, er ikke verifisert' WHEN p.`måned` <= DATE '2019-02-28' THEN NULL WHEN p.`måned` <= DATE '2020-08-31' THEN NULL WHEN p.`måned` <= DATE '2021-08-31' THEN NULL WHEN p.`måned` <= DATE '2021-12-31' THEN NULL WHEN p.`måned` <= DATE '2022-12-31' THEN 'LK700300020' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ' || date_format(p.`måned`, 'yyyy-MM-dd') || ' (perioden fra 2022-01-01): Satsene for utvidet barnetrygd og småbarnstillegg fra 1. januar 2022 er ikke verifisert fra en offisiell kilde' WHEN p.`måned` <= DATE '2023-06-30' THEN 'LK700300021' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ' || date_format(p.`måned`, 'yyyy-MM-dd') || ' (perioden fra 2023-01-01): Satsene fra 1. januar til 30. juni 2023 er ikke verifisert fra en offisiell kilde (pressen melder nye satser fra 1. mars 2023)' WHEN p.`måned` <= DATE '2023-12-31' THEN 'LK700300022' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ' || date_format(p.`måned`, 'yyyy-MM-dd') || ' (perioden fra 2023-07-01): Satsene for utvidet barnetrygd og småbarnstillegg fra 1. juli 2023 er ikke verifisert fra en offisiell kilde' WHEN p.`måned` <= DATE '2025-04-30' THEN 'LK700300023' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ' || date_format(p.`måned`, 'yyyy-MM-dd') || ' (perioden fra 2024-01-01): Satsene fra 1. januar 2024 til 30. april 2025 er ikke verifisert fra en offisiell kilde (statsbudsjettet og revidert nasjonalbudsjett for 2024 mangler)' WHEN p.`måned` <= DATE '2025-12-31' THEN 'LK700300024' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ' || date_format(p.`måned`, 'yyyy-MM-dd') || ' (perioden fra 2025-05-01): Satsen for småbarnstillegg fra 1. mai 2025 er ikke verifisert fra en offisiell kilde' ELSE 'LK700300025' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ' || date_format(p.`måned`, 'yyyy-MM-dd') || ' (perioden fra 2026-01-01): Satsene fra 1. januar 2026 er ikke registrert (statsbudsjettet for 2026 mangler)' END AS _lk44e FROM sak_0 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk18v) AS a19, SUM(CASE WHEN p._lk21v IS NOT NULL THEN 1 ELSE 0 END) AS a22 FROM sak__barn_8 p GROUP BY p.sak_id) g20 ON g20.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk18u, CASE WHEN p._lk18u IS NOT NULL THEN p.nr END) AS u19, min_by(p._lk18e, CASE WHEN p._lk18e IS NOT NULL THEN p.nr END) AS e19, min_by(p._lk21u, CASE WHEN p._lk21u IS NOT NULL THEN p.nr END) AS u22 FROM sak__barn_8 p WHERE p._lk18u IS NOT NULL OR p._lk18e IS NOT NULL OR p._lk21u IS NOT NULL GROUP BY p.sak_id) r20 ON r20.sak_id = p.sak_id
),
sak_2 AS (
  SELECT p.sak_id, p.`enslig_forsørger`, p._lk0v, p._lk19v, p._lk19u, p._lk19e, p._lk26v, p._lk28v, p._lk28e, p._lk30v, p._lk38v, p._lk42v, p._lk44v, p._lk44e, (p._lk22v > CAST(0 AS BIGINT)) AS _lk23v, p._lk22u AS _lk23u FROM sak_1 p
),
sak_3 AS (
  SELECT p.sak_id, p._lk0v, p._lk19v, p._lk19u, p._lk19e, p._lk26v, p._lk28v, p._lk28e, p._lk30v, p._lk38v, p._lk42v, p._lk44v, p._lk44e, (p.`enslig_forsørger` AND p._lk23v) AS _lk24v, CASE WHEN (p.`enslig_forsørger` AND p._lk23v) IS NULL THEN p._lk23u END AS _lk24u FROM sak_2 p
),
sak_4 AS (
  SELECT p.sak_id, p._lk0v, p._lk19v, p._lk19u, p._lk19e, p._lk26v, p._lk28v, p._lk28e, p._lk30v, p._lk38v, p._lk42v, p._lk44v, p._lk44e, CASE WHEN p._lk24v THEN 2 END AS _lk25v, CASE WHEN p._lk24v IS NULL THEN p._lk24u END AS _lk25u FROM sak_3 p
),
sak_5 AS (
  SELECT p.sak_id, p._lk0v, p._lk19v, p._lk19u, p._lk19e, p._lk28v, p._lk28e, p._lk30v, p._lk38v, p._lk42v, p._lk44v, p._lk44e, CASE WHEN COALESCE(p._lk25u, CASE WHEN p._lk25v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk25v, p._lk26v) END AS _lk27v, COALESCE(p._lk25u, CASE WHEN p._lk25v IS NULL THEN NULL END) AS _lk27u FROM sak_4 p
),
sak_6 AS (
  SELECT p.sak_id, p._lk0v, p._lk19v, p._lk19u, p._lk19e, p._lk30v, p._lk38v, p._lk42v, p._lk44v, p._lk44e, CASE p._lk27v WHEN 1 THEN CAST(0 AS DECIMAL(18,2)) WHEN 2 THEN p._lk28v END AS _lk29v, p._lk27u AS _lk29u, COALESCE(CASE WHEN p._lk27u IS NULL AND p._lk27v IS NULL THEN 'LK700100026' || 'Ingen definisjon av «utvidet» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk27v WHEN 2 THEN p._lk28e END) AS _lk29e, CASE WHEN COALESCE(g36.a35, 0) = 1 THEN (COALESCE(g36.a35, 0) = 1) WHEN r36.u35 IS NULL THEN (COALESCE(g36.a35, 0) = 1) END AS _lk35v, CASE WHEN COALESCE(g36.a35, 0) = 1 THEN NULL ELSE r36.u35 END AS _lk35u FROM sak_5 p LEFT JOIN (SELECT p.sak_id, MAX(CASE WHEN p._lk34v = TRUE THEN 1 ELSE 0 END) AS a35 FROM sak__barn_6 p GROUP BY p.sak_id) g36 ON g36.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, nullif(array_join(array_distinct(flatten(transform(array_sort(collect_list(CASE WHEN p._lk34u IS NOT NULL THEN struct(p.nr AS o, p._lk34u AS r) END)), x -> split(x.r, chr(30))))), chr(30)), '') AS u35 FROM sak__barn_6 p WHERE p._lk34u IS NOT NULL GROUP BY p.sak_id) r36 ON r36.sak_id = p.sak_id
),
sak_7 AS (
  SELECT p.sak_id, p._lk0v, p._lk19v, p._lk19u, p._lk19e, p._lk38v, p._lk42v, p._lk44v, p._lk44e, p._lk29v, p._lk29u, p._lk29e, (p._lk30v AND p._lk35v) AS _lk37v, CASE WHEN (p._lk30v AND p._lk35v) IS NULL THEN p._lk35u END AS _lk37u, CAST(p._lk19v + p._lk29v AS DECIMAL(18,2)) AS _lk46v, CASE WHEN p._lk19u IS NULL THEN p._lk29u WHEN p._lk29u IS NULL THEN p._lk19u ELSE array_join(array_union(split(p._lk19u, chr(30)), split(p._lk29u, chr(30))), chr(30)) END AS _lk46u, COALESCE(p._lk19e, p._lk29e) AS _lk46e FROM sak_6 p
),
sak_8 AS (
  SELECT p.sak_id, p._lk0v, p._lk19v, p._lk19u, p._lk19e, p._lk38v, p._lk42v, p._lk44v, p._lk44e, p._lk29v, p._lk29u, p._lk29e, p._lk46v, p._lk46u, p._lk46e, CASE WHEN p._lk37v THEN 2 END AS _lk39v, CASE WHEN p._lk37v IS NULL THEN p._lk37u END AS _lk39u FROM sak_7 p
),
sak_9 AS (
  SELECT p.sak_id, p._lk0v, p._lk19v, p._lk19u, p._lk19e, p._lk42v, p._lk44v, p._lk44e, p._lk29v, p._lk29u, p._lk29e, p._lk46v, p._lk46u, p._lk46e, p._lk39v, p._lk39u, CASE WHEN p._lk38v THEN 3 END AS _lk40v FROM sak_8 p
),
sak_10 AS (
  SELECT p.sak_id, p._lk0v, p._lk19v, p._lk19u, p._lk19e, p._lk42v, p._lk44v, p._lk44e, p._lk29v, p._lk29u, p._lk29e, p._lk46v, p._lk46u, p._lk46e, COALESCE(p._lk39v, p._lk40v) AS _lk41v, p._lk39u AS _lk41u, CASE WHEN p._lk40v IS NOT NULL AND p._lk39v IS NOT NULL THEN CASE WHEN p._lk39v = 2 AND p._lk40v = 3 THEN 'LK700200027' || 'Motstrid i «småbarnstillegg»: både unntaket «rett_til_tillegget» og unntaket «ikke_enslig» gjelder, og ingen av dem er unntak fra den andre' END END AS _lk41e FROM sak_9 p
),
sak_11 AS (
  SELECT p.sak_id, p._lk0v, p._lk19v, p._lk19u, p._lk19e, p._lk44v, p._lk44e, p._lk29v, p._lk29u, p._lk29e, p._lk46v, p._lk46u, p._lk46e, p._lk41e, CASE WHEN COALESCE(p._lk41u, CASE WHEN p._lk41v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk41v, p._lk42v) END AS _lk43v, COALESCE(p._lk41u, CASE WHEN p._lk41v IS NULL THEN NULL END) AS _lk43u FROM sak_10 p
),
sak_12 AS (
  SELECT p.sak_id, p._lk19v, p._lk19u, p._lk19e, p._lk29v, p._lk29u, p._lk29e, p._lk46v, p._lk46u, p._lk46e, CASE p._lk43v WHEN 1 THEN CAST(0 AS DECIMAL(18,2)) WHEN 2 THEN p._lk44v WHEN 3 THEN NULL END AS _lk45v, COALESCE(p._lk43u, CASE p._lk43v WHEN 3 THEN 'Saken oppgir rett til småbarnstillegg, men ikke at søkeren er enslig forsørger; småbarnstillegg forutsetter utvidet barnetrygd' END) AS _lk45u, COALESCE(p._lk41e, CASE WHEN p._lk43u IS NULL AND p._lk43v IS NULL THEN 'LK700100028' || 'Ingen definisjon av «småbarnstillegg» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk43v WHEN 2 THEN p._lk44e END) AS _lk45e FROM sak_11 p
),
sak_13 AS (
  SELECT p.sak_id, p._lk19v, p._lk19u, p._lk19e, p._lk29v, p._lk29u, p._lk29e, p._lk45v, p._lk45u, p._lk45e, CAST(p._lk46v + p._lk45v AS DECIMAL(18,2)) AS _lk47v, CASE WHEN p._lk46u IS NULL THEN p._lk45u WHEN p._lk45u IS NULL THEN p._lk46u ELSE array_join(array_union(split(p._lk46u, chr(30)), split(p._lk45u, chr(30))), chr(30)) END AS _lk47u, COALESCE(p._lk46e, p._lk45e) AS _lk47e FROM sak_12 p
),
sak_14 AS (
  SELECT p.sak_id, p._lk19v, p._lk19u, p._lk29v, p._lk29u, p._lk45v, p._lk45u, p._lk47v, p._lk47u, COALESCE(p._lk19e, p._lk29e, p._lk45e, p._lk47e) AS _lk48e FROM sak_13 p
)
SELECT p.sak_id,
  CAST(CASE WHEN p._lk48e IS NULL AND p._lk19u IS NULL THEN p._lk19v END AS DECIMAL(18,2)) AS `ordinær`,
  CAST(CASE WHEN p._lk48e IS NULL THEN p._lk19u END AS STRING) AS `ordinær__ubestemt`,
  CAST(CASE WHEN p._lk48e IS NULL AND p._lk29u IS NULL THEN p._lk29v END AS DECIMAL(18,2)) AS `utvidet`,
  CAST(CASE WHEN p._lk48e IS NULL THEN p._lk29u END AS STRING) AS `utvidet__ubestemt`,
  CAST(CASE WHEN p._lk48e IS NULL AND p._lk45u IS NULL THEN p._lk45v END AS DECIMAL(18,2)) AS `småbarnstillegg`,
  CAST(CASE WHEN p._lk48e IS NULL THEN p._lk45u END AS STRING) AS `småbarnstillegg__ubestemt`,
  CAST(CASE WHEN p._lk48e IS NULL AND p._lk47u IS NULL THEN p._lk47v END AS DECIMAL(18,2)) AS `barnetrygd`,
  CAST(CASE WHEN p._lk48e IS NULL THEN p._lk47u END AS STRING) AS `barnetrygd__ubestemt`,
  substr(p._lk48e, 1, 6) AS feil_kode,
  CAST(substr(p._lk48e, 7, 5) AS INTEGER) AS feil_sted,
  substr(p._lk48e, 12) AS feil_melding
FROM sak_14 p
ORDER BY p.sak_id;
