-- lovkode sql --dialect spark (deling): the input tables, then the query

CREATE TABLE sak (
  sak_id BIGINT NOT NULL,
  `dag` DATE NOT NULL,
  `beløp` DECIMAL(18,2) NOT NULL,
  `deler` BIGINT NOT NULL
);

WITH
sak_0 AS (
  SELECT sak_id, `beløp`, `deler` FROM sak
),
sak_1 AS (
  SELECT p.sak_id, p.`beløp`, p.`deler`, (CAST(p.`deler` AS DECIMAL(38,0)) * CAST(CAST(1500000000000 AS DECIMAL(38,0)) AS DECIMAL(38,0))) AS _lk1v FROM sak_0 p
),
sak_2 AS (
  SELECT p.sak_id, p.`beløp`, p.`deler`, p._lk1v, CASE WHEN CASE WHEN abs(p._lk1v) < 10000000000000000000 THEN (CAST(1000000000000 AS DECIMAL(38,0)) * 100) END < 0 THEN -CASE WHEN abs(p._lk1v) < 10000000000000000000 THEN (CAST(CAST(p.`beløp` AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) * p._lk1v) END ELSE CASE WHEN abs(p._lk1v) < 10000000000000000000 THEN (CAST(CAST(p.`beløp` AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) * p._lk1v) END END AS _lk2v, CASE WHEN CASE WHEN abs(p._lk1v) < 10000000000000000000 THEN (CAST(1000000000000 AS DECIMAL(38,0)) * 100) END < 0 THEN -CASE WHEN abs(p._lk1v) < 10000000000000000000 THEN (CAST(1000000000000 AS DECIMAL(38,0)) * 100) END ELSE CASE WHEN abs(p._lk1v) < 10000000000000000000 THEN (CAST(1000000000000 AS DECIMAL(38,0)) * 100) END END AS _lk3v FROM sak_1 p
),
sak_3 AS (
  SELECT p.sak_id, p.`beløp`, p.`deler`, CASE WHEN p._lk3v <> 0 THEN CAST(CAST((((p._lk2v - (p._lk2v % p._lk3v)) div (p._lk3v))) * 100 AS DECIMAL(38,0)) * 0.01 AS DECIMAL(18,2)) END AS _lk4v, CASE WHEN NOT (abs(p._lk1v) < 10000000000000000000) THEN 'LK701000000' || 'Tallet er for stort til å regnes eksakt i SQL-spørringen (en faktor er 10 millioner eller mer); regn ut saken med lovkode run' END AS _lk4e, (CAST(p.`deler` AS DECIMAL(38,0)) * CAST(CAST(250000000000 AS DECIMAL(38,0)) AS DECIMAL(38,0))) AS _lk5v FROM sak_2 p
),
sak_4 AS (
  SELECT p.sak_id, p.`beløp`, p.`deler`, p._lk4v, p._lk4e, CASE WHEN CAST(500000000000 AS DECIMAL(38,0)) IS NULL OR p._lk5v IS NULL THEN NULL WHEN p._lk5v > CAST(500000000000 AS DECIMAL(38,0)) THEN p._lk5v ELSE CAST(500000000000 AS DECIMAL(38,0)) END AS _lk6v FROM sak_3 p
),
sak_5 AS (
  SELECT p.sak_id, p.`beløp`, p.`deler`, p._lk4v, p._lk4e, CASE (p.`deler` > CAST(0 AS BIGINT)) WHEN TRUE THEN (CAST(CAST(1 AS BIGINT) AS DECIMAL(38,0)) * 1000000000000 + CAST(38000000000 AS DECIMAL(38,0))) WHEN FALSE THEN p._lk6v END AS _lk7v FROM sak_4 p
),
sak_6 AS (
  SELECT p.sak_id, p.`beløp`, p.`deler`, p._lk4v, p._lk4e, p._lk7v, CASE WHEN CASE WHEN abs(p._lk7v) < 10000000000000000000 THEN (CAST(1000000000000 AS DECIMAL(38,0)) * 5000) END < 0 THEN -CASE WHEN abs(p._lk7v) < 10000000000000000000 THEN (CAST(CAST(p.`beløp` AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) * p._lk7v) END ELSE CASE WHEN abs(p._lk7v) < 10000000000000000000 THEN (CAST(CAST(p.`beløp` AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) * p._lk7v) END END AS _lk8v, CASE WHEN CASE WHEN abs(p._lk7v) < 10000000000000000000 THEN (CAST(1000000000000 AS DECIMAL(38,0)) * 5000) END < 0 THEN -CASE WHEN abs(p._lk7v) < 10000000000000000000 THEN (CAST(1000000000000 AS DECIMAL(38,0)) * 5000) END ELSE CASE WHEN abs(p._lk7v) < 10000000000000000000 THEN (CAST(1000000000000 AS DECIMAL(38,0)) * 5000) END END AS _lk9v FROM sak_5 p
),
sak_7 AS (
  SELECT p.sak_id, p.`beløp`, p.`deler`, p._lk4v, p._lk4e, p._lk7v, CASE WHEN p._lk9v <> 0 THEN CAST(CAST((((p._lk8v - (p._lk8v % p._lk9v)) div (p._lk9v)) + CASE WHEN 2 * abs((p._lk8v % p._lk9v)) >= p._lk9v THEN CASE WHEN p._lk8v < 0 THEN -1 ELSE 1 END ELSE 0 END) * 5000 AS DECIMAL(38,0)) * 0.01 AS DECIMAL(18,2)) END AS _lk10v, CASE WHEN NOT (abs(p._lk7v) < 10000000000000000000) THEN 'LK701000001' || 'Tallet er for stort til å regnes eksakt i SQL-spørringen (en faktor er 10 millioner eller mer); regn ut saken med lovkode run' END AS _lk10e, CAST(CAST(p.`beløp` AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) * 1000000000000 AS _lk11v, CAST(CAST(CAST(100 AS DECIMAL(18,2)) AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) AS _lk12v FROM sak_6 p
),
sak_8 AS (
  SELECT p.sak_id, p.`beløp`, p.`deler`, p._lk4v, p._lk4e, p._lk7v, p._lk10v, p._lk10e, CASE WHEN p._lk12v = 0 THEN NULL WHEN p._lk11v % p._lk12v = 0 THEN ((p._lk11v) div (p._lk12v)) END AS _lk13v, COALESCE(CASE WHEN p.`beløp` IS NOT NULL AND CAST(100 AS DECIMAL(18,2)) = 0 THEN 'LK700400002' || 'Deling med null' END, CASE WHEN p._lk12v = 0 THEN NULL WHEN p._lk11v % p._lk12v <> 0 THEN 'LK701000003' || 'Tallet har mer enn 12 desimaler, og SQL-spørringen regner desimaltall med 12 desimaler; rund av med avrund(…) i reglene, eller regn ut saken med lovkode run' END) AS _lk13e FROM sak_7 p
),
sak_9 AS (
  SELECT p.sak_id, p.`beløp`, p.`deler`, p._lk4v, p._lk4e, p._lk7v, p._lk10v, p._lk10e, (p._lk13v > CAST(1500000000000 AS DECIMAL(38,0))) AS _lk14v, p._lk13e AS _lk14e, CAST(p.`deler` AS DECIMAL(38,0)) * 1000000000000 AS _lk15v, CAST(CAST(8 AS BIGINT) AS DECIMAL(38,0)) AS _lk16v FROM sak_8 p
),
sak_10 AS (
  SELECT p.sak_id, p.`beløp`, p.`deler`, p._lk4v, p._lk4e, p._lk7v, p._lk10v, p._lk10e, p._lk14v, p._lk14e, CASE WHEN p._lk16v = 0 THEN NULL WHEN p._lk15v % p._lk16v = 0 THEN ((p._lk15v) div (p._lk16v)) END AS _lk17v, COALESCE(CASE WHEN p.`deler` IS NOT NULL AND CAST(8 AS BIGINT) = 0 THEN 'LK700400004' || 'Deling med null' END, CASE WHEN p._lk16v = 0 THEN NULL WHEN p._lk15v % p._lk16v <> 0 THEN 'LK701000005' || 'Tallet har mer enn 12 desimaler, og SQL-spørringen regner desimaltall med 12 desimaler; rund av med avrund(…) i reglene, eller regn ut saken med lovkode run' END) AS _lk17e FROM sak_9 p
),
sak_11 AS (
  SELECT p.sak_id, p.`beløp`, p.`deler`, p._lk4v, p._lk4e, p._lk10v, p._lk10e, (p._lk14v OR (p._lk17v = CAST(125000000000 AS DECIMAL(38,0)))) AS _lk18v, COALESCE(p._lk14e, CASE WHEN p._lk14v = TRUE THEN NULL ELSE p._lk17e END) AS _lk18e, ((-p._lk7v) >= (CAST(CAST(0 AS BIGINT) AS DECIMAL(38,0)) * 1000000000000 - CAST(125000000000 AS DECIMAL(38,0)))) AS _lk19v FROM sak_10 p
),
sak_12 AS (
  SELECT p.sak_id, p.`beløp`, p.`deler`, p._lk4v, p._lk4e, p._lk10v, p._lk10e, (p._lk18v OR p._lk19v) AS _lk20v, p._lk18e AS _lk20e, CASE WHEN abs(CAST(125000000000 AS DECIMAL(38,0))) < 10000000000000000000 THEN (CAST(CAST(p.`beløp` AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) * CAST(125000000000 AS DECIMAL(38,0))) END AS _lk21v, CASE WHEN abs(CAST(125000000000 AS DECIMAL(38,0))) < 10000000000000000000 THEN CAST(1000000000000 AS DECIMAL(38,0)) END AS _lk22v FROM sak_11 p
),
sak_13 AS (
  SELECT p.sak_id, p.`beløp`, p.`deler`, p._lk4v, p._lk4e, p._lk10v, p._lk10e, p._lk20v, p._lk20e, CASE WHEN p._lk22v = 0 THEN NULL WHEN p._lk21v % p._lk22v = 0 THEN CAST(CAST(((p._lk21v) div (p._lk22v)) AS DECIMAL(38,0)) * 0.01 AS DECIMAL(18,2)) END AS _lk23v, COALESCE(CASE WHEN NOT (abs(CAST(125000000000 AS DECIMAL(38,0))) < 10000000000000000000) THEN 'LK701000007' || 'Tallet er for stort til å regnes eksakt i SQL-spørringen (en faktor er 10 millioner eller mer); regn ut saken med lovkode run' END, CASE WHEN p._lk22v = 0 THEN NULL WHEN p._lk21v % p._lk22v <> 0 THEN 'LK701000006' || 'Beløpet er ikke et helt antall øre, og SQL-spørringen regner beløp i hele øre; rund av med avrund(…) i reglene, eller regn ut saken med lovkode run' END) AS _lk23e, CASE WHEN (CAST(p.`deler` AS DECIMAL(38,0)) * 1) < 0 THEN -CAST(CAST(p.`beløp` AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) ELSE CAST(CAST(p.`beløp` AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) END AS _lk24v, CASE WHEN (CAST(p.`deler` AS DECIMAL(38,0)) * 1) < 0 THEN -(CAST(p.`deler` AS DECIMAL(38,0)) * 1) ELSE (CAST(p.`deler` AS DECIMAL(38,0)) * 1) END AS _lk25v FROM sak_12 p
),
sak_14 AS (
  SELECT p.sak_id, p.`beløp`, p.`deler`, p._lk4v, p._lk4e, p._lk10v, p._lk10e, p._lk20v, p._lk20e, p._lk23v, p._lk23e, CASE WHEN p._lk25v <> 0 THEN CAST(CAST((((p._lk24v - (p._lk24v % p._lk25v)) div (p._lk25v))) * 1 AS DECIMAL(38,0)) * 0.01 AS DECIMAL(18,2)) END AS _lk26v, CASE WHEN p.`beløp` IS NOT NULL AND p.`deler` = 0 THEN 'LK700400008' || 'Deling med null' END AS _lk26e, CASE WHEN (CAST(p.`deler` AS DECIMAL(38,0)) * 1) < 0 THEN -CAST(CAST(p.`beløp` AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) ELSE CAST(CAST(p.`beløp` AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) END AS _lk27v, CASE WHEN (CAST(p.`deler` AS DECIMAL(38,0)) * 1) < 0 THEN -(CAST(p.`deler` AS DECIMAL(38,0)) * 1) ELSE (CAST(p.`deler` AS DECIMAL(38,0)) * 1) END AS _lk28v FROM sak_13 p
),
sak_15 AS (
  SELECT p.sak_id, p.`beløp`, p.`deler`, p._lk4v, p._lk4e, p._lk10v, p._lk10e, p._lk20v, p._lk20e, p._lk23v, p._lk23e, p._lk26v, p._lk26e, CASE WHEN p._lk28v <> 0 THEN CAST(CAST((((p._lk27v - (p._lk27v % p._lk28v)) div (p._lk28v)) + CASE WHEN (p._lk27v % p._lk28v) <> 0 THEN CASE WHEN p._lk27v < 0 THEN -1 ELSE 1 END ELSE 0 END) * 1 AS DECIMAL(38,0)) * 0.01 AS DECIMAL(18,2)) END AS _lk29v, CASE WHEN p.`beløp` IS NOT NULL AND p.`deler` = 0 THEN 'LK700400009' || 'Deling med null' END AS _lk29e, CASE WHEN (CAST(p.`deler` AS DECIMAL(38,0)) * 5) < 0 THEN -CAST(CAST(p.`beløp` AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) ELSE CAST(CAST(p.`beløp` AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) END AS _lk30v, CASE WHEN (CAST(p.`deler` AS DECIMAL(38,0)) * 5) < 0 THEN -(CAST(p.`deler` AS DECIMAL(38,0)) * 5) ELSE (CAST(p.`deler` AS DECIMAL(38,0)) * 5) END AS _lk31v FROM sak_14 p
),
sak_16 AS (
  SELECT p.sak_id, p.`beløp`, p.`deler`, p._lk4v, p._lk4e, p._lk10v, p._lk10e, p._lk20v, p._lk20e, p._lk23v, p._lk23e, p._lk26v, p._lk26e, p._lk29v, p._lk29e, CASE WHEN p._lk31v <> 0 THEN CAST(CAST((((p._lk30v - (p._lk30v % p._lk31v)) div (p._lk31v)) + CASE WHEN 2 * abs((p._lk30v % p._lk31v)) >= p._lk31v THEN CASE WHEN p._lk30v < 0 THEN -1 ELSE 1 END ELSE 0 END) * 5 AS DECIMAL(38,0)) * 0.01 AS DECIMAL(18,2)) END AS _lk32v, CASE WHEN p.`beløp` IS NOT NULL AND p.`deler` = 0 THEN 'LK700400010' || 'Deling med null' END AS _lk32e, CASE WHEN (CAST(p.`deler` AS DECIMAL(38,0)) * 100) < 0 THEN -CAST(CAST(p.`beløp` AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) ELSE CAST(CAST(p.`beløp` AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) END AS _lk33v, CASE WHEN (CAST(p.`deler` AS DECIMAL(38,0)) * 100) < 0 THEN -(CAST(p.`deler` AS DECIMAL(38,0)) * 100) ELSE (CAST(p.`deler` AS DECIMAL(38,0)) * 100) END AS _lk34v FROM sak_15 p
),
sak_17 AS (
  SELECT p.sak_id, p.`beløp`, p.`deler`, p._lk4v, p._lk4e, p._lk10v, p._lk10e, p._lk20v, p._lk20e, p._lk23v, p._lk23e, p._lk26v, p._lk26e, p._lk29v, p._lk29e, p._lk32v, p._lk32e, CASE WHEN p._lk34v <> 0 THEN CAST(CAST((((p._lk33v - (p._lk33v % p._lk34v)) div (p._lk34v)) + CASE WHEN 2 * abs((p._lk33v % p._lk34v)) > p._lk34v THEN CASE WHEN p._lk33v < 0 THEN -1 ELSE 1 END ELSE 0 END) * 100 AS DECIMAL(38,0)) * 0.01 AS DECIMAL(18,2)) END AS _lk35v, CASE WHEN p.`beløp` IS NOT NULL AND p.`deler` = 0 THEN 'LK700400011' || 'Deling med null' END AS _lk35e, CASE WHEN (CAST(p.`deler` AS DECIMAL(38,0)) * 5000) < 0 THEN -CAST(CAST(p.`beløp` AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) ELSE CAST(CAST(p.`beløp` AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) END AS _lk36v, CASE WHEN (CAST(p.`deler` AS DECIMAL(38,0)) * 5000) < 0 THEN -(CAST(p.`deler` AS DECIMAL(38,0)) * 5000) ELSE (CAST(p.`deler` AS DECIMAL(38,0)) * 5000) END AS _lk37v FROM sak_16 p
),
sak_18 AS (
  SELECT p.sak_id, p.`beløp`, p.`deler`, p._lk4v, p._lk4e, p._lk10v, p._lk10e, p._lk20v, p._lk20e, p._lk23v, p._lk23e, p._lk26v, p._lk26e, p._lk29v, p._lk29e, p._lk32v, p._lk32e, p._lk35v, p._lk35e, CASE WHEN p._lk37v <> 0 THEN CAST(CAST((((p._lk36v - (p._lk36v % p._lk37v)) div (p._lk37v)) + CASE WHEN (2 * abs((p._lk36v % p._lk37v)) > p._lk37v OR (2 * abs((p._lk36v % p._lk37v)) = p._lk37v AND (((p._lk36v - (p._lk36v % p._lk37v)) div (p._lk37v))) % 2 <> 0)) THEN CASE WHEN p._lk36v < 0 THEN -1 ELSE 1 END ELSE 0 END) * 5000 AS DECIMAL(38,0)) * 0.01 AS DECIMAL(18,2)) END AS _lk38v, CASE WHEN p.`beløp` IS NOT NULL AND p.`deler` = 0 THEN 'LK700400012' || 'Deling med null' END AS _lk38e, CASE WHEN CAST(100 AS DECIMAL(38,0)) < 0 THEN -CAST(CAST(p.`beløp` AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) ELSE CAST(CAST(p.`beløp` AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) END AS _lk39v, CASE WHEN CAST(100 AS DECIMAL(38,0)) < 0 THEN -CAST(100 AS DECIMAL(38,0)) ELSE CAST(100 AS DECIMAL(38,0)) END AS _lk40v FROM sak_17 p
),
sak_19 AS (
  SELECT p.sak_id, p.`beløp`, p.`deler`, p._lk4v, p._lk4e, p._lk10v, p._lk10e, p._lk20v, p._lk20e, p._lk23v, p._lk23e, p._lk26v, p._lk26e, p._lk29v, p._lk29e, p._lk32v, p._lk32e, p._lk35v, p._lk35e, p._lk38v, p._lk38e, CASE WHEN p._lk40v <> 0 THEN CAST(CAST((((p._lk39v - (p._lk39v % p._lk40v)) div (p._lk40v)) + CASE WHEN (2 * abs((p._lk39v % p._lk40v)) > p._lk40v OR (2 * abs((p._lk39v % p._lk40v)) = p._lk40v AND (((p._lk39v - (p._lk39v % p._lk40v)) div (p._lk40v))) % 2 <> 0)) THEN CASE WHEN p._lk39v < 0 THEN -1 ELSE 1 END ELSE 0 END) * 100 AS DECIMAL(38,0)) * 0.01 AS DECIMAL(18,2)) END AS _lk41v, CAST(CAST(p.`beløp` AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) AS _lk42v, CAST(p.`deler` AS DECIMAL(38,0)) AS _lk43v FROM sak_18 p
),
sak_20 AS (
  SELECT p.sak_id, p._lk4v, p._lk4e, p._lk10v, p._lk10e, p._lk20v, p._lk20e, p._lk23v, p._lk23e, p._lk26v, p._lk26e, p._lk29v, p._lk29e, p._lk32v, p._lk32e, p._lk35v, p._lk35e, p._lk38v, p._lk38e, p._lk41v, CASE WHEN p._lk43v = 0 THEN NULL WHEN p._lk42v % p._lk43v = 0 THEN CAST(CAST(((p._lk42v) div (p._lk43v)) AS DECIMAL(38,0)) * 0.01 AS DECIMAL(18,2)) END AS _lk44v, COALESCE(CASE WHEN p.`beløp` IS NOT NULL AND p.`deler` = 0 THEN 'LK700400013' || 'Deling med null' END, CASE WHEN p._lk43v = 0 THEN NULL WHEN p._lk42v % p._lk43v <> 0 THEN 'LK701000014' || 'Beløpet er ikke et helt antall øre, og SQL-spørringen regner beløp i hele øre; rund av med avrund(…) i reglene, eller regn ut saken med lovkode run' END) AS _lk44e FROM sak_19 p
),
sak_21 AS (
  SELECT p.sak_id, p._lk4v, p._lk10v, p._lk20v, p._lk23v, p._lk26v, p._lk29v, p._lk32v, p._lk35v, p._lk38v, p._lk41v, p._lk44v, COALESCE(p._lk4e, p._lk10e, p._lk20e, p._lk23e, p._lk26e, p._lk29e, p._lk32e, p._lk35e, p._lk38e, p._lk44e) AS _lk45e FROM sak_20 p
)
SELECT p.sak_id,
  CAST(CASE WHEN p._lk45e IS NULL THEN p._lk4v END AS DECIMAL(18,2)) AS `stor_faktor`,
  CAST(CASE WHEN p._lk45e IS NULL THEN p._lk10v END AS DECIMAL(18,2)) AS `justert`,
  CAST(CASE WHEN p._lk45e IS NULL THEN p._lk20v END AS BOOLEAN) AS `sammenlignet`,
  CAST(CASE WHEN p._lk45e IS NULL THEN p._lk23v END AS DECIMAL(18,2)) AS `produkt`,
  CAST(CASE WHEN p._lk45e IS NULL THEN p._lk26v END AS DECIMAL(18,2)) AS `ned`,
  CAST(CASE WHEN p._lk45e IS NULL THEN p._lk29v END AS DECIMAL(18,2)) AS `opp`,
  CAST(CASE WHEN p._lk45e IS NULL THEN p._lk32v END AS DECIMAL(18,2)) AS `halv_opp`,
  CAST(CASE WHEN p._lk45e IS NULL THEN p._lk35v END AS DECIMAL(18,2)) AS `halv_ned`,
  CAST(CASE WHEN p._lk45e IS NULL THEN p._lk38v END AS DECIMAL(18,2)) AS `halv_partall`,
  CAST(CASE WHEN p._lk45e IS NULL THEN p._lk41v END AS DECIMAL(18,2)) AS `hele_kroner`,
  CAST(CASE WHEN p._lk45e IS NULL THEN p._lk44v END AS DECIMAL(18,2)) AS `kvotient`,
  substr(p._lk45e, 1, 6) AS feil_kode,
  CAST(substr(p._lk45e, 7, 5) AS INTEGER) AS feil_sted,
  substr(p._lk45e, 12) AS feil_melding
FROM sak_21 p
ORDER BY p.sak_id;
