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
  SELECT l.sak_id, l.nr, l."fødselsdato", COALESCE(l."kategori", 'a') AS "kategori", COALESCE(l."inntekt", CAST(0 AS NUMERIC(18,2))) AS "inntekt", c."dag" AS "sak.dag", c._lk0v FROM sak__personer l JOIN sak_0 c ON c.sak_id = l.sak_id
),
sak__personer_1 AS (
  SELECT p.sak_id, p.nr, p."kategori", p."inntekt", p."sak.dag", p._lk0v, CASE WHEN p."sak.dag" >= p."fødselsdato" THEN CAST(EXTRACT(YEAR FROM p."sak.dag") AS BIGINT) - CAST(EXTRACT(YEAR FROM p."fødselsdato") AS BIGINT) - CASE WHEN CAST(EXTRACT(MONTH FROM p."sak.dag") AS BIGINT) * 100 + CAST(EXTRACT(DAY FROM p."sak.dag") AS BIGINT) < CAST(EXTRACT(MONTH FROM p."fødselsdato") AS BIGINT) * 100 + CAST(EXTRACT(DAY FROM p."fødselsdato") AS BIGINT) THEN 1 ELSE 0 END END AS _lk1v, CASE WHEN p."sak.dag" < p."fødselsdato" THEN 'Alderen kan ikke regnes ut: fødselsdatoen ' || to_char(p."fødselsdato", 'YYYY-MM-DD') || ' er etter ' || to_char(p."sak.dag", 'YYYY-MM-DD') || ', datoen alderen regnes på' END AS _lk1u FROM sak__personer_0 p
),
sak__personer_2 AS (
  SELECT p.sak_id, p.nr, p."kategori", p."inntekt", p."sak.dag", p._lk0v, (p._lk1v >= CAST(18 AS BIGINT)) AS _lk2v, p._lk1u AS _lk2u, CASE WHEN (p."inntekt" > CAST(1000 AS NUMERIC(18,2))) THEN 3 END AS _lk3v FROM sak__personer_1 p
),
sak__personer_3 AS (
  SELECT p.sak_id, p.nr, p."kategori", p."inntekt", p."sak.dag", p._lk0v, p._lk2v, p._lk2u, CASE WHEN NULL IS NOT NULL THEN NULL WHEN p._lk3v IS NOT NULL THEN p._lk3v WHEN (NOT p._lk2v) THEN 2 END AS _lk4v, CASE WHEN NULL IS NULL AND p._lk3v IS NULL AND (NOT p._lk2v) IS NULL THEN p._lk2u END AS _lk4u, CASE WHEN TRUE THEN 1 END AS _lk5v FROM sak__personer_2 p
),
sak__personer_4 AS (
  SELECT p.sak_id, p.nr, p."kategori", p."inntekt", p."sak.dag", p._lk0v, p._lk2v, p._lk2u, CASE WHEN COALESCE(p._lk4u, CASE WHEN p._lk4v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk4v, p._lk5v) END AS _lk6v, COALESCE(p._lk4u, CASE WHEN p._lk4v IS NULL THEN NULL END) AS _lk6u, t7.verdi AS _lk7v, CASE WHEN t7.feil IS NULL THEN NULL WHEN t7.feil_etter IS NULL THEN t7.feil ELSE t7.feil || to_char(p._lk0v, 'YYYY-MM-DD') || t7.feil_etter END AS _lk7e, CAST(p."sak.dag" + make_interval(months => -12) AS DATE) AS _lk8v FROM sak__personer_3 p LEFT JOIN tabell_1 t7 ON t7.k0 = p."kategori" AND t7.fra <= p._lk0v AND p._lk0v <= t7.til
),
sak__personer_5 AS (
  SELECT p.sak_id, p.nr, p."kategori", p."inntekt", p._lk0v, p._lk2v, p._lk2u, p._lk6v, p._lk6u, p._lk7v, p._lk7e, CASE WHEN CAST(EXTRACT(YEAR FROM p._lk8v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk8v END AS _lk9v, CASE WHEN NOT (CAST(EXTRACT(YEAR FROM p._lk8v) AS BIGINT) BETWEEN 1 AND 9999) THEN to_char(p."sak.dag", 'YYYY-MM-DD') || ' - 1 år faller utenfor kalenderen (årene 1–9999)' END AS _lk9u FROM sak__personer_4 p
),
sak__personer_6 AS (
  SELECT p.sak_id, p.nr, p."inntekt", p._lk0v, p._lk2v, p._lk2u, p._lk6v, p._lk6u, p._lk7v, p._lk7e, t10.verdi AS _lk10v, p._lk9u AS _lk10u, CASE WHEN p._lk9u IS NULL THEN CASE WHEN t10.feil IS NULL THEN NULL WHEN t10.feil_etter IS NULL THEN t10.feil ELSE t10.feil || to_char(p._lk9v, 'YYYY-MM-DD') || t10.feil_etter END END AS _lk10e FROM sak__personer_5 p LEFT JOIN tabell_1 t10 ON t10.k0 = p."kategori" AND t10.fra <= p._lk9v AND p._lk9v <= t10.til
),
sak__personer_7 AS (
  SELECT p.sak_id, p.nr, p."inntekt", p._lk0v, p._lk2v, p._lk2u, CASE p._lk6v WHEN 1 THEN p._lk7v WHEN 2 THEN p._lk10v WHEN 3 THEN NULL END AS _lk11v, COALESCE(p._lk6u, CASE p._lk6v WHEN 2 THEN p._lk10u WHEN 3 THEN 'Inntekten til et barn må vurderes' END) AS _lk11u, COALESCE(CASE WHEN p._lk6u IS NULL AND p._lk6v IS NULL THEN 'LK700100000' || 'Ingen definisjon av «personsats» gjelder for saken ' || to_char(p._lk0v, 'YYYY-MM-DD') END, CASE p._lk6v WHEN 1 THEN p._lk7e WHEN 2 THEN p._lk10e END) AS _lk11e FROM sak__personer_6 p
),
sak__personer_8 AS (
  SELECT p.sak_id, p.nr, p."inntekt", p._lk0v, p._lk2v, p._lk2u, p._lk11v, p._lk11u, p._lk11e, 1 AS _lk13v FROM sak__personer_7 p
),
sak_1 AS (
  SELECT p.sak_id, p."dag", p."flagg", p."annet", p."tall", p._lk0v, CASE WHEN r12.u IS NULL THEN CAST(COALESCE(g12.a, 0) AS NUMERIC(18,2)) END AS _lk12v, r12.u AS _lk12u, r12.e AS _lk12e, CAST(COALESCE(g14.a, 0) AS BIGINT) AS _lk14v FROM sak_0 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk11v) AS a FROM sak__personer_7 p GROUP BY p.sak_id) g12 ON g12.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, (array_agg(p._lk11u ORDER BY p.nr) FILTER (WHERE p._lk11u IS NOT NULL))[1] AS u, (array_agg(p._lk11e ORDER BY p.nr) FILTER (WHERE p._lk11e IS NOT NULL))[1] AS e FROM sak__personer_7 p WHERE p._lk11u IS NOT NULL OR p._lk11e IS NOT NULL GROUP BY p.sak_id) r12 ON r12.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk13v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__personer_8 p GROUP BY p.sak_id) g14 ON g14.sak_id = p.sak_id
),
sak_2 AS (
  SELECT p.sak_id, p."dag", p."flagg", p."annet", p."tall", p._lk0v, p._lk12v, p._lk12u, p._lk12e, CASE WHEN CAST(1 AS BIGINT) IS NULL OR p._lk14v IS NULL THEN NULL WHEN p._lk14v > CAST(1 AS BIGINT) THEN p._lk14v ELSE CAST(1 AS BIGINT) END AS _lk15v FROM sak_1 p
),
sak_3 AS (
  SELECT p.sak_id, p."dag", p."flagg", p."annet", p."tall", p._lk0v, p._lk12v, p._lk12u, p._lk12e, p._lk15v, CAST(CAST(p._lk12v AS DECIMAL(38,2)) * 100 AS NUMERIC(38,0)) AS _lk16v, CAST(p._lk15v AS NUMERIC(38,0)) AS _lk17v FROM sak_2 p
),
sak_4 AS (
  SELECT p.sak_id, p."dag", p."flagg", p."annet", p."tall", p._lk0v, p._lk12v, p._lk12u, p._lk12e, CASE WHEN p._lk17v = 0 THEN NULL WHEN p._lk16v % p._lk17v = 0 THEN CAST(CAST(div(p._lk16v, p._lk17v) AS DECIMAL(38,0)) * 0.01 AS NUMERIC(18,2)) END AS _lk18v, p._lk12u AS _lk18u, COALESCE(COALESCE(p._lk12e, CASE WHEN p._lk12v IS NOT NULL AND p._lk15v = 0 THEN 'LK700400006' || 'Deling med null' END), CASE WHEN p._lk17v = 0 THEN NULL WHEN p._lk16v % p._lk17v <> 0 THEN 'LK701000007' || 'Beløpet er ikke et helt antall øre, og SQL-spørringen regner beløp i hele øre; rund av med avrund(…) i reglene, eller regn ut saken med lovkode run' END) AS _lk18e, CASE WHEN (CAST((p."tall" - CAST(7 AS BIGINT)) AS NUMERIC(38,0)) * 1) < 0 THEN -CAST(CAST(p._lk12v AS DECIMAL(38,2)) * 100 AS NUMERIC(38,0)) ELSE CAST(CAST(p._lk12v AS DECIMAL(38,2)) * 100 AS NUMERIC(38,0)) END AS _lk19v, CASE WHEN (CAST((p."tall" - CAST(7 AS BIGINT)) AS NUMERIC(38,0)) * 1) < 0 THEN -(CAST((p."tall" - CAST(7 AS BIGINT)) AS NUMERIC(38,0)) * 1) ELSE (CAST((p."tall" - CAST(7 AS BIGINT)) AS NUMERIC(38,0)) * 1) END AS _lk20v FROM sak_3 p
),
sak_5 AS (
  SELECT p.sak_id, p."dag", p."flagg", p."annet", p."tall", p._lk0v, p._lk12v, p._lk12u, p._lk12e, p._lk18v, p._lk18u, p._lk18e, CASE WHEN p._lk20v <> 0 THEN CAST(CAST((div(p._lk19v - (p._lk19v % p._lk20v), p._lk20v)) * 1 AS DECIMAL(38,0)) * 0.01 AS NUMERIC(18,2)) END AS _lk21v, p._lk12u AS _lk21u, COALESCE(p._lk12e, CASE WHEN p._lk12v IS NOT NULL AND (p."tall" - CAST(7 AS BIGINT)) = 0 THEN 'LK700400008' || 'Deling med null' END) AS _lk21e, CASE WHEN (CAST((p."tall" - CAST(10 AS BIGINT)) AS NUMERIC(38,0)) * 1) < 0 THEN -CAST(CAST(p._lk12v AS DECIMAL(38,2)) * 100 AS NUMERIC(38,0)) ELSE CAST(CAST(p._lk12v AS DECIMAL(38,2)) * 100 AS NUMERIC(38,0)) END AS _lk22v, CASE WHEN (CAST((p."tall" - CAST(10 AS BIGINT)) AS NUMERIC(38,0)) * 1) < 0 THEN -(CAST((p."tall" - CAST(10 AS BIGINT)) AS NUMERIC(38,0)) * 1) ELSE (CAST((p."tall" - CAST(10 AS BIGINT)) AS NUMERIC(38,0)) * 1) END AS _lk23v FROM sak_4 p
),
sak_6 AS (
  SELECT p.sak_id, p."dag", p."flagg", p."annet", p."tall", p._lk0v, p._lk12v, p._lk12u, p._lk12e, p._lk18v, p._lk18u, p._lk18e, p._lk21v, p._lk21u, p._lk21e, CASE WHEN p._lk23v <> 0 THEN CAST(CAST((div(p._lk22v - (p._lk22v % p._lk23v), p._lk23v) + CASE WHEN (p._lk22v % p._lk23v) <> 0 THEN CASE WHEN p._lk22v < 0 THEN -1 ELSE 1 END ELSE 0 END) * 1 AS DECIMAL(38,0)) * 0.01 AS NUMERIC(18,2)) END AS _lk24v, p._lk12u AS _lk24u, COALESCE(p._lk12e, CASE WHEN p._lk12v IS NOT NULL AND (p."tall" - CAST(10 AS BIGINT)) = 0 THEN 'LK700400009' || 'Deling med null' END) AS _lk24e, CASE WHEN (CAST((p."tall" - CAST(11 AS BIGINT)) AS NUMERIC(38,0)) * 5000) < 0 THEN -CAST(CAST(p._lk12v AS DECIMAL(38,2)) * 100 AS NUMERIC(38,0)) ELSE CAST(CAST(p._lk12v AS DECIMAL(38,2)) * 100 AS NUMERIC(38,0)) END AS _lk25v, CASE WHEN (CAST((p."tall" - CAST(11 AS BIGINT)) AS NUMERIC(38,0)) * 5000) < 0 THEN -(CAST((p."tall" - CAST(11 AS BIGINT)) AS NUMERIC(38,0)) * 5000) ELSE (CAST((p."tall" - CAST(11 AS BIGINT)) AS NUMERIC(38,0)) * 5000) END AS _lk26v FROM sak_5 p
),
sak_7 AS (
  SELECT p.sak_id, p."dag", p."flagg", p."annet", p."tall", p._lk0v, p._lk12v, p._lk12u, p._lk12e, p._lk18v, p._lk18u, p._lk18e, p._lk21v, p._lk21u, p._lk21e, p._lk24v, p._lk24u, p._lk24e, CASE WHEN p._lk26v <> 0 THEN CAST(CAST((div(p._lk25v - (p._lk25v % p._lk26v), p._lk26v) + CASE WHEN 2 * abs((p._lk25v % p._lk26v)) >= p._lk26v THEN CASE WHEN p._lk25v < 0 THEN -1 ELSE 1 END ELSE 0 END) * 5000 AS DECIMAL(38,0)) * 0.01 AS NUMERIC(18,2)) END AS _lk27v, p._lk12u AS _lk27u, COALESCE(p._lk12e, CASE WHEN p._lk12v IS NOT NULL AND (p."tall" - CAST(11 AS BIGINT)) = 0 THEN 'LK700400010' || 'Deling med null' END) AS _lk27e, CASE WHEN (CAST((p."tall" + CAST(4 AS BIGINT)) AS NUMERIC(38,0)) * 5000) < 0 THEN -CAST(CAST(p._lk12v AS DECIMAL(38,2)) * 100 AS NUMERIC(38,0)) ELSE CAST(CAST(p._lk12v AS DECIMAL(38,2)) * 100 AS NUMERIC(38,0)) END AS _lk28v, CASE WHEN (CAST((p."tall" + CAST(4 AS BIGINT)) AS NUMERIC(38,0)) * 5000) < 0 THEN -(CAST((p."tall" + CAST(4 AS BIGINT)) AS NUMERIC(38,0)) * 5000) ELSE (CAST((p."tall" + CAST(4 AS BIGINT)) AS NUMERIC(38,0)) * 5000) END AS _lk29v FROM sak_6 p
),
sak_8 AS (
  SELECT p.sak_id, p."dag", p."flagg", p."annet", p."tall", p._lk0v, p._lk12v, p._lk12u, p._lk12e, p._lk18v, p._lk18u, p._lk18e, p._lk21v, p._lk21u, p._lk21e, p._lk24v, p._lk24u, p._lk24e, p._lk27v, p._lk27u, p._lk27e, CASE WHEN p._lk29v <> 0 THEN CAST(CAST((div(p._lk28v - (p._lk28v % p._lk29v), p._lk29v) + CASE WHEN 2 * abs((p._lk28v % p._lk29v)) > p._lk29v THEN CASE WHEN p._lk28v < 0 THEN -1 ELSE 1 END ELSE 0 END) * 5000 AS DECIMAL(38,0)) * 0.01 AS NUMERIC(18,2)) END AS _lk30v, p._lk12u AS _lk30u, COALESCE(p._lk12e, CASE WHEN p._lk12v IS NOT NULL AND (p."tall" + CAST(4 AS BIGINT)) = 0 THEN 'LK700400011' || 'Deling med null' END) AS _lk30e, CAST(CAST(p._lk12v AS DECIMAL(38,2)) * 100 AS NUMERIC(38,0)) AS _lk31v, CAST((p."tall" + CAST(4 AS BIGINT)) AS NUMERIC(38,0)) AS _lk32v FROM sak_7 p
),
sak_9 AS (
  SELECT p.sak_id, p."dag", p."flagg", p."annet", p."tall", p._lk0v, p._lk12v, p._lk12u, p._lk12e, p._lk18v, p._lk18u, p._lk18e, p._lk21v, p._lk21u, p._lk21e, p._lk24v, p._lk24u, p._lk24e, p._lk27v, p._lk27u, p._lk27e, p._lk30v, p._lk30u, p._lk30e, CASE WHEN p._lk32v = 0 THEN NULL WHEN p._lk31v % p._lk32v = 0 THEN CAST(CAST(div(p._lk31v, p._lk32v) AS DECIMAL(38,0)) * 0.01 AS NUMERIC(18,2)) END AS _lk33v, p._lk12u AS _lk33u, COALESCE(COALESCE(p._lk12e, CASE WHEN p._lk12v IS NOT NULL AND (p."tall" + CAST(4 AS BIGINT)) = 0 THEN 'LK700400012' || 'Deling med null' END), CASE WHEN p._lk32v = 0 THEN NULL WHEN p._lk31v % p._lk32v <> 0 THEN 'LK701000013' || 'Beløpet er ikke et helt antall øre, og SQL-spørringen regner beløp i hele øre; rund av med avrund(…) i reglene, eller regn ut saken med lovkode run' END) AS _lk33e FROM sak_8 p
),
sak_10 AS (
  SELECT p.sak_id, p."dag", p."flagg", p."annet", p."tall", p._lk0v, p._lk12v, p._lk12u, p._lk12e, p._lk18v, p._lk18u, p._lk18e, p._lk21v, p._lk21u, p._lk21e, p._lk24v, p._lk24u, p._lk24e, p._lk27v, p._lk27u, p._lk27e, p._lk30v, p._lk30u, p._lk30e, CAST(CAST(0 AS NUMERIC(18,2)) - p._lk33v AS NUMERIC(18,2)) AS _lk34v, p._lk33u AS _lk34u, p._lk33e AS _lk34e FROM sak_9 p
),
sak_11 AS (
  SELECT p.sak_id, p."dag", p."flagg", p."annet", p."tall", p._lk0v, p._lk12v, p._lk12u, p._lk12e, p._lk18v, p._lk18u, p._lk18e, p._lk21v, p._lk21u, p._lk21e, p._lk24v, p._lk24u, p._lk24e, p._lk27v, p._lk27u, p._lk27e, p._lk30v, p._lk30u, p._lk30e, p._lk34u, p._lk34e, CASE WHEN CAST(5000 AS NUMERIC(38,0)) < 0 THEN -CAST(CAST(p._lk34v AS DECIMAL(38,2)) * 100 AS NUMERIC(38,0)) ELSE CAST(CAST(p._lk34v AS DECIMAL(38,2)) * 100 AS NUMERIC(38,0)) END AS _lk35v, CASE WHEN CAST(5000 AS NUMERIC(38,0)) < 0 THEN -CAST(5000 AS NUMERIC(38,0)) ELSE CAST(5000 AS NUMERIC(38,0)) END AS _lk36v FROM sak_10 p
),
sak_12 AS (
  SELECT p.sak_id, p."dag", p."flagg", p."annet", p."tall", p._lk0v, p._lk12v, p._lk12u, p._lk12e, p._lk18v, p._lk18u, p._lk18e, p._lk21v, p._lk21u, p._lk21e, p._lk24v, p._lk24u, p._lk24e, p._lk27v, p._lk27u, p._lk27e, p._lk30v, p._lk30u, p._lk30e, CASE WHEN p._lk36v <> 0 THEN CAST(CAST((div(p._lk35v - (p._lk35v % p._lk36v), p._lk36v) + CASE WHEN (2 * abs((p._lk35v % p._lk36v)) > p._lk36v OR (2 * abs((p._lk35v % p._lk36v)) = p._lk36v AND (div(p._lk35v - (p._lk35v % p._lk36v), p._lk36v)) % 2 <> 0)) THEN CASE WHEN p._lk35v < 0 THEN -1 ELSE 1 END ELSE 0 END) * 5000 AS DECIMAL(38,0)) * 0.01 AS NUMERIC(18,2)) END AS _lk37v, p._lk34u AS _lk37u, p._lk34e AS _lk37e, CASE WHEN (CAST((p."tall" + CAST(4 AS BIGINT)) AS NUMERIC(38,0)) * 5000) < 0 THEN -CAST(CAST(p._lk12v AS DECIMAL(38,2)) * 100 AS NUMERIC(38,0)) ELSE CAST(CAST(p._lk12v AS DECIMAL(38,2)) * 100 AS NUMERIC(38,0)) END AS _lk38v, CASE WHEN (CAST((p."tall" + CAST(4 AS BIGINT)) AS NUMERIC(38,0)) * 5000) < 0 THEN -(CAST((p."tall" + CAST(4 AS BIGINT)) AS NUMERIC(38,0)) * 5000) ELSE (CAST((p."tall" + CAST(4 AS BIGINT)) AS NUMERIC(38,0)) * 5000) END AS _lk39v FROM sak_11 p
),
sak_13 AS (
  SELECT p.sak_id, p."dag", p."flagg", p."annet", p."tall", p._lk0v, p._lk12v, p._lk12u, p._lk12e, p._lk18v, p._lk18u, p._lk18e, p._lk21v, p._lk21u, p._lk21e, p._lk24v, p._lk24u, p._lk24e, p._lk27v, p._lk27u, p._lk27e, p._lk30v, p._lk30u, p._lk30e, p._lk37v, p._lk37u, p._lk37e, CASE WHEN p._lk39v <> 0 THEN CAST(CAST((div(p._lk38v - (p._lk38v % p._lk39v), p._lk39v) + CASE WHEN (2 * abs((p._lk38v % p._lk39v)) > p._lk39v OR (2 * abs((p._lk38v % p._lk39v)) = p._lk39v AND (div(p._lk38v - (p._lk38v % p._lk39v), p._lk39v)) % 2 <> 0)) THEN CASE WHEN p._lk38v < 0 THEN -1 ELSE 1 END ELSE 0 END) * 5000 AS DECIMAL(38,0)) * 0.01 AS NUMERIC(18,2)) END AS _lk40v, p._lk12u AS _lk40u, COALESCE(p._lk12e, CASE WHEN p._lk12v IS NOT NULL AND (p."tall" + CAST(4 AS BIGINT)) = 0 THEN 'LK700400014' || 'Deling med null' END) AS _lk40e FROM sak_12 p
),
sak_14 AS (
  SELECT p.sak_id, p."dag", p."flagg", p."annet", p."tall", p._lk0v, p._lk12v, p._lk12u, p._lk12e, p._lk18v, p._lk18u, p._lk18e, p._lk21v, p._lk21u, p._lk21e, p._lk24v, p._lk24u, p._lk24e, p._lk27v, p._lk27u, p._lk27e, p._lk30v, p._lk30u, p._lk30e, CAST(p._lk37v + p._lk40v AS NUMERIC(18,2)) AS _lk41v, CASE WHEN p._lk37u IS NULL THEN p._lk40u WHEN p._lk40u IS NULL THEN p._lk37u ELSE array_to_string(string_to_array(p._lk37u, chr(30)) || ARRAY(SELECT r FROM unnest(string_to_array(p._lk40u, chr(30))) WITH ORDINALITY AS x(r, i) WHERE NOT r = ANY(string_to_array(p._lk37u, chr(30))) ORDER BY i), chr(30)) END AS _lk41u, COALESCE(p._lk37e, p._lk40e) AS _lk41e, CAST(p._lk12v + CAST(25 AS NUMERIC(18,2)) AS NUMERIC(18,2)) AS _lk42v, p._lk12u AS _lk42u, p._lk12e AS _lk42e FROM sak_13 p
),
sak_15 AS (
  SELECT p.sak_id, p."dag", p."flagg", p."annet", p."tall", p._lk0v, p._lk12v, p._lk12u, p._lk12e, p._lk18v, p._lk18u, p._lk18e, p._lk21v, p._lk21u, p._lk21e, p._lk24v, p._lk24u, p._lk24e, p._lk27v, p._lk27u, p._lk27e, p._lk30v, p._lk30u, p._lk30e, p._lk41v, p._lk41u, p._lk41e, p._lk42u, p._lk42e, CASE WHEN CAST(5000 AS NUMERIC(38,0)) < 0 THEN -CAST(CAST(p._lk42v AS DECIMAL(38,2)) * 100 AS NUMERIC(38,0)) ELSE CAST(CAST(p._lk42v AS DECIMAL(38,2)) * 100 AS NUMERIC(38,0)) END AS _lk43v, CASE WHEN CAST(5000 AS NUMERIC(38,0)) < 0 THEN -CAST(5000 AS NUMERIC(38,0)) ELSE CAST(5000 AS NUMERIC(38,0)) END AS _lk44v FROM sak_14 p
),
sak__personer_9 AS (
  SELECT p.sak_id, p.nr, p."inntekt", p._lk0v, p._lk2v, p._lk2u, CASE WHEN p._lk2v THEN 1 END AS _lk46v, CASE WHEN p._lk2v IS NULL THEN p._lk2u END AS _lk46u FROM sak__personer_8 p
),
sak__personer_10 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk2v, p._lk2u, p._lk46v, p._lk46u, ((p."inntekt" > CAST(0 AS NUMERIC(18,2))) AND p._lk2v) AS _lk48v, CASE WHEN ((p."inntekt" > CAST(0 AS NUMERIC(18,2))) AND p._lk2v) IS NULL THEN p._lk2u END AS _lk48u FROM sak__personer_9 p
),
sak_16 AS (
  SELECT p.sak_id, p."dag", p."flagg", p."annet", p."tall", p._lk0v, p._lk12v, p._lk12u, p._lk12e, p._lk18v, p._lk18u, p._lk18e, p._lk21v, p._lk21u, p._lk21e, p._lk24v, p._lk24u, p._lk24e, p._lk27v, p._lk27u, p._lk27e, p._lk30v, p._lk30u, p._lk30e, p._lk41v, p._lk41u, p._lk41e, CASE WHEN p._lk44v <> 0 THEN CAST(CAST((div(p._lk43v - (p._lk43v % p._lk44v), p._lk44v) + CASE WHEN (2 * abs((p._lk43v % p._lk44v)) > p._lk44v OR (2 * abs((p._lk43v % p._lk44v)) = p._lk44v AND (div(p._lk43v - (p._lk43v % p._lk44v), p._lk44v)) % 2 <> 0)) THEN CASE WHEN p._lk43v < 0 THEN -1 ELSE 1 END ELSE 0 END) * 5000 AS DECIMAL(38,0)) * 0.01 AS NUMERIC(18,2)) END AS _lk45v, p._lk42u AS _lk45u, p._lk42e AS _lk45e, CASE WHEN r47.u IS NULL THEN CAST(COALESCE(g47.a, 0) AS BIGINT) END AS _lk47v, r47.u AS _lk47u, CASE WHEN COALESCE(g49.a, 0) = 1 THEN (COALESCE(g49.a, 0) = 1) WHEN r49.u IS NULL THEN (COALESCE(g49.a, 0) = 1) END AS _lk49v, CASE WHEN COALESCE(g49.a, 0) = 1 THEN NULL ELSE r49.u END AS _lk49u, CASE WHEN COALESCE(g50.a, 0) = 1 THEN (COALESCE(g50.a, 0) = 0) WHEN r50.u IS NULL THEN (COALESCE(g50.a, 0) = 0) END AS _lk50v, CASE WHEN COALESCE(g50.a, 0) = 1 THEN NULL ELSE r50.u END AS _lk50u, CASE WHEN CASE WHEN (DATE '2022-06-01' <= p._lk0v) THEN (p."tall" > CAST(5 AS BIGINT)) ELSE FALSE END THEN 3 END AS _lk51v, CASE WHEN p."flagg" THEN 1 END AS _lk52v FROM sak_15 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk46v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__personer_9 p GROUP BY p.sak_id) g47 ON g47.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, (array_agg(p._lk46u ORDER BY p.nr) FILTER (WHERE p._lk46u IS NOT NULL))[1] AS u FROM sak__personer_9 p WHERE p._lk46u IS NOT NULL GROUP BY p.sak_id) r47 ON r47.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, MAX(CASE WHEN p._lk48v = TRUE THEN 1 ELSE 0 END) AS a FROM sak__personer_10 p GROUP BY p.sak_id) g49 ON g49.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, (SELECT string_agg(r, chr(30) ORDER BY o) FROM (SELECT r, min(o) AS o FROM unnest(string_to_array(string_agg(p._lk48u, chr(30) ORDER BY p.nr), chr(30))) WITH ORDINALITY AS x(r, o) GROUP BY r) y) AS u FROM sak__personer_10 p WHERE p._lk48u IS NOT NULL GROUP BY p.sak_id) r49 ON r49.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, MAX(CASE WHEN p._lk2v = FALSE THEN 1 ELSE 0 END) AS a FROM sak__personer_10 p GROUP BY p.sak_id) g50 ON g50.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, (SELECT string_agg(r, chr(30) ORDER BY o) FROM (SELECT r, min(o) AS o FROM unnest(string_to_array(string_agg(p._lk2u, chr(30) ORDER BY p.nr), chr(30))) WITH ORDINALITY AS x(r, o) GROUP BY r) y) AS u FROM sak__personer_10 p WHERE p._lk2u IS NOT NULL GROUP BY p.sak_id) r50 ON r50.sak_id = p.sak_id
),
sak_17 AS (
  SELECT p.sak_id, p."dag", p."flagg", p."annet", p."tall", p._lk0v, p._lk12v, p._lk12u, p._lk12e, p._lk18v, p._lk18u, p._lk18e, p._lk21v, p._lk21u, p._lk21e, p._lk24v, p._lk24u, p._lk24e, p._lk27v, p._lk27u, p._lk27e, p._lk30v, p._lk30u, p._lk30e, p._lk41v, p._lk41u, p._lk41e, p._lk45v, p._lk45u, p._lk45e, p._lk47v, p._lk47u, p._lk49v, p._lk49u, p._lk50v, p._lk50u, p._lk51v, p._lk52v, CASE WHEN p."annet" THEN 2 END AS _lk53v FROM sak_16 p
),
sak_18 AS (
  SELECT p.sak_id, p."dag", p."flagg", p."annet", p."tall", p._lk0v, p._lk12v, p._lk12u, p._lk12e, p._lk18v, p._lk18u, p._lk18e, p._lk21v, p._lk21u, p._lk21e, p._lk24v, p._lk24u, p._lk24e, p._lk27v, p._lk27u, p._lk27e, p._lk30v, p._lk30u, p._lk30e, p._lk41v, p._lk41u, p._lk41e, p._lk45v, p._lk45u, p._lk45e, p._lk47v, p._lk47u, p._lk49v, p._lk49u, p._lk50v, p._lk50u, p._lk51v, COALESCE(p._lk52v, p._lk53v) AS _lk54v, CASE WHEN p._lk53v IS NOT NULL AND p._lk52v IS NOT NULL THEN CASE WHEN p._lk52v = 1 AND p._lk53v = 2 THEN 'LK700200015' || 'Motstrid i «grunnlag»: både en grunndefinisjon og en grunndefinisjon gjelder, og ingen av dem er unntak fra den andre' END END AS _lk54e FROM sak_17 p
),
sak_19 AS (
  SELECT p.sak_id, p."dag", p."flagg", p."annet", p."tall", p._lk0v, p._lk12v, p._lk12u, p._lk12e, p._lk18v, p._lk18u, p._lk18e, p._lk21v, p._lk21u, p._lk21e, p._lk24v, p._lk24u, p._lk24e, p._lk27v, p._lk27u, p._lk27e, p._lk30v, p._lk30u, p._lk30e, p._lk41v, p._lk41u, p._lk41e, p._lk45v, p._lk45u, p._lk45e, p._lk47v, p._lk47u, p._lk49v, p._lk49u, p._lk50v, p._lk50u, p._lk51v, p._lk54e, CASE WHEN CASE WHEN p._lk51v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk51v, p._lk54v) END AS _lk55v, CASE WHEN p._lk51v IS NULL THEN NULL END AS _lk55u, CAST(CAST(50 AS NUMERIC(18,2)) * p."tall" AS NUMERIC(18,2)) AS _lk56v, CAST(p._lk12v - CAST(1000 AS NUMERIC(18,2)) AS NUMERIC(18,2)) AS _lk57v, p._lk12u AS _lk57u, p._lk12e AS _lk57e FROM sak_18 p
),
sak_20 AS (
  SELECT p.sak_id, p."dag", p."flagg", p."annet", p."tall", p._lk0v, p._lk12v, p._lk12u, p._lk12e, p._lk18v, p._lk18u, p._lk18e, p._lk21v, p._lk21u, p._lk21e, p._lk24v, p._lk24u, p._lk24e, p._lk27v, p._lk27u, p._lk27e, p._lk30v, p._lk30u, p._lk30e, p._lk41v, p._lk41u, p._lk41e, p._lk45v, p._lk45u, p._lk45e, p._lk47v, p._lk47u, p._lk49v, p._lk49u, p._lk50v, p._lk50u, p._lk51v, p._lk54e, p._lk55v, p._lk55u, p._lk56v, CASE WHEN CAST(0 AS NUMERIC(18,2)) IS NULL OR p._lk57v IS NULL THEN NULL WHEN p._lk57v > CAST(0 AS NUMERIC(18,2)) THEN p._lk57v ELSE CAST(0 AS NUMERIC(18,2)) END AS _lk58v, p._lk57u AS _lk58u, p._lk57e AS _lk58e FROM sak_19 p
),
sak_21 AS (
  SELECT p.sak_id, p."dag", p."flagg", p."annet", p."tall", p._lk0v, p._lk12v, p._lk12u, p._lk12e, p._lk18v, p._lk18u, p._lk18e, p._lk21v, p._lk21u, p._lk21e, p._lk24v, p._lk24u, p._lk24e, p._lk27v, p._lk27u, p._lk27e, p._lk30v, p._lk30u, p._lk30e, p._lk41v, p._lk41u, p._lk41e, p._lk45v, p._lk45u, p._lk45e, p._lk47v, p._lk47u, p._lk49v, p._lk49u, p._lk50v, p._lk50u, CASE p._lk55v WHEN 1 THEN CAST(p._lk12v + p._lk56v AS NUMERIC(18,2)) WHEN 2 THEN p._lk12v WHEN 3 THEN p._lk58v END AS _lk59v, COALESCE(p._lk55u, CASE p._lk55v WHEN 1 THEN p._lk12u WHEN 2 THEN p._lk12u WHEN 3 THEN p._lk58u END) AS _lk59u, COALESCE(CASE WHEN NULL IS NULL AND p._lk51v IS NULL THEN p._lk54e END, CASE WHEN p._lk55u IS NULL AND p._lk55v IS NULL THEN 'LK700100016' || 'Ingen definisjon av «grunnlag» gjelder for saken ' || to_char(p._lk0v, 'YYYY-MM-DD') END, CASE p._lk55v WHEN 1 THEN p._lk12e WHEN 2 THEN p._lk12e WHEN 3 THEN p._lk58e END) AS _lk59e, CASE WHEN TRUE THEN 1 END AS _lk60v FROM sak_20 p
),
sak_22 AS (
  SELECT p.sak_id, p."dag", p."flagg", p."annet", p."tall", p._lk0v, p._lk12v, p._lk12u, p._lk12e, p._lk18v, p._lk18u, p._lk18e, p._lk21v, p._lk21u, p._lk21e, p._lk24v, p._lk24u, p._lk24e, p._lk27v, p._lk27u, p._lk27e, p._lk30v, p._lk30u, p._lk30e, p._lk41v, p._lk41u, p._lk41e, p._lk45v, p._lk45u, p._lk45e, p._lk47v, p._lk47u, p._lk49v, p._lk49u, p._lk50v, p._lk50u, p._lk59v, p._lk59u, p._lk59e, CASE WHEN NULL IS NOT NULL THEN NULL ELSE p._lk60v END AS _lk61v FROM sak_21 p
),
sak_23 AS (
  SELECT p.sak_id, p."dag", p._lk12v, p._lk12u, p._lk12e, p._lk18v, p._lk18u, p._lk18e, p._lk21v, p._lk21u, p._lk21e, p._lk24v, p._lk24u, p._lk24e, p._lk27v, p._lk27u, p._lk27e, p._lk30v, p._lk30u, p._lk30e, p._lk41v, p._lk41u, p._lk41e, p._lk45v, p._lk45u, p._lk45e, p._lk47v, p._lk47u, p._lk49v, p._lk49u, p._lk50v, p._lk50u, p._lk59v, p._lk59u, p._lk59e, CASE p._lk61v WHEN 1 THEN (p."tall" * CAST(2 AS BIGINT)) END AS _lk62v, COALESCE(CASE WHEN NOT (DATE '2021-01-01' <= p._lk0v) THEN 'LK700100017' || 'Regelen «fra_2021» gjelder ikke ' || to_char(p._lk0v, 'YYYY-MM-DD') || ' (gjelder fra 2021-01-01)' END, CASE WHEN NULL IS NULL AND p._lk61v IS NULL THEN 'LK700100018' || 'Ingen definisjon av «fra_2021» gjelder for saken ' || to_char(p._lk0v, 'YYYY-MM-DD') END) AS _lk62e, (p."flagg" OR NULL) AS _lk63v, CASE WHEN (p."flagg" OR NULL) IS NULL THEN 'eller-grunn' END AS _lk63u, (p."annet" OR NULL) AS _lk64v, CASE WHEN (p."annet" OR NULL) IS NULL THEN 'og-grunn' END AS _lk64u FROM sak_22 p
),
sak_24 AS (
  SELECT p.sak_id, p."dag", p._lk12v, p._lk12u, p._lk12e, p._lk18v, p._lk18u, p._lk18e, p._lk21v, p._lk21u, p._lk21e, p._lk24v, p._lk24u, p._lk24e, p._lk27v, p._lk27u, p._lk27e, p._lk30v, p._lk30u, p._lk30e, p._lk41v, p._lk41u, p._lk41e, p._lk45v, p._lk45u, p._lk45e, p._lk47v, p._lk47u, p._lk49v, p._lk49u, p._lk50v, p._lk50u, p._lk59v, p._lk59u, p._lk59e, p._lk62v, p._lk62e, (p._lk63v AND p._lk64v) AS _lk65v, CASE WHEN (p._lk63v AND p._lk64v) IS NULL THEN CASE WHEN p._lk63u IS NULL THEN p._lk64u WHEN p._lk64u IS NULL THEN p._lk63u ELSE array_to_string(string_to_array(p._lk63u, chr(30)) || ARRAY(SELECT r FROM unnest(string_to_array(p._lk64u, chr(30))) WITH ORDINALITY AS x(r, i) WHERE NOT r = ANY(string_to_array(p._lk63u, chr(30))) ORDER BY i), chr(30)) END END AS _lk65u, CAST(CAST(date_trunc('month', p."dag") AS DATE) + make_interval(months => 13) AS DATE) AS _lk66v FROM sak_23 p
),
sak_25 AS (
  SELECT p.sak_id, p._lk12v, p._lk12u, p._lk12e, p._lk18v, p._lk18u, p._lk18e, p._lk21v, p._lk21u, p._lk21e, p._lk24v, p._lk24u, p._lk24e, p._lk27v, p._lk27u, p._lk27e, p._lk30v, p._lk30u, p._lk30e, p._lk41v, p._lk41u, p._lk41e, p._lk45v, p._lk45u, p._lk45e, p._lk47v, p._lk47u, p._lk49v, p._lk49u, p._lk50v, p._lk50u, p._lk59v, p._lk59u, p._lk59e, p._lk62v, p._lk62e, p._lk65v, p._lk65u, CASE WHEN CAST(EXTRACT(YEAR FROM p._lk66v) AS BIGINT) BETWEEN 1 AND 9999 THEN p._lk66v END AS _lk67v, CASE WHEN NOT (CAST(EXTRACT(YEAR FROM p._lk66v) AS BIGINT) BETWEEN 1 AND 9999) THEN to_char(CAST(date_trunc('month', p."dag") AS DATE), 'YYYY-MM') || ' + 13 måneder faller utenfor kalenderen (årene 1–9999)' END AS _lk67u FROM sak_24 p
),
sak_26 AS (
  SELECT p.sak_id, p._lk12v, p._lk12u, p._lk18v, p._lk18u, p._lk21v, p._lk21u, p._lk24v, p._lk24u, p._lk27v, p._lk27u, p._lk30v, p._lk30u, p._lk41v, p._lk41u, p._lk45v, p._lk45u, p._lk47v, p._lk47u, p._lk49v, p._lk49u, p._lk50v, p._lk50u, p._lk59v, p._lk59u, p._lk62v, p._lk65v, p._lk65u, p._lk67v, p._lk67u, COALESCE(p._lk18e, p._lk21e, p._lk24e, p._lk27e, p._lk30e, p._lk41e, p._lk45e, p._lk12e, p._lk59e, p._lk62e) AS _lk68e FROM sak_25 p
)
SELECT p.sak_id,
  CAST(CASE WHEN p._lk68e IS NULL AND p._lk18u IS NULL THEN p._lk18v END AS NUMERIC(18,2)) AS "per_person",
  CAST(CASE WHEN p._lk68e IS NULL THEN p._lk18u END AS TEXT) AS "per_person__ubestemt",
  CAST(CASE WHEN p._lk68e IS NULL AND p._lk21u IS NULL THEN p._lk21v END AS NUMERIC(18,2)) AS "rund_ned",
  CAST(CASE WHEN p._lk68e IS NULL THEN p._lk21u END AS TEXT) AS "rund_ned__ubestemt",
  CAST(CASE WHEN p._lk68e IS NULL AND p._lk24u IS NULL THEN p._lk24v END AS NUMERIC(18,2)) AS "rund_opp",
  CAST(CASE WHEN p._lk68e IS NULL THEN p._lk24u END AS TEXT) AS "rund_opp__ubestemt",
  CAST(CASE WHEN p._lk68e IS NULL AND p._lk27u IS NULL THEN p._lk27v END AS NUMERIC(18,2)) AS "rund_halv_opp",
  CAST(CASE WHEN p._lk68e IS NULL THEN p._lk27u END AS TEXT) AS "rund_halv_opp__ubestemt",
  CAST(CASE WHEN p._lk68e IS NULL AND p._lk30u IS NULL THEN p._lk30v END AS NUMERIC(18,2)) AS "rund_halv_ned",
  CAST(CASE WHEN p._lk68e IS NULL THEN p._lk30u END AS TEXT) AS "rund_halv_ned__ubestemt",
  CAST(CASE WHEN p._lk68e IS NULL AND p._lk41u IS NULL THEN p._lk41v END AS NUMERIC(18,2)) AS "rund_halv_partall",
  CAST(CASE WHEN p._lk68e IS NULL THEN p._lk41u END AS TEXT) AS "rund_halv_partall__ubestemt",
  CAST(CASE WHEN p._lk68e IS NULL AND p._lk45u IS NULL THEN p._lk45v END AS NUMERIC(18,2)) AS "rund_beløp",
  CAST(CASE WHEN p._lk68e IS NULL THEN p._lk45u END AS TEXT) AS "rund_beløp__ubestemt",
  CAST(CASE WHEN p._lk68e IS NULL AND p._lk47u IS NULL THEN p._lk47v END AS BIGINT) AS "antall_voksne",
  CAST(CASE WHEN p._lk68e IS NULL THEN p._lk47u END AS TEXT) AS "antall_voksne__ubestemt",
  CAST(CASE WHEN p._lk68e IS NULL AND p._lk12u IS NULL THEN p._lk12v END AS NUMERIC(18,2)) AS "sum_sats",
  CAST(CASE WHEN p._lk68e IS NULL THEN p._lk12u END AS TEXT) AS "sum_sats__ubestemt",
  CAST(CASE WHEN p._lk68e IS NULL AND p._lk49u IS NULL THEN p._lk49v END AS BOOLEAN) AS "noen_med_inntekt",
  CAST(CASE WHEN p._lk68e IS NULL THEN p._lk49u END AS TEXT) AS "noen_med_inntekt__ubestemt",
  CAST(CASE WHEN p._lk68e IS NULL AND p._lk50u IS NULL THEN p._lk50v END AS BOOLEAN) AS "alle_voksne",
  CAST(CASE WHEN p._lk68e IS NULL THEN p._lk50u END AS TEXT) AS "alle_voksne__ubestemt",
  CAST(CASE WHEN p._lk68e IS NULL AND p._lk59u IS NULL THEN p._lk59v END AS NUMERIC(18,2)) AS "grunnlag",
  CAST(CASE WHEN p._lk68e IS NULL THEN p._lk59u END AS TEXT) AS "grunnlag__ubestemt",
  CAST(CASE WHEN p._lk68e IS NULL THEN p._lk62v END AS BIGINT) AS "fra_2021",
  CAST(CASE WHEN p._lk68e IS NULL AND p._lk65u IS NULL THEN p._lk65v END AS BOOLEAN) AS "tolket",
  CAST(CASE WHEN p._lk68e IS NULL THEN p._lk65u END AS TEXT) AS "tolket__ubestemt",
  CAST(CASE WHEN p._lk68e IS NULL AND p._lk67u IS NULL THEN p._lk67v END AS DATE) AS "neste_måned",
  CAST(CASE WHEN p._lk68e IS NULL THEN p._lk67u END AS TEXT) AS "neste_måned__ubestemt",
  substr(p._lk68e, 1, 6) AS feil_kode,
  CAST(substr(p._lk68e, 7, 5) AS INTEGER) AS feil_sted,
  substr(p._lk68e, 12) AS feil_melding
FROM sak_26 p
ORDER BY p.sak_id;
