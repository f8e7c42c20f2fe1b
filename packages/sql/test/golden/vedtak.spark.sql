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
  SELECT pp.sak_id, pp.nr, l.n AS k89, l.`fødselsdato` FROM sak__utgifter_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__utgifter__gjelder_barn) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva89_1 AS (
  SELECT p.sak_id, p.nr, p.k89, 1 AS _lk90v FROM niva89_0 p
),
niva92_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k92, l.`fødselsdato` FROM sak__utgifter_0 pp JOIN (SELECT sak_id, nr AS n, `fødselsdato` FROM sak__barn) l ON l.sak_id = pp.sak_id
),
niva93_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k92, l.n AS k93, l.`fødselsdato` FROM niva92_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__utgifter__gjelder_barn) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva92_1 AS (
  SELECT p.sak_id, p.nr, p.k92, p.`fødselsdato` AS _lk94v FROM niva92_0 p
),
niva93_1 AS (
  SELECT p.sak_id, p.nr, p.k92, p.k93, p.`fødselsdato`, c._lk94v AS _lk94v FROM niva93_0 p JOIN niva92_1 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k92 = p.k92
),
niva93_2 AS (
  SELECT p.sak_id, p.nr, p.k92, p.k93, (p._lk94v = p.`fødselsdato`) AS _lk95v FROM niva93_1 p
),
niva92_2 AS (
  SELECT p.sak_id, p.nr, p.k92, (COALESCE(g96.a, 0) = 1) AS _lk96v FROM niva92_1 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k92, MAX(CASE WHEN p._lk95v = TRUE THEN 1 ELSE 0 END) AS a FROM niva93_2 p GROUP BY p.sak_id, p.nr, p.k92) g96 ON g96.sak_id = p.sak_id AND g96.nr = p.nr AND g96.k92 = p.k92
),
niva92_3 AS (
  SELECT p.sak_id, p.nr, p.k92, CASE WHEN p._lk96v THEN 1 END AS _lk97v FROM niva92_2 p
),
sak__utgifter_3 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk86v, p._lk87v, CAST(COALESCE(g91.a, 0) AS BIGINT) AS _lk91v, CAST(COALESCE(g98.a, 0) AS BIGINT) AS _lk98v FROM sak__utgifter_2 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk90v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva89_1 p GROUP BY p.sak_id, p.nr) g91 ON g91.sak_id = p.sak_id AND g91.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk97v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva92_3 p GROUP BY p.sak_id, p.nr) g98 ON g98.sak_id = p.sak_id AND g98.nr = p.nr
),
sak__utgifter_4 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk86v, p._lk87v, ((p._lk91v > CAST(0 AS BIGINT)) AND (p._lk98v <> CAST(1 AS BIGINT))) AS _lk99v FROM sak__utgifter_3 p
),
sak__utgifter_5 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk86v, p._lk87v, CASE WHEN p._lk99v THEN 2 END AS _lk100v, CASE WHEN TRUE THEN 1 END AS _lk101v FROM sak__utgifter_4 p
),
niva89_2 AS (
  SELECT p.sak_id, p.nr, p.k89, 1 AS _lk103v FROM niva89_1 p
),
sak__utgifter_6 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk86v, p._lk87v, CASE WHEN CASE WHEN p._lk100v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk100v, p._lk101v) END AS _lk102v, CASE WHEN p._lk100v IS NULL THEN NULL END AS _lk102u, CAST(COALESCE(g104.a, 0) AS BIGINT) AS _lk104v FROM sak__utgifter_5 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk103v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva89_2 p GROUP BY p.sak_id, p.nr) g104 ON g104.sak_id = p.sak_id AND g104.nr = p.nr
),
sak__utgifter_7 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk86v, p._lk87v, CASE p._lk102v WHEN 1 THEN (p._lk104v > CAST(0 AS BIGINT)) WHEN 2 THEN NULL END AS _lk105v, COALESCE(p._lk102u, CASE p._lk102v WHEN 2 THEN 'En utgift er knyttet til et barn som ikke er med i søknaden, til flere barn, eller til barn med de samme opplysningene; utgiften må knyttes til nøyaktig ett barn' END) AS _lk105u, CASE WHEN p._lk102u IS NULL AND p._lk102v IS NULL THEN 'LK700100041' || 'Ingen definisjon av «gjelder_et_barn» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk105e FROM sak__utgifter_6 p
),
sak__utgifter_8 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk86v, p._lk87v, p._lk105v, p._lk105u, p._lk105e, ((NOT p._lk86v) AND (NOT p._lk105v)) AS _lk106v, CASE WHEN ((NOT p._lk86v) AND (NOT p._lk105v)) IS NULL THEN p._lk105u END AS _lk106u, CASE WHEN (NOT p._lk86v) = FALSE THEN NULL ELSE p._lk105e END AS _lk106e FROM sak__utgifter_7 p
),
sak__utgifter_9 AS (
  SELECT p.sak_id, p.nr, p._lk86v, p._lk87v, p._lk105v, p._lk105u, p._lk105e, CASE WHEN p._lk106v THEN p.`beløp` END AS _lk107v, CASE WHEN p._lk106v IS NULL THEN p._lk106u END AS _lk107u, p._lk106e AS _lk107e FROM sak__utgifter_8 p
),
sak_32 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, CAST(p._lk60v + p._lk84v AS DECIMAL(18,2)) AS _lk85v, CASE WHEN p._lk60u IS NULL THEN p._lk84u WHEN p._lk84u IS NULL THEN p._lk60u ELSE array_join(array_union(split(p._lk60u, chr(30)), split(p._lk84u, chr(30))), chr(30)) END AS _lk85u, COALESCE(p._lk60e, p._lk84e) AS _lk85e, CAST(COALESCE(g88.a, 0) AS DECIMAL(18,2)) AS _lk88v, CASE WHEN r108.u IS NULL THEN CAST(COALESCE(g108.a, 0) AS DECIMAL(18,2)) END AS _lk108v, r108.u AS _lk108u, r108.e AS _lk108e FROM sak_31 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk87v) AS a FROM sak__utgifter_2 p GROUP BY p.sak_id) g88 ON g88.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, SUM(p._lk107v) AS a FROM sak__utgifter_9 p GROUP BY p.sak_id) g108 ON g108.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk107u, CASE WHEN p._lk107u IS NOT NULL THEN p.nr END) AS u, min_by(p._lk107e, CASE WHEN p._lk107e IS NOT NULL THEN p.nr END) AS e FROM sak__utgifter_9 p WHERE p._lk107u IS NOT NULL OR p._lk107e IS NOT NULL GROUP BY p.sak_id) r108 ON r108.sak_id = p.sak_id
),
niva110_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k110, l.`art`, l.`beløp` FROM sak__barn_0 pp JOIN (SELECT sak_id, nr AS n, `art`, `beløp` FROM sak__utgifter) l ON l.sak_id = pp.sak_id
),
niva110_1 AS (
  SELECT p.sak_id, p.nr, p.k110, p.`beløp`, e._lk86v AS _lk86v, e._lk105v AS _lk105v, e._lk105u AS _lk105u, e._lk105e AS _lk105e FROM niva110_0 p JOIN sak__utgifter_9 e ON e.sak_id = p.sak_id AND e.nr = p.k110
),
niva112_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k110, l.n AS k112, l.`fødselsdato` FROM niva110_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__utgifter__gjelder_barn) l ON l.sak_id = pp.sak_id AND l.m = pp.k110
),
sak__barn_20 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p._lk0v, p.`fødselsdato` AS _lk113v FROM sak__barn_19 p
),
niva110_2 AS (
  SELECT p.sak_id, p.nr, p.k110, p.`beløp`, ((NOT p._lk86v) AND p._lk105v) AS _lk111v, CASE WHEN ((NOT p._lk86v) AND p._lk105v) IS NULL THEN p._lk105u END AS _lk111u, CASE WHEN (NOT p._lk86v) = FALSE THEN NULL ELSE p._lk105e END AS _lk111e, c._lk113v AS _lk113v FROM niva110_1 p JOIN sak__barn_20 c ON c.sak_id = p.sak_id AND c.nr = p.nr
),
niva112_1 AS (
  SELECT p.sak_id, p.nr, p.k110, p.k112, p.`fødselsdato`, c._lk113v AS _lk113v FROM niva112_0 p JOIN niva110_2 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k110 = p.k110
),
niva112_2 AS (
  SELECT p.sak_id, p.nr, p.k110, p.k112, (p._lk113v = p.`fødselsdato`) AS _lk114v FROM niva112_1 p
),
niva110_3 AS (
  SELECT p.sak_id, p.nr, p.k110, p.`beløp`, p._lk111v, p._lk111u, p._lk111e, (COALESCE(g115.a, 0) = 1) AS _lk115v FROM niva110_2 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k110, MAX(CASE WHEN p._lk114v = TRUE THEN 1 ELSE 0 END) AS a FROM niva112_2 p GROUP BY p.sak_id, p.nr, p.k110) g115 ON g115.sak_id = p.sak_id AND g115.nr = p.nr AND g115.k110 = p.k110
),
niva110_4 AS (
  SELECT p.sak_id, p.nr, p.k110, p.`beløp`, (p._lk111v AND p._lk115v) AS _lk116v, CASE WHEN (p._lk111v AND p._lk115v) IS NULL THEN p._lk111u END AS _lk116u, p._lk111e AS _lk116e FROM niva110_3 p
),
niva110_5 AS (
  SELECT p.sak_id, p.nr, p.k110, CASE WHEN p._lk116v THEN p.`beløp` END AS _lk117v, CASE WHEN p._lk116v IS NULL THEN p._lk116u END AS _lk117u, p._lk116e AS _lk117e FROM niva110_4 p
),
sak__barn_21 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p._lk0v, CASE WHEN r118.u IS NULL THEN CAST(COALESCE(g118.a, 0) AS DECIMAL(18,2)) END AS _lk118v, r118.u AS _lk118u, r118.e AS _lk118e FROM sak__barn_20 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(p._lk117v) AS a FROM niva110_5 p GROUP BY p.sak_id, p.nr) g118 ON g118.sak_id = p.sak_id AND g118.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, min_by(p._lk117u, CASE WHEN p._lk117u IS NOT NULL THEN p.k110 END) AS u, min_by(p._lk117e, CASE WHEN p._lk117e IS NOT NULL THEN p.k110 END) AS e FROM niva110_5 p WHERE p._lk117u IS NOT NULL OR p._lk117e IS NOT NULL GROUP BY p.sak_id, p.nr) r118 ON r118.sak_id = p.sak_id AND r118.nr = p.nr
),
sak_33 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk108v, p._lk108u, p._lk108e, CAST(CAST(p._lk85v + p._lk88v AS DECIMAL(18,2)) + p._lk108v AS DECIMAL(18,2)) AS _lk109v, CASE WHEN p._lk85u IS NULL THEN p._lk108u WHEN p._lk108u IS NULL THEN p._lk85u ELSE array_join(array_union(split(p._lk85u, chr(30)), split(p._lk108u, chr(30))), chr(30)) END AS _lk109u, COALESCE(p._lk85e, p._lk108e) AS _lk109e, CASE WHEN r119.u IS NULL THEN CAST(COALESCE(g119.a, 0) AS DECIMAL(18,2)) END AS _lk119v, r119.u AS _lk119u, r119.e AS _lk119e FROM sak_32 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk118v) AS a FROM sak__barn_21 p GROUP BY p.sak_id) g119 ON g119.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk118u, CASE WHEN p._lk118u IS NOT NULL THEN p.nr END) AS u, min_by(p._lk118e, CASE WHEN p._lk118e IS NOT NULL THEN p.nr END) AS e FROM sak__barn_21 p WHERE p._lk118u IS NOT NULL OR p._lk118e IS NOT NULL GROUP BY p.sak_id) r119 ON r119.sak_id = p.sak_id
),
niva121_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k121, l.`fødselsdato` FROM sak__inntekter_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__tilhører) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva121_1 AS (
  SELECT p.sak_id, p.nr, p.k121, 1 AS _lk122v FROM niva121_0 p
),
niva124_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k124, l.`fødselsdato`, l.`utdanning` FROM sak__inntekter_0 pp JOIN (SELECT sak_id, nr + 0 * 1000000000 AS n, `fødselsdato`, COALESCE(`utdanning`, 'ingen') AS `utdanning` FROM sak__voksne UNION ALL SELECT sak_id, nr + 1 * 1000000000 AS n, `fødselsdato`, COALESCE(`utdanning`, 'ingen') AS `utdanning` FROM sak__myndige_barn_i_skole) l ON l.sak_id = pp.sak_id
),
niva125_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k124, l.n AS k125, l.`fødselsdato` FROM niva124_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__tilhører) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva124_1 AS (
  SELECT p.sak_id, p.nr, p.k124, p.`fødselsdato` AS _lk126v FROM niva124_0 p
),
niva125_1 AS (
  SELECT p.sak_id, p.nr, p.k124, p.k125, p.`fødselsdato`, c._lk126v AS _lk126v FROM niva125_0 p JOIN niva124_1 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k124 = p.k124
),
niva125_2 AS (
  SELECT p.sak_id, p.nr, p.k124, p.k125, (p.`fødselsdato` = p._lk126v) AS _lk127v FROM niva125_1 p
),
niva124_2 AS (
  SELECT p.sak_id, p.nr, p.k124, (COALESCE(g128.a, 0) = 1) AS _lk128v FROM niva124_1 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k124, MAX(CASE WHEN p._lk127v = TRUE THEN 1 ELSE 0 END) AS a FROM niva125_2 p GROUP BY p.sak_id, p.nr, p.k124) g128 ON g128.sak_id = p.sak_id AND g128.nr = p.nr AND g128.k124 = p.k124
),
niva124_3 AS (
  SELECT p.sak_id, p.nr, p.k124, CASE WHEN p._lk128v THEN 1 END AS _lk129v FROM niva124_2 p
),
sak__inntekter_1 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, CAST(COALESCE(g123.a, 0) AS BIGINT) AS _lk123v, CAST(COALESCE(g130.a, 0) AS BIGINT) AS _lk130v FROM sak__inntekter_0 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk122v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva121_1 p GROUP BY p.sak_id, p.nr) g123 ON g123.sak_id = p.sak_id AND g123.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk129v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva124_3 p GROUP BY p.sak_id, p.nr) g130 ON g130.sak_id = p.sak_id AND g130.nr = p.nr
),
sak__inntekter_2 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, ((p._lk123v > CAST(0 AS BIGINT)) AND (p._lk130v <> CAST(1 AS BIGINT))) AS _lk131v FROM sak__inntekter_1 p
),
sak__inntekter_3 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, CASE WHEN p._lk131v THEN 2 END AS _lk132v, CASE WHEN TRUE THEN 1 END AS _lk133v FROM sak__inntekter_2 p
),
niva121_2 AS (
  SELECT p.sak_id, p.nr, p.k121, 1 AS _lk135v FROM niva121_1 p
),
sak__inntekter_4 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, CASE WHEN CASE WHEN p._lk132v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk132v, p._lk133v) END AS _lk134v, CASE WHEN p._lk132v IS NULL THEN NULL END AS _lk134u, CAST(COALESCE(g136.a, 0) AS BIGINT) AS _lk136v FROM sak__inntekter_3 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk135v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva121_2 p GROUP BY p.sak_id, p.nr) g136 ON g136.sak_id = p.sak_id AND g136.nr = p.nr
),
niva138_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k138, l.`fødselsdato`, l.`utdanning` FROM sak__inntekter_0 pp JOIN (SELECT sak_id, nr AS n, `fødselsdato`, COALESCE(`utdanning`, 'ingen') AS `utdanning` FROM sak__myndige_barn_i_skole) l ON l.sak_id = pp.sak_id
),
niva139_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k138, l.n AS k139, l.`fødselsdato` FROM niva138_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__tilhører) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva138_1 AS (
  SELECT p.sak_id, p.nr, p.k138, p.`fødselsdato` AS _lk140v FROM niva138_0 p
),
niva139_1 AS (
  SELECT p.sak_id, p.nr, p.k138, p.k139, p.`fødselsdato`, c._lk140v AS _lk140v FROM niva139_0 p JOIN niva138_1 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k138 = p.k138
),
niva139_2 AS (
  SELECT p.sak_id, p.nr, p.k138, p.k139, (p.`fødselsdato` = p._lk140v) AS _lk141v FROM niva139_1 p
),
niva138_2 AS (
  SELECT p.sak_id, p.nr, p.k138, (COALESCE(g142.a, 0) = 1) AS _lk142v FROM niva138_1 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k138, MAX(CASE WHEN p._lk141v = TRUE THEN 1 ELSE 0 END) AS a FROM niva139_2 p GROUP BY p.sak_id, p.nr, p.k138) g142 ON g142.sak_id = p.sak_id AND g142.nr = p.nr AND g142.k138 = p.k138
),
sak__inntekter_5 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, CASE p._lk134v WHEN 1 THEN (p._lk136v > CAST(0 AS BIGINT)) WHEN 2 THEN NULL END AS _lk137v, COALESCE(p._lk134u, CASE p._lk134v WHEN 2 THEN 'En inntekt er knyttet til en person som ikke er med i søknaden, til flere personer, eller til personer med de samme opplysningene; inntekten må knyttes til nøyaktig én voksen' END) AS _lk137u, CASE WHEN p._lk134u IS NULL AND p._lk134v IS NULL THEN 'LK700100042' || 'Ingen definisjon av «inntekt_har_eier» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk137e, (COALESCE(g143.a, 0) = 1) AS _lk143v FROM sak__inntekter_4 p LEFT JOIN (SELECT p.sak_id, p.nr, MAX(CASE WHEN p._lk142v = TRUE THEN 1 ELSE 0 END) AS a FROM niva138_2 p GROUP BY p.sak_id, p.nr) g143 ON g143.sak_id = p.sak_id AND g143.nr = p.nr
),
sak__inntekter_6 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk137v, p._lk137u, p._lk137e, CASE p._lk137v WHEN TRUE THEN p._lk143v WHEN FALSE THEN FALSE END AS _lk144v, CASE p._lk137v WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk137u END AS _lk144u, p._lk137e AS _lk144e FROM sak__inntekter_5 p
),
sak__inntekter_7 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk137v, p._lk137u, p._lk137e, (NOT p._lk144v) AS _lk145v, p._lk144u AS _lk145u, p._lk144e AS _lk145e, CASE WHEN (p.`art` IN ('formue', 'skatt_til_gode')) THEN 2 END AS _lk146v, CASE WHEN TRUE THEN 1 END AS _lk147v FROM sak__inntekter_6 p
),
sak__inntekter_8 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk137v, p._lk137u, p._lk137e, p._lk145v, p._lk145u, p._lk145e, CASE WHEN CASE WHEN p._lk146v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk146v, p._lk147v) END AS _lk148v, CASE WHEN p._lk146v IS NULL THEN NULL END AS _lk148u FROM sak__inntekter_7 p
),
sak__inntekter_9 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk137v, p._lk137u, p._lk137e, p._lk145v, p._lk145u, p._lk145e, CASE p._lk148v WHEN 1 THEN FALSE WHEN 2 THEN TRUE END AS _lk149v, p._lk148u AS _lk149u, CASE WHEN p._lk148u IS NULL AND p._lk148v IS NULL THEN 'LK700100043' || 'Ingen definisjon av «er_midler» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk149e FROM sak__inntekter_8 p
),
niva151_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k151, l.`fødselsdato` FROM sak__inntekter_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__gjelder_barn) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva151_1 AS (
  SELECT p.sak_id, p.nr, p.k151, p.`fødselsdato`, 1 AS _lk152v FROM niva151_0 p
),
niva154_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k154, l.`fødselsdato` FROM sak__inntekter_0 pp JOIN (SELECT sak_id, nr AS n, `fødselsdato` FROM sak__barn) l ON l.sak_id = pp.sak_id
),
niva155_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k154, l.n AS k155, l.`fødselsdato` FROM niva154_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__gjelder_barn) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva154_1 AS (
  SELECT p.sak_id, p.nr, p.k154, p.`fødselsdato` AS _lk156v FROM niva154_0 p
),
niva155_1 AS (
  SELECT p.sak_id, p.nr, p.k154, p.k155, p.`fødselsdato`, c._lk156v AS _lk156v FROM niva155_0 p JOIN niva154_1 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k154 = p.k154
),
niva155_2 AS (
  SELECT p.sak_id, p.nr, p.k154, p.k155, (p._lk156v = p.`fødselsdato`) AS _lk157v FROM niva155_1 p
),
niva154_2 AS (
  SELECT p.sak_id, p.nr, p.k154, (COALESCE(g158.a, 0) = 1) AS _lk158v FROM niva154_1 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k154, MAX(CASE WHEN p._lk157v = TRUE THEN 1 ELSE 0 END) AS a FROM niva155_2 p GROUP BY p.sak_id, p.nr, p.k154) g158 ON g158.sak_id = p.sak_id AND g158.nr = p.nr AND g158.k154 = p.k154
),
niva154_3 AS (
  SELECT p.sak_id, p.nr, p.k154, CASE WHEN p._lk158v THEN 1 END AS _lk159v FROM niva154_2 p
),
sak__inntekter_10 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk137v, p._lk137u, p._lk137e, p._lk145v, p._lk145u, p._lk145e, p._lk149v, p._lk149u, p._lk149e, (p._lk145v AND (NOT p._lk149v)) AS _lk150v, CASE WHEN (p._lk145v AND (NOT p._lk149v)) IS NULL THEN CASE WHEN p._lk145u IS NULL THEN p._lk149u WHEN p._lk149u IS NULL THEN p._lk145u ELSE array_join(array_union(split(p._lk145u, chr(30)), split(p._lk149u, chr(30))), chr(30)) END END AS _lk150u, COALESCE(p._lk145e, CASE WHEN p._lk145v = FALSE THEN NULL ELSE p._lk149e END) AS _lk150e, CAST(COALESCE(g153.a, 0) AS BIGINT) AS _lk153v, CAST(COALESCE(g160.a, 0) AS BIGINT) AS _lk160v FROM sak__inntekter_9 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk152v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva151_1 p GROUP BY p.sak_id, p.nr) g153 ON g153.sak_id = p.sak_id AND g153.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk159v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva154_3 p GROUP BY p.sak_id, p.nr) g160 ON g160.sak_id = p.sak_id AND g160.nr = p.nr
),
sak__inntekter_11 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk137v, p._lk137u, p._lk137e, p._lk145v, p._lk145u, p._lk145e, p._lk149v, p._lk149u, p._lk149e, p._lk150v, p._lk150u, p._lk150e, ((p._lk153v > CAST(0 AS BIGINT)) AND (p._lk160v <> CAST(1 AS BIGINT))) AS _lk161v FROM sak__inntekter_10 p
),
sak__inntekter_12 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk137v, p._lk137u, p._lk137e, p._lk145v, p._lk145u, p._lk145e, p._lk149v, p._lk149u, p._lk149e, p._lk150v, p._lk150u, p._lk150e, CASE WHEN p._lk161v THEN 2 END AS _lk162v, CASE WHEN TRUE THEN 1 END AS _lk163v FROM sak__inntekter_11 p
),
niva151_2 AS (
  SELECT p.sak_id, p.nr, p.k151, p.`fødselsdato`, 1 AS _lk165v FROM niva151_1 p
),
sak__barn_22 AS (
  SELECT p.sak_id, p.nr, CASE WHEN p._lk0v >= p.`fødselsdato` THEN CAST(year(p._lk0v) AS BIGINT) - CAST(year(p.`fødselsdato`) AS BIGINT) - CASE WHEN CAST(month(p._lk0v) AS BIGINT) * 100 + CAST(day(p._lk0v) AS BIGINT) < CAST(month(p.`fødselsdato`) AS BIGINT) * 100 + CAST(day(p.`fødselsdato`) AS BIGINT) THEN 1 ELSE 0 END END AS _lk167v, CASE WHEN p._lk0v < p.`fødselsdato` THEN 'Alderen kan ikke regnes ut: fødselsdatoen ' || date_format(p.`fødselsdato`, 'yyyy-MM-dd') || ' er etter ' || date_format(p._lk0v, 'yyyy-MM-dd') || ', datoen alderen regnes på' END AS _lk167u FROM sak__barn_21 p
),
sak__barn_23 AS (
  SELECT p.sak_id, p.nr, (p._lk167v < CAST(18 AS BIGINT)) AS _lk168v, p._lk167u AS _lk168u FROM sak__barn_22 p
),
sak_34 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk108v, p._lk108u, p._lk108e, p._lk119v, p._lk119u, p._lk119e, CAST(p._lk109v + p._lk119v AS DECIMAL(18,2)) AS _lk120v, CASE WHEN p._lk109u IS NULL THEN p._lk119u WHEN p._lk119u IS NULL THEN p._lk109u ELSE array_join(array_union(split(p._lk109u, chr(30)), split(p._lk119u, chr(30))), chr(30)) END AS _lk120u, COALESCE(p._lk109e, p._lk119e) AS _lk120e, CASE WHEN COALESCE(g169.a, 0) = 1 THEN (COALESCE(g169.a, 0) = 1) WHEN r169.u IS NULL THEN (COALESCE(g169.a, 0) = 1) END AS _lk169v, CASE WHEN COALESCE(g169.a, 0) = 1 THEN NULL ELSE r169.u END AS _lk169u FROM sak_33 p LEFT JOIN (SELECT p.sak_id, MAX(CASE WHEN p._lk168v = TRUE THEN 1 ELSE 0 END) AS a FROM sak__barn_23 p GROUP BY p.sak_id) g169 ON g169.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, nullif(array_join(array_distinct(flatten(transform(array_sort(collect_list(CASE WHEN p._lk168u IS NOT NULL THEN struct(p.nr AS o, p._lk168u AS r) END)), x -> split(x.r, chr(30))))), chr(30)), '') AS u FROM sak__barn_23 p WHERE p._lk168u IS NOT NULL GROUP BY p.sak_id) r169 ON r169.sak_id = p.sak_id
),
niva151_3 AS (
  SELECT p.sak_id, p.nr, p.k151, p.`fødselsdato`, p._lk165v, c._lk0v AS _lk0v FROM niva151_2 p JOIN sak__inntekter_12 c ON c.sak_id = p.sak_id AND c.nr = p.nr
),
niva151_4 AS (
  SELECT p.sak_id, p.nr, p.k151, p._lk165v, CASE WHEN p._lk0v >= p.`fødselsdato` THEN CAST(year(p._lk0v) AS BIGINT) - CAST(year(p.`fødselsdato`) AS BIGINT) - CASE WHEN CAST(month(p._lk0v) AS BIGINT) * 100 + CAST(day(p._lk0v) AS BIGINT) < CAST(month(p.`fødselsdato`) AS BIGINT) * 100 + CAST(day(p.`fødselsdato`) AS BIGINT) THEN 1 ELSE 0 END END AS _lk170v, CASE WHEN p._lk0v < p.`fødselsdato` THEN 'Alderen kan ikke regnes ut: fødselsdatoen ' || date_format(p.`fødselsdato`, 'yyyy-MM-dd') || ' er etter ' || date_format(p._lk0v, 'yyyy-MM-dd') || ', datoen alderen regnes på' END AS _lk170u FROM niva151_3 p
),
niva151_5 AS (
  SELECT p.sak_id, p.nr, p.k151, p._lk165v, (p._lk170v < CAST(18 AS BIGINT)) AS _lk171v, p._lk170u AS _lk171u FROM niva151_4 p
),
sak__inntekter_13 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk137v, p._lk137u, p._lk137e, p._lk145v, p._lk145u, p._lk145e, p._lk149v, p._lk149u, p._lk149e, p._lk150v, p._lk150u, p._lk150e, CASE WHEN CASE WHEN p._lk162v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk162v, p._lk163v) END AS _lk164v, CASE WHEN p._lk162v IS NULL THEN NULL END AS _lk164u, CAST(COALESCE(g166.a, 0) AS BIGINT) AS _lk166v, c._lk169v AS _lk169v, c._lk169u AS _lk169u, CASE WHEN COALESCE(g172.a, 0) = 1 THEN (COALESCE(g172.a, 0) = 1) WHEN r172.u IS NULL THEN (COALESCE(g172.a, 0) = 1) END AS _lk172v, CASE WHEN COALESCE(g172.a, 0) = 1 THEN NULL ELSE r172.u END AS _lk172u FROM sak__inntekter_12 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk165v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM niva151_2 p GROUP BY p.sak_id, p.nr) g166 ON g166.sak_id = p.sak_id AND g166.nr = p.nr JOIN sak_34 c ON c.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, p.nr, MAX(CASE WHEN p._lk171v = TRUE THEN 1 ELSE 0 END) AS a FROM niva151_5 p GROUP BY p.sak_id, p.nr) g172 ON g172.sak_id = p.sak_id AND g172.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, nullif(array_join(array_distinct(flatten(transform(array_sort(collect_list(CASE WHEN p._lk171u IS NOT NULL THEN struct(p.k151 AS o, p._lk171u AS r) END)), x -> split(x.r, chr(30))))), chr(30)), '') AS u FROM niva151_5 p WHERE p._lk171u IS NOT NULL GROUP BY p.sak_id, p.nr) r172 ON r172.sak_id = p.sak_id AND r172.nr = p.nr
),
sak__inntekter_14 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk137v, p._lk137u, p._lk137e, p._lk145v, p._lk145u, p._lk145e, p._lk149v, p._lk149u, p._lk149e, p._lk150v, p._lk150u, p._lk150e, p._lk164v, p._lk164u, CASE (p._lk166v = CAST(0 AS BIGINT)) WHEN TRUE THEN p._lk169v WHEN FALSE THEN p._lk172v END AS _lk173v, CASE (p._lk166v = CAST(0 AS BIGINT)) WHEN TRUE THEN p._lk169u WHEN FALSE THEN p._lk172u ELSE NULL END AS _lk173u FROM sak__inntekter_13 p
),
sak__inntekter_15 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p._lk0v, p._lk137v, p._lk137u, p._lk137e, p._lk145v, p._lk145u, p._lk145e, p._lk149v, p._lk149u, p._lk149e, p._lk150v, p._lk150u, p._lk150e, p._lk164v, p._lk164u, ((p.`arbeidsart` <> 'annet_arbeid') AND p._lk173v) AS _lk174v, CASE WHEN ((p.`arbeidsart` <> 'annet_arbeid') AND p._lk173v) IS NULL THEN p._lk173u END AS _lk174u FROM sak__inntekter_14 p
),
sak__inntekter_16 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p._lk0v, p._lk137v, p._lk137u, p._lk137e, p._lk145v, p._lk145u, p._lk145e, p._lk149v, p._lk149u, p._lk149e, p._lk150v, p._lk150u, p._lk150e, CASE p._lk164v WHEN 1 THEN p._lk174v WHEN 2 THEN NULL END AS _lk175v, COALESCE(p._lk164u, CASE p._lk164v WHEN 1 THEN p._lk174u WHEN 2 THEN 'En arbeidsinntekt er knyttet til et barn som ikke er med i søknaden, til flere barn, eller til barn med de samme opplysningene; inntekten må knyttes til nøyaktig ett barn' END) AS _lk175u, CASE WHEN p._lk164u IS NULL AND p._lk164v IS NULL THEN 'LK700100044' || 'Ingen definisjon av «barns_arbeid_i_fritid_og_ferier» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk175e FROM sak__inntekter_15 p
),
sak__inntekter_17 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p._lk0v, p._lk137v, p._lk137u, p._lk137e, p._lk145v, p._lk145u, p._lk145e, p._lk149v, p._lk149u, p._lk149e, p._lk150v, p._lk150u, p._lk150e, ((p.`art` = 'barns_arbeidsinntekt') AND p._lk175v) AS _lk176v, CASE WHEN ((p.`art` = 'barns_arbeidsinntekt') AND p._lk175v) IS NULL THEN p._lk175u END AS _lk176u, CASE WHEN (p.`art` = 'barns_arbeidsinntekt') = FALSE THEN NULL ELSE p._lk175e END AS _lk176e, (p.`art` IN ('barnetrygd', 'utvidet_barnetrygd', 'småbarnstillegg')) AS _lk177v FROM sak__inntekter_16 p
),
sak__inntekter_18 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p._lk0v, p._lk137v, p._lk137u, p._lk137e, p._lk145v, p._lk145u, p._lk145e, p._lk149v, p._lk149u, p._lk149e, p._lk150v, p._lk150u, p._lk150e, p._lk176v, p._lk176u, p._lk176e, p._lk177v, CASE WHEN (p.`art` = 'kontantstøtte') THEN 2 END AS _lk178v FROM sak__inntekter_17 p
),
sak__inntekter_19 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk137v, p._lk137u, p._lk137e, p._lk145v, p._lk145u, p._lk145e, p._lk149v, p._lk149u, p._lk149e, p._lk150v, p._lk150u, p._lk150e, p._lk176v, p._lk176u, p._lk176e, p._lk177v, p._lk178v, CASE WHEN (p.`art` = 'utenlandsk_barnetrygd') THEN 3 END AS _lk179v FROM sak__inntekter_18 p
),
sak__inntekter_20 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk137v, p._lk137u, p._lk137e, p._lk145v, p._lk145u, p._lk145e, p._lk149v, p._lk149u, p._lk149e, p._lk150v, p._lk150u, p._lk150e, p._lk177v, p._lk178v, p._lk179v, CASE WHEN CASE WHEN (DATE '2016-01-01' <= p._lk0v) THEN p._lk176v ELSE FALSE END THEN 4 END AS _lk180v, CASE WHEN CASE WHEN (DATE '2016-01-01' <= p._lk0v) THEN p._lk176v ELSE FALSE END IS NULL THEN CASE WHEN (DATE '2016-01-01' <= p._lk0v) THEN p._lk176u END END AS _lk180u, CASE WHEN (DATE '2016-01-01' <= p._lk0v) THEN p._lk176e END AS _lk180e FROM sak__inntekter_19 p
),
sak__inntekter_21 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk137v, p._lk137u, p._lk137e, p._lk145v, p._lk145u, p._lk145e, p._lk149v, p._lk149u, p._lk149e, p._lk150v, p._lk150u, p._lk150e, p._lk178v, p._lk179v, p._lk180v, p._lk180u, p._lk180e, CASE WHEN CASE WHEN (DATE '2022-09-01' <= p._lk0v) THEN p._lk177v ELSE FALSE END THEN 5 END AS _lk181v FROM sak__inntekter_20 p
),
sak__inntekter_22 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk137v, p._lk137u, p._lk137e, p._lk145v, p._lk145u, p._lk145e, p._lk149v, p._lk149u, p._lk149e, p._lk150v, p._lk150u, p._lk150e, COALESCE(p._lk178v, p._lk179v, p._lk180v, p._lk181v) AS _lk182v, p._lk180u AS _lk182u, CASE WHEN p._lk179v IS NOT NULL AND p._lk178v IS NOT NULL THEN CASE WHEN p._lk178v = 2 AND p._lk179v = 3 THEN 'LK700200045' || 'Motstrid i «teller_som_inntekt»: både unntaket «kontantstøtte» og unntaket «utenlandsk_barnetrygd» gjelder, og ingen av dem er unntak fra den andre' END WHEN p._lk180e IS NOT NULL THEN p._lk180e WHEN p._lk180v IS NOT NULL AND COALESCE(p._lk178v, p._lk179v) IS NOT NULL THEN CASE WHEN COALESCE(p._lk178v, p._lk179v) = 2 AND p._lk180v = 4 THEN 'LK700200046' || 'Motstrid i «teller_som_inntekt»: både unntaket «kontantstøtte» og unntaket «barns_arbeidsinntekt» gjelder, og ingen av dem er unntak fra den andre' WHEN COALESCE(p._lk178v, p._lk179v) = 3 AND p._lk180v = 4 THEN 'LK700200047' || 'Motstrid i «teller_som_inntekt»: både unntaket «utenlandsk_barnetrygd» og unntaket «barns_arbeidsinntekt» gjelder, og ingen av dem er unntak fra den andre' END WHEN p._lk181v IS NOT NULL AND COALESCE(p._lk178v, p._lk179v, p._lk180v) IS NOT NULL THEN CASE WHEN COALESCE(p._lk178v, p._lk179v, p._lk180v) = 2 AND p._lk181v = 5 THEN 'LK700200048' || 'Motstrid i «teller_som_inntekt»: både unntaket «kontantstøtte» og unntaket «barnetrygd» gjelder, og ingen av dem er unntak fra den andre' WHEN COALESCE(p._lk178v, p._lk179v, p._lk180v) = 3 AND p._lk181v = 5 THEN 'LK700200049' || 'Motstrid i «teller_som_inntekt»: både unntaket «utenlandsk_barnetrygd» og unntaket «barnetrygd» gjelder, og ingen av dem er unntak fra den andre' WHEN COALESCE(p._lk178v, p._lk179v, p._lk180v) = 4 AND p._lk181v = 5 THEN 'LK700200050' || 'Motstrid i «teller_som_inntekt»: både unntaket «barns_arbeidsinntekt» og unntaket «barnetrygd» gjelder, og ingen av dem er unntak fra den andre' END END AS _lk182e, CASE WHEN TRUE THEN 1 END AS _lk183v FROM sak__inntekter_21 p
),
sak__inntekter_23 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk137v, p._lk137u, p._lk137e, p._lk145v, p._lk145u, p._lk145e, p._lk149v, p._lk149u, p._lk149e, p._lk150v, p._lk150u, p._lk150e, p._lk182e, CASE WHEN COALESCE(p._lk182u, CASE WHEN p._lk182v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk182v, p._lk183v) END AS _lk184v, COALESCE(p._lk182u, CASE WHEN p._lk182v IS NULL THEN NULL END) AS _lk184u, TRUE AS _lk185v FROM sak__inntekter_22 p
),
sak__inntekter_24 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk137v, p._lk137u, p._lk137e, p._lk145v, p._lk145u, p._lk145e, p._lk149v, p._lk149u, p._lk149e, p._lk150v, p._lk150u, p._lk150e, CASE p._lk184v WHEN 1 THEN TRUE WHEN 2 THEN TRUE WHEN 3 THEN p._lk185v WHEN 4 THEN FALSE WHEN 5 THEN FALSE END AS _lk186v, p._lk184u AS _lk186u, COALESCE(p._lk182e, CASE WHEN p._lk184u IS NULL AND p._lk184v IS NULL THEN 'LK700100051' || 'Ingen definisjon av «teller_som_inntekt» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END) AS _lk186e FROM sak__inntekter_23 p
),
sak__inntekter_25 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk137v, p._lk137u, p._lk137e, p._lk145v, p._lk145u, p._lk145e, p._lk149v, p._lk149u, p._lk149e, p._lk186v, p._lk186u, p._lk186e, (p._lk150v AND p._lk186v) AS _lk187v, CASE WHEN (p._lk150v AND p._lk186v) IS NULL THEN CASE WHEN p._lk150u IS NULL THEN p._lk186u WHEN p._lk186u IS NULL THEN p._lk150u ELSE array_join(array_union(split(p._lk150u, chr(30)), split(p._lk186u, chr(30))), chr(30)) END END AS _lk187u, COALESCE(p._lk150e, CASE WHEN p._lk150v = FALSE THEN NULL ELSE p._lk186e END) AS _lk187e FROM sak__inntekter_24 p
),
sak__inntekter_26 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk137v, p._lk137u, p._lk137e, p._lk145v, p._lk145u, p._lk145e, p._lk149v, p._lk149u, p._lk149e, p._lk186v, p._lk186u, p._lk186e, CASE WHEN p._lk187v THEN p.`beløp` END AS _lk188v, CASE WHEN p._lk187v IS NULL THEN p._lk187u END AS _lk188u, p._lk187e AS _lk188e FROM sak__inntekter_25 p
),
sak_35 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk108v, p._lk108u, p._lk108e, p._lk119v, p._lk119u, p._lk119e, p._lk120v, p._lk120u, p._lk120e, CASE WHEN r189.u IS NULL THEN CAST(COALESCE(g189.a, 0) AS DECIMAL(18,2)) END AS _lk189v, r189.u AS _lk189u, r189.e AS _lk189e FROM sak_34 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk188v) AS a FROM sak__inntekter_26 p GROUP BY p.sak_id) g189 ON g189.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk188u, CASE WHEN p._lk188u IS NOT NULL THEN p.nr END) AS u, min_by(p._lk188e, CASE WHEN p._lk188e IS NOT NULL THEN p.nr END) AS e FROM sak__inntekter_26 p WHERE p._lk188u IS NOT NULL OR p._lk188e IS NOT NULL GROUP BY p.sak_id) r189 ON r189.sak_id = p.sak_id
),
sak__inntekter_27 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk137v, p._lk137u, p._lk137e, p._lk145v, p._lk145u, p._lk145e, p._lk149v, p._lk149u, p._lk149e, p._lk186v, p._lk186u, p._lk186e, (p._lk145v AND p._lk149v) AS _lk191v, CASE WHEN (p._lk145v AND p._lk149v) IS NULL THEN CASE WHEN p._lk145u IS NULL THEN p._lk149u WHEN p._lk149u IS NULL THEN p._lk145u ELSE array_join(array_union(split(p._lk145u, chr(30)), split(p._lk149u, chr(30))), chr(30)) END END AS _lk191u, COALESCE(p._lk145e, CASE WHEN p._lk145v = FALSE THEN NULL ELSE p._lk149e END) AS _lk191e, p.`beløp` AS _lk192v FROM sak__inntekter_26 p
),
sak__inntekter_28 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk137v, p._lk137u, p._lk137e, p._lk145v, p._lk145u, p._lk145e, p._lk149v, p._lk149u, p._lk149e, p._lk186v, p._lk186u, p._lk186e, p._lk192v, CASE WHEN p._lk191v THEN p._lk192v END AS _lk193v, CASE WHEN p._lk191v IS NULL THEN p._lk191u END AS _lk193u, p._lk191e AS _lk193e FROM sak__inntekter_27 p
),
sak_36 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk108v, p._lk108u, p._lk108e, p._lk119v, p._lk119u, p._lk119e, p._lk120v, p._lk120u, p._lk120e, p._lk189v, p._lk189u, p._lk189e, CAST(p._lk120v - p._lk189v AS DECIMAL(18,2)) AS _lk190v, CASE WHEN p._lk120u IS NULL THEN p._lk189u WHEN p._lk189u IS NULL THEN p._lk120u ELSE array_join(array_union(split(p._lk120u, chr(30)), split(p._lk189u, chr(30))), chr(30)) END AS _lk190u, COALESCE(p._lk120e, p._lk189e) AS _lk190e, CASE WHEN r194.u IS NULL THEN CAST(COALESCE(g194.a, 0) AS DECIMAL(18,2)) END AS _lk194v, r194.u AS _lk194u, r194.e AS _lk194e FROM sak_35 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk193v) AS a FROM sak__inntekter_28 p GROUP BY p.sak_id) g194 ON g194.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk193u, CASE WHEN p._lk193u IS NOT NULL THEN p.nr END) AS u, min_by(p._lk193e, CASE WHEN p._lk193e IS NOT NULL THEN p.nr END) AS e FROM sak__inntekter_28 p WHERE p._lk193u IS NOT NULL OR p._lk193e IS NOT NULL GROUP BY p.sak_id) r194 ON r194.sak_id = p.sak_id
),
sak_37 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk108v, p._lk108u, p._lk108e, p._lk119v, p._lk119u, p._lk119e, p._lk120v, p._lk120u, p._lk120e, p._lk189v, p._lk189u, p._lk189e, p._lk194v, p._lk194u, p._lk194e, CAST(p._lk190v - p._lk194v AS DECIMAL(18,2)) AS _lk195v, CASE WHEN p._lk190u IS NULL THEN p._lk194u WHEN p._lk194u IS NULL THEN p._lk190u ELSE array_join(array_union(split(p._lk190u, chr(30)), split(p._lk194u, chr(30))), chr(30)) END AS _lk195u, COALESCE(p._lk190e, p._lk194e) AS _lk195e FROM sak_36 p
),
sak__voksne_9 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, 1 AS _lk197v FROM sak__voksne_8 p
),
sak_38 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk108v, p._lk108u, p._lk108e, p._lk119v, p._lk119u, p._lk119e, p._lk120v, p._lk120u, p._lk120e, p._lk189v, p._lk189u, p._lk189e, p._lk194v, p._lk194u, p._lk194e, CASE WHEN CAST(0 AS DECIMAL(18,2)) IS NULL OR p._lk195v IS NULL THEN NULL WHEN p._lk195v > CAST(0 AS DECIMAL(18,2)) THEN p._lk195v ELSE CAST(0 AS DECIMAL(18,2)) END AS _lk196v, p._lk195u AS _lk196u, p._lk195e AS _lk196e, CAST(COALESCE(g198.a, 0) AS BIGINT) AS _lk198v FROM sak_37 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk197v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__voksne_9 p GROUP BY p.sak_id) g198 ON g198.sak_id = p.sak_id
),
sak_39 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk108v, p._lk108u, p._lk108e, p._lk119v, p._lk119u, p._lk119e, p._lk120v, p._lk120u, p._lk120e, p._lk189v, p._lk189u, p._lk189e, p._lk194v, p._lk194u, p._lk194e, p._lk196v, p._lk196u, p._lk196e, CASE WHEN CAST(1 AS BIGINT) IS NULL OR p._lk198v IS NULL THEN NULL WHEN p._lk198v > CAST(1 AS BIGINT) THEN p._lk198v ELSE CAST(1 AS BIGINT) END AS _lk199v FROM sak_38 p
),
sak_40 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk108v, p._lk108u, p._lk108e, p._lk119v, p._lk119u, p._lk119e, p._lk120v, p._lk120u, p._lk120e, p._lk189v, p._lk189u, p._lk189e, p._lk194v, p._lk194u, p._lk194e, p._lk196v, p._lk196u, p._lk196e, p._lk199v, CAST(CAST(p._lk59v AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) AS _lk200v, CAST(p._lk199v AS DECIMAL(38,0)) AS _lk201v FROM sak_39 p
),
sak_41 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk108v, p._lk108u, p._lk108e, p._lk119v, p._lk119u, p._lk119e, p._lk120v, p._lk120u, p._lk120e, p._lk189v, p._lk189u, p._lk189e, p._lk194v, p._lk194u, p._lk194e, p._lk196v, p._lk196u, p._lk196e, CASE WHEN p._lk201v = 0 THEN NULL WHEN p._lk200v % p._lk201v = 0 THEN CAST(CAST(((p._lk200v) div (p._lk201v)) AS DECIMAL(38,0)) * 0.01 AS DECIMAL(18,2)) END AS _lk202v, p._lk59u AS _lk202u, COALESCE(COALESCE(p._lk59e, CASE WHEN p._lk59v IS NOT NULL AND p._lk199v = 0 THEN 'LK700400052' || 'Deling med null' END), CASE WHEN p._lk201v = 0 THEN NULL WHEN p._lk200v % p._lk201v <> 0 THEN 'LK701000053' || 'Beløpet er ikke et helt antall øre, og SQL-spørringen regner beløp i hele øre; rund av med avrund(…) i reglene, eller regn ut saken med lovkode run' END) AS _lk202e FROM sak_40 p
),
sak__voksne_10 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, c._lk202v AS _lk202v, c._lk202u AS _lk202u, c._lk202e AS _lk202e, 1 AS _lk203v FROM sak__voksne_9 p JOIN sak_41 c ON c.sak_id = p.sak_id
),
sak_42 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk108v, p._lk108u, p._lk108e, p._lk119v, p._lk119u, p._lk119e, p._lk120v, p._lk120u, p._lk120e, p._lk189v, p._lk189u, p._lk189e, p._lk194v, p._lk194u, p._lk194e, p._lk196v, p._lk196u, p._lk196e, p._lk202v, p._lk202u, p._lk202e, CAST(COALESCE(g204.a, 0) AS BIGINT) AS _lk204v FROM sak_41 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk203v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__voksne_10 p GROUP BY p.sak_id) g204 ON g204.sak_id = p.sak_id
),
sak_43 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk108v, p._lk108u, p._lk108e, p._lk119v, p._lk119u, p._lk119e, p._lk120v, p._lk120u, p._lk120e, p._lk189v, p._lk189u, p._lk189e, p._lk194v, p._lk194u, p._lk194e, p._lk196v, p._lk196u, p._lk196e, p._lk202v, p._lk202u, p._lk202e, CASE WHEN CAST(1 AS BIGINT) IS NULL OR p._lk204v IS NULL THEN NULL WHEN p._lk204v > CAST(1 AS BIGINT) THEN p._lk204v ELSE CAST(1 AS BIGINT) END AS _lk205v FROM sak_42 p
),
sak_44 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk108v, p._lk108u, p._lk108e, p._lk119v, p._lk119u, p._lk119e, p._lk120v, p._lk120u, p._lk120e, p._lk189v, p._lk189u, p._lk189e, p._lk194v, p._lk194u, p._lk194e, p._lk196v, p._lk196u, p._lk196e, p._lk202v, p._lk202u, p._lk202e, p._lk205v, CASE WHEN (CAST(p._lk205v AS DECIMAL(38,0)) * 1) < 0 THEN -CAST(CAST(p._lk88v AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) ELSE CAST(CAST(p._lk88v AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) END AS _lk206v, CASE WHEN (CAST(p._lk205v AS DECIMAL(38,0)) * 1) < 0 THEN -(CAST(p._lk205v AS DECIMAL(38,0)) * 1) ELSE (CAST(p._lk205v AS DECIMAL(38,0)) * 1) END AS _lk207v FROM sak_43 p
),
sak_45 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk108v, p._lk108u, p._lk108e, p._lk119v, p._lk119u, p._lk119e, p._lk120v, p._lk120u, p._lk120e, p._lk189v, p._lk189u, p._lk189e, p._lk194v, p._lk194u, p._lk194e, p._lk196v, p._lk196u, p._lk196e, p._lk202v, p._lk202u, p._lk202e, CASE WHEN p._lk207v <> 0 THEN CAST(CAST((((p._lk206v - (p._lk206v % p._lk207v)) div (p._lk207v))) * 1 AS DECIMAL(38,0)) * 0.01 AS DECIMAL(18,2)) END AS _lk208v, CASE WHEN p._lk88v IS NOT NULL AND p._lk205v = 0 THEN 'LK700400054' || 'Deling med null' END AS _lk208e FROM sak_44 p
),
sak__voksne_11 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, p._lk202v, p._lk202u, p._lk202e, c._lk208v AS _lk208v, c._lk208e AS _lk208e, 1 AS _lk209v FROM sak__voksne_10 p JOIN sak_45 c ON c.sak_id = p.sak_id
),
sak_46 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk108v, p._lk108u, p._lk108e, p._lk119v, p._lk119u, p._lk119e, p._lk120v, p._lk120u, p._lk120e, p._lk189v, p._lk189u, p._lk189e, p._lk194v, p._lk194u, p._lk194e, p._lk196v, p._lk196u, p._lk196e, p._lk202v, p._lk202u, p._lk202e, p._lk208v, p._lk208e, CAST(COALESCE(g210.a, 0) AS BIGINT) AS _lk210v FROM sak_45 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk209v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__voksne_11 p GROUP BY p.sak_id) g210 ON g210.sak_id = p.sak_id
),
sak_47 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk108v, p._lk108u, p._lk108e, p._lk119v, p._lk119u, p._lk119e, p._lk120v, p._lk120u, p._lk120e, p._lk189v, p._lk189u, p._lk189e, p._lk194v, p._lk194u, p._lk194e, p._lk196v, p._lk196u, p._lk196e, p._lk202v, p._lk202u, p._lk202e, p._lk208v, p._lk208e, CASE WHEN CAST(1 AS BIGINT) IS NULL OR p._lk210v IS NULL THEN NULL WHEN p._lk210v > CAST(1 AS BIGINT) THEN p._lk210v ELSE CAST(1 AS BIGINT) END AS _lk211v FROM sak_46 p
),
sak_48 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk59v, p._lk59u, p._lk59e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk108v, p._lk108u, p._lk108e, p._lk119v, p._lk119u, p._lk119e, p._lk120v, p._lk120u, p._lk120e, p._lk189v, p._lk189u, p._lk189e, p._lk194v, p._lk194u, p._lk194e, p._lk196v, p._lk196u, p._lk196e, p._lk202v, p._lk202u, p._lk202e, p._lk208v, p._lk208e, CAST(p._lk88v - CAST(p._lk208v * p._lk211v AS DECIMAL(18,2)) AS DECIMAL(18,2)) AS _lk212v, p._lk208e AS _lk212e FROM sak_47 p
),
sak__voksne_12 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, p._lk202v, p._lk202u, p._lk202e, p._lk208v, p._lk208e, c._lk212v AS _lk212v, c._lk212e AS _lk212e FROM sak__voksne_11 p JOIN sak_48 c ON c.sak_id = p.sak_id
),
sak__voksne_13 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, p._lk202v, p._lk202u, p._lk202e, p._lk208v, p._lk208e, CASE (p.nr = CAST(1 AS BIGINT)) WHEN TRUE THEN p._lk212v WHEN FALSE THEN CAST(0 AS DECIMAL(18,2)) END AS _lk213v, CASE (p.nr = CAST(1 AS BIGINT)) WHEN TRUE THEN p._lk212e WHEN FALSE THEN NULL END AS _lk213e FROM sak__voksne_12 p
),
sak__voksne_14 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, CAST(p._lk202v + CAST(p._lk208v + p._lk213v AS DECIMAL(18,2)) AS DECIMAL(18,2)) AS _lk214v, p._lk202u AS _lk214u, COALESCE(p._lk202e, COALESCE(p._lk208e, p._lk213e)) AS _lk214e, c._lk85v AS _lk85v, c._lk85u AS _lk85u, c._lk85e AS _lk85e, c._lk59v AS _lk59v, c._lk59u AS _lk59u, c._lk59e AS _lk59e FROM sak__voksne_13 p JOIN sak_48 c ON c.sak_id = p.sak_id
),
sak__voksne_15 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, p._lk214v, p._lk214u, p._lk214e, CAST(p._lk85v - p._lk59v AS DECIMAL(18,2)) AS _lk215v, CASE WHEN p._lk85u IS NULL THEN p._lk59u WHEN p._lk59u IS NULL THEN p._lk85u ELSE array_join(array_union(split(p._lk85u, chr(30)), split(p._lk59u, chr(30))), chr(30)) END AS _lk215u, COALESCE(p._lk85e, p._lk59e) AS _lk215e, c._lk108v AS _lk108v, c._lk108u AS _lk108u, c._lk108e AS _lk108e FROM sak__voksne_14 p JOIN sak_48 c ON c.sak_id = p.sak_id
),
sak__voksne_16 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, p._lk214v, p._lk214u, p._lk214e, CAST(p._lk215v + p._lk108v AS DECIMAL(18,2)) AS _lk216v, CASE WHEN p._lk215u IS NULL THEN p._lk108u WHEN p._lk108u IS NULL THEN p._lk215u ELSE array_join(array_union(split(p._lk215u, chr(30)), split(p._lk108u, chr(30))), chr(30)) END AS _lk216u, COALESCE(p._lk215e, p._lk108e) AS _lk216e, c._lk119v AS _lk119v, c._lk119u AS _lk119u, c._lk119e AS _lk119e FROM sak__voksne_15 p JOIN sak_48 c ON c.sak_id = p.sak_id
),
sak__voksne_17 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, p._lk214v, p._lk214u, p._lk214e, CAST(p._lk216v + p._lk119v AS DECIMAL(18,2)) AS _lk217v, CASE WHEN p._lk216u IS NULL THEN p._lk119u WHEN p._lk119u IS NULL THEN p._lk216u ELSE array_join(array_union(split(p._lk216u, chr(30)), split(p._lk119u, chr(30))), chr(30)) END AS _lk217u, COALESCE(p._lk216e, p._lk119e) AS _lk217e FROM sak__voksne_16 p
),
sak__voksne_18 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, p._lk214v, p._lk214u, p._lk214e, CASE (p.nr = CAST(1 AS BIGINT)) WHEN TRUE THEN p._lk217v WHEN FALSE THEN CAST(0 AS DECIMAL(18,2)) END AS _lk218v, CASE (p.nr = CAST(1 AS BIGINT)) WHEN TRUE THEN p._lk217u WHEN FALSE THEN NULL ELSE NULL END AS _lk218u, CASE (p.nr = CAST(1 AS BIGINT)) WHEN TRUE THEN p._lk217e WHEN FALSE THEN NULL END AS _lk218e FROM sak__voksne_17 p
),
niva220_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k220, l.`art`, l.`beløp`, l.`arbeidsart` FROM sak__voksne_0 pp JOIN (SELECT sak_id, nr AS n, `art`, `beløp`, COALESCE(`arbeidsart`, 'ikke_oppgitt') AS `arbeidsart` FROM sak__inntekter) l ON l.sak_id = pp.sak_id
),
niva220_1 AS (
  SELECT p.sak_id, p.nr, p.k220, p.`beløp`, e._lk145v AS _lk145v, e._lk145u AS _lk145u, e._lk145e AS _lk145e, e._lk149v AS _lk149v, e._lk149u AS _lk149u, e._lk149e AS _lk149e FROM niva220_0 p JOIN sak__inntekter_28 e ON e.sak_id = p.sak_id AND e.nr = p.k220
),
niva220_2 AS (
  SELECT p.sak_id, p.nr, p.k220, p.`beløp`, p._lk145v, p._lk145u, p._lk145e, p._lk149v, p._lk149u, p._lk149e, (p._lk145v AND (NOT p._lk149v)) AS _lk221v, CASE WHEN (p._lk145v AND (NOT p._lk149v)) IS NULL THEN CASE WHEN p._lk145u IS NULL THEN p._lk149u WHEN p._lk149u IS NULL THEN p._lk145u ELSE array_join(array_union(split(p._lk145u, chr(30)), split(p._lk149u, chr(30))), chr(30)) END END AS _lk221u, COALESCE(p._lk145e, CASE WHEN p._lk145v = FALSE THEN NULL ELSE p._lk149e END) AS _lk221e, e._lk186v AS _lk186v, e._lk186u AS _lk186u, e._lk186e AS _lk186e FROM niva220_1 p JOIN sak__inntekter_28 e ON e.sak_id = p.sak_id AND e.nr = p.k220
),
sak__voksne_19 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, CAST(p._lk214v + p._lk218v AS DECIMAL(18,2)) AS _lk219v, CASE WHEN p._lk214u IS NULL THEN p._lk218u WHEN p._lk218u IS NULL THEN p._lk214u ELSE array_join(array_union(split(p._lk214u, chr(30)), split(p._lk218u, chr(30))), chr(30)) END AS _lk219u, COALESCE(p._lk214e, p._lk218e) AS _lk219e, p.nr AS _lk223v FROM sak__voksne_18 p
),
niva224_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k220, l.n AS k224, l.`fødselsdato` FROM niva220_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__tilhører) l ON l.sak_id = pp.sak_id AND l.m = pp.k220
),
sak__voksne_20 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, p._lk219v, p._lk219u, p._lk219e, p.`fødselsdato` AS _lk225v FROM sak__voksne_19 p
),
niva220_3 AS (
  SELECT p.sak_id, p.nr, p.k220, p.`beløp`, p._lk145v, p._lk145u, p._lk145e, p._lk149v, p._lk149u, p._lk149e, (p._lk221v AND p._lk186v) AS _lk222v, CASE WHEN (p._lk221v AND p._lk186v) IS NULL THEN CASE WHEN p._lk221u IS NULL THEN p._lk186u WHEN p._lk186u IS NULL THEN p._lk221u ELSE array_join(array_union(split(p._lk221u, chr(30)), split(p._lk186u, chr(30))), chr(30)) END END AS _lk222u, COALESCE(p._lk221e, CASE WHEN p._lk221v = FALSE THEN NULL ELSE p._lk186e END) AS _lk222e, c._lk223v AS _lk223v, e._lk137v AS _lk137v, e._lk137u AS _lk137u, e._lk137e AS _lk137e FROM niva220_2 p JOIN sak__voksne_19 c ON c.sak_id = p.sak_id AND c.nr = p.nr JOIN sak__inntekter_28 e ON e.sak_id = p.sak_id AND e.nr = p.k220
),
niva220_4 AS (
  SELECT p.sak_id, p.nr, p.k220, p.`beløp`, p._lk145v, p._lk145u, p._lk145e, p._lk149v, p._lk149u, p._lk149e, p._lk222v, p._lk222u, p._lk222e, p._lk223v, p._lk137v, p._lk137u, p._lk137e, c._lk225v AS _lk225v FROM niva220_3 p JOIN sak__voksne_20 c ON c.sak_id = p.sak_id AND c.nr = p.nr
),
niva224_1 AS (
  SELECT p.sak_id, p.nr, p.k220, p.k224, p.`fødselsdato`, c._lk225v AS _lk225v FROM niva224_0 p JOIN niva220_4 c ON c.sak_id = p.sak_id AND c.nr = p.nr AND c.k220 = p.k220
),
niva224_2 AS (
  SELECT p.sak_id, p.nr, p.k220, p.k224, (p.`fødselsdato` = p._lk225v) AS _lk226v FROM niva224_1 p
),
niva220_5 AS (
  SELECT p.sak_id, p.nr, p.k220, p.`beløp`, p._lk145v, p._lk145u, p._lk145e, p._lk149v, p._lk149u, p._lk149e, p._lk222v, p._lk222u, p._lk222e, p._lk223v, p._lk137v, p._lk137u, p._lk137e, (COALESCE(g227.a, 0) = 1) AS _lk227v FROM niva220_4 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k220, MAX(CASE WHEN p._lk226v = TRUE THEN 1 ELSE 0 END) AS a FROM niva224_2 p GROUP BY p.sak_id, p.nr, p.k220) g227 ON g227.sak_id = p.sak_id AND g227.nr = p.nr AND g227.k220 = p.k220
),
niva220_6 AS (
  SELECT p.sak_id, p.nr, p.k220, p.`beløp`, p._lk145v, p._lk145u, p._lk145e, p._lk149v, p._lk149u, p._lk149e, p._lk222v, p._lk222u, p._lk222e, p._lk137v, p._lk137u, p._lk137e, p._lk227v, CASE p._lk137v WHEN TRUE THEN p._lk227v WHEN FALSE THEN (p._lk223v = CAST(1 AS BIGINT)) END AS _lk228v, CASE p._lk137v WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk137u END AS _lk228u, p._lk137e AS _lk228e FROM niva220_5 p
),
niva220_7 AS (
  SELECT p.sak_id, p.nr, p.k220, p.`beløp`, p._lk145v, p._lk145u, p._lk145e, p._lk149v, p._lk149u, p._lk149e, p._lk137v, p._lk137u, p._lk137e, p._lk227v, (p._lk222v AND p._lk228v) AS _lk229v, CASE WHEN (p._lk222v AND p._lk228v) IS NULL THEN CASE WHEN p._lk222u IS NULL THEN p._lk228u WHEN p._lk228u IS NULL THEN p._lk222u ELSE array_join(array_union(split(p._lk222u, chr(30)), split(p._lk228u, chr(30))), chr(30)) END END AS _lk229u, COALESCE(p._lk222e, CASE WHEN p._lk222v = FALSE THEN NULL ELSE p._lk228e END) AS _lk229e FROM niva220_6 p
),
niva220_8 AS (
  SELECT p.sak_id, p.nr, p.k220, p._lk145v, p._lk145u, p._lk145e, p._lk149v, p._lk149u, p._lk149e, p._lk137v, p._lk137u, p._lk137e, p._lk227v, CASE WHEN p._lk229v THEN p.`beløp` END AS _lk230v, CASE WHEN p._lk229v IS NULL THEN p._lk229u END AS _lk230u, p._lk229e AS _lk230e FROM niva220_7 p
),
sak__voksne_21 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, p._lk219v, p._lk219u, p._lk219e, CASE WHEN r231.u IS NULL THEN CAST(COALESCE(g231.a, 0) AS DECIMAL(18,2)) END AS _lk231v, r231.u AS _lk231u, r231.e AS _lk231e, p.nr AS _lk233v FROM sak__voksne_20 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(p._lk230v) AS a FROM niva220_8 p GROUP BY p.sak_id, p.nr) g231 ON g231.sak_id = p.sak_id AND g231.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, min_by(p._lk230u, CASE WHEN p._lk230u IS NOT NULL THEN p.k220 END) AS u, min_by(p._lk230e, CASE WHEN p._lk230e IS NOT NULL THEN p.k220 END) AS e FROM niva220_8 p WHERE p._lk230u IS NOT NULL OR p._lk230e IS NOT NULL GROUP BY p.sak_id, p.nr) r231 ON r231.sak_id = p.sak_id AND r231.nr = p.nr
),
niva220_9 AS (
  SELECT p.sak_id, p.nr, p.k220, p._lk137v, p._lk137u, p._lk137e, p._lk227v, (p._lk145v AND p._lk149v) AS _lk232v, CASE WHEN (p._lk145v AND p._lk149v) IS NULL THEN CASE WHEN p._lk145u IS NULL THEN p._lk149u WHEN p._lk149u IS NULL THEN p._lk145u ELSE array_join(array_union(split(p._lk145u, chr(30)), split(p._lk149u, chr(30))), chr(30)) END END AS _lk232u, COALESCE(p._lk145e, CASE WHEN p._lk145v = FALSE THEN NULL ELSE p._lk149e END) AS _lk232e, c._lk233v AS _lk233v FROM niva220_8 p JOIN sak__voksne_21 c ON c.sak_id = p.sak_id AND c.nr = p.nr
),
niva220_10 AS (
  SELECT p.sak_id, p.nr, p.k220, p._lk232v, p._lk232u, p._lk232e, CASE p._lk137v WHEN TRUE THEN p._lk227v WHEN FALSE THEN (p._lk233v = CAST(1 AS BIGINT)) END AS _lk234v, CASE p._lk137v WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk137u END AS _lk234u, p._lk137e AS _lk234e FROM niva220_9 p
),
niva220_11 AS (
  SELECT p.sak_id, p.nr, p.k220, (p._lk232v AND p._lk234v) AS _lk235v, CASE WHEN (p._lk232v AND p._lk234v) IS NULL THEN CASE WHEN p._lk232u IS NULL THEN p._lk234u WHEN p._lk234u IS NULL THEN p._lk232u ELSE array_join(array_union(split(p._lk232u, chr(30)), split(p._lk234u, chr(30))), chr(30)) END END AS _lk235u, COALESCE(p._lk232e, CASE WHEN p._lk232v = FALSE THEN NULL ELSE p._lk234e END) AS _lk235e, e._lk192v AS _lk192v FROM niva220_10 p JOIN sak__inntekter_28 e ON e.sak_id = p.sak_id AND e.nr = p.k220
),
niva220_12 AS (
  SELECT p.sak_id, p.nr, p.k220, CASE WHEN p._lk235v THEN p._lk192v END AS _lk236v, CASE WHEN p._lk235v IS NULL THEN p._lk235u END AS _lk236u, p._lk235e AS _lk236e FROM niva220_11 p
),
sak__voksne_22 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, p._lk219v, p._lk219u, p._lk219e, p._lk231v, p._lk231u, p._lk231e, CASE WHEN r237.u IS NULL THEN CAST(COALESCE(g237.a, 0) AS DECIMAL(18,2)) END AS _lk237v, r237.u AS _lk237u, r237.e AS _lk237e FROM sak__voksne_21 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(p._lk236v) AS a FROM niva220_12 p GROUP BY p.sak_id, p.nr) g237 ON g237.sak_id = p.sak_id AND g237.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, min_by(p._lk236u, CASE WHEN p._lk236u IS NOT NULL THEN p.k220 END) AS u, min_by(p._lk236e, CASE WHEN p._lk236e IS NOT NULL THEN p.k220 END) AS e FROM niva220_12 p WHERE p._lk236u IS NOT NULL OR p._lk236e IS NOT NULL GROUP BY p.sak_id, p.nr) r237 ON r237.sak_id = p.sak_id AND r237.nr = p.nr
),
sak__voksne_23 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, p._lk219v, p._lk219u, p._lk219e, CAST(p._lk231v + p._lk237v AS DECIMAL(18,2)) AS _lk238v, CASE WHEN p._lk231u IS NULL THEN p._lk237u WHEN p._lk237u IS NULL THEN p._lk231u ELSE array_join(array_union(split(p._lk231u, chr(30)), split(p._lk237u, chr(30))), chr(30)) END AS _lk238u, COALESCE(p._lk231e, p._lk237e) AS _lk238e FROM sak__voksne_22 p
),
sak__voksne_24 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, CAST(p._lk219v - p._lk238v AS DECIMAL(18,2)) AS _lk239v, CASE WHEN p._lk219u IS NULL THEN p._lk238u WHEN p._lk238u IS NULL THEN p._lk219u ELSE array_join(array_union(split(p._lk219u, chr(30)), split(p._lk238u, chr(30))), chr(30)) END AS _lk239u, COALESCE(p._lk219e, p._lk238e) AS _lk239e FROM sak__voksne_23 p
),
sak__voksne_25 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.sivilstand`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, CASE WHEN CAST(0 AS DECIMAL(18,2)) IS NULL OR p._lk239v IS NULL THEN NULL WHEN p._lk239v > CAST(0 AS DECIMAL(18,2)) THEN p._lk239v ELSE CAST(0 AS DECIMAL(18,2)) END AS _lk240v, p._lk239u AS _lk240u, p._lk239e AS _lk240e FROM sak__voksne_24 p
),
sak_49 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk26e, p._lk28v, p._lk28u, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk108v, p._lk108u, p._lk108e, p._lk119v, p._lk119u, p._lk119e, p._lk120v, p._lk120u, p._lk120e, p._lk189v, p._lk189u, p._lk189e, p._lk194v, p._lk194u, p._lk194e, p._lk196v, p._lk196u, p._lk196e, CASE WHEN r241.u IS NULL THEN CAST(COALESCE(g241.a, 0) AS DECIMAL(18,2)) END AS _lk241v, r241.u AS _lk241u, r241.e AS _lk241e FROM sak_48 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk240v) AS a FROM sak__voksne_25 p GROUP BY p.sak_id) g241 ON g241.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk240u, CASE WHEN p._lk240u IS NOT NULL THEN p.nr END) AS u, min_by(p._lk240e, CASE WHEN p._lk240e IS NOT NULL THEN p.nr END) AS e FROM sak__voksne_25 p WHERE p._lk240u IS NOT NULL OR p._lk240e IS NOT NULL GROUP BY p.sak_id) r241 ON r241.sak_id = p.sak_id
),
sak_50 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk108v, p._lk108u, p._lk108e, p._lk119v, p._lk119u, p._lk119e, p._lk120v, p._lk120u, p._lk120e, p._lk189v, p._lk189u, p._lk189e, p._lk194v, p._lk194u, p._lk194e, CASE p._lk28v WHEN 1 THEN p._lk196v WHEN 2 THEN p._lk241v WHEN 3 THEN NULL END AS _lk242v, COALESCE(p._lk28u, CASE p._lk28v WHEN 1 THEN p._lk196u WHEN 2 THEN p._lk241u WHEN 3 THEN 'Samboerne har ikke felles økonomi; hver av dem vurderes i sin egen sak som enslig (sivilstand enslig)' END) AS _lk242u, COALESCE(p._lk26e, CASE WHEN p._lk28u IS NULL AND p._lk28v IS NULL THEN 'LK700100004' || 'Ingen definisjon av «stønad» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk28v WHEN 1 THEN p._lk196e WHEN 2 THEN p._lk241e END) AS _lk242e, CAST(0 AS DECIMAL(18,2)) AS _lk243v FROM sak_49 p
),
sak_51 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk108v, p._lk108u, p._lk108e, p._lk119v, p._lk119u, p._lk119e, p._lk120v, p._lk120u, p._lk120e, p._lk189v, p._lk189u, p._lk189e, p._lk194v, p._lk194u, p._lk194e, p._lk242v, p._lk242u, p._lk242e, p._lk243v, CAST(p._lk242v + p._lk243v AS DECIMAL(18,2)) AS _lk244v, p._lk242u AS _lk244u, p._lk242e AS _lk244e FROM sak_50 p
),
sak_52 AS (
  SELECT p.sak_id, p._lk0v, p._lk14v, p._lk14u, p._lk14e, p._lk16e, p._lk18v, p._lk18u, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk108v, p._lk108u, p._lk108e, p._lk119v, p._lk119u, p._lk119e, p._lk120v, p._lk120u, p._lk120e, p._lk189v, p._lk189u, p._lk189e, p._lk194v, p._lk194u, p._lk194e, p._lk242v, p._lk242u, p._lk242e, p._lk243v, p._lk244v, p._lk244u, p._lk244e, CASE (p._lk244v > CAST(0 AS DECIMAL(18,2))) WHEN TRUE THEN 'innvilget' WHEN FALSE THEN 'avslag' END AS _lk245v, CASE (p._lk244v > CAST(0 AS DECIMAL(18,2))) WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk244u END AS _lk245u, p._lk244e AS _lk245e FROM sak_51 p
),
sak__inntekter_29 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk186v, p._lk186u, p._lk186e, (p._lk145v AND (NOT p._lk149v)) AS _lk247v, CASE WHEN (p._lk145v AND (NOT p._lk149v)) IS NULL THEN CASE WHEN p._lk145u IS NULL THEN p._lk149u WHEN p._lk149u IS NULL THEN p._lk145u ELSE array_join(array_union(split(p._lk145u, chr(30)), split(p._lk149u, chr(30))), chr(30)) END END AS _lk247u, COALESCE(p._lk145e, CASE WHEN p._lk145v = FALSE THEN NULL ELSE p._lk149e END) AS _lk247e FROM sak__inntekter_28 p
),
sak__inntekter_30 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, (p._lk247v AND (NOT p._lk186v)) AS _lk248v, CASE WHEN (p._lk247v AND (NOT p._lk186v)) IS NULL THEN CASE WHEN p._lk247u IS NULL THEN p._lk186u WHEN p._lk186u IS NULL THEN p._lk247u ELSE array_join(array_union(split(p._lk247u, chr(30)), split(p._lk186u, chr(30))), chr(30)) END END AS _lk248u, COALESCE(p._lk247e, CASE WHEN p._lk247v = FALSE THEN NULL ELSE p._lk186e END) AS _lk248e FROM sak__inntekter_29 p
),
sak__inntekter_31 AS (
  SELECT p.sak_id, p.nr, p._lk0v, CASE WHEN p._lk248v THEN p.`beløp` END AS _lk249v, CASE WHEN p._lk248v IS NULL THEN p._lk248u END AS _lk249u, p._lk248e AS _lk249e FROM sak__inntekter_30 p
),
sak__voksne_26 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, p._lk240v, p._lk240u, p._lk240e, CASE WHEN p._lk0v >= p.`fødselsdato` THEN CAST(year(p._lk0v) AS BIGINT) - CAST(year(p.`fødselsdato`) AS BIGINT) - CASE WHEN CAST(month(p._lk0v) AS BIGINT) * 100 + CAST(day(p._lk0v) AS BIGINT) < CAST(month(p.`fødselsdato`) AS BIGINT) * 100 + CAST(day(p.`fødselsdato`) AS BIGINT) THEN 1 ELSE 0 END END AS _lk251v, CASE WHEN p._lk0v < p.`fødselsdato` THEN 'Alderen kan ikke regnes ut: fødselsdatoen ' || date_format(p.`fødselsdato`, 'yyyy-MM-dd') || ' er etter ' || date_format(p._lk0v, 'yyyy-MM-dd') || ', datoen alderen regnes på' END AS _lk251u, CASE WHEN (p.`sak.sivilstand` = 'bofellesskap') THEN 2 END AS _lk252v, CASE WHEN TRUE THEN 1 END AS _lk253v FROM sak__voksne_25 p
),
sak_53 AS (
  SELECT p.sak_id, p._lk14v, p._lk14u, p._lk14e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk108v, p._lk108u, p._lk108e, p._lk119v, p._lk119u, p._lk119e, p._lk120v, p._lk120u, p._lk120e, p._lk189v, p._lk189u, p._lk189e, p._lk194v, p._lk194u, p._lk194e, p._lk242v, p._lk242u, p._lk242e, p._lk243v, p._lk244v, p._lk244u, p._lk244e, CASE p._lk18v WHEN 1 THEN p._lk245v WHEN 2 THEN 'foreløpig_beregning' END AS _lk246v, COALESCE(p._lk18u, CASE p._lk18v WHEN 1 THEN p._lk245u END) AS _lk246u, COALESCE(p._lk16e, CASE WHEN p._lk18u IS NULL AND p._lk18v IS NULL THEN 'LK700100002' || 'Ingen definisjon av «utfall» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk18v WHEN 1 THEN p._lk245e END) AS _lk246e, CASE WHEN r250.u IS NULL THEN CAST(COALESCE(g250.a, 0) AS DECIMAL(18,2)) END AS _lk250v, r250.u AS _lk250u, r250.e AS _lk250e, (p._lk242v > CAST(0 AS DECIMAL(18,2))) AS _lk255v, p._lk242u AS _lk255u, p._lk242e AS _lk255e FROM sak_52 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk249v) AS a FROM sak__inntekter_31 p GROUP BY p.sak_id) g250 ON g250.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk249u, CASE WHEN p._lk249u IS NOT NULL THEN p.nr END) AS u, min_by(p._lk249e, CASE WHEN p._lk249e IS NOT NULL THEN p.nr END) AS e FROM sak__inntekter_31 p WHERE p._lk249u IS NOT NULL OR p._lk249e IS NOT NULL GROUP BY p.sak_id) r250 ON r250.sak_id = p.sak_id
),
niva256_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k256, l.`fødselsdato`, l.`utdanning` FROM sak__voksne_0 pp JOIN (SELECT sak_id, nr AS n, `fødselsdato`, COALESCE(`utdanning`, 'ingen') AS `utdanning` FROM sak__voksne) l ON l.sak_id = pp.sak_id
),
sak__voksne_27 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, p._lk240v, p._lk240u, p._lk240e, p._lk251v, p._lk251u, CASE WHEN CASE WHEN p._lk252v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk252v, p._lk253v) END AS _lk254v, CASE WHEN p._lk252v IS NULL THEN NULL END AS _lk254u, c._lk255v AS _lk255v, c._lk255u AS _lk255u, c._lk255e AS _lk255e, p.`fødselsdato` AS _lk257v FROM sak__voksne_26 p JOIN sak_53 c ON c.sak_id = p.sak_id
),
sak__voksne_28 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, p._lk240v, p._lk240u, p._lk240e, p._lk251v, p._lk251u, p._lk254v, p._lk254u, p._lk255v, p._lk255u, p._lk255e, p._lk257v, p.`utdanning` AS _lk258v FROM sak__voksne_27 p
),
niva256_1 AS (
  SELECT p.sak_id, p.nr, p.k256, p.`fødselsdato`, p.`utdanning`, c._lk257v AS _lk257v FROM niva256_0 p JOIN sak__voksne_27 c ON c.sak_id = p.sak_id AND c.nr = p.nr
),
niva256_2 AS (
  SELECT p.sak_id, p.nr, p.k256, p.`fødselsdato`, p.`utdanning`, p._lk257v, c._lk258v AS _lk258v FROM niva256_1 p JOIN sak__voksne_28 c ON c.sak_id = p.sak_id AND c.nr = p.nr
),
niva256_3 AS (
  SELECT p.sak_id, p.nr, p.k256, (p.`fødselsdato` = p._lk257v AND p.`utdanning` = p._lk258v) AS _lk259v, e._lk240v AS _lk240v, e._lk240u AS _lk240u, e._lk240e AS _lk240e FROM niva256_2 p JOIN sak__voksne_28 e ON e.sak_id = p.sak_id AND e.nr = p.k256
),
niva256_4 AS (
  SELECT p.sak_id, p.nr, p.k256, (p._lk259v AND (p._lk240v > CAST(0 AS DECIMAL(18,2)))) AS _lk260v, CASE WHEN (p._lk259v AND (p._lk240v > CAST(0 AS DECIMAL(18,2)))) IS NULL THEN p._lk240u END AS _lk260u, CASE WHEN p._lk259v = FALSE THEN NULL ELSE p._lk240e END AS _lk260e FROM niva256_3 p
),
sak__voksne_29 AS (
  SELECT p.sak_id, p.nr, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, p._lk251v, p._lk251u, p._lk254v, p._lk254u, p._lk255v, p._lk255u, p._lk255e, CASE WHEN COALESCE(g261.a, 0) = 1 THEN (COALESCE(g261.a, 0) = 1) WHEN r261.u IS NULL THEN (COALESCE(g261.a, 0) = 1) END AS _lk261v, CASE WHEN COALESCE(g261.a, 0) = 1 THEN NULL ELSE r261.u END AS _lk261u, r261.e AS _lk261e FROM sak__voksne_28 p LEFT JOIN (SELECT p.sak_id, p.nr, MAX(CASE WHEN p._lk260v = TRUE THEN 1 ELSE 0 END) AS a FROM niva256_4 p GROUP BY p.sak_id, p.nr) g261 ON g261.sak_id = p.sak_id AND g261.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, nullif(array_join(array_distinct(flatten(transform(array_sort(collect_list(CASE WHEN p._lk260u IS NOT NULL THEN struct(p.k256 AS o, p._lk260u AS r) END)), x -> split(x.r, chr(30))))), chr(30)), '') AS u, min_by(p._lk260e, CASE WHEN p._lk260e IS NOT NULL THEN p.k256 END) AS e FROM niva256_4 p WHERE p._lk260u IS NOT NULL OR p._lk260e IS NOT NULL GROUP BY p.sak_id, p.nr) r261 ON r261.sak_id = p.sak_id AND r261.nr = p.nr
),
sak__voksne_30 AS (
  SELECT p.sak_id, p.nr, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår`, p._lk0v, p._lk251v, p._lk251u, CASE p._lk254v WHEN 1 THEN p._lk255v WHEN 2 THEN p._lk261v END AS _lk262v, COALESCE(p._lk254u, CASE p._lk254v WHEN 1 THEN p._lk255u WHEN 2 THEN p._lk261u END) AS _lk262u, COALESCE(CASE WHEN p._lk254u IS NULL AND p._lk254v IS NULL THEN 'LK700100055' || 'Ingen definisjon av «er_stønadsmottaker» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk254v WHEN 1 THEN p._lk255e WHEN 2 THEN p._lk261e END) AS _lk262e FROM sak__voksne_29 p
),
sak__voksne_31 AS (
  SELECT p.sak_id, p.nr, p._lk0v, ((p._lk251v < CAST(30 AS BIGINT)) AND p._lk262v) AS _lk263v, CASE WHEN ((p._lk251v < CAST(30 AS BIGINT)) AND p._lk262v) IS NULL THEN CASE WHEN p._lk251u IS NULL THEN p._lk262u WHEN p._lk262u IS NULL THEN p._lk251u ELSE array_join(array_union(split(p._lk251u, chr(30)), split(p._lk262u, chr(30))), chr(30)) END END AS _lk263u, CASE WHEN (p._lk251v < CAST(30 AS BIGINT)) = FALSE THEN NULL ELSE p._lk262e END AS _lk263e, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår` AS _lk264v FROM sak__voksne_30 p
),
sak__voksne_32 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk263v, p._lk263u, p._lk263e, (p._lk263v AND p._lk264v) AS _lk265v, CASE WHEN (p._lk263v AND p._lk264v) IS NULL THEN p._lk263u END AS _lk265u, p._lk263e AS _lk265e, FALSE AS _lk266v FROM sak__voksne_31 p
),
sak__voksne_33 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk263v, p._lk263u, p._lk263e, p._lk265v, p._lk265u, p._lk265e, (p._lk263v AND p._lk266v) AS _lk267v, CASE WHEN (p._lk263v AND p._lk266v) IS NULL THEN p._lk263u END AS _lk267u, p._lk263e AS _lk267e FROM sak__voksne_32 p
),
sak__voksne_34 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk263v, p._lk263u, p._lk263e, p._lk265v, p._lk265u, p._lk265e, CASE WHEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk267v ELSE FALSE END THEN 4 END AS _lk268v, CASE WHEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk267v ELSE FALSE END IS NULL THEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk267u END END AS _lk268u, CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk267e END AS _lk268e FROM sak__voksne_33 p
),
sak__voksne_35 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk263v, p._lk263u, p._lk263e, p._lk265v, p._lk265u, p._lk265e, p._lk268v AS _lk269v, p._lk268u AS _lk269u, CASE WHEN p._lk268e IS NOT NULL THEN p._lk268e END AS _lk269e FROM sak__voksne_34 p
),
sak__voksne_36 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk263v, p._lk263u, p._lk263e, CASE WHEN p._lk269u IS NOT NULL THEN NULL WHEN p._lk269v IS NOT NULL THEN p._lk269v WHEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk265v ELSE FALSE END THEN 3 END AS _lk270v, COALESCE(p._lk269u, CASE WHEN p._lk269u IS NULL AND p._lk269v IS NULL AND CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk265v ELSE FALSE END IS NULL THEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk265u END END) AS _lk270u, COALESCE(p._lk269e, CASE WHEN p._lk269u IS NULL AND p._lk269v IS NULL THEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk265e END END) AS _lk270e FROM sak__voksne_35 p
),
sak__voksne_37 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk263v, p._lk263u, p._lk263e, p._lk270v AS _lk271v, p._lk270u AS _lk271u, CASE WHEN p._lk270e IS NOT NULL THEN p._lk270e END AS _lk271e FROM sak__voksne_36 p
),
sak__voksne_38 AS (
  SELECT p.sak_id, p.nr, p._lk0v, CASE WHEN p._lk271u IS NOT NULL THEN NULL WHEN p._lk271v IS NOT NULL THEN p._lk271v WHEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk263v ELSE FALSE END THEN 2 END AS _lk272v, COALESCE(p._lk271u, CASE WHEN p._lk271u IS NULL AND p._lk271v IS NULL AND CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk263v ELSE FALSE END IS NULL THEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk263u END END) AS _lk272u, COALESCE(p._lk271e, CASE WHEN p._lk271u IS NULL AND p._lk271v IS NULL THEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk263e END END) AS _lk272e FROM sak__voksne_37 p
),
sak__voksne_39 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk272v AS _lk273v, p._lk272u AS _lk273u, CASE WHEN p._lk272e IS NOT NULL THEN p._lk272e END AS _lk273e, CASE WHEN TRUE THEN 1 END AS _lk274v FROM sak__voksne_38 p
),
sak__voksne_40 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk273e, CASE WHEN COALESCE(p._lk273u, CASE WHEN p._lk273v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk273v, p._lk274v) END AS _lk275v, COALESCE(p._lk273u, CASE WHEN p._lk273v IS NULL THEN NULL END) AS _lk275u FROM sak__voksne_39 p
),
sak__voksne_41 AS (
  SELECT p.sak_id, p.nr, CASE p._lk275v WHEN 1 THEN FALSE WHEN 2 THEN TRUE WHEN 3 THEN FALSE WHEN 4 THEN FALSE END AS _lk276v, p._lk275u AS _lk276u, COALESCE(p._lk273e, CASE WHEN p._lk275u IS NULL AND p._lk275v IS NULL THEN 'LK700100056' || 'Ingen definisjon av «skal_ha_aktivitetsvilkår» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END) AS _lk276e FROM sak__voksne_40 p
),
sak__voksne_42 AS (
  SELECT p.sak_id, p.nr, CASE WHEN p._lk276v THEN 1 END AS _lk277v, CASE WHEN p._lk276v IS NULL THEN p._lk276u END AS _lk277u, p._lk276e AS _lk277e FROM sak__voksne_41 p
),
sak_54 AS (
  SELECT p.sak_id, p._lk14v, p._lk14u, p._lk14e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk108v, p._lk108u, p._lk108e, p._lk119v, p._lk119u, p._lk119e, p._lk120v, p._lk120u, p._lk120e, p._lk189v, p._lk189u, p._lk189e, p._lk194v, p._lk194u, p._lk194e, p._lk242v, p._lk242u, p._lk242e, p._lk243v, p._lk244v, p._lk244u, p._lk244e, p._lk246v, p._lk246u, p._lk246e, p._lk250v, p._lk250u, p._lk250e, CASE WHEN r278.u IS NULL THEN CAST(COALESCE(g278.a, 0) AS BIGINT) END AS _lk278v, r278.u AS _lk278u, r278.e AS _lk278e FROM sak_53 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk277v IS NOT NULL THEN 1 ELSE 0 END) AS a FROM sak__voksne_42 p GROUP BY p.sak_id) g278 ON g278.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk277u, CASE WHEN p._lk277u IS NOT NULL THEN p.nr END) AS u, min_by(p._lk277e, CASE WHEN p._lk277e IS NOT NULL THEN p.nr END) AS e FROM sak__voksne_42 p WHERE p._lk277u IS NOT NULL OR p._lk277e IS NOT NULL GROUP BY p.sak_id) r278 ON r278.sak_id = p.sak_id
),
sak_55 AS (
  SELECT p.sak_id, p._lk14v, p._lk14u, p._lk14e, p._lk85v, p._lk85u, p._lk85e, p._lk88v, p._lk108v, p._lk108u, p._lk108e, p._lk119v, p._lk119u, p._lk119e, p._lk120v, p._lk120u, p._lk120e, p._lk189v, p._lk189u, p._lk189e, p._lk194v, p._lk194u, p._lk194e, p._lk242v, p._lk242u, p._lk242e, p._lk243v, p._lk244v, p._lk244u, p._lk244e, p._lk246v, p._lk246u, p._lk246e, p._lk250v, p._lk250u, p._lk250e, CASE (p._lk278v > CAST(0 AS BIGINT)) WHEN TRUE THEN 'Vilkåret skal hjelpe mottakeren til å bli selvhjulpen, med en aktivitet som er vurdert for den enkelte. Brudd på vilkåret kan føre til at stønaden reduseres, når vedtaket sier det (§ 20 tredje ledd).' WHEN FALSE THEN 'Det stilles ikke vilkår om aktivitet etter § 20 a.' END AS _lk279v, CASE (p._lk278v > CAST(0 AS BIGINT)) WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk278u END AS _lk279u, p._lk278e AS _lk279e, 'Du kan klage på vedtaket. Fristen er tre uker fra du fikk vedtaket. Klagen sender du til NAV-kontoret som har gjort vedtaket; gir NAV-kontoret deg ikke medhold, sender det klagen videre til Statsforvalteren, som avgjør den. Du har rett til å se dokumentene i saken din.' AS _lk280v FROM sak_54 p
),
sak_56 AS (
  SELECT p.sak_id, p._lk14v, p._lk14u, p._lk85v, p._lk85u, p._lk88v, p._lk108v, p._lk108u, p._lk119v, p._lk119u, p._lk120v, p._lk120u, p._lk189v, p._lk189u, p._lk194v, p._lk194u, p._lk242v, p._lk242u, p._lk243v, p._lk244v, p._lk244u, p._lk246v, p._lk246u, p._lk250v, p._lk250u, p._lk279v, p._lk279u, p._lk280v, COALESCE(p._lk246e, p._lk242e, p._lk244e, p._lk120e, p._lk85e, p._lk108e, p._lk119e, p._lk189e, p._lk250e, p._lk194e, p._lk279e, p._lk14e) AS _lk281e FROM sak_55 p
)
SELECT p.sak_id,
  CAST(CASE WHEN p._lk281e IS NULL AND p._lk246u IS NULL THEN p._lk246v END AS STRING) AS `utfall`,
  CAST(CASE WHEN p._lk281e IS NULL THEN p._lk246u END AS STRING) AS `utfall__ubestemt`,
  CAST(CASE WHEN p._lk281e IS NULL AND p._lk242u IS NULL THEN p._lk242v END AS DECIMAL(18,2)) AS `stønad`,
  CAST(CASE WHEN p._lk281e IS NULL THEN p._lk242u END AS STRING) AS `stønad__ubestemt`,
  CAST(CASE WHEN p._lk281e IS NULL THEN p._lk243v END AS DECIMAL(18,2)) AS `stønad_etter_19`,
  CAST(CASE WHEN p._lk281e IS NULL AND p._lk244u IS NULL THEN p._lk244v END AS DECIMAL(18,2)) AS `samlet_stønad`,
  CAST(CASE WHEN p._lk281e IS NULL THEN p._lk244u END AS STRING) AS `samlet_stønad__ubestemt`,
  CAST(CASE WHEN p._lk281e IS NULL AND p._lk120u IS NULL THEN p._lk120v END AS DECIMAL(18,2)) AS `behov`,
  CAST(CASE WHEN p._lk281e IS NULL THEN p._lk120u END AS STRING) AS `behov__ubestemt`,
  CAST(CASE WHEN p._lk281e IS NULL AND p._lk85u IS NULL THEN p._lk85v END AS DECIMAL(18,2)) AS `sats`,
  CAST(CASE WHEN p._lk281e IS NULL THEN p._lk85u END AS STRING) AS `sats__ubestemt`,
  CAST(CASE WHEN p._lk281e IS NULL THEN p._lk88v END AS DECIMAL(18,2)) AS `boutgifter`,
  CAST(CASE WHEN p._lk281e IS NULL AND p._lk108u IS NULL THEN p._lk108v END AS DECIMAL(18,2)) AS `særlige_utgifter`,
  CAST(CASE WHEN p._lk281e IS NULL THEN p._lk108u END AS STRING) AS `særlige_utgifter__ubestemt`,
  CAST(CASE WHEN p._lk281e IS NULL AND p._lk119u IS NULL THEN p._lk119v END AS DECIMAL(18,2)) AS `barnas_behov_utover_satsen`,
  CAST(CASE WHEN p._lk281e IS NULL THEN p._lk119u END AS STRING) AS `barnas_behov_utover_satsen__ubestemt`,
  CAST(CASE WHEN p._lk281e IS NULL AND p._lk189u IS NULL THEN p._lk189v END AS DECIMAL(18,2)) AS `inntekt_regnet_med`,
  CAST(CASE WHEN p._lk281e IS NULL THEN p._lk189u END AS STRING) AS `inntekt_regnet_med__ubestemt`,
  CAST(CASE WHEN p._lk281e IS NULL AND p._lk250u IS NULL THEN p._lk250v END AS DECIMAL(18,2)) AS `inntekt_ikke_regnet_med`,
  CAST(CASE WHEN p._lk281e IS NULL THEN p._lk250u END AS STRING) AS `inntekt_ikke_regnet_med__ubestemt`,
  CAST(CASE WHEN p._lk281e IS NULL AND p._lk194u IS NULL THEN p._lk194v END AS DECIMAL(18,2)) AS `midler_regnet_med`,
  CAST(CASE WHEN p._lk281e IS NULL THEN p._lk194u END AS STRING) AS `midler_regnet_med__ubestemt`,
  CAST(CASE WHEN p._lk281e IS NULL AND p._lk279u IS NULL THEN p._lk279v END AS STRING) AS `om_aktivitetsvilkåret`,
  CAST(CASE WHEN p._lk281e IS NULL THEN p._lk279u END AS STRING) AS `om_aktivitetsvilkåret__ubestemt`,
  CAST(CASE WHEN p._lk281e IS NULL AND p._lk14u IS NULL THEN p._lk14v END AS BOOLEAN) AS `foreløpig`,
  CAST(CASE WHEN p._lk281e IS NULL THEN p._lk14u END AS STRING) AS `foreløpig__ubestemt`,
  CAST(CASE WHEN p._lk281e IS NULL THEN p._lk280v END AS STRING) AS `klageadgang`,
  substr(p._lk281e, 1, 6) AS feil_kode,
  CAST(substr(p._lk281e, 7, 5) AS INTEGER) AS feil_sted,
  substr(p._lk281e, 12) AS feil_melding
FROM sak_56 p
ORDER BY p.sak_id;
