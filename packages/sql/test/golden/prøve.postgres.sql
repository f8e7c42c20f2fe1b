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
  SELECT * FROM (VALUES ('a', CAST(NULL AS DATE), DATE '2020-01-01', CAST(NULL AS NUMERIC(18,2)), 'LK700300001' || 'Tabellen «sats» har ingen verdi for a ', ': første rad gjelder fra 2020-01-01'),
    ('a', DATE '2020-01-01', DATE '2021-01-01', CAST(100 AS NUMERIC(18,2)), CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('a', DATE '2021-01-01', DATE '2022-01-01', CAST(110 AS NUMERIC(18,2)), CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('a', DATE '2022-01-01', DATE '2023-01-01', CAST(120 AS NUMERIC(18,2)), CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('a', DATE '2023-01-01', CAST(NULL AS DATE), CAST(NULL AS NUMERIC(18,2)), 'LK700300002' || 'Tabellen «sats» har ingen verdi for a ', ': raden fra 2022-01-01 gjaldt til 2022-12-31'),
    ('b', CAST(NULL AS DATE), DATE '2020-01-01', CAST(NULL AS NUMERIC(18,2)), 'LK700300003' || 'Tabellen «sats» har ingen verdi for b ', ': første rad gjelder fra 2020-01-01'),
    ('b', DATE '2020-01-01', DATE '2021-01-01', CAST(200 AS NUMERIC(18,2)), CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('b', DATE '2021-01-01', DATE '2022-01-01', CAST(NULL AS NUMERIC(18,2)), 'LK700300004' || 'Tabellen «sats» har ukjent verdi for b ', ' (perioden fra 2021-01-01): b er ikke kjent for 2021'),
    ('b', DATE '2022-01-01', DATE '2023-01-01', CAST(220 AS NUMERIC(18,2)), CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('b', DATE '2023-01-01', CAST(NULL AS DATE), CAST(NULL AS NUMERIC(18,2)), 'LK700300005' || 'Tabellen «sats» har ingen verdi for b ', ': raden fra 2022-01-01 gjaldt til 2022-12-31')) AS x(k0, fra, til, verdi, feil, feil_etter)
),
sak_0 AS (
  SELECT sak_id, "dag", COALESCE("flagg", FALSE) AS "flagg", COALESCE("annet", FALSE) AS "annet", COALESCE("tall", CAST(0 AS BIGINT)) AS "tall", "dag" AS _lk0v FROM sak
),
sak__personer_0 AS (
  SELECT sak_id, nr, "fødselsdato", COALESCE("kategori", 'a') AS "kategori", COALESCE("inntekt", CAST(0 AS NUMERIC(18,2))) AS "inntekt" FROM sak__personer
),
sak_1 AS (
  SELECT p.*, p."dag" AS _lk1v FROM sak_0 p
),
sak__personer_1 AS (
  SELECT p.*, c._lk1v AS _lk1v FROM sak__personer_0 p JOIN sak_1 c ON c.sak_id = p.sak_id
),
sak__personer_2 AS (
  SELECT p.*, CASE WHEN p._lk1v >= p."fødselsdato" THEN CAST(EXTRACT(YEAR FROM p._lk1v) AS BIGINT) - CAST(EXTRACT(YEAR FROM p."fødselsdato") AS BIGINT) - CASE WHEN CAST(EXTRACT(MONTH FROM p._lk1v) AS BIGINT) * 100 + CAST(EXTRACT(DAY FROM p._lk1v) AS BIGINT) < CAST(EXTRACT(MONTH FROM p."fødselsdato") AS BIGINT) * 100 + CAST(EXTRACT(DAY FROM p."fødselsdato") AS BIGINT) THEN 1 ELSE 0 END END AS _lk2v, CASE WHEN p._lk1v < p."fødselsdato" THEN 'Alderen kan ikke regnes ut: fødselsdatoen ' || to_char(p."fødselsdato", 'YYYY-MM-DD') || ' er etter ' || to_char(p._lk1v, 'YYYY-MM-DD') || ', datoen alderen regnes på' END AS _lk2u FROM sak__personer_1 p
),
sak__personer_3 AS (
  SELECT p.*, (p._lk2v >= CAST(18 AS BIGINT)) AS _lk3v, p._lk2u AS _lk3u FROM sak__personer_2 p
),
sak__personer_4 AS (
  SELECT p.*, CASE WHEN p._lk3v THEN 1 END AS _lk4v, CASE WHEN p._lk3v IS NULL THEN p._lk3u END AS _lk4u FROM sak__personer_3 p
),
sak__personer_5 AS (
  SELECT p.*, c._lk0v AS _lk0v, CASE WHEN (p."inntekt" > CAST(1000 AS NUMERIC(18,2))) THEN 3 END AS _lk6v FROM sak__personer_4 p JOIN sak_1 c ON c.sak_id = p.sak_id
),
sak__personer_6 AS (
  SELECT p.*, CASE WHEN NULL IS NOT NULL THEN NULL WHEN p._lk6v IS NOT NULL THEN p._lk6v WHEN (NOT p._lk3v) THEN 2 END AS _lk7v, CASE WHEN NULL IS NULL AND p._lk6v IS NULL AND (NOT p._lk3v) IS NULL THEN p._lk3u END AS _lk7u, CASE WHEN TRUE THEN 1 END AS _lk8v FROM sak__personer_5 p
),
sak_2 AS (
  SELECT p.*, CASE WHEN g5.u IS NULL THEN CAST(COALESCE(g5.a, 0) AS BIGINT) END AS _lk5v, g5.u AS _lk5u, p."dag" AS _lk11v FROM sak_1 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk4v IS NOT NULL THEN 1 ELSE 0 END) AS a, (array_agg(p._lk4u ORDER BY p.nr) FILTER (WHERE p._lk4u IS NOT NULL))[1] AS u FROM sak__personer_4 p GROUP BY p.sak_id) g5 ON g5.sak_id = p.sak_id
),
sak__personer_7 AS (
  SELECT p.*, CASE WHEN COALESCE(p._lk7u, CASE WHEN p._lk7v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk7v, p._lk8v) END AS _lk9v, COALESCE(p._lk7u, CASE WHEN p._lk7v IS NULL THEN NULL END) AS _lk9u, t10.verdi AS _lk10v, CASE WHEN t10.feil IS NULL THEN NULL WHEN t10.feil_etter IS NULL THEN t10.feil ELSE t10.feil || to_char(p._lk0v, 'YYYY-MM-DD') || t10.feil_etter END AS _lk10e, c._lk11v AS _lk11v FROM sak__personer_6 p LEFT JOIN tabell_1 t10 ON t10.k0 = p."kategori" AND (t10.fra IS NULL OR t10.fra <= p._lk0v) AND (t10.til IS NULL OR p._lk0v < t10.til) JOIN sak_2 c ON c.sak_id = p.sak_id
),
sak__personer_8 AS (
  SELECT p.*, CAST(p._lk11v + make_interval(months => -12) AS DATE) AS _lk12v FROM sak__personer_7 p
),
sak__personer_9 AS (
  SELECT p.*, CASE WHEN CAST(EXTRACT(YEAR FROM p._lk12v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk12v END AS _lk13v, CASE WHEN NOT (CAST(EXTRACT(YEAR FROM p._lk12v) AS BIGINT) BETWEEN 1 AND 9999) THEN to_char(p._lk11v, 'YYYY-MM-DD') || ' - 1 år faller utenfor kalenderen (årene 1–9999)' END AS _lk13u FROM sak__personer_8 p
),
sak__personer_10 AS (
  SELECT p.*, t14.verdi AS _lk14v, p._lk13u AS _lk14u, CASE WHEN p._lk13u IS NULL THEN CASE WHEN t14.feil IS NULL THEN NULL WHEN t14.feil_etter IS NULL THEN t14.feil ELSE t14.feil || to_char(p._lk13v, 'YYYY-MM-DD') || t14.feil_etter END END AS _lk14e FROM sak__personer_9 p LEFT JOIN tabell_1 t14 ON t14.k0 = p."kategori" AND (t14.fra IS NULL OR t14.fra <= p._lk13v) AND (t14.til IS NULL OR p._lk13v < t14.til)
),
sak__personer_11 AS (
  SELECT p.*, CASE p._lk9v WHEN 1 THEN p._lk10v WHEN 2 THEN p._lk14v WHEN 3 THEN NULL END AS _lk15v, COALESCE(p._lk9u, CASE p._lk9v WHEN 2 THEN p._lk14u WHEN 3 THEN 'Inntekten til et barn må vurderes' END) AS _lk15u, COALESCE(CASE WHEN p._lk9u IS NULL AND p._lk9v IS NULL THEN 'LK700100000' || 'Ingen definisjon av «personsats» gjelder for saken ' || to_char(p._lk0v, 'YYYY-MM-DD') END, CASE p._lk9v WHEN 1 THEN p._lk10e WHEN 2 THEN p._lk14e END) AS _lk15e FROM sak__personer_10 p
),
sak__personer_12 AS (
  SELECT p.*, ((p."inntekt" > CAST(0 AS NUMERIC(18,2))) AND p._lk3v) AS _lk17v, CASE WHEN ((p."inntekt" > CAST(0 AS NUMERIC(18,2))) AND p._lk3v) IS NULL THEN p._lk3u END AS _lk17u FROM sak__personer_11 p
),
sak_3 AS (
  SELECT p.*, CASE WHEN g16.u IS NULL THEN CAST(COALESCE(g16.a, 0) AS NUMERIC(18,2)) END AS _lk16v, g16.u AS _lk16u, g16.e AS _lk16e, CASE WHEN COALESCE(g18.a, 0) = 1 THEN (COALESCE(g18.a, 0) = 1) WHEN g18.u IS NULL THEN (COALESCE(g18.a, 0) = 1) END AS _lk18v, CASE WHEN COALESCE(g18.a, 0) = 1 THEN NULL ELSE g18.u END AS _lk18u, CASE WHEN COALESCE(g19.a, 0) = 1 THEN (COALESCE(g19.a, 0) = 0) WHEN g19.u IS NULL THEN (COALESCE(g19.a, 0) = 0) END AS _lk19v, CASE WHEN COALESCE(g19.a, 0) = 1 THEN NULL ELSE g19.u END AS _lk19u, CASE WHEN CASE WHEN (DATE '2022-06-01' <= p._lk0v) THEN (p."tall" > CAST(5 AS BIGINT)) ELSE FALSE END THEN 3 END AS _lk20v, CASE WHEN p."flagg" THEN 1 END AS _lk21v FROM sak_2 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk15v) AS a, (array_agg(p._lk15u ORDER BY p.nr) FILTER (WHERE p._lk15u IS NOT NULL))[1] AS u, (array_agg(p._lk15e ORDER BY p.nr) FILTER (WHERE p._lk15e IS NOT NULL))[1] AS e FROM sak__personer_11 p GROUP BY p.sak_id) g16 ON g16.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, MAX(CASE WHEN p._lk17v = TRUE THEN 1 ELSE 0 END) AS a, (SELECT string_agg(r, chr(30) ORDER BY o) FROM (SELECT r, min(o) AS o FROM unnest(string_to_array(string_agg(p._lk17u, chr(30) ORDER BY p.nr), chr(30))) WITH ORDINALITY AS x(r, o) GROUP BY r) y) AS u FROM sak__personer_12 p GROUP BY p.sak_id) g18 ON g18.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, MAX(CASE WHEN p._lk3v = FALSE THEN 1 ELSE 0 END) AS a, (SELECT string_agg(r, chr(30) ORDER BY o) FROM (SELECT r, min(o) AS o FROM unnest(string_to_array(string_agg(p._lk3u, chr(30) ORDER BY p.nr), chr(30))) WITH ORDINALITY AS x(r, o) GROUP BY r) y) AS u FROM sak__personer_12 p GROUP BY p.sak_id) g19 ON g19.sak_id = p.sak_id
),
sak_4 AS (
  SELECT p.*, CASE WHEN p."annet" THEN 2 END AS _lk22v FROM sak_3 p
),
sak_5 AS (
  SELECT p.*, COALESCE(p._lk21v, p._lk22v) AS _lk23v, CASE WHEN p._lk22v IS NOT NULL AND p._lk21v IS NOT NULL THEN CASE WHEN p._lk21v = 1 AND p._lk22v = 2 THEN 'LK700200006' || 'Motstrid i «grunnlag»: både en grunndefinisjon og en grunndefinisjon gjelder, og ingen av dem er unntak fra den andre' END END AS _lk23e FROM sak_4 p
),
sak_6 AS (
  SELECT p.*, CASE WHEN CASE WHEN p._lk20v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk20v, p._lk23v) END AS _lk24v, CASE WHEN p._lk20v IS NULL THEN NULL END AS _lk24u, CAST(CAST(50 AS NUMERIC(18,2)) * p."tall" AS NUMERIC(18,2)) AS _lk25v, CAST(p._lk16v - CAST(1000 AS NUMERIC(18,2)) AS NUMERIC(18,2)) AS _lk26v, p._lk16u AS _lk26u, p._lk16e AS _lk26e FROM sak_5 p
),
sak_7 AS (
  SELECT p.*, CASE WHEN p._lk26v > CAST(0 AS NUMERIC(18,2)) THEN p._lk26v ELSE CAST(0 AS NUMERIC(18,2)) END AS _lk27v, p._lk26u AS _lk27u, p._lk26e AS _lk27e FROM sak_6 p
),
sak_8 AS (
  SELECT p.*, CASE p._lk24v WHEN 1 THEN CAST(p._lk16v + p._lk25v AS NUMERIC(18,2)) WHEN 2 THEN p._lk16v WHEN 3 THEN p._lk27v END AS _lk28v, COALESCE(p._lk24u, CASE p._lk24v WHEN 1 THEN p._lk16u WHEN 2 THEN p._lk16u WHEN 3 THEN p._lk27u END) AS _lk28u, COALESCE(CASE WHEN NULL IS NULL AND p._lk20v IS NULL THEN p._lk23e END, CASE WHEN p._lk24u IS NULL AND p._lk24v IS NULL THEN 'LK700100007' || 'Ingen definisjon av «grunnlag» gjelder for saken ' || to_char(p._lk0v, 'YYYY-MM-DD') END, CASE p._lk24v WHEN 1 THEN p._lk16e WHEN 2 THEN p._lk16e WHEN 3 THEN p._lk27e END) AS _lk28e, CASE WHEN TRUE THEN 1 END AS _lk29v FROM sak_7 p
),
sak_9 AS (
  SELECT p.*, CASE WHEN NULL IS NOT NULL THEN NULL ELSE p._lk29v END AS _lk30v FROM sak_8 p
),
sak_10 AS (
  SELECT p.*, CASE p._lk30v WHEN 1 THEN (p."tall" * CAST(2 AS BIGINT)) END AS _lk31v, COALESCE(CASE WHEN NOT (DATE '2021-01-01' <= p._lk0v) THEN 'LK700100008' || 'Regelen «fra_2021» gjelder ikke ' || to_char(p._lk0v, 'YYYY-MM-DD') || ' (gjelder fra 2021-01-01)' END, CASE WHEN NULL IS NULL AND p._lk30v IS NULL THEN 'LK700100009' || 'Ingen definisjon av «fra_2021» gjelder for saken ' || to_char(p._lk0v, 'YYYY-MM-DD') END) AS _lk31e, (p."flagg" OR NULL) AS _lk32v, CASE WHEN (p."flagg" OR NULL) IS NULL THEN 'eller-grunn' END AS _lk32u, (p."annet" OR NULL) AS _lk33v, CASE WHEN (p."annet" OR NULL) IS NULL THEN 'og-grunn' END AS _lk33u FROM sak_9 p
),
sak_11 AS (
  SELECT p.*, (p._lk32v AND p._lk33v) AS _lk34v, CASE WHEN (p._lk32v AND p._lk33v) IS NULL THEN CASE WHEN p._lk32u IS NULL THEN p._lk33u WHEN p._lk33u IS NULL THEN p._lk32u ELSE array_to_string(string_to_array(p._lk32u, chr(30)) || ARRAY(SELECT r FROM unnest(string_to_array(p._lk33u, chr(30))) WITH ORDINALITY AS x(r, i) WHERE NOT r = ANY(string_to_array(p._lk32u, chr(30))) ORDER BY i), chr(30)) END END AS _lk34u, CAST(CAST(date_trunc('month', p."dag") AS DATE) + make_interval(months => 13) AS DATE) AS _lk35v FROM sak_10 p
),
sak_12 AS (
  SELECT p.*, CASE WHEN CAST(EXTRACT(YEAR FROM p._lk35v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk35v END AS _lk36v, CASE WHEN NOT (CAST(EXTRACT(YEAR FROM p._lk35v) AS BIGINT) BETWEEN 1 AND 9999) THEN to_char(CAST(date_trunc('month', p."dag") AS DATE), 'YYYY-MM') || ' + 13 måneder faller utenfor kalenderen (årene 1–9999)' END AS _lk36u FROM sak_11 p
),
sak_13 AS (
  SELECT p.*, COALESCE(p._lk16e, p._lk28e, p._lk31e) AS _lk37e FROM sak_12 p
)
SELECT p.sak_id,
  CAST(CASE WHEN p._lk37e IS NULL AND p._lk5u IS NULL THEN p._lk5v END AS BIGINT) AS "antall_voksne",
  CASE WHEN p._lk37e IS NULL THEN p._lk5u END AS "antall_voksne__ubestemt",
  CAST(CASE WHEN p._lk37e IS NULL AND p._lk16u IS NULL THEN p._lk16v END AS NUMERIC(18,2)) AS "sum_sats",
  CASE WHEN p._lk37e IS NULL THEN p._lk16u END AS "sum_sats__ubestemt",
  CAST(CASE WHEN p._lk37e IS NULL AND p._lk18u IS NULL THEN p._lk18v END AS BOOLEAN) AS "noen_med_inntekt",
  CASE WHEN p._lk37e IS NULL THEN p._lk18u END AS "noen_med_inntekt__ubestemt",
  CAST(CASE WHEN p._lk37e IS NULL AND p._lk19u IS NULL THEN p._lk19v END AS BOOLEAN) AS "alle_voksne",
  CASE WHEN p._lk37e IS NULL THEN p._lk19u END AS "alle_voksne__ubestemt",
  CAST(CASE WHEN p._lk37e IS NULL AND p._lk28u IS NULL THEN p._lk28v END AS NUMERIC(18,2)) AS "grunnlag",
  CASE WHEN p._lk37e IS NULL THEN p._lk28u END AS "grunnlag__ubestemt",
  CAST(CASE WHEN p._lk37e IS NULL THEN p._lk31v END AS BIGINT) AS "fra_2021",
  CAST(CASE WHEN p._lk37e IS NULL AND p._lk34u IS NULL THEN p._lk34v END AS BOOLEAN) AS "tolket",
  CASE WHEN p._lk37e IS NULL THEN p._lk34u END AS "tolket__ubestemt",
  CAST(CASE WHEN p._lk37e IS NULL AND p._lk36u IS NULL THEN p._lk36v END AS DATE) AS "neste_måned",
  CASE WHEN p._lk37e IS NULL THEN p._lk36u END AS "neste_måned__ubestemt",
  substr(p._lk37e, 1, 6) AS feil_kode,
  CAST(substr(p._lk37e, 7, 5) AS INTEGER) AS feil_sted,
  substr(p._lk37e, 12) AS feil_melding
FROM sak_13 p
ORDER BY p.sak_id;
