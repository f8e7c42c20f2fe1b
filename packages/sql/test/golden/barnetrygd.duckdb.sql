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
  SELECT * FROM (VALUES ('ordinær_under_6', CAST(NULL AS DATE), DATE '2003-01-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300001' || 'Tabellen «barnetrygdsats» har ingen verdi for ordinær_under_6 ', ': første rad gjelder fra 2003-01-01'),
    ('ordinær_under_6', DATE '2003-01-01', DATE '2008-01-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300002' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_under_6 ', ' (perioden fra 2003-01-01): Satsene før 1. januar 2008 er ikke registrert: statsbudsjettet 2003 oppgir 11 664 kr i året (972 kr i måneden), og når satsen ble 970 kr, er ikke verifisert'),
    ('ordinær_under_6', DATE '2008-01-01', DATE '2019-03-01', CAST(970 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_under_6', DATE '2019-03-01', DATE '2020-09-01', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_under_6', DATE '2020-09-01', DATE '2021-09-01', CAST(1354 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_under_6', DATE '2021-09-01', DATE '2022-01-01', CAST(1654 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_under_6', DATE '2022-01-01', DATE '2023-01-01', CAST(1676 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_under_6', DATE '2023-01-01', DATE '2023-07-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300003' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_under_6 ', ' (perioden fra 2023-01-01): Satsene fra 1. januar til 30. juni 2023 er ikke verifisert fra en offisiell kilde (pressen melder nye satser fra 1. mars 2023)'),
    ('ordinær_under_6', DATE '2023-07-01', DATE '2024-01-01', CAST(1766 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_under_6', DATE '2024-01-01', DATE '2025-05-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300004' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_under_6 ', ' (perioden fra 2024-01-01): Satsene fra 1. januar 2024 til 30. april 2025 er ikke verifisert fra en offisiell kilde (statsbudsjettet og revidert nasjonalbudsjett for 2024 mangler)'),
    ('ordinær_under_6', DATE '2025-05-01', DATE '2026-01-01', CAST(1968 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_under_6', DATE '2026-01-01', CAST(NULL AS DATE), CAST(NULL AS DECIMAL(18,2)), 'LK700300005' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_under_6 ', ' (perioden fra 2026-01-01): Satsene fra 1. januar 2026 er ikke registrert (statsbudsjettet for 2026 mangler)'),
    ('ordinær_fra_6', CAST(NULL AS DATE), DATE '2003-01-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300006' || 'Tabellen «barnetrygdsats» har ingen verdi for ordinær_fra_6 ', ': første rad gjelder fra 2003-01-01'),
    ('ordinær_fra_6', DATE '2003-01-01', DATE '2008-01-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300007' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_fra_6 ', ' (perioden fra 2003-01-01): Satsene før 1. januar 2008 er ikke registrert: statsbudsjettet 2003 oppgir 11 664 kr i året (972 kr i måneden), og når satsen ble 970 kr, er ikke verifisert'),
    ('ordinær_fra_6', DATE '2008-01-01', DATE '2019-03-01', CAST(970 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_fra_6', DATE '2019-03-01', DATE '2020-09-01', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_fra_6', DATE '2020-09-01', DATE '2021-09-01', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_fra_6', DATE '2021-09-01', DATE '2022-01-01', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_fra_6', DATE '2022-01-01', DATE '2023-01-01', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_fra_6', DATE '2023-01-01', DATE '2023-07-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300008' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_fra_6 ', ' (perioden fra 2023-01-01): Satsene fra 1. januar til 30. juni 2023 er ikke verifisert fra en offisiell kilde (pressen melder nye satser fra 1. mars 2023)'),
    ('ordinær_fra_6', DATE '2023-07-01', DATE '2024-01-01', CAST(1310 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_fra_6', DATE '2024-01-01', DATE '2025-05-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300009' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_fra_6 ', ' (perioden fra 2024-01-01): Satsene fra 1. januar 2024 til 30. april 2025 er ikke verifisert fra en offisiell kilde (statsbudsjettet og revidert nasjonalbudsjett for 2024 mangler)'),
    ('ordinær_fra_6', DATE '2025-05-01', DATE '2026-01-01', CAST(1968 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('ordinær_fra_6', DATE '2026-01-01', CAST(NULL AS DATE), CAST(NULL AS DECIMAL(18,2)), 'LK700300010' || 'Tabellen «barnetrygdsats» har ukjent verdi for ordinær_fra_6 ', ' (perioden fra 2026-01-01): Satsene fra 1. januar 2026 er ikke registrert (statsbudsjettet for 2026 mangler)'),
    ('utvidet', CAST(NULL AS DATE), DATE '2003-01-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300011' || 'Tabellen «barnetrygdsats» har ingen verdi for utvidet ', ': første rad gjelder fra 2003-01-01'),
    ('utvidet', DATE '2003-01-01', DATE '2008-01-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300012' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ', ' (perioden fra 2003-01-01): Satsene før 1. januar 2008 er ikke registrert: statsbudsjettet 2003 oppgir 11 664 kr i året (972 kr i måneden), og når satsen ble 970 kr, er ikke verifisert'),
    ('utvidet', DATE '2008-01-01', DATE '2019-03-01', CAST(970 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('utvidet', DATE '2019-03-01', DATE '2020-09-01', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('utvidet', DATE '2020-09-01', DATE '2021-09-01', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('utvidet', DATE '2021-09-01', DATE '2022-01-01', CAST(1054 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('utvidet', DATE '2022-01-01', DATE '2023-01-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300013' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ', ' (perioden fra 2022-01-01): Satsene for utvidet barnetrygd og småbarnstillegg fra 1. januar 2022 er ikke verifisert fra en offisiell kilde'),
    ('utvidet', DATE '2023-01-01', DATE '2023-07-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300014' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ', ' (perioden fra 2023-01-01): Satsene fra 1. januar til 30. juni 2023 er ikke verifisert fra en offisiell kilde (pressen melder nye satser fra 1. mars 2023)'),
    ('utvidet', DATE '2023-07-01', DATE '2024-01-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300015' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ', ' (perioden fra 2023-07-01): Satsene for utvidet barnetrygd og småbarnstillegg fra 1. juli 2023 er ikke verifisert fra en offisiell kilde'),
    ('utvidet', DATE '2024-01-01', DATE '2025-05-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300016' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ', ' (perioden fra 2024-01-01): Satsene fra 1. januar 2024 til 30. april 2025 er ikke verifisert fra en offisiell kilde (statsbudsjettet og revidert nasjonalbudsjett for 2024 mangler)'),
    ('utvidet', DATE '2025-05-01', DATE '2026-01-01', CAST(2516 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('utvidet', DATE '2026-01-01', CAST(NULL AS DATE), CAST(NULL AS DECIMAL(18,2)), 'LK700300017' || 'Tabellen «barnetrygdsats» har ukjent verdi for utvidet ', ' (perioden fra 2026-01-01): Satsene fra 1. januar 2026 er ikke registrert (statsbudsjettet for 2026 mangler)'),
    ('småbarnstillegg', CAST(NULL AS DATE), DATE '2003-01-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300018' || 'Tabellen «barnetrygdsats» har ingen verdi for småbarnstillegg ', ': første rad gjelder fra 2003-01-01'),
    ('småbarnstillegg', DATE '2003-01-01', DATE '2008-01-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300019' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2003-01-01): Satsene før 1. januar 2008 er ikke registrert: statsbudsjettet 2003 oppgir 11 664 kr i året (972 kr i måneden), og når satsen ble 970 kr, er ikke verifisert'),
    ('småbarnstillegg', DATE '2008-01-01', DATE '2019-03-01', CAST(660 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('småbarnstillegg', DATE '2019-03-01', DATE '2020-09-01', CAST(660 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('småbarnstillegg', DATE '2020-09-01', DATE '2021-09-01', CAST(660 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('småbarnstillegg', DATE '2021-09-01', DATE '2022-01-01', CAST(660 AS DECIMAL(18,2)), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
    ('småbarnstillegg', DATE '2022-01-01', DATE '2023-01-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300020' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2022-01-01): Satsene for utvidet barnetrygd og småbarnstillegg fra 1. januar 2022 er ikke verifisert fra en offisiell kilde'),
    ('småbarnstillegg', DATE '2023-01-01', DATE '2023-07-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300021' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2023-01-01): Satsene fra 1. januar til 30. juni 2023 er ikke verifisert fra en offisiell kilde (pressen melder nye satser fra 1. mars 2023)'),
    ('småbarnstillegg', DATE '2023-07-01', DATE '2024-01-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300022' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2023-07-01): Satsene for utvidet barnetrygd og småbarnstillegg fra 1. juli 2023 er ikke verifisert fra en offisiell kilde'),
    ('småbarnstillegg', DATE '2024-01-01', DATE '2025-05-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300023' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2024-01-01): Satsene fra 1. januar 2024 til 30. april 2025 er ikke verifisert fra en offisiell kilde (statsbudsjettet og revidert nasjonalbudsjett for 2024 mangler)'),
    ('småbarnstillegg', DATE '2025-05-01', DATE '2026-01-01', CAST(NULL AS DECIMAL(18,2)), 'LK700300024' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2025-05-01): Satsen for småbarnstillegg fra 1. mai 2025 er ikke verifisert fra en offisiell kilde'),
    ('småbarnstillegg', DATE '2026-01-01', CAST(NULL AS DATE), CAST(NULL AS DECIMAL(18,2)), 'LK700300025' || 'Tabellen «barnetrygdsats» har ukjent verdi for småbarnstillegg ', ' (perioden fra 2026-01-01): Satsene fra 1. januar 2026 er ikke registrert (statsbudsjettet for 2026 mangler)')) AS x(k0, fra, til, verdi, feil, feil_etter)
),
sak_0 AS (
  SELECT sak_id, "måned", COALESCE("enslig_forsørger", FALSE) AS "enslig_forsørger", COALESCE("rett_til_småbarnstillegg", FALSE) AS "rett_til_småbarnstillegg", "måned" AS _lk0v FROM sak
),
sak__barn_0 AS (
  SELECT sak_id, nr, "fødselsdato" FROM sak__barn
),
sak__barn_1 AS (
  SELECT p.*, c._lk0v AS _lk0v, CAST(date_trunc('month', p."fødselsdato") AS DATE) AS _lk1v FROM sak__barn_0 p JOIN sak_0 c ON c.sak_id = p.sak_id
),
sak__barn_2 AS (
  SELECT p.*, CAST(p._lk1v + INTERVAL (1) MONTH AS DATE) AS _lk2v FROM sak__barn_1 p
),
sak_1 AS (
  SELECT p.*, p."måned" AS _lk4v FROM sak_0 p
),
sak_2 AS (
  SELECT p.*, p."måned" AS _lk5v FROM sak_1 p
),
sak__barn_3 AS (
  SELECT p.*, CASE WHEN CAST(year(p._lk2v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk2v END AS _lk3v, CASE WHEN NOT (CAST(year(p._lk2v) AS BIGINT) BETWEEN 1 AND 9999) THEN strftime(p._lk1v, '%Y-%m') || ' + 1 måned faller utenfor kalenderen (årene 1–9999)' END AS _lk3u, c._lk4v AS _lk4v FROM sak__barn_2 p JOIN sak_1 c ON c.sak_id = p.sak_id
),
sak__barn_4 AS (
  SELECT p.*, c._lk5v AS _lk5v, CAST(p."fødselsdato" + INTERVAL (216) MONTH AS DATE) AS _lk6v FROM sak__barn_3 p JOIN sak_2 c ON c.sak_id = p.sak_id
),
sak__barn_5 AS (
  SELECT p.*, CASE WHEN CAST(year(p._lk6v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk6v END AS _lk7v, CASE WHEN NOT (CAST(year(p._lk6v) AS BIGINT) BETWEEN 1 AND 9999) THEN strftime(p."fødselsdato", '%Y-%m-%d') || ' + 18 år faller utenfor kalenderen (årene 1–9999)' END AS _lk7u FROM sak__barn_4 p
),
sak__barn_6 AS (
  SELECT p.*, CAST(CAST(date_trunc('month', p._lk7v) AS DATE) + INTERVAL (-1) MONTH AS DATE) AS _lk8v FROM sak__barn_5 p
),
sak__barn_7 AS (
  SELECT p.*, CASE WHEN CAST(year(p._lk8v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk8v END AS _lk9v, COALESCE(p._lk7u, CASE WHEN NOT (CAST(year(p._lk8v) AS BIGINT) BETWEEN 1 AND 9999) THEN strftime(CAST(date_trunc('month', p._lk7v) AS DATE), '%Y-%m') || ' - 1 måned faller utenfor kalenderen (årene 1–9999)' END) AS _lk9u FROM sak__barn_6 p
),
sak__barn_8 AS (
  SELECT p.*, ((p._lk3v <= p._lk4v) AND (p._lk5v <= p._lk9v)) AS _lk10v, CASE WHEN ((p._lk3v <= p._lk4v) AND (p._lk5v <= p._lk9v)) IS NULL THEN CASE WHEN p._lk3u IS NULL THEN p._lk9u WHEN p._lk9u IS NULL THEN p._lk3u ELSE array_to_string(list_concat(string_split(p._lk3u, chr(30)), list_filter(string_split(p._lk9u, chr(30)), lambda r: NOT list_contains(string_split(p._lk3u, chr(30)), r))), chr(30)) END END AS _lk10u FROM sak__barn_7 p
),
sak__barn_9 AS (
  SELECT p.*, CASE WHEN p._lk10v THEN 2 END AS _lk11v, CASE WHEN p._lk10v IS NULL THEN p._lk10u END AS _lk11u, CASE WHEN TRUE THEN 1 END AS _lk12v FROM sak__barn_8 p
),
sak_3 AS (
  SELECT p.*, p."måned" AS _lk14v FROM sak_2 p
),
sak__barn_10 AS (
  SELECT p.*, CASE WHEN COALESCE(p._lk11u, CASE WHEN p._lk11v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk11v, p._lk12v) END AS _lk13v, COALESCE(p._lk11u, CASE WHEN p._lk11v IS NULL THEN NULL END) AS _lk13u, c._lk14v AS _lk14v, CAST(p."fødselsdato" + INTERVAL (72) MONTH AS DATE) AS _lk15v FROM sak__barn_9 p JOIN sak_3 c ON c.sak_id = p.sak_id
),
sak__barn_11 AS (
  SELECT p.*, CASE WHEN CAST(year(p._lk15v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk15v END AS _lk16v, CASE WHEN NOT (CAST(year(p._lk15v) AS BIGINT) BETWEEN 1 AND 9999) THEN strftime(p."fødselsdato", '%Y-%m-%d') || ' + 6 år faller utenfor kalenderen (årene 1–9999)' END AS _lk16u FROM sak__barn_10 p
),
sak__barn_12 AS (
  SELECT p.*, CAST(CAST(date_trunc('month', p._lk16v) AS DATE) + INTERVAL (-1) MONTH AS DATE) AS _lk17v FROM sak__barn_11 p
),
sak__barn_13 AS (
  SELECT p.*, CASE WHEN CAST(year(p._lk17v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk17v END AS _lk18v, COALESCE(p._lk16u, CASE WHEN NOT (CAST(year(p._lk17v) AS BIGINT) BETWEEN 1 AND 9999) THEN strftime(CAST(date_trunc('month', p._lk16v) AS DATE), '%Y-%m') || ' - 1 måned faller utenfor kalenderen (årene 1–9999)' END) AS _lk18u FROM sak__barn_12 p
),
sak__barn_14 AS (
  SELECT p.*, (p._lk14v <= p._lk18v) AS _lk19v, p._lk18u AS _lk19u FROM sak__barn_13 p
),
sak_4 AS (
  SELECT p.*, p."måned" AS _lk21v FROM sak_3 p
),
sak__barn_15 AS (
  SELECT p.*, CASE p._lk19v WHEN TRUE THEN 'ordinær_under_6' WHEN FALSE THEN 'ordinær_fra_6' END AS _lk20v, CASE p._lk19v WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk19u END AS _lk20u, c._lk21v AS _lk21v FROM sak__barn_14 p JOIN sak_4 c ON c.sak_id = p.sak_id
),
sak__barn_16 AS (
  SELECT p.*, t22.verdi AS _lk22v, p._lk20u AS _lk22u, CASE WHEN p._lk20u IS NULL THEN CASE WHEN t22.feil IS NULL THEN NULL WHEN t22.feil_etter IS NULL THEN t22.feil ELSE t22.feil || strftime(p._lk21v, '%Y-%m-%d') || t22.feil_etter END END AS _lk22e FROM sak__barn_15 p LEFT JOIN tabell_1 t22 ON t22.k0 = p._lk20v AND (t22.fra IS NULL OR t22.fra <= p._lk21v) AND (t22.til IS NULL OR p._lk21v < t22.til)
),
sak__barn_17 AS (
  SELECT p.*, CASE p._lk13v WHEN 1 THEN CAST(0 AS DECIMAL(18,2)) WHEN 2 THEN p._lk22v END AS _lk23v, COALESCE(p._lk13u, CASE p._lk13v WHEN 2 THEN p._lk22u END) AS _lk23u, COALESCE(CASE WHEN p._lk13u IS NULL AND p._lk13v IS NULL THEN 'LK700100000' || 'Ingen definisjon av «barnetrygd_for_barnet» gjelder for saken ' || strftime(p._lk0v, '%Y-%m-%d') END, CASE p._lk13v WHEN 2 THEN p._lk22e END) AS _lk23e FROM sak__barn_16 p
),
sak__barn_18 AS (
  SELECT p.*, CASE WHEN p._lk10v THEN 1 END AS _lk25v, CASE WHEN p._lk10v IS NULL THEN p._lk10u END AS _lk25u FROM sak__barn_17 p
),
sak_5 AS (
  SELECT p.*, CASE WHEN g24.u IS NULL THEN CAST(COALESCE(g24.a, 0) AS DECIMAL(18,2)) END AS _lk24v, g24.u AS _lk24u, g24.e AS _lk24e, CASE WHEN g26.u IS NULL THEN CAST(COALESCE(g26.a, 0) AS BIGINT) END AS _lk26v, g26.u AS _lk26u FROM sak_4 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk23v) AS a, arg_min(p._lk23u, p.nr) FILTER (WHERE p._lk23u IS NOT NULL) AS u, arg_min(p._lk23e, p.nr) FILTER (WHERE p._lk23e IS NOT NULL) AS e FROM sak__barn_17 p GROUP BY p.sak_id) g24 ON g24.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk25v IS NOT NULL THEN 1 ELSE 0 END) AS a, arg_min(p._lk25u, p.nr) FILTER (WHERE p._lk25u IS NOT NULL) AS u FROM sak__barn_18 p GROUP BY p.sak_id) g26 ON g26.sak_id = p.sak_id
),
sak_6 AS (
  SELECT p.*, (p._lk26v > CAST(0 AS BIGINT)) AS _lk27v, p._lk26u AS _lk27u FROM sak_5 p
),
sak_7 AS (
  SELECT p.*, (p."enslig_forsørger" AND p._lk27v) AS _lk28v, CASE WHEN (p."enslig_forsørger" AND p._lk27v) IS NULL THEN p._lk27u END AS _lk28u FROM sak_6 p
),
sak_8 AS (
  SELECT p.*, CASE WHEN p._lk28v THEN 2 END AS _lk29v, CASE WHEN p._lk28v IS NULL THEN p._lk28u END AS _lk29u, CASE WHEN TRUE THEN 1 END AS _lk30v FROM sak_7 p
),
sak_9 AS (
  SELECT p.*, CASE WHEN COALESCE(p._lk29u, CASE WHEN p._lk29v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk29v, p._lk30v) END AS _lk31v, COALESCE(p._lk29u, CASE WHEN p._lk29v IS NULL THEN NULL END) AS _lk31u, t32.verdi AS _lk32v, CASE WHEN t32.feil IS NULL THEN NULL WHEN t32.feil_etter IS NULL THEN t32.feil ELSE t32.feil || strftime(p."måned", '%Y-%m-%d') || t32.feil_etter END AS _lk32e FROM sak_8 p LEFT JOIN tabell_1 t32 ON t32.k0 = 'utvidet' AND (t32.fra IS NULL OR t32.fra <= p."måned") AND (t32.til IS NULL OR p."måned" < t32.til)
),
sak_10 AS (
  SELECT p.*, CASE p._lk31v WHEN 1 THEN CAST(0 AS DECIMAL(18,2)) WHEN 2 THEN p._lk32v END AS _lk33v, p._lk31u AS _lk33u, COALESCE(CASE WHEN p._lk31u IS NULL AND p._lk31v IS NULL THEN 'LK700100026' || 'Ingen definisjon av «utvidet» gjelder for saken ' || strftime(p._lk0v, '%Y-%m-%d') END, CASE p._lk31v WHEN 2 THEN p._lk32e END) AS _lk33e, (p."rett_til_småbarnstillegg" AND p."enslig_forsørger") AS _lk34v, p."måned" AS _lk35v FROM sak_9 p
),
sak__barn_19 AS (
  SELECT p.*, c._lk35v AS _lk35v, CAST(p."fødselsdato" + INTERVAL (36) MONTH AS DATE) AS _lk36v FROM sak__barn_18 p JOIN sak_10 c ON c.sak_id = p.sak_id
),
sak__barn_20 AS (
  SELECT p.*, CASE WHEN CAST(year(p._lk36v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk36v END AS _lk37v, CASE WHEN NOT (CAST(year(p._lk36v) AS BIGINT) BETWEEN 1 AND 9999) THEN strftime(p."fødselsdato", '%Y-%m-%d') || ' + 3 år faller utenfor kalenderen (årene 1–9999)' END AS _lk37u FROM sak__barn_19 p
),
sak__barn_21 AS (
  SELECT p.*, CAST(date_trunc('month', p._lk37v) AS DATE) AS _lk38v, p._lk37u AS _lk38u FROM sak__barn_20 p
),
sak__barn_22 AS (
  SELECT p.*, (p._lk10v AND (p._lk35v <= p._lk38v)) AS _lk39v, CASE WHEN (p._lk10v AND (p._lk35v <= p._lk38v)) IS NULL THEN CASE WHEN p._lk10u IS NULL THEN p._lk38u WHEN p._lk38u IS NULL THEN p._lk10u ELSE array_to_string(list_concat(string_split(p._lk10u, chr(30)), list_filter(string_split(p._lk38u, chr(30)), lambda r: NOT list_contains(string_split(p._lk10u, chr(30)), r))), chr(30)) END END AS _lk39u FROM sak__barn_21 p
),
sak_11 AS (
  SELECT p.*, CASE WHEN COALESCE(g40.a, 0) = 1 THEN (COALESCE(g40.a, 0) = 1) WHEN g40.u IS NULL THEN (COALESCE(g40.a, 0) = 1) END AS _lk40v, CASE WHEN COALESCE(g40.a, 0) = 1 THEN NULL ELSE g40.u END AS _lk40u FROM sak_10 p LEFT JOIN (SELECT p.sak_id, MAX(CASE WHEN p._lk39v = TRUE THEN 1 ELSE 0 END) AS a, array_to_string(list_filter(flatten(list(string_split(p._lk39u, chr(30)) ORDER BY p.nr) FILTER (WHERE p._lk39u IS NOT NULL)), lambda r, i: list_position(flatten(list(string_split(p._lk39u, chr(30)) ORDER BY p.nr) FILTER (WHERE p._lk39u IS NOT NULL)), r) = i), chr(30)) AS u FROM sak__barn_22 p GROUP BY p.sak_id) g40 ON g40.sak_id = p.sak_id
),
sak_12 AS (
  SELECT p.*, (p._lk34v AND p._lk40v) AS _lk41v, CASE WHEN (p._lk34v AND p._lk40v) IS NULL THEN p._lk40u END AS _lk41u, (p."rett_til_småbarnstillegg" AND (NOT p."enslig_forsørger")) AS _lk42v FROM sak_11 p
),
sak_13 AS (
  SELECT p.*, CASE WHEN p._lk41v THEN 2 END AS _lk43v, CASE WHEN p._lk41v IS NULL THEN p._lk41u END AS _lk43u FROM sak_12 p
),
sak_14 AS (
  SELECT p.*, CASE WHEN p._lk42v THEN 3 END AS _lk44v FROM sak_13 p
),
sak_15 AS (
  SELECT p.*, COALESCE(p._lk43v, p._lk44v) AS _lk45v, p._lk43u AS _lk45u, CASE WHEN p._lk44v IS NOT NULL AND p._lk43v IS NOT NULL THEN CASE WHEN p._lk43v = 2 AND p._lk44v = 3 THEN 'LK700200027' || 'Motstrid i «småbarnstillegg»: både unntaket «rett_til_tillegget» og unntaket «ikke_enslig» gjelder, og ingen av dem er unntak fra den andre' END END AS _lk45e, CASE WHEN TRUE THEN 1 END AS _lk46v FROM sak_14 p
),
sak_16 AS (
  SELECT p.*, CASE WHEN COALESCE(p._lk45u, CASE WHEN p._lk45v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk45v, p._lk46v) END AS _lk47v, COALESCE(p._lk45u, CASE WHEN p._lk45v IS NULL THEN NULL END) AS _lk47u, t48.verdi AS _lk48v, CASE WHEN t48.feil IS NULL THEN NULL WHEN t48.feil_etter IS NULL THEN t48.feil ELSE t48.feil || strftime(p."måned", '%Y-%m-%d') || t48.feil_etter END AS _lk48e FROM sak_15 p LEFT JOIN tabell_1 t48 ON t48.k0 = 'småbarnstillegg' AND (t48.fra IS NULL OR t48.fra <= p."måned") AND (t48.til IS NULL OR p."måned" < t48.til)
),
sak_17 AS (
  SELECT p.*, CASE p._lk47v WHEN 1 THEN CAST(0 AS DECIMAL(18,2)) WHEN 2 THEN p._lk48v WHEN 3 THEN NULL END AS _lk49v, COALESCE(p._lk47u, CASE p._lk47v WHEN 3 THEN 'Saken oppgir rett til småbarnstillegg, men ikke at søkeren er enslig forsørger; småbarnstillegg forutsetter utvidet barnetrygd' END) AS _lk49u, COALESCE(p._lk45e, CASE WHEN p._lk47u IS NULL AND p._lk47v IS NULL THEN 'LK700100028' || 'Ingen definisjon av «småbarnstillegg» gjelder for saken ' || strftime(p._lk0v, '%Y-%m-%d') END, CASE p._lk47v WHEN 2 THEN p._lk48e END) AS _lk49e, CAST(p._lk24v + p._lk33v AS DECIMAL(18,2)) AS _lk50v, CASE WHEN p._lk24u IS NULL THEN p._lk33u WHEN p._lk33u IS NULL THEN p._lk24u ELSE array_to_string(list_concat(string_split(p._lk24u, chr(30)), list_filter(string_split(p._lk33u, chr(30)), lambda r: NOT list_contains(string_split(p._lk24u, chr(30)), r))), chr(30)) END AS _lk50u, COALESCE(p._lk24e, p._lk33e) AS _lk50e FROM sak_16 p
),
sak_18 AS (
  SELECT p.*, CAST(p._lk50v + p._lk49v AS DECIMAL(18,2)) AS _lk51v, CASE WHEN p._lk50u IS NULL THEN p._lk49u WHEN p._lk49u IS NULL THEN p._lk50u ELSE array_to_string(list_concat(string_split(p._lk50u, chr(30)), list_filter(string_split(p._lk49u, chr(30)), lambda r: NOT list_contains(string_split(p._lk50u, chr(30)), r))), chr(30)) END AS _lk51u, COALESCE(p._lk50e, p._lk49e) AS _lk51e FROM sak_17 p
),
sak_19 AS (
  SELECT p.*, COALESCE(p._lk24e, p._lk33e, p._lk49e, p._lk51e) AS _lk52e FROM sak_18 p
)
SELECT p.sak_id,
  CAST(CASE WHEN p._lk52e IS NULL AND p._lk24u IS NULL THEN p._lk24v END AS DECIMAL(18,2)) AS "ordinær",
  CASE WHEN p._lk52e IS NULL THEN p._lk24u END AS "ordinær__ubestemt",
  CAST(CASE WHEN p._lk52e IS NULL AND p._lk33u IS NULL THEN p._lk33v END AS DECIMAL(18,2)) AS "utvidet",
  CASE WHEN p._lk52e IS NULL THEN p._lk33u END AS "utvidet__ubestemt",
  CAST(CASE WHEN p._lk52e IS NULL AND p._lk49u IS NULL THEN p._lk49v END AS DECIMAL(18,2)) AS "småbarnstillegg",
  CASE WHEN p._lk52e IS NULL THEN p._lk49u END AS "småbarnstillegg__ubestemt",
  CAST(CASE WHEN p._lk52e IS NULL AND p._lk51u IS NULL THEN p._lk51v END AS DECIMAL(18,2)) AS "barnetrygd",
  CASE WHEN p._lk52e IS NULL THEN p._lk51u END AS "barnetrygd__ubestemt",
  substr(p._lk52e, 1, 6) AS feil_kode,
  CAST(substr(p._lk52e, 7, 5) AS INTEGER) AS feil_sted,
  substr(p._lk52e, 12) AS feil_melding
FROM sak_19 p
ORDER BY p.sak_id;
