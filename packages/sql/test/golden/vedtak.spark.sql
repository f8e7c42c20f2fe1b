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
  SELECT l.sak_id, l.nr, l.`fødselsdato`, COALESCE(l.`utdanning`, 'ingen') AS `utdanning`, c.`sivilstand` AS `sak.sivilstand`, c.`tungtveiende_grunner_mot_aktivitetsvilkår` AS `sak.tungtveiende_grunner_mot_aktivitetsvilkår`, c._lk0v FROM sak__voksne l JOIN sak_0 c ON c.sak_id = l.sak_id
),
sak__barn_0 AS (
  SELECT l.sak_id, l.nr, l.`fødselsdato`, c._lk0v FROM sak__barn l JOIN sak_0 c ON c.sak_id = l.sak_id
),
sak__myndige_barn_i_skole_0 AS (
  SELECT l.sak_id, l.nr FROM sak__myndige_barn_i_skole l JOIN sak_0 c ON c.sak_id = l.sak_id
),
sak__utgifter_0 AS (
  SELECT l.sak_id, l.nr, l.`art`, l.`beløp`, c._lk0v FROM sak__utgifter l JOIN sak_0 c ON c.sak_id = l.sak_id
),
sak__inntekter_0 AS (
  SELECT l.sak_id, l.nr, l.`art`, l.`beløp`, COALESCE(l.`arbeidsart`, 'ikke_oppgitt') AS `arbeidsart`, c._lk0v FROM sak__inntekter l JOIN sak_0 c ON c.sak_id = l.sak_id
),
sak__barn_1 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p._lk0v, 1 AS _lk1v FROM sak__barn_0 p
),
sak_1 AS (
  SELECT p.sak_id, p.`beregningsmåned`, p.`sivilstand`, p.`samboere`, p._lk0v, CAST(COALESCE(g2.a, 0) AS BIGINT) AS _lk2v FROM sak_0 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk1v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__barn_1 p GROUP BY p.sak_id) g2 ON g2.sak_id = p.sak_id
),
sak_2 AS (
  SELECT p.sak_id, p.`beregningsmåned`, p.`sivilstand`, p.`samboere`, p._lk0v, CASE WHEN (p._lk2v > CAST(0 AS BIGINT)) THEN 2 END AS _lk3v, CASE WHEN TRUE THEN 1 END AS _lk4v FROM sak_1 p
),
sak__barn_2 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p._lk0v, FALSE AS _lk6v FROM sak__barn_1 p
),
sak__barn_3 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p._lk0v, CASE WHEN (NOT p._lk6v) THEN 1 END AS _lk7v FROM sak__barn_2 p
),
sak_3 AS (
  SELECT p.sak_id, p.`beregningsmåned`, p.`sivilstand`, p.`samboere`, p._lk0v, CASE WHEN CASE WHEN p._lk3v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk3v, p._lk4v) END AS _lk5v, CASE WHEN p._lk3v IS NULL THEN NULL END AS _lk5u, CAST(COALESCE(g8.a, 0) AS BIGINT) AS _lk8v FROM sak_2 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk7v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__barn_3 p GROUP BY p.sak_id) g8 ON g8.sak_id = p.sak_id
),
sak_4 AS (
  SELECT p.sak_id, p.`beregningsmåned`, p.`sivilstand`, p.`samboere`, p._lk0v, CASE p._lk5v WHEN 1 THEN CAST(0 AS BIGINT) WHEN 2 THEN p._lk8v END AS _lk9v, p._lk5u AS _lk9u, CASE WHEN p._lk5u IS NULL AND p._lk5v IS NULL THEN 'LK700100000' || 'Ingen definisjon av «barnets_behov» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk9e FROM sak_3 p
),
sak_5 AS (
  SELECT p.sak_id, p.`beregningsmåned`, p.`sivilstand`, p.`samboere`, p._lk0v, CASE WHEN (p._lk9v > CAST(0 AS BIGINT)) THEN 2 END AS _lk10v, CASE WHEN (p._lk9v > CAST(0 AS BIGINT)) IS NULL THEN p._lk9u END AS _lk10u, p._lk9e AS _lk10e FROM sak_4 p
),
sak_6 AS (
  SELECT p.sak_id, p.`beregningsmåned`, p.`sivilstand`, p.`samboere`, p._lk0v, p._lk10v AS _lk11v, p._lk10u AS _lk11u, CASE WHEN p._lk10e IS NOT NULL THEN p._lk10e END AS _lk11e, CASE WHEN TRUE THEN 1 END AS _lk12v FROM sak_5 p
),
sak_7 AS (
  SELECT p.sak_id, p.`beregningsmåned`, p.`sivilstand`, p.`samboere`, p._lk0v, p._lk11e, CASE WHEN COALESCE(p._lk11u, CASE WHEN p._lk11v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk11v, p._lk12v) END AS _lk13v, COALESCE(p._lk11u, CASE WHEN p._lk11v IS NULL THEN NULL END) AS _lk13u FROM sak_6 p
),
sak_8 AS (
  SELECT p.sak_id, p.`beregningsmåned`, p.`sivilstand`, p.`samboere`, p._lk0v, CASE p._lk13v WHEN 1 THEN FALSE WHEN 2 THEN TRUE END AS _lk14v, p._lk13u AS _lk14u, COALESCE(p._lk11e, CASE WHEN p._lk13u IS NULL AND p._lk13v IS NULL THEN 'LK700100001' || 'Ingen definisjon av «foreløpig» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END) AS _lk14e FROM sak_7 p
),
sak_9 AS (
  SELECT p.sak_id, p.`beregningsmåned`, p.`sivilstand`, p.`samboere`, p._lk0v, p._lk14v, p._lk14u, p._lk14e, CASE WHEN p._lk14v THEN 2 END AS _lk15v, CASE WHEN p._lk14v IS NULL THEN p._lk14u END AS _lk15u, p._lk14e AS _lk15e FROM sak_8 p
),
sak_10 AS (
  SELECT p.sak_id, p.`beregningsmåned`, p.`sivilstand`, p.`samboere`, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk15v AS _lk16v, p._lk15u AS _lk16u, CASE WHEN p._lk15e IS NOT NULL THEN p._lk15e END AS _lk16e, CASE WHEN TRUE THEN 1 END AS _lk17v FROM sak_9 p
),
sak__voksne_1 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, 1 AS _lk19v FROM sak__voksne_0 p
),
sak_11 AS (
  SELECT p.sak_id, p.`beregningsmåned`, p.`sivilstand`, p.`samboere`, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, CASE WHEN COALESCE(p._lk16u, CASE WHEN p._lk16v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk16v, p._lk17v) END AS _lk18v, COALESCE(p._lk16u, CASE WHEN p._lk16v IS NULL THEN NULL END) AS _lk18u, CAST(COALESCE(g20.a, 0) AS BIGINT) AS _lk20v FROM sak_10 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk19v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__voksne_1 p GROUP BY p.sak_id) g20 ON g20.sak_id = p.sak_id
),
sak_12 AS (
  SELECT p.sak_id, p.`beregningsmåned`, p.`sivilstand`, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, ((p.`sivilstand` = 'bofellesskap') AND (p._lk20v > CAST(0 AS BIGINT))) AS _lk21v, ((p.`sivilstand` = 'ektepar_samboere') AND p.`samboere`) AS _lk22v, TRUE AS _lk23v FROM sak_11 p
),
sak_13 AS (
  SELECT p.sak_id, p.`beregningsmåned`, p.`sivilstand`, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk22v, p._lk23v, CASE WHEN p._lk21v THEN 2 END AS _lk24v FROM sak_12 p
),
sak_14 AS (
  SELECT p.sak_id, p.`beregningsmåned`, p.`sivilstand`, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk24v, CASE WHEN (p._lk22v AND (NOT p._lk23v)) THEN 3 END AS _lk25v FROM sak_13 p
),
sak_15 AS (
  SELECT p.sak_id, p.`beregningsmåned`, p.`sivilstand`, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, COALESCE(p._lk24v, p._lk25v) AS _lk26v, CASE WHEN p._lk25v IS NOT NULL AND p._lk24v IS NOT NULL THEN CASE WHEN p._lk24v = 2 AND p._lk25v = 3 THEN 'LK700200003' || 'Motstrid i «stønad»: både unntaket «bofellesskap» og unntaket «samboere_uten_felles_økonomi» gjelder, og ingen av dem er unntak fra den andre' END END AS _lk26e, CASE WHEN TRUE THEN 1 END AS _lk27v FROM sak_14 p
),
sak__voksne_2 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, (p.`utdanning` = 'med_rett_til_støtte_fra_lånekassen') AS _lk29v FROM sak__voksne_1 p
),
sak__voksne_3 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, CASE WHEN p._lk29v THEN 2 END AS _lk30v, CASE WHEN TRUE THEN 1 END AS _lk31v FROM sak__voksne_2 p
),
sak__voksne_4 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, CASE WHEN CASE WHEN p._lk30v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk30v, p._lk31v) END AS _lk32v, CASE WHEN p._lk30v IS NULL THEN NULL END AS _lk32u FROM sak__voksne_3 p
),
sak__voksne_5 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, CASE p._lk32v WHEN 1 THEN FALSE WHEN 2 THEN TRUE END AS _lk33v, p._lk32u AS _lk33u, CASE WHEN p._lk32u IS NULL AND p._lk32v IS NULL THEN 'LK700100005' || 'Ingen definisjon av «student_med_rett_til_lånekassen» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk33e FROM sak__voksne_4 p
),
sak_16 AS (
  SELECT p.sak_id, p.`beregningsmåned`, p.`sivilstand`, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, CASE WHEN CASE WHEN p._lk26v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk26v, p._lk27v) END AS _lk28v, CASE WHEN p._lk26v IS NULL THEN NULL END AS _lk28u, CASE WHEN COALESCE(g34.a, 0) = 1 THEN (COALESCE(g34.a, 0) = 1) WHEN r34.u IS NULL THEN (COALESCE(g34.a, 0) = 1) END AS _lk34v, CASE WHEN COALESCE(g34.a, 0) = 1 THEN NULL ELSE r34.u END AS _lk34u, r34.e AS _lk34e FROM sak_15 p LEFT JOIN (SELECT p.sak_id, MAX(CASE WHEN p._lk33v = TRUE THEN 1 ELSE 0 END) AS a FROM sak__voksne_5 p GROUP BY p.sak_id) g34 ON g34.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, nullif(array_join(array_distinct(flatten(transform(array_sort(collect_list(CASE WHEN p._lk33u IS NOT NULL THEN struct(p.nr AS o, p._lk33u AS r) END)), x -> split(x.r, chr(30))))), chr(30)), '') AS u, min_by(p._lk33e, CASE WHEN p._lk33e IS NOT NULL THEN p.nr END) AS e FROM sak__voksne_5 p WHERE p._lk33u IS NOT NULL OR p._lk33e IS NOT NULL GROUP BY p.sak_id) r34 ON r34.sak_id = p.sak_id
),
sak_17 AS (
  SELECT p.sak_id, p.`beregningsmåned`, p.`sivilstand`, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, CASE WHEN p._lk34v THEN 2 END AS _lk35v, CASE WHEN p._lk34v IS NULL THEN p._lk34u END AS _lk35u, p._lk34e AS _lk35e FROM sak_16 p
),
sak_18 AS (
  SELECT p.sak_id, p.`beregningsmåned`, p.`sivilstand`, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk35v AS _lk36v, p._lk35u AS _lk36u, CASE WHEN p._lk35e IS NOT NULL THEN p._lk35e END AS _lk36e, CASE WHEN TRUE THEN 1 END AS _lk37v FROM sak_17 p
),
sak__voksne_6 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, 1 AS _lk39v FROM sak__voksne_5 p
),
sak_19 AS (
  SELECT p.sak_id, p.`beregningsmåned`, p.`sivilstand`, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk36e, CASE WHEN COALESCE(p._lk36u, CASE WHEN p._lk36v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk36v, p._lk37v) END AS _lk38v, COALESCE(p._lk36u, CASE WHEN p._lk36v IS NULL THEN NULL END) AS _lk38u, CAST(COALESCE(g40.a, 0) AS BIGINT) AS _lk40v FROM sak_18 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk39v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__voksne_6 p GROUP BY p.sak_id) g40 ON g40.sak_id = p.sak_id
),
sak__voksne_7 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, 1 AS _lk42v FROM sak__voksne_6 p
),
sak_20 AS (
  SELECT p.sak_id, p.`beregningsmåned`, p.`sivilstand`, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk36e, p._lk38v, p._lk38u, ((p.`sivilstand` = 'enslig') AND (p._lk40v <> CAST(1 AS BIGINT))) AS _lk41v, CAST(COALESCE(g43.a, 0) AS BIGINT) AS _lk43v FROM sak_19 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk42v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__voksne_7 p GROUP BY p.sak_id) g43 ON g43.sak_id = p.sak_id
),
sak_21 AS (
  SELECT p.sak_id, p.`beregningsmåned`, p.`sivilstand`, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk36e, p._lk38v, p._lk38u, p._lk41v, ((p.`sivilstand` = 'ektepar_samboere') AND (p._lk43v <> CAST(2 AS BIGINT))) AS _lk44v FROM sak_20 p
),
sak_22 AS (
  SELECT p.sak_id, p.`beregningsmåned`, p.`sivilstand`, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk36e, p._lk38v, p._lk38u, p._lk41v, CASE WHEN p._lk44v THEN 5 END AS _lk45v FROM sak_21 p
),
sak_23 AS (
  SELECT p.sak_id, p.`beregningsmåned`, p.`sivilstand`, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk36e, p._lk38v, p._lk38u, p._lk41v, CASE WHEN NULL IS NOT NULL THEN NULL WHEN p._lk45v IS NOT NULL THEN p._lk45v WHEN (p.`sivilstand` = 'ektepar_samboere') THEN 2 END AS _lk46v FROM sak_22 p
),
sak_24 AS (
  SELECT p.sak_id, p.`beregningsmåned`, p.`sivilstand`, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk36e, p._lk38v, p._lk38u, p._lk41v, p._lk46v, CASE WHEN (p.`sivilstand` = 'bofellesskap') THEN 3 END AS _lk47v FROM sak_23 p
),
sak_25 AS (
  SELECT p.sak_id, p.`beregningsmåned`, p.`sivilstand`, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk36e, p._lk38v, p._lk38u, p._lk46v, p._lk47v, CASE WHEN p._lk41v THEN 4 END AS _lk48v FROM sak_24 p
),
sak_26 AS (
  SELECT p.sak_id, p.`beregningsmåned`, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk36e, p._lk38v, p._lk38u, COALESCE(p._lk46v, p._lk47v, p._lk48v) AS _lk49v, CASE WHEN p._lk47v IS NOT NULL AND p._lk46v IS NOT NULL THEN CASE WHEN p._lk46v = 2 AND p._lk47v = 3 THEN 'LK700200007' || 'Motstrid i «voksensats»: både unntaket «par» og unntaket «bofellesskap» gjelder, og ingen av dem er unntak fra den andre' WHEN p._lk46v = 5 AND p._lk47v = 3 THEN 'LK700200008' || 'Motstrid i «voksensats»: både unntaket «par_uten_to_voksne» og unntaket «bofellesskap» gjelder, og ingen av dem er unntak fra den andre' END WHEN p._lk48v IS NOT NULL AND COALESCE(p._lk46v, p._lk47v) IS NOT NULL THEN CASE WHEN COALESCE(p._lk46v, p._lk47v) = 2 AND p._lk48v = 4 THEN 'LK700200009' || 'Motstrid i «voksensats»: både unntaket «par» og unntaket «enslig_med_flere_voksne» gjelder, og ingen av dem er unntak fra den andre' WHEN COALESCE(p._lk46v, p._lk47v) = 5 AND p._lk48v = 4 THEN 'LK700200010' || 'Motstrid i «voksensats»: både unntaket «par_uten_to_voksne» og unntaket «enslig_med_flere_voksne» gjelder, og ingen av dem er unntak fra den andre' WHEN COALESCE(p._lk46v, p._lk47v) = 3 AND p._lk48v = 4 THEN 'LK700200011' || 'Motstrid i «voksensats»: både unntaket «bofellesskap» og unntaket «enslig_med_flere_voksne» gjelder, og ingen av dem er unntak fra den andre' END END AS _lk49e, CASE WHEN (p.`sivilstand` = 'enslig') THEN 1 END AS _lk50v FROM sak_25 p
),
sak_27 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk36e, p._lk38v, p._lk38u, p._lk49e, CASE WHEN CASE WHEN p._lk49v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk49v, p._lk50v) END AS _lk51v, CASE WHEN p._lk49v IS NULL THEN NULL END AS _lk51u, p.`beregningsmåned` AS _lk52v FROM sak_26 p
),
sak__voksne_8 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, 1 AS _lk56v FROM sak__voksne_7 p
),
sak_28 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk36e, p._lk38v, p._lk38u, p._lk49e, p._lk51v, p._lk51u, p._lk52v, CASE WHEN p._lk52v <= DATE '2005-12-31' THEN NULL WHEN p._lk52v <= DATE '2006-12-31' THEN 4270 WHEN p._lk52v <= DATE '2007-12-31' THEN 4600 WHEN p._lk52v <= DATE '2008-12-31' THEN 4720 WHEN p._lk52v <= DATE '2009-12-31' THEN 5105 WHEN p._lk52v <= DATE '2010-12-31' THEN 5197 WHEN p._lk52v <= DATE '2011-12-31' THEN NULL WHEN p._lk52v <= DATE '2012-12-31' THEN 5373 WHEN p._lk52v <= DATE '2013-12-31' THEN 5500 WHEN p._lk52v <= DATE '2014-12-31' THEN 5600 WHEN p._lk52v <= DATE '2015-12-31' THEN 5700 WHEN p._lk52v <= DATE '2017-12-31' THEN NULL WHEN p._lk52v <= DATE '2018-12-31' THEN 6050 WHEN p._lk52v <= DATE '2019-12-31' THEN 6150 WHEN p._lk52v <= DATE '2020-08-31' THEN 6250 WHEN p._lk52v <= DATE '2020-12-31' THEN 6250 WHEN p._lk52v <= DATE '2021-08-31' THEN 6450 WHEN p._lk52v <= DATE '2021-12-31' THEN 6450 WHEN p._lk52v <= DATE '2022-06-30' THEN 6550 WHEN p._lk52v <= DATE '2022-12-31' THEN 6650 WHEN p._lk52v <= DATE '2023-06-30' THEN 6850 WHEN p._lk52v <= DATE '2023-12-31' THEN 7550 WHEN p._lk52v <= DATE '2024-12-31' THEN 7850 ELSE NULL END AS _lk53v, CASE WHEN p._lk52v <= DATE '2005-12-31' THEN 'LK700300013' || 'Tabellen «veiledende_sats» har ingen verdi for enslig ' || date_format(p._lk52v, 'yyyy-MM-dd') || ': første rad gjelder fra 2006-01-01' WHEN p._lk52v <= DATE '2006-12-31' THEN NULL WHEN p._lk52v <= DATE '2007-12-31' THEN NULL WHEN p._lk52v <= DATE '2008-12-31' THEN NULL WHEN p._lk52v <= DATE '2009-12-31' THEN NULL WHEN p._lk52v <= DATE '2010-12-31' THEN NULL WHEN p._lk52v <= DATE '2011-12-31' THEN 'LK700300014' || 'Tabellen «veiledende_sats» har ukjent verdi for enslig ' || date_format(p._lk52v, 'yyyy-MM-dd') || ' (perioden fra 2011-01-01): Rundskrivet med satsene for 2011 er ikke registrert' WHEN p._lk52v <= DATE '2012-12-31' THEN NULL WHEN p._lk52v <= DATE '2013-12-31' THEN NULL WHEN p._lk52v <= DATE '2014-12-31' THEN NULL WHEN p._lk52v <= DATE '2015-12-31' THEN NULL WHEN p._lk52v <= DATE '2017-12-31' THEN 'LK700300015' || 'Tabellen «veiledende_sats» har ukjent verdi for enslig ' || date_format(p._lk52v, 'yyyy-MM-dd') || ' (perioden fra 2016-01-01): Rundskrivene med satsene for 2016 og 2017 er ikke registrert' WHEN p._lk52v <= DATE '2018-12-31' THEN NULL WHEN p._lk52v <= DATE '2019-12-31' THEN NULL WHEN p._lk52v <= DATE '2020-08-31' THEN NULL WHEN p._lk52v <= DATE '2020-12-31' THEN NULL WHEN p._lk52v <= DATE '2021-08-31' THEN NULL WHEN p._lk52v <= DATE '2021-12-31' THEN NULL WHEN p._lk52v <= DATE '2022-06-30' THEN NULL WHEN p._lk52v <= DATE '2022-12-31' THEN NULL WHEN p._lk52v <= DATE '2023-06-30' THEN NULL WHEN p._lk52v <= DATE '2023-12-31' THEN NULL WHEN p._lk52v <= DATE '2024-12-31' THEN NULL ELSE 'LK700300016' || 'Tabellen «veiledende_sats» har ukjent verdi for enslig ' || date_format(p._lk52v, 'yyyy-MM-dd') || ' (perioden fra 2025-01-01): Rundskrivet med satsene for 2025 er ikke registrert' END AS _lk53e, CASE WHEN p._lk52v <= DATE '2005-12-31' THEN NULL WHEN p._lk52v <= DATE '2006-12-31' THEN 7100 WHEN p._lk52v <= DATE '2007-12-31' THEN 7650 WHEN p._lk52v <= DATE '2008-12-31' THEN 7840 WHEN p._lk52v <= DATE '2009-12-31' THEN 8479 WHEN p._lk52v <= DATE '2010-12-31' THEN 8632 WHEN p._lk52v <= DATE '2011-12-31' THEN NULL WHEN p._lk52v <= DATE '2012-12-31' THEN 8924 WHEN p._lk52v <= DATE '2013-12-31' THEN 9100 WHEN p._lk52v <= DATE '2014-12-31' THEN 9300 WHEN p._lk52v <= DATE '2015-12-31' THEN 9500 WHEN p._lk52v <= DATE '2017-12-31' THEN NULL WHEN p._lk52v <= DATE '2018-12-31' THEN 10100 WHEN p._lk52v <= DATE '2019-12-31' THEN 10250 WHEN p._lk52v <= DATE '2020-08-31' THEN 10450 WHEN p._lk52v <= DATE '2020-12-31' THEN 10450 WHEN p._lk52v <= DATE '2021-08-31' THEN 10800 WHEN p._lk52v <= DATE '2021-12-31' THEN 10800 WHEN p._lk52v <= DATE '2022-06-30' THEN 10950 WHEN p._lk52v <= DATE '2022-12-31' THEN 11150 WHEN p._lk52v <= DATE '2023-06-30' THEN 11450 WHEN p._lk52v <= DATE '2023-12-31' THEN 12600 WHEN p._lk52v <= DATE '2024-12-31' THEN 13100 ELSE NULL END AS _lk54v, CASE WHEN p._lk52v <= DATE '2005-12-31' THEN 'LK700300017' || 'Tabellen «veiledende_sats» har ingen verdi for ektepar_samboere ' || date_format(p._lk52v, 'yyyy-MM-dd') || ': første rad gjelder fra 2006-01-01' WHEN p._lk52v <= DATE '2006-12-31' THEN NULL WHEN p._lk52v <= DATE '2007-12-31' THEN NULL WHEN p._lk52v <= DATE '2008-12-31' THEN NULL WHEN p._lk52v <= DATE '2009-12-31' THEN NULL WHEN p._lk52v <= DATE '2010-12-31' THEN NULL WHEN p._lk52v <= DATE '2011-12-31' THEN 'LK700300018' || 'Tabellen «veiledende_sats» har ukjent verdi for ektepar_samboere ' || date_format(p._lk52v, 'yyyy-MM-dd') || ' (perioden fra 2011-01-01): Rundskrivet med satsene for 2011 er ikke registrert' WHEN p._lk52v <= DATE '2012-12-31' THEN NULL WHEN p._lk52v <= DATE '2013-12-31' THEN NULL WHEN p._lk52v <= DATE '2014-12-31' THEN NULL WHEN p._lk52v <= DATE '2015-12-31' THEN NULL WHEN p._lk52v <= DATE '2017-12-31' THEN 'LK700300019' || 'Tabellen «veiledende_sats» har ukjent verdi for ektepar_samboere ' || date_format(p._lk52v, 'yyyy-MM-dd') || ' (perioden fra 2016-01-01): Rundskrivene med satsene for 2016 og 2017 er ikke registrert' WHEN p._lk52v <= DATE '2018-12-31' THEN NULL WHEN p._lk52v <= DATE '2019-12-31' THEN NULL WHEN p._lk52v <= DATE '2020-08-31' THEN NULL WHEN p._lk52v <= DATE '2020-12-31' THEN NULL WHEN p._lk52v <= DATE '2021-08-31' THEN NULL WHEN p._lk52v <= DATE '2021-12-31' THEN NULL WHEN p._lk52v <= DATE '2022-06-30' THEN NULL WHEN p._lk52v <= DATE '2022-12-31' THEN NULL WHEN p._lk52v <= DATE '2023-06-30' THEN NULL WHEN p._lk52v <= DATE '2023-12-31' THEN NULL WHEN p._lk52v <= DATE '2024-12-31' THEN NULL ELSE 'LK700300020' || 'Tabellen «veiledende_sats» har ukjent verdi for ektepar_samboere ' || date_format(p._lk52v, 'yyyy-MM-dd') || ' (perioden fra 2025-01-01): Rundskrivet med satsene for 2025 er ikke registrert' END AS _lk54e, CASE WHEN p._lk52v <= DATE '2005-12-31' THEN NULL WHEN p._lk52v <= DATE '2006-12-31' THEN 3550 WHEN p._lk52v <= DATE '2007-12-31' THEN 3825 WHEN p._lk52v <= DATE '2008-12-31' THEN 3920 WHEN p._lk52v <= DATE '2009-12-31' THEN 4240 WHEN p._lk52v <= DATE '2010-12-31' THEN 4316 WHEN p._lk52v <= DATE '2011-12-31' THEN NULL WHEN p._lk52v <= DATE '2012-12-31' THEN 4462 WHEN p._lk52v <= DATE '2013-12-31' THEN 4550 WHEN p._lk52v <= DATE '2014-12-31' THEN 4650 WHEN p._lk52v <= DATE '2015-12-31' THEN 4750 WHEN p._lk52v <= DATE '2017-12-31' THEN NULL WHEN p._lk52v <= DATE '2018-12-31' THEN 5050 WHEN p._lk52v <= DATE '2019-12-31' THEN 5150 WHEN p._lk52v <= DATE '2020-08-31' THEN 5250 WHEN p._lk52v <= DATE '2020-12-31' THEN 5250 WHEN p._lk52v <= DATE '2021-08-31' THEN 5400 WHEN p._lk52v <= DATE '2021-12-31' THEN 5400 WHEN p._lk52v <= DATE '2022-06-30' THEN 5450 WHEN p._lk52v <= DATE '2022-12-31' THEN 5600 WHEN p._lk52v <= DATE '2023-06-30' THEN 5750 WHEN p._lk52v <= DATE '2023-12-31' THEN 6350 WHEN p._lk52v <= DATE '2024-12-31' THEN 6600 ELSE NULL END AS _lk55v, CASE WHEN p._lk52v <= DATE '2005-12-31' THEN 'LK700300021' || 'Tabellen «veiledende_sats» har ingen verdi for person_i_bofellesskap ' || date_format(p._lk52v, 'yyyy-MM-dd') || ': første rad gjelder fra 2006-01-01' WHEN p._lk52v <= DATE '2006-12-31' THEN NULL WHEN p._lk52v <= DATE '2007-12-31' THEN NULL WHEN p._lk52v <= DATE '2008-12-31' THEN NULL WHEN p._lk52v <= DATE '2009-12-31' THEN NULL WHEN p._lk52v <= DATE '2010-12-31' THEN NULL WHEN p._lk52v <= DATE '2011-12-31' THEN 'LK700300022' || 'Tabellen «veiledende_sats» har ukjent verdi for person_i_bofellesskap ' || date_format(p._lk52v, 'yyyy-MM-dd') || ' (perioden fra 2011-01-01): Rundskrivet med satsene for 2011 er ikke registrert' WHEN p._lk52v <= DATE '2012-12-31' THEN NULL WHEN p._lk52v <= DATE '2013-12-31' THEN NULL WHEN p._lk52v <= DATE '2014-12-31' THEN NULL WHEN p._lk52v <= DATE '2015-12-31' THEN NULL WHEN p._lk52v <= DATE '2017-12-31' THEN 'LK700300023' || 'Tabellen «veiledende_sats» har ukjent verdi for person_i_bofellesskap ' || date_format(p._lk52v, 'yyyy-MM-dd') || ' (perioden fra 2016-01-01): Rundskrivene med satsene for 2016 og 2017 er ikke registrert' WHEN p._lk52v <= DATE '2018-12-31' THEN NULL WHEN p._lk52v <= DATE '2019-12-31' THEN NULL WHEN p._lk52v <= DATE '2020-08-31' THEN NULL WHEN p._lk52v <= DATE '2020-12-31' THEN NULL WHEN p._lk52v <= DATE '2021-08-31' THEN NULL WHEN p._lk52v <= DATE '2021-12-31' THEN NULL WHEN p._lk52v <= DATE '2022-06-30' THEN NULL WHEN p._lk52v <= DATE '2022-12-31' THEN NULL WHEN p._lk52v <= DATE '2023-06-30' THEN NULL WHEN p._lk52v <= DATE '2023-12-31' THEN NULL WHEN p._lk52v <= DATE '2024-12-31' THEN NULL ELSE 'LK700300024' || 'Tabellen «veiledende_sats» har ukjent verdi for person_i_bofellesskap ' || date_format(p._lk52v, 'yyyy-MM-dd') || ' (perioden fra 2025-01-01): Rundskrivet med satsene for 2025 er ikke registrert' END AS _lk55e, CAST(COALESCE(g57.a, 0) AS BIGINT) AS _lk57v FROM sak_27 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk56v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__voksne_8 p GROUP BY p.sak_id) g57 ON g57.sak_id = p.sak_id
),
sak_29 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk36e, p._lk38v, p._lk38u, p._lk49e, p._lk51v, p._lk51u, p._lk52v, p._lk53v, p._lk53e, p._lk54v, p._lk54e, p._lk55v, p._lk55e, CASE WHEN CAST(1 AS BIGINT) IS NULL OR p._lk57v IS NULL THEN NULL WHEN p._lk57v > CAST(1 AS BIGINT) THEN p._lk57v ELSE CAST(1 AS BIGINT) END AS _lk58v FROM sak_28 p
),
sak_30 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk36e, p._lk38v, p._lk38u, p._lk52v, CASE p._lk51v WHEN 1 THEN p._lk53v WHEN 2 THEN p._lk54v WHEN 3 THEN CAST(p._lk55v * p._lk58v AS DECIMAL(18,2)) WHEN 4 THEN NULL WHEN 5 THEN NULL END AS _lk59v, COALESCE(p._lk51u, CASE p._lk51v WHEN 4 THEN 'Sivilstanden er enslig, men søknaden oppgir ikke nøyaktig én voksen; husstanden må avklares før satsen kan velges' WHEN 5 THEN 'Sivilstanden er ektepar eller samboere, men søknaden oppgir ikke to voksne; husstanden må avklares før satsen kan velges' END) AS _lk59u, COALESCE(p._lk49e, CASE WHEN p._lk51u IS NULL AND p._lk51v IS NULL THEN 'LK700100012' || 'Ingen definisjon av «voksensats» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk51v WHEN 1 THEN p._lk53e WHEN 2 THEN p._lk54e WHEN 3 THEN p._lk55e END) AS _lk59e FROM sak_29 p
),
sak__barn_4 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p._lk0v, c._lk52v AS _lk52v FROM sak__barn_3 p JOIN sak_30 c ON c.sak_id = p.sak_id
),
sak__barn_5 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p._lk0v, p._lk52v, CASE WHEN (p.`fødselsdato` > p._lk52v) THEN 2 END AS _lk61v, CASE WHEN TRUE THEN 1 END AS _lk62v FROM sak__barn_4 p
),
sak__barn_6 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p._lk0v, p._lk52v, CASE WHEN CASE WHEN p._lk61v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk61v, p._lk62v) END AS _lk63v, CASE WHEN p._lk61v IS NULL THEN NULL END AS _lk63u FROM sak__barn_5 p
),
sak__barn_7 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p._lk0v, p._lk52v, CASE p._lk63v WHEN 1 THEN FALSE WHEN 2 THEN TRUE END AS _lk64v, p._lk63u AS _lk64u, CASE WHEN p._lk63u IS NULL AND p._lk63v IS NULL THEN 'LK700100037' || 'Ingen definisjon av «født_i_måneden» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk64e FROM sak__barn_6 p
),
sak__barn_8 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p._lk0v, p._lk52v, CASE WHEN p._lk64v THEN 2 END AS _lk65v, CASE WHEN p._lk64v IS NULL THEN p._lk64u END AS _lk65u, p._lk64e AS _lk65e FROM sak__barn_7 p
),
sak__barn_9 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p._lk0v, p._lk52v, p._lk65v AS _lk66v, p._lk65u AS _lk66u, CASE WHEN p._lk65e IS NOT NULL THEN p._lk65e END AS _lk66e, CASE WHEN TRUE THEN 1 END AS _lk67v FROM sak__barn_8 p
),
sak__barn_10 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p._lk0v, p._lk52v, p._lk66e, CASE WHEN COALESCE(p._lk66u, CASE WHEN p._lk66v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk66v, p._lk67v) END AS _lk68v, COALESCE(p._lk66u, CASE WHEN p._lk66v IS NULL THEN NULL END) AS _lk68u, CASE WHEN (p.`fødselsdato` > p._lk52v) THEN 2 END AS _lk69v, CASE WHEN TRUE THEN 1 END AS _lk70v FROM sak__barn_9 p
),
sak__barn_11 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p._lk0v, p._lk52v, p._lk66e, p._lk68v, p._lk68u, CASE WHEN CASE WHEN p._lk69v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk69v, p._lk70v) END AS _lk71v, CASE WHEN p._lk69v IS NULL THEN NULL END AS _lk71u, CASE WHEN p._lk52v >= p.`fødselsdato` THEN CAST(year(p._lk52v) AS BIGINT) - CAST(year(p.`fødselsdato`) AS BIGINT) - CASE WHEN CAST(month(p._lk52v) AS BIGINT) * 100 + CAST(day(p._lk52v) AS BIGINT) < CAST(month(p.`fødselsdato`) AS BIGINT) * 100 + CAST(day(p.`fødselsdato`) AS BIGINT) THEN 1 ELSE 0 END END AS _lk72v, CASE WHEN p._lk52v < p.`fødselsdato` THEN 'Alderen kan ikke regnes ut: fødselsdatoen ' || date_format(p.`fødselsdato`, 'yyyy-MM-dd') || ' er etter ' || date_format(p._lk52v, 'yyyy-MM-dd') || ', datoen alderen regnes på' END AS _lk72u FROM sak__barn_10 p
),
sak__barn_12 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p._lk0v, p._lk52v, p._lk66e, p._lk68v, p._lk68u, CASE p._lk71v WHEN 1 THEN p._lk72v WHEN 2 THEN NULL END AS _lk73v, COALESCE(p._lk71u, CASE p._lk71v WHEN 1 THEN p._lk72u WHEN 2 THEN 'Barnet er ikke født den første dagen i beregningsmåneden; behovet må vurderes særskilt' END) AS _lk73u, CASE WHEN p._lk71u IS NULL AND p._lk71v IS NULL THEN 'LK700100039' || 'Ingen definisjon av «alder_i_måneden» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk73e FROM sak__barn_11 p
),
sak__barn_13 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p._lk0v, p._lk52v, p._lk66e, p._lk68v, p._lk68u, p._lk73v, p._lk73u, p._lk73e, CASE WHEN (p._lk73v >= CAST(18 AS BIGINT)) THEN 2 END AS _lk74v, CASE WHEN (p._lk73v >= CAST(18 AS BIGINT)) IS NULL THEN p._lk73u END AS _lk74u, p._lk73e AS _lk74e FROM sak__barn_12 p
),
sak__barn_14 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p._lk0v, p._lk52v, p._lk66e, p._lk68v, p._lk68u, p._lk73v, p._lk73u, p._lk73e, p._lk74v AS _lk75v, p._lk74u AS _lk75u, CASE WHEN p._lk74e IS NOT NULL THEN p._lk74e END AS _lk75e, CASE WHEN TRUE THEN 1 END AS _lk76v FROM sak__barn_13 p
),
sak__barn_15 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p._lk0v, p._lk52v, p._lk66e, p._lk68v, p._lk68u, p._lk73v, p._lk73u, p._lk73e, p._lk75e, CASE WHEN COALESCE(p._lk75u, CASE WHEN p._lk75v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk75v, p._lk76v) END AS _lk77v, COALESCE(p._lk75u, CASE WHEN p._lk75v IS NULL THEN NULL END) AS _lk77u, CASE (p._lk73v < CAST(11 AS BIGINT)) WHEN TRUE THEN 'barn_6_10' WHEN FALSE THEN 'barn_11_17' END AS _lk78v, CASE (p._lk73v < CAST(11 AS BIGINT)) WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk73u END AS _lk78u, p._lk73e AS _lk78e FROM sak__barn_14 p
),
sak__barn_16 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p._lk0v, p._lk52v, p._lk66e, p._lk68v, p._lk68u, p._lk75e, p._lk77v, p._lk77u, CASE (p._lk73v < CAST(6 AS BIGINT)) WHEN TRUE THEN 'barn_0_5' WHEN FALSE THEN p._lk78v END AS _lk79v, CASE (p._lk73v < CAST(6 AS BIGINT)) WHEN TRUE THEN NULL WHEN FALSE THEN p._lk78u ELSE p._lk73u END AS _lk79u, COALESCE(p._lk73e, CASE (p._lk73v < CAST(6 AS BIGINT)) WHEN TRUE THEN NULL WHEN FALSE THEN p._lk78e END) AS _lk79e FROM sak__barn_15 p
),
sak__barn_17 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p._lk0v, p._lk52v, p._lk66e, p._lk68v, p._lk68u, CASE p._lk77v WHEN 1 THEN p._lk79v WHEN 2 THEN NULL END AS _lk80v, COALESCE(p._lk77u, CASE p._lk77v WHEN 1 THEN p._lk79u WHEN 2 THEN 'Et barn som er 18 år eller eldre, har ingen barnesats; behovet må vurderes særskilt (et myndig barn i videregående opplæring som bor hjemme, føres i myndige_barn_i_skole)' END) AS _lk80u, COALESCE(p._lk75e, CASE WHEN p._lk77u IS NULL AND p._lk77v IS NULL THEN 'LK700100040' || 'Ingen definisjon av «aldersgruppe» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk77v WHEN 1 THEN p._lk79e END) AS _lk80e FROM sak__barn_16 p
),
sak__barn_18 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p._lk0v, p._lk66e, p._lk68v, p._lk68u, t81.verdi AS _lk81v, p._lk80u AS _lk81u, COALESCE(p._lk80e, CASE WHEN p._lk80u IS NULL THEN CASE WHEN t81.feil IS NULL THEN NULL WHEN t81.feil_etter IS NULL THEN t81.feil ELSE t81.feil || date_format(p._lk52v, 'yyyy-MM-dd') || t81.feil_etter END END) AS _lk81e, CAST(0 AS DECIMAL(18,2)) AS _lk82v FROM sak__barn_17 p LEFT JOIN tabell_1 t81 ON t81.k0 = p._lk80v AND t81.fra <= p._lk52v AND p._lk52v <= t81.til
),
sak__barn_19 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p._lk0v, CASE p._lk68v WHEN 1 THEN p._lk81v WHEN 2 THEN p._lk82v END AS _lk83v, COALESCE(p._lk68u, CASE p._lk68v WHEN 1 THEN p._lk81u END) AS _lk83u, COALESCE(p._lk66e, CASE WHEN p._lk68u IS NULL AND p._lk68v IS NULL THEN 'LK700100038' || 'Ingen definisjon av «barnesats» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk68v WHEN 1 THEN p._lk81e END) AS _lk83e FROM sak__barn_18 p
),
sak_31 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, CASE p._lk38v WHEN 1 THEN p._lk59v WHEN 2 THEN NULL END AS _lk60v, COALESCE(p._lk38u, CASE p._lk38v WHEN 1 THEN p._lk59u WHEN 2 THEN 'En voksen i husstanden er student med rett til støtte fra Lånekassen. Studenter skal som hovedregel dekke livsoppholdet med støtten fra Lånekassen; om husstanden likevel skal ha stønad, og hvor mye, må vurderes særskilt' END) AS _lk60u, COALESCE(p._lk36e, CASE WHEN p._lk38u IS NULL AND p._lk38v IS NULL THEN 'LK700100006' || 'Ingen definisjon av «sats_for_de_voksne» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk38v WHEN 1 THEN p._lk59e END) AS _lk60e, CASE WHEN r84.u IS NULL THEN CAST(COALESCE(g84.a, 0) AS DECIMAL(18,2)) END AS _lk84v, r84.u AS _lk84u, r84.e AS _lk84e FROM sak_30 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk83v) AS a FROM sak__barn_19 p GROUP BY p.sak_id) g84 ON g84.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk83u, CASE WHEN p._lk83u IS NOT NULL THEN p.nr END) AS u, min_by(p._lk83e, CASE WHEN p._lk83e IS NOT NULL THEN p.nr END) AS e FROM sak__barn_19 p WHERE p._lk83u IS NOT NULL OR p._lk83e IS NOT NULL GROUP BY p.sak_id) r84 ON r84.sak_id = p.sak_id
),
sak__utgifter_1 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, (p.`art` IN ('husleie', 'boliglån_renter', 'kommunale_avgifter', 'strøm', 'oppvarming', 'innboforsikring')) AS _lk86v FROM sak__utgifter_0 p
),
sak__utgifter_2 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk86v, CASE WHEN p._lk86v THEN p.`beløp` END AS _lk87v FROM sak__utgifter_1 p
),
niva89_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k89 FROM sak__utgifter_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__utgifter__gjelder_barn) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva89_1 AS (
  SELECT p.sak_id, p.nr, p.k89, 1 AS _lk90v FROM niva89_0 p
),
niva92_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k92, l.`fødselsdato` FROM sak__utgifter_0 pp JOIN (SELECT sak_id, nr AS n, `fødselsdato` FROM sak__barn) l ON l.sak_id = pp.sak_id
),
niva93_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k92, l.n AS k93, l.`fødselsdato`, pp.`fødselsdato` AS `niva92.fødselsdato` FROM niva92_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__utgifter__gjelder_barn) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva93_1 AS (
  SELECT p.sak_id, p.nr, p.k92, p.k93, (p.`niva92.fødselsdato` = p.`fødselsdato`) AS _lk94v FROM niva93_0 p
),
niva92_1 AS (
  SELECT p.sak_id, p.nr, p.k92, (COALESCE(g95.a, 0) = 1) AS _lk95v FROM niva92_0 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k92, MAX(CASE WHEN p._lk94v = TRUE THEN 1 ELSE 0 END) AS a FROM niva93_1 p GROUP BY p.sak_id, p.nr, p.k92) g95 ON g95.sak_id = p.sak_id AND g95.nr = p.nr AND g95.k92 = p.k92
),
niva92_2 AS (
  SELECT p.sak_id, p.nr, p.k92, CASE WHEN p._lk95v THEN 1 END AS _lk96v FROM niva92_1 p
),
sak__utgifter_3 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk86v, p._lk87v, CAST(COALESCE(g91.a, 0) AS BIGINT) AS _lk91v, CAST(COALESCE(g97.a, 0) AS BIGINT) AS _lk97v FROM sak__utgifter_2 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk90v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva89_1 p GROUP BY p.sak_id, p.nr) g91 ON g91.sak_id = p.sak_id AND g91.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk96v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva92_2 p GROUP BY p.sak_id, p.nr) g97 ON g97.sak_id = p.sak_id AND g97.nr = p.nr
),
sak__utgifter_4 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk86v, p._lk87v, ((p._lk91v > CAST(0 AS BIGINT)) AND (p._lk97v <> CAST(1 AS BIGINT))) AS _lk98v FROM sak__utgifter_3 p
),
sak__utgifter_5 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk86v, p._lk87v, CASE WHEN p._lk98v THEN 2 END AS _lk99v, CASE WHEN TRUE THEN 1 END AS _lk100v FROM sak__utgifter_4 p
),
niva89_2 AS (
  SELECT p.sak_id, p.nr, p.k89, 1 AS _lk102v FROM niva89_1 p
),
sak__utgifter_6 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk86v, p._lk87v, CASE WHEN CASE WHEN p._lk99v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk99v, p._lk100v) END AS _lk101v, CASE WHEN p._lk99v IS NULL THEN NULL END AS _lk101u, CAST(COALESCE(g103.a, 0) AS BIGINT) AS _lk103v FROM sak__utgifter_5 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk102v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva89_2 p GROUP BY p.sak_id, p.nr) g103 ON g103.sak_id = p.sak_id AND g103.nr = p.nr
),
sak__utgifter_7 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk86v, p._lk87v, CASE p._lk101v WHEN 1 THEN (p._lk103v > CAST(0 AS BIGINT)) WHEN 2 THEN NULL END AS _lk104v, COALESCE(p._lk101u, CASE p._lk101v WHEN 2 THEN 'En utgift er knyttet til et barn som ikke er med i søknaden, til flere barn, eller til barn med de samme opplysningene; utgiften må knyttes til nøyaktig ett barn' END) AS _lk104u, CASE WHEN p._lk101u IS NULL AND p._lk101v IS NULL THEN 'LK700100041' || 'Ingen definisjon av «gjelder_et_barn» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk104e FROM sak__utgifter_6 p
),
sak__utgifter_8 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk86v, p._lk87v, p._lk104v, p._lk104u, p._lk104e, ((NOT p._lk86v) AND (NOT p._lk104v)) AS _lk105v, CASE WHEN ((NOT p._lk86v) AND (NOT p._lk104v)) IS NULL THEN p._lk104u END AS _lk105u, CASE WHEN (NOT p._lk86v) = FALSE THEN NULL ELSE p._lk104e END AS _lk105e FROM sak__utgifter_7 p
),
sak__utgifter_9 AS (
  SELECT p.sak_id, p.nr, p._lk86v, p._lk87v, p._lk104v, p._lk104u, p._lk104e, CASE WHEN p._lk105v THEN p.`beløp` END AS _lk106v, CASE WHEN p._lk105v IS NULL THEN p._lk105u END AS _lk106u, p._lk105e AS _lk106e FROM sak__utgifter_8 p
),
sak_32 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, CAST(p._lk60v + p._lk84v AS DECIMAL(18,2)) AS _lk85v, CASE WHEN p._lk60u IS NULL THEN p._lk84u WHEN p._lk84u IS NULL THEN p._lk60u ELSE array_join(array_union(split(p._lk60u, chr(30)), split(p._lk84u, chr(30))), chr(30)) END AS _lk85u, COALESCE(p._lk60e, p._lk84e) AS _lk85e, CAST(COALESCE(g88.a, 0) AS DECIMAL(18,2)) AS _lk88v, CASE WHEN r107.u IS NULL THEN CAST(COALESCE(g107.a, 0) AS DECIMAL(18,2)) END AS _lk107v, r107.u AS _lk107u, r107.e AS _lk107e FROM sak_31 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk87v) AS a FROM sak__utgifter_2 p GROUP BY p.sak_id) g88 ON g88.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, SUM(p._lk106v) AS a FROM sak__utgifter_9 p GROUP BY p.sak_id) g107 ON g107.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk106u, CASE WHEN p._lk106u IS NOT NULL THEN p.nr END) AS u, min_by(p._lk106e, CASE WHEN p._lk106e IS NOT NULL THEN p.nr END) AS e FROM sak__utgifter_9 p WHERE p._lk106u IS NOT NULL OR p._lk106e IS NOT NULL GROUP BY p.sak_id) r107 ON r107.sak_id = p.sak_id
),
niva109_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k109, l.`beløp`, pp.`fødselsdato` AS `sak__barn.fødselsdato` FROM sak__barn_0 pp JOIN (SELECT sak_id, nr AS n, `art`, `beløp` FROM sak__utgifter) l ON l.sak_id = pp.sak_id
),
niva109_1 AS (
  SELECT p.sak_id, p.nr, p.k109, p.`beløp`, e._lk86v AS _lk86v, e._lk104v AS _lk104v, e._lk104u AS _lk104u, e._lk104e AS _lk104e FROM niva109_0 p JOIN sak__utgifter_9 e ON e.sak_id = p.sak_id AND e.nr = p.k109
),
niva111_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k109, l.n AS k111, l.`fødselsdato`, pp.`sak__barn.fødselsdato` FROM niva109_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__utgifter__gjelder_barn) l ON l.sak_id = pp.sak_id AND l.m = pp.k109
),
niva111_1 AS (
  SELECT p.sak_id, p.nr, p.k109, p.k111, (p.`sak__barn.fødselsdato` = p.`fødselsdato`) AS _lk112v FROM niva111_0 p
),
niva109_2 AS (
  SELECT p.sak_id, p.nr, p.k109, p.`beløp`, ((NOT p._lk86v) AND p._lk104v) AS _lk110v, CASE WHEN ((NOT p._lk86v) AND p._lk104v) IS NULL THEN p._lk104u END AS _lk110u, CASE WHEN (NOT p._lk86v) = FALSE THEN NULL ELSE p._lk104e END AS _lk110e, (COALESCE(g113.a, 0) = 1) AS _lk113v FROM niva109_1 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k109, MAX(CASE WHEN p._lk112v = TRUE THEN 1 ELSE 0 END) AS a FROM niva111_1 p GROUP BY p.sak_id, p.nr, p.k109) g113 ON g113.sak_id = p.sak_id AND g113.nr = p.nr AND g113.k109 = p.k109
),
niva109_3 AS (
  SELECT p.sak_id, p.nr, p.k109, p.`beløp`, (p._lk110v AND p._lk113v) AS _lk114v, CASE WHEN (p._lk110v AND p._lk113v) IS NULL THEN p._lk110u END AS _lk114u, p._lk110e AS _lk114e FROM niva109_2 p
),
niva109_4 AS (
  SELECT p.sak_id, p.nr, p.k109, CASE WHEN p._lk114v THEN p.`beløp` END AS _lk115v, CASE WHEN p._lk114v IS NULL THEN p._lk114u END AS _lk115u, p._lk114e AS _lk115e FROM niva109_3 p
),
sak__barn_20 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p._lk0v, CASE WHEN r116.u IS NULL THEN CAST(COALESCE(g116.a, 0) AS DECIMAL(18,2)) END AS _lk116v, r116.u AS _lk116u, r116.e AS _lk116e FROM sak__barn_19 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(p._lk115v) AS a FROM niva109_4 p GROUP BY p.sak_id, p.nr) g116 ON g116.sak_id = p.sak_id AND g116.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, min_by(p._lk115u, CASE WHEN p._lk115u IS NOT NULL THEN p.k109 END) AS u, min_by(p._lk115e, CASE WHEN p._lk115e IS NOT NULL THEN p.k109 END) AS e FROM niva109_4 p WHERE p._lk115u IS NOT NULL OR p._lk115e IS NOT NULL GROUP BY p.sak_id, p.nr) r116 ON r116.sak_id = p.sak_id AND r116.nr = p.nr
),
sak_33 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk107v, p._lk107u, p._lk107e, CAST(CAST(p._lk85v + p._lk88v AS DECIMAL(18,2)) + p._lk107v AS DECIMAL(18,2)) AS _lk108v, CASE WHEN p._lk85u IS NULL THEN p._lk107u WHEN p._lk107u IS NULL THEN p._lk85u ELSE array_join(array_union(split(p._lk85u, chr(30)), split(p._lk107u, chr(30))), chr(30)) END AS _lk108u, COALESCE(p._lk85e, p._lk107e) AS _lk108e, CASE WHEN r117.u IS NULL THEN CAST(COALESCE(g117.a, 0) AS DECIMAL(18,2)) END AS _lk117v, r117.u AS _lk117u, r117.e AS _lk117e FROM sak_32 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk116v) AS a FROM sak__barn_20 p GROUP BY p.sak_id) g117 ON g117.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk116u, CASE WHEN p._lk116u IS NOT NULL THEN p.nr END) AS u, min_by(p._lk116e, CASE WHEN p._lk116e IS NOT NULL THEN p.nr END) AS e FROM sak__barn_20 p WHERE p._lk116u IS NOT NULL OR p._lk116e IS NOT NULL GROUP BY p.sak_id) r117 ON r117.sak_id = p.sak_id
),
niva119_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k119 FROM sak__inntekter_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__tilhører) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva119_1 AS (
  SELECT p.sak_id, p.nr, p.k119, 1 AS _lk120v FROM niva119_0 p
),
niva122_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k122, l.`fødselsdato` FROM sak__inntekter_0 pp JOIN (SELECT sak_id, nr + 0 * 1000000000 AS n, `fødselsdato`, COALESCE(`utdanning`, 'ingen') AS `utdanning` FROM sak__voksne UNION ALL SELECT sak_id, nr + 1 * 1000000000 AS n, `fødselsdato`, COALESCE(`utdanning`, 'ingen') AS `utdanning` FROM sak__myndige_barn_i_skole) l ON l.sak_id = pp.sak_id
),
niva123_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k122, l.n AS k123, l.`fødselsdato`, pp.`fødselsdato` AS `niva122.fødselsdato` FROM niva122_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__tilhører) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva123_1 AS (
  SELECT p.sak_id, p.nr, p.k122, p.k123, (p.`fødselsdato` = p.`niva122.fødselsdato`) AS _lk124v FROM niva123_0 p
),
niva122_1 AS (
  SELECT p.sak_id, p.nr, p.k122, (COALESCE(g125.a, 0) = 1) AS _lk125v FROM niva122_0 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k122, MAX(CASE WHEN p._lk124v = TRUE THEN 1 ELSE 0 END) AS a FROM niva123_1 p GROUP BY p.sak_id, p.nr, p.k122) g125 ON g125.sak_id = p.sak_id AND g125.nr = p.nr AND g125.k122 = p.k122
),
niva122_2 AS (
  SELECT p.sak_id, p.nr, p.k122, CASE WHEN p._lk125v THEN 1 END AS _lk126v FROM niva122_1 p
),
sak__inntekter_1 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, CAST(COALESCE(g121.a, 0) AS BIGINT) AS _lk121v, CAST(COALESCE(g127.a, 0) AS BIGINT) AS _lk127v FROM sak__inntekter_0 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk120v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva119_1 p GROUP BY p.sak_id, p.nr) g121 ON g121.sak_id = p.sak_id AND g121.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk126v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva122_2 p GROUP BY p.sak_id, p.nr) g127 ON g127.sak_id = p.sak_id AND g127.nr = p.nr
),
sak__inntekter_2 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, ((p._lk121v > CAST(0 AS BIGINT)) AND (p._lk127v <> CAST(1 AS BIGINT))) AS _lk128v FROM sak__inntekter_1 p
),
sak__inntekter_3 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, CASE WHEN p._lk128v THEN 2 END AS _lk129v, CASE WHEN TRUE THEN 1 END AS _lk130v FROM sak__inntekter_2 p
),
niva119_2 AS (
  SELECT p.sak_id, p.nr, p.k119, 1 AS _lk132v FROM niva119_1 p
),
sak__inntekter_4 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, CASE WHEN CASE WHEN p._lk129v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk129v, p._lk130v) END AS _lk131v, CASE WHEN p._lk129v IS NULL THEN NULL END AS _lk131u, CAST(COALESCE(g133.a, 0) AS BIGINT) AS _lk133v FROM sak__inntekter_3 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk132v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva119_2 p GROUP BY p.sak_id, p.nr) g133 ON g133.sak_id = p.sak_id AND g133.nr = p.nr
),
niva135_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k135, l.`fødselsdato`, pp._lk0v FROM sak__inntekter_0 pp JOIN (SELECT sak_id, nr AS n, `fødselsdato`, COALESCE(`utdanning`, 'ingen') AS `utdanning` FROM sak__myndige_barn_i_skole) l ON l.sak_id = pp.sak_id
),
niva136_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k135, l.n AS k136, l.`fødselsdato`, pp.`fødselsdato` AS `niva135.fødselsdato` FROM niva135_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__tilhører) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva136_1 AS (
  SELECT p.sak_id, p.nr, p.k135, p.k136, (p.`fødselsdato` = p.`niva135.fødselsdato`) AS _lk137v FROM niva136_0 p
),
niva135_1 AS (
  SELECT p.sak_id, p.nr, p.k135, p._lk0v, (COALESCE(g138.a, 0) = 1) AS _lk138v FROM niva135_0 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k135, MAX(CASE WHEN p._lk137v = TRUE THEN 1 ELSE 0 END) AS a FROM niva136_1 p GROUP BY p.sak_id, p.nr, p.k135) g138 ON g138.sak_id = p.sak_id AND g138.nr = p.nr AND g138.k135 = p.k135
),
sak__inntekter_5 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, CASE p._lk131v WHEN 1 THEN (p._lk133v > CAST(0 AS BIGINT)) WHEN 2 THEN NULL END AS _lk134v, COALESCE(p._lk131u, CASE p._lk131v WHEN 2 THEN 'En inntekt er knyttet til en person som ikke er med i søknaden, til flere personer, eller til personer med de samme opplysningene; inntekten må knyttes til nøyaktig én voksen' END) AS _lk134u, CASE WHEN p._lk131u IS NULL AND p._lk131v IS NULL THEN 'LK700100042' || 'Ingen definisjon av «inntekt_har_eier» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk134e, (COALESCE(g139.a, 0) = 1) AS _lk139v FROM sak__inntekter_4 p LEFT JOIN (SELECT p.sak_id, p.nr, MAX(CASE WHEN p._lk138v = TRUE THEN 1 ELSE 0 END) AS a FROM niva135_1 p GROUP BY p.sak_id, p.nr) g139 ON g139.sak_id = p.sak_id AND g139.nr = p.nr
),
sak__inntekter_6 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk134v, p._lk134u, p._lk134e, CASE p._lk134v WHEN TRUE THEN p._lk139v WHEN FALSE THEN FALSE END AS _lk140v, CASE p._lk134v WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk134u END AS _lk140u, p._lk134e AS _lk140e FROM sak__inntekter_5 p
),
sak__inntekter_7 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk134v, p._lk134u, p._lk134e, (NOT p._lk140v) AS _lk141v, p._lk140u AS _lk141u, p._lk140e AS _lk141e, CASE WHEN (p.`art` IN ('formue', 'skatt_til_gode')) THEN 2 END AS _lk142v, CASE WHEN TRUE THEN 1 END AS _lk143v FROM sak__inntekter_6 p
),
sak__inntekter_8 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk134v, p._lk134u, p._lk134e, p._lk141v, p._lk141u, p._lk141e, CASE WHEN CASE WHEN p._lk142v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk142v, p._lk143v) END AS _lk144v, CASE WHEN p._lk142v IS NULL THEN NULL END AS _lk144u FROM sak__inntekter_7 p
),
sak__inntekter_9 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk134v, p._lk134u, p._lk134e, p._lk141v, p._lk141u, p._lk141e, CASE p._lk144v WHEN 1 THEN FALSE WHEN 2 THEN TRUE END AS _lk145v, p._lk144u AS _lk145u, CASE WHEN p._lk144u IS NULL AND p._lk144v IS NULL THEN 'LK700100043' || 'Ingen definisjon av «er_midler» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk145e FROM sak__inntekter_8 p
),
niva147_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k147, l.`fødselsdato`, pp._lk0v FROM sak__inntekter_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__gjelder_barn) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva147_1 AS (
  SELECT p.sak_id, p.nr, p.k147, p.`fødselsdato`, p._lk0v, 1 AS _lk148v FROM niva147_0 p
),
niva150_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k150, l.`fødselsdato` FROM sak__inntekter_0 pp JOIN (SELECT sak_id, nr AS n, `fødselsdato` FROM sak__barn) l ON l.sak_id = pp.sak_id
),
niva151_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k150, l.n AS k151, l.`fødselsdato`, pp.`fødselsdato` AS `niva150.fødselsdato` FROM niva150_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__gjelder_barn) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva151_1 AS (
  SELECT p.sak_id, p.nr, p.k150, p.k151, (p.`niva150.fødselsdato` = p.`fødselsdato`) AS _lk152v FROM niva151_0 p
),
niva150_1 AS (
  SELECT p.sak_id, p.nr, p.k150, (COALESCE(g153.a, 0) = 1) AS _lk153v FROM niva150_0 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k150, MAX(CASE WHEN p._lk152v = TRUE THEN 1 ELSE 0 END) AS a FROM niva151_1 p GROUP BY p.sak_id, p.nr, p.k150) g153 ON g153.sak_id = p.sak_id AND g153.nr = p.nr AND g153.k150 = p.k150
),
niva150_2 AS (
  SELECT p.sak_id, p.nr, p.k150, CASE WHEN p._lk153v THEN 1 END AS _lk154v FROM niva150_1 p
),
sak__inntekter_10 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk134v, p._lk134u, p._lk134e, p._lk141v, p._lk141u, p._lk141e, p._lk145v, p._lk145u, p._lk145e, (p._lk141v AND (NOT p._lk145v)) AS _lk146v, CASE WHEN (p._lk141v AND (NOT p._lk145v)) IS NULL THEN CASE WHEN p._lk141u IS NULL THEN p._lk145u WHEN p._lk145u IS NULL THEN p._lk141u ELSE array_join(array_union(split(p._lk141u, chr(30)), split(p._lk145u, chr(30))), chr(30)) END END AS _lk146u, COALESCE(p._lk141e, CASE WHEN p._lk141v = FALSE THEN NULL ELSE p._lk145e END) AS _lk146e, CAST(COALESCE(g149.a, 0) AS BIGINT) AS _lk149v, CAST(COALESCE(g155.a, 0) AS BIGINT) AS _lk155v FROM sak__inntekter_9 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk148v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva147_1 p GROUP BY p.sak_id, p.nr) g149 ON g149.sak_id = p.sak_id AND g149.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk154v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva150_2 p GROUP BY p.sak_id, p.nr) g155 ON g155.sak_id = p.sak_id AND g155.nr = p.nr
),
sak__inntekter_11 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk134v, p._lk134u, p._lk134e, p._lk141v, p._lk141u, p._lk141e, p._lk145v, p._lk145u, p._lk145e, p._lk146v, p._lk146u, p._lk146e, ((p._lk149v > CAST(0 AS BIGINT)) AND (p._lk155v <> CAST(1 AS BIGINT))) AS _lk156v FROM sak__inntekter_10 p
),
sak__inntekter_12 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk134v, p._lk134u, p._lk134e, p._lk141v, p._lk141u, p._lk141e, p._lk145v, p._lk145u, p._lk145e, p._lk146v, p._lk146u, p._lk146e, CASE WHEN p._lk156v THEN 2 END AS _lk157v, CASE WHEN TRUE THEN 1 END AS _lk158v FROM sak__inntekter_11 p
),
niva147_2 AS (
  SELECT p.sak_id, p.nr, p.k147, p.`fødselsdato`, p._lk0v, 1 AS _lk160v FROM niva147_1 p
),
sak__barn_21 AS (
  SELECT p.sak_id, p.nr, CASE WHEN p._lk0v >= p.`fødselsdato` THEN CAST(year(p._lk0v) AS BIGINT) - CAST(year(p.`fødselsdato`) AS BIGINT) - CASE WHEN CAST(month(p._lk0v) AS BIGINT) * 100 + CAST(day(p._lk0v) AS BIGINT) < CAST(month(p.`fødselsdato`) AS BIGINT) * 100 + CAST(day(p.`fødselsdato`) AS BIGINT) THEN 1 ELSE 0 END END AS _lk162v, CASE WHEN p._lk0v < p.`fødselsdato` THEN 'Alderen kan ikke regnes ut: fødselsdatoen ' || date_format(p.`fødselsdato`, 'yyyy-MM-dd') || ' er etter ' || date_format(p._lk0v, 'yyyy-MM-dd') || ', datoen alderen regnes på' END AS _lk162u FROM sak__barn_20 p
),
sak__barn_22 AS (
  SELECT p.sak_id, p.nr, (p._lk162v < CAST(18 AS BIGINT)) AS _lk163v, p._lk162u AS _lk163u FROM sak__barn_21 p
),
sak_34 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk107v, p._lk107u, p._lk107e, p._lk117v, p._lk117u, p._lk117e, CAST(p._lk108v + p._lk117v AS DECIMAL(18,2)) AS _lk118v, CASE WHEN p._lk108u IS NULL THEN p._lk117u WHEN p._lk117u IS NULL THEN p._lk108u ELSE array_join(array_union(split(p._lk108u, chr(30)), split(p._lk117u, chr(30))), chr(30)) END AS _lk118u, COALESCE(p._lk108e, p._lk117e) AS _lk118e, CASE WHEN COALESCE(g164.a, 0) = 1 THEN (COALESCE(g164.a, 0) = 1) WHEN r164.u IS NULL THEN (COALESCE(g164.a, 0) = 1) END AS _lk164v, CASE WHEN COALESCE(g164.a, 0) = 1 THEN NULL ELSE r164.u END AS _lk164u FROM sak_33 p LEFT JOIN (SELECT p.sak_id, MAX(CASE WHEN p._lk163v = TRUE THEN 1 ELSE 0 END) AS a FROM sak__barn_22 p GROUP BY p.sak_id) g164 ON g164.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, nullif(array_join(array_distinct(flatten(transform(array_sort(collect_list(CASE WHEN p._lk163u IS NOT NULL THEN struct(p.nr AS o, p._lk163u AS r) END)), x -> split(x.r, chr(30))))), chr(30)), '') AS u FROM sak__barn_22 p WHERE p._lk163u IS NOT NULL GROUP BY p.sak_id) r164 ON r164.sak_id = p.sak_id
),
niva147_3 AS (
  SELECT p.sak_id, p.nr, p.k147, p._lk160v, CASE WHEN p._lk0v >= p.`fødselsdato` THEN CAST(year(p._lk0v) AS BIGINT) - CAST(year(p.`fødselsdato`) AS BIGINT) - CASE WHEN CAST(month(p._lk0v) AS BIGINT) * 100 + CAST(day(p._lk0v) AS BIGINT) < CAST(month(p.`fødselsdato`) AS BIGINT) * 100 + CAST(day(p.`fødselsdato`) AS BIGINT) THEN 1 ELSE 0 END END AS _lk165v, CASE WHEN p._lk0v < p.`fødselsdato` THEN 'Alderen kan ikke regnes ut: fødselsdatoen ' || date_format(p.`fødselsdato`, 'yyyy-MM-dd') || ' er etter ' || date_format(p._lk0v, 'yyyy-MM-dd') || ', datoen alderen regnes på' END AS _lk165u FROM niva147_2 p
),
niva147_4 AS (
  SELECT p.sak_id, p.nr, p.k147, p._lk160v, (p._lk165v < CAST(18 AS BIGINT)) AS _lk166v, p._lk165u AS _lk166u FROM niva147_3 p
),
sak__inntekter_13 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk134v, p._lk134u, p._lk134e, p._lk141v, p._lk141u, p._lk141e, p._lk145v, p._lk145u, p._lk145e, p._lk146v, p._lk146u, p._lk146e, CASE WHEN CASE WHEN p._lk157v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk157v, p._lk158v) END AS _lk159v, CASE WHEN p._lk157v IS NULL THEN NULL END AS _lk159u, CAST(COALESCE(g161.a, 0) AS BIGINT) AS _lk161v, c._lk164v AS _lk164v, c._lk164u AS _lk164u, CASE WHEN COALESCE(g167.a, 0) = 1 THEN (COALESCE(g167.a, 0) = 1) WHEN r167.u IS NULL THEN (COALESCE(g167.a, 0) = 1) END AS _lk167v, CASE WHEN COALESCE(g167.a, 0) = 1 THEN NULL ELSE r167.u END AS _lk167u FROM sak__inntekter_12 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk160v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva147_2 p GROUP BY p.sak_id, p.nr) g161 ON g161.sak_id = p.sak_id AND g161.nr = p.nr JOIN sak_34 c ON c.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, p.nr, MAX(CASE WHEN p._lk166v = TRUE THEN 1 ELSE 0 END) AS a FROM niva147_4 p GROUP BY p.sak_id, p.nr) g167 ON g167.sak_id = p.sak_id AND g167.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, nullif(array_join(array_distinct(flatten(transform(array_sort(collect_list(CASE WHEN p._lk166u IS NOT NULL THEN struct(p.k147 AS o, p._lk166u AS r) END)), x -> split(x.r, chr(30))))), chr(30)), '') AS u FROM niva147_4 p WHERE p._lk166u IS NOT NULL GROUP BY p.sak_id, p.nr) r167 ON r167.sak_id = p.sak_id AND r167.nr = p.nr
),
sak__inntekter_14 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk134v, p._lk134u, p._lk134e, p._lk141v, p._lk141u, p._lk141e, p._lk145v, p._lk145u, p._lk145e, p._lk146v, p._lk146u, p._lk146e, p._lk159v, p._lk159u, CASE (p._lk161v = CAST(0 AS BIGINT)) WHEN TRUE THEN p._lk164v WHEN FALSE THEN p._lk167v END AS _lk168v, CASE (p._lk161v = CAST(0 AS BIGINT)) WHEN TRUE THEN p._lk164u WHEN FALSE THEN p._lk167u ELSE NULL END AS _lk168u FROM sak__inntekter_13 p
),
sak__inntekter_15 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p._lk0v, p._lk134v, p._lk134u, p._lk134e, p._lk141v, p._lk141u, p._lk141e, p._lk145v, p._lk145u, p._lk145e, p._lk146v, p._lk146u, p._lk146e, p._lk159v, p._lk159u, ((p.`arbeidsart` <> 'annet_arbeid') AND p._lk168v) AS _lk169v, CASE WHEN ((p.`arbeidsart` <> 'annet_arbeid') AND p._lk168v) IS NULL THEN p._lk168u END AS _lk169u FROM sak__inntekter_14 p
),
sak__inntekter_16 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p._lk0v, p._lk134v, p._lk134u, p._lk134e, p._lk141v, p._lk141u, p._lk141e, p._lk145v, p._lk145u, p._lk145e, p._lk146v, p._lk146u, p._lk146e, CASE p._lk159v WHEN 1 THEN p._lk169v WHEN 2 THEN NULL END AS _lk170v, COALESCE(p._lk159u, CASE p._lk159v WHEN 1 THEN p._lk169u WHEN 2 THEN 'En arbeidsinntekt er knyttet til et barn som ikke er med i søknaden, til flere barn, eller til barn med de samme opplysningene; inntekten må knyttes til nøyaktig ett barn' END) AS _lk170u, CASE WHEN p._lk159u IS NULL AND p._lk159v IS NULL THEN 'LK700100044' || 'Ingen definisjon av «barns_arbeid_i_fritid_og_ferier» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk170e FROM sak__inntekter_15 p
),
sak__inntekter_17 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p._lk0v, p._lk134v, p._lk134u, p._lk134e, p._lk141v, p._lk141u, p._lk141e, p._lk145v, p._lk145u, p._lk145e, p._lk146v, p._lk146u, p._lk146e, ((p.`art` = 'barns_arbeidsinntekt') AND p._lk170v) AS _lk171v, CASE WHEN ((p.`art` = 'barns_arbeidsinntekt') AND p._lk170v) IS NULL THEN p._lk170u END AS _lk171u, CASE WHEN (p.`art` = 'barns_arbeidsinntekt') = FALSE THEN NULL ELSE p._lk170e END AS _lk171e, (p.`art` IN ('barnetrygd', 'utvidet_barnetrygd', 'småbarnstillegg')) AS _lk172v FROM sak__inntekter_16 p
),
sak__inntekter_18 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p._lk0v, p._lk134v, p._lk134u, p._lk134e, p._lk141v, p._lk141u, p._lk141e, p._lk145v, p._lk145u, p._lk145e, p._lk146v, p._lk146u, p._lk146e, p._lk171v, p._lk171u, p._lk171e, p._lk172v, CASE WHEN (p.`art` = 'kontantstøtte') THEN 2 END AS _lk173v FROM sak__inntekter_17 p
),
sak__inntekter_19 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk134v, p._lk134u, p._lk134e, p._lk141v, p._lk141u, p._lk141e, p._lk145v, p._lk145u, p._lk145e, p._lk146v, p._lk146u, p._lk146e, p._lk171v, p._lk171u, p._lk171e, p._lk172v, p._lk173v, CASE WHEN (p.`art` = 'utenlandsk_barnetrygd') THEN 3 END AS _lk174v FROM sak__inntekter_18 p
),
sak__inntekter_20 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk134v, p._lk134u, p._lk134e, p._lk141v, p._lk141u, p._lk141e, p._lk145v, p._lk145u, p._lk145e, p._lk146v, p._lk146u, p._lk146e, p._lk172v, p._lk173v, p._lk174v, CASE WHEN CASE WHEN (DATE '2016-01-01' <= p._lk0v) THEN p._lk171v ELSE FALSE END THEN 4 END AS _lk175v, CASE WHEN CASE WHEN (DATE '2016-01-01' <= p._lk0v) THEN p._lk171v ELSE FALSE END IS NULL THEN CASE WHEN (DATE '2016-01-01' <= p._lk0v) THEN p._lk171u END END AS _lk175u, CASE WHEN (DATE '2016-01-01' <= p._lk0v) THEN p._lk171e END AS _lk175e FROM sak__inntekter_19 p
),
sak__inntekter_21 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk134v, p._lk134u, p._lk134e, p._lk141v, p._lk141u, p._lk141e, p._lk145v, p._lk145u, p._lk145e, p._lk146v, p._lk146u, p._lk146e, p._lk173v, p._lk174v, p._lk175v, p._lk175u, p._lk175e, CASE WHEN CASE WHEN (DATE '2022-09-01' <= p._lk0v) THEN p._lk172v ELSE FALSE END THEN 5 END AS _lk176v FROM sak__inntekter_20 p
),
sak__inntekter_22 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk134v, p._lk134u, p._lk134e, p._lk141v, p._lk141u, p._lk141e, p._lk145v, p._lk145u, p._lk145e, p._lk146v, p._lk146u, p._lk146e, COALESCE(p._lk173v, p._lk174v, p._lk175v, p._lk176v) AS _lk177v, p._lk175u AS _lk177u, CASE WHEN p._lk174v IS NOT NULL AND p._lk173v IS NOT NULL THEN CASE WHEN p._lk173v = 2 AND p._lk174v = 3 THEN 'LK700200045' || 'Motstrid i «teller_som_inntekt»: både unntaket «kontantstøtte» og unntaket «utenlandsk_barnetrygd» gjelder, og ingen av dem er unntak fra den andre' END WHEN p._lk175e IS NOT NULL THEN p._lk175e WHEN p._lk175v IS NOT NULL AND COALESCE(p._lk173v, p._lk174v) IS NOT NULL THEN CASE WHEN COALESCE(p._lk173v, p._lk174v) = 2 AND p._lk175v = 4 THEN 'LK700200046' || 'Motstrid i «teller_som_inntekt»: både unntaket «kontantstøtte» og unntaket «barns_arbeidsinntekt» gjelder, og ingen av dem er unntak fra den andre' WHEN COALESCE(p._lk173v, p._lk174v) = 3 AND p._lk175v = 4 THEN 'LK700200047' || 'Motstrid i «teller_som_inntekt»: både unntaket «utenlandsk_barnetrygd» og unntaket «barns_arbeidsinntekt» gjelder, og ingen av dem er unntak fra den andre' END WHEN p._lk176v IS NOT NULL AND COALESCE(p._lk173v, p._lk174v, p._lk175v) IS NOT NULL THEN CASE WHEN COALESCE(p._lk173v, p._lk174v, p._lk175v) = 2 AND p._lk176v = 5 THEN 'LK700200048' || 'Motstrid i «teller_som_inntekt»: både unntaket «kontantstøtte» og unntaket «barnetrygd» gjelder, og ingen av dem er unntak fra den andre' WHEN COALESCE(p._lk173v, p._lk174v, p._lk175v) = 3 AND p._lk176v = 5 THEN 'LK700200049' || 'Motstrid i «teller_som_inntekt»: både unntaket «utenlandsk_barnetrygd» og unntaket «barnetrygd» gjelder, og ingen av dem er unntak fra den andre' WHEN COALESCE(p._lk173v, p._lk174v, p._lk175v) = 4 AND p._lk176v = 5 THEN 'LK700200050' || 'Motstrid i «teller_som_inntekt»: både unntaket «barns_arbeidsinntekt» og unntaket «barnetrygd» gjelder, og ingen av dem er unntak fra den andre' END END AS _lk177e, CASE WHEN TRUE THEN 1 END AS _lk178v FROM sak__inntekter_21 p
),
sak__inntekter_23 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk134v, p._lk134u, p._lk134e, p._lk141v, p._lk141u, p._lk141e, p._lk145v, p._lk145u, p._lk145e, p._lk146v, p._lk146u, p._lk146e, p._lk177e, CASE WHEN COALESCE(p._lk177u, CASE WHEN p._lk177v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk177v, p._lk178v) END AS _lk179v, COALESCE(p._lk177u, CASE WHEN p._lk177v IS NULL THEN NULL END) AS _lk179u, TRUE AS _lk180v FROM sak__inntekter_22 p
),
sak__inntekter_24 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk134v, p._lk134u, p._lk134e, p._lk141v, p._lk141u, p._lk141e, p._lk145v, p._lk145u, p._lk145e, p._lk146v, p._lk146u, p._lk146e, CASE p._lk179v WHEN 1 THEN TRUE WHEN 2 THEN TRUE WHEN 3 THEN p._lk180v WHEN 4 THEN FALSE WHEN 5 THEN FALSE END AS _lk181v, p._lk179u AS _lk181u, COALESCE(p._lk177e, CASE WHEN p._lk179u IS NULL AND p._lk179v IS NULL THEN 'LK700100051' || 'Ingen definisjon av «teller_som_inntekt» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END) AS _lk181e FROM sak__inntekter_23 p
),
sak__inntekter_25 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk134v, p._lk134u, p._lk134e, p._lk141v, p._lk141u, p._lk141e, p._lk145v, p._lk145u, p._lk145e, p._lk181v, p._lk181u, p._lk181e, (p._lk146v AND p._lk181v) AS _lk182v, CASE WHEN (p._lk146v AND p._lk181v) IS NULL THEN CASE WHEN p._lk146u IS NULL THEN p._lk181u WHEN p._lk181u IS NULL THEN p._lk146u ELSE array_join(array_union(split(p._lk146u, chr(30)), split(p._lk181u, chr(30))), chr(30)) END END AS _lk182u, COALESCE(p._lk146e, CASE WHEN p._lk146v = FALSE THEN NULL ELSE p._lk181e END) AS _lk182e FROM sak__inntekter_24 p
),
sak__inntekter_26 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk134v, p._lk134u, p._lk134e, p._lk141v, p._lk141u, p._lk141e, p._lk145v, p._lk145u, p._lk145e, p._lk181v, p._lk181u, p._lk181e, CASE WHEN p._lk182v THEN p.`beløp` END AS _lk183v, CASE WHEN p._lk182v IS NULL THEN p._lk182u END AS _lk183u, p._lk182e AS _lk183e FROM sak__inntekter_25 p
),
sak_35 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk107v, p._lk107u, p._lk107e, p._lk117v, p._lk117u, p._lk117e, p._lk118v, p._lk118u, p._lk118e, CASE WHEN r184.u IS NULL THEN CAST(COALESCE(g184.a, 0) AS DECIMAL(18,2)) END AS _lk184v, r184.u AS _lk184u, r184.e AS _lk184e FROM sak_34 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk183v) AS a FROM sak__inntekter_26 p GROUP BY p.sak_id) g184 ON g184.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk183u, CASE WHEN p._lk183u IS NOT NULL THEN p.nr END) AS u, min_by(p._lk183e, CASE WHEN p._lk183e IS NOT NULL THEN p.nr END) AS e FROM sak__inntekter_26 p WHERE p._lk183u IS NOT NULL OR p._lk183e IS NOT NULL GROUP BY p.sak_id) r184 ON r184.sak_id = p.sak_id
),
sak__inntekter_27 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk134v, p._lk134u, p._lk134e, p._lk141v, p._lk141u, p._lk141e, p._lk145v, p._lk145u, p._lk145e, p._lk181v, p._lk181u, p._lk181e, (p._lk141v AND p._lk145v) AS _lk186v, CASE WHEN (p._lk141v AND p._lk145v) IS NULL THEN CASE WHEN p._lk141u IS NULL THEN p._lk145u WHEN p._lk145u IS NULL THEN p._lk141u ELSE array_join(array_union(split(p._lk141u, chr(30)), split(p._lk145u, chr(30))), chr(30)) END END AS _lk186u, COALESCE(p._lk141e, CASE WHEN p._lk141v = FALSE THEN NULL ELSE p._lk145e END) AS _lk186e, p.`beløp` AS _lk187v FROM sak__inntekter_26 p
),
sak__inntekter_28 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk134v, p._lk134u, p._lk134e, p._lk141v, p._lk141u, p._lk141e, p._lk145v, p._lk145u, p._lk145e, p._lk181v, p._lk181u, p._lk181e, p._lk187v, CASE WHEN p._lk186v THEN p._lk187v END AS _lk188v, CASE WHEN p._lk186v IS NULL THEN p._lk186u END AS _lk188u, p._lk186e AS _lk188e FROM sak__inntekter_27 p
),
sak_36 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk107v, p._lk107u, p._lk107e, p._lk117v, p._lk117u, p._lk117e, p._lk118v, p._lk118u, p._lk118e, p._lk184v, p._lk184u, p._lk184e, CAST(p._lk118v - p._lk184v AS DECIMAL(18,2)) AS _lk185v, CASE WHEN p._lk118u IS NULL THEN p._lk184u WHEN p._lk184u IS NULL THEN p._lk118u ELSE array_join(array_union(split(p._lk118u, chr(30)), split(p._lk184u, chr(30))), chr(30)) END AS _lk185u, COALESCE(p._lk118e, p._lk184e) AS _lk185e, CASE WHEN r189.u IS NULL THEN CAST(COALESCE(g189.a, 0) AS DECIMAL(18,2)) END AS _lk189v, r189.u AS _lk189u, r189.e AS _lk189e FROM sak_35 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk188v) AS a FROM sak__inntekter_28 p GROUP BY p.sak_id) g189 ON g189.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk188u, CASE WHEN p._lk188u IS NOT NULL THEN p.nr END) AS u, min_by(p._lk188e, CASE WHEN p._lk188e IS NOT NULL THEN p.nr END) AS e FROM sak__inntekter_28 p WHERE p._lk188u IS NOT NULL OR p._lk188e IS NOT NULL GROUP BY p.sak_id) r189 ON r189.sak_id = p.sak_id
),
sak_37 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk107v, p._lk107u, p._lk107e, p._lk117v, p._lk117u, p._lk117e, p._lk118v, p._lk118u, p._lk118e, p._lk184v, p._lk184u, p._lk184e, p._lk189v, p._lk189u, p._lk189e, CAST(p._lk185v - p._lk189v AS DECIMAL(18,2)) AS _lk190v, CASE WHEN p._lk185u IS NULL THEN p._lk189u WHEN p._lk189u IS NULL THEN p._lk185u ELSE array_join(array_union(split(p._lk185u, chr(30)), split(p._lk189u, chr(30))), chr(30)) END AS _lk190u, COALESCE(p._lk185e, p._lk189e) AS _lk190e FROM sak_36 p
),
sak__voksne_9 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, 1 AS _lk192v FROM sak__voksne_8 p
),
sak_38 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk107v, p._lk107u, p._lk107e, p._lk117v, p._lk117u, p._lk117e, p._lk118v, p._lk118u, p._lk118e, p._lk184v, p._lk184u, p._lk184e, p._lk189v, p._lk189u, p._lk189e, CASE WHEN CAST(0 AS DECIMAL(18,2)) IS NULL OR p._lk190v IS NULL THEN NULL WHEN p._lk190v > CAST(0 AS DECIMAL(18,2)) THEN p._lk190v ELSE CAST(0 AS DECIMAL(18,2)) END AS _lk191v, p._lk190u AS _lk191u, p._lk190e AS _lk191e, CAST(COALESCE(g193.a, 0) AS BIGINT) AS _lk193v FROM sak_37 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk192v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__voksne_9 p GROUP BY p.sak_id) g193 ON g193.sak_id = p.sak_id
),
sak_39 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk107v, p._lk107u, p._lk107e, p._lk117v, p._lk117u, p._lk117e, p._lk118v, p._lk118u, p._lk118e, p._lk184v, p._lk184u, p._lk184e, p._lk189v, p._lk189u, p._lk189e, p._lk191v, p._lk191u, p._lk191e, CASE WHEN CAST(1 AS BIGINT) IS NULL OR p._lk193v IS NULL THEN NULL WHEN p._lk193v > CAST(1 AS BIGINT) THEN p._lk193v ELSE CAST(1 AS BIGINT) END AS _lk194v FROM sak_38 p
),
sak_40 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk107v, p._lk107u, p._lk107e, p._lk117v, p._lk117u, p._lk117e, p._lk118v, p._lk118u, p._lk118e, p._lk184v, p._lk184u, p._lk184e, p._lk189v, p._lk189u, p._lk189e, p._lk191v, p._lk191u, p._lk191e, p._lk194v, CAST(CAST(p._lk59v AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) AS _lk195v, CAST(p._lk194v AS DECIMAL(38,0)) AS _lk196v FROM sak_39 p
),
sak_41 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk107v, p._lk107u, p._lk107e, p._lk117v, p._lk117u, p._lk117e, p._lk118v, p._lk118u, p._lk118e, p._lk184v, p._lk184u, p._lk184e, p._lk189v, p._lk189u, p._lk189e, p._lk191v, p._lk191u, p._lk191e, CASE WHEN p._lk196v = 0 THEN NULL WHEN p._lk195v % p._lk196v = 0 THEN CAST(CAST(((p._lk195v) div (p._lk196v)) AS DECIMAL(38,0)) * 0.01 AS DECIMAL(18,2)) END AS _lk197v, p._lk59u AS _lk197u, COALESCE(COALESCE(p._lk59e, CASE WHEN p._lk59v IS NOT NULL AND p._lk194v = 0 THEN 'LK700400052' || 'Deling med null' END), CASE WHEN p._lk196v = 0 THEN NULL WHEN p._lk195v % p._lk196v <> 0 THEN 'LK701000053' || 'Beløpet er ikke et helt antall øre, og SQL-spørringen regner beløp i hele øre; rund av med avrund(…) i reglene, eller regn ut saken med lovkode run' END) AS _lk197e FROM sak_40 p
),
sak__voksne_10 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, c._lk197v AS _lk197v, c._lk197u AS _lk197u, c._lk197e AS _lk197e, 1 AS _lk198v, c._lk85v AS _lk85v, c._lk85u AS _lk85u, c._lk85e AS _lk85e, c._lk59v AS _lk59v, c._lk59u AS _lk59u, c._lk59e AS _lk59e, c._lk107v AS _lk107v, c._lk107u AS _lk107u, c._lk107e AS _lk107e, c._lk117v AS _lk117v, c._lk117u AS _lk117u, c._lk117e AS _lk117e FROM sak__voksne_9 p JOIN sak_41 c ON c.sak_id = p.sak_id
),
sak_42 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk107v, p._lk107u, p._lk107e, p._lk117v, p._lk117u, p._lk117e, p._lk118v, p._lk118u, p._lk118e, p._lk184v, p._lk184u, p._lk184e, p._lk189v, p._lk189u, p._lk189e, p._lk191v, p._lk191u, p._lk191e, CAST(COALESCE(g199.a, 0) AS BIGINT) AS _lk199v FROM sak_41 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk198v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__voksne_10 p GROUP BY p.sak_id) g199 ON g199.sak_id = p.sak_id
),
sak_43 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk107v, p._lk107u, p._lk107e, p._lk117v, p._lk117u, p._lk117e, p._lk118v, p._lk118u, p._lk118e, p._lk184v, p._lk184u, p._lk184e, p._lk189v, p._lk189u, p._lk189e, p._lk191v, p._lk191u, p._lk191e, CASE WHEN CAST(1 AS BIGINT) IS NULL OR p._lk199v IS NULL THEN NULL WHEN p._lk199v > CAST(1 AS BIGINT) THEN p._lk199v ELSE CAST(1 AS BIGINT) END AS _lk200v FROM sak_42 p
),
sak_44 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk107v, p._lk107u, p._lk107e, p._lk117v, p._lk117u, p._lk117e, p._lk118v, p._lk118u, p._lk118e, p._lk184v, p._lk184u, p._lk184e, p._lk189v, p._lk189u, p._lk189e, p._lk191v, p._lk191u, p._lk191e, p._lk200v, CASE WHEN (CAST(p._lk200v AS DECIMAL(38,0)) * 1) < 0 THEN -CAST(CAST(p._lk88v AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) ELSE CAST(CAST(p._lk88v AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) END AS _lk201v, CASE WHEN (CAST(p._lk200v AS DECIMAL(38,0)) * 1) < 0 THEN -(CAST(p._lk200v AS DECIMAL(38,0)) * 1) ELSE (CAST(p._lk200v AS DECIMAL(38,0)) * 1) END AS _lk202v FROM sak_43 p
),
sak_45 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk107v, p._lk107u, p._lk107e, p._lk117v, p._lk117u, p._lk117e, p._lk118v, p._lk118u, p._lk118e, p._lk184v, p._lk184u, p._lk184e, p._lk189v, p._lk189u, p._lk189e, p._lk191v, p._lk191u, p._lk191e, CASE WHEN p._lk202v <> 0 THEN CAST(CAST((((p._lk201v - (p._lk201v % p._lk202v)) div (p._lk202v))) * 1 AS DECIMAL(38,0)) * 0.01 AS DECIMAL(18,2)) END AS _lk203v, CASE WHEN p._lk88v IS NOT NULL AND p._lk200v = 0 THEN 'LK700400054' || 'Deling med null' END AS _lk203e FROM sak_44 p
),
sak__voksne_11 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, p._lk197v, p._lk197u, p._lk197e, p._lk85v, p._lk85u, p._lk85e, p._lk59v, p._lk59u, p._lk59e, p._lk107v, p._lk107u, p._lk107e, p._lk117v, p._lk117u, p._lk117e, c._lk203v AS _lk203v, c._lk203e AS _lk203e, 1 AS _lk204v FROM sak__voksne_10 p JOIN sak_45 c ON c.sak_id = p.sak_id
),
sak_46 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk107v, p._lk107u, p._lk107e, p._lk117v, p._lk117u, p._lk117e, p._lk118v, p._lk118u, p._lk118e, p._lk184v, p._lk184u, p._lk184e, p._lk189v, p._lk189u, p._lk189e, p._lk191v, p._lk191u, p._lk191e, p._lk203v, p._lk203e, CAST(COALESCE(g205.a, 0) AS BIGINT) AS _lk205v FROM sak_45 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk204v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__voksne_11 p GROUP BY p.sak_id) g205 ON g205.sak_id = p.sak_id
),
sak_47 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk107v, p._lk107u, p._lk107e, p._lk117v, p._lk117u, p._lk117e, p._lk118v, p._lk118u, p._lk118e, p._lk184v, p._lk184u, p._lk184e, p._lk189v, p._lk189u, p._lk189e, p._lk191v, p._lk191u, p._lk191e, p._lk203v, p._lk203e, CASE WHEN CAST(1 AS BIGINT) IS NULL OR p._lk205v IS NULL THEN NULL WHEN p._lk205v > CAST(1 AS BIGINT) THEN p._lk205v ELSE CAST(1 AS BIGINT) END AS _lk206v FROM sak_46 p
),
sak_48 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk107v, p._lk107u, p._lk107e, p._lk117v, p._lk117u, p._lk117e, p._lk118v, p._lk118u, p._lk118e, p._lk184v, p._lk184u, p._lk184e, p._lk189v, p._lk189u, p._lk189e, p._lk191v, p._lk191u, p._lk191e, CAST(p._lk88v - CAST(p._lk203v * p._lk206v AS DECIMAL(18,2)) AS DECIMAL(18,2)) AS _lk207v, p._lk203e AS _lk207e FROM sak_47 p
),
sak__voksne_12 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, p._lk197v, p._lk197u, p._lk197e, p._lk85v, p._lk85u, p._lk85e, p._lk59v, p._lk59u, p._lk59e, p._lk107v, p._lk107u, p._lk107e, p._lk117v, p._lk117u, p._lk117e, p._lk203v, p._lk203e, c._lk207v AS _lk207v, c._lk207e AS _lk207e FROM sak__voksne_11 p JOIN sak_48 c ON c.sak_id = p.sak_id
),
sak__voksne_13 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, p._lk197v, p._lk197u, p._lk197e, p._lk85v, p._lk85u, p._lk85e, p._lk59v, p._lk59u, p._lk59e, p._lk107v, p._lk107u, p._lk107e, p._lk117v, p._lk117u, p._lk117e, p._lk203v, p._lk203e, CASE (p.nr = CAST(1 AS BIGINT)) WHEN TRUE THEN p._lk207v WHEN FALSE THEN CAST(0 AS DECIMAL(18,2)) END AS _lk208v, CASE (p.nr = CAST(1 AS BIGINT)) WHEN TRUE THEN p._lk207e WHEN FALSE THEN NULL END AS _lk208e FROM sak__voksne_12 p
),
sak__voksne_14 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, p._lk107v, p._lk107u, p._lk107e, p._lk117v, p._lk117u, p._lk117e, CAST(p._lk197v + CAST(p._lk203v + p._lk208v AS DECIMAL(18,2)) AS DECIMAL(18,2)) AS _lk209v, p._lk197u AS _lk209u, COALESCE(p._lk197e, COALESCE(p._lk203e, p._lk208e)) AS _lk209e, CAST(p._lk85v - p._lk59v AS DECIMAL(18,2)) AS _lk210v, CASE WHEN p._lk85u IS NULL THEN p._lk59u WHEN p._lk59u IS NULL THEN p._lk85u ELSE array_join(array_union(split(p._lk85u, chr(30)), split(p._lk59u, chr(30))), chr(30)) END AS _lk210u, COALESCE(p._lk85e, p._lk59e) AS _lk210e FROM sak__voksne_13 p
),
sak__voksne_15 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, p._lk117v, p._lk117u, p._lk117e, p._lk209v, p._lk209u, p._lk209e, CAST(p._lk210v + p._lk107v AS DECIMAL(18,2)) AS _lk211v, CASE WHEN p._lk210u IS NULL THEN p._lk107u WHEN p._lk107u IS NULL THEN p._lk210u ELSE array_join(array_union(split(p._lk210u, chr(30)), split(p._lk107u, chr(30))), chr(30)) END AS _lk211u, COALESCE(p._lk210e, p._lk107e) AS _lk211e FROM sak__voksne_14 p
),
sak__voksne_16 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, p._lk209v, p._lk209u, p._lk209e, CAST(p._lk211v + p._lk117v AS DECIMAL(18,2)) AS _lk212v, CASE WHEN p._lk211u IS NULL THEN p._lk117u WHEN p._lk117u IS NULL THEN p._lk211u ELSE array_join(array_union(split(p._lk211u, chr(30)), split(p._lk117u, chr(30))), chr(30)) END AS _lk212u, COALESCE(p._lk211e, p._lk117e) AS _lk212e FROM sak__voksne_15 p
),
sak__voksne_17 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, p._lk209v, p._lk209u, p._lk209e, CASE (p.nr = CAST(1 AS BIGINT)) WHEN TRUE THEN p._lk212v WHEN FALSE THEN CAST(0 AS DECIMAL(18,2)) END AS _lk213v, CASE (p.nr = CAST(1 AS BIGINT)) WHEN TRUE THEN p._lk212u WHEN FALSE THEN NULL ELSE NULL END AS _lk213u, CASE (p.nr = CAST(1 AS BIGINT)) WHEN TRUE THEN p._lk212e WHEN FALSE THEN NULL END AS _lk213e FROM sak__voksne_16 p
),
niva215_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k215, l.`beløp`, pp.`fødselsdato` AS `sak__voksne.fødselsdato` FROM sak__voksne_0 pp JOIN (SELECT sak_id, nr AS n, `art`, `beløp`, COALESCE(`arbeidsart`, 'ikke_oppgitt') AS `arbeidsart` FROM sak__inntekter) l ON l.sak_id = pp.sak_id
),
niva215_1 AS (
  SELECT p.sak_id, p.nr, p.k215, p.`beløp`, e._lk141v AS _lk141v, e._lk141u AS _lk141u, e._lk141e AS _lk141e, e._lk145v AS _lk145v, e._lk145u AS _lk145u, e._lk145e AS _lk145e, e._lk181v AS _lk181v, e._lk181u AS _lk181u, e._lk181e AS _lk181e, e._lk134v AS _lk134v, e._lk134u AS _lk134u, e._lk134e AS _lk134e, e._lk187v AS _lk187v FROM niva215_0 p JOIN sak__inntekter_28 e ON e.sak_id = p.sak_id AND e.nr = p.k215
),
niva215_2 AS (
  SELECT p.sak_id, p.nr, p.k215, p.`beløp`, p._lk141v, p._lk141u, p._lk141e, p._lk145v, p._lk145u, p._lk145e, p._lk181v, p._lk181u, p._lk181e, p._lk134v, p._lk134u, p._lk134e, p._lk187v, (p._lk141v AND (NOT p._lk145v)) AS _lk216v, CASE WHEN (p._lk141v AND (NOT p._lk145v)) IS NULL THEN CASE WHEN p._lk141u IS NULL THEN p._lk145u WHEN p._lk145u IS NULL THEN p._lk141u ELSE array_join(array_union(split(p._lk141u, chr(30)), split(p._lk145u, chr(30))), chr(30)) END END AS _lk216u, COALESCE(p._lk141e, CASE WHEN p._lk141v = FALSE THEN NULL ELSE p._lk145e END) AS _lk216e FROM niva215_1 p
),
niva218_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k215, l.n AS k218, l.`fødselsdato`, pp.`sak__voksne.fødselsdato` FROM niva215_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__tilhører) l ON l.sak_id = pp.sak_id AND l.m = pp.k215
),
niva218_1 AS (
  SELECT p.sak_id, p.nr, p.k215, p.k218, (p.`fødselsdato` = p.`sak__voksne.fødselsdato`) AS _lk219v FROM niva218_0 p
),
niva215_3 AS (
  SELECT p.sak_id, p.nr, p.k215, p.`beløp`, p._lk141v, p._lk141u, p._lk141e, p._lk145v, p._lk145u, p._lk145e, p._lk134v, p._lk134u, p._lk134e, p._lk187v, (p._lk216v AND p._lk181v) AS _lk217v, CASE WHEN (p._lk216v AND p._lk181v) IS NULL THEN CASE WHEN p._lk216u IS NULL THEN p._lk181u WHEN p._lk181u IS NULL THEN p._lk216u ELSE array_join(array_union(split(p._lk216u, chr(30)), split(p._lk181u, chr(30))), chr(30)) END END AS _lk217u, COALESCE(p._lk216e, CASE WHEN p._lk216v = FALSE THEN NULL ELSE p._lk181e END) AS _lk217e, (COALESCE(g220.a, 0) = 1) AS _lk220v FROM niva215_2 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k215, MAX(CASE WHEN p._lk219v = TRUE THEN 1 ELSE 0 END) AS a FROM niva218_1 p GROUP BY p.sak_id, p.nr, p.k215) g220 ON g220.sak_id = p.sak_id AND g220.nr = p.nr AND g220.k215 = p.k215
),
niva215_4 AS (
  SELECT p.sak_id, p.nr, p.k215, p.`beløp`, p._lk141v, p._lk141u, p._lk141e, p._lk145v, p._lk145u, p._lk145e, p._lk187v, p._lk217v, p._lk217u, p._lk217e, CASE p._lk134v WHEN TRUE THEN p._lk220v WHEN FALSE THEN (p.nr = CAST(1 AS BIGINT)) END AS _lk221v, CASE p._lk134v WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk134u END AS _lk221u, p._lk134e AS _lk221e FROM niva215_3 p
),
niva215_5 AS (
  SELECT p.sak_id, p.nr, p.k215, p.`beløp`, p._lk141v, p._lk141u, p._lk141e, p._lk145v, p._lk145u, p._lk145e, p._lk187v, p._lk221v, p._lk221u, p._lk221e, (p._lk217v AND p._lk221v) AS _lk222v, CASE WHEN (p._lk217v AND p._lk221v) IS NULL THEN CASE WHEN p._lk217u IS NULL THEN p._lk221u WHEN p._lk221u IS NULL THEN p._lk217u ELSE array_join(array_union(split(p._lk217u, chr(30)), split(p._lk221u, chr(30))), chr(30)) END END AS _lk222u, COALESCE(p._lk217e, CASE WHEN p._lk217v = FALSE THEN NULL ELSE p._lk221e END) AS _lk222e FROM niva215_4 p
),
niva215_6 AS (
  SELECT p.sak_id, p.nr, p.k215, p._lk141v, p._lk141u, p._lk141e, p._lk145v, p._lk145u, p._lk145e, p._lk187v, p._lk221v, p._lk221u, p._lk221e, CASE WHEN p._lk222v THEN p.`beløp` END AS _lk223v, CASE WHEN p._lk222v IS NULL THEN p._lk222u END AS _lk223u, p._lk222e AS _lk223e FROM niva215_5 p
),
niva215_7 AS (
  SELECT p.sak_id, p.nr, p.k215, p._lk187v, p._lk221v, p._lk221u, p._lk221e, p._lk223v, p._lk223u, p._lk223e, (p._lk141v AND p._lk145v) AS _lk225v, CASE WHEN (p._lk141v AND p._lk145v) IS NULL THEN CASE WHEN p._lk141u IS NULL THEN p._lk145u WHEN p._lk145u IS NULL THEN p._lk141u ELSE array_join(array_union(split(p._lk141u, chr(30)), split(p._lk145u, chr(30))), chr(30)) END END AS _lk225u, COALESCE(p._lk141e, CASE WHEN p._lk141v = FALSE THEN NULL ELSE p._lk145e END) AS _lk225e FROM niva215_6 p
),
niva215_8 AS (
  SELECT p.sak_id, p.nr, p.k215, p._lk187v, p._lk223v, p._lk223u, p._lk223e, (p._lk225v AND p._lk221v) AS _lk226v, CASE WHEN (p._lk225v AND p._lk221v) IS NULL THEN CASE WHEN p._lk225u IS NULL THEN p._lk221u WHEN p._lk221u IS NULL THEN p._lk225u ELSE array_join(array_union(split(p._lk225u, chr(30)), split(p._lk221u, chr(30))), chr(30)) END END AS _lk226u, COALESCE(p._lk225e, CASE WHEN p._lk225v = FALSE THEN NULL ELSE p._lk221e END) AS _lk226e FROM niva215_7 p
),
niva215_9 AS (
  SELECT p.sak_id, p.nr, p.k215, p._lk223v, p._lk223u, p._lk223e, CASE WHEN p._lk226v THEN p._lk187v END AS _lk227v, CASE WHEN p._lk226v IS NULL THEN p._lk226u END AS _lk227u, p._lk226e AS _lk227e FROM niva215_8 p
),
sak__voksne_18 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, CAST(p._lk209v + p._lk213v AS DECIMAL(18,2)) AS _lk214v, CASE WHEN p._lk209u IS NULL THEN p._lk213u WHEN p._lk213u IS NULL THEN p._lk209u ELSE array_join(array_union(split(p._lk209u, chr(30)), split(p._lk213u, chr(30))), chr(30)) END AS _lk214u, COALESCE(p._lk209e, p._lk213e) AS _lk214e, CASE WHEN r224.u IS NULL THEN CAST(COALESCE(g224.a, 0) AS DECIMAL(18,2)) END AS _lk224v, r224.u AS _lk224u, r224.e AS _lk224e, CASE WHEN r228.u IS NULL THEN CAST(COALESCE(g228.a, 0) AS DECIMAL(18,2)) END AS _lk228v, r228.u AS _lk228u, r228.e AS _lk228e FROM sak__voksne_17 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(p._lk223v) AS a FROM niva215_6 p GROUP BY p.sak_id, p.nr) g224 ON g224.sak_id = p.sak_id AND g224.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, min_by(p._lk223u, CASE WHEN p._lk223u IS NOT NULL THEN p.k215 END) AS u, min_by(p._lk223e, CASE WHEN p._lk223e IS NOT NULL THEN p.k215 END) AS e FROM niva215_6 p WHERE p._lk223u IS NOT NULL OR p._lk223e IS NOT NULL GROUP BY p.sak_id, p.nr) r224 ON r224.sak_id = p.sak_id AND r224.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, SUM(p._lk227v) AS a FROM niva215_9 p GROUP BY p.sak_id, p.nr) g228 ON g228.sak_id = p.sak_id AND g228.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, min_by(p._lk227u, CASE WHEN p._lk227u IS NOT NULL THEN p.k215 END) AS u, min_by(p._lk227e, CASE WHEN p._lk227e IS NOT NULL THEN p.k215 END) AS e FROM niva215_9 p WHERE p._lk227u IS NOT NULL OR p._lk227e IS NOT NULL GROUP BY p.sak_id, p.nr) r228 ON r228.sak_id = p.sak_id AND r228.nr = p.nr
),
sak__voksne_19 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, p._lk214v, p._lk214u, p._lk214e, CAST(p._lk224v + p._lk228v AS DECIMAL(18,2)) AS _lk229v, CASE WHEN p._lk224u IS NULL THEN p._lk228u WHEN p._lk228u IS NULL THEN p._lk224u ELSE array_join(array_union(split(p._lk224u, chr(30)), split(p._lk228u, chr(30))), chr(30)) END AS _lk229u, COALESCE(p._lk224e, p._lk228e) AS _lk229e FROM sak__voksne_18 p
),
sak__voksne_20 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, CAST(p._lk214v - p._lk229v AS DECIMAL(18,2)) AS _lk230v, CASE WHEN p._lk214u IS NULL THEN p._lk229u WHEN p._lk229u IS NULL THEN p._lk214u ELSE array_join(array_union(split(p._lk214u, chr(30)), split(p._lk229u, chr(30))), chr(30)) END AS _lk230u, COALESCE(p._lk214e, p._lk229e) AS _lk230e FROM sak__voksne_19 p
),
sak__voksne_21 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, CASE WHEN CAST(0 AS DECIMAL(18,2)) IS NULL OR p._lk230v IS NULL THEN NULL WHEN p._lk230v > CAST(0 AS DECIMAL(18,2)) THEN p._lk230v ELSE CAST(0 AS DECIMAL(18,2)) END AS _lk231v, p._lk230u AS _lk231u, p._lk230e AS _lk231e FROM sak__voksne_20 p
),
sak_49 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk107v, p._lk107u, p._lk107e, p._lk117v, p._lk117u, p._lk117e, p._lk118v, p._lk118u, p._lk118e, p._lk184v, p._lk184u, p._lk184e, p._lk189v, p._lk189u, p._lk189e, p._lk191v, p._lk191u, p._lk191e, CASE WHEN r232.u IS NULL THEN CAST(COALESCE(g232.a, 0) AS DECIMAL(18,2)) END AS _lk232v, r232.u AS _lk232u, r232.e AS _lk232e FROM sak_48 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk231v) AS a FROM sak__voksne_21 p GROUP BY p.sak_id) g232 ON g232.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk231u, CASE WHEN p._lk231u IS NOT NULL THEN p.nr END) AS u, min_by(p._lk231e, CASE WHEN p._lk231e IS NOT NULL THEN p.nr END) AS e FROM sak__voksne_21 p WHERE p._lk231u IS NOT NULL OR p._lk231e IS NOT NULL GROUP BY p.sak_id) r232 ON r232.sak_id = p.sak_id
),
sak_50 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk107v, p._lk107u, p._lk107e, p._lk117v, p._lk117u, p._lk117e, p._lk118v, p._lk118u, p._lk118e, p._lk184v, p._lk184u, p._lk184e, p._lk189v, p._lk189u, p._lk189e, CASE p._lk28v WHEN 1 THEN p._lk191v WHEN 2 THEN p._lk232v WHEN 3 THEN NULL END AS _lk233v, COALESCE(p._lk28u, CASE p._lk28v WHEN 1 THEN p._lk191u WHEN 2 THEN p._lk232u WHEN 3 THEN 'Samboerne har ikke felles økonomi; hver av dem vurderes i sin egen sak som enslig (sivilstand enslig)' END) AS _lk233u, COALESCE(p._lk26e, CASE WHEN p._lk28u IS NULL AND p._lk28v IS NULL THEN 'LK700100004' || 'Ingen definisjon av «stønad» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk28v WHEN 1 THEN p._lk191e WHEN 2 THEN p._lk232e END) AS _lk233e, CAST(0 AS DECIMAL(18,2)) AS _lk234v FROM sak_49 p
),
sak_51 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk107v, p._lk107u, p._lk107e, p._lk117v, p._lk117u, p._lk117e, p._lk118v, p._lk118u, p._lk118e, p._lk184v, p._lk184u, p._lk184e, p._lk189v, p._lk189u, p._lk189e, p._lk233v, p._lk233u, p._lk233e, p._lk234v, CAST(p._lk233v + p._lk234v AS DECIMAL(18,2)) AS _lk235v, p._lk233u AS _lk235u, p._lk233e AS _lk235e FROM sak_50 p
),
sak_52 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk107v, p._lk107u, p._lk107e, p._lk117v, p._lk117u, p._lk117e, p._lk118v, p._lk118u, p._lk118e, p._lk184v, p._lk184u, p._lk184e, p._lk189v, p._lk189u, p._lk189e, p._lk233v, p._lk233u, p._lk233e, p._lk234v, p._lk235v, p._lk235u, p._lk235e, CASE (p._lk235v > CAST(0 AS DECIMAL(18,2))) WHEN TRUE THEN 'innvilget' WHEN FALSE THEN 'avslag' END AS _lk236v, CASE (p._lk235v > CAST(0 AS DECIMAL(18,2))) WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk235u END AS _lk236u, p._lk235e AS _lk236e FROM sak_51 p
),
sak__inntekter_29 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk181v, p._lk181u, p._lk181e, (p._lk141v AND (NOT p._lk145v)) AS _lk238v, CASE WHEN (p._lk141v AND (NOT p._lk145v)) IS NULL THEN CASE WHEN p._lk141u IS NULL THEN p._lk145u WHEN p._lk145u IS NULL THEN p._lk141u ELSE array_join(array_union(split(p._lk141u, chr(30)), split(p._lk145u, chr(30))), chr(30)) END END AS _lk238u, COALESCE(p._lk141e, CASE WHEN p._lk141v = FALSE THEN NULL ELSE p._lk145e END) AS _lk238e FROM sak__inntekter_28 p
),
sak__inntekter_30 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, (p._lk238v AND (NOT p._lk181v)) AS _lk239v, CASE WHEN (p._lk238v AND (NOT p._lk181v)) IS NULL THEN CASE WHEN p._lk238u IS NULL THEN p._lk181u WHEN p._lk181u IS NULL THEN p._lk238u ELSE array_join(array_union(split(p._lk238u, chr(30)), split(p._lk181u, chr(30))), chr(30)) END END AS _lk239u, COALESCE(p._lk238e, CASE WHEN p._lk238v = FALSE THEN NULL ELSE p._lk181e END) AS _lk239e FROM sak__inntekter_29 p
),
sak__inntekter_31 AS (
  SELECT p.sak_id, p.nr, p._lk0v, CASE WHEN p._lk239v THEN p.`beløp` END AS _lk240v, CASE WHEN p._lk239v IS NULL THEN p._lk239u END AS _lk240u, p._lk239e AS _lk240e FROM sak__inntekter_30 p
),
sak__voksne_22 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, p._lk231v, p._lk231u, p._lk231e, CASE WHEN p._lk0v >= p.`fødselsdato` THEN CAST(year(p._lk0v) AS BIGINT) - CAST(year(p.`fødselsdato`) AS BIGINT) - CASE WHEN CAST(month(p._lk0v) AS BIGINT) * 100 + CAST(day(p._lk0v) AS BIGINT) < CAST(month(p.`fødselsdato`) AS BIGINT) * 100 + CAST(day(p.`fødselsdato`) AS BIGINT) THEN 1 ELSE 0 END END AS _lk242v, CASE WHEN p._lk0v < p.`fødselsdato` THEN 'Alderen kan ikke regnes ut: fødselsdatoen ' || date_format(p.`fødselsdato`, 'yyyy-MM-dd') || ' er etter ' || date_format(p._lk0v, 'yyyy-MM-dd') || ', datoen alderen regnes på' END AS _lk242u, CASE WHEN (p.`sak.sivilstand` = 'bofellesskap') THEN 2 END AS _lk243v, CASE WHEN TRUE THEN 1 END AS _lk244v FROM sak__voksne_21 p
),
sak_53 AS (
  SELECT p.sak_id, p._lk14v, p._lk14u, p._lk14e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk107v, p._lk107u, p._lk107e, p._lk117v, p._lk117u, p._lk117e, p._lk118v, p._lk118u, p._lk118e, p._lk184v, p._lk184u, p._lk184e, p._lk189v, p._lk189u, p._lk189e, p._lk233v, p._lk233u, p._lk233e, p._lk234v, p._lk235v, p._lk235u, p._lk235e, CASE p._lk18v WHEN 1 THEN p._lk236v WHEN 2 THEN 'foreløpig_beregning' END AS _lk237v, COALESCE(p._lk18u, CASE p._lk18v WHEN 1 THEN p._lk236u END) AS _lk237u, COALESCE(p._lk16e, CASE WHEN p._lk18u IS NULL AND p._lk18v IS NULL THEN 'LK700100002' || 'Ingen definisjon av «utfall» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk18v WHEN 1 THEN p._lk236e END) AS _lk237e, CASE WHEN r241.u IS NULL THEN CAST(COALESCE(g241.a, 0) AS DECIMAL(18,2)) END AS _lk241v, r241.u AS _lk241u, r241.e AS _lk241e, (p._lk233v > CAST(0 AS DECIMAL(18,2))) AS _lk246v, p._lk233u AS _lk246u, p._lk233e AS _lk246e FROM sak_52 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk240v) AS a FROM sak__inntekter_31 p GROUP BY p.sak_id) g241 ON g241.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk240u, CASE WHEN p._lk240u IS NOT NULL THEN p.nr END) AS u, min_by(p._lk240e, CASE WHEN p._lk240e IS NOT NULL THEN p.nr END) AS e FROM sak__inntekter_31 p WHERE p._lk240u IS NOT NULL OR p._lk240e IS NOT NULL GROUP BY p.sak_id) r241 ON r241.sak_id = p.sak_id
),
niva247_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k247, l.`fødselsdato`, l.`utdanning`, pp.`fødselsdato` AS `sak__voksne.fødselsdato`, pp.`utdanning` AS `sak__voksne.utdanning` FROM sak__voksne_0 pp JOIN (SELECT sak_id, nr AS n, `fødselsdato`, COALESCE(`utdanning`, 'ingen') AS `utdanning` FROM sak__voksne) l ON l.sak_id = pp.sak_id
),
niva247_1 AS (
  SELECT p.sak_id, p.nr, p.k247, (p.`fødselsdato` = p.`sak__voksne.fødselsdato` AND p.`utdanning` = p.`sak__voksne.utdanning`) AS _lk248v, e._lk231v AS _lk231v, e._lk231u AS _lk231u, e._lk231e AS _lk231e FROM niva247_0 p JOIN sak__voksne_22 e ON e.sak_id = p.sak_id AND e.nr = p.k247
),
niva247_2 AS (
  SELECT p.sak_id, p.nr, p.k247, (p._lk248v AND (p._lk231v > CAST(0 AS DECIMAL(18,2)))) AS _lk249v, CASE WHEN (p._lk248v AND (p._lk231v > CAST(0 AS DECIMAL(18,2)))) IS NULL THEN p._lk231u END AS _lk249u, CASE WHEN p._lk248v = FALSE THEN NULL ELSE p._lk231e END AS _lk249e FROM niva247_1 p
),
sak__voksne_23 AS (
  SELECT p.sak_id, p.nr, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, p._lk242v, p._lk242u, CASE WHEN CASE WHEN p._lk243v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk243v, p._lk244v) END AS _lk245v, CASE WHEN p._lk243v IS NULL THEN NULL END AS _lk245u, c._lk246v AS _lk246v, c._lk246u AS _lk246u, c._lk246e AS _lk246e, CASE WHEN COALESCE(g250.a, 0) = 1 THEN (COALESCE(g250.a, 0) = 1) WHEN r250.u IS NULL THEN (COALESCE(g250.a, 0) = 1) END AS _lk250v, CASE WHEN COALESCE(g250.a, 0) = 1 THEN NULL ELSE r250.u END AS _lk250u, r250.e AS _lk250e FROM sak__voksne_22 p JOIN sak_53 c ON c.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, p.nr, MAX(CASE WHEN p._lk249v = TRUE THEN 1 ELSE 0 END) AS a FROM niva247_2 p GROUP BY p.sak_id, p.nr) g250 ON g250.sak_id = p.sak_id AND g250.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, nullif(array_join(array_distinct(flatten(transform(array_sort(collect_list(CASE WHEN p._lk249u IS NOT NULL THEN struct(p.k247 AS o, p._lk249u AS r) END)), x -> split(x.r, chr(30))))), chr(30)), '') AS u, min_by(p._lk249e, CASE WHEN p._lk249e IS NOT NULL THEN p.k247 END) AS e FROM niva247_2 p WHERE p._lk249u IS NOT NULL OR p._lk249e IS NOT NULL GROUP BY p.sak_id, p.nr) r250 ON r250.sak_id = p.sak_id AND r250.nr = p.nr
),
sak__voksne_24 AS (
  SELECT p.sak_id, p.nr, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, p._lk242v, p._lk242u, CASE p._lk245v WHEN 1 THEN p._lk246v WHEN 2 THEN p._lk250v END AS _lk251v, COALESCE(p._lk245u, CASE p._lk245v WHEN 1 THEN p._lk246u WHEN 2 THEN p._lk250u END) AS _lk251u, COALESCE(CASE WHEN p._lk245u IS NULL AND p._lk245v IS NULL THEN 'LK700100055' || 'Ingen definisjon av «er_stønadsmottaker» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk245v WHEN 1 THEN p._lk246e WHEN 2 THEN p._lk250e END) AS _lk251e FROM sak__voksne_23 p
),
sak__voksne_25 AS (
  SELECT p.sak_id, p.nr, p._lk0v, ((p._lk242v < CAST(30 AS BIGINT)) AND p._lk251v) AS _lk252v, CASE WHEN ((p._lk242v < CAST(30 AS BIGINT)) AND p._lk251v) IS NULL THEN CASE WHEN p._lk242u IS NULL THEN p._lk251u WHEN p._lk251u IS NULL THEN p._lk242u ELSE array_join(array_union(split(p._lk242u, chr(30)), split(p._lk251u, chr(30))), chr(30)) END END AS _lk252u, CASE WHEN (p._lk242v < CAST(30 AS BIGINT)) = FALSE THEN NULL ELSE p._lk251e END AS _lk252e, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår` AS _lk253v FROM sak__voksne_24 p
),
sak__voksne_26 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk252v, p._lk252u, p._lk252e, (p._lk252v AND p._lk253v) AS _lk254v, CASE WHEN (p._lk252v AND p._lk253v) IS NULL THEN p._lk252u END AS _lk254u, p._lk252e AS _lk254e, FALSE AS _lk255v FROM sak__voksne_25 p
),
sak__voksne_27 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk252v, p._lk252u, p._lk252e, p._lk254v, p._lk254u, p._lk254e, (p._lk252v AND p._lk255v) AS _lk256v, CASE WHEN (p._lk252v AND p._lk255v) IS NULL THEN p._lk252u END AS _lk256u, p._lk252e AS _lk256e FROM sak__voksne_26 p
),
sak__voksne_28 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk252v, p._lk252u, p._lk252e, p._lk254v, p._lk254u, p._lk254e, CASE WHEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk256v ELSE FALSE END THEN 4 END AS _lk257v, CASE WHEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk256v ELSE FALSE END IS NULL THEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk256u END END AS _lk257u, CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk256e END AS _lk257e FROM sak__voksne_27 p
),
sak__voksne_29 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk252v, p._lk252u, p._lk252e, p._lk254v, p._lk254u, p._lk254e, p._lk257v AS _lk258v, p._lk257u AS _lk258u, CASE WHEN p._lk257e IS NOT NULL THEN p._lk257e END AS _lk258e FROM sak__voksne_28 p
),
sak__voksne_30 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk252v, p._lk252u, p._lk252e, CASE WHEN p._lk258u IS NOT NULL THEN NULL WHEN p._lk258v IS NOT NULL THEN p._lk258v WHEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk254v ELSE FALSE END THEN 3 END AS _lk259v, COALESCE(p._lk258u, CASE WHEN p._lk258u IS NULL AND p._lk258v IS NULL AND CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk254v ELSE FALSE END IS NULL THEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk254u END END) AS _lk259u, COALESCE(p._lk258e, CASE WHEN p._lk258u IS NULL AND p._lk258v IS NULL THEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk254e END END) AS _lk259e FROM sak__voksne_29 p
),
sak__voksne_31 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk252v, p._lk252u, p._lk252e, p._lk259v AS _lk260v, p._lk259u AS _lk260u, CASE WHEN p._lk259e IS NOT NULL THEN p._lk259e END AS _lk260e FROM sak__voksne_30 p
),
sak__voksne_32 AS (
  SELECT p.sak_id, p.nr, p._lk0v, CASE WHEN p._lk260u IS NOT NULL THEN NULL WHEN p._lk260v IS NOT NULL THEN p._lk260v WHEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk252v ELSE FALSE END THEN 2 END AS _lk261v, COALESCE(p._lk260u, CASE WHEN p._lk260u IS NULL AND p._lk260v IS NULL AND CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk252v ELSE FALSE END IS NULL THEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk252u END END) AS _lk261u, COALESCE(p._lk260e, CASE WHEN p._lk260u IS NULL AND p._lk260v IS NULL THEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk252e END END) AS _lk261e FROM sak__voksne_31 p
),
sak__voksne_33 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk261v AS _lk262v, p._lk261u AS _lk262u, CASE WHEN p._lk261e IS NOT NULL THEN p._lk261e END AS _lk262e, CASE WHEN TRUE THEN 1 END AS _lk263v FROM sak__voksne_32 p
),
sak__voksne_34 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk262e, CASE WHEN COALESCE(p._lk262u, CASE WHEN p._lk262v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk262v, p._lk263v) END AS _lk264v, COALESCE(p._lk262u, CASE WHEN p._lk262v IS NULL THEN NULL END) AS _lk264u FROM sak__voksne_33 p
),
sak__voksne_35 AS (
  SELECT p.sak_id, p.nr, CASE p._lk264v WHEN 1 THEN FALSE WHEN 2 THEN TRUE WHEN 3 THEN FALSE WHEN 4 THEN FALSE END AS _lk265v, p._lk264u AS _lk265u, COALESCE(p._lk262e, CASE WHEN p._lk264u IS NULL AND p._lk264v IS NULL THEN 'LK700100056' || 'Ingen definisjon av «skal_ha_aktivitetsvilkår» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END) AS _lk265e FROM sak__voksne_34 p
),
sak__voksne_36 AS (
  SELECT p.sak_id, p.nr, CASE WHEN p._lk265v THEN 1 END AS _lk266v, CASE WHEN p._lk265v IS NULL THEN p._lk265u END AS _lk266u, p._lk265e AS _lk266e FROM sak__voksne_35 p
),
sak_54 AS (
  SELECT p.sak_id, p._lk14v, p._lk14u, p._lk14e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk107v, p._lk107u, p._lk107e, p._lk117v, p._lk117u, p._lk117e, p._lk118v, p._lk118u, p._lk118e, p._lk184v, p._lk184u, p._lk184e, p._lk189v, p._lk189u, p._lk189e, p._lk233v, p._lk233u, p._lk233e, p._lk234v, p._lk235v, p._lk235u, p._lk235e, p._lk237v, p._lk237u, p._lk237e, p._lk241v, p._lk241u, p._lk241e, CASE WHEN r267.u IS NULL THEN CAST(COALESCE(g267.a, 0) AS BIGINT) END AS _lk267v, r267.u AS _lk267u, r267.e AS _lk267e FROM sak_53 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk266v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__voksne_36 p GROUP BY p.sak_id) g267 ON g267.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk266u, CASE WHEN p._lk266u IS NOT NULL THEN p.nr END) AS u, min_by(p._lk266e, CASE WHEN p._lk266e IS NOT NULL THEN p.nr END) AS e FROM sak__voksne_36 p WHERE p._lk266u IS NOT NULL OR p._lk266e IS NOT NULL GROUP BY p.sak_id) r267 ON r267.sak_id = p.sak_id
),
sak_55 AS (
  SELECT p.sak_id, p._lk14v, p._lk14u, p._lk14e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk107v, p._lk107u, p._lk107e, p._lk117v, p._lk117u, p._lk117e, p._lk118v, p._lk118u, p._lk118e, p._lk184v, p._lk184u, p._lk184e, p._lk189v, p._lk189u, p._lk189e, p._lk233v, p._lk233u, p._lk233e, p._lk234v, p._lk235v, p._lk235u, p._lk235e, p._lk237v, p._lk237u, p._lk237e, p._lk241v, p._lk241u, p._lk241e, CASE (p._lk267v > CAST(0 AS BIGINT)) WHEN TRUE THEN 'Vilkåret skal hjelpe mottakeren til å bli selvhjulpen, med en aktivitet som er vurdert for den enkelte. Brudd på vilkåret kan føre til at stønaden reduseres, når vedtaket sier det (§ 20 tredje ledd).' WHEN FALSE THEN 'Det stilles ikke vilkår om aktivitet etter § 20 a.' END AS _lk268v, CASE (p._lk267v > CAST(0 AS BIGINT)) WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk267u END AS _lk268u, p._lk267e AS _lk268e, 'Du kan klage på vedtaket. Fristen er tre uker fra du fikk vedtaket. Klagen sender du til NAV-kontoret som har gjort vedtaket; gir NAV-kontoret deg ikke medhold, sender det klagen videre til Statsforvalteren, som avgjør den. Du har rett til å se dokumentene i saken din.' AS _lk269v FROM sak_54 p
),
sak_56 AS (
  SELECT p.sak_id, p._lk14v, p._lk14u, p._lk85v, p._lk85u, p._lk88v, p._lk107v, p._lk107u, p._lk117v, p._lk117u, p._lk118v, p._lk118u, p._lk184v, p._lk184u, p._lk189v, p._lk189u, p._lk233v, p._lk233u, p._lk234v, p._lk235v, p._lk235u, p._lk237v, p._lk237u, p._lk241v, p._lk241u, p._lk268v, p._lk268u, p._lk269v, COALESCE(p._lk237e, p._lk233e, p._lk235e, p._lk118e, p._lk85e, p._lk107e, p._lk117e, p._lk184e, p._lk241e, p._lk189e, p._lk268e, p._lk14e) AS _lk270e FROM sak_55 p
)
SELECT p.sak_id,
  CAST(CASE WHEN p._lk270e IS NULL AND p._lk237u IS NULL THEN p._lk237v END AS STRING) AS `utfall`,
  CAST(CASE WHEN p._lk270e IS NULL THEN p._lk237u END AS STRING) AS `utfall__ubestemt`,
  CAST(CASE WHEN p._lk270e IS NULL AND p._lk233u IS NULL THEN p._lk233v END AS DECIMAL(18,2)) AS `stønad`,
  CAST(CASE WHEN p._lk270e IS NULL THEN p._lk233u END AS STRING) AS `stønad__ubestemt`,
  CAST(CASE WHEN p._lk270e IS NULL THEN p._lk234v END AS DECIMAL(18,2)) AS `stønad_etter_19`,
  CAST(CASE WHEN p._lk270e IS NULL AND p._lk235u IS NULL THEN p._lk235v END AS DECIMAL(18,2)) AS `samlet_stønad`,
  CAST(CASE WHEN p._lk270e IS NULL THEN p._lk235u END AS STRING) AS `samlet_stønad__ubestemt`,
  CAST(CASE WHEN p._lk270e IS NULL AND p._lk118u IS NULL THEN p._lk118v END AS DECIMAL(18,2)) AS `behov`,
  CAST(CASE WHEN p._lk270e IS NULL THEN p._lk118u END AS STRING) AS `behov__ubestemt`,
  CAST(CASE WHEN p._lk270e IS NULL AND p._lk85u IS NULL THEN p._lk85v END AS DECIMAL(18,2)) AS `sats`,
  CAST(CASE WHEN p._lk270e IS NULL THEN p._lk85u END AS STRING) AS `sats__ubestemt`,
  CAST(CASE WHEN p._lk270e IS NULL THEN p._lk88v END AS DECIMAL(18,2)) AS `boutgifter`,
  CAST(CASE WHEN p._lk270e IS NULL AND p._lk107u IS NULL THEN p._lk107v END AS DECIMAL(18,2)) AS `særlige_utgifter`,
  CAST(CASE WHEN p._lk270e IS NULL THEN p._lk107u END AS STRING) AS `særlige_utgifter__ubestemt`,
  CAST(CASE WHEN p._lk270e IS NULL AND p._lk117u IS NULL THEN p._lk117v END AS DECIMAL(18,2)) AS `barnas_behov_utover_satsen`,
  CAST(CASE WHEN p._lk270e IS NULL THEN p._lk117u END AS STRING) AS `barnas_behov_utover_satsen__ubestemt`,
  CAST(CASE WHEN p._lk270e IS NULL AND p._lk184u IS NULL THEN p._lk184v END AS DECIMAL(18,2)) AS `inntekt_regnet_med`,
  CAST(CASE WHEN p._lk270e IS NULL THEN p._lk184u END AS STRING) AS `inntekt_regnet_med__ubestemt`,
  CAST(CASE WHEN p._lk270e IS NULL AND p._lk241u IS NULL THEN p._lk241v END AS DECIMAL(18,2)) AS `inntekt_ikke_regnet_med`,
  CAST(CASE WHEN p._lk270e IS NULL THEN p._lk241u END AS STRING) AS `inntekt_ikke_regnet_med__ubestemt`,
  CAST(CASE WHEN p._lk270e IS NULL AND p._lk189u IS NULL THEN p._lk189v END AS DECIMAL(18,2)) AS `midler_regnet_med`,
  CAST(CASE WHEN p._lk270e IS NULL THEN p._lk189u END AS STRING) AS `midler_regnet_med__ubestemt`,
  CAST(CASE WHEN p._lk270e IS NULL AND p._lk268u IS NULL THEN p._lk268v END AS STRING) AS `om_aktivitetsvilkåret`,
  CAST(CASE WHEN p._lk270e IS NULL THEN p._lk268u END AS STRING) AS `om_aktivitetsvilkåret__ubestemt`,
  CAST(CASE WHEN p._lk270e IS NULL AND p._lk14u IS NULL THEN p._lk14v END AS BOOLEAN) AS `foreløpig`,
  CAST(CASE WHEN p._lk270e IS NULL THEN p._lk14u END AS STRING) AS `foreløpig__ubestemt`,
  CAST(CASE WHEN p._lk270e IS NULL THEN p._lk269v END AS STRING) AS `klageadgang`,
  substr(p._lk270e, 1, 6) AS feil_kode,
  CAST(substr(p._lk270e, 7, 5) AS INTEGER) AS feil_sted,
  substr(p._lk270e, 12) AS feil_melding
FROM sak_56 p
ORDER BY p.sak_id;
