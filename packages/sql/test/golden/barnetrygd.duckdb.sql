-- lovkode sql --dialect duckdb (barnetrygd): the input tables, then the query

CREATE TABLE sak (
  sak_id BIGINT NOT NULL,
  "måned" DATE NOT NULL,
  "enslig_forsørger" BOOLEAN,
  "rett_til_småbarnstillegg" BOOLEAN
);

CREATE TABLE sak__barn (
  sak_id BIGINT NOT NULL,
  nr BIGINT NOT NULL,
  "fødselsdato" DATE NOT NULL
);

WITH
tabell_1 AS (
  SELECT * FROM (VALUES ('ordinær_under_6', DATE '0001-01-01', DATE '2002-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300001' || 'Tabellen «barnetrygdsats» har ingen verdi for ordinær_under_6 ', ': første rad gjelder fra 2003-01-01'),
    ('ordinær_under_6', DATE '2003-01-01', DATE '2007-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300002' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_under_6 ', ' (perioden fra 2003-01-01): Satsene før 1. januar 2008 er ikke registrert: statsbudsjettet 2003 oppgir 11 664 kr i året (972 kr i måneden), og når satsen ble 970 kr, er ikke verifisert'),
    ('ordinær_under_6', DATE '2008-01-01', DATE '2019-02-28', CAST(970 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_under_6', DATE '2019-03-01', DATE '2020-08-31', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_under_6', DATE '2020-09-01', DATE '2021-08-31', CAST(1354 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_under_6', DATE '2021-09-01', DATE '2021-12-31', CAST(1654 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_under_6', DATE '2022-01-01', DATE '2022-12-31', CAST(1676 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_under_6', DATE '2023-01-01', DATE '2023-06-30', CAST(NULL AS DECIMAL(18,2)), 'LK700300003' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_under_6 ', ' (perioden fra 2023-01-01): Satsene fra 1. januar til 30. juni 2023 er ikke verifisert fra en offisiell kilde (pressen melder nye satser fra 1. mars 2023)'),
    ('ordinær_under_6', DATE '2023-07-01', DATE '2023-12-31', CAST(1766 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_under_6', DATE '2024-01-01', DATE '2025-04-30', CAST(NULL AS DECIMAL(18,2)), 'LK700300004' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_under_6 ', ' (perioden fra 2024-01-01): Satsene fra 1. januar 2024 til 30. april 2025 er ikke verifisert fra en offisiell kilde (statsbudsjettet og revidert nasjonalbudsjett for 2024 mangler)'),
    ('ordinær_under_6', DATE '2025-05-01', DATE '2025-12-31', CAST(1968 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_under_6', DATE '2026-01-01', DATE '9999-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300005' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_under_6 ', ' (perioden fra 2026-01-01): Satsene fra 1. januar 2026 er ikke registrert (statsbudsjettet for 2026 mangler)'),
    ('ordinær_fra_6', DATE '0001-01-01', DATE '2002-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300006' || 'Tabellen «barnetrygdsats» har ingen verdi for ordinær_fra_6 ', ': første rad gjelder fra 2003-01-01'),
    ('ordinær_fra_6', DATE '2003-01-01', DATE '2007-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300007' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_fra_6 ', ' (perioden fra 2003-01-01): Satsene før 1. januar 2008 er ikke registrert: statsbudsjettet 2003 oppgir 11 664 kr i året (972 kr i måneden), og når satsen ble 970 kr, er ikke verifisert'),
    ('ordinær_fra_6', DATE '2008-01-01', DATE '2019-02-28', CAST(970 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_fra_6', DATE '2019-03-01', DATE '2020-08-31', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_fra_6', DATE '2020-09-01', DATE '2021-08-31', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_fra_6', DATE '2021-09-01', DATE '2021-12-31', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_fra_6', DATE '2022-01-01', DATE '2022-12-31', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_fra_6', DATE '2023-01-01', DATE '2023-06-30', CAST(NULL AS DECIMAL(18,2)), 'LK700300008' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_fra_6 ', ' (perioden fra 2023-01-01): Satsene fra 1. januar til 30. juni 2023 er ikke verifisert fra en offisiell kilde (pressen melder nye satser fra 1. mars 2023)'),
    ('ordinær_fra_6', DATE '2023-07-01', DATE '2023-12-31', CAST(1310 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_fra_6', DATE '2024-01-01', DATE '2025-04-30', CAST(NULL AS DECIMAL(18,2)), 'LK700300009' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_fra_6 ', ' (perioden fra 2024-01-01): Satsene fra 1. januar 2024 til 30. april 2025 er ikke verifisert fra en offisiell kilde (statsbudsjettet og revidert nasjonalbudsjett for 2024 mangler)'),
    ('ordinær_fra_6', DATE '2025-05-01', DATE '2025-12-31', CAST(1968 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_fra_6', DATE '2026-01-01', DATE '9999-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300010' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_fra_6 ', ' (perioden fra 2026-01-01): Satsene fra 1. januar 2026 er ikke registrert (statsbudsjettet for 2026 mangler)'),
    ('utvidet', DATE '0001-01-01', DATE '2002-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300011' || 'Tabellen «barnetrygdsats» har ingen verdi for utvidet ', ': første rad gjelder fra 2003-01-01'),
    ('utvidet', DATE '2003-01-01', DATE '2007-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300012' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ', ' (perioden fra 2003-01-01): Satsene før 1. januar 2008 er ikke registrert: statsbudsjettet 2003 oppgir 11 664 kr i året (972 kr i måneden), og når satsen ble 970 kr, er ikke verifisert'),
    ('utvidet', DATE '2008-01-01', DATE '2019-02-28', CAST(970 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('utvidet', DATE '2019-03-01', DATE '2020-08-31', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('utvidet', DATE '2020-09-01', DATE '2021-08-31', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('utvidet', DATE '2021-09-01', DATE '2021-12-31', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('utvidet', DATE '2022-01-01', DATE '2022-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300013' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ', ' (perioden fra 2022-01-01): Satsene for utvidet barnetrygd og småbarnstillegg fra 1. januar 2022 er ikke verifisert fra en offisiell kilde'),
    ('utvidet', DATE '2023-01-01', DATE '2023-06-30', CAST(NULL AS DECIMAL(18,2)), 'LK700300014' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ', ' (perioden fra 2023-01-01): Satsene fra 1. januar til 30. juni 2023 er ikke verifisert fra en offisiell kilde (pressen melder nye satser fra 1. mars 2023)'),
    ('utvidet', DATE '2023-07-01', DATE '2023-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300015' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ', ' (perioden fra 2023-07-01): Satsene for utvidet barnetrygd og småbarnstillegg fra 1. juli 2023 er ikke verifisert fra en offisiell kilde'),
    ('utvidet', DATE '2024-01-01', DATE '2025-04-30', CAST(NULL AS DECIMAL(18,2)), 'LK700300016' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ', ' (perioden fra 2024-01-01): Satsene fra 1. januar 2024 til 30. april 2025 er ikke verifisert fra en offisiell kilde (statsbudsjettet og revidert nasjonalbudsjett for 2024 mangler)'),
    ('utvidet', DATE '2025-05-01', DATE '2025-12-31', CAST(2516 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('utvidet', DATE '2026-01-01', DATE '9999-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300017' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ', ' (perioden fra 2026-01-01): Satsene fra 1. januar 2026 er ikke registrert (statsbudsjettet for 2026 mangler)'),
    ('småbarnstillegg', DATE '0001-01-01', DATE '2002-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300018' || 'Tabellen «barnetrygdsats» har ingen verdi for småbarnstillegg ', ': første rad gjelder fra 2003-01-01'),
    ('småbarnstillegg', DATE '2003-01-01', DATE '2007-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300019' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2003-01-01): Satsene før 1. januar 2008 er ikke registrert: statsbudsjettet 2003 oppgir 11 664 kr i året (972 kr i måneden), og når satsen ble 970 kr, er ikke verifisert'),
    ('småbarnstillegg', DATE '2008-01-01', DATE '2019-02-28', CAST(660 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('småbarnstillegg', DATE '2019-03-01', DATE '2020-08-31', CAST(660 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('småbarnstillegg', DATE '2020-09-01', DATE '2021-08-31', CAST(660 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('småbarnstillegg', DATE '2021-09-01', DATE '2021-12-31', CAST(660 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('småbarnstillegg', DATE '2022-01-01', DATE '2022-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300020' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2022-01-01): Satsene for utvidet barnetrygd og småbarnstillegg fra 1. januar 2022 er ikke verifisert fra en offisiell kilde'),
    ('småbarnstillegg', DATE '2023-01-01', DATE '2023-06-30', CAST(NULL AS DECIMAL(18,2)), 'LK700300021' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2023-01-01): Satsene fra 1. januar til 30. juni 2023 er ikke verifisert fra en offisiell kilde (pressen melder nye satser fra 1. mars 2023)'),
    ('småbarnstillegg', DATE '2023-07-01', DATE '2023-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300022' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2023-07-01): Satsene for utvidet barnetrygd og småbarnstillegg fra 1. juli 2023 er ikke verifisert fra en offisiell kilde'),
    ('småbarnstillegg', DATE '2024-01-01', DATE '2025-04-30', CAST(NULL AS DECIMAL(18,2)), 'LK700300023' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2024-01-01): Satsene fra 1. januar 2024 til 30. april 2025 er ikke verifisert fra en offisiell kilde (statsbudsjettet og revidert nasjonalbudsjett for 2024 mangler)'),
    ('småbarnstillegg', DATE '2025-05-01', DATE '2025-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300024' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2025-05-01): Satsen for småbarnstillegg fra 1. mai 2025 er ikke verifisert fra en offisiell kilde'),
    ('småbarnstillegg', DATE '2026-01-01', DATE '9999-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300025' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2026-01-01): Satsene fra 1. januar 2026 er ikke registrert (statsbudsjettet for 2026 mangler)')) AS x(k0, fra, til, verdi, feil, feil_etter)
),
sak_0 AS (
  SELECT sak_id, "måned", COALESCE("enslig_forsørger", FALSE) AS "enslig_forsørger", COALESCE("rett_til_småbarnstillegg", FALSE) AS "rett_til_småbarnstillegg", "måned" AS _lk0v FROM sak
),
sak__barn_0 AS (
  SELECT l.sak_id, l.nr, l."fødselsdato", c."måned" AS "sak.måned", c._lk0v FROM sak__barn l JOIN sak_0 c ON c.sak_id = l.sak_id
),
sak__barn_1 AS (
  SELECT p.sak_id, p.nr, p."fødselsdato", p."sak.måned", p._lk0v, CAST(date_trunc('month', p."fødselsdato") AS DATE) AS _lk1v FROM sak__barn_0 p
),
sak__barn_2 AS (
  SELECT p.sak_id, p.nr, p."fødselsdato", p."sak.måned", p._lk0v, p._lk1v, CAST(p._lk1v + INTERVAL (1) MONTH AS DATE) AS _lk2v FROM sak__barn_1 p
),
sak__barn_3 AS (
  SELECT p.sak_id, p.nr, p."fødselsdato", p."sak.måned", p._lk0v, CASE WHEN CAST(year(p._lk2v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk2v END AS _lk3v, CASE WHEN NOT (CAST(year(p._lk2v) AS BIGINT) BETWEEN 1 AND 9999) THEN strftime(p._lk1v, '%Y-%m') || ' + 1 måned faller utenfor kalenderen (årene 1–9999)' END AS _lk3u, CAST(p."fødselsdato" + INTERVAL (216) MONTH AS DATE) AS _lk4v FROM sak__barn_2 p
),
sak__barn_4 AS (
  SELECT p.sak_id, p.nr, p."fødselsdato", p."sak.måned", p._lk0v, p._lk3v, p._lk3u, CASE WHEN CAST(year(p._lk4v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk4v END AS _lk5v, CASE WHEN NOT (CAST(year(p._lk4v) AS BIGINT) BETWEEN 1 AND 9999) THEN strftime(p."fødselsdato", '%Y-%m-%d') || ' + 18 år faller utenfor kalenderen (årene 1–9999)' END AS _lk5u FROM sak__barn_3 p
),
sak__barn_5 AS (
  SELECT p.sak_id, p.nr, p."fødselsdato", p."sak.måned", p._lk0v, p._lk3v, p._lk3u, p._lk5v, p._lk5u, CAST(CAST(date_trunc('month', p._lk5v) AS DATE) + INTERVAL (-1) MONTH AS DATE) AS _lk6v FROM sak__barn_4 p
),
sak__barn_6 AS (
  SELECT p.sak_id, p.nr, p."fødselsdato", p."sak.måned", p._lk0v, p._lk3v, p._lk3u, CASE WHEN CAST(year(p._lk6v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk6v END AS _lk7v, COALESCE(p._lk5u, CASE WHEN NOT (CAST(year(p._lk6v) AS BIGINT) BETWEEN 1 AND 9999) THEN strftime(CAST(date_trunc('month', p._lk5v) AS DATE), '%Y-%m') || ' - 1 måned faller utenfor kalenderen (årene 1–9999)' END) AS _lk7u FROM sak__barn_5 p
),
sak__barn_7 AS (
  SELECT p.sak_id, p.nr, p."fødselsdato", p."sak.måned", p._lk0v, ((p._lk3v <= p."sak.måned") AND (p."sak.måned" <= p._lk7v)) AS _lk8v, CASE WHEN ((p._lk3v <= p."sak.måned") AND (p."sak.måned" <= p._lk7v)) IS NULL THEN CASE WHEN p._lk3u IS NULL THEN p._lk7u WHEN p._lk7u IS NULL THEN p._lk3u ELSE array_to_string(list_concat(string_split(p._lk3u, chr(30)), list_filter(string_split(p._lk7u, chr(30)), lambda r: NOT list_contains(string_split(p._lk3u, chr(30)), r))), chr(30)) END END AS _lk8u FROM sak__barn_6 p
),
sak__barn_8 AS (
  SELECT p.sak_id, p.nr, p."fødselsdato", p."sak.måned", p._lk0v, p._lk8v, p._lk8u, CASE WHEN p._lk8v THEN 2 END AS _lk9v, CASE WHEN p._lk8v IS NULL THEN p._lk8u END AS _lk9u, CASE WHEN TRUE THEN 1 END AS _lk10v FROM sak__barn_7 p
),
sak__barn_9 AS (
  SELECT p.sak_id, p.nr, p."fødselsdato", p."sak.måned", p._lk0v, p._lk8v, p._lk8u, CASE WHEN COALESCE(p._lk9u, CASE WHEN p._lk9v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk9v, p._lk10v) END AS _lk11v, COALESCE(p._lk9u, CASE WHEN p._lk9v IS NULL THEN NULL END) AS _lk11u, CAST(p."fødselsdato" + INTERVAL (72) MONTH AS DATE) AS _lk12v FROM sak__barn_8 p
),
sak__barn_10 AS (
  SELECT p.sak_id, p.nr, p."fødselsdato", p."sak.måned", p._lk0v, p._lk8v, p._lk8u, p._lk11v, p._lk11u, CASE WHEN CAST(year(p._lk12v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk12v END AS _lk13v, CASE WHEN NOT (CAST(year(p._lk12v) AS BIGINT) BETWEEN 1 AND 9999) THEN strftime(p."fødselsdato", '%Y-%m-%d') || ' + 6 år faller utenfor kalenderen (årene 1–9999)' END AS _lk13u FROM sak__barn_9 p
),
sak__barn_11 AS (
  SELECT p.sak_id, p.nr, p."fødselsdato", p."sak.måned", p._lk0v, p._lk8v, p._lk8u, p._lk11v, p._lk11u, p._lk13v, p._lk13u, CAST(CAST(date_trunc('month', p._lk13v) AS DATE) + INTERVAL (-1) MONTH AS DATE) AS _lk14v FROM sak__barn_10 p
),
sak__barn_12 AS (
  SELECT p.sak_id, p.nr, p."fødselsdato", p."sak.måned", p._lk0v, p._lk8v, p._lk8u, p._lk11v, p._lk11u, CASE WHEN CAST(year(p._lk14v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk14v END AS _lk15v, COALESCE(p._lk13u, CASE WHEN NOT (CAST(year(p._lk14v) AS BIGINT) BETWEEN 1 AND 9999) THEN strftime(CAST(date_trunc('month', p._lk13v) AS DATE), '%Y-%m') || ' - 1 måned faller utenfor kalenderen (årene 1–9999)' END) AS _lk15u FROM sak__barn_11 p
),
sak__barn_13 AS (
  SELECT p.sak_id, p.nr, p."fødselsdato", p."sak.måned", p._lk0v, p._lk8v, p._lk8u, p._lk11v, p._lk11u, (p."sak.måned" <= p._lk15v) AS _lk16v, p._lk15u AS _lk16u FROM sak__barn_12 p
),
sak__barn_14 AS (
  SELECT p.sak_id, p.nr, p."fødselsdato", p."sak.måned", p._lk0v, p._lk8v, p._lk8u, p._lk11v, p._lk11u, CASE p._lk16v WHEN TRUE THEN 'ordinær_under_6' WHEN FALSE THEN 'ordinær_fra_6' END AS _lk17v, CASE p._lk16v WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk16u END AS _lk17u FROM sak__barn_13 p
),
sak__barn_15 AS (
  SELECT p.sak_id, p.nr, p."fødselsdato", p."sak.måned", p._lk0v, p._lk8v, p._lk8u, p._lk11v, p._lk11u, t18.verdi AS _lk18v, p._lk17u AS _lk18u, CASE WHEN p._lk17u IS NULL THEN CASE WHEN t18.feil IS NULL THEN NULL WHEN t18.feil_etter IS NULL THEN t18.feil ELSE t18.feil || strftime(p."sak.måned", '%Y-%m-%d') || t18.feil_etter END END AS _lk18e FROM sak__barn_14 p LEFT JOIN tabell_1 t18 ON t18.k0 = p._lk17v AND t18.fra <= p."sak.måned" AND p."sak.måned" <= t18.til
),
sak__barn_16 AS (
  SELECT p.sak_id, p.nr, p."fødselsdato", p."sak.måned", p._lk0v, p._lk8v, p._lk8u, CASE p._lk11v WHEN 1 THEN CAST(0 AS DECIMAL(18,2)) WHEN 2 THEN p._lk18v END AS _lk19v, COALESCE(p._lk11u, CASE p._lk11v WHEN 2 THEN p._lk18u END) AS _lk19u, COALESCE(CASE WHEN p._lk11u IS NULL AND p._lk11v IS NULL THEN 'LK700100000' || 'Ingen definisjon av «barnetrygd_for_barnet» gjelder for saken ' || strftime(p._lk0v, '%Y-%m-%d') END, CASE p._lk11v WHEN 2 THEN p._lk18e END) AS _lk19e FROM sak__barn_15 p
),
sak__barn_17 AS (
  SELECT p.sak_id, p.nr, p."fødselsdato", p."sak.måned", p._lk0v, p._lk8v, p._lk8u, p._lk19v, p._lk19u, p._lk19e, CASE WHEN p._lk8v THEN 1 END AS _lk21v, CASE WHEN p._lk8v IS NULL THEN p._lk8u END AS _lk21u FROM sak__barn_16 p
),
sak_1 AS (
  SELECT p.sak_id, p."måned", p."enslig_forsørger", p."rett_til_småbarnstillegg", p._lk0v, CASE WHEN r20.u IS NULL THEN CAST(COALESCE(g20.a, 0) AS DECIMAL(18,2)) END AS _lk20v, r20.u AS _lk20u, r20.e AS _lk20e, CASE WHEN r22.u IS NULL THEN CAST(COALESCE(g22.a, 0) AS BIGINT) END AS _lk22v, r22.u AS _lk22u FROM sak_0 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk19v) AS a FROM sak__barn_16 p GROUP BY p.sak_id) g20 ON g20.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, arg_min(p._lk19u, p.nr) FILTER (WHERE p._lk19u IS NOT NULL) AS u, arg_min(p._lk19e, p.nr) FILTER (WHERE p._lk19e IS NOT NULL) AS e FROM sak__barn_16 p WHERE p._lk19u IS NOT NULL OR p._lk19e IS NOT NULL GROUP BY p.sak_id) r20 ON r20.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk21v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__barn_17 p GROUP BY p.sak_id) g22 ON g22.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, arg_min(p._lk21u, p.nr) FILTER (WHERE p._lk21u IS NOT NULL) AS u FROM sak__barn_17 p WHERE p._lk21u IS NOT NULL GROUP BY p.sak_id) r22 ON r22.sak_id = p.sak_id
),
sak_2 AS (
  SELECT p.sak_id, p."måned", p."enslig_forsørger", p."rett_til_småbarnstillegg", p._lk0v, p._lk20v, p._lk20u, p._lk20e, (p._lk22v > CAST(0 AS BIGINT)) AS _lk23v, p._lk22u AS _lk23u FROM sak_1 p
),
sak_3 AS (
  SELECT p.sak_id, p."måned", p."enslig_forsørger", p."rett_til_småbarnstillegg", p._lk0v, p._lk20v, p._lk20u, p._lk20e, (p."enslig_forsørger" AND p._lk23v) AS _lk24v, CASE WHEN (p."enslig_forsørger" AND p._lk23v) IS NULL THEN p._lk23u END AS _lk24u FROM sak_2 p
),
sak_4 AS (
  SELECT p.sak_id, p."måned", p."enslig_forsørger", p."rett_til_småbarnstillegg", p._lk0v, p._lk20v, p._lk20u, p._lk20e, CASE WHEN p._lk24v THEN 2 END AS _lk25v, CASE WHEN p._lk24v IS NULL THEN p._lk24u END AS _lk25u, CASE WHEN TRUE THEN 1 END AS _lk26v FROM sak_3 p
),
sak_5 AS (
  SELECT p.sak_id, p."måned", p."enslig_forsørger", p."rett_til_småbarnstillegg", p._lk0v, p._lk20v, p._lk20u, p._lk20e, CASE WHEN COALESCE(p._lk25u, CASE WHEN p._lk25v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk25v, p._lk26v) END AS _lk27v, COALESCE(p._lk25u, CASE WHEN p._lk25v IS NULL THEN NULL END) AS _lk27u, CASE WHEN p."måned" <= DATE '2002-12-31' THEN NULL WHEN p."måned" <= DATE '2007-12-31' THEN NULL WHEN p."måned" <= DATE '2019-02-28' THEN 970 WHEN p."måned" <= DATE '2020-08-31' THEN 1054 WHEN p."måned" <= DATE '2021-08-31' THEN 1054 WHEN p."måned" <= DATE '2021-12-31' THEN 1054 WHEN p."måned" <= DATE '2022-12-31' THEN NULL WHEN p."måned" <= DATE '2023-06-30' THEN NULL WHEN p."måned" <= DATE '2023-12-31' THEN NULL WHEN p."måned" <= DATE '2025-04-30' THEN NULL WHEN p."måned" <= DATE '2025-12-31' THEN 2516 ELSE NULL END AS _lk28v, CASE WHEN p."måned" <= DATE '2002-12-31' THEN 'LK700300011' || 'Tabellen «barnetrygdsats» har ingen verdi for utvidet ' || strftime(p."måned", '%Y-%m-%d') || ': første rad gjelder fra 2003-01-01' WHEN p."måned" <= DATE '2007-12-31' THEN 'LK700300012' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ' || strftime(p."måned", '%Y-%m-%d') || ' (perioden fra 2003-01-01): Satsene før 1. januar 2008 er ikke registrert: statsbudsjettet 2003 oppgir 11 664 kr i året (972 kr i måneden), og når satsen ble 970 kr, er ikke verifisert' WHEN p."måned" <= DATE '2019-02-28' THEN NULL WHEN p."måned" <= DATE '2020-08-31' THEN NULL WHEN p."måned" <= DATE '2021-08-31' THEN NULL WHEN p."måned" <= DATE '2021-12-31' THEN NULL WHEN p."måned" <= DATE '2022-12-31' THEN 'LK700300013' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ' || strftime(p."måned", '%Y-%m-%d') || ' (perioden fra 2022-01-01): Satsene for utvidet barnetrygd og småbarnstillegg fra 1. januar 2022 er ikke verifisert fra en offisiell kilde' WHEN p."måned" <= DATE '2023-06-30' THEN 'LK700300014' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ' || strftime(p."måned", '%Y-%m-%d') || ' (perioden fra 2023-01-01): Satsene fra 1. januar til 30. juni 2023 er ikke verifisert fra en offisiell kilde (pressen melder nye satser fra 1. mars 2023)' WHEN p."måned" <= DATE '2023-12-31' THEN 'LK700300015' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ' || strftime(p."måned", '%Y-%m-%d') || ' (perioden fra 2023-07-01): Satsene for utvidet barnetrygd og småbarnstillegg fra 1. juli 2023 er ikke verifisert fra en offisiell kilde' WHEN p."måned" <= DATE '2025-04-30' THEN 'LK700300016' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ' || strftime(p."måned", '%Y-%m-%d') || ' (perioden fra 2024-01-01): Satsene fra 1. januar 2024 til 30. april 2025 er ikke verifisert fra en offisiell kilde (statsbudsjettet og revidert nasjonalbudsjett for 2024 mangler)' WHEN p."måned" <= DATE '2025-12-31' THEN NULL ELSE 'LK700300017' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ' || strftime(p."måned", '%Y-%m-%d') || ' (perioden fra 2026-01-01): Satsene fra 1. januar 2026 er ikke registrert (statsbudsjettet for 2026 mangler)' END AS _lk28e FROM sak_4 p
),
sak__barn_18 AS (
  SELECT p.sak_id, p.nr, p."fødselsdato", p."sak.måned", p._lk0v, p._lk8v, p._lk8u, CAST(p."fødselsdato" + INTERVAL (36) MONTH AS DATE) AS _lk31v FROM sak__barn_17 p
),
sak__barn_19 AS (
  SELECT p.sak_id, p.nr, p."sak.måned", p._lk0v, p._lk8v, p._lk8u, CASE WHEN CAST(year(p._lk31v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk31v END AS _lk32v, CASE WHEN NOT (CAST(year(p._lk31v) AS BIGINT) BETWEEN 1 AND 9999) THEN strftime(p."fødselsdato", '%Y-%m-%d') || ' + 3 år faller utenfor kalenderen (årene 1–9999)' END AS _lk32u FROM sak__barn_18 p
),
sak__barn_20 AS (
  SELECT p.sak_id, p.nr, p."sak.måned", p._lk0v, p._lk8v, p._lk8u, CAST(date_trunc('month', p._lk32v) AS DATE) AS _lk33v, p._lk32u AS _lk33u FROM sak__barn_19 p
),
sak__barn_21 AS (
  SELECT p.sak_id, p.nr, p._lk0v, (p._lk8v AND (p."sak.måned" <= p._lk33v)) AS _lk34v, CASE WHEN (p._lk8v AND (p."sak.måned" <= p._lk33v)) IS NULL THEN CASE WHEN p._lk8u IS NULL THEN p._lk33u WHEN p._lk33u IS NULL THEN p._lk8u ELSE array_to_string(list_concat(string_split(p._lk8u, chr(30)), list_filter(string_split(p._lk33u, chr(30)), lambda r: NOT list_contains(string_split(p._lk8u, chr(30)), r))), chr(30)) END END AS _lk34u FROM sak__barn_20 p
),
sak_6 AS (
  SELECT p.sak_id, p."måned", p."enslig_forsørger", p."rett_til_småbarnstillegg", p._lk0v, p._lk20v, p._lk20u, p._lk20e, CASE p._lk27v WHEN 1 THEN CAST(0 AS DECIMAL(18,2)) WHEN 2 THEN p._lk28v END AS _lk29v, p._lk27u AS _lk29u, COALESCE(CASE WHEN p._lk27u IS NULL AND p._lk27v IS NULL THEN 'LK700100026' || 'Ingen definisjon av «utvidet» gjelder for saken ' || strftime(p._lk0v, '%Y-%m-%d') END, CASE p._lk27v WHEN 2 THEN p._lk28e END) AS _lk29e, (p."rett_til_småbarnstillegg" AND p."enslig_forsørger") AS _lk30v, CASE WHEN COALESCE(g35.a, 0) = 1 THEN (COALESCE(g35.a, 0) = 1) WHEN r35.u IS NULL THEN (COALESCE(g35.a, 0) = 1) END AS _lk35v, CASE WHEN COALESCE(g35.a, 0) = 1 THEN NULL ELSE r35.u END AS _lk35u FROM sak_5 p LEFT JOIN (SELECT p.sak_id, MAX(CASE WHEN p._lk34v = TRUE THEN 1 ELSE 0 END) AS a FROM sak__barn_21 p GROUP BY p.sak_id) g35 ON g35.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, array_to_string(list_filter(flatten(list(string_split(p._lk34u, chr(30)) ORDER BY p.nr) FILTER (WHERE p._lk34u IS NOT NULL)), lambda r, i: list_position(flatten(list(string_split(p._lk34u, chr(30)) ORDER BY p.nr) FILTER (WHERE p._lk34u IS NOT NULL)), r) = i), chr(30)) AS u FROM sak__barn_21 p WHERE p._lk34u IS NOT NULL GROUP BY p.sak_id) r35 ON r35.sak_id = p.sak_id
),
sak_7 AS (
  SELECT p.sak_id, p."måned", p._lk0v, p._lk20v, p._lk20u, p._lk20e, p._lk29v, p._lk29u, p._lk29e, (p._lk30v AND p._lk35v) AS _lk36v, CASE WHEN (p._lk30v AND p._lk35v) IS NULL THEN p._lk35u END AS _lk36u, (p."rett_til_småbarnstillegg" AND (NOT p."enslig_forsørger")) AS _lk37v FROM sak_6 p
),
sak_8 AS (
  SELECT p.sak_id, p."måned", p._lk0v, p._lk20v, p._lk20u, p._lk20e, p._lk29v, p._lk29u, p._lk29e, p._lk37v, CASE WHEN p._lk36v THEN 2 END AS _lk38v, CASE WHEN p._lk36v IS NULL THEN p._lk36u END AS _lk38u FROM sak_7 p
),
sak_9 AS (
  SELECT p.sak_id, p."måned", p._lk0v, p._lk20v, p._lk20u, p._lk20e, p._lk29v, p._lk29u, p._lk29e, p._lk38v, p._lk38u, CASE WHEN p._lk37v THEN 3 END AS _lk39v FROM sak_8 p
),
sak_10 AS (
  SELECT p.sak_id, p."måned", p._lk0v, p._lk20v, p._lk20u, p._lk20e, p._lk29v, p._lk29u, p._lk29e, COALESCE(p._lk38v, p._lk39v) AS _lk40v, p._lk38u AS _lk40u, CASE WHEN p._lk39v IS NOT NULL AND p._lk38v IS NOT NULL THEN CASE WHEN p._lk38v = 2 AND p._lk39v = 3 THEN 'LK700200027' || 'Motstrid i «småbarnstillegg»: både unntaket «rett_til_tillegget» og unntaket «ikke_enslig» gjelder, og ingen av dem er unntak fra den andre' END END AS _lk40e, CASE WHEN TRUE THEN 1 END AS _lk41v FROM sak_9 p
),
sak_11 AS (
  SELECT p.sak_id, p._lk0v, p._lk20v, p._lk20u, p._lk20e, p._lk29v, p._lk29u, p._lk29e, p._lk40e, CASE WHEN COALESCE(p._lk40u, CASE WHEN p._lk40v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk40v, p._lk41v) END AS _lk42v, COALESCE(p._lk40u, CASE WHEN p._lk40v IS NULL THEN NULL END) AS _lk42u, CASE WHEN p."måned" <= DATE '2002-12-31' THEN NULL WHEN p."måned" <= DATE '2007-12-31' THEN NULL WHEN p."måned" <= DATE '2019-02-28' THEN 660 WHEN p."måned" <= DATE '2020-08-31' THEN 660 WHEN p."måned" <= DATE '2021-08-31' THEN 660 WHEN p."måned" <= DATE '2021-12-31' THEN 660 WHEN p."måned" <= DATE '2022-12-31' THEN NULL WHEN p."måned" <= DATE '2023-06-30' THEN NULL WHEN p."måned" <= DATE '2023-12-31' THEN NULL WHEN p."måned" <= DATE '2025-04-30' THEN NULL WHEN p."måned" <= DATE '2025-12-31' THEN NULL ELSE NULL END AS _lk43v, CASE WHEN p."måned" <= DATE '2002-12-31' THEN 'LK700300018' || 'Tabellen «barnetrygdsats» har ingen verdi for småbarnstillegg ' || strftime(p."måned", '%Y-%m-%d') || ': første rad gjelder fra 2003-01-01' WHEN p."måned" <= DATE '2007-12-31' THEN 'LK700300019' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ' || strftime(p."måned", '%Y-%m-%d') || ' (perioden fra 2003-01-01): Satsene før 1. januar 2008 er ikke registrert: statsbudsjettet 2003 oppgir 11 664 kr i året (972 kr i måneden), og når satsen ble 970 kr, er ikke verifisert' WHEN p."måned" <= DATE '2019-02-28' THEN NULL WHEN p."måned" <= DATE '2020-08-31' THEN NULL WHEN p."måned" <= DATE '2021-08-31' THEN NULL WHEN p."måned" <= DATE '2021-12-31' THEN NULL WHEN p."måned" <= DATE '2022-12-31' THEN 'LK700300020' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ' || strftime(p."måned", '%Y-%m-%d') || ' (perioden fra 2022-01-01): Satsene for utvidet barnetrygd og småbarnstillegg fra 1. januar 2022 er ikke verifisert fra en offisiell kilde' WHEN p."måned" <= DATE '2023-06-30' THEN 'LK700300021' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ' || strftime(p."måned", '%Y-%m-%d') || ' (perioden fra 2023-01-01): Satsene fra 1. januar til 30. juni 2023 er ikke verifisert fra en offisiell kilde (pressen melder nye satser fra 1. mars 2023)' WHEN p."måned" <= DATE '2023-12-31' THEN 'LK700300022' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ' || strftime(p."måned", '%Y-%m-%d') || ' (perioden fra 2023-07-01): Satsene for utvidet barnetrygd og småbarnstillegg fra 1. juli 2023 er ikke verifisert fra en offisiell kilde' WHEN p."måned" <= DATE '2025-04-30' THEN 'LK700300023' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ' || strftime(p."måned", '%Y-%m-%d') || ' (perioden fra 2024-01-01): Satsene fra 1. januar 2024 til 30. april 2025 er ikke verifisert fra en offisiell kilde (statsbudsjettet og revidert nasjonalbudsjett for 2024 mangler)' WHEN p."måned" <= DATE '2025-12-31' THEN 'LK700300024' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ' || strftime(p."måned", '%Y-%m-%d') || ' (perioden fra 2025-05-01): Satsen for småbarnstillegg fra 1. mai 2025 er ikke verifisert fra en offisiell kilde' ELSE 'LK700300025' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ' || strftime(p."måned", '%Y-%m-%d') || ' (perioden fra 2026-01-01): Satsene fra 1. januar 2026 er ikke registrert (statsbudsjettet for 2026 mangler)' END AS _lk43e FROM sak_10 p
),
sak_12 AS (
  SELECT p.sak_id, p._lk20v, p._lk20u, p._lk20e, p._lk29v, p._lk29u, p._lk29e, CASE p._lk42v WHEN 1 THEN CAST(0 AS DECIMAL(18,2)) WHEN 2 THEN p._lk43v WHEN 3 THEN NULL END AS _lk44v, COALESCE(p._lk42u, CASE p._lk42v WHEN 3 THEN 'Saken oppgir rett til småbarnstillegg, men ikke at søkeren er enslig forsørger; småbarnstillegg forutsetter utvidet barnetrygd' END) AS _lk44u, COALESCE(p._lk40e, CASE WHEN p._lk42u IS NULL AND p._lk42v IS NULL THEN 'LK700100028' || 'Ingen definisjon av «småbarnstillegg» gjelder for saken ' || strftime(p._lk0v, '%Y-%m-%d') END, CASE p._lk42v WHEN 2 THEN p._lk43e END) AS _lk44e, CAST(p._lk20v + p._lk29v AS DECIMAL(18,2)) AS _lk45v, CASE WHEN p._lk20u IS NULL THEN p._lk29u WHEN p._lk29u IS NULL THEN p._lk20u ELSE array_to_string(list_concat(string_split(p._lk20u, chr(30)), list_filter(string_split(p._lk29u, chr(30)), lambda r: NOT list_contains(string_split(p._lk20u, chr(30)), r))), chr(30)) END AS _lk45u, COALESCE(p._lk20e, p._lk29e) AS _lk45e FROM sak_11 p
),
sak_13 AS (
  SELECT p.sak_id, p._lk20v, p._lk20u, p._lk20e, p._lk29v, p._lk29u, p._lk29e, p._lk44v, p._lk44u, p._lk44e, CAST(p._lk45v + p._lk44v AS DECIMAL(18,2)) AS _lk46v, CASE WHEN p._lk45u IS NULL THEN p._lk44u WHEN p._lk44u IS NULL THEN p._lk45u ELSE array_to_string(list_concat(string_split(p._lk45u, chr(30)), list_filter(string_split(p._lk44u, chr(30)), lambda r: NOT list_contains(string_split(p._lk45u, chr(30)), r))), chr(30)) END AS _lk46u, COALESCE(p._lk45e, p._lk44e) AS _lk46e FROM sak_12 p
),
sak_14 AS (
  SELECT p.sak_id, p._lk20v, p._lk20u, p._lk29v, p._lk29u, p._lk44v, p._lk44u, p._lk46v, p._lk46u, COALESCE(p._lk20e, p._lk29e, p._lk44e, p._lk46e) AS _lk47e FROM sak_13 p
)
SELECT p.sak_id,
  CAST(CASE WHEN p._lk47e IS NULL AND p._lk20u IS NULL THEN p._lk20v END AS DECIMAL(18,2)) AS "ordinær",
  CAST(CASE WHEN p._lk47e IS NULL THEN p._lk20u END AS VARCHAR) AS "ordinær__ubestemt",
  CAST(CASE WHEN p._lk47e IS NULL AND p._lk29u IS NULL THEN p._lk29v END AS DECIMAL(18,2)) AS "utvidet",
  CAST(CASE WHEN p._lk47e IS NULL THEN p._lk29u END AS VARCHAR) AS "utvidet__ubestemt",
  CAST(CASE WHEN p._lk47e IS NULL AND p._lk44u IS NULL THEN p._lk44v END AS DECIMAL(18,2)) AS "småbarnstillegg",
  CAST(CASE WHEN p._lk47e IS NULL THEN p._lk44u END AS VARCHAR) AS "småbarnstillegg__ubestemt",
  CAST(CASE WHEN p._lk47e IS NULL AND p._lk46u IS NULL THEN p._lk46v END AS DECIMAL(18,2)) AS "barnetrygd",
  CAST(CASE WHEN p._lk47e IS NULL THEN p._lk46u END AS VARCHAR) AS "barnetrygd__ubestemt",
  substr(p._lk47e, 1, 6) AS feil_kode,
  CAST(substr(p._lk47e, 7, 5) AS INTEGER) AS feil_sted,
  substr(p._lk47e, 12) AS feil_melding
FROM sak_14 p
ORDER BY p.sak_id;
