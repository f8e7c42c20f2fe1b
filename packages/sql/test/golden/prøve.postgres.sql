-- lovkode sql --dialect postgres (prøve): the input tables, then the query

CREATE TABLE sak (
  sak_id BIGINT NOT NULL,
  "dag" DATE NOT NULL,
  "flagg" BOOLEAN,
  "annet" BOOLEAN,
  "tall" BIGINT
);

CREATE TABLE sak__personer (
  sak_id BIGINT NOT NULL,
  nr BIGINT NOT NULL,
  "fødselsdato" DATE NOT NULL,
  "kategori" TEXT,
  "inntekt" NUMERIC(18,2)
);

WITH
tabell_1 AS (
  SELECT * FROM (VALUES ('a', DATE '0001-01-01', DATE '2019-12-31', CAST(NULL AS NUMERIC(18,2)), 'LK700300001' || 'Tabellen «sats» har ingen verdi for a ', ': første rad gjelder fra 2020-01-01'),
    ('a', DATE '2020-01-01', DATE '2020-12-31', CAST(100 AS NUMERIC(18,2)), CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('a', DATE '2021-01-01', DATE '2021-12-31', CAST(110 AS NUMERIC(18,2)), CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('a', DATE '2022-01-01', DATE '2022-12-31', CAST(120 AS NUMERIC(18,2)), CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('a', DATE '2023-01-01', DATE '9999-12-31', CAST(NULL AS NUMERIC(18,2)), 'LK700300002' || 'Tabellen «sats» har ingen verdi for a ', ': raden fra 2022-01-01 gjaldt til 2022-12-31'),
    ('b', DATE '0001-01-01', DATE '2019-12-31', CAST(NULL AS NUMERIC(18,2)), 'LK700300003' || 'Tabellen «sats» har ingen verdi for b ', ': første rad gjelder fra 2020-01-01'),
    ('b', DATE '2020-01-01', DATE '2020-12-31', CAST(200 AS NUMERIC(18,2)), CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('b', DATE '2021-01-01', DATE '2021-12-31', CAST(NULL AS NUMERIC(18,2)), 'LK700300004' || 'Tabellen «sats» har ukjent verdi for b ', ' (perioden fra 2021-01-01): b er ikke kjent for 2021'),
    ('b', DATE '2022-01-01', DATE '2022-12-31', CAST(220 AS NUMERIC(18,2)), CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('b', DATE '2023-01-01', DATE '9999-12-31', CAST(NULL AS NUMERIC(18,2)), 'LK700300005' || 'Tabellen «sats» har ingen verdi for b ', ': raden fra 2022-01-01 gjaldt til 2022-12-31')) AS x(k0, fra, til, verdi, feil, feil_etter)
),
sak_0 AS (
  SELECT sak_id, "dag", COALESCE("flagg", FALSE) AS "flagg", COALESCE("annet", FALSE) AS "annet", COALESCE("tall", CAST(0 AS BIGINT)) AS "tall", "dag" AS _lk0v FROM sak
),
sak__personer_0 AS (
  SELECT l.sak_id, l.nr, l."fødselsdato", COALESCE(l."kategori", 'a') AS "kategori", COALESCE(l."inntekt", CAST(0 AS NUMERIC(18,2))) AS "inntekt", c."dag" AS "sak.dag", c."flagg" AS "sak.flagg", c."annet" AS "sak.annet", c."tall" AS "sak.tall", c._lk0v FROM sak__personer l JOIN sak_0 c ON c.sak_id = l.sak_id
),
sak__personer_1 AS (
  SELECT p.*, CASE WHEN p."sak.dag" >= p."fødselsdato" THEN CAST(EXTRACT(YEAR FROM p."sak.dag") AS BIGINT) - CAST(EXTRACT(YEAR FROM p."fødselsdato") AS BIGINT) - CASE WHEN CAST(EXTRACT(MONTH FROM p."sak.dag") AS BIGINT) * 100 + CAST(EXTRACT(DAY FROM p."sak.dag") AS BIGINT) < CAST(EXTRACT(MONTH FROM p."fødselsdato") AS BIGINT) * 100 + CAST(EXTRACT(DAY FROM p."fødselsdato") AS BIGINT) THEN 1 ELSE 0 END END AS _lk1v, CASE WHEN p."sak.dag" < p."fødselsdato" THEN 'Alderen kan ikke regnes ut: fødselsdatoen ' || to_char(p."fødselsdato", 'YYYY-MM-DD') || ' er etter ' || to_char(p."sak.dag", 'YYYY-MM-DD') || ', datoen alderen regnes på' END AS _lk1u FROM sak__personer_0 p
),
sak__personer_2 AS (
  SELECT p.*, (p._lk1v >= CAST(18 AS BIGINT)) AS _lk2v, p._lk1u AS _lk2u FROM sak__personer_1 p
),
sak__personer_3 AS (
  SELECT p.*, CASE WHEN p._lk2v THEN 1 END AS _lk3v, CASE WHEN p._lk2v IS NULL THEN p._lk2u END AS _lk3u FROM sak__personer_2 p
),
sak__personer_4 AS (
  SELECT p.*, CASE WHEN (p."inntekt" > CAST(1000 AS NUMERIC(18,2))) THEN 3 END AS _lk5v FROM sak__personer_3 p
),
sak__personer_5 AS (
  SELECT p.*, CASE WHEN NULL IS NOT NULL THEN NULL WHEN p._lk5v IS NOT NULL THEN p._lk5v WHEN (NOT p._lk2v) THEN 2 END AS _lk6v, CASE WHEN NULL IS NULL AND p._lk5v IS NULL AND (NOT p._lk2v) IS NULL THEN p._lk2u END AS _lk6u, CASE WHEN TRUE THEN 1 END AS _lk7v FROM sak__personer_4 p
),
sak__personer_6 AS (
  SELECT p.*, CASE WHEN COALESCE(p._lk6u, CASE WHEN p._lk6v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk6v, p._lk7v) END AS _lk8v, COALESCE(p._lk6u, CASE WHEN p._lk6v IS NULL THEN NULL END) AS _lk8u, t9.verdi AS _lk9v, CASE WHEN t9.feil IS NULL THEN NULL WHEN t9.feil_etter IS NULL THEN t9.feil ELSE t9.feil || to_char(p._lk0v, 'YYYY-MM-DD') || t9.feil_etter END AS _lk9e, CAST(p."sak.dag" + make_interval(months => -12) AS DATE) AS _lk10v FROM sak__personer_5 p LEFT JOIN tabell_1 t9 ON t9.k0 = p."kategori" AND t9.fra <= p._lk0v AND p._lk0v <= t9.til
),
sak__personer_7 AS (
  SELECT p.*, CASE WHEN CAST(EXTRACT(YEAR FROM p._lk10v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk10v END AS _lk11v, CASE WHEN NOT (CAST(EXTRACT(YEAR FROM p._lk10v) AS BIGINT) BETWEEN 1 AND 9999) THEN to_char(p."sak.dag", 'YYYY-MM-DD') || ' - 1 år faller utenfor kalenderen (årene 1–9999)' END AS _lk11u FROM sak__personer_6 p
),
sak__personer_8 AS (
  SELECT p.*, t12.verdi AS _lk12v, p._lk11u AS _lk12u, CASE WHEN p._lk11u IS NULL THEN CASE WHEN t12.feil IS NULL THEN NULL WHEN t12.feil_etter IS NULL THEN t12.feil ELSE t12.feil || to_char(p._lk11v, 'YYYY-MM-DD') || t12.feil_etter END END AS _lk12e FROM sak__personer_7 p LEFT JOIN tabell_1 t12 ON t12.k0 = p."kategori" AND t12.fra <= p._lk11v AND p._lk11v <= t12.til
),
sak__personer_9 AS (
  SELECT p.*, CASE p._lk8v WHEN 1 THEN p._lk9v WHEN 2 THEN p._lk12v WHEN 3 THEN NULL END AS _lk13v, COALESCE(p._lk8u, CASE p._lk8v WHEN 2 THEN p._lk12u WHEN 3 THEN 'Inntekten til et barn må vurderes' END) AS _lk13u, COALESCE(CASE WHEN p._lk8u IS NULL AND p._lk8v IS NULL THEN 'LK700100000' || 'Ingen definisjon av «personsats» gjelder for saken ' || to_char(p._lk0v, 'YYYY-MM-DD') END, CASE p._lk8v WHEN 1 THEN p._lk9e WHEN 2 THEN p._lk12e END) AS _lk13e FROM sak__personer_8 p
),
sak__personer_10 AS (
  SELECT p.*, ((p."inntekt" > CAST(0 AS NUMERIC(18,2))) AND p._lk2v) AS _lk15v, CASE WHEN ((p."inntekt" > CAST(0 AS NUMERIC(18,2))) AND p._lk2v) IS NULL THEN p._lk2u END AS _lk15u FROM sak__personer_9 p
),
sak_1 AS (
  SELECT p.*, CASE WHEN r4.u IS NULL THEN CAST(COALESCE(g4.a, 0) AS BIGINT) END AS _lk4v, r4.u AS _lk4u, CASE WHEN r14.u IS NULL THEN CAST(COALESCE(g14.a, 0) AS NUMERIC(18,2)) END AS _lk14v, r14.u AS _lk14u, r14.e AS _lk14e, CASE WHEN COALESCE(g16.a, 0) = 1 THEN (COALESCE(g16.a, 0) = 1) WHEN r16.u IS NULL THEN (COALESCE(g16.a, 0) = 1) END AS _lk16v, CASE WHEN COALESCE(g16.a, 0) = 1 THEN NULL ELSE r16.u END AS _lk16u, CASE WHEN COALESCE(g17.a, 0) = 1 THEN (COALESCE(g17.a, 0) = 0) WHEN r17.u IS NULL THEN (COALESCE(g17.a, 0) = 0) END AS _lk17v, CASE WHEN COALESCE(g17.a, 0) = 1 THEN NULL ELSE r17.u END AS _lk17u, CASE WHEN CASE WHEN (DATE '2022-06-01' <= p._lk0v) THEN (p."tall" > CAST(5 AS BIGINT)) ELSE FALSE END THEN 3 END AS _lk18v, CASE WHEN p."flagg" THEN 1 END AS _lk19v FROM sak_0 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk3v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__personer_3 p GROUP BY p.sak_id) g4 ON g4.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, (array_agg(p._lk3u ORDER BY p.nr) FILTER (WHERE p._lk3u IS NOT NULL))[1] AS u FROM sak__personer_3 p WHERE p._lk3u IS NOT NULL GROUP BY p.sak_id) r4 ON r4.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, SUM(p._lk13v) AS a FROM sak__personer_9 p GROUP BY p.sak_id) g14 ON g14.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, (array_agg(p._lk13u ORDER BY p.nr) FILTER (WHERE p._lk13u IS NOT NULL))[1] AS u, (array_agg(p._lk13e ORDER BY p.nr) FILTER (WHERE p._lk13e IS NOT NULL))[1] AS e FROM sak__personer_9 p WHERE p._lk13u IS NOT NULL OR p._lk13e IS NOT NULL GROUP BY p.sak_id) r14 ON r14.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, MAX(CASE WHEN p._lk15v = TRUE THEN 1 ELSE 0 END) AS a FROM sak__personer_10 p GROUP BY p.sak_id) g16 ON g16.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, (SELECT string_agg(r, chr(30) ORDER BY o) FROM (SELECT r, min(o) AS o FROM unnest(string_to_array(string_agg(p._lk15u, chr(30) ORDER BY p.nr), chr(30))) WITH ORDINALITY AS x(r, o) GROUP BY r) y) AS u FROM sak__personer_10 p WHERE p._lk15u IS NOT NULL GROUP BY p.sak_id) r16 ON r16.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, MAX(CASE WHEN p._lk2v = FALSE THEN 1 ELSE 0 END) AS a FROM sak__personer_10 p GROUP BY p.sak_id) g17 ON g17.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, (SELECT string_agg(r, chr(30) ORDER BY o) FROM (SELECT r, min(o) AS o FROM unnest(string_to_array(string_agg(p._lk2u, chr(30) ORDER BY p.nr), chr(30))) WITH ORDINALITY AS x(r, o) GROUP BY r) y) AS u FROM sak__personer_10 p WHERE p._lk2u IS NOT NULL GROUP BY p.sak_id) r17 ON r17.sak_id = p.sak_id
),
sak_2 AS (
  SELECT p.*, CASE WHEN p."annet" THEN 2 END AS _lk20v FROM sak_1 p
),
sak_3 AS (
  SELECT p.*, COALESCE(p._lk19v, p._lk20v) AS _lk21v, CASE WHEN p._lk20v IS NOT NULL AND p._lk19v IS NOT NULL THEN CASE WHEN p._lk19v = 1 AND p._lk20v = 2 THEN 'LK700200006' || 'Motstrid i «grunnlag»: både en grunndefinisjon og en grunndefinisjon gjelder, og ingen av dem er unntak fra den andre' END END AS _lk21e FROM sak_2 p
),
sak_4 AS (
  SELECT p.*, CASE WHEN CASE WHEN p._lk18v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk18v, p._lk21v) END AS _lk22v, CASE WHEN p._lk18v IS NULL THEN NULL END AS _lk22u, CAST(CAST(50 AS NUMERIC(18,2)) * p."tall" AS NUMERIC(18,2)) AS _lk23v, CAST(p._lk14v - CAST(1000 AS NUMERIC(18,2)) AS NUMERIC(18,2)) AS _lk24v, p._lk14u AS _lk24u, p._lk14e AS _lk24e FROM sak_3 p
),
sak_5 AS (
  SELECT p.*, CASE WHEN p._lk24v > CAST(0 AS NUMERIC(18,2)) THEN p._lk24v ELSE CAST(0 AS NUMERIC(18,2)) END AS _lk25v, p._lk24u AS _lk25u, p._lk24e AS _lk25e FROM sak_4 p
),
sak_6 AS (
  SELECT p.*, CASE p._lk22v WHEN 1 THEN CAST(p._lk14v + p._lk23v AS NUMERIC(18,2)) WHEN 2 THEN p._lk14v WHEN 3 THEN p._lk25v END AS _lk26v, COALESCE(p._lk22u, CASE p._lk22v WHEN 1 THEN p._lk14u WHEN 2 THEN p._lk14u WHEN 3 THEN p._lk25u END) AS _lk26u, COALESCE(CASE WHEN NULL IS NULL AND p._lk18v IS NULL THEN p._lk21e END, CASE WHEN p._lk22u IS NULL AND p._lk22v IS NULL THEN 'LK700100007' || 'Ingen definisjon av «grunnlag» gjelder for saken ' || to_char(p._lk0v, 'YYYY-MM-DD') END, CASE p._lk22v WHEN 1 THEN p._lk14e WHEN 2 THEN p._lk14e WHEN 3 THEN p._lk25e END) AS _lk26e, CASE WHEN TRUE THEN 1 END AS _lk27v FROM sak_5 p
),
sak_7 AS (
  SELECT p.*, CASE WHEN NULL IS NOT NULL THEN NULL ELSE p._lk27v END AS _lk28v FROM sak_6 p
),
sak_8 AS (
  SELECT p.*, CASE p._lk28v WHEN 1 THEN (p."tall" * CAST(2 AS BIGINT)) END AS _lk29v, COALESCE(CASE WHEN NOT (DATE '2021-01-01' <= p._lk0v) THEN 'LK700100008' || 'Regelen «fra_2021» gjelder ikke ' || to_char(p._lk0v, 'YYYY-MM-DD') || ' (gjelder fra 2021-01-01)' END, CASE WHEN NULL IS NULL AND p._lk28v IS NULL THEN 'LK700100009' || 'Ingen definisjon av «fra_2021» gjelder for saken ' || to_char(p._lk0v, 'YYYY-MM-DD') END) AS _lk29e, (p."flagg" OR NULL) AS _lk30v, CASE WHEN (p."flagg" OR NULL) IS NULL THEN 'eller-grunn' END AS _lk30u, (p."annet" OR NULL) AS _lk31v, CASE WHEN (p."annet" OR NULL) IS NULL THEN 'og-grunn' END AS _lk31u FROM sak_7 p
),
sak_9 AS (
  SELECT p.*, (p._lk30v AND p._lk31v) AS _lk32v, CASE WHEN (p._lk30v AND p._lk31v) IS NULL THEN CASE WHEN p._lk30u IS NULL THEN p._lk31u WHEN p._lk31u IS NULL THEN p._lk30u ELSE array_to_string(string_to_array(p._lk30u, chr(30)) || ARRAY(SELECT r FROM unnest(string_to_array(p._lk31u, chr(30))) WITH ORDINALITY AS x(r, i) WHERE NOT r = ANY(string_to_array(p._lk30u, chr(30))) ORDER BY i), chr(30)) END END AS _lk32u, CAST(CAST(date_trunc('month', p."dag") AS DATE) + make_interval(months => 13) AS DATE) AS _lk33v FROM sak_8 p
),
sak_10 AS (
  SELECT p.*, CASE WHEN CAST(EXTRACT(YEAR FROM p._lk33v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk33v END AS _lk34v, CASE WHEN NOT (CAST(EXTRACT(YEAR FROM p._lk33v) AS BIGINT) BETWEEN 1 AND 9999) THEN to_char(CAST(date_trunc('month', p."dag") AS DATE), 'YYYY-MM') || ' + 13 måneder faller utenfor kalenderen (årene 1–9999)' END AS _lk34u FROM sak_9 p
),
sak_11 AS (
  SELECT p.*, COALESCE(p._lk14e, p._lk26e, p._lk29e) AS _lk35e FROM sak_10 p
)
SELECT p.sak_id,
  CAST(CASE WHEN p._lk35e IS NULL AND p._lk4u IS NULL THEN p._lk4v END AS BIGINT) AS "antall_voksne",
  CASE WHEN p._lk35e IS NULL THEN p._lk4u END AS "antall_voksne__ubestemt",
  CAST(CASE WHEN p._lk35e IS NULL AND p._lk14u IS NULL THEN p._lk14v END AS NUMERIC(18,2)) AS "sum_sats",
  CASE WHEN p._lk35e IS NULL THEN p._lk14u END AS "sum_sats__ubestemt",
  CAST(CASE WHEN p._lk35e IS NULL AND p._lk16u IS NULL THEN p._lk16v END AS BOOLEAN) AS "noen_med_inntekt",
  CASE WHEN p._lk35e IS NULL THEN p._lk16u END AS "noen_med_inntekt__ubestemt",
  CAST(CASE WHEN p._lk35e IS NULL AND p._lk17u IS NULL THEN p._lk17v END AS BOOLEAN) AS "alle_voksne",
  CASE WHEN p._lk35e IS NULL THEN p._lk17u END AS "alle_voksne__ubestemt",
  CAST(CASE WHEN p._lk35e IS NULL AND p._lk26u IS NULL THEN p._lk26v END AS NUMERIC(18,2)) AS "grunnlag",
  CASE WHEN p._lk35e IS NULL THEN p._lk26u END AS "grunnlag__ubestemt",
  CAST(CASE WHEN p._lk35e IS NULL THEN p._lk29v END AS BIGINT) AS "fra_2021",
  CAST(CASE WHEN p._lk35e IS NULL AND p._lk32u IS NULL THEN p._lk32v END AS BOOLEAN) AS "tolket",
  CASE WHEN p._lk35e IS NULL THEN p._lk32u END AS "tolket__ubestemt",
  CAST(CASE WHEN p._lk35e IS NULL AND p._lk34u IS NULL THEN p._lk34v END AS DATE) AS "neste_måned",
  CASE WHEN p._lk35e IS NULL THEN p._lk34u END AS "neste_måned__ubestemt",
  substr(p._lk35e, 1, 6) AS feil_kode,
  CAST(substr(p._lk35e, 7, 5) AS INTEGER) AS feil_sted,
  substr(p._lk35e, 12) AS feil_melding
FROM sak_11 p
ORDER BY p.sak_id;
