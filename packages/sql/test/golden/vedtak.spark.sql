-- lovkode sql --dialect spark (vedtak): the input tables, then the query

CREATE TABLE sak (
  sak_id BIGINT NOT NULL,
  `beregningsmåned` DATE NOT NULL,
  `sivilstand` STRING NOT NULL,
  `samboere` BOOLEAN,
  `tungtveiende_grunner_mot_aktivitetsvilkår` BOOLEAN
);

CREATE TABLE sak__voksne (
  sak_id BIGINT NOT NULL,
  nr BIGINT NOT NULL,
  `fødselsdato` DATE NOT NULL,
  `utdanning` STRING
);

CREATE TABLE sak__barn (
  sak_id BIGINT NOT NULL,
  nr BIGINT NOT NULL,
  `fødselsdato` DATE NOT NULL
);

CREATE TABLE sak__myndige_barn_i_skole (
  sak_id BIGINT NOT NULL,
  nr BIGINT NOT NULL,
  `fødselsdato` DATE NOT NULL,
  `utdanning` STRING
);

CREATE TABLE sak__utgifter (
  sak_id BIGINT NOT NULL,
  nr BIGINT NOT NULL,
  `art` STRING NOT NULL,
  `beløp` DECIMAL(18,2) NOT NULL
);

CREATE TABLE sak__utgifter__gjelder_barn (
  sak_id BIGINT NOT NULL,
  nr BIGINT NOT NULL,
  nr_2 BIGINT NOT NULL,
  `fødselsdato` DATE NOT NULL
);

CREATE TABLE sak__inntekter (
  sak_id BIGINT NOT NULL,
  nr BIGINT NOT NULL,
  `art` STRING NOT NULL,
  `beløp` DECIMAL(18,2) NOT NULL,
  `arbeidsart` STRING
);

CREATE TABLE sak__inntekter__tilhører (
  sak_id BIGINT NOT NULL,
  nr BIGINT NOT NULL,
  nr_2 BIGINT NOT NULL,
  `fødselsdato` DATE NOT NULL
);

CREATE TABLE sak__inntekter__gjelder_barn (
  sak_id BIGINT NOT NULL,
  nr BIGINT NOT NULL,
  nr_2 BIGINT NOT NULL,
  `fødselsdato` DATE NOT NULL
);

-- Utdata som er lister eller poster, er ikke med (docs/sql.md §1): aktivitetsvilkår, krever_vurdering, per_person
WITH
tabell_1 AS (
  SELECT * FROM VALUES ('enslig', DATE '0001-01-01', DATE '2005-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300013' || 'Tabellen «veiledende_sats» har ingen verdi for enslig ', ': første rad gjelder fra 2006-01-01'),
    ('enslig', DATE '2006-01-01', DATE '2006-12-31', CAST(4270 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('enslig', DATE '2007-01-01', DATE '2007-12-31', CAST(4600 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('enslig', DATE '2008-01-01', DATE '2008-12-31', CAST(4720 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('enslig', DATE '2009-01-01', DATE '2009-12-31', CAST(5105 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('enslig', DATE '2010-01-01', DATE '2010-12-31', CAST(5197 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('enslig', DATE '2011-01-01', DATE '2011-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300014' || 'Tabellen «veiledende_sats» har ukjent verdi for enslig ', ' (perioden fra 2011-01-01): Rundskrivet med satsene for 2011 er ikke registrert'),
    ('enslig', DATE '2012-01-01', DATE '2012-12-31', CAST(5373 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('enslig', DATE '2013-01-01', DATE '2013-12-31', CAST(5500 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('enslig', DATE '2014-01-01', DATE '2014-12-31', CAST(5600 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('enslig', DATE '2015-01-01', DATE '2015-12-31', CAST(5700 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('enslig', DATE '2016-01-01', DATE '2017-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300015' || 'Tabellen «veiledende_sats» har ukjent verdi for enslig ', ' (perioden fra 2016-01-01): Rundskrivene med satsene for 2016 og 2017 er ikke registrert'),
    ('enslig', DATE '2018-01-01', DATE '2018-12-31', CAST(6050 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('enslig', DATE '2019-01-01', DATE '2019-12-31', CAST(6150 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('enslig', DATE '2020-01-01', DATE '2020-08-31', CAST(6250 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('enslig', DATE '2020-09-01', DATE '2020-12-31', CAST(6250 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('enslig', DATE '2021-01-01', DATE '2021-08-31', CAST(6450 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('enslig', DATE '2021-09-01', DATE '2021-12-31', CAST(6450 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('enslig', DATE '2022-01-01', DATE '2022-06-30', CAST(6550 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('enslig', DATE '2022-07-01', DATE '2022-12-31', CAST(6650 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('enslig', DATE '2023-01-01', DATE '2023-06-30', CAST(6850 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('enslig', DATE '2023-07-01', DATE '2023-12-31', CAST(7550 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('enslig', DATE '2024-01-01', DATE '2024-12-31', CAST(7850 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('enslig', DATE '2025-01-01', DATE '9999-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300016' || 'Tabellen «veiledende_sats» har ukjent verdi for enslig ', ' (perioden fra 2025-01-01): Rundskrivet med satsene for 2025 er ikke registrert'),
    ('ektepar_samboere', DATE '0001-01-01', DATE '2005-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300017' || 'Tabellen «veiledende_sats» har ingen verdi for ektepar_samboere ', ': første rad gjelder fra 2006-01-01'),
    ('ektepar_samboere', DATE '2006-01-01', DATE '2006-12-31', CAST(7100 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ektepar_samboere', DATE '2007-01-01', DATE '2007-12-31', CAST(7650 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ektepar_samboere', DATE '2008-01-01', DATE '2008-12-31', CAST(7840 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ektepar_samboere', DATE '2009-01-01', DATE '2009-12-31', CAST(8479 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ektepar_samboere', DATE '2010-01-01', DATE '2010-12-31', CAST(8632 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ektepar_samboere', DATE '2011-01-01', DATE '2011-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300018' || 'Tabellen «veiledende_sats» har ukjent verdi for ektepar_samboere ', ' (perioden fra 2011-01-01): Rundskrivet med satsene for 2011 er ikke registrert'),
    ('ektepar_samboere', DATE '2012-01-01', DATE '2012-12-31', CAST(8924 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ektepar_samboere', DATE '2013-01-01', DATE '2013-12-31', CAST(9100 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ektepar_samboere', DATE '2014-01-01', DATE '2014-12-31', CAST(9300 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ektepar_samboere', DATE '2015-01-01', DATE '2015-12-31', CAST(9500 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ektepar_samboere', DATE '2016-01-01', DATE '2017-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300019' || 'Tabellen «veiledende_sats» har ukjent verdi for ektepar_samboere ', ' (perioden fra 2016-01-01): Rundskrivene med satsene for 2016 og 2017 er ikke registrert'),
    ('ektepar_samboere', DATE '2018-01-01', DATE '2018-12-31', CAST(10100 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ektepar_samboere', DATE '2019-01-01', DATE '2019-12-31', CAST(10250 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ektepar_samboere', DATE '2020-01-01', DATE '2020-08-31', CAST(10450 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ektepar_samboere', DATE '2020-09-01', DATE '2020-12-31', CAST(10450 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ektepar_samboere', DATE '2021-01-01', DATE '2021-08-31', CAST(10800 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ektepar_samboere', DATE '2021-09-01', DATE '2021-12-31', CAST(10800 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ektepar_samboere', DATE '2022-01-01', DATE '2022-06-30', CAST(10950 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ektepar_samboere', DATE '2022-07-01', DATE '2022-12-31', CAST(11150 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ektepar_samboere', DATE '2023-01-01', DATE '2023-06-30', CAST(11450 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ektepar_samboere', DATE '2023-07-01', DATE '2023-12-31', CAST(12600 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ektepar_samboere', DATE '2024-01-01', DATE '2024-12-31', CAST(13100 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('ektepar_samboere', DATE '2025-01-01', DATE '9999-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300020' || 'Tabellen «veiledende_sats» har ukjent verdi for ektepar_samboere ', ' (perioden fra 2025-01-01): Rundskrivet med satsene for 2025 er ikke registrert'),
    ('person_i_bofellesskap', DATE '0001-01-01', DATE '2005-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300021' || 'Tabellen «veiledende_sats» har ingen verdi for person_i_bofellesskap ', ': første rad gjelder fra 2006-01-01'),
    ('person_i_bofellesskap', DATE '2006-01-01', DATE '2006-12-31', CAST(3550 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('person_i_bofellesskap', DATE '2007-01-01', DATE '2007-12-31', CAST(3825 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('person_i_bofellesskap', DATE '2008-01-01', DATE '2008-12-31', CAST(3920 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('person_i_bofellesskap', DATE '2009-01-01', DATE '2009-12-31', CAST(4240 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('person_i_bofellesskap', DATE '2010-01-01', DATE '2010-12-31', CAST(4316 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('person_i_bofellesskap', DATE '2011-01-01', DATE '2011-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300022' || 'Tabellen «veiledende_sats» har ukjent verdi for person_i_bofellesskap ', ' (perioden fra 2011-01-01): Rundskrivet med satsene for 2011 er ikke registrert'),
    ('person_i_bofellesskap', DATE '2012-01-01', DATE '2012-12-31', CAST(4462 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('person_i_bofellesskap', DATE '2013-01-01', DATE '2013-12-31', CAST(4550 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('person_i_bofellesskap', DATE '2014-01-01', DATE '2014-12-31', CAST(4650 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('person_i_bofellesskap', DATE '2015-01-01', DATE '2015-12-31', CAST(4750 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('person_i_bofellesskap', DATE '2016-01-01', DATE '2017-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300023' || 'Tabellen «veiledende_sats» har ukjent verdi for person_i_bofellesskap ', ' (perioden fra 2016-01-01): Rundskrivene med satsene for 2016 og 2017 er ikke registrert'),
    ('person_i_bofellesskap', DATE '2018-01-01', DATE '2018-12-31', CAST(5050 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('person_i_bofellesskap', DATE '2019-01-01', DATE '2019-12-31', CAST(5150 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('person_i_bofellesskap', DATE '2020-01-01', DATE '2020-08-31', CAST(5250 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('person_i_bofellesskap', DATE '2020-09-01', DATE '2020-12-31', CAST(5250 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('person_i_bofellesskap', DATE '2021-01-01', DATE '2021-08-31', CAST(5400 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('person_i_bofellesskap', DATE '2021-09-01', DATE '2021-12-31', CAST(5400 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('person_i_bofellesskap', DATE '2022-01-01', DATE '2022-06-30', CAST(5450 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('person_i_bofellesskap', DATE '2022-07-01', DATE '2022-12-31', CAST(5600 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('person_i_bofellesskap', DATE '2023-01-01', DATE '2023-06-30', CAST(5750 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('person_i_bofellesskap', DATE '2023-07-01', DATE '2023-12-31', CAST(6350 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('person_i_bofellesskap', DATE '2024-01-01', DATE '2024-12-31', CAST(6600 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('person_i_bofellesskap', DATE '2025-01-01', DATE '9999-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300024' || 'Tabellen «veiledende_sats» har ukjent verdi for person_i_bofellesskap ', ' (perioden fra 2025-01-01): Rundskrivet med satsene for 2025 er ikke registrert'),
    ('barn_0_5', DATE '0001-01-01', DATE '2005-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300025' || 'Tabellen «veiledende_sats» har ingen verdi for barn_0_5 ', ': første rad gjelder fra 2006-01-01'),
    ('barn_0_5', DATE '2006-01-01', DATE '2006-12-31', CAST(1630 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_0_5', DATE '2007-01-01', DATE '2007-12-31', CAST(1760 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_0_5', DATE '2008-01-01', DATE '2008-12-31', CAST(1800 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_0_5', DATE '2009-01-01', DATE '2009-12-31', CAST(1947 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_0_5', DATE '2010-01-01', DATE '2010-12-31', CAST(1982 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_0_5', DATE '2011-01-01', DATE '2011-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300026' || 'Tabellen «veiledende_sats» har ukjent verdi for barn_0_5 ', ' (perioden fra 2011-01-01): Rundskrivet med satsene for 2011 er ikke registrert'),
    ('barn_0_5', DATE '2012-01-01', DATE '2012-12-31', CAST(2049 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_0_5', DATE '2013-01-01', DATE '2013-12-31', CAST(2100 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_0_5', DATE '2014-01-01', DATE '2014-12-31', CAST(2150 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_0_5', DATE '2015-01-01', DATE '2015-12-31', CAST(2200 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_0_5', DATE '2016-01-01', DATE '2017-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300027' || 'Tabellen «veiledende_sats» har ukjent verdi for barn_0_5 ', ' (perioden fra 2016-01-01): Rundskrivene med satsene for 2016 og 2017 er ikke registrert'),
    ('barn_0_5', DATE '2018-01-01', DATE '2018-12-31', CAST(2350 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_0_5', DATE '2019-01-01', DATE '2019-12-31', CAST(2400 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_0_5', DATE '2020-01-01', DATE '2020-08-31', CAST(2450 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_0_5', DATE '2020-09-01', DATE '2020-12-31', CAST(2750 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_0_5', DATE '2021-01-01', DATE '2021-08-31', CAST(2850 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_0_5', DATE '2021-09-01', DATE '2021-12-31', CAST(3150 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_0_5', DATE '2022-01-01', DATE '2022-06-30', CAST(3200 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_0_5', DATE '2022-07-01', DATE '2022-12-31', CAST(3250 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_0_5', DATE '2023-01-01', DATE '2023-06-30', CAST(3350 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_0_5', DATE '2023-07-01', DATE '2023-12-31', CAST(3700 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_0_5', DATE '2024-01-01', DATE '2024-12-31', CAST(3850 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_0_5', DATE '2025-01-01', DATE '9999-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300028' || 'Tabellen «veiledende_sats» har ukjent verdi for barn_0_5 ', ' (perioden fra 2025-01-01): Rundskrivet med satsene for 2025 er ikke registrert'),
    ('barn_6_10', DATE '0001-01-01', DATE '2005-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300029' || 'Tabellen «veiledende_sats» har ingen verdi for barn_6_10 ', ': første rad gjelder fra 2006-01-01'),
    ('barn_6_10', DATE '2006-01-01', DATE '2006-12-31', CAST(2160 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_6_10', DATE '2007-01-01', DATE '2007-12-31', CAST(2330 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_6_10', DATE '2008-01-01', DATE '2008-12-31', CAST(2390 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_6_10', DATE '2009-01-01', DATE '2009-12-31', CAST(2585 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_6_10', DATE '2010-01-01', DATE '2010-12-31', CAST(2632 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_6_10', DATE '2011-01-01', DATE '2011-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300030' || 'Tabellen «veiledende_sats» har ukjent verdi for barn_6_10 ', ' (perioden fra 2011-01-01): Rundskrivet med satsene for 2011 er ikke registrert'),
    ('barn_6_10', DATE '2012-01-01', DATE '2012-12-31', CAST(2724 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_6_10', DATE '2013-01-01', DATE '2013-12-31', CAST(2800 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_6_10', DATE '2014-01-01', DATE '2014-12-31', CAST(2850 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_6_10', DATE '2015-01-01', DATE '2015-12-31', CAST(2900 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_6_10', DATE '2016-01-01', DATE '2017-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300031' || 'Tabellen «veiledende_sats» har ukjent verdi for barn_6_10 ', ' (perioden fra 2016-01-01): Rundskrivene med satsene for 2016 og 2017 er ikke registrert'),
    ('barn_6_10', DATE '2018-01-01', DATE '2018-12-31', CAST(3050 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_6_10', DATE '2019-01-01', DATE '2019-12-31', CAST(3100 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_6_10', DATE '2020-01-01', DATE '2020-08-31', CAST(3150 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_6_10', DATE '2020-09-01', DATE '2020-12-31', CAST(3150 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_6_10', DATE '2021-01-01', DATE '2021-08-31', CAST(3250 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_6_10', DATE '2021-09-01', DATE '2021-12-31', CAST(3250 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_6_10', DATE '2022-01-01', DATE '2022-06-30', CAST(3300 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_6_10', DATE '2022-07-01', DATE '2022-12-31', CAST(3350 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_6_10', DATE '2023-01-01', DATE '2023-06-30', CAST(3450 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_6_10', DATE '2023-07-01', DATE '2023-12-31', CAST(3800 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_6_10', DATE '2024-01-01', DATE '2024-12-31', CAST(3950 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_6_10', DATE '2025-01-01', DATE '9999-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300032' || 'Tabellen «veiledende_sats» har ukjent verdi for barn_6_10 ', ' (perioden fra 2025-01-01): Rundskrivet med satsene for 2025 er ikke registrert'),
    ('barn_11_17', DATE '0001-01-01', DATE '2005-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300033' || 'Tabellen «veiledende_sats» har ingen verdi for barn_11_17 ', ': første rad gjelder fra 2006-01-01'),
    ('barn_11_17', DATE '2006-01-01', DATE '2006-12-31', CAST(2720 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_11_17', DATE '2007-01-01', DATE '2007-12-31', CAST(2930 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_11_17', DATE '2008-01-01', DATE '2008-12-31', CAST(3000 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_11_17', DATE '2009-01-01', DATE '2009-12-31', CAST(3245 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_11_17', DATE '2010-01-01', DATE '2010-12-31', CAST(3303 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_11_17', DATE '2011-01-01', DATE '2011-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300034' || 'Tabellen «veiledende_sats» har ukjent verdi for barn_11_17 ', ' (perioden fra 2011-01-01): Rundskrivet med satsene for 2011 er ikke registrert'),
    ('barn_11_17', DATE '2012-01-01', DATE '2012-12-31', CAST(3415 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_11_17', DATE '2013-01-01', DATE '2013-12-31', CAST(3500 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_11_17', DATE '2014-01-01', DATE '2014-12-31', CAST(3600 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_11_17', DATE '2015-01-01', DATE '2015-12-31', CAST(3700 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_11_17', DATE '2016-01-01', DATE '2017-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300035' || 'Tabellen «veiledende_sats» har ukjent verdi for barn_11_17 ', ' (perioden fra 2016-01-01): Rundskrivene med satsene for 2016 og 2017 er ikke registrert'),
    ('barn_11_17', DATE '2018-01-01', DATE '2018-12-31', CAST(3950 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_11_17', DATE '2019-01-01', DATE '2019-12-31', CAST(4000 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_11_17', DATE '2020-01-01', DATE '2020-08-31', CAST(4100 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_11_17', DATE '2020-09-01', DATE '2020-12-31', CAST(4100 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_11_17', DATE '2021-01-01', DATE '2021-08-31', CAST(4250 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_11_17', DATE '2021-09-01', DATE '2021-12-31', CAST(4250 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_11_17', DATE '2022-01-01', DATE '2022-06-30', CAST(4300 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_11_17', DATE '2022-07-01', DATE '2022-12-31', CAST(4400 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_11_17', DATE '2023-01-01', DATE '2023-06-30', CAST(4500 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_11_17', DATE '2023-07-01', DATE '2023-12-31', CAST(4950 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_11_17', DATE '2024-01-01', DATE '2024-12-31', CAST(5150 AS DECIMAL(18,2)), CAST(NULL AS STRING), CAST(NULL AS STRING)),
    ('barn_11_17', DATE '2025-01-01', DATE '9999-12-31', CAST(NULL AS DECIMAL(18,2)), 'LK700300036' || 'Tabellen «veiledende_sats» har ukjent verdi for barn_11_17 ', ' (perioden fra 2025-01-01): Rundskrivet med satsene for 2025 er ikke registrert') AS x(k0, fra, til, verdi, feil, feil_etter)
),
sak_0 AS (
  SELECT sak_id, `beregningsmåned`, `sivilstand`, COALESCE(`samboere`, FALSE) AS `samboere`, COALESCE(`tungtveiende_grunner_mot_aktivitetsvilkår`, FALSE) AS `tungtveiende_grunner_mot_aktivitetsvilkår`, `beregningsmåned` AS _lk0v FROM sak
),
sak__voksne_0 AS (
  SELECT l.sak_id, l.nr, l.`fødselsdato`, COALESCE(l.`utdanning`, 'ingen') AS `utdanning`, c.`beregningsmåned` AS `sak.beregningsmåned`, c.`sivilstand` AS `sak.sivilstand`, c.`samboere` AS `sak.samboere`, c.`tungtveiende_grunner_mot_aktivitetsvilkår` AS `sak.tungtveiende_grunner_mot_aktivitetsvilkår`, c._lk0v FROM sak__voksne l JOIN sak_0 c ON c.sak_id = l.sak_id
),
sak__barn_0 AS (
  SELECT l.sak_id, l.nr, l.`fødselsdato`, c.`beregningsmåned` AS `sak.beregningsmåned`, c.`sivilstand` AS `sak.sivilstand`, c.`samboere` AS `sak.samboere`, c.`tungtveiende_grunner_mot_aktivitetsvilkår` AS `sak.tungtveiende_grunner_mot_aktivitetsvilkår`, c._lk0v FROM sak__barn l JOIN sak_0 c ON c.sak_id = l.sak_id
),
sak__myndige_barn_i_skole_0 AS (
  SELECT l.sak_id, l.nr, l.`fødselsdato`, COALESCE(l.`utdanning`, 'ingen') AS `utdanning`, c.`beregningsmåned` AS `sak.beregningsmåned`, c.`sivilstand` AS `sak.sivilstand`, c.`samboere` AS `sak.samboere`, c.`tungtveiende_grunner_mot_aktivitetsvilkår` AS `sak.tungtveiende_grunner_mot_aktivitetsvilkår`, c._lk0v FROM sak__myndige_barn_i_skole l JOIN sak_0 c ON c.sak_id = l.sak_id
),
sak__utgifter_0 AS (
  SELECT l.sak_id, l.nr, l.`art`, l.`beløp`, c.`beregningsmåned` AS `sak.beregningsmåned`, c.`sivilstand` AS `sak.sivilstand`, c.`samboere` AS `sak.samboere`, c.`tungtveiende_grunner_mot_aktivitetsvilkår` AS `sak.tungtveiende_grunner_mot_aktivitetsvilkår`, c._lk0v FROM sak__utgifter l JOIN sak_0 c ON c.sak_id = l.sak_id
),
sak__inntekter_0 AS (
  SELECT l.sak_id, l.nr, l.`art`, l.`beløp`, COALESCE(l.`arbeidsart`, 'ikke_oppgitt') AS `arbeidsart`, c.`beregningsmåned` AS `sak.beregningsmåned`, c.`sivilstand` AS `sak.sivilstand`, c.`samboere` AS `sak.samboere`, c.`tungtveiende_grunner_mot_aktivitetsvilkår` AS `sak.tungtveiende_grunner_mot_aktivitetsvilkår`, c._lk0v FROM sak__inntekter l JOIN sak_0 c ON c.sak_id = l.sak_id
),
sak__barn_1 AS (
  SELECT p.*, 1 AS _lk1v FROM sak__barn_0 p
),
sak_1 AS (
  SELECT p.*, CAST(COALESCE(g2.a, 0) AS BIGINT) AS _lk2v FROM sak_0 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk1v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__barn_1 p GROUP BY p.sak_id) g2 ON g2.sak_id = p.sak_id
),
sak_2 AS (
  SELECT p.*, CASE WHEN (p._lk2v > CAST(0 AS BIGINT)) THEN 2 END AS _lk3v, CASE WHEN TRUE THEN 1 END AS _lk4v FROM sak_1 p
),
sak__barn_2 AS (
  SELECT p.*, FALSE AS _lk6v FROM sak__barn_1 p
),
sak__barn_3 AS (
  SELECT p.*, CASE WHEN (NOT p._lk6v) THEN 1 END AS _lk7v FROM sak__barn_2 p
),
sak_3 AS (
  SELECT p.*, CASE WHEN CASE WHEN p._lk3v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk3v, p._lk4v) END AS _lk5v, CASE WHEN p._lk3v IS NULL THEN NULL END AS _lk5u, CAST(COALESCE(g8.a, 0) AS BIGINT) AS _lk8v FROM sak_2 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk7v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__barn_3 p GROUP BY p.sak_id) g8 ON g8.sak_id = p.sak_id
),
sak_4 AS (
  SELECT p.*, CASE p._lk5v WHEN 1 THEN CAST(0 AS BIGINT) WHEN 2 THEN p._lk8v END AS _lk9v, p._lk5u AS _lk9u, CASE WHEN p._lk5u IS NULL AND p._lk5v IS NULL THEN 'LK700100000' || 'Ingen definisjon av «barnets_behov» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk9e FROM sak_3 p
),
sak_5 AS (
  SELECT p.*, CASE WHEN (p._lk9v > CAST(0 AS BIGINT)) THEN 2 END AS _lk10v, CASE WHEN (p._lk9v > CAST(0 AS BIGINT)) IS NULL THEN p._lk9u END AS _lk10u, p._lk9e AS _lk10e FROM sak_4 p
),
sak_6 AS (
  SELECT p.*, p._lk10v AS _lk11v, p._lk10u AS _lk11u, CASE WHEN p._lk10e IS NOT NULL THEN p._lk10e END AS _lk11e, CASE WHEN TRUE THEN 1 END AS _lk12v FROM sak_5 p
),
sak_7 AS (
  SELECT p.*, CASE WHEN COALESCE(p._lk11u, CASE WHEN p._lk11v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk11v, p._lk12v) END AS _lk13v, COALESCE(p._lk11u, CASE WHEN p._lk11v IS NULL THEN NULL END) AS _lk13u FROM sak_6 p
),
sak_8 AS (
  SELECT p.*, CASE p._lk13v WHEN 1 THEN FALSE WHEN 2 THEN TRUE END AS _lk14v, p._lk13u AS _lk14u, COALESCE(p._lk11e, CASE WHEN p._lk13u IS NULL AND p._lk13v IS NULL THEN 'LK700100001' || 'Ingen definisjon av «foreløpig» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END) AS _lk14e FROM sak_7 p
),
sak_9 AS (
  SELECT p.*, CASE WHEN p._lk14v THEN 2 END AS _lk15v, CASE WHEN p._lk14v IS NULL THEN p._lk14u END AS _lk15u, p._lk14e AS _lk15e FROM sak_8 p
),
sak_10 AS (
  SELECT p.*, p._lk15v AS _lk16v, p._lk15u AS _lk16u, CASE WHEN p._lk15e IS NOT NULL THEN p._lk15e END AS _lk16e, CASE WHEN TRUE THEN 1 END AS _lk17v FROM sak_9 p
),
sak__voksne_1 AS (
  SELECT p.*, 1 AS _lk19v FROM sak__voksne_0 p
),
sak_11 AS (
  SELECT p.*, CASE WHEN COALESCE(p._lk16u, CASE WHEN p._lk16v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk16v, p._lk17v) END AS _lk18v, COALESCE(p._lk16u, CASE WHEN p._lk16v IS NULL THEN NULL END) AS _lk18u, CAST(COALESCE(g20.a, 0) AS BIGINT) AS _lk20v FROM sak_10 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk19v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__voksne_1 p GROUP BY p.sak_id) g20 ON g20.sak_id = p.sak_id
),
sak_12 AS (
  SELECT p.*, ((p.`sivilstand` = 'bofellesskap') AND (p._lk20v > CAST(0 AS BIGINT))) AS _lk21v, ((p.`sivilstand` = 'ektepar_samboere') AND p.`samboere`) AS _lk22v, TRUE AS _lk23v FROM sak_11 p
),
sak_13 AS (
  SELECT p.*, CASE WHEN p._lk21v THEN 2 END AS _lk24v FROM sak_12 p
),
sak_14 AS (
  SELECT p.*, CASE WHEN (p._lk22v AND (NOT p._lk23v)) THEN 3 END AS _lk25v FROM sak_13 p
),
sak_15 AS (
  SELECT p.*, COALESCE(p._lk24v, p._lk25v) AS _lk26v, CASE WHEN p._lk25v IS NOT NULL AND p._lk24v IS NOT NULL THEN CASE WHEN p._lk24v = 2 AND p._lk25v = 3 THEN 'LK700200003' || 'Motstrid i «stønad»: både unntaket «bofellesskap» og unntaket «samboere_uten_felles_økonomi» gjelder, og ingen av dem er unntak fra den andre' END END AS _lk26e, CASE WHEN TRUE THEN 1 END AS _lk27v FROM sak_14 p
),
sak__voksne_2 AS (
  SELECT p.*, (p.`utdanning` = 'med_rett_til_støtte_fra_lånekassen') AS _lk29v FROM sak__voksne_1 p
),
sak__voksne_3 AS (
  SELECT p.*, CASE WHEN p._lk29v THEN 2 END AS _lk30v, CASE WHEN TRUE THEN 1 END AS _lk31v FROM sak__voksne_2 p
),
sak__voksne_4 AS (
  SELECT p.*, CASE WHEN CASE WHEN p._lk30v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk30v, p._lk31v) END AS _lk32v, CASE WHEN p._lk30v IS NULL THEN NULL END AS _lk32u FROM sak__voksne_3 p
),
sak__voksne_5 AS (
  SELECT p.*, CASE p._lk32v WHEN 1 THEN FALSE WHEN 2 THEN TRUE END AS _lk33v, p._lk32u AS _lk33u, CASE WHEN p._lk32u IS NULL AND p._lk32v IS NULL THEN 'LK700100005' || 'Ingen definisjon av «student_med_rett_til_lånekassen» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk33e FROM sak__voksne_4 p
),
sak_16 AS (
  SELECT p.*, CASE WHEN CASE WHEN p._lk26v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk26v, p._lk27v) END AS _lk28v, CASE WHEN p._lk26v IS NULL THEN NULL END AS _lk28u, CASE WHEN COALESCE(g34.a, 0) = 1 THEN (COALESCE(g34.a, 0) = 1) WHEN r34.u IS NULL THEN (COALESCE(g34.a, 0) = 1) END AS _lk34v, CASE WHEN COALESCE(g34.a, 0) = 1 THEN NULL ELSE r34.u END AS _lk34u, r34.e AS _lk34e FROM sak_15 p LEFT JOIN (SELECT p.sak_id, MAX(CASE WHEN p._lk33v = TRUE THEN 1 ELSE 0 END) AS a FROM sak__voksne_5 p GROUP BY p.sak_id) g34 ON g34.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, nullif(array_join(array_distinct(flatten(transform(array_sort(collect_list(CASE WHEN p._lk33u IS NOT NULL THEN struct(p.nr AS o, p._lk33u AS r) END)), x -> split(x.r, chr(30))))), chr(30)), '') AS u, min_by(p._lk33e, CASE WHEN p._lk33e IS NOT NULL THEN p.nr END) AS e FROM sak__voksne_5 p WHERE p._lk33u IS NOT NULL OR p._lk33e IS NOT NULL GROUP BY p.sak_id) r34 ON r34.sak_id = p.sak_id
),
sak_17 AS (
  SELECT p.*, CASE WHEN p._lk34v THEN 2 END AS _lk35v, CASE WHEN p._lk34v IS NULL THEN p._lk34u END AS _lk35u, p._lk34e AS _lk35e FROM sak_16 p
),
sak_18 AS (
  SELECT p.*, p._lk35v AS _lk36v, p._lk35u AS _lk36u, CASE WHEN p._lk35e IS NOT NULL THEN p._lk35e END AS _lk36e, CASE WHEN TRUE THEN 1 END AS _lk37v FROM sak_17 p
),
sak__voksne_6 AS (
  SELECT p.*, 1 AS _lk39v FROM sak__voksne_5 p
),
sak_19 AS (
  SELECT p.*, CASE WHEN COALESCE(p._lk36u, CASE WHEN p._lk36v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk36v, p._lk37v) END AS _lk38v, COALESCE(p._lk36u, CASE WHEN p._lk36v IS NULL THEN NULL END) AS _lk38u, CAST(COALESCE(g40.a, 0) AS BIGINT) AS _lk40v FROM sak_18 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk39v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__voksne_6 p GROUP BY p.sak_id) g40 ON g40.sak_id = p.sak_id
),
sak__voksne_7 AS (
  SELECT p.*, 1 AS _lk42v FROM sak__voksne_6 p
),
sak_20 AS (
  SELECT p.*, ((p.`sivilstand` = 'enslig') AND (p._lk40v <> CAST(1 AS BIGINT))) AS _lk41v, CAST(COALESCE(g43.a, 0) AS BIGINT) AS _lk43v FROM sak_19 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk42v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__voksne_7 p GROUP BY p.sak_id) g43 ON g43.sak_id = p.sak_id
),
sak_21 AS (
  SELECT p.*, ((p.`sivilstand` = 'ektepar_samboere') AND (p._lk43v <> CAST(2 AS BIGINT))) AS _lk44v FROM sak_20 p
),
sak_22 AS (
  SELECT p.*, CASE WHEN p._lk44v THEN 5 END AS _lk45v FROM sak_21 p
),
sak_23 AS (
  SELECT p.*, CASE WHEN NULL IS NOT NULL THEN NULL WHEN p._lk45v IS NOT NULL THEN p._lk45v WHEN (p.`sivilstand` = 'ektepar_samboere') THEN 2 END AS _lk46v FROM sak_22 p
),
sak_24 AS (
  SELECT p.*, CASE WHEN (p.`sivilstand` = 'bofellesskap') THEN 3 END AS _lk47v FROM sak_23 p
),
sak_25 AS (
  SELECT p.*, CASE WHEN p._lk41v THEN 4 END AS _lk48v FROM sak_24 p
),
sak_26 AS (
  SELECT p.*, COALESCE(p._lk46v, p._lk47v, p._lk48v) AS _lk49v, CASE WHEN p._lk47v IS NOT NULL AND p._lk46v IS NOT NULL THEN CASE WHEN p._lk46v = 2 AND p._lk47v = 3 THEN 'LK700200007' || 'Motstrid i «voksensats»: både unntaket «par» og unntaket «bofellesskap» gjelder, og ingen av dem er unntak fra den andre' WHEN p._lk46v = 5 AND p._lk47v = 3 THEN 'LK700200008' || 'Motstrid i «voksensats»: både unntaket «par_uten_to_voksne» og unntaket «bofellesskap» gjelder, og ingen av dem er unntak fra den andre' END WHEN p._lk48v IS NOT NULL AND COALESCE(p._lk46v, p._lk47v) IS NOT NULL THEN CASE WHEN COALESCE(p._lk46v, p._lk47v) = 2 AND p._lk48v = 4 THEN 'LK700200009' || 'Motstrid i «voksensats»: både unntaket «par» og unntaket «enslig_med_flere_voksne» gjelder, og ingen av dem er unntak fra den andre' WHEN COALESCE(p._lk46v, p._lk47v) = 5 AND p._lk48v = 4 THEN 'LK700200010' || 'Motstrid i «voksensats»: både unntaket «par_uten_to_voksne» og unntaket «enslig_med_flere_voksne» gjelder, og ingen av dem er unntak fra den andre' WHEN COALESCE(p._lk46v, p._lk47v) = 3 AND p._lk48v = 4 THEN 'LK700200011' || 'Motstrid i «voksensats»: både unntaket «bofellesskap» og unntaket «enslig_med_flere_voksne» gjelder, og ingen av dem er unntak fra den andre' END END AS _lk49e, CASE WHEN (p.`sivilstand` = 'enslig') THEN 1 END AS _lk50v FROM sak_25 p
),
sak_27 AS (
  SELECT p.*, CASE WHEN CASE WHEN p._lk49v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk49v, p._lk50v) END AS _lk51v, CASE WHEN p._lk49v IS NULL THEN NULL END AS _lk51u, p.`beregningsmåned` AS _lk52v FROM sak_26 p
),
sak__voksne_8 AS (
  SELECT p.*, 1 AS _lk56v FROM sak__voksne_7 p
),
sak_28 AS (
  SELECT p.*, CASE WHEN p._lk52v <= DATE '2005-12-31' THEN NULL WHEN p._lk52v <= DATE '2006-12-31' THEN 4270 WHEN p._lk52v <= DATE '2007-12-31' THEN 4600 WHEN p._lk52v <= DATE '2008-12-31' THEN 4720 WHEN p._lk52v <= DATE '2009-12-31' THEN 5105 WHEN p._lk52v <= DATE '2010-12-31' THEN 5197 WHEN p._lk52v <= DATE '2011-12-31' THEN NULL WHEN p._lk52v <= DATE '2012-12-31' THEN 5373 WHEN p._lk52v <= DATE '2013-12-31' THEN 5500 WHEN p._lk52v <= DATE '2014-12-31' THEN 5600 WHEN p._lk52v <= DATE '2015-12-31' THEN 5700 WHEN p._lk52v <= DATE '2017-12-31' THEN NULL WHEN p._lk52v <= DATE '2018-12-31' THEN 6050 WHEN p._lk52v <= DATE '2019-12-31' THEN 6150 WHEN p._lk52v <= DATE '2020-08-31' THEN 6250 WHEN p._lk52v <= DATE '2020-12-31' THEN 6250 WHEN p._lk52v <= DATE '2021-08-31' THEN 6450 WHEN p._lk52v <= DATE '2021-12-31' THEN 6450 WHEN p._lk52v <= DATE '2022-06-30' THEN 6550 WHEN p._lk52v <= DATE '2022-12-31' THEN 6650 WHEN p._lk52v <= DATE '2023-06-30' THEN 6850 WHEN p._lk52v <= DATE '2023-12-31' THEN 7550 WHEN p._lk52v <= DATE '2024-12-31' THEN 7850 ELSE NULL END AS _lk53v, CASE WHEN p._lk52v <= DATE '2005-12-31' THEN 'LK700300013' || 'Tabellen «veiledende_sats» har ingen verdi for enslig ' || date_format(p._lk52v, 'yyyy-MM-dd') || ': første rad gjelder fra 2006-01-01' WHEN p._lk52v <= DATE '2006-12-31' THEN NULL WHEN p._lk52v <= DATE '2007-12-31' THEN NULL WHEN p._lk52v <= DATE '2008-12-31' THEN NULL WHEN p._lk52v <= DATE '2009-12-31' THEN NULL WHEN p._lk52v <= DATE '2010-12-31' THEN NULL WHEN p._lk52v <= DATE '2011-12-31' THEN 'LK700300014' || 'Tabellen «veiledende_sats» har ukjent verdi for enslig ' || date_format(p._lk52v, 'yyyy-MM-dd') || ' (perioden fra 2011-01-01): Rundskrivet med satsene for 2011 er ikke registrert' WHEN p._lk52v <= DATE '2012-12-31' THEN NULL WHEN p._lk52v <= DATE '2013-12-31' THEN NULL WHEN p._lk52v <= DATE '2014-12-31' THEN NULL WHEN p._lk52v <= DATE '2015-12-31' THEN NULL WHEN p._lk52v <= DATE '2017-12-31' THEN 'LK700300015' || 'Tabellen «veiledende_sats» har ukjent verdi for enslig ' || date_format(p._lk52v, 'yyyy-MM-dd') || ' (perioden fra 2016-01-01): Rundskrivene med satsene for 2016 og 2017 er ikke registrert' WHEN p._lk52v <= DATE '2018-12-31' THEN NULL WHEN p._lk52v <= DATE '2019-12-31' THEN NULL WHEN p._lk52v <= DATE '2020-08-31' THEN NULL WHEN p._lk52v <= DATE '2020-12-31' THEN NULL WHEN p._lk52v <= DATE '2021-08-31' THEN NULL WHEN p._lk52v <= DATE '2021-12-31' THEN NULL WHEN p._lk52v <= DATE '2022-06-30' THEN NULL WHEN p._lk52v <= DATE '2022-12-31' THEN NULL WHEN p._lk52v <= DATE '2023-06-30' THEN NULL WHEN p._lk52v <= DATE '2023-12-31' THEN NULL WHEN p._lk52v <= DATE '2024-12-31' THEN NULL ELSE 'LK700300016' || 'Tabellen «veiledende_sats» har ukjent verdi for enslig ' || date_format(p._lk52v, 'yyyy-MM-dd') || ' (perioden fra 2025-01-01): Rundskrivet med satsene for 2025 er ikke registrert' END AS _lk53e, CASE WHEN p._lk52v <= DATE '2005-12-31' THEN NULL WHEN p._lk52v <= DATE '2006-12-31' THEN 7100 WHEN p._lk52v <= DATE '2007-12-31' THEN 7650 WHEN p._lk52v <= DATE '2008-12-31' THEN 7840 WHEN p._lk52v <= DATE '2009-12-31' THEN 8479 WHEN p._lk52v <= DATE '2010-12-31' THEN 8632 WHEN p._lk52v <= DATE '2011-12-31' THEN NULL WHEN p._lk52v <= DATE '2012-12-31' THEN 8924 WHEN p._lk52v <= DATE '2013-12-31' THEN 9100 WHEN p._lk52v <= DATE '2014-12-31' THEN 9300 WHEN p._lk52v <= DATE '2015-12-31' THEN 9500 WHEN p._lk52v <= DATE '2017-12-31' THEN NULL WHEN p._lk52v <= DATE '2018-12-31' THEN 10100 WHEN p._lk52v <= DATE '2019-12-31' THEN 10250 WHEN p._lk52v <= DATE '2020-08-31' THEN 10450 WHEN p._lk52v <= DATE '2020-12-31' THEN 10450 WHEN p._lk52v <= DATE '2021-08-31' THEN 10800 WHEN p._lk52v <= DATE '2021-12-31' THEN 10800 WHEN p._lk52v <= DATE '2022-06-30' THEN 10950 WHEN p._lk52v <= DATE '2022-12-31' THEN 11150 WHEN p._lk52v <= DATE '2023-06-30' THEN 11450 WHEN p._lk52v <= DATE '2023-12-31' THEN 12600 WHEN p._lk52v <= DATE '2024-12-31' THEN 13100 ELSE NULL END AS _lk54v, CASE WHEN p._lk52v <= DATE '2005-12-31' THEN 'LK700300017' || 'Tabellen «veiledende_sats» har ingen verdi for ektepar_samboere ' || date_format(p._lk52v, 'yyyy-MM-dd') || ': første rad gjelder fra 2006-01-01' WHEN p._lk52v <= DATE '2006-12-31' THEN NULL WHEN p._lk52v <= DATE '2007-12-31' THEN NULL WHEN p._lk52v <= DATE '2008-12-31' THEN NULL WHEN p._lk52v <= DATE '2009-12-31' THEN NULL WHEN p._lk52v <= DATE '2010-12-31' THEN NULL WHEN p._lk52v <= DATE '2011-12-31' THEN 'LK700300018' || 'Tabellen «veiledende_sats» har ukjent verdi for ektepar_samboere ' || date_format(p._lk52v, 'yyyy-MM-dd') || ' (perioden fra 2011-01-01): Rundskrivet med satsene for 2011 er ikke registrert' WHEN p._lk52v <= DATE '2012-12-31' THEN NULL WHEN p._lk52v <= DATE '2013-12-31' THEN NULL WHEN p._lk52v <= DATE '2014-12-31' THEN NULL WHEN p._lk52v <= DATE '2015-12-31' THEN NULL WHEN p._lk52v <= DATE '2017-12-31' THEN 'LK700300019' || 'Tabellen «veiledende_sats» har ukjent verdi for ektepar_samboere ' || date_format(p._lk52v, 'yyyy-MM-dd') || ' (perioden fra 2016-01-01): Rundskrivene med satsene for 2016 og 2017 er ikke registrert' WHEN p._lk52v <= DATE '2018-12-31' THEN NULL WHEN p._lk52v <= DATE '2019-12-31' THEN NULL WHEN p._lk52v <= DATE '2020-08-31' THEN NULL WHEN p._lk52v <= DATE '2020-12-31' THEN NULL WHEN p._lk52v <= DATE '2021-08-31' THEN NULL WHEN p._lk52v <= DATE '2021-12-31' THEN NULL WHEN p._lk52v <= DATE '2022-06-30' THEN NULL WHEN p._lk52v <= DATE '2022-12-31' THEN NULL WHEN p._lk52v <= DATE '2023-06-30' THEN NULL WHEN p._lk52v <= DATE '2023-12-31' THEN NULL WHEN p._lk52v <= DATE '2024-12-31' THEN NULL ELSE 'LK700300020' || 'Tabellen «veiledende_sats» har ukjent verdi for ektepar_samboere ' || date_format(p._lk52v, 'yyyy-MM-dd') || ' (perioden fra 2025-01-01): Rundskrivet med satsene for 2025 er ikke registrert' END AS _lk54e, CASE WHEN p._lk52v <= DATE '2005-12-31' THEN NULL WHEN p._lk52v <= DATE '2006-12-31' THEN 3550 WHEN p._lk52v <= DATE '2007-12-31' THEN 3825 WHEN p._lk52v <= DATE '2008-12-31' THEN 3920 WHEN p._lk52v <= DATE '2009-12-31' THEN 4240 WHEN p._lk52v <= DATE '2010-12-31' THEN 4316 WHEN p._lk52v <= DATE '2011-12-31' THEN NULL WHEN p._lk52v <= DATE '2012-12-31' THEN 4462 WHEN p._lk52v <= DATE '2013-12-31' THEN 4550 WHEN p._lk52v <= DATE '2014-12-31' THEN 4650 WHEN p._lk52v <= DATE '2015-12-31' THEN 4750 WHEN p._lk52v <= DATE '2017-12-31' THEN NULL WHEN p._lk52v <= DATE '2018-12-31' THEN 5050 WHEN p._lk52v <= DATE '2019-12-31' THEN 5150 WHEN p._lk52v <= DATE '2020-08-31' THEN 5250 WHEN p._lk52v <= DATE '2020-12-31' THEN 5250 WHEN p._lk52v <= DATE '2021-08-31' THEN 5400 WHEN p._lk52v <= DATE '2021-12-31' THEN 5400 WHEN p._lk52v <= DATE '2022-06-30' THEN 5450 WHEN p._lk52v <= DATE '2022-12-31' THEN 5600 WHEN p._lk52v <= DATE '2023-06-30' THEN 5750 WHEN p._lk52v <= DATE '2023-12-31' THEN 6350 WHEN p._lk52v <= DATE '2024-12-31' THEN 6600 ELSE NULL END AS _lk55v, CASE WHEN p._lk52v <= DATE '2005-12-31' THEN 'LK700300021' || 'Tabellen «veiledende_sats» har ingen verdi for person_i_bofellesskap ' || date_format(p._lk52v, 'yyyy-MM-dd') || ': første rad gjelder fra 2006-01-01' WHEN p._lk52v <= DATE '2006-12-31' THEN NULL WHEN p._lk52v <= DATE '2007-12-31' THEN NULL WHEN p._lk52v <= DATE '2008-12-31' THEN NULL WHEN p._lk52v <= DATE '2009-12-31' THEN NULL WHEN p._lk52v <= DATE '2010-12-31' THEN NULL WHEN p._lk52v <= DATE '2011-12-31' THEN 'LK700300022' || 'Tabellen «veiledende_sats» har ukjent verdi for person_i_bofellesskap ' || date_format(p._lk52v, 'yyyy-MM-dd') || ' (perioden fra 2011-01-01): Rundskrivet med satsene for 2011 er ikke registrert' WHEN p._lk52v <= DATE '2012-12-31' THEN NULL WHEN p._lk52v <= DATE '2013-12-31' THEN NULL WHEN p._lk52v <= DATE '2014-12-31' THEN NULL WHEN p._lk52v <= DATE '2015-12-31' THEN NULL WHEN p._lk52v <= DATE '2017-12-31' THEN 'LK700300023' || 'Tabellen «veiledende_sats» har ukjent verdi for person_i_bofellesskap ' || date_format(p._lk52v, 'yyyy-MM-dd') || ' (perioden fra 2016-01-01): Rundskrivene med satsene for 2016 og 2017 er ikke registrert' WHEN p._lk52v <= DATE '2018-12-31' THEN NULL WHEN p._lk52v <= DATE '2019-12-31' THEN NULL WHEN p._lk52v <= DATE '2020-08-31' THEN NULL WHEN p._lk52v <= DATE '2020-12-31' THEN NULL WHEN p._lk52v <= DATE '2021-08-31' THEN NULL WHEN p._lk52v <= DATE '2021-12-31' THEN NULL WHEN p._lk52v <= DATE '2022-06-30' THEN NULL WHEN p._lk52v <= DATE '2022-12-31' THEN NULL WHEN p._lk52v <= DATE '2023-06-30' THEN NULL WHEN p._lk52v <= DATE '2023-12-31' THEN NULL WHEN p._lk52v <= DATE '2024-12-31' THEN NULL ELSE 'LK700300024' || 'Tabellen «veiledende_sats» har ukjent verdi for person_i_bofellesskap ' || date_format(p._lk52v, 'yyyy-MM-dd') || ' (perioden fra 2025-01-01): Rundskrivet med satsene for 2025 er ikke registrert' END AS _lk55e, CAST(COALESCE(g57.a, 0) AS BIGINT) AS _lk57v FROM sak_27 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk56v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__voksne_8 p GROUP BY p.sak_id) g57 ON g57.sak_id = p.sak_id
),
sak_29 AS (
  SELECT p.*, CASE WHEN CAST(1 AS BIGINT) IS NULL OR p._lk57v IS NULL THEN NULL WHEN p._lk57v > CAST(1 AS BIGINT) THEN p._lk57v ELSE CAST(1 AS BIGINT) END AS _lk58v FROM sak_28 p
),
sak_30 AS (
  SELECT p.*, CASE p._lk51v WHEN 1 THEN p._lk53v WHEN 2 THEN p._lk54v WHEN 3 THEN CAST(p._lk55v * p._lk58v AS DECIMAL(18,2)) WHEN 4 THEN NULL WHEN 5 THEN NULL END AS _lk59v, COALESCE(p._lk51u, CASE p._lk51v WHEN 4 THEN 'Sivilstanden er enslig, men søknaden oppgir ikke nøyaktig én voksen; husstanden må avklares før satsen kan velges' WHEN 5 THEN 'Sivilstanden er ektepar eller samboere, men søknaden oppgir ikke to voksne; husstanden må avklares før satsen kan velges' END) AS _lk59u, COALESCE(p._lk49e, CASE WHEN p._lk51u IS NULL AND p._lk51v IS NULL THEN 'LK700100012' || 'Ingen definisjon av «voksensats» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk51v WHEN 1 THEN p._lk53e WHEN 2 THEN p._lk54e WHEN 3 THEN p._lk55e END) AS _lk59e FROM sak_29 p
),
sak__barn_4 AS (
  SELECT p.*, c._lk52v AS _lk52v FROM sak__barn_3 p JOIN sak_30 c ON c.sak_id = p.sak_id
),
sak__barn_5 AS (
  SELECT p.*, CASE WHEN (p.`fødselsdato` > p._lk52v) THEN 2 END AS _lk61v, CASE WHEN TRUE THEN 1 END AS _lk62v FROM sak__barn_4 p
),
sak__barn_6 AS (
  SELECT p.*, CASE WHEN CASE WHEN p._lk61v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk61v, p._lk62v) END AS _lk63v, CASE WHEN p._lk61v IS NULL THEN NULL END AS _lk63u FROM sak__barn_5 p
),
sak__barn_7 AS (
  SELECT p.*, CASE p._lk63v WHEN 1 THEN FALSE WHEN 2 THEN TRUE END AS _lk64v, p._lk63u AS _lk64u, CASE WHEN p._lk63u IS NULL AND p._lk63v IS NULL THEN 'LK700100037' || 'Ingen definisjon av «født_i_måneden» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk64e FROM sak__barn_6 p
),
sak__barn_8 AS (
  SELECT p.*, CASE WHEN p._lk64v THEN 2 END AS _lk65v, CASE WHEN p._lk64v IS NULL THEN p._lk64u END AS _lk65u, p._lk64e AS _lk65e FROM sak__barn_7 p
),
sak__barn_9 AS (
  SELECT p.*, p._lk65v AS _lk66v, p._lk65u AS _lk66u, CASE WHEN p._lk65e IS NOT NULL THEN p._lk65e END AS _lk66e, CASE WHEN TRUE THEN 1 END AS _lk67v FROM sak__barn_8 p
),
sak__barn_10 AS (
  SELECT p.*, CASE WHEN COALESCE(p._lk66u, CASE WHEN p._lk66v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk66v, p._lk67v) END AS _lk68v, COALESCE(p._lk66u, CASE WHEN p._lk66v IS NULL THEN NULL END) AS _lk68u, CASE WHEN (p.`fødselsdato` > p._lk52v) THEN 2 END AS _lk69v, CASE WHEN TRUE THEN 1 END AS _lk70v FROM sak__barn_9 p
),
sak__barn_11 AS (
  SELECT p.*, CASE WHEN CASE WHEN p._lk69v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk69v, p._lk70v) END AS _lk71v, CASE WHEN p._lk69v IS NULL THEN NULL END AS _lk71u, CASE WHEN p._lk52v >= p.`fødselsdato` THEN CAST(year(p._lk52v) AS BIGINT) - CAST(year(p.`fødselsdato`) AS BIGINT) - CASE WHEN CAST(month(p._lk52v) AS BIGINT) * 100 + CAST(day(p._lk52v) AS BIGINT) < CAST(month(p.`fødselsdato`) AS BIGINT) * 100 + CAST(day(p.`fødselsdato`) AS BIGINT) THEN 1 ELSE 0 END END AS _lk72v, CASE WHEN p._lk52v < p.`fødselsdato` THEN 'Alderen kan ikke regnes ut: fødselsdatoen ' || date_format(p.`fødselsdato`, 'yyyy-MM-dd') || ' er etter ' || date_format(p._lk52v, 'yyyy-MM-dd') || ', datoen alderen regnes på' END AS _lk72u FROM sak__barn_10 p
),
sak__barn_12 AS (
  SELECT p.*, CASE p._lk71v WHEN 1 THEN p._lk72v WHEN 2 THEN NULL END AS _lk73v, COALESCE(p._lk71u, CASE p._lk71v WHEN 1 THEN p._lk72u WHEN 2 THEN 'Barnet er ikke født den første dagen i beregningsmåneden; behovet må vurderes særskilt' END) AS _lk73u, CASE WHEN p._lk71u IS NULL AND p._lk71v IS NULL THEN 'LK700100039' || 'Ingen definisjon av «alder_i_måneden» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk73e FROM sak__barn_11 p
),
sak__barn_13 AS (
  SELECT p.*, CASE WHEN (p._lk73v >= CAST(18 AS BIGINT)) THEN 2 END AS _lk74v, CASE WHEN (p._lk73v >= CAST(18 AS BIGINT)) IS NULL THEN p._lk73u END AS _lk74u, p._lk73e AS _lk74e FROM sak__barn_12 p
),
sak__barn_14 AS (
  SELECT p.*, p._lk74v AS _lk75v, p._lk74u AS _lk75u, CASE WHEN p._lk74e IS NOT NULL THEN p._lk74e END AS _lk75e, CASE WHEN TRUE THEN 1 END AS _lk76v FROM sak__barn_13 p
),
sak__barn_15 AS (
  SELECT p.*, CASE WHEN COALESCE(p._lk75u, CASE WHEN p._lk75v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk75v, p._lk76v) END AS _lk77v, COALESCE(p._lk75u, CASE WHEN p._lk75v IS NULL THEN NULL END) AS _lk77u, CASE (p._lk73v < CAST(11 AS BIGINT)) WHEN TRUE THEN 'barn_6_10' WHEN FALSE THEN 'barn_11_17' END AS _lk78v, CASE (p._lk73v < CAST(11 AS BIGINT)) WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk73u END AS _lk78u, p._lk73e AS _lk78e FROM sak__barn_14 p
),
sak__barn_16 AS (
  SELECT p.*, CASE (p._lk73v < CAST(6 AS BIGINT)) WHEN TRUE THEN 'barn_0_5' WHEN FALSE THEN p._lk78v END AS _lk79v, CASE (p._lk73v < CAST(6 AS BIGINT)) WHEN TRUE THEN NULL WHEN FALSE THEN p._lk78u ELSE p._lk73u END AS _lk79u, COALESCE(p._lk73e, CASE (p._lk73v < CAST(6 AS BIGINT)) WHEN TRUE THEN NULL WHEN FALSE THEN p._lk78e END) AS _lk79e FROM sak__barn_15 p
),
sak__barn_17 AS (
  SELECT p.*, CASE p._lk77v WHEN 1 THEN p._lk79v WHEN 2 THEN NULL END AS _lk80v, COALESCE(p._lk77u, CASE p._lk77v WHEN 1 THEN p._lk79u WHEN 2 THEN 'Et barn som er 18 år eller eldre, har ingen barnesats; behovet må vurderes særskilt (et myndig barn i videregående opplæring som bor hjemme, føres i myndige_barn_i_skole)' END) AS _lk80u, COALESCE(p._lk75e, CASE WHEN p._lk77u IS NULL AND p._lk77v IS NULL THEN 'LK700100040' || 'Ingen definisjon av «aldersgruppe» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk77v WHEN 1 THEN p._lk79e END) AS _lk80e FROM sak__barn_16 p
),
sak__barn_18 AS (
  SELECT p.*, t81.verdi AS _lk81v, p._lk80u AS _lk81u, COALESCE(p._lk80e, CASE WHEN p._lk80u IS NULL THEN CASE WHEN t81.feil IS NULL THEN NULL WHEN t81.feil_etter IS NULL THEN t81.feil ELSE t81.feil || date_format(p._lk52v, 'yyyy-MM-dd') || t81.feil_etter END END) AS _lk81e, CAST(0 AS DECIMAL(18,2)) AS _lk82v FROM sak__barn_17 p LEFT JOIN tabell_1 t81 ON t81.k0 = p._lk80v AND t81.fra <= p._lk52v AND p._lk52v <= t81.til
),
sak__barn_19 AS (
  SELECT p.*, CASE p._lk68v WHEN 1 THEN p._lk81v WHEN 2 THEN p._lk82v END AS _lk83v, COALESCE(p._lk68u, CASE p._lk68v WHEN 1 THEN p._lk81u END) AS _lk83u, COALESCE(p._lk66e, CASE WHEN p._lk68u IS NULL AND p._lk68v IS NULL THEN 'LK700100038' || 'Ingen definisjon av «barnesats» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk68v WHEN 1 THEN p._lk81e END) AS _lk83e FROM sak__barn_18 p
),
sak_31 AS (
  SELECT p.*, CASE p._lk38v WHEN 1 THEN p._lk59v WHEN 2 THEN NULL END AS _lk60v, COALESCE(p._lk38u, CASE p._lk38v WHEN 1 THEN p._lk59u WHEN 2 THEN 'En voksen i husstanden er student med rett til støtte fra Lånekassen. Studenter skal som hovedregel dekke livsoppholdet med støtten fra Lånekassen; om husstanden likevel skal ha stønad, og hvor mye, må vurderes særskilt' END) AS _lk60u, COALESCE(p._lk36e, CASE WHEN p._lk38u IS NULL AND p._lk38v IS NULL THEN 'LK700100006' || 'Ingen definisjon av «sats_for_de_voksne» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk38v WHEN 1 THEN p._lk59e END) AS _lk60e, CASE WHEN r84.u IS NULL THEN CAST(COALESCE(g84.a, 0) AS DECIMAL(18,2)) END AS _lk84v, r84.u AS _lk84u, r84.e AS _lk84e FROM sak_30 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk83v) AS a FROM sak__barn_19 p GROUP BY p.sak_id) g84 ON g84.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk83u, CASE WHEN p._lk83u IS NOT NULL THEN p.nr END) AS u, min_by(p._lk83e, CASE WHEN p._lk83e IS NOT NULL THEN p.nr END) AS e FROM sak__barn_19 p WHERE p._lk83u IS NOT NULL OR p._lk83e IS NOT NULL GROUP BY p.sak_id) r84 ON r84.sak_id = p.sak_id
),
sak__utgifter_1 AS (
  SELECT p.*, (p.`art` IN ('husleie', 'boliglån_renter', 'kommunale_avgifter', 'strøm', 'oppvarming', 'innboforsikring')) AS _lk86v FROM sak__utgifter_0 p
),
sak__utgifter_2 AS (
  SELECT p.*, CASE WHEN p._lk86v THEN p.`beløp` END AS _lk87v FROM sak__utgifter_1 p
),
niva89_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k89, l.`fødselsdato` FROM sak__utgifter_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__utgifter__gjelder_barn) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva89_1 AS (
  SELECT p.*, 1 AS _lk90v FROM niva89_0 p
),
niva92_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k92, l.`fødselsdato` FROM sak__utgifter_0 pp JOIN (SELECT sak_id, nr AS n, `fødselsdato` FROM sak__barn) l ON l.sak_id = pp.sak_id
),
niva93_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k92, l.n AS k93, l.`fødselsdato` FROM niva92_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__utgifter__gjelder_barn) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva92_1 AS (
  SELECT p.*, p.`fødselsdato` AS _lk94v FROM niva92_0 p
),
niva93_1 AS (
  SELECT p.*, c._lk94v AS _lk94v FROM niva93_0 p JOIN niva92_1 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k92 = p.k92
),
niva93_2 AS (
  SELECT p.*, (p._lk94v = p.`fødselsdato`) AS _lk95v FROM niva93_1 p
),
niva92_2 AS (
  SELECT p.*, (COALESCE(g96.a, 0) = 1) AS _lk96v FROM niva92_1 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k92, MAX(CASE WHEN p._lk95v = TRUE THEN 1 ELSE 0 END) AS a FROM niva93_2 p GROUP BY p.sak_id, p.nr, p.k92) g96 ON g96.sak_id = p.sak_id AND g96.nr = p.nr AND g96.k92 = p.k92
),
niva92_3 AS (
  SELECT p.*, CASE WHEN p._lk96v THEN 1 END AS _lk97v FROM niva92_2 p
),
sak__utgifter_3 AS (
  SELECT p.*, CAST(COALESCE(g91.a, 0) AS BIGINT) AS _lk91v, CAST(COALESCE(g98.a, 0) AS BIGINT) AS _lk98v FROM sak__utgifter_2 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk90v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva89_1 p GROUP BY p.sak_id, p.nr) g91 ON g91.sak_id = p.sak_id AND g91.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk97v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva92_3 p GROUP BY p.sak_id, p.nr) g98 ON g98.sak_id = p.sak_id AND g98.nr = p.nr
),
sak__utgifter_4 AS (
  SELECT p.*, ((p._lk91v > CAST(0 AS BIGINT)) AND (p._lk98v <> CAST(1 AS BIGINT))) AS _lk99v FROM sak__utgifter_3 p
),
sak__utgifter_5 AS (
  SELECT p.*, CASE WHEN p._lk99v THEN 2 END AS _lk100v, CASE WHEN TRUE THEN 1 END AS _lk101v FROM sak__utgifter_4 p
),
niva89_2 AS (
  SELECT p.*, 1 AS _lk103v FROM niva89_1 p
),
sak__utgifter_6 AS (
  SELECT p.*, CASE WHEN CASE WHEN p._lk100v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk100v, p._lk101v) END AS _lk102v, CASE WHEN p._lk100v IS NULL THEN NULL END AS _lk102u, CAST(COALESCE(g104.a, 0) AS BIGINT) AS _lk104v FROM sak__utgifter_5 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk103v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva89_2 p GROUP BY p.sak_id, p.nr) g104 ON g104.sak_id = p.sak_id AND g104.nr = p.nr
),
sak__utgifter_7 AS (
  SELECT p.*, CASE p._lk102v WHEN 1 THEN (p._lk104v > CAST(0 AS BIGINT)) WHEN 2 THEN NULL END AS _lk105v, COALESCE(p._lk102u, CASE p._lk102v WHEN 2 THEN 'En utgift er knyttet til et barn som ikke er med i søknaden, til flere barn, eller til barn med de samme opplysningene; utgiften må knyttes til nøyaktig ett barn' END) AS _lk105u, CASE WHEN p._lk102u IS NULL AND p._lk102v IS NULL THEN 'LK700100041' || 'Ingen definisjon av «gjelder_et_barn» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk105e FROM sak__utgifter_6 p
),
sak__utgifter_8 AS (
  SELECT p.*, ((NOT p._lk86v) AND (NOT p._lk105v)) AS _lk106v, CASE WHEN ((NOT p._lk86v) AND (NOT p._lk105v)) IS NULL THEN p._lk105u END AS _lk106u, CASE WHEN (NOT p._lk86v) = FALSE THEN NULL ELSE p._lk105e END AS _lk106e FROM sak__utgifter_7 p
),
sak__utgifter_9 AS (
  SELECT p.*, CASE WHEN p._lk106v THEN p.`beløp` END AS _lk107v, CASE WHEN p._lk106v IS NULL THEN p._lk106u END AS _lk107u, p._lk106e AS _lk107e FROM sak__utgifter_8 p
),
sak_32 AS (
  SELECT p.*, CAST(p._lk60v + p._lk84v AS DECIMAL(18,2)) AS _lk85v, CASE WHEN p._lk60u IS NULL THEN p._lk84u WHEN p._lk84u IS NULL THEN p._lk60u ELSE array_join(array_union(split(p._lk60u, chr(30)), split(p._lk84u, chr(30))), chr(30)) END AS _lk85u, COALESCE(p._lk60e, p._lk84e) AS _lk85e, CAST(COALESCE(g88.a, 0) AS DECIMAL(18,2)) AS _lk88v, CASE WHEN r108.u IS NULL THEN CAST(COALESCE(g108.a, 0) AS DECIMAL(18,2)) END AS _lk108v, r108.u AS _lk108u, r108.e AS _lk108e FROM sak_31 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk87v) AS a FROM sak__utgifter_2 p GROUP BY p.sak_id) g88 ON g88.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, SUM(p._lk107v) AS a FROM sak__utgifter_9 p GROUP BY p.sak_id) g108 ON g108.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk107u, CASE WHEN p._lk107u IS NOT NULL THEN p.nr END) AS u, min_by(p._lk107e, CASE WHEN p._lk107e IS NOT NULL THEN p.nr END) AS e FROM sak__utgifter_9 p WHERE p._lk107u IS NOT NULL OR p._lk107e IS NOT NULL GROUP BY p.sak_id) r108 ON r108.sak_id = p.sak_id
),
niva110_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k110, l.`art`, l.`beløp` FROM sak__barn_0 pp JOIN (SELECT sak_id, nr AS n, `art`, `beløp` FROM sak__utgifter) l ON l.sak_id = pp.sak_id
),
niva112_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k110, l.n AS k112, l.`fødselsdato` FROM niva110_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__utgifter__gjelder_barn) l ON l.sak_id = pp.sak_id AND l.m = pp.k110
),
niva112_1 AS (
  SELECT p.*, 1 AS _lk113v FROM niva112_0 p
),
niva115_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k110, l.n AS k115, l.`fødselsdato` FROM niva110_0 pp JOIN (SELECT sak_id, nr AS n, `fødselsdato` FROM sak__barn) l ON l.sak_id = pp.sak_id
),
niva116_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k110, pp.k115, l.n AS k116, l.`fødselsdato` FROM niva115_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__utgifter__gjelder_barn) l ON l.sak_id = pp.sak_id AND l.m = pp.k110
),
niva115_1 AS (
  SELECT p.*, p.`fødselsdato` AS _lk117v FROM niva115_0 p
),
niva116_1 AS (
  SELECT p.*, c._lk117v AS _lk117v FROM niva116_0 p JOIN niva115_1 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k110 = p.k110 AND c.k115 = p.k115
),
niva116_2 AS (
  SELECT p.*, (p._lk117v = p.`fødselsdato`) AS _lk118v FROM niva116_1 p
),
niva115_2 AS (
  SELECT p.*, (COALESCE(g119.a, 0) = 1) AS _lk119v FROM niva115_1 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k110, p.k115, MAX(CASE WHEN p._lk118v = TRUE THEN 1 ELSE 0 END) AS a FROM niva116_2 p GROUP BY p.sak_id, p.nr, p.k110, p.k115) g119 ON g119.sak_id = p.sak_id AND g119.nr = p.nr AND g119.k110 = p.k110 AND g119.k115 = p.k115
),
niva115_3 AS (
  SELECT p.*, CASE WHEN p._lk119v THEN 1 END AS _lk120v FROM niva115_2 p
),
niva110_1 AS (
  SELECT p.*, (p.`art` IN ('husleie', 'boliglån_renter', 'kommunale_avgifter', 'strøm', 'oppvarming', 'innboforsikring')) AS _lk111v, c._lk0v AS _lk0v, CAST(COALESCE(g114.a, 0) AS BIGINT) AS _lk114v, CAST(COALESCE(g121.a, 0) AS BIGINT) AS _lk121v FROM niva110_0 p JOIN sak__barn_19 c ON c.sak_id = p.sak_id AND c.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, p.k110, SUM(CASE WHEN p._lk113v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva112_1 p GROUP BY p.sak_id, p.nr, p.k110) g114 ON g114.sak_id = p.sak_id AND g114.nr = p.nr AND g114.k110 = p.k110 LEFT JOIN (SELECT p.sak_id, p.nr, p.k110, SUM(CASE WHEN p._lk120v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva115_3 p GROUP BY p.sak_id, p.nr, p.k110) g121 ON g121.sak_id = p.sak_id AND g121.nr = p.nr AND g121.k110 = p.k110
),
niva110_2 AS (
  SELECT p.*, ((p._lk114v > CAST(0 AS BIGINT)) AND (p._lk121v <> CAST(1 AS BIGINT))) AS _lk122v FROM niva110_1 p
),
niva110_3 AS (
  SELECT p.*, CASE WHEN p._lk122v THEN 2 END AS _lk123v, CASE WHEN TRUE THEN 1 END AS _lk124v FROM niva110_2 p
),
niva112_2 AS (
  SELECT p.*, 1 AS _lk126v FROM niva112_1 p
),
niva110_4 AS (
  SELECT p.*, CASE WHEN CASE WHEN p._lk123v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk123v, p._lk124v) END AS _lk125v, CASE WHEN p._lk123v IS NULL THEN NULL END AS _lk125u, CAST(COALESCE(g127.a, 0) AS BIGINT) AS _lk127v FROM niva110_3 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k110, SUM(CASE WHEN p._lk126v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva112_2 p GROUP BY p.sak_id, p.nr, p.k110) g127 ON g127.sak_id = p.sak_id AND g127.nr = p.nr AND g127.k110 = p.k110
),
niva110_5 AS (
  SELECT p.*, CASE p._lk125v WHEN 1 THEN (p._lk127v > CAST(0 AS BIGINT)) WHEN 2 THEN NULL END AS _lk128v, COALESCE(p._lk125u, CASE p._lk125v WHEN 2 THEN 'En utgift er knyttet til et barn som ikke er med i søknaden, til flere barn, eller til barn med de samme opplysningene; utgiften må knyttes til nøyaktig ett barn' END) AS _lk128u, CASE WHEN p._lk125u IS NULL AND p._lk125v IS NULL THEN 'LK700100042' || 'Ingen definisjon av «gjelder_et_barn» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk128e FROM niva110_4 p
),
sak__barn_20 AS (
  SELECT p.*, p.`fødselsdato` AS _lk130v FROM sak__barn_19 p
),
niva110_6 AS (
  SELECT p.*, ((NOT p._lk111v) AND p._lk128v) AS _lk129v, CASE WHEN ((NOT p._lk111v) AND p._lk128v) IS NULL THEN p._lk128u END AS _lk129u, CASE WHEN (NOT p._lk111v) = FALSE THEN NULL ELSE p._lk128e END AS _lk129e, c._lk130v AS _lk130v FROM niva110_5 p JOIN sak__barn_20 c ON c.sak_id = p.sak_id AND c.nr = p.nr
),
niva112_3 AS (
  SELECT p.*, c._lk130v AS _lk130v FROM niva112_2 p JOIN niva110_6 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k110 = p.k110
),
niva112_4 AS (
  SELECT p.*, (p._lk130v = p.`fødselsdato`) AS _lk131v FROM niva112_3 p
),
niva110_7 AS (
  SELECT p.*, (COALESCE(g132.a, 0) = 1) AS _lk132v FROM niva110_6 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k110, MAX(CASE WHEN p._lk131v = TRUE THEN 1 ELSE 0 END) AS a FROM niva112_4 p GROUP BY p.sak_id, p.nr, p.k110) g132 ON g132.sak_id = p.sak_id AND g132.nr = p.nr AND g132.k110 = p.k110
),
niva110_8 AS (
  SELECT p.*, (p._lk129v AND p._lk132v) AS _lk133v, CASE WHEN (p._lk129v AND p._lk132v) IS NULL THEN p._lk129u END AS _lk133u, p._lk129e AS _lk133e FROM niva110_7 p
),
niva110_9 AS (
  SELECT p.*, CASE WHEN p._lk133v THEN p.`beløp` END AS _lk134v, CASE WHEN p._lk133v IS NULL THEN p._lk133u END AS _lk134u, p._lk133e AS _lk134e FROM niva110_8 p
),
sak__barn_21 AS (
  SELECT p.*, CASE WHEN r135.u IS NULL THEN CAST(COALESCE(g135.a, 0) AS DECIMAL(18,2)) END AS _lk135v, r135.u AS _lk135u, r135.e AS _lk135e FROM sak__barn_20 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(p._lk134v) AS a FROM niva110_9 p GROUP BY p.sak_id, p.nr) g135 ON g135.sak_id = p.sak_id AND g135.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, min_by(p._lk134u, CASE WHEN p._lk134u IS NOT NULL THEN p.k110 END) AS u, min_by(p._lk134e, CASE WHEN p._lk134e IS NOT NULL THEN p.k110 END) AS e FROM niva110_9 p WHERE p._lk134u IS NOT NULL OR p._lk134e IS NOT NULL GROUP BY p.sak_id, p.nr) r135 ON r135.sak_id = p.sak_id AND r135.nr = p.nr
),
sak_33 AS (
  SELECT p.*, CAST(CAST(p._lk85v + p._lk88v AS DECIMAL(18,2)) + p._lk108v AS DECIMAL(18,2)) AS _lk109v, CASE WHEN p._lk85u IS NULL THEN p._lk108u WHEN p._lk108u IS NULL THEN p._lk85u ELSE array_join(array_union(split(p._lk85u, chr(30)), split(p._lk108u, chr(30))), chr(30)) END AS _lk109u, COALESCE(p._lk85e, p._lk108e) AS _lk109e, CASE WHEN r136.u IS NULL THEN CAST(COALESCE(g136.a, 0) AS DECIMAL(18,2)) END AS _lk136v, r136.u AS _lk136u, r136.e AS _lk136e FROM sak_32 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk135v) AS a FROM sak__barn_21 p GROUP BY p.sak_id) g136 ON g136.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk135u, CASE WHEN p._lk135u IS NOT NULL THEN p.nr END) AS u, min_by(p._lk135e, CASE WHEN p._lk135e IS NOT NULL THEN p.nr END) AS e FROM sak__barn_21 p WHERE p._lk135u IS NOT NULL OR p._lk135e IS NOT NULL GROUP BY p.sak_id) r136 ON r136.sak_id = p.sak_id
),
niva138_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k138, l.`fødselsdato` FROM sak__inntekter_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__tilhører) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva138_1 AS (
  SELECT p.*, 1 AS _lk139v FROM niva138_0 p
),
niva141_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k141, l.`fødselsdato`, l.`utdanning` FROM sak__inntekter_0 pp JOIN (SELECT sak_id, nr + 0 * 1000000000 AS n, `fødselsdato`, COALESCE(`utdanning`, 'ingen') AS `utdanning` FROM sak__voksne UNION ALL SELECT sak_id, nr + 1 * 1000000000 AS n, `fødselsdato`, COALESCE(`utdanning`, 'ingen') AS `utdanning` FROM sak__myndige_barn_i_skole) l ON l.sak_id = pp.sak_id
),
niva142_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k141, l.n AS k142, l.`fødselsdato` FROM niva141_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__tilhører) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva141_1 AS (
  SELECT p.*, p.`fødselsdato` AS _lk143v FROM niva141_0 p
),
niva142_1 AS (
  SELECT p.*, c._lk143v AS _lk143v FROM niva142_0 p JOIN niva141_1 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k141 = p.k141
),
niva142_2 AS (
  SELECT p.*, (p.`fødselsdato` = p._lk143v) AS _lk144v FROM niva142_1 p
),
niva141_2 AS (
  SELECT p.*, (COALESCE(g145.a, 0) = 1) AS _lk145v FROM niva141_1 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k141, MAX(CASE WHEN p._lk144v = TRUE THEN 1 ELSE 0 END) AS a FROM niva142_2 p GROUP BY p.sak_id, p.nr, p.k141) g145 ON g145.sak_id = p.sak_id AND g145.nr = p.nr AND g145.k141 = p.k141
),
niva141_3 AS (
  SELECT p.*, CASE WHEN p._lk145v THEN 1 END AS _lk146v FROM niva141_2 p
),
sak__inntekter_1 AS (
  SELECT p.*, CAST(COALESCE(g140.a, 0) AS BIGINT) AS _lk140v, CAST(COALESCE(g147.a, 0) AS BIGINT) AS _lk147v FROM sak__inntekter_0 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk139v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva138_1 p GROUP BY p.sak_id, p.nr) g140 ON g140.sak_id = p.sak_id AND g140.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk146v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva141_3 p GROUP BY p.sak_id, p.nr) g147 ON g147.sak_id = p.sak_id AND g147.nr = p.nr
),
sak__inntekter_2 AS (
  SELECT p.*, ((p._lk140v > CAST(0 AS BIGINT)) AND (p._lk147v <> CAST(1 AS BIGINT))) AS _lk148v FROM sak__inntekter_1 p
),
sak__inntekter_3 AS (
  SELECT p.*, CASE WHEN p._lk148v THEN 2 END AS _lk149v, CASE WHEN TRUE THEN 1 END AS _lk150v FROM sak__inntekter_2 p
),
niva138_2 AS (
  SELECT p.*, 1 AS _lk152v FROM niva138_1 p
),
sak__inntekter_4 AS (
  SELECT p.*, CASE WHEN CASE WHEN p._lk149v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk149v, p._lk150v) END AS _lk151v, CASE WHEN p._lk149v IS NULL THEN NULL END AS _lk151u, CAST(COALESCE(g153.a, 0) AS BIGINT) AS _lk153v FROM sak__inntekter_3 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk152v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva138_2 p GROUP BY p.sak_id, p.nr) g153 ON g153.sak_id = p.sak_id AND g153.nr = p.nr
),
niva155_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k155, l.`fødselsdato`, l.`utdanning` FROM sak__inntekter_0 pp JOIN (SELECT sak_id, nr AS n, `fødselsdato`, COALESCE(`utdanning`, 'ingen') AS `utdanning` FROM sak__myndige_barn_i_skole) l ON l.sak_id = pp.sak_id
),
niva156_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k155, l.n AS k156, l.`fødselsdato` FROM niva155_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__tilhører) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva155_1 AS (
  SELECT p.*, p.`fødselsdato` AS _lk157v FROM niva155_0 p
),
niva156_1 AS (
  SELECT p.*, c._lk157v AS _lk157v FROM niva156_0 p JOIN niva155_1 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k155 = p.k155
),
niva156_2 AS (
  SELECT p.*, (p.`fødselsdato` = p._lk157v) AS _lk158v FROM niva156_1 p
),
niva155_2 AS (
  SELECT p.*, (COALESCE(g159.a, 0) = 1) AS _lk159v FROM niva155_1 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k155, MAX(CASE WHEN p._lk158v = TRUE THEN 1 ELSE 0 END) AS a FROM niva156_2 p GROUP BY p.sak_id, p.nr, p.k155) g159 ON g159.sak_id = p.sak_id AND g159.nr = p.nr AND g159.k155 = p.k155
),
sak__inntekter_5 AS (
  SELECT p.*, CASE p._lk151v WHEN 1 THEN (p._lk153v > CAST(0 AS BIGINT)) WHEN 2 THEN NULL END AS _lk154v, COALESCE(p._lk151u, CASE p._lk151v WHEN 2 THEN 'En inntekt er knyttet til en person som ikke er med i søknaden, til flere personer, eller til personer med de samme opplysningene; inntekten må knyttes til nøyaktig én voksen' END) AS _lk154u, CASE WHEN p._lk151u IS NULL AND p._lk151v IS NULL THEN 'LK700100043' || 'Ingen definisjon av «inntekt_har_eier» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk154e, (COALESCE(g160.a, 0) = 1) AS _lk160v FROM sak__inntekter_4 p LEFT JOIN (SELECT p.sak_id, p.nr, MAX(CASE WHEN p._lk159v = TRUE THEN 1 ELSE 0 END) AS a FROM niva155_2 p GROUP BY p.sak_id, p.nr) g160 ON g160.sak_id = p.sak_id AND g160.nr = p.nr
),
sak__inntekter_6 AS (
  SELECT p.*, CASE p._lk154v WHEN TRUE THEN p._lk160v WHEN FALSE THEN FALSE END AS _lk161v, CASE p._lk154v WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk154u END AS _lk161u, p._lk154e AS _lk161e FROM sak__inntekter_5 p
),
sak__inntekter_7 AS (
  SELECT p.*, (NOT p._lk161v) AS _lk162v, p._lk161u AS _lk162u, p._lk161e AS _lk162e, CASE WHEN (p.`art` IN ('formue', 'skatt_til_gode')) THEN 2 END AS _lk163v, CASE WHEN TRUE THEN 1 END AS _lk164v FROM sak__inntekter_6 p
),
sak__inntekter_8 AS (
  SELECT p.*, CASE WHEN CASE WHEN p._lk163v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk163v, p._lk164v) END AS _lk165v, CASE WHEN p._lk163v IS NULL THEN NULL END AS _lk165u FROM sak__inntekter_7 p
),
sak__inntekter_9 AS (
  SELECT p.*, CASE p._lk165v WHEN 1 THEN FALSE WHEN 2 THEN TRUE END AS _lk166v, p._lk165u AS _lk166u, CASE WHEN p._lk165u IS NULL AND p._lk165v IS NULL THEN 'LK700100044' || 'Ingen definisjon av «er_midler» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk166e FROM sak__inntekter_8 p
),
niva168_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k168, l.`fødselsdato` FROM sak__inntekter_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__gjelder_barn) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva168_1 AS (
  SELECT p.*, 1 AS _lk169v FROM niva168_0 p
),
niva171_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k171, l.`fødselsdato` FROM sak__inntekter_0 pp JOIN (SELECT sak_id, nr AS n, `fødselsdato` FROM sak__barn) l ON l.sak_id = pp.sak_id
),
niva172_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k171, l.n AS k172, l.`fødselsdato` FROM niva171_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__gjelder_barn) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva171_1 AS (
  SELECT p.*, p.`fødselsdato` AS _lk173v FROM niva171_0 p
),
niva172_1 AS (
  SELECT p.*, c._lk173v AS _lk173v FROM niva172_0 p JOIN niva171_1 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k171 = p.k171
),
niva172_2 AS (
  SELECT p.*, (p._lk173v = p.`fødselsdato`) AS _lk174v FROM niva172_1 p
),
niva171_2 AS (
  SELECT p.*, (COALESCE(g175.a, 0) = 1) AS _lk175v FROM niva171_1 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k171, MAX(CASE WHEN p._lk174v = TRUE THEN 1 ELSE 0 END) AS a FROM niva172_2 p GROUP BY p.sak_id, p.nr, p.k171) g175 ON g175.sak_id = p.sak_id AND g175.nr = p.nr AND g175.k171 = p.k171
),
niva171_3 AS (
  SELECT p.*, CASE WHEN p._lk175v THEN 1 END AS _lk176v FROM niva171_2 p
),
sak__inntekter_10 AS (
  SELECT p.*, (p._lk162v AND (NOT p._lk166v)) AS _lk167v, CASE WHEN (p._lk162v AND (NOT p._lk166v)) IS NULL THEN CASE WHEN p._lk162u IS NULL THEN p._lk166u WHEN p._lk166u IS NULL THEN p._lk162u ELSE array_join(array_union(split(p._lk162u, chr(30)), split(p._lk166u, chr(30))), chr(30)) END END AS _lk167u, COALESCE(p._lk162e, CASE WHEN p._lk162v = FALSE THEN NULL ELSE p._lk166e END) AS _lk167e, CAST(COALESCE(g170.a, 0) AS BIGINT) AS _lk170v, CAST(COALESCE(g177.a, 0) AS BIGINT) AS _lk177v FROM sak__inntekter_9 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk169v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva168_1 p GROUP BY p.sak_id, p.nr) g170 ON g170.sak_id = p.sak_id AND g170.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk176v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva171_3 p GROUP BY p.sak_id, p.nr) g177 ON g177.sak_id = p.sak_id AND g177.nr = p.nr
),
sak__inntekter_11 AS (
  SELECT p.*, ((p._lk170v > CAST(0 AS BIGINT)) AND (p._lk177v <> CAST(1 AS BIGINT))) AS _lk178v FROM sak__inntekter_10 p
),
sak__inntekter_12 AS (
  SELECT p.*, CASE WHEN p._lk178v THEN 2 END AS _lk179v, CASE WHEN TRUE THEN 1 END AS _lk180v FROM sak__inntekter_11 p
),
niva168_2 AS (
  SELECT p.*, 1 AS _lk182v FROM niva168_1 p
),
sak__barn_22 AS (
  SELECT p.*, CASE WHEN p._lk0v >= p.`fødselsdato` THEN CAST(year(p._lk0v) AS BIGINT) - CAST(year(p.`fødselsdato`) AS BIGINT) - CASE WHEN CAST(month(p._lk0v) AS BIGINT) * 100 + CAST(day(p._lk0v) AS BIGINT) < CAST(month(p.`fødselsdato`) AS BIGINT) * 100 + CAST(day(p.`fødselsdato`) AS BIGINT) THEN 1 ELSE 0 END END AS _lk184v, CASE WHEN p._lk0v < p.`fødselsdato` THEN 'Alderen kan ikke regnes ut: fødselsdatoen ' || date_format(p.`fødselsdato`, 'yyyy-MM-dd') || ' er etter ' || date_format(p._lk0v, 'yyyy-MM-dd') || ', datoen alderen regnes på' END AS _lk184u FROM sak__barn_21 p
),
sak__barn_23 AS (
  SELECT p.*, (p._lk184v < CAST(18 AS BIGINT)) AS _lk185v, p._lk184u AS _lk185u FROM sak__barn_22 p
),
sak_34 AS (
  SELECT p.*, CAST(p._lk109v + p._lk136v AS DECIMAL(18,2)) AS _lk137v, CASE WHEN p._lk109u IS NULL THEN p._lk136u WHEN p._lk136u IS NULL THEN p._lk109u ELSE array_join(array_union(split(p._lk109u, chr(30)), split(p._lk136u, chr(30))), chr(30)) END AS _lk137u, COALESCE(p._lk109e, p._lk136e) AS _lk137e, CASE WHEN COALESCE(g186.a, 0) = 1 THEN (COALESCE(g186.a, 0) = 1) WHEN r186.u IS NULL THEN (COALESCE(g186.a, 0) = 1) END AS _lk186v, CASE WHEN COALESCE(g186.a, 0) = 1 THEN NULL ELSE r186.u END AS _lk186u FROM sak_33 p LEFT JOIN (SELECT p.sak_id, MAX(CASE WHEN p._lk185v = TRUE THEN 1 ELSE 0 END) AS a FROM sak__barn_23 p GROUP BY p.sak_id) g186 ON g186.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, nullif(array_join(array_distinct(flatten(transform(array_sort(collect_list(CASE WHEN p._lk185u IS NOT NULL THEN struct(p.nr AS o, p._lk185u AS r) END)), x -> split(x.r, chr(30))))), chr(30)), '') AS u FROM sak__barn_23 p WHERE p._lk185u IS NOT NULL GROUP BY p.sak_id) r186 ON r186.sak_id = p.sak_id
),
niva168_3 AS (
  SELECT p.*, c._lk0v AS _lk0v FROM niva168_2 p JOIN sak__inntekter_12 c ON c.sak_id = p.sak_id AND c.nr = p.nr
),
niva168_4 AS (
  SELECT p.*, CASE WHEN p._lk0v >= p.`fødselsdato` THEN CAST(year(p._lk0v) AS BIGINT) - CAST(year(p.`fødselsdato`) AS BIGINT) - CASE WHEN CAST(month(p._lk0v) AS BIGINT) * 100 + CAST(day(p._lk0v) AS BIGINT) < CAST(month(p.`fødselsdato`) AS BIGINT) * 100 + CAST(day(p.`fødselsdato`) AS BIGINT) THEN 1 ELSE 0 END END AS _lk187v, CASE WHEN p._lk0v < p.`fødselsdato` THEN 'Alderen kan ikke regnes ut: fødselsdatoen ' || date_format(p.`fødselsdato`, 'yyyy-MM-dd') || ' er etter ' || date_format(p._lk0v, 'yyyy-MM-dd') || ', datoen alderen regnes på' END AS _lk187u FROM niva168_3 p
),
niva168_5 AS (
  SELECT p.*, (p._lk187v < CAST(18 AS BIGINT)) AS _lk188v, p._lk187u AS _lk188u FROM niva168_4 p
),
sak__inntekter_13 AS (
  SELECT p.*, CASE WHEN CASE WHEN p._lk179v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk179v, p._lk180v) END AS _lk181v, CASE WHEN p._lk179v IS NULL THEN NULL END AS _lk181u, CAST(COALESCE(g183.a, 0) AS BIGINT) AS _lk183v, c._lk186v AS _lk186v, c._lk186u AS _lk186u, CASE WHEN COALESCE(g189.a, 0) = 1 THEN (COALESCE(g189.a, 0) = 1) WHEN r189.u IS NULL THEN (COALESCE(g189.a, 0) = 1) END AS _lk189v, CASE WHEN COALESCE(g189.a, 0) = 1 THEN NULL ELSE r189.u END AS _lk189u FROM sak__inntekter_12 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk182v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva168_2 p GROUP BY p.sak_id, p.nr) g183 ON g183.sak_id = p.sak_id AND g183.nr = p.nr JOIN sak_34 c ON c.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, p.nr, MAX(CASE WHEN p._lk188v = TRUE THEN 1 ELSE 0 END) AS a FROM niva168_5 p GROUP BY p.sak_id, p.nr) g189 ON g189.sak_id = p.sak_id AND g189.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, nullif(array_join(array_distinct(flatten(transform(array_sort(collect_list(CASE WHEN p._lk188u IS NOT NULL THEN struct(p.k168 AS o, p._lk188u AS r) END)), x -> split(x.r, chr(30))))), chr(30)), '') AS u FROM niva168_5 p WHERE p._lk188u IS NOT NULL GROUP BY p.sak_id, p.nr) r189 ON r189.sak_id = p.sak_id AND r189.nr = p.nr
),
sak__inntekter_14 AS (
  SELECT p.*, CASE (p._lk183v = CAST(0 AS BIGINT)) WHEN TRUE THEN p._lk186v WHEN FALSE THEN p._lk189v END AS _lk190v, CASE (p._lk183v = CAST(0 AS BIGINT)) WHEN TRUE THEN p._lk186u WHEN FALSE THEN p._lk189u ELSE NULL END AS _lk190u FROM sak__inntekter_13 p
),
sak__inntekter_15 AS (
  SELECT p.*, ((p.`arbeidsart` <> 'annet_arbeid') AND p._lk190v) AS _lk191v, CASE WHEN ((p.`arbeidsart` <> 'annet_arbeid') AND p._lk190v) IS NULL THEN p._lk190u END AS _lk191u FROM sak__inntekter_14 p
),
sak__inntekter_16 AS (
  SELECT p.*, CASE p._lk181v WHEN 1 THEN p._lk191v WHEN 2 THEN NULL END AS _lk192v, COALESCE(p._lk181u, CASE p._lk181v WHEN 1 THEN p._lk191u WHEN 2 THEN 'En arbeidsinntekt er knyttet til et barn som ikke er med i søknaden, til flere barn, eller til barn med de samme opplysningene; inntekten må knyttes til nøyaktig ett barn' END) AS _lk192u, CASE WHEN p._lk181u IS NULL AND p._lk181v IS NULL THEN 'LK700100045' || 'Ingen definisjon av «barns_arbeid_i_fritid_og_ferier» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk192e FROM sak__inntekter_15 p
),
sak__inntekter_17 AS (
  SELECT p.*, ((p.`art` = 'barns_arbeidsinntekt') AND p._lk192v) AS _lk193v, CASE WHEN ((p.`art` = 'barns_arbeidsinntekt') AND p._lk192v) IS NULL THEN p._lk192u END AS _lk193u, CASE WHEN (p.`art` = 'barns_arbeidsinntekt') = FALSE THEN NULL ELSE p._lk192e END AS _lk193e, (p.`art` IN ('barnetrygd', 'utvidet_barnetrygd', 'småbarnstillegg')) AS _lk194v FROM sak__inntekter_16 p
),
sak__inntekter_18 AS (
  SELECT p.*, CASE WHEN (p.`art` = 'kontantstøtte') THEN 2 END AS _lk195v FROM sak__inntekter_17 p
),
sak__inntekter_19 AS (
  SELECT p.*, CASE WHEN (p.`art` = 'utenlandsk_barnetrygd') THEN 3 END AS _lk196v FROM sak__inntekter_18 p
),
sak__inntekter_20 AS (
  SELECT p.*, CASE WHEN CASE WHEN (DATE '2016-01-01' <= p._lk0v) THEN p._lk193v ELSE FALSE END THEN 4 END AS _lk197v, CASE WHEN CASE WHEN (DATE '2016-01-01' <= p._lk0v) THEN p._lk193v ELSE FALSE END IS NULL THEN CASE WHEN (DATE '2016-01-01' <= p._lk0v) THEN p._lk193u END END AS _lk197u, CASE WHEN (DATE '2016-01-01' <= p._lk0v) THEN p._lk193e END AS _lk197e FROM sak__inntekter_19 p
),
sak__inntekter_21 AS (
  SELECT p.*, CASE WHEN CASE WHEN (DATE '2022-09-01' <= p._lk0v) THEN p._lk194v ELSE FALSE END THEN 5 END AS _lk198v FROM sak__inntekter_20 p
),
sak__inntekter_22 AS (
  SELECT p.*, COALESCE(p._lk195v, p._lk196v, p._lk197v, p._lk198v) AS _lk199v, p._lk197u AS _lk199u, CASE WHEN p._lk196v IS NOT NULL AND p._lk195v IS NOT NULL THEN CASE WHEN p._lk195v = 2 AND p._lk196v = 3 THEN 'LK700200046' || 'Motstrid i «teller_som_inntekt»: både unntaket «kontantstøtte» og unntaket «utenlandsk_barnetrygd» gjelder, og ingen av dem er unntak fra den andre' END WHEN p._lk197e IS NOT NULL THEN p._lk197e WHEN p._lk197v IS NOT NULL AND COALESCE(p._lk195v, p._lk196v) IS NOT NULL THEN CASE WHEN COALESCE(p._lk195v, p._lk196v) = 2 AND p._lk197v = 4 THEN 'LK700200047' || 'Motstrid i «teller_som_inntekt»: både unntaket «kontantstøtte» og unntaket «barns_arbeidsinntekt» gjelder, og ingen av dem er unntak fra den andre' WHEN COALESCE(p._lk195v, p._lk196v) = 3 AND p._lk197v = 4 THEN 'LK700200048' || 'Motstrid i «teller_som_inntekt»: både unntaket «utenlandsk_barnetrygd» og unntaket «barns_arbeidsinntekt» gjelder, og ingen av dem er unntak fra den andre' END WHEN p._lk198v IS NOT NULL AND COALESCE(p._lk195v, p._lk196v, p._lk197v) IS NOT NULL THEN CASE WHEN COALESCE(p._lk195v, p._lk196v, p._lk197v) = 2 AND p._lk198v = 5 THEN 'LK700200049' || 'Motstrid i «teller_som_inntekt»: både unntaket «kontantstøtte» og unntaket «barnetrygd» gjelder, og ingen av dem er unntak fra den andre' WHEN COALESCE(p._lk195v, p._lk196v, p._lk197v) = 3 AND p._lk198v = 5 THEN 'LK700200050' || 'Motstrid i «teller_som_inntekt»: både unntaket «utenlandsk_barnetrygd» og unntaket «barnetrygd» gjelder, og ingen av dem er unntak fra den andre' WHEN COALESCE(p._lk195v, p._lk196v, p._lk197v) = 4 AND p._lk198v = 5 THEN 'LK700200051' || 'Motstrid i «teller_som_inntekt»: både unntaket «barns_arbeidsinntekt» og unntaket «barnetrygd» gjelder, og ingen av dem er unntak fra den andre' END END AS _lk199e, CASE WHEN TRUE THEN 1 END AS _lk200v FROM sak__inntekter_21 p
),
sak__inntekter_23 AS (
  SELECT p.*, CASE WHEN COALESCE(p._lk199u, CASE WHEN p._lk199v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk199v, p._lk200v) END AS _lk201v, COALESCE(p._lk199u, CASE WHEN p._lk199v IS NULL THEN NULL END) AS _lk201u, TRUE AS _lk202v FROM sak__inntekter_22 p
),
sak__inntekter_24 AS (
  SELECT p.*, CASE p._lk201v WHEN 1 THEN TRUE WHEN 2 THEN TRUE WHEN 3 THEN p._lk202v WHEN 4 THEN FALSE WHEN 5 THEN FALSE END AS _lk203v, p._lk201u AS _lk203u, COALESCE(p._lk199e, CASE WHEN p._lk201u IS NULL AND p._lk201v IS NULL THEN 'LK700100052' || 'Ingen definisjon av «teller_som_inntekt» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END) AS _lk203e FROM sak__inntekter_23 p
),
sak__inntekter_25 AS (
  SELECT p.*, (p._lk167v AND p._lk203v) AS _lk204v, CASE WHEN (p._lk167v AND p._lk203v) IS NULL THEN CASE WHEN p._lk167u IS NULL THEN p._lk203u WHEN p._lk203u IS NULL THEN p._lk167u ELSE array_join(array_union(split(p._lk167u, chr(30)), split(p._lk203u, chr(30))), chr(30)) END END AS _lk204u, COALESCE(p._lk167e, CASE WHEN p._lk167v = FALSE THEN NULL ELSE p._lk203e END) AS _lk204e FROM sak__inntekter_24 p
),
sak__inntekter_26 AS (
  SELECT p.*, CASE WHEN p._lk204v THEN p.`beløp` END AS _lk205v, CASE WHEN p._lk204v IS NULL THEN p._lk204u END AS _lk205u, p._lk204e AS _lk205e FROM sak__inntekter_25 p
),
sak_35 AS (
  SELECT p.*, CASE WHEN r206.u IS NULL THEN CAST(COALESCE(g206.a, 0) AS DECIMAL(18,2)) END AS _lk206v, r206.u AS _lk206u, r206.e AS _lk206e FROM sak_34 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk205v) AS a FROM sak__inntekter_26 p GROUP BY p.sak_id) g206 ON g206.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk205u, CASE WHEN p._lk205u IS NOT NULL THEN p.nr END) AS u, min_by(p._lk205e, CASE WHEN p._lk205e IS NOT NULL THEN p.nr END) AS e FROM sak__inntekter_26 p WHERE p._lk205u IS NOT NULL OR p._lk205e IS NOT NULL GROUP BY p.sak_id) r206 ON r206.sak_id = p.sak_id
),
sak__inntekter_27 AS (
  SELECT p.*, (p._lk162v AND p._lk166v) AS _lk208v, CASE WHEN (p._lk162v AND p._lk166v) IS NULL THEN CASE WHEN p._lk162u IS NULL THEN p._lk166u WHEN p._lk166u IS NULL THEN p._lk162u ELSE array_join(array_union(split(p._lk162u, chr(30)), split(p._lk166u, chr(30))), chr(30)) END END AS _lk208u, COALESCE(p._lk162e, CASE WHEN p._lk162v = FALSE THEN NULL ELSE p._lk166e END) AS _lk208e, p.`beløp` AS _lk209v FROM sak__inntekter_26 p
),
sak__inntekter_28 AS (
  SELECT p.*, CASE WHEN p._lk208v THEN p._lk209v END AS _lk210v, CASE WHEN p._lk208v IS NULL THEN p._lk208u END AS _lk210u, p._lk208e AS _lk210e FROM sak__inntekter_27 p
),
sak_36 AS (
  SELECT p.*, CAST(p._lk137v - p._lk206v AS DECIMAL(18,2)) AS _lk207v, CASE WHEN p._lk137u IS NULL THEN p._lk206u WHEN p._lk206u IS NULL THEN p._lk137u ELSE array_join(array_union(split(p._lk137u, chr(30)), split(p._lk206u, chr(30))), chr(30)) END AS _lk207u, COALESCE(p._lk137e, p._lk206e) AS _lk207e, CASE WHEN r211.u IS NULL THEN CAST(COALESCE(g211.a, 0) AS DECIMAL(18,2)) END AS _lk211v, r211.u AS _lk211u, r211.e AS _lk211e FROM sak_35 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk210v) AS a FROM sak__inntekter_28 p GROUP BY p.sak_id) g211 ON g211.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk210u, CASE WHEN p._lk210u IS NOT NULL THEN p.nr END) AS u, min_by(p._lk210e, CASE WHEN p._lk210e IS NOT NULL THEN p.nr END) AS e FROM sak__inntekter_28 p WHERE p._lk210u IS NOT NULL OR p._lk210e IS NOT NULL GROUP BY p.sak_id) r211 ON r211.sak_id = p.sak_id
),
sak_37 AS (
  SELECT p.*, CAST(p._lk207v - p._lk211v AS DECIMAL(18,2)) AS _lk212v, CASE WHEN p._lk207u IS NULL THEN p._lk211u WHEN p._lk211u IS NULL THEN p._lk207u ELSE array_join(array_union(split(p._lk207u, chr(30)), split(p._lk211u, chr(30))), chr(30)) END AS _lk212u, COALESCE(p._lk207e, p._lk211e) AS _lk212e FROM sak_36 p
),
sak__voksne_9 AS (
  SELECT p.*, 1 AS _lk214v FROM sak__voksne_8 p
),
sak_38 AS (
  SELECT p.*, CASE WHEN CAST(0 AS DECIMAL(18,2)) IS NULL OR p._lk212v IS NULL THEN NULL WHEN p._lk212v > CAST(0 AS DECIMAL(18,2)) THEN p._lk212v ELSE CAST(0 AS DECIMAL(18,2)) END AS _lk213v, p._lk212u AS _lk213u, p._lk212e AS _lk213e, CAST(COALESCE(g215.a, 0) AS BIGINT) AS _lk215v FROM sak_37 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk214v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__voksne_9 p GROUP BY p.sak_id) g215 ON g215.sak_id = p.sak_id
),
sak_39 AS (
  SELECT p.*, CASE WHEN CAST(1 AS BIGINT) IS NULL OR p._lk215v IS NULL THEN NULL WHEN p._lk215v > CAST(1 AS BIGINT) THEN p._lk215v ELSE CAST(1 AS BIGINT) END AS _lk216v FROM sak_38 p
),
sak_40 AS (
  SELECT p.*, CAST(CAST(p._lk59v AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) AS _lk217v, CAST(p._lk216v AS DECIMAL(38,0)) AS _lk218v FROM sak_39 p
),
sak_41 AS (
  SELECT p.*, CASE WHEN p._lk218v = 0 THEN NULL WHEN p._lk217v % p._lk218v = 0 THEN CAST(CAST(((p._lk217v) div (p._lk218v)) AS DECIMAL(38,0)) * 0.01 AS DECIMAL(18,2)) END AS _lk219v, p._lk59u AS _lk219u, COALESCE(COALESCE(p._lk59e, CASE WHEN p._lk59v IS NOT NULL AND p._lk216v = 0 THEN 'LK700400053' || 'Deling med null' END), CASE WHEN p._lk218v = 0 THEN NULL WHEN p._lk217v % p._lk218v <> 0 THEN 'LK701000054' || 'Beløpet er ikke et helt antall øre, og SQL-spørringen regner beløp i hele øre; rund av med avrund(…) i reglene, eller regn ut saken med lovkode run' END) AS _lk219e FROM sak_40 p
),
sak__voksne_10 AS (
  SELECT p.*, c._lk219v AS _lk219v, c._lk219u AS _lk219u, c._lk219e AS _lk219e, 1 AS _lk220v FROM sak__voksne_9 p JOIN sak_41 c ON c.sak_id = p.sak_id
),
sak_42 AS (
  SELECT p.*, CAST(COALESCE(g221.a, 0) AS BIGINT) AS _lk221v FROM sak_41 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk220v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__voksne_10 p GROUP BY p.sak_id) g221 ON g221.sak_id = p.sak_id
),
sak_43 AS (
  SELECT p.*, CASE WHEN CAST(1 AS BIGINT) IS NULL OR p._lk221v IS NULL THEN NULL WHEN p._lk221v > CAST(1 AS BIGINT) THEN p._lk221v ELSE CAST(1 AS BIGINT) END AS _lk222v FROM sak_42 p
),
sak_44 AS (
  SELECT p.*, CASE WHEN (CAST(p._lk222v AS DECIMAL(38,0)) * 1) < 0 THEN -CAST(CAST(p._lk88v AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) ELSE CAST(CAST(p._lk88v AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) END AS _lk223v, CASE WHEN (CAST(p._lk222v AS DECIMAL(38,0)) * 1) < 0 THEN -(CAST(p._lk222v AS DECIMAL(38,0)) * 1) ELSE (CAST(p._lk222v AS DECIMAL(38,0)) * 1) END AS _lk224v FROM sak_43 p
),
sak_45 AS (
  SELECT p.*, CASE WHEN p._lk224v <> 0 THEN CAST(CAST((((p._lk223v - (p._lk223v % p._lk224v)) div (p._lk224v))) * 1 AS DECIMAL(38,0)) * 0.01 AS DECIMAL(18,2)) END AS _lk225v, CASE WHEN p._lk88v IS NOT NULL AND p._lk222v = 0 THEN 'LK700400055' || 'Deling med null' END AS _lk225e FROM sak_44 p
),
sak__voksne_11 AS (
  SELECT p.*, c._lk225v AS _lk225v, c._lk225e AS _lk225e, 1 AS _lk226v FROM sak__voksne_10 p JOIN sak_45 c ON c.sak_id = p.sak_id
),
sak_46 AS (
  SELECT p.*, CAST(COALESCE(g227.a, 0) AS BIGINT) AS _lk227v FROM sak_45 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk226v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__voksne_11 p GROUP BY p.sak_id) g227 ON g227.sak_id = p.sak_id
),
sak_47 AS (
  SELECT p.*, CASE WHEN CAST(1 AS BIGINT) IS NULL OR p._lk227v IS NULL THEN NULL WHEN p._lk227v > CAST(1 AS BIGINT) THEN p._lk227v ELSE CAST(1 AS BIGINT) END AS _lk228v FROM sak_46 p
),
sak_48 AS (
  SELECT p.*, CAST(p._lk88v - CAST(p._lk225v * p._lk228v AS DECIMAL(18,2)) AS DECIMAL(18,2)) AS _lk229v, p._lk225e AS _lk229e FROM sak_47 p
),
sak__voksne_12 AS (
  SELECT p.*, c._lk229v AS _lk229v, c._lk229e AS _lk229e FROM sak__voksne_11 p JOIN sak_48 c ON c.sak_id = p.sak_id
),
sak__voksne_13 AS (
  SELECT p.*, CASE (p.nr = CAST(1 AS BIGINT)) WHEN TRUE THEN p._lk229v WHEN FALSE THEN CAST(0 AS DECIMAL(18,2)) END AS _lk230v, CASE (p.nr = CAST(1 AS BIGINT)) WHEN TRUE THEN p._lk229e WHEN FALSE THEN NULL END AS _lk230e FROM sak__voksne_12 p
),
sak__voksne_14 AS (
  SELECT p.*, CAST(p._lk219v + CAST(p._lk225v + p._lk230v AS DECIMAL(18,2)) AS DECIMAL(18,2)) AS _lk231v, p._lk219u AS _lk231u, COALESCE(p._lk219e, COALESCE(p._lk225e, p._lk230e)) AS _lk231e, c._lk85v AS _lk85v, c._lk85u AS _lk85u, c._lk85e AS _lk85e, c._lk59v AS _lk59v, c._lk59u AS _lk59u, c._lk59e AS _lk59e FROM sak__voksne_13 p JOIN sak_48 c ON c.sak_id = p.sak_id
),
sak__voksne_15 AS (
  SELECT p.*, CAST(p._lk85v - p._lk59v AS DECIMAL(18,2)) AS _lk232v, CASE WHEN p._lk85u IS NULL THEN p._lk59u WHEN p._lk59u IS NULL THEN p._lk85u ELSE array_join(array_union(split(p._lk85u, chr(30)), split(p._lk59u, chr(30))), chr(30)) END AS _lk232u, COALESCE(p._lk85e, p._lk59e) AS _lk232e, c._lk108v AS _lk108v, c._lk108u AS _lk108u, c._lk108e AS _lk108e FROM sak__voksne_14 p JOIN sak_48 c ON c.sak_id = p.sak_id
),
sak__voksne_16 AS (
  SELECT p.*, CAST(p._lk232v + p._lk108v AS DECIMAL(18,2)) AS _lk233v, CASE WHEN p._lk232u IS NULL THEN p._lk108u WHEN p._lk108u IS NULL THEN p._lk232u ELSE array_join(array_union(split(p._lk232u, chr(30)), split(p._lk108u, chr(30))), chr(30)) END AS _lk233u, COALESCE(p._lk232e, p._lk108e) AS _lk233e, c._lk136v AS _lk136v, c._lk136u AS _lk136u, c._lk136e AS _lk136e FROM sak__voksne_15 p JOIN sak_48 c ON c.sak_id = p.sak_id
),
sak__voksne_17 AS (
  SELECT p.*, CAST(p._lk233v + p._lk136v AS DECIMAL(18,2)) AS _lk234v, CASE WHEN p._lk233u IS NULL THEN p._lk136u WHEN p._lk136u IS NULL THEN p._lk233u ELSE array_join(array_union(split(p._lk233u, chr(30)), split(p._lk136u, chr(30))), chr(30)) END AS _lk234u, COALESCE(p._lk233e, p._lk136e) AS _lk234e FROM sak__voksne_16 p
),
sak__voksne_18 AS (
  SELECT p.*, CASE (p.nr = CAST(1 AS BIGINT)) WHEN TRUE THEN p._lk234v WHEN FALSE THEN CAST(0 AS DECIMAL(18,2)) END AS _lk235v, CASE (p.nr = CAST(1 AS BIGINT)) WHEN TRUE THEN p._lk234u WHEN FALSE THEN NULL ELSE NULL END AS _lk235u, CASE (p.nr = CAST(1 AS BIGINT)) WHEN TRUE THEN p._lk234e WHEN FALSE THEN NULL END AS _lk235e FROM sak__voksne_17 p
),
niva237_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k237, l.`art`, l.`beløp`, l.`arbeidsart` FROM sak__voksne_0 pp JOIN (SELECT sak_id, nr AS n, `art`, `beløp`, COALESCE(`arbeidsart`, 'ikke_oppgitt') AS `arbeidsart` FROM sak__inntekter) l ON l.sak_id = pp.sak_id
),
niva238_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k237, l.n AS k238, l.`fødselsdato` FROM niva237_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__tilhører) l ON l.sak_id = pp.sak_id AND l.m = pp.k237
),
niva238_1 AS (
  SELECT p.*, 1 AS _lk239v FROM niva238_0 p
),
niva241_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k237, l.n AS k241, l.`fødselsdato`, l.`utdanning` FROM niva237_0 pp JOIN (SELECT sak_id, nr + 0 * 1000000000 AS n, `fødselsdato`, COALESCE(`utdanning`, 'ingen') AS `utdanning` FROM sak__voksne UNION ALL SELECT sak_id, nr + 1 * 1000000000 AS n, `fødselsdato`, COALESCE(`utdanning`, 'ingen') AS `utdanning` FROM sak__myndige_barn_i_skole) l ON l.sak_id = pp.sak_id
),
niva242_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k237, pp.k241, l.n AS k242, l.`fødselsdato` FROM niva241_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__tilhører) l ON l.sak_id = pp.sak_id AND l.m = pp.k237
),
niva241_1 AS (
  SELECT p.*, p.`fødselsdato` AS _lk243v FROM niva241_0 p
),
niva242_1 AS (
  SELECT p.*, c._lk243v AS _lk243v FROM niva242_0 p JOIN niva241_1 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k237 = p.k237 AND c.k241 = p.k241
),
niva242_2 AS (
  SELECT p.*, (p.`fødselsdato` = p._lk243v) AS _lk244v FROM niva242_1 p
),
niva241_2 AS (
  SELECT p.*, (COALESCE(g245.a, 0) = 1) AS _lk245v FROM niva241_1 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k237, p.k241, MAX(CASE WHEN p._lk244v = TRUE THEN 1 ELSE 0 END) AS a FROM niva242_2 p GROUP BY p.sak_id, p.nr, p.k237, p.k241) g245 ON g245.sak_id = p.sak_id AND g245.nr = p.nr AND g245.k237 = p.k237 AND g245.k241 = p.k241
),
niva241_3 AS (
  SELECT p.*, CASE WHEN p._lk245v THEN 1 END AS _lk246v FROM niva241_2 p
),
niva237_1 AS (
  SELECT p.*, c._lk0v AS _lk0v, CAST(COALESCE(g240.a, 0) AS BIGINT) AS _lk240v, CAST(COALESCE(g247.a, 0) AS BIGINT) AS _lk247v FROM niva237_0 p JOIN sak__voksne_18 c ON c.sak_id = p.sak_id AND c.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, p.k237, SUM(CASE WHEN p._lk239v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva238_1 p GROUP BY p.sak_id, p.nr, p.k237) g240 ON g240.sak_id = p.sak_id AND g240.nr = p.nr AND g240.k237 = p.k237 LEFT JOIN (SELECT p.sak_id, p.nr, p.k237, SUM(CASE WHEN p._lk246v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva241_3 p GROUP BY p.sak_id, p.nr, p.k237) g247 ON g247.sak_id = p.sak_id AND g247.nr = p.nr AND g247.k237 = p.k237
),
niva237_2 AS (
  SELECT p.*, ((p._lk240v > CAST(0 AS BIGINT)) AND (p._lk247v <> CAST(1 AS BIGINT))) AS _lk248v FROM niva237_1 p
),
niva237_3 AS (
  SELECT p.*, CASE WHEN p._lk248v THEN 2 END AS _lk249v, CASE WHEN TRUE THEN 1 END AS _lk250v FROM niva237_2 p
),
niva238_2 AS (
  SELECT p.*, 1 AS _lk252v FROM niva238_1 p
),
niva237_4 AS (
  SELECT p.*, CASE WHEN CASE WHEN p._lk249v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk249v, p._lk250v) END AS _lk251v, CASE WHEN p._lk249v IS NULL THEN NULL END AS _lk251u, CAST(COALESCE(g253.a, 0) AS BIGINT) AS _lk253v FROM niva237_3 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k237, SUM(CASE WHEN p._lk252v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva238_2 p GROUP BY p.sak_id, p.nr, p.k237) g253 ON g253.sak_id = p.sak_id AND g253.nr = p.nr AND g253.k237 = p.k237
),
niva255_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k237, l.n AS k255, l.`fødselsdato`, l.`utdanning` FROM niva237_0 pp JOIN (SELECT sak_id, nr AS n, `fødselsdato`, COALESCE(`utdanning`, 'ingen') AS `utdanning` FROM sak__myndige_barn_i_skole) l ON l.sak_id = pp.sak_id
),
niva256_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k237, pp.k255, l.n AS k256, l.`fødselsdato` FROM niva255_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__tilhører) l ON l.sak_id = pp.sak_id AND l.m = pp.k237
),
niva255_1 AS (
  SELECT p.*, p.`fødselsdato` AS _lk257v FROM niva255_0 p
),
niva256_1 AS (
  SELECT p.*, c._lk257v AS _lk257v FROM niva256_0 p JOIN niva255_1 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k237 = p.k237 AND c.k255 = p.k255
),
niva256_2 AS (
  SELECT p.*, (p.`fødselsdato` = p._lk257v) AS _lk258v FROM niva256_1 p
),
niva255_2 AS (
  SELECT p.*, (COALESCE(g259.a, 0) = 1) AS _lk259v FROM niva255_1 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k237, p.k255, MAX(CASE WHEN p._lk258v = TRUE THEN 1 ELSE 0 END) AS a FROM niva256_2 p GROUP BY p.sak_id, p.nr, p.k237, p.k255) g259 ON g259.sak_id = p.sak_id AND g259.nr = p.nr AND g259.k237 = p.k237 AND g259.k255 = p.k255
),
niva237_5 AS (
  SELECT p.*, CASE p._lk251v WHEN 1 THEN (p._lk253v > CAST(0 AS BIGINT)) WHEN 2 THEN NULL END AS _lk254v, COALESCE(p._lk251u, CASE p._lk251v WHEN 2 THEN 'En inntekt er knyttet til en person som ikke er med i søknaden, til flere personer, eller til personer med de samme opplysningene; inntekten må knyttes til nøyaktig én voksen' END) AS _lk254u, CASE WHEN p._lk251u IS NULL AND p._lk251v IS NULL THEN 'LK700100056' || 'Ingen definisjon av «inntekt_har_eier» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk254e, (COALESCE(g260.a, 0) = 1) AS _lk260v FROM niva237_4 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k237, MAX(CASE WHEN p._lk259v = TRUE THEN 1 ELSE 0 END) AS a FROM niva255_2 p GROUP BY p.sak_id, p.nr, p.k237) g260 ON g260.sak_id = p.sak_id AND g260.nr = p.nr AND g260.k237 = p.k237
),
niva237_6 AS (
  SELECT p.*, CASE p._lk254v WHEN TRUE THEN p._lk260v WHEN FALSE THEN FALSE END AS _lk261v, CASE p._lk254v WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk254u END AS _lk261u, p._lk254e AS _lk261e FROM niva237_5 p
),
niva237_7 AS (
  SELECT p.*, (NOT p._lk261v) AS _lk262v, p._lk261u AS _lk262u, p._lk261e AS _lk262e, CASE WHEN (p.`art` IN ('formue', 'skatt_til_gode')) THEN 2 END AS _lk263v, CASE WHEN TRUE THEN 1 END AS _lk264v FROM niva237_6 p
),
niva237_8 AS (
  SELECT p.*, CASE WHEN CASE WHEN p._lk263v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk263v, p._lk264v) END AS _lk265v, CASE WHEN p._lk263v IS NULL THEN NULL END AS _lk265u FROM niva237_7 p
),
niva237_9 AS (
  SELECT p.*, CASE p._lk265v WHEN 1 THEN FALSE WHEN 2 THEN TRUE END AS _lk266v, p._lk265u AS _lk266u, CASE WHEN p._lk265u IS NULL AND p._lk265v IS NULL THEN 'LK700100057' || 'Ingen definisjon av «er_midler» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk266e FROM niva237_8 p
),
niva268_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k237, l.n AS k268, l.`fødselsdato` FROM niva237_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__gjelder_barn) l ON l.sak_id = pp.sak_id AND l.m = pp.k237
),
niva268_1 AS (
  SELECT p.*, 1 AS _lk269v FROM niva268_0 p
),
niva271_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k237, l.n AS k271, l.`fødselsdato` FROM niva237_0 pp JOIN (SELECT sak_id, nr AS n, `fødselsdato` FROM sak__barn) l ON l.sak_id = pp.sak_id
),
niva272_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k237, pp.k271, l.n AS k272, l.`fødselsdato` FROM niva271_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__gjelder_barn) l ON l.sak_id = pp.sak_id AND l.m = pp.k237
),
niva271_1 AS (
  SELECT p.*, p.`fødselsdato` AS _lk273v FROM niva271_0 p
),
niva272_1 AS (
  SELECT p.*, c._lk273v AS _lk273v FROM niva272_0 p JOIN niva271_1 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k237 = p.k237 AND c.k271 = p.k271
),
niva272_2 AS (
  SELECT p.*, (p._lk273v = p.`fødselsdato`) AS _lk274v FROM niva272_1 p
),
niva271_2 AS (
  SELECT p.*, (COALESCE(g275.a, 0) = 1) AS _lk275v FROM niva271_1 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k237, p.k271, MAX(CASE WHEN p._lk274v = TRUE THEN 1 ELSE 0 END) AS a FROM niva272_2 p GROUP BY p.sak_id, p.nr, p.k237, p.k271) g275 ON g275.sak_id = p.sak_id AND g275.nr = p.nr AND g275.k237 = p.k237 AND g275.k271 = p.k271
),
niva271_3 AS (
  SELECT p.*, CASE WHEN p._lk275v THEN 1 END AS _lk276v FROM niva271_2 p
),
niva237_10 AS (
  SELECT p.*, (p._lk262v AND (NOT p._lk266v)) AS _lk267v, CASE WHEN (p._lk262v AND (NOT p._lk266v)) IS NULL THEN CASE WHEN p._lk262u IS NULL THEN p._lk266u WHEN p._lk266u IS NULL THEN p._lk262u ELSE array_join(array_union(split(p._lk262u, chr(30)), split(p._lk266u, chr(30))), chr(30)) END END AS _lk267u, COALESCE(p._lk262e, CASE WHEN p._lk262v = FALSE THEN NULL ELSE p._lk266e END) AS _lk267e, CAST(COALESCE(g270.a, 0) AS BIGINT) AS _lk270v, CAST(COALESCE(g277.a, 0) AS BIGINT) AS _lk277v FROM niva237_9 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k237, SUM(CASE WHEN p._lk269v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva268_1 p GROUP BY p.sak_id, p.nr, p.k237) g270 ON g270.sak_id = p.sak_id AND g270.nr = p.nr AND g270.k237 = p.k237 LEFT JOIN (SELECT p.sak_id, p.nr, p.k237, SUM(CASE WHEN p._lk276v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva271_3 p GROUP BY p.sak_id, p.nr, p.k237) g277 ON g277.sak_id = p.sak_id AND g277.nr = p.nr AND g277.k237 = p.k237
),
niva237_11 AS (
  SELECT p.*, ((p._lk270v > CAST(0 AS BIGINT)) AND (p._lk277v <> CAST(1 AS BIGINT))) AS _lk278v FROM niva237_10 p
),
niva237_12 AS (
  SELECT p.*, CASE WHEN p._lk278v THEN 2 END AS _lk279v, CASE WHEN TRUE THEN 1 END AS _lk280v FROM niva237_11 p
),
niva268_2 AS (
  SELECT p.*, 1 AS _lk282v FROM niva268_1 p
),
sak__voksne_19 AS (
  SELECT p.*, CAST(p._lk231v + p._lk235v AS DECIMAL(18,2)) AS _lk236v, CASE WHEN p._lk231u IS NULL THEN p._lk235u WHEN p._lk235u IS NULL THEN p._lk231u ELSE array_join(array_union(split(p._lk231u, chr(30)), split(p._lk235u, chr(30))), chr(30)) END AS _lk236u, COALESCE(p._lk231e, p._lk235e) AS _lk236e, c._lk186v AS _lk186v, c._lk186u AS _lk186u FROM sak__voksne_18 p JOIN sak_48 c ON c.sak_id = p.sak_id
),
niva268_3 AS (
  SELECT p.*, c._lk0v AS _lk0v FROM niva268_2 p JOIN niva237_12 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k237 = p.k237
),
niva268_4 AS (
  SELECT p.*, CASE WHEN p._lk0v >= p.`fødselsdato` THEN CAST(year(p._lk0v) AS BIGINT) - CAST(year(p.`fødselsdato`) AS BIGINT) - CASE WHEN CAST(month(p._lk0v) AS BIGINT) * 100 + CAST(day(p._lk0v) AS BIGINT) < CAST(month(p.`fødselsdato`) AS BIGINT) * 100 + CAST(day(p.`fødselsdato`) AS BIGINT) THEN 1 ELSE 0 END END AS _lk284v, CASE WHEN p._lk0v < p.`fødselsdato` THEN 'Alderen kan ikke regnes ut: fødselsdatoen ' || date_format(p.`fødselsdato`, 'yyyy-MM-dd') || ' er etter ' || date_format(p._lk0v, 'yyyy-MM-dd') || ', datoen alderen regnes på' END AS _lk284u FROM niva268_3 p
),
niva268_5 AS (
  SELECT p.*, (p._lk284v < CAST(18 AS BIGINT)) AS _lk285v, p._lk284u AS _lk285u FROM niva268_4 p
),
niva237_13 AS (
  SELECT p.*, CASE WHEN CASE WHEN p._lk279v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk279v, p._lk280v) END AS _lk281v, CASE WHEN p._lk279v IS NULL THEN NULL END AS _lk281u, CAST(COALESCE(g283.a, 0) AS BIGINT) AS _lk283v, c._lk186v AS _lk186v, c._lk186u AS _lk186u, CASE WHEN COALESCE(g286.a, 0) = 1 THEN (COALESCE(g286.a, 0) = 1) WHEN r286.u IS NULL THEN (COALESCE(g286.a, 0) = 1) END AS _lk286v, CASE WHEN COALESCE(g286.a, 0) = 1 THEN NULL ELSE r286.u END AS _lk286u FROM niva237_12 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k237, SUM(CASE WHEN p._lk282v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva268_2 p GROUP BY p.sak_id, p.nr, p.k237) g283 ON g283.sak_id = p.sak_id AND g283.nr = p.nr AND g283.k237 = p.k237 JOIN sak__voksne_19 c ON c.sak_id = p.sak_id AND c.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, p.k237, MAX(CASE WHEN p._lk285v = TRUE THEN 1 ELSE 0 END) AS a FROM niva268_5 p GROUP BY p.sak_id, p.nr, p.k237) g286 ON g286.sak_id = p.sak_id AND g286.nr = p.nr AND g286.k237 = p.k237 LEFT JOIN (SELECT p.sak_id, p.nr, p.k237, nullif(array_join(array_distinct(flatten(transform(array_sort(collect_list(CASE WHEN p._lk285u IS NOT NULL THEN struct(p.k268 AS o, p._lk285u AS r) END)), x -> split(x.r, chr(30))))), chr(30)), '') AS u FROM niva268_5 p WHERE p._lk285u IS NOT NULL GROUP BY p.sak_id, p.nr, p.k237) r286 ON r286.sak_id = p.sak_id AND r286.nr = p.nr AND r286.k237 = p.k237
),
niva237_14 AS (
  SELECT p.*, CASE (p._lk283v = CAST(0 AS BIGINT)) WHEN TRUE THEN p._lk186v WHEN FALSE THEN p._lk286v END AS _lk287v, CASE (p._lk283v = CAST(0 AS BIGINT)) WHEN TRUE THEN p._lk186u WHEN FALSE THEN p._lk286u ELSE NULL END AS _lk287u FROM niva237_13 p
),
niva237_15 AS (
  SELECT p.*, ((p.`arbeidsart` <> 'annet_arbeid') AND p._lk287v) AS _lk288v, CASE WHEN ((p.`arbeidsart` <> 'annet_arbeid') AND p._lk287v) IS NULL THEN p._lk287u END AS _lk288u FROM niva237_14 p
),
niva237_16 AS (
  SELECT p.*, CASE p._lk281v WHEN 1 THEN p._lk288v WHEN 2 THEN NULL END AS _lk289v, COALESCE(p._lk281u, CASE p._lk281v WHEN 1 THEN p._lk288u WHEN 2 THEN 'En arbeidsinntekt er knyttet til et barn som ikke er med i søknaden, til flere barn, eller til barn med de samme opplysningene; inntekten må knyttes til nøyaktig ett barn' END) AS _lk289u, CASE WHEN p._lk281u IS NULL AND p._lk281v IS NULL THEN 'LK700100058' || 'Ingen definisjon av «barns_arbeid_i_fritid_og_ferier» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk289e FROM niva237_15 p
),
niva237_17 AS (
  SELECT p.*, ((p.`art` = 'barns_arbeidsinntekt') AND p._lk289v) AS _lk290v, CASE WHEN ((p.`art` = 'barns_arbeidsinntekt') AND p._lk289v) IS NULL THEN p._lk289u END AS _lk290u, CASE WHEN (p.`art` = 'barns_arbeidsinntekt') = FALSE THEN NULL ELSE p._lk289e END AS _lk290e, (p.`art` IN ('barnetrygd', 'utvidet_barnetrygd', 'småbarnstillegg')) AS _lk291v FROM niva237_16 p
),
niva237_18 AS (
  SELECT p.*, CASE WHEN (p.`art` = 'kontantstøtte') THEN 2 END AS _lk292v FROM niva237_17 p
),
niva237_19 AS (
  SELECT p.*, CASE WHEN (p.`art` = 'utenlandsk_barnetrygd') THEN 3 END AS _lk293v FROM niva237_18 p
),
niva237_20 AS (
  SELECT p.*, CASE WHEN CASE WHEN (DATE '2016-01-01' <= p._lk0v) THEN p._lk290v ELSE FALSE END THEN 4 END AS _lk294v, CASE WHEN CASE WHEN (DATE '2016-01-01' <= p._lk0v) THEN p._lk290v ELSE FALSE END IS NULL THEN CASE WHEN (DATE '2016-01-01' <= p._lk0v) THEN p._lk290u END END AS _lk294u, CASE WHEN (DATE '2016-01-01' <= p._lk0v) THEN p._lk290e END AS _lk294e FROM niva237_19 p
),
niva237_21 AS (
  SELECT p.*, CASE WHEN CASE WHEN (DATE '2022-09-01' <= p._lk0v) THEN p._lk291v ELSE FALSE END THEN 5 END AS _lk295v FROM niva237_20 p
),
niva237_22 AS (
  SELECT p.*, COALESCE(p._lk292v, p._lk293v, p._lk294v, p._lk295v) AS _lk296v, p._lk294u AS _lk296u, CASE WHEN p._lk293v IS NOT NULL AND p._lk292v IS NOT NULL THEN CASE WHEN p._lk292v = 2 AND p._lk293v = 3 THEN 'LK700200059' || 'Motstrid i «teller_som_inntekt»: både unntaket «kontantstøtte» og unntaket «utenlandsk_barnetrygd» gjelder, og ingen av dem er unntak fra den andre' END WHEN p._lk294e IS NOT NULL THEN p._lk294e WHEN p._lk294v IS NOT NULL AND COALESCE(p._lk292v, p._lk293v) IS NOT NULL THEN CASE WHEN COALESCE(p._lk292v, p._lk293v) = 2 AND p._lk294v = 4 THEN 'LK700200060' || 'Motstrid i «teller_som_inntekt»: både unntaket «kontantstøtte» og unntaket «barns_arbeidsinntekt» gjelder, og ingen av dem er unntak fra den andre' WHEN COALESCE(p._lk292v, p._lk293v) = 3 AND p._lk294v = 4 THEN 'LK700200061' || 'Motstrid i «teller_som_inntekt»: både unntaket «utenlandsk_barnetrygd» og unntaket «barns_arbeidsinntekt» gjelder, og ingen av dem er unntak fra den andre' END WHEN p._lk295v IS NOT NULL AND COALESCE(p._lk292v, p._lk293v, p._lk294v) IS NOT NULL THEN CASE WHEN COALESCE(p._lk292v, p._lk293v, p._lk294v) = 2 AND p._lk295v = 5 THEN 'LK700200062' || 'Motstrid i «teller_som_inntekt»: både unntaket «kontantstøtte» og unntaket «barnetrygd» gjelder, og ingen av dem er unntak fra den andre' WHEN COALESCE(p._lk292v, p._lk293v, p._lk294v) = 3 AND p._lk295v = 5 THEN 'LK700200063' || 'Motstrid i «teller_som_inntekt»: både unntaket «utenlandsk_barnetrygd» og unntaket «barnetrygd» gjelder, og ingen av dem er unntak fra den andre' WHEN COALESCE(p._lk292v, p._lk293v, p._lk294v) = 4 AND p._lk295v = 5 THEN 'LK700200064' || 'Motstrid i «teller_som_inntekt»: både unntaket «barns_arbeidsinntekt» og unntaket «barnetrygd» gjelder, og ingen av dem er unntak fra den andre' END END AS _lk296e, CASE WHEN TRUE THEN 1 END AS _lk297v FROM niva237_21 p
),
niva237_23 AS (
  SELECT p.*, CASE WHEN COALESCE(p._lk296u, CASE WHEN p._lk296v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk296v, p._lk297v) END AS _lk298v, COALESCE(p._lk296u, CASE WHEN p._lk296v IS NULL THEN NULL END) AS _lk298u, TRUE AS _lk299v FROM niva237_22 p
),
niva237_24 AS (
  SELECT p.*, CASE p._lk298v WHEN 1 THEN TRUE WHEN 2 THEN TRUE WHEN 3 THEN p._lk299v WHEN 4 THEN FALSE WHEN 5 THEN FALSE END AS _lk300v, p._lk298u AS _lk300u, COALESCE(p._lk296e, CASE WHEN p._lk298u IS NULL AND p._lk298v IS NULL THEN 'LK700100065' || 'Ingen definisjon av «teller_som_inntekt» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END) AS _lk300e FROM niva237_23 p
),
sak__voksne_20 AS (
  SELECT p.*, p.nr AS _lk302v FROM sak__voksne_19 p
),
sak__voksne_21 AS (
  SELECT p.*, p.`fødselsdato` AS _lk303v FROM sak__voksne_20 p
),
niva237_25 AS (
  SELECT p.*, (p._lk267v AND p._lk300v) AS _lk301v, CASE WHEN (p._lk267v AND p._lk300v) IS NULL THEN CASE WHEN p._lk267u IS NULL THEN p._lk300u WHEN p._lk300u IS NULL THEN p._lk267u ELSE array_join(array_union(split(p._lk267u, chr(30)), split(p._lk300u, chr(30))), chr(30)) END END AS _lk301u, COALESCE(p._lk267e, CASE WHEN p._lk267v = FALSE THEN NULL ELSE p._lk300e END) AS _lk301e, c._lk302v AS _lk302v FROM niva237_24 p JOIN sak__voksne_20 c ON c.sak_id = p.sak_id AND c.nr = p.nr
),
niva237_26 AS (
  SELECT p.*, c._lk303v AS _lk303v FROM niva237_25 p JOIN sak__voksne_21 c ON c.sak_id = p.sak_id AND c.nr = p.nr
),
niva238_3 AS (
  SELECT p.*, c._lk303v AS _lk303v FROM niva238_2 p JOIN niva237_26 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k237 = p.k237
),
niva238_4 AS (
  SELECT p.*, (p.`fødselsdato` = p._lk303v) AS _lk304v FROM niva238_3 p
),
niva237_27 AS (
  SELECT p.*, (COALESCE(g305.a, 0) = 1) AS _lk305v FROM niva237_26 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k237, MAX(CASE WHEN p._lk304v = TRUE THEN 1 ELSE 0 END) AS a FROM niva238_4 p GROUP BY p.sak_id, p.nr, p.k237) g305 ON g305.sak_id = p.sak_id AND g305.nr = p.nr AND g305.k237 = p.k237
),
niva237_28 AS (
  SELECT p.*, CASE p._lk254v WHEN TRUE THEN p._lk305v WHEN FALSE THEN (p._lk302v = CAST(1 AS BIGINT)) END AS _lk306v, CASE p._lk254v WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk254u END AS _lk306u, p._lk254e AS _lk306e FROM niva237_27 p
),
niva237_29 AS (
  SELECT p.*, (p._lk301v AND p._lk306v) AS _lk307v, CASE WHEN (p._lk301v AND p._lk306v) IS NULL THEN CASE WHEN p._lk301u IS NULL THEN p._lk306u WHEN p._lk306u IS NULL THEN p._lk301u ELSE array_join(array_union(split(p._lk301u, chr(30)), split(p._lk306u, chr(30))), chr(30)) END END AS _lk307u, COALESCE(p._lk301e, CASE WHEN p._lk301v = FALSE THEN NULL ELSE p._lk306e END) AS _lk307e FROM niva237_28 p
),
niva237_30 AS (
  SELECT p.*, CASE WHEN p._lk307v THEN p.`beløp` END AS _lk308v, CASE WHEN p._lk307v IS NULL THEN p._lk307u END AS _lk308u, p._lk307e AS _lk308e FROM niva237_29 p
),
sak__voksne_22 AS (
  SELECT p.*, CASE WHEN r309.u IS NULL THEN CAST(COALESCE(g309.a, 0) AS DECIMAL(18,2)) END AS _lk309v, r309.u AS _lk309u, r309.e AS _lk309e, p.nr AS _lk311v FROM sak__voksne_21 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(p._lk308v) AS a FROM niva237_30 p GROUP BY p.sak_id, p.nr) g309 ON g309.sak_id = p.sak_id AND g309.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, min_by(p._lk308u, CASE WHEN p._lk308u IS NOT NULL THEN p.k237 END) AS u, min_by(p._lk308e, CASE WHEN p._lk308e IS NOT NULL THEN p.k237 END) AS e FROM niva237_30 p WHERE p._lk308u IS NOT NULL OR p._lk308e IS NOT NULL GROUP BY p.sak_id, p.nr) r309 ON r309.sak_id = p.sak_id AND r309.nr = p.nr
),
sak__voksne_23 AS (
  SELECT p.*, p.`fødselsdato` AS _lk312v FROM sak__voksne_22 p
),
niva237_31 AS (
  SELECT p.*, (p._lk262v AND p._lk266v) AS _lk310v, CASE WHEN (p._lk262v AND p._lk266v) IS NULL THEN CASE WHEN p._lk262u IS NULL THEN p._lk266u WHEN p._lk266u IS NULL THEN p._lk262u ELSE array_join(array_union(split(p._lk262u, chr(30)), split(p._lk266u, chr(30))), chr(30)) END END AS _lk310u, COALESCE(p._lk262e, CASE WHEN p._lk262v = FALSE THEN NULL ELSE p._lk266e END) AS _lk310e, c._lk311v AS _lk311v FROM niva237_30 p JOIN sak__voksne_22 c ON c.sak_id = p.sak_id AND c.nr = p.nr
),
niva237_32 AS (
  SELECT p.*, c._lk312v AS _lk312v FROM niva237_31 p JOIN sak__voksne_23 c ON c.sak_id = p.sak_id AND c.nr = p.nr
),
niva238_5 AS (
  SELECT p.*, c._lk312v AS _lk312v FROM niva238_4 p JOIN niva237_32 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k237 = p.k237
),
niva238_6 AS (
  SELECT p.*, (p.`fødselsdato` = p._lk312v) AS _lk313v FROM niva238_5 p
),
niva237_33 AS (
  SELECT p.*, (COALESCE(g314.a, 0) = 1) AS _lk314v FROM niva237_32 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k237, MAX(CASE WHEN p._lk313v = TRUE THEN 1 ELSE 0 END) AS a FROM niva238_6 p GROUP BY p.sak_id, p.nr, p.k237) g314 ON g314.sak_id = p.sak_id AND g314.nr = p.nr AND g314.k237 = p.k237
),
niva237_34 AS (
  SELECT p.*, CASE p._lk254v WHEN TRUE THEN p._lk314v WHEN FALSE THEN (p._lk311v = CAST(1 AS BIGINT)) END AS _lk315v, CASE p._lk254v WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk254u END AS _lk315u, p._lk254e AS _lk315e FROM niva237_33 p
),
niva237_35 AS (
  SELECT p.*, (p._lk310v AND p._lk315v) AS _lk316v, CASE WHEN (p._lk310v AND p._lk315v) IS NULL THEN CASE WHEN p._lk310u IS NULL THEN p._lk315u WHEN p._lk315u IS NULL THEN p._lk310u ELSE array_join(array_union(split(p._lk310u, chr(30)), split(p._lk315u, chr(30))), chr(30)) END END AS _lk316u, COALESCE(p._lk310e, CASE WHEN p._lk310v = FALSE THEN NULL ELSE p._lk315e END) AS _lk316e, p.`beløp` AS _lk317v FROM niva237_34 p
),
niva237_36 AS (
  SELECT p.*, CASE WHEN p._lk316v THEN p._lk317v END AS _lk318v, CASE WHEN p._lk316v IS NULL THEN p._lk316u END AS _lk318u, p._lk316e AS _lk318e FROM niva237_35 p
),
sak__voksne_24 AS (
  SELECT p.*, CASE WHEN r319.u IS NULL THEN CAST(COALESCE(g319.a, 0) AS DECIMAL(18,2)) END AS _lk319v, r319.u AS _lk319u, r319.e AS _lk319e FROM sak__voksne_23 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(p._lk318v) AS a FROM niva237_36 p GROUP BY p.sak_id, p.nr) g319 ON g319.sak_id = p.sak_id AND g319.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, min_by(p._lk318u, CASE WHEN p._lk318u IS NOT NULL THEN p.k237 END) AS u, min_by(p._lk318e, CASE WHEN p._lk318e IS NOT NULL THEN p.k237 END) AS e FROM niva237_36 p WHERE p._lk318u IS NOT NULL OR p._lk318e IS NOT NULL GROUP BY p.sak_id, p.nr) r319 ON r319.sak_id = p.sak_id AND r319.nr = p.nr
),
sak__voksne_25 AS (
  SELECT p.*, CAST(p._lk309v + p._lk319v AS DECIMAL(18,2)) AS _lk320v, CASE WHEN p._lk309u IS NULL THEN p._lk319u WHEN p._lk319u IS NULL THEN p._lk309u ELSE array_join(array_union(split(p._lk309u, chr(30)), split(p._lk319u, chr(30))), chr(30)) END AS _lk320u, COALESCE(p._lk309e, p._lk319e) AS _lk320e FROM sak__voksne_24 p
),
sak__voksne_26 AS (
  SELECT p.*, CAST(p._lk236v - p._lk320v AS DECIMAL(18,2)) AS _lk321v, CASE WHEN p._lk236u IS NULL THEN p._lk320u WHEN p._lk320u IS NULL THEN p._lk236u ELSE array_join(array_union(split(p._lk236u, chr(30)), split(p._lk320u, chr(30))), chr(30)) END AS _lk321u, COALESCE(p._lk236e, p._lk320e) AS _lk321e FROM sak__voksne_25 p
),
sak__voksne_27 AS (
  SELECT p.*, CASE WHEN CAST(0 AS DECIMAL(18,2)) IS NULL OR p._lk321v IS NULL THEN NULL WHEN p._lk321v > CAST(0 AS DECIMAL(18,2)) THEN p._lk321v ELSE CAST(0 AS DECIMAL(18,2)) END AS _lk322v, p._lk321u AS _lk322u, p._lk321e AS _lk322e FROM sak__voksne_26 p
),
sak_49 AS (
  SELECT p.*, CASE WHEN r323.u IS NULL THEN CAST(COALESCE(g323.a, 0) AS DECIMAL(18,2)) END AS _lk323v, r323.u AS _lk323u, r323.e AS _lk323e FROM sak_48 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk322v) AS a FROM sak__voksne_27 p GROUP BY p.sak_id) g323 ON g323.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk322u, CASE WHEN p._lk322u IS NOT NULL THEN p.nr END) AS u, min_by(p._lk322e, CASE WHEN p._lk322e IS NOT NULL THEN p.nr END) AS e FROM sak__voksne_27 p WHERE p._lk322u IS NOT NULL OR p._lk322e IS NOT NULL GROUP BY p.sak_id) r323 ON r323.sak_id = p.sak_id
),
sak_50 AS (
  SELECT p.*, CASE p._lk28v WHEN 1 THEN p._lk213v WHEN 2 THEN p._lk323v WHEN 3 THEN NULL END AS _lk324v, COALESCE(p._lk28u, CASE p._lk28v WHEN 1 THEN p._lk213u WHEN 2 THEN p._lk323u WHEN 3 THEN 'Samboerne har ikke felles økonomi; hver av dem vurderes i sin egen sak som enslig (sivilstand enslig)' END) AS _lk324u, COALESCE(p._lk26e, CASE WHEN p._lk28u IS NULL AND p._lk28v IS NULL THEN 'LK700100004' || 'Ingen definisjon av «stønad» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk28v WHEN 1 THEN p._lk213e WHEN 2 THEN p._lk323e END) AS _lk324e, CAST(0 AS DECIMAL(18,2)) AS _lk325v FROM sak_49 p
),
sak_51 AS (
  SELECT p.*, CAST(p._lk324v + p._lk325v AS DECIMAL(18,2)) AS _lk326v, p._lk324u AS _lk326u, p._lk324e AS _lk326e FROM sak_50 p
),
sak_52 AS (
  SELECT p.*, CASE (p._lk326v > CAST(0 AS DECIMAL(18,2))) WHEN TRUE THEN 'innvilget' WHEN FALSE THEN 'avslag' END AS _lk327v, CASE (p._lk326v > CAST(0 AS DECIMAL(18,2))) WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk326u END AS _lk327u, p._lk326e AS _lk327e FROM sak_51 p
),
sak__inntekter_29 AS (
  SELECT p.*, (p._lk162v AND (NOT p._lk166v)) AS _lk329v, CASE WHEN (p._lk162v AND (NOT p._lk166v)) IS NULL THEN CASE WHEN p._lk162u IS NULL THEN p._lk166u WHEN p._lk166u IS NULL THEN p._lk162u ELSE array_join(array_union(split(p._lk162u, chr(30)), split(p._lk166u, chr(30))), chr(30)) END END AS _lk329u, COALESCE(p._lk162e, CASE WHEN p._lk162v = FALSE THEN NULL ELSE p._lk166e END) AS _lk329e FROM sak__inntekter_28 p
),
sak__inntekter_30 AS (
  SELECT p.*, (p._lk329v AND (NOT p._lk203v)) AS _lk330v, CASE WHEN (p._lk329v AND (NOT p._lk203v)) IS NULL THEN CASE WHEN p._lk329u IS NULL THEN p._lk203u WHEN p._lk203u IS NULL THEN p._lk329u ELSE array_join(array_union(split(p._lk329u, chr(30)), split(p._lk203u, chr(30))), chr(30)) END END AS _lk330u, COALESCE(p._lk329e, CASE WHEN p._lk329v = FALSE THEN NULL ELSE p._lk203e END) AS _lk330e FROM sak__inntekter_29 p
),
sak__inntekter_31 AS (
  SELECT p.*, CASE WHEN p._lk330v THEN p.`beløp` END AS _lk331v, CASE WHEN p._lk330v IS NULL THEN p._lk330u END AS _lk331u, p._lk330e AS _lk331e FROM sak__inntekter_30 p
),
sak__voksne_28 AS (
  SELECT p.*, CASE WHEN p._lk0v >= p.`fødselsdato` THEN CAST(year(p._lk0v) AS BIGINT) - CAST(year(p.`fødselsdato`) AS BIGINT) - CASE WHEN CAST(month(p._lk0v) AS BIGINT) * 100 + CAST(day(p._lk0v) AS BIGINT) < CAST(month(p.`fødselsdato`) AS BIGINT) * 100 + CAST(day(p.`fødselsdato`) AS BIGINT) THEN 1 ELSE 0 END END AS _lk333v, CASE WHEN p._lk0v < p.`fødselsdato` THEN 'Alderen kan ikke regnes ut: fødselsdatoen ' || date_format(p.`fødselsdato`, 'yyyy-MM-dd') || ' er etter ' || date_format(p._lk0v, 'yyyy-MM-dd') || ', datoen alderen regnes på' END AS _lk333u, CASE WHEN (p.`sak.sivilstand` = 'bofellesskap') THEN 2 END AS _lk334v, CASE WHEN TRUE THEN 1 END AS _lk335v FROM sak__voksne_27 p
),
sak_53 AS (
  SELECT p.*, CASE p._lk18v WHEN 1 THEN p._lk327v WHEN 2 THEN 'foreløpig_beregning' END AS _lk328v, COALESCE(p._lk18u, CASE p._lk18v WHEN 1 THEN p._lk327u END) AS _lk328u, COALESCE(p._lk16e, CASE WHEN p._lk18u IS NULL AND p._lk18v IS NULL THEN 'LK700100002' || 'Ingen definisjon av «utfall» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk18v WHEN 1 THEN p._lk327e END) AS _lk328e, CASE WHEN r332.u IS NULL THEN CAST(COALESCE(g332.a, 0) AS DECIMAL(18,2)) END AS _lk332v, r332.u AS _lk332u, r332.e AS _lk332e, (p._lk324v > CAST(0 AS DECIMAL(18,2))) AS _lk337v, p._lk324u AS _lk337u, p._lk324e AS _lk337e FROM sak_52 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk331v) AS a FROM sak__inntekter_31 p GROUP BY p.sak_id) g332 ON g332.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk331u, CASE WHEN p._lk331u IS NOT NULL THEN p.nr END) AS u, min_by(p._lk331e, CASE WHEN p._lk331e IS NOT NULL THEN p.nr END) AS e FROM sak__inntekter_31 p WHERE p._lk331u IS NOT NULL OR p._lk331e IS NOT NULL GROUP BY p.sak_id) r332 ON r332.sak_id = p.sak_id
),
niva338_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k338, l.`fødselsdato`, l.`utdanning` FROM sak__voksne_0 pp JOIN (SELECT sak_id, nr AS n, `fødselsdato`, COALESCE(`utdanning`, 'ingen') AS `utdanning` FROM sak__voksne) l ON l.sak_id = pp.sak_id
),
sak__voksne_29 AS (
  SELECT p.*, CASE WHEN CASE WHEN p._lk334v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk334v, p._lk335v) END AS _lk336v, CASE WHEN p._lk334v IS NULL THEN NULL END AS _lk336u, c._lk337v AS _lk337v, c._lk337u AS _lk337u, c._lk337e AS _lk337e, p.`fødselsdato` AS _lk339v FROM sak__voksne_28 p JOIN sak_53 c ON c.sak_id = p.sak_id
),
sak__voksne_30 AS (
  SELECT p.*, p.`utdanning` AS _lk340v FROM sak__voksne_29 p
),
niva338_1 AS (
  SELECT p.*, c._lk339v AS _lk339v FROM niva338_0 p JOIN sak__voksne_29 c ON c.sak_id = p.sak_id AND c.nr = p.nr
),
niva338_2 AS (
  SELECT p.*, c._lk340v AS _lk340v FROM niva338_1 p JOIN sak__voksne_30 c ON c.sak_id = p.sak_id AND c.nr = p.nr
),
niva338_3 AS (
  SELECT p.*, (p.`fødselsdato` = p._lk339v AND p.`utdanning` = p._lk340v) AS _lk341v, c._lk219v AS _lk219v, c._lk219u AS _lk219u, c._lk219e AS _lk219e, c._lk225v AS _lk225v, c._lk225e AS _lk225e, c._lk229v AS _lk229v, c._lk229e AS _lk229e FROM niva338_2 p JOIN sak__voksne_30 c ON c.sak_id = p.sak_id AND c.nr = p.nr
),
niva338_4 AS (
  SELECT p.*, CASE (p.k338 = CAST(1 AS BIGINT)) WHEN TRUE THEN p._lk229v WHEN FALSE THEN CAST(0 AS DECIMAL(18,2)) END AS _lk342v, CASE (p.k338 = CAST(1 AS BIGINT)) WHEN TRUE THEN p._lk229e WHEN FALSE THEN NULL END AS _lk342e FROM niva338_3 p
),
niva338_5 AS (
  SELECT p.*, CAST(p._lk219v + CAST(p._lk225v + p._lk342v AS DECIMAL(18,2)) AS DECIMAL(18,2)) AS _lk343v, p._lk219u AS _lk343u, COALESCE(p._lk219e, COALESCE(p._lk225e, p._lk342e)) AS _lk343e, c._lk85v AS _lk85v, c._lk85u AS _lk85u, c._lk85e AS _lk85e, c._lk59v AS _lk59v, c._lk59u AS _lk59u, c._lk59e AS _lk59e FROM niva338_4 p JOIN sak__voksne_30 c ON c.sak_id = p.sak_id AND c.nr = p.nr
),
niva338_6 AS (
  SELECT p.*, CAST(p._lk85v - p._lk59v AS DECIMAL(18,2)) AS _lk344v, CASE WHEN p._lk85u IS NULL THEN p._lk59u WHEN p._lk59u IS NULL THEN p._lk85u ELSE array_join(array_union(split(p._lk85u, chr(30)), split(p._lk59u, chr(30))), chr(30)) END AS _lk344u, COALESCE(p._lk85e, p._lk59e) AS _lk344e, c._lk108v AS _lk108v, c._lk108u AS _lk108u, c._lk108e AS _lk108e FROM niva338_5 p JOIN sak__voksne_30 c ON c.sak_id = p.sak_id AND c.nr = p.nr
),
niva338_7 AS (
  SELECT p.*, CAST(p._lk344v + p._lk108v AS DECIMAL(18,2)) AS _lk345v, CASE WHEN p._lk344u IS NULL THEN p._lk108u WHEN p._lk108u IS NULL THEN p._lk344u ELSE array_join(array_union(split(p._lk344u, chr(30)), split(p._lk108u, chr(30))), chr(30)) END AS _lk345u, COALESCE(p._lk344e, p._lk108e) AS _lk345e, c._lk136v AS _lk136v, c._lk136u AS _lk136u, c._lk136e AS _lk136e FROM niva338_6 p JOIN sak__voksne_30 c ON c.sak_id = p.sak_id AND c.nr = p.nr
),
niva338_8 AS (
  SELECT p.*, CAST(p._lk345v + p._lk136v AS DECIMAL(18,2)) AS _lk346v, CASE WHEN p._lk345u IS NULL THEN p._lk136u WHEN p._lk136u IS NULL THEN p._lk345u ELSE array_join(array_union(split(p._lk345u, chr(30)), split(p._lk136u, chr(30))), chr(30)) END AS _lk346u, COALESCE(p._lk345e, p._lk136e) AS _lk346e FROM niva338_7 p
),
niva338_9 AS (
  SELECT p.*, CASE (p.k338 = CAST(1 AS BIGINT)) WHEN TRUE THEN p._lk346v WHEN FALSE THEN CAST(0 AS DECIMAL(18,2)) END AS _lk347v, CASE (p.k338 = CAST(1 AS BIGINT)) WHEN TRUE THEN p._lk346u WHEN FALSE THEN NULL ELSE NULL END AS _lk347u, CASE (p.k338 = CAST(1 AS BIGINT)) WHEN TRUE THEN p._lk346e WHEN FALSE THEN NULL END AS _lk347e FROM niva338_8 p
),
niva349_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k338, l.n AS k349, l.`art`, l.`beløp`, l.`arbeidsart` FROM niva338_0 pp JOIN (SELECT sak_id, nr AS n, `art`, `beløp`, COALESCE(`arbeidsart`, 'ikke_oppgitt') AS `arbeidsart` FROM sak__inntekter) l ON l.sak_id = pp.sak_id
),
niva338_10 AS (
  SELECT p.*, CAST(p._lk343v + p._lk347v AS DECIMAL(18,2)) AS _lk348v, CASE WHEN p._lk343u IS NULL THEN p._lk347u WHEN p._lk347u IS NULL THEN p._lk343u ELSE array_join(array_union(split(p._lk343u, chr(30)), split(p._lk347u, chr(30))), chr(30)) END AS _lk348u, COALESCE(p._lk343e, p._lk347e) AS _lk348e, c._lk0v AS _lk0v FROM niva338_9 p JOIN sak__voksne_30 c ON c.sak_id = p.sak_id AND c.nr = p.nr
),
niva350_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k338, pp.k349, l.n AS k350, l.`fødselsdato` FROM niva349_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__tilhører) l ON l.sak_id = pp.sak_id AND l.m = pp.k349
),
niva350_1 AS (
  SELECT p.*, 1 AS _lk351v FROM niva350_0 p
),
niva353_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k338, pp.k349, l.n AS k353, l.`fødselsdato`, l.`utdanning` FROM niva349_0 pp JOIN (SELECT sak_id, nr + 0 * 1000000000 AS n, `fødselsdato`, COALESCE(`utdanning`, 'ingen') AS `utdanning` FROM sak__voksne UNION ALL SELECT sak_id, nr + 1 * 1000000000 AS n, `fødselsdato`, COALESCE(`utdanning`, 'ingen') AS `utdanning` FROM sak__myndige_barn_i_skole) l ON l.sak_id = pp.sak_id
),
niva354_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k338, pp.k349, pp.k353, l.n AS k354, l.`fødselsdato` FROM niva353_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__tilhører) l ON l.sak_id = pp.sak_id AND l.m = pp.k349
),
niva353_1 AS (
  SELECT p.*, p.`fødselsdato` AS _lk355v FROM niva353_0 p
),
niva354_1 AS (
  SELECT p.*, c._lk355v AS _lk355v FROM niva354_0 p JOIN niva353_1 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k338 = p.k338 AND c.k349 = p.k349 AND c.k353 = p.k353
),
niva354_2 AS (
  SELECT p.*, (p.`fødselsdato` = p._lk355v) AS _lk356v FROM niva354_1 p
),
niva353_2 AS (
  SELECT p.*, (COALESCE(g357.a, 0) = 1) AS _lk357v FROM niva353_1 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k338, p.k349, p.k353, MAX(CASE WHEN p._lk356v = TRUE THEN 1 ELSE 0 END) AS a FROM niva354_2 p GROUP BY p.sak_id, p.nr, p.k338, p.k349, p.k353) g357 ON g357.sak_id = p.sak_id AND g357.nr = p.nr AND g357.k338 = p.k338 AND g357.k349 = p.k349 AND g357.k353 = p.k353
),
niva353_3 AS (
  SELECT p.*, CASE WHEN p._lk357v THEN 1 END AS _lk358v FROM niva353_2 p
),
niva349_1 AS (
  SELECT p.*, c._lk0v AS _lk0v, CAST(COALESCE(g352.a, 0) AS BIGINT) AS _lk352v, CAST(COALESCE(g359.a, 0) AS BIGINT) AS _lk359v FROM niva349_0 p JOIN niva338_10 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k338 = p.k338 LEFT JOIN (SELECT p.sak_id, p.nr, p.k338, p.k349, SUM(CASE WHEN p._lk351v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva350_1 p GROUP BY p.sak_id, p.nr, p.k338, p.k349) g352 ON g352.sak_id = p.sak_id AND g352.nr = p.nr AND g352.k338 = p.k338 AND g352.k349 = p.k349 LEFT JOIN (SELECT p.sak_id, p.nr, p.k338, p.k349, SUM(CASE WHEN p._lk358v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva353_3 p GROUP BY p.sak_id, p.nr, p.k338, p.k349) g359 ON g359.sak_id = p.sak_id AND g359.nr = p.nr AND g359.k338 = p.k338 AND g359.k349 = p.k349
),
niva349_2 AS (
  SELECT p.*, ((p._lk352v > CAST(0 AS BIGINT)) AND (p._lk359v <> CAST(1 AS BIGINT))) AS _lk360v FROM niva349_1 p
),
niva349_3 AS (
  SELECT p.*, CASE WHEN p._lk360v THEN 2 END AS _lk361v, CASE WHEN TRUE THEN 1 END AS _lk362v FROM niva349_2 p
),
niva350_2 AS (
  SELECT p.*, 1 AS _lk364v FROM niva350_1 p
),
niva349_4 AS (
  SELECT p.*, CASE WHEN CASE WHEN p._lk361v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk361v, p._lk362v) END AS _lk363v, CASE WHEN p._lk361v IS NULL THEN NULL END AS _lk363u, CAST(COALESCE(g365.a, 0) AS BIGINT) AS _lk365v FROM niva349_3 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k338, p.k349, SUM(CASE WHEN p._lk364v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva350_2 p GROUP BY p.sak_id, p.nr, p.k338, p.k349) g365 ON g365.sak_id = p.sak_id AND g365.nr = p.nr AND g365.k338 = p.k338 AND g365.k349 = p.k349
),
niva367_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k338, pp.k349, l.n AS k367, l.`fødselsdato`, l.`utdanning` FROM niva349_0 pp JOIN (SELECT sak_id, nr AS n, `fødselsdato`, COALESCE(`utdanning`, 'ingen') AS `utdanning` FROM sak__myndige_barn_i_skole) l ON l.sak_id = pp.sak_id
),
niva368_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k338, pp.k349, pp.k367, l.n AS k368, l.`fødselsdato` FROM niva367_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__tilhører) l ON l.sak_id = pp.sak_id AND l.m = pp.k349
),
niva367_1 AS (
  SELECT p.*, p.`fødselsdato` AS _lk369v FROM niva367_0 p
),
niva368_1 AS (
  SELECT p.*, c._lk369v AS _lk369v FROM niva368_0 p JOIN niva367_1 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k338 = p.k338 AND c.k349 = p.k349 AND c.k367 = p.k367
),
niva368_2 AS (
  SELECT p.*, (p.`fødselsdato` = p._lk369v) AS _lk370v FROM niva368_1 p
),
niva367_2 AS (
  SELECT p.*, (COALESCE(g371.a, 0) = 1) AS _lk371v FROM niva367_1 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k338, p.k349, p.k367, MAX(CASE WHEN p._lk370v = TRUE THEN 1 ELSE 0 END) AS a FROM niva368_2 p GROUP BY p.sak_id, p.nr, p.k338, p.k349, p.k367) g371 ON g371.sak_id = p.sak_id AND g371.nr = p.nr AND g371.k338 = p.k338 AND g371.k349 = p.k349 AND g371.k367 = p.k367
),
niva349_5 AS (
  SELECT p.*, CASE p._lk363v WHEN 1 THEN (p._lk365v > CAST(0 AS BIGINT)) WHEN 2 THEN NULL END AS _lk366v, COALESCE(p._lk363u, CASE p._lk363v WHEN 2 THEN 'En inntekt er knyttet til en person som ikke er med i søknaden, til flere personer, eller til personer med de samme opplysningene; inntekten må knyttes til nøyaktig én voksen' END) AS _lk366u, CASE WHEN p._lk363u IS NULL AND p._lk363v IS NULL THEN 'LK700100067' || 'Ingen definisjon av «inntekt_har_eier» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk366e, (COALESCE(g372.a, 0) = 1) AS _lk372v FROM niva349_4 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k338, p.k349, MAX(CASE WHEN p._lk371v = TRUE THEN 1 ELSE 0 END) AS a FROM niva367_2 p GROUP BY p.sak_id, p.nr, p.k338, p.k349) g372 ON g372.sak_id = p.sak_id AND g372.nr = p.nr AND g372.k338 = p.k338 AND g372.k349 = p.k349
),
niva349_6 AS (
  SELECT p.*, CASE p._lk366v WHEN TRUE THEN p._lk372v WHEN FALSE THEN FALSE END AS _lk373v, CASE p._lk366v WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk366u END AS _lk373u, p._lk366e AS _lk373e FROM niva349_5 p
),
niva349_7 AS (
  SELECT p.*, (NOT p._lk373v) AS _lk374v, p._lk373u AS _lk374u, p._lk373e AS _lk374e, CASE WHEN (p.`art` IN ('formue', 'skatt_til_gode')) THEN 2 END AS _lk375v, CASE WHEN TRUE THEN 1 END AS _lk376v FROM niva349_6 p
),
niva349_8 AS (
  SELECT p.*, CASE WHEN CASE WHEN p._lk375v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk375v, p._lk376v) END AS _lk377v, CASE WHEN p._lk375v IS NULL THEN NULL END AS _lk377u FROM niva349_7 p
),
niva349_9 AS (
  SELECT p.*, CASE p._lk377v WHEN 1 THEN FALSE WHEN 2 THEN TRUE END AS _lk378v, p._lk377u AS _lk378u, CASE WHEN p._lk377u IS NULL AND p._lk377v IS NULL THEN 'LK700100068' || 'Ingen definisjon av «er_midler» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk378e FROM niva349_8 p
),
niva380_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k338, pp.k349, l.n AS k380, l.`fødselsdato` FROM niva349_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__gjelder_barn) l ON l.sak_id = pp.sak_id AND l.m = pp.k349
),
niva380_1 AS (
  SELECT p.*, 1 AS _lk381v FROM niva380_0 p
),
niva383_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k338, pp.k349, l.n AS k383, l.`fødselsdato` FROM niva349_0 pp JOIN (SELECT sak_id, nr AS n, `fødselsdato` FROM sak__barn) l ON l.sak_id = pp.sak_id
),
niva384_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k338, pp.k349, pp.k383, l.n AS k384, l.`fødselsdato` FROM niva383_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__gjelder_barn) l ON l.sak_id = pp.sak_id AND l.m = pp.k349
),
niva383_1 AS (
  SELECT p.*, p.`fødselsdato` AS _lk385v FROM niva383_0 p
),
niva384_1 AS (
  SELECT p.*, c._lk385v AS _lk385v FROM niva384_0 p JOIN niva383_1 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k338 = p.k338 AND c.k349 = p.k349 AND c.k383 = p.k383
),
niva384_2 AS (
  SELECT p.*, (p._lk385v = p.`fødselsdato`) AS _lk386v FROM niva384_1 p
),
niva383_2 AS (
  SELECT p.*, (COALESCE(g387.a, 0) = 1) AS _lk387v FROM niva383_1 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k338, p.k349, p.k383, MAX(CASE WHEN p._lk386v = TRUE THEN 1 ELSE 0 END) AS a FROM niva384_2 p GROUP BY p.sak_id, p.nr, p.k338, p.k349, p.k383) g387 ON g387.sak_id = p.sak_id AND g387.nr = p.nr AND g387.k338 = p.k338 AND g387.k349 = p.k349 AND g387.k383 = p.k383
),
niva383_3 AS (
  SELECT p.*, CASE WHEN p._lk387v THEN 1 END AS _lk388v FROM niva383_2 p
),
niva349_10 AS (
  SELECT p.*, (p._lk374v AND (NOT p._lk378v)) AS _lk379v, CASE WHEN (p._lk374v AND (NOT p._lk378v)) IS NULL THEN CASE WHEN p._lk374u IS NULL THEN p._lk378u WHEN p._lk378u IS NULL THEN p._lk374u ELSE array_join(array_union(split(p._lk374u, chr(30)), split(p._lk378u, chr(30))), chr(30)) END END AS _lk379u, COALESCE(p._lk374e, CASE WHEN p._lk374v = FALSE THEN NULL ELSE p._lk378e END) AS _lk379e, CAST(COALESCE(g382.a, 0) AS BIGINT) AS _lk382v, CAST(COALESCE(g389.a, 0) AS BIGINT) AS _lk389v FROM niva349_9 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k338, p.k349, SUM(CASE WHEN p._lk381v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva380_1 p GROUP BY p.sak_id, p.nr, p.k338, p.k349) g382 ON g382.sak_id = p.sak_id AND g382.nr = p.nr AND g382.k338 = p.k338 AND g382.k349 = p.k349 LEFT JOIN (SELECT p.sak_id, p.nr, p.k338, p.k349, SUM(CASE WHEN p._lk388v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva383_3 p GROUP BY p.sak_id, p.nr, p.k338, p.k349) g389 ON g389.sak_id = p.sak_id AND g389.nr = p.nr AND g389.k338 = p.k338 AND g389.k349 = p.k349
),
niva349_11 AS (
  SELECT p.*, ((p._lk382v > CAST(0 AS BIGINT)) AND (p._lk389v <> CAST(1 AS BIGINT))) AS _lk390v FROM niva349_10 p
),
niva349_12 AS (
  SELECT p.*, CASE WHEN p._lk390v THEN 2 END AS _lk391v, CASE WHEN TRUE THEN 1 END AS _lk392v FROM niva349_11 p
),
niva380_2 AS (
  SELECT p.*, 1 AS _lk394v FROM niva380_1 p
),
niva338_11 AS (
  SELECT p.*, c._lk186v AS _lk186v, c._lk186u AS _lk186u FROM niva338_10 p JOIN sak__voksne_30 c ON c.sak_id = p.sak_id AND c.nr = p.nr
),
niva380_3 AS (
  SELECT p.*, c._lk0v AS _lk0v FROM niva380_2 p JOIN niva349_12 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k338 = p.k338 AND c.k349 = p.k349
),
niva380_4 AS (
  SELECT p.*, CASE WHEN p._lk0v >= p.`fødselsdato` THEN CAST(year(p._lk0v) AS BIGINT) - CAST(year(p.`fødselsdato`) AS BIGINT) - CASE WHEN CAST(month(p._lk0v) AS BIGINT) * 100 + CAST(day(p._lk0v) AS BIGINT) < CAST(month(p.`fødselsdato`) AS BIGINT) * 100 + CAST(day(p.`fødselsdato`) AS BIGINT) THEN 1 ELSE 0 END END AS _lk396v, CASE WHEN p._lk0v < p.`fødselsdato` THEN 'Alderen kan ikke regnes ut: fødselsdatoen ' || date_format(p.`fødselsdato`, 'yyyy-MM-dd') || ' er etter ' || date_format(p._lk0v, 'yyyy-MM-dd') || ', datoen alderen regnes på' END AS _lk396u FROM niva380_3 p
),
niva380_5 AS (
  SELECT p.*, (p._lk396v < CAST(18 AS BIGINT)) AS _lk397v, p._lk396u AS _lk397u FROM niva380_4 p
),
niva349_13 AS (
  SELECT p.*, CASE WHEN CASE WHEN p._lk391v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk391v, p._lk392v) END AS _lk393v, CASE WHEN p._lk391v IS NULL THEN NULL END AS _lk393u, CAST(COALESCE(g395.a, 0) AS BIGINT) AS _lk395v, c._lk186v AS _lk186v, c._lk186u AS _lk186u, CASE WHEN COALESCE(g398.a, 0) = 1 THEN (COALESCE(g398.a, 0) = 1) WHEN r398.u IS NULL THEN (COALESCE(g398.a, 0) = 1) END AS _lk398v, CASE WHEN COALESCE(g398.a, 0) = 1 THEN NULL ELSE r398.u END AS _lk398u FROM niva349_12 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k338, p.k349, SUM(CASE WHEN p._lk394v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva380_2 p GROUP BY p.sak_id, p.nr, p.k338, p.k349) g395 ON g395.sak_id = p.sak_id AND g395.nr = p.nr AND g395.k338 = p.k338 AND g395.k349 = p.k349 JOIN niva338_11 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k338 = p.k338 LEFT JOIN (SELECT p.sak_id, p.nr, p.k338, p.k349, MAX(CASE WHEN p._lk397v = TRUE THEN 1 ELSE 0 END) AS a FROM niva380_5 p GROUP BY p.sak_id, p.nr, p.k338, p.k349) g398 ON g398.sak_id = p.sak_id AND g398.nr = p.nr AND g398.k338 = p.k338 AND g398.k349 = p.k349 LEFT JOIN (SELECT p.sak_id, p.nr, p.k338, p.k349, nullif(array_join(array_distinct(flatten(transform(array_sort(collect_list(CASE WHEN p._lk397u IS NOT NULL THEN struct(p.k380 AS o, p._lk397u AS r) END)), x -> split(x.r, chr(30))))), chr(30)), '') AS u FROM niva380_5 p WHERE p._lk397u IS NOT NULL GROUP BY p.sak_id, p.nr, p.k338, p.k349) r398 ON r398.sak_id = p.sak_id AND r398.nr = p.nr AND r398.k338 = p.k338 AND r398.k349 = p.k349
),
niva349_14 AS (
  SELECT p.*, CASE (p._lk395v = CAST(0 AS BIGINT)) WHEN TRUE THEN p._lk186v WHEN FALSE THEN p._lk398v END AS _lk399v, CASE (p._lk395v = CAST(0 AS BIGINT)) WHEN TRUE THEN p._lk186u WHEN FALSE THEN p._lk398u ELSE NULL END AS _lk399u FROM niva349_13 p
),
niva349_15 AS (
  SELECT p.*, ((p.`arbeidsart` <> 'annet_arbeid') AND p._lk399v) AS _lk400v, CASE WHEN ((p.`arbeidsart` <> 'annet_arbeid') AND p._lk399v) IS NULL THEN p._lk399u END AS _lk400u FROM niva349_14 p
),
niva349_16 AS (
  SELECT p.*, CASE p._lk393v WHEN 1 THEN p._lk400v WHEN 2 THEN NULL END AS _lk401v, COALESCE(p._lk393u, CASE p._lk393v WHEN 1 THEN p._lk400u WHEN 2 THEN 'En arbeidsinntekt er knyttet til et barn som ikke er med i søknaden, til flere barn, eller til barn med de samme opplysningene; inntekten må knyttes til nøyaktig ett barn' END) AS _lk401u, CASE WHEN p._lk393u IS NULL AND p._lk393v IS NULL THEN 'LK700100069' || 'Ingen definisjon av «barns_arbeid_i_fritid_og_ferier» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk401e FROM niva349_15 p
),
niva349_17 AS (
  SELECT p.*, ((p.`art` = 'barns_arbeidsinntekt') AND p._lk401v) AS _lk402v, CASE WHEN ((p.`art` = 'barns_arbeidsinntekt') AND p._lk401v) IS NULL THEN p._lk401u END AS _lk402u, CASE WHEN (p.`art` = 'barns_arbeidsinntekt') = FALSE THEN NULL ELSE p._lk401e END AS _lk402e, (p.`art` IN ('barnetrygd', 'utvidet_barnetrygd', 'småbarnstillegg')) AS _lk403v FROM niva349_16 p
),
niva349_18 AS (
  SELECT p.*, CASE WHEN (p.`art` = 'kontantstøtte') THEN 2 END AS _lk404v FROM niva349_17 p
),
niva349_19 AS (
  SELECT p.*, CASE WHEN (p.`art` = 'utenlandsk_barnetrygd') THEN 3 END AS _lk405v FROM niva349_18 p
),
niva349_20 AS (
  SELECT p.*, CASE WHEN CASE WHEN (DATE '2016-01-01' <= p._lk0v) THEN p._lk402v ELSE FALSE END THEN 4 END AS _lk406v, CASE WHEN CASE WHEN (DATE '2016-01-01' <= p._lk0v) THEN p._lk402v ELSE FALSE END IS NULL THEN CASE WHEN (DATE '2016-01-01' <= p._lk0v) THEN p._lk402u END END AS _lk406u, CASE WHEN (DATE '2016-01-01' <= p._lk0v) THEN p._lk402e END AS _lk406e FROM niva349_19 p
),
niva349_21 AS (
  SELECT p.*, CASE WHEN CASE WHEN (DATE '2022-09-01' <= p._lk0v) THEN p._lk403v ELSE FALSE END THEN 5 END AS _lk407v FROM niva349_20 p
),
niva349_22 AS (
  SELECT p.*, COALESCE(p._lk404v, p._lk405v, p._lk406v, p._lk407v) AS _lk408v, p._lk406u AS _lk408u, CASE WHEN p._lk405v IS NOT NULL AND p._lk404v IS NOT NULL THEN CASE WHEN p._lk404v = 2 AND p._lk405v = 3 THEN 'LK700200070' || 'Motstrid i «teller_som_inntekt»: både unntaket «kontantstøtte» og unntaket «utenlandsk_barnetrygd» gjelder, og ingen av dem er unntak fra den andre' END WHEN p._lk406e IS NOT NULL THEN p._lk406e WHEN p._lk406v IS NOT NULL AND COALESCE(p._lk404v, p._lk405v) IS NOT NULL THEN CASE WHEN COALESCE(p._lk404v, p._lk405v) = 2 AND p._lk406v = 4 THEN 'LK700200071' || 'Motstrid i «teller_som_inntekt»: både unntaket «kontantstøtte» og unntaket «barns_arbeidsinntekt» gjelder, og ingen av dem er unntak fra den andre' WHEN COALESCE(p._lk404v, p._lk405v) = 3 AND p._lk406v = 4 THEN 'LK700200072' || 'Motstrid i «teller_som_inntekt»: både unntaket «utenlandsk_barnetrygd» og unntaket «barns_arbeidsinntekt» gjelder, og ingen av dem er unntak fra den andre' END WHEN p._lk407v IS NOT NULL AND COALESCE(p._lk404v, p._lk405v, p._lk406v) IS NOT NULL THEN CASE WHEN COALESCE(p._lk404v, p._lk405v, p._lk406v) = 2 AND p._lk407v = 5 THEN 'LK700200073' || 'Motstrid i «teller_som_inntekt»: både unntaket «kontantstøtte» og unntaket «barnetrygd» gjelder, og ingen av dem er unntak fra den andre' WHEN COALESCE(p._lk404v, p._lk405v, p._lk406v) = 3 AND p._lk407v = 5 THEN 'LK700200074' || 'Motstrid i «teller_som_inntekt»: både unntaket «utenlandsk_barnetrygd» og unntaket «barnetrygd» gjelder, og ingen av dem er unntak fra den andre' WHEN COALESCE(p._lk404v, p._lk405v, p._lk406v) = 4 AND p._lk407v = 5 THEN 'LK700200075' || 'Motstrid i «teller_som_inntekt»: både unntaket «barns_arbeidsinntekt» og unntaket «barnetrygd» gjelder, og ingen av dem er unntak fra den andre' END END AS _lk408e, CASE WHEN TRUE THEN 1 END AS _lk409v FROM niva349_21 p
),
niva349_23 AS (
  SELECT p.*, CASE WHEN COALESCE(p._lk408u, CASE WHEN p._lk408v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk408v, p._lk409v) END AS _lk410v, COALESCE(p._lk408u, CASE WHEN p._lk408v IS NULL THEN NULL END) AS _lk410u, TRUE AS _lk411v FROM niva349_22 p
),
niva349_24 AS (
  SELECT p.*, CASE p._lk410v WHEN 1 THEN TRUE WHEN 2 THEN TRUE WHEN 3 THEN p._lk411v WHEN 4 THEN FALSE WHEN 5 THEN FALSE END AS _lk412v, p._lk410u AS _lk412u, COALESCE(p._lk408e, CASE WHEN p._lk410u IS NULL AND p._lk410v IS NULL THEN 'LK700100076' || 'Ingen definisjon av «teller_som_inntekt» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END) AS _lk412e FROM niva349_23 p
),
niva338_12 AS (
  SELECT p.*, p.k338 AS _lk414v FROM niva338_11 p
),
niva338_13 AS (
  SELECT p.*, p.`fødselsdato` AS _lk415v FROM niva338_12 p
),
niva349_25 AS (
  SELECT p.*, (p._lk379v AND p._lk412v) AS _lk413v, CASE WHEN (p._lk379v AND p._lk412v) IS NULL THEN CASE WHEN p._lk379u IS NULL THEN p._lk412u WHEN p._lk412u IS NULL THEN p._lk379u ELSE array_join(array_union(split(p._lk379u, chr(30)), split(p._lk412u, chr(30))), chr(30)) END END AS _lk413u, COALESCE(p._lk379e, CASE WHEN p._lk379v = FALSE THEN NULL ELSE p._lk412e END) AS _lk413e, c._lk414v AS _lk414v FROM niva349_24 p JOIN niva338_12 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k338 = p.k338
),
niva349_26 AS (
  SELECT p.*, c._lk415v AS _lk415v FROM niva349_25 p JOIN niva338_13 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k338 = p.k338
),
niva350_3 AS (
  SELECT p.*, c._lk415v AS _lk415v FROM niva350_2 p JOIN niva349_26 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k338 = p.k338 AND c.k349 = p.k349
),
niva350_4 AS (
  SELECT p.*, (p.`fødselsdato` = p._lk415v) AS _lk416v FROM niva350_3 p
),
niva349_27 AS (
  SELECT p.*, (COALESCE(g417.a, 0) = 1) AS _lk417v FROM niva349_26 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k338, p.k349, MAX(CASE WHEN p._lk416v = TRUE THEN 1 ELSE 0 END) AS a FROM niva350_4 p GROUP BY p.sak_id, p.nr, p.k338, p.k349) g417 ON g417.sak_id = p.sak_id AND g417.nr = p.nr AND g417.k338 = p.k338 AND g417.k349 = p.k349
),
niva349_28 AS (
  SELECT p.*, CASE p._lk366v WHEN TRUE THEN p._lk417v WHEN FALSE THEN (p._lk414v = CAST(1 AS BIGINT)) END AS _lk418v, CASE p._lk366v WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk366u END AS _lk418u, p._lk366e AS _lk418e FROM niva349_27 p
),
niva349_29 AS (
  SELECT p.*, (p._lk413v AND p._lk418v) AS _lk419v, CASE WHEN (p._lk413v AND p._lk418v) IS NULL THEN CASE WHEN p._lk413u IS NULL THEN p._lk418u WHEN p._lk418u IS NULL THEN p._lk413u ELSE array_join(array_union(split(p._lk413u, chr(30)), split(p._lk418u, chr(30))), chr(30)) END END AS _lk419u, COALESCE(p._lk413e, CASE WHEN p._lk413v = FALSE THEN NULL ELSE p._lk418e END) AS _lk419e FROM niva349_28 p
),
niva349_30 AS (
  SELECT p.*, CASE WHEN p._lk419v THEN p.`beløp` END AS _lk420v, CASE WHEN p._lk419v IS NULL THEN p._lk419u END AS _lk420u, p._lk419e AS _lk420e FROM niva349_29 p
),
niva338_14 AS (
  SELECT p.*, CASE WHEN r421.u IS NULL THEN CAST(COALESCE(g421.a, 0) AS DECIMAL(18,2)) END AS _lk421v, r421.u AS _lk421u, r421.e AS _lk421e, p.k338 AS _lk423v FROM niva338_13 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k338, SUM(p._lk420v) AS a FROM niva349_30 p GROUP BY p.sak_id, p.nr, p.k338) g421 ON g421.sak_id = p.sak_id AND g421.nr = p.nr AND g421.k338 = p.k338 LEFT JOIN (SELECT p.sak_id, p.nr, p.k338, min_by(p._lk420u, CASE WHEN p._lk420u IS NOT NULL THEN p.k349 END) AS u, min_by(p._lk420e, CASE WHEN p._lk420e IS NOT NULL THEN p.k349 END) AS e FROM niva349_30 p WHERE p._lk420u IS NOT NULL OR p._lk420e IS NOT NULL GROUP BY p.sak_id, p.nr, p.k338) r421 ON r421.sak_id = p.sak_id AND r421.nr = p.nr AND r421.k338 = p.k338
),
niva338_15 AS (
  SELECT p.*, p.`fødselsdato` AS _lk424v FROM niva338_14 p
),
niva349_31 AS (
  SELECT p.*, (p._lk374v AND p._lk378v) AS _lk422v, CASE WHEN (p._lk374v AND p._lk378v) IS NULL THEN CASE WHEN p._lk374u IS NULL THEN p._lk378u WHEN p._lk378u IS NULL THEN p._lk374u ELSE array_join(array_union(split(p._lk374u, chr(30)), split(p._lk378u, chr(30))), chr(30)) END END AS _lk422u, COALESCE(p._lk374e, CASE WHEN p._lk374v = FALSE THEN NULL ELSE p._lk378e END) AS _lk422e, c._lk423v AS _lk423v FROM niva349_30 p JOIN niva338_14 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k338 = p.k338
),
niva349_32 AS (
  SELECT p.*, c._lk424v AS _lk424v FROM niva349_31 p JOIN niva338_15 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k338 = p.k338
),
niva350_5 AS (
  SELECT p.*, c._lk424v AS _lk424v FROM niva350_4 p JOIN niva349_32 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k338 = p.k338 AND c.k349 = p.k349
),
niva350_6 AS (
  SELECT p.*, (p.`fødselsdato` = p._lk424v) AS _lk425v FROM niva350_5 p
),
niva349_33 AS (
  SELECT p.*, (COALESCE(g426.a, 0) = 1) AS _lk426v FROM niva349_32 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k338, p.k349, MAX(CASE WHEN p._lk425v = TRUE THEN 1 ELSE 0 END) AS a FROM niva350_6 p GROUP BY p.sak_id, p.nr, p.k338, p.k349) g426 ON g426.sak_id = p.sak_id AND g426.nr = p.nr AND g426.k338 = p.k338 AND g426.k349 = p.k349
),
niva349_34 AS (
  SELECT p.*, CASE p._lk366v WHEN TRUE THEN p._lk426v WHEN FALSE THEN (p._lk423v = CAST(1 AS BIGINT)) END AS _lk427v, CASE p._lk366v WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk366u END AS _lk427u, p._lk366e AS _lk427e FROM niva349_33 p
),
niva349_35 AS (
  SELECT p.*, (p._lk422v AND p._lk427v) AS _lk428v, CASE WHEN (p._lk422v AND p._lk427v) IS NULL THEN CASE WHEN p._lk422u IS NULL THEN p._lk427u WHEN p._lk427u IS NULL THEN p._lk422u ELSE array_join(array_union(split(p._lk422u, chr(30)), split(p._lk427u, chr(30))), chr(30)) END END AS _lk428u, COALESCE(p._lk422e, CASE WHEN p._lk422v = FALSE THEN NULL ELSE p._lk427e END) AS _lk428e, p.`beløp` AS _lk429v FROM niva349_34 p
),
niva349_36 AS (
  SELECT p.*, CASE WHEN p._lk428v THEN p._lk429v END AS _lk430v, CASE WHEN p._lk428v IS NULL THEN p._lk428u END AS _lk430u, p._lk428e AS _lk430e FROM niva349_35 p
),
niva338_16 AS (
  SELECT p.*, CASE WHEN r431.u IS NULL THEN CAST(COALESCE(g431.a, 0) AS DECIMAL(18,2)) END AS _lk431v, r431.u AS _lk431u, r431.e AS _lk431e FROM niva338_15 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k338, SUM(p._lk430v) AS a FROM niva349_36 p GROUP BY p.sak_id, p.nr, p.k338) g431 ON g431.sak_id = p.sak_id AND g431.nr = p.nr AND g431.k338 = p.k338 LEFT JOIN (SELECT p.sak_id, p.nr, p.k338, min_by(p._lk430u, CASE WHEN p._lk430u IS NOT NULL THEN p.k349 END) AS u, min_by(p._lk430e, CASE WHEN p._lk430e IS NOT NULL THEN p.k349 END) AS e FROM niva349_36 p WHERE p._lk430u IS NOT NULL OR p._lk430e IS NOT NULL GROUP BY p.sak_id, p.nr, p.k338) r431 ON r431.sak_id = p.sak_id AND r431.nr = p.nr AND r431.k338 = p.k338
),
niva338_17 AS (
  SELECT p.*, CAST(p._lk421v + p._lk431v AS DECIMAL(18,2)) AS _lk432v, CASE WHEN p._lk421u IS NULL THEN p._lk431u WHEN p._lk431u IS NULL THEN p._lk421u ELSE array_join(array_union(split(p._lk421u, chr(30)), split(p._lk431u, chr(30))), chr(30)) END AS _lk432u, COALESCE(p._lk421e, p._lk431e) AS _lk432e FROM niva338_16 p
),
niva338_18 AS (
  SELECT p.*, CAST(p._lk348v - p._lk432v AS DECIMAL(18,2)) AS _lk433v, CASE WHEN p._lk348u IS NULL THEN p._lk432u WHEN p._lk432u IS NULL THEN p._lk348u ELSE array_join(array_union(split(p._lk348u, chr(30)), split(p._lk432u, chr(30))), chr(30)) END AS _lk433u, COALESCE(p._lk348e, p._lk432e) AS _lk433e FROM niva338_17 p
),
niva338_19 AS (
  SELECT p.*, CASE WHEN CAST(0 AS DECIMAL(18,2)) IS NULL OR p._lk433v IS NULL THEN NULL WHEN p._lk433v > CAST(0 AS DECIMAL(18,2)) THEN p._lk433v ELSE CAST(0 AS DECIMAL(18,2)) END AS _lk434v, p._lk433u AS _lk434u, p._lk433e AS _lk434e FROM niva338_18 p
),
niva338_20 AS (
  SELECT p.*, (p._lk341v AND (p._lk434v > CAST(0 AS DECIMAL(18,2)))) AS _lk435v, CASE WHEN (p._lk341v AND (p._lk434v > CAST(0 AS DECIMAL(18,2)))) IS NULL THEN p._lk434u END AS _lk435u, CASE WHEN p._lk341v = FALSE THEN NULL ELSE p._lk434e END AS _lk435e FROM niva338_19 p
),
sak__voksne_31 AS (
  SELECT p.*, CASE WHEN COALESCE(g436.a, 0) = 1 THEN (COALESCE(g436.a, 0) = 1) WHEN r436.u IS NULL THEN (COALESCE(g436.a, 0) = 1) END AS _lk436v, CASE WHEN COALESCE(g436.a, 0) = 1 THEN NULL ELSE r436.u END AS _lk436u, r436.e AS _lk436e FROM sak__voksne_30 p LEFT JOIN (SELECT p.sak_id, p.nr, MAX(CASE WHEN p._lk435v = TRUE THEN 1 ELSE 0 END) AS a FROM niva338_20 p GROUP BY p.sak_id, p.nr) g436 ON g436.sak_id = p.sak_id AND g436.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, nullif(array_join(array_distinct(flatten(transform(array_sort(collect_list(CASE WHEN p._lk435u IS NOT NULL THEN struct(p.k338 AS o, p._lk435u AS r) END)), x -> split(x.r, chr(30))))), chr(30)), '') AS u, min_by(p._lk435e, CASE WHEN p._lk435e IS NOT NULL THEN p.k338 END) AS e FROM niva338_20 p WHERE p._lk435u IS NOT NULL OR p._lk435e IS NOT NULL GROUP BY p.sak_id, p.nr) r436 ON r436.sak_id = p.sak_id AND r436.nr = p.nr
),
sak__voksne_32 AS (
  SELECT p.*, CASE p._lk336v WHEN 1 THEN p._lk337v WHEN 2 THEN p._lk436v END AS _lk437v, COALESCE(p._lk336u, CASE p._lk336v WHEN 1 THEN p._lk337u WHEN 2 THEN p._lk436u END) AS _lk437u, COALESCE(CASE WHEN p._lk336u IS NULL AND p._lk336v IS NULL THEN 'LK700100066' || 'Ingen definisjon av «er_stønadsmottaker» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk336v WHEN 1 THEN p._lk337e WHEN 2 THEN p._lk436e END) AS _lk437e FROM sak__voksne_31 p
),
sak__voksne_33 AS (
  SELECT p.*, ((p._lk333v < CAST(30 AS BIGINT)) AND p._lk437v) AS _lk438v, CASE WHEN ((p._lk333v < CAST(30 AS BIGINT)) AND p._lk437v) IS NULL THEN CASE WHEN p._lk333u IS NULL THEN p._lk437u WHEN p._lk437u IS NULL THEN p._lk333u ELSE array_join(array_union(split(p._lk333u, chr(30)), split(p._lk437u, chr(30))), chr(30)) END END AS _lk438u, CASE WHEN (p._lk333v < CAST(30 AS BIGINT)) = FALSE THEN NULL ELSE p._lk437e END AS _lk438e, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår` AS _lk439v FROM sak__voksne_32 p
),
sak__voksne_34 AS (
  SELECT p.*, (p._lk438v AND p._lk439v) AS _lk440v, CASE WHEN (p._lk438v AND p._lk439v) IS NULL THEN p._lk438u END AS _lk440u, p._lk438e AS _lk440e, FALSE AS _lk441v FROM sak__voksne_33 p
),
sak__voksne_35 AS (
  SELECT p.*, (p._lk438v AND p._lk441v) AS _lk442v, CASE WHEN (p._lk438v AND p._lk441v) IS NULL THEN p._lk438u END AS _lk442u, p._lk438e AS _lk442e FROM sak__voksne_34 p
),
sak__voksne_36 AS (
  SELECT p.*, CASE WHEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk442v ELSE FALSE END THEN 4 END AS _lk443v, CASE WHEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk442v ELSE FALSE END IS NULL THEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk442u END END AS _lk443u, CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk442e END AS _lk443e FROM sak__voksne_35 p
),
sak__voksne_37 AS (
  SELECT p.*, p._lk443v AS _lk444v, p._lk443u AS _lk444u, CASE WHEN p._lk443e IS NOT NULL THEN p._lk443e END AS _lk444e FROM sak__voksne_36 p
),
sak__voksne_38 AS (
  SELECT p.*, CASE WHEN p._lk444u IS NOT NULL THEN NULL WHEN p._lk444v IS NOT NULL THEN p._lk444v WHEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk440v ELSE FALSE END THEN 3 END AS _lk445v, COALESCE(p._lk444u, CASE WHEN p._lk444u IS NULL AND p._lk444v IS NULL AND CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk440v ELSE FALSE END IS NULL THEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk440u END END) AS _lk445u, COALESCE(p._lk444e, CASE WHEN p._lk444u IS NULL AND p._lk444v IS NULL THEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk440e END END) AS _lk445e FROM sak__voksne_37 p
),
sak__voksne_39 AS (
  SELECT p.*, p._lk445v AS _lk446v, p._lk445u AS _lk446u, CASE WHEN p._lk445e IS NOT NULL THEN p._lk445e END AS _lk446e FROM sak__voksne_38 p
),
sak__voksne_40 AS (
  SELECT p.*, CASE WHEN p._lk446u IS NOT NULL THEN NULL WHEN p._lk446v IS NOT NULL THEN p._lk446v WHEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk438v ELSE FALSE END THEN 2 END AS _lk447v, COALESCE(p._lk446u, CASE WHEN p._lk446u IS NULL AND p._lk446v IS NULL AND CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk438v ELSE FALSE END IS NULL THEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk438u END END) AS _lk447u, COALESCE(p._lk446e, CASE WHEN p._lk446u IS NULL AND p._lk446v IS NULL THEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk438e END END) AS _lk447e FROM sak__voksne_39 p
),
sak__voksne_41 AS (
  SELECT p.*, p._lk447v AS _lk448v, p._lk447u AS _lk448u, CASE WHEN p._lk447e IS NOT NULL THEN p._lk447e END AS _lk448e, CASE WHEN TRUE THEN 1 END AS _lk449v FROM sak__voksne_40 p
),
sak__voksne_42 AS (
  SELECT p.*, CASE WHEN COALESCE(p._lk448u, CASE WHEN p._lk448v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk448v, p._lk449v) END AS _lk450v, COALESCE(p._lk448u, CASE WHEN p._lk448v IS NULL THEN NULL END) AS _lk450u FROM sak__voksne_41 p
),
sak__voksne_43 AS (
  SELECT p.*, CASE p._lk450v WHEN 1 THEN FALSE WHEN 2 THEN TRUE WHEN 3 THEN FALSE WHEN 4 THEN FALSE END AS _lk451v, p._lk450u AS _lk451u, COALESCE(p._lk448e, CASE WHEN p._lk450u IS NULL AND p._lk450v IS NULL THEN 'LK700100077' || 'Ingen definisjon av «skal_ha_aktivitetsvilkår» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END) AS _lk451e FROM sak__voksne_42 p
),
sak__voksne_44 AS (
  SELECT p.*, CASE WHEN p._lk451v THEN 1 END AS _lk452v, CASE WHEN p._lk451v IS NULL THEN p._lk451u END AS _lk452u, p._lk451e AS _lk452e FROM sak__voksne_43 p
),
sak_54 AS (
  SELECT p.*, CASE WHEN r453.u IS NULL THEN CAST(COALESCE(g453.a, 0) AS BIGINT) END AS _lk453v, r453.u AS _lk453u, r453.e AS _lk453e FROM sak_53 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk452v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__voksne_44 p GROUP BY p.sak_id) g453 ON g453.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk452u, CASE WHEN p._lk452u IS NOT NULL THEN p.nr END) AS u, min_by(p._lk452e, CASE WHEN p._lk452e IS NOT NULL THEN p.nr END) AS e FROM sak__voksne_44 p WHERE p._lk452u IS NOT NULL OR p._lk452e IS NOT NULL GROUP BY p.sak_id) r453 ON r453.sak_id = p.sak_id
),
sak_55 AS (
  SELECT p.*, CASE (p._lk453v > CAST(0 AS BIGINT)) WHEN TRUE THEN 'Vilkåret skal hjelpe mottakeren til å bli selvhjulpen, med en aktivitet som er vurdert for den enkelte. Brudd på vilkåret kan føre til at stønaden reduseres, når vedtaket sier det (§ 20 tredje ledd).' WHEN FALSE THEN 'Det stilles ikke vilkår om aktivitet etter § 20 a.' END AS _lk454v, CASE (p._lk453v > CAST(0 AS BIGINT)) WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk453u END AS _lk454u, p._lk453e AS _lk454e, 'Du kan klage på vedtaket. Fristen er tre uker fra du fikk vedtaket. Klagen sender du til NAV-kontoret som har gjort vedtaket; gir NAV-kontoret deg ikke medhold, sender det klagen videre til Statsforvalteren, som avgjør den. Du har rett til å se dokumentene i saken din.' AS _lk455v FROM sak_54 p
),
sak_56 AS (
  SELECT p.*, COALESCE(p._lk328e, p._lk324e, p._lk326e, p._lk137e, p._lk85e, p._lk108e, p._lk136e, p._lk206e, p._lk332e, p._lk211e, p._lk454e, p._lk14e) AS _lk456e FROM sak_55 p
)
SELECT p.sak_id,
  CAST(CASE WHEN p._lk456e IS NULL AND p._lk328u IS NULL THEN p._lk328v END AS STRING) AS `utfall`,
  CAST(CASE WHEN p._lk456e IS NULL THEN p._lk328u END AS STRING) AS `utfall__ubestemt`,
  CAST(CASE WHEN p._lk456e IS NULL AND p._lk324u IS NULL THEN p._lk324v END AS DECIMAL(18,2)) AS `stønad`,
  CAST(CASE WHEN p._lk456e IS NULL THEN p._lk324u END AS STRING) AS `stønad__ubestemt`,
  CAST(CASE WHEN p._lk456e IS NULL THEN p._lk325v END AS DECIMAL(18,2)) AS `stønad_etter_19`,
  CAST(CASE WHEN p._lk456e IS NULL AND p._lk326u IS NULL THEN p._lk326v END AS DECIMAL(18,2)) AS `samlet_stønad`,
  CAST(CASE WHEN p._lk456e IS NULL THEN p._lk326u END AS STRING) AS `samlet_stønad__ubestemt`,
  CAST(CASE WHEN p._lk456e IS NULL AND p._lk137u IS NULL THEN p._lk137v END AS DECIMAL(18,2)) AS `behov`,
  CAST(CASE WHEN p._lk456e IS NULL THEN p._lk137u END AS STRING) AS `behov__ubestemt`,
  CAST(CASE WHEN p._lk456e IS NULL AND p._lk85u IS NULL THEN p._lk85v END AS DECIMAL(18,2)) AS `sats`,
  CAST(CASE WHEN p._lk456e IS NULL THEN p._lk85u END AS STRING) AS `sats__ubestemt`,
  CAST(CASE WHEN p._lk456e IS NULL THEN p._lk88v END AS DECIMAL(18,2)) AS `boutgifter`,
  CAST(CASE WHEN p._lk456e IS NULL AND p._lk108u IS NULL THEN p._lk108v END AS DECIMAL(18,2)) AS `særlige_utgifter`,
  CAST(CASE WHEN p._lk456e IS NULL THEN p._lk108u END AS STRING) AS `særlige_utgifter__ubestemt`,
  CAST(CASE WHEN p._lk456e IS NULL AND p._lk136u IS NULL THEN p._lk136v END AS DECIMAL(18,2)) AS `barnas_behov_utover_satsen`,
  CAST(CASE WHEN p._lk456e IS NULL THEN p._lk136u END AS STRING) AS `barnas_behov_utover_satsen__ubestemt`,
  CAST(CASE WHEN p._lk456e IS NULL AND p._lk206u IS NULL THEN p._lk206v END AS DECIMAL(18,2)) AS `inntekt_regnet_med`,
  CAST(CASE WHEN p._lk456e IS NULL THEN p._lk206u END AS STRING) AS `inntekt_regnet_med__ubestemt`,
  CAST(CASE WHEN p._lk456e IS NULL AND p._lk332u IS NULL THEN p._lk332v END AS DECIMAL(18,2)) AS `inntekt_ikke_regnet_med`,
  CAST(CASE WHEN p._lk456e IS NULL THEN p._lk332u END AS STRING) AS `inntekt_ikke_regnet_med__ubestemt`,
  CAST(CASE WHEN p._lk456e IS NULL AND p._lk211u IS NULL THEN p._lk211v END AS DECIMAL(18,2)) AS `midler_regnet_med`,
  CAST(CASE WHEN p._lk456e IS NULL THEN p._lk211u END AS STRING) AS `midler_regnet_med__ubestemt`,
  CAST(CASE WHEN p._lk456e IS NULL AND p._lk454u IS NULL THEN p._lk454v END AS STRING) AS `om_aktivitetsvilkåret`,
  CAST(CASE WHEN p._lk456e IS NULL THEN p._lk454u END AS STRING) AS `om_aktivitetsvilkåret__ubestemt`,
  CAST(CASE WHEN p._lk456e IS NULL AND p._lk14u IS NULL THEN p._lk14v END AS BOOLEAN) AS `foreløpig`,
  CAST(CASE WHEN p._lk456e IS NULL THEN p._lk14u END AS STRING) AS `foreløpig__ubestemt`,
  CAST(CASE WHEN p._lk456e IS NULL THEN p._lk455v END AS STRING) AS `klageadgang`,
  substr(p._lk456e, 1, 6) AS feil_kode,
  CAST(substr(p._lk456e, 7, 5) AS INTEGER) AS feil_sted,
  substr(p._lk456e, 12) AS feil_melding
FROM sak_56 p
ORDER BY p.sak_id;
