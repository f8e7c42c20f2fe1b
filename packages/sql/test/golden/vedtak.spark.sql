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
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p._lk0v, 1 AS _lk1v, FALSE AS _lk7v, CASE WHEN TRUE THEN 1 END AS _lk69v, CASE WHEN TRUE THEN 1 END AS _lk74v, CASE WHEN TRUE THEN 1 END AS _lk77v, CASE WHEN TRUE THEN 1 END AS _lk83v, CAST(0 AS DECIMAL(18,2)) AS _lk89v, CASE WHEN p._lk0v >= p.`fødselsdato` THEN CAST(year(p._lk0v) AS BIGINT) - CAST(year(p.`fødselsdato`) AS BIGINT) - CASE WHEN CAST(month(p._lk0v) AS BIGINT) * 100 + CAST(day(p._lk0v) AS BIGINT) < CAST(month(p.`fødselsdato`) AS BIGINT) * 100 + CAST(day(p.`fødselsdato`) AS BIGINT) THEN 1 ELSE 0 END END AS _lk188v, CASE WHEN p._lk0v < p.`fødselsdato` THEN 'Alderen kan ikke regnes ut: fødselsdatoen ' || date_format(p.`fødselsdato`, 'yyyy-MM-dd') || ' er etter ' || date_format(p._lk0v, 'yyyy-MM-dd') || ', datoen alderen regnes på' END AS _lk188u FROM sak__barn_0 p
),
sak_1 AS (
  SELECT p.sak_id, p.`sivilstand`, p._lk0v, CAST(COALESCE(g3.a2, 0) AS BIGINT) AS _lk2v, CASE WHEN TRUE THEN 1 END AS _lk5v, CASE WHEN TRUE THEN 1 END AS _lk14v, CASE WHEN TRUE THEN 1 END AS _lk19v, ((p.`sivilstand` = 'ektepar_samboere') AND p.`samboere`) AS _lk25v, TRUE AS _lk26v, CASE WHEN TRUE THEN 1 END AS _lk30v, CASE WHEN TRUE THEN 1 END AS _lk41v, CASE WHEN (p.`sivilstand` = 'enslig') THEN 1 END AS _lk56v, p.`beregningsmåned` AS _lk58v, CAST(0 AS DECIMAL(18,2)) AS _lk269v, 'Du kan klage på vedtaket. Fristen er tre uker fra du fikk vedtaket. Klagen sender du til NAV-kontoret som har gjort vedtaket; gir NAV-kontoret deg ikke medhold, sender det klagen videre til Statsforvalteren, som avgjør den. Du har rett til å se dokumentene i saken din.' AS _lk307v FROM sak_0 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk1v IS NOT NULL THEN 1 ELSE 0 END) AS a2 FROM sak__barn_1 p GROUP BY p.sak_id) g3 ON g3.sak_id = p.sak_id
),
sak_2 AS (
  SELECT p.sak_id, p.`sivilstand`, p._lk0v, p._lk5v, p._lk14v, p._lk19v, p._lk25v, p._lk26v, p._lk30v, p._lk41v, p._lk56v, p._lk58v, p._lk269v, p._lk307v, CASE WHEN (p._lk2v > CAST(0 AS BIGINT)) THEN 2 END AS _lk4v, CASE WHEN p._lk58v <= DATE '2005-12-31' THEN NULL WHEN p._lk58v <= DATE '2006-12-31' THEN 4270 WHEN p._lk58v <= DATE '2007-12-31' THEN 4600 WHEN p._lk58v <= DATE '2008-12-31' THEN 4720 WHEN p._lk58v <= DATE '2009-12-31' THEN 5105 WHEN p._lk58v <= DATE '2010-12-31' THEN 5197 WHEN p._lk58v <= DATE '2011-12-31' THEN NULL WHEN p._lk58v <= DATE '2012-12-31' THEN 5373 WHEN p._lk58v <= DATE '2013-12-31' THEN 5500 WHEN p._lk58v <= DATE '2014-12-31' THEN 5600 WHEN p._lk58v <= DATE '2015-12-31' THEN 5700 WHEN p._lk58v <= DATE '2017-12-31' THEN NULL WHEN p._lk58v <= DATE '2018-12-31' THEN 6050 WHEN p._lk58v <= DATE '2019-12-31' THEN 6150 WHEN p._lk58v <= DATE '2020-08-31' THEN 6250 WHEN p._lk58v <= DATE '2020-12-31' THEN 6250 WHEN p._lk58v <= DATE '2021-08-31' THEN 6450 WHEN p._lk58v <= DATE '2021-12-31' THEN 6450 WHEN p._lk58v <= DATE '2022-06-30' THEN 6550 WHEN p._lk58v <= DATE '2022-12-31' THEN 6650 WHEN p._lk58v <= DATE '2023-06-30' THEN 6850 WHEN p._lk58v <= DATE '2023-12-31' THEN 7550 WHEN p._lk58v <= DATE '2024-12-31' THEN 7850 ELSE NULL END AS _lk59v, CASE WHEN p._lk58v <= DATE '2005-12-31' THEN 'LK700300013' || 'Tabellen «veiledende_sats» har ingen verdi for enslig ' || date_format(p._lk58v, 'yyyy-MM-dd') || ': første rad gjelder fra 2006-01-01' WHEN p._lk58v <= DATE '2006-12-31' THEN NULL WHEN p._lk58v <= DATE '2007-12-31' THEN NULL WHEN p._lk58v <= DATE '2008-12-31' THEN NULL WHEN p._lk58v <= DATE '2009-12-31' THEN NULL WHEN p._lk58v <= DATE '2010-12-31' THEN NULL WHEN p._lk58v <= DATE '2011-12-31' THEN 'LK700300014' || 'Tabellen «veiledende_sats» har ukjent verdi for enslig ' || date_format(p._lk58v, 'yyyy-MM-dd') || ' (perioden fra 2011-01-01): Rundskrivet med satsene for 2011 er ikke registrert' WHEN p._lk58v <= DATE '2012-12-31' THEN NULL WHEN p._lk58v <= DATE '2013-12-31' THEN NULL WHEN p._lk58v <= DATE '2014-12-31' THEN NULL WHEN p._lk58v <= DATE '2015-12-31' THEN NULL WHEN p._lk58v <= DATE '2017-12-31' THEN 'LK700300015' || 'Tabellen «veiledende_sats» har ukjent verdi for enslig ' || date_format(p._lk58v, 'yyyy-MM-dd') || ' (perioden fra 2016-01-01): Rundskrivene med satsene for 2016 og 2017 er ikke registrert' WHEN p._lk58v <= DATE '2018-12-31' THEN NULL WHEN p._lk58v <= DATE '2019-12-31' THEN NULL WHEN p._lk58v <= DATE '2020-08-31' THEN NULL WHEN p._lk58v <= DATE '2020-12-31' THEN NULL WHEN p._lk58v <= DATE '2021-08-31' THEN NULL WHEN p._lk58v <= DATE '2021-12-31' THEN NULL WHEN p._lk58v <= DATE '2022-06-30' THEN NULL WHEN p._lk58v <= DATE '2022-12-31' THEN NULL WHEN p._lk58v <= DATE '2023-06-30' THEN NULL WHEN p._lk58v <= DATE '2023-12-31' THEN NULL WHEN p._lk58v <= DATE '2024-12-31' THEN NULL ELSE 'LK700300016' || 'Tabellen «veiledende_sats» har ukjent verdi for enslig ' || date_format(p._lk58v, 'yyyy-MM-dd') || ' (perioden fra 2025-01-01): Rundskrivet med satsene for 2025 er ikke registrert' END AS _lk59e, CASE WHEN p._lk58v <= DATE '2005-12-31' THEN NULL WHEN p._lk58v <= DATE '2006-12-31' THEN 7100 WHEN p._lk58v <= DATE '2007-12-31' THEN 7650 WHEN p._lk58v <= DATE '2008-12-31' THEN 7840 WHEN p._lk58v <= DATE '2009-12-31' THEN 8479 WHEN p._lk58v <= DATE '2010-12-31' THEN 8632 WHEN p._lk58v <= DATE '2011-12-31' THEN NULL WHEN p._lk58v <= DATE '2012-12-31' THEN 8924 WHEN p._lk58v <= DATE '2013-12-31' THEN 9100 WHEN p._lk58v <= DATE '2014-12-31' THEN 9300 WHEN p._lk58v <= DATE '2015-12-31' THEN 9500 WHEN p._lk58v <= DATE '2017-12-31' THEN NULL WHEN p._lk58v <= DATE '2018-12-31' THEN 10100 WHEN p._lk58v <= DATE '2019-12-31' THEN 10250 WHEN p._lk58v <= DATE '2020-08-31' THEN 10450 WHEN p._lk58v <= DATE '2020-12-31' THEN 10450 WHEN p._lk58v <= DATE '2021-08-31' THEN 10800 WHEN p._lk58v <= DATE '2021-12-31' THEN 10800 WHEN p._lk58v <= DATE '2022-06-30' THEN 10950 WHEN p._lk58v <= DATE '2022-12-31' THEN 11150 WHEN p._lk58v <= DATE '2023-06-30' THEN 11450 WHEN p._lk58v <= DATE '2023-12-31' THEN 12600 WHEN p._lk58v <= DATE '2024-12-31' THEN 13100 ELSE NULL END AS _lk60v, CASE WHEN p._lk58v <= DATE '2005-12-31' THEN 'LK700300017' || 'Tabellen «veiledende_sats» har ingen verdi for ektepar_samboere ' || date_format(p._lk58v, 'yyyy-MM-dd') || ': første rad gjelder fra 2006-01-01' WHEN p._lk58v <= DATE '2006-12-31' THEN NULL WHEN p._lk58v <= DATE '2007-12-31' THEN NULL WHEN p._lk58v <= DATE '2008-12-31' THEN NULL WHEN p._lk58v <= DATE '2009-12-31' THEN NULL WHEN p._lk58v <= DATE '2010-12-31' THEN NULL WHEN p._lk58v <= DATE '2011-12-31' THEN 'LK700300018' || 'Tabellen «veiledende_sats» har ukjent verdi for ektepar_samboere ' || date_format(p._lk58v, 'yyyy-MM-dd') || ' (perioden fra 2011-01-01): Rundskrivet med satsene for 2011 er ikke registrert' WHEN p._lk58v <= DATE '2012-12-31' THEN NULL WHEN p._lk58v <= DATE '2013-12-31' THEN NULL WHEN p._lk58v <= DATE '2014-12-31' THEN NULL WHEN p._lk58v <= DATE '2015-12-31' THEN NULL WHEN p._lk58v <= DATE '2017-12-31' THEN 'LK700300019' || 'Tabellen «veiledende_sats» har ukjent verdi for ektepar_samboere ' || date_format(p._lk58v, 'yyyy-MM-dd') || ' (perioden fra 2016-01-01): Rundskrivene med satsene for 2016 og 2017 er ikke registrert' WHEN p._lk58v <= DATE '2018-12-31' THEN NULL WHEN p._lk58v <= DATE '2019-12-31' THEN NULL WHEN p._lk58v <= DATE '2020-08-31' THEN NULL WHEN p._lk58v <= DATE '2020-12-31' THEN NULL WHEN p._lk58v <= DATE '2021-08-31' THEN NULL WHEN p._lk58v <= DATE '2021-12-31' THEN NULL WHEN p._lk58v <= DATE '2022-06-30' THEN NULL WHEN p._lk58v <= DATE '2022-12-31' THEN NULL WHEN p._lk58v <= DATE '2023-06-30' THEN NULL WHEN p._lk58v <= DATE '2023-12-31' THEN NULL WHEN p._lk58v <= DATE '2024-12-31' THEN NULL ELSE 'LK700300020' || 'Tabellen «veiledende_sats» har ukjent verdi for ektepar_samboere ' || date_format(p._lk58v, 'yyyy-MM-dd') || ' (perioden fra 2025-01-01): Rundskrivet med satsene for 2025 er ikke registrert' END AS _lk60e, CASE WHEN p._lk58v <= DATE '2005-12-31' THEN NULL WHEN p._lk58v <= DATE '2006-12-31' THEN 3550 WHEN p._lk58v <= DATE '2007-12-31' THEN 3825 WHEN p._lk58v <= DATE '2008-12-31' THEN 3920 WHEN p._lk58v <= DATE '2009-12-31' THEN 4240 WHEN p._lk58v <= DATE '2010-12-31' THEN 4316 WHEN p._lk58v <= DATE '2011-12-31' THEN NULL WHEN p._lk58v <= DATE '2012-12-31' THEN 4462 WHEN p._lk58v <= DATE '2013-12-31' THEN 4550 WHEN p._lk58v <= DATE '2014-12-31' THEN 4650 WHEN p._lk58v <= DATE '2015-12-31' THEN 4750 WHEN p._lk58v <= DATE '2017-12-31' THEN NULL WHEN p._lk58v <= DATE '2018-12-31' THEN 5050 WHEN p._lk58v <= DATE '2019-12-31' THEN 5150 WHEN p._lk58v <= DATE '2020-08-31' THEN 5250 WHEN p._lk58v <= DATE '2020-12-31' THEN 5250 WHEN p._lk58v <= DATE '2021-08-31' THEN 5400 WHEN p._lk58v <= DATE '2021-12-31' THEN 5400 WHEN p._lk58v <= DATE '2022-06-30' THEN 5450 WHEN p._lk58v <= DATE '2022-12-31' THEN 5600 WHEN p._lk58v <= DATE '2023-06-30' THEN 5750 WHEN p._lk58v <= DATE '2023-12-31' THEN 6350 WHEN p._lk58v <= DATE '2024-12-31' THEN 6600 ELSE NULL END AS _lk61v, CASE WHEN p._lk58v <= DATE '2005-12-31' THEN 'LK700300021' || 'Tabellen «veiledende_sats» har ingen verdi for person_i_bofellesskap ' || date_format(p._lk58v, 'yyyy-MM-dd') || ': første rad gjelder fra 2006-01-01' WHEN p._lk58v <= DATE '2006-12-31' THEN NULL WHEN p._lk58v <= DATE '2007-12-31' THEN NULL WHEN p._lk58v <= DATE '2008-12-31' THEN NULL WHEN p._lk58v <= DATE '2009-12-31' THEN NULL WHEN p._lk58v <= DATE '2010-12-31' THEN NULL WHEN p._lk58v <= DATE '2011-12-31' THEN 'LK700300022' || 'Tabellen «veiledende_sats» har ukjent verdi for person_i_bofellesskap ' || date_format(p._lk58v, 'yyyy-MM-dd') || ' (perioden fra 2011-01-01): Rundskrivet med satsene for 2011 er ikke registrert' WHEN p._lk58v <= DATE '2012-12-31' THEN NULL WHEN p._lk58v <= DATE '2013-12-31' THEN NULL WHEN p._lk58v <= DATE '2014-12-31' THEN NULL WHEN p._lk58v <= DATE '2015-12-31' THEN NULL WHEN p._lk58v <= DATE '2017-12-31' THEN 'LK700300023' || 'Tabellen «veiledende_sats» har ukjent verdi for person_i_bofellesskap ' || date_format(p._lk58v, 'yyyy-MM-dd') || ' (perioden fra 2016-01-01): Rundskrivene med satsene for 2016 og 2017 er ikke registrert' WHEN p._lk58v <= DATE '2018-12-31' THEN NULL WHEN p._lk58v <= DATE '2019-12-31' THEN NULL WHEN p._lk58v <= DATE '2020-08-31' THEN NULL WHEN p._lk58v <= DATE '2020-12-31' THEN NULL WHEN p._lk58v <= DATE '2021-08-31' THEN NULL WHEN p._lk58v <= DATE '2021-12-31' THEN NULL WHEN p._lk58v <= DATE '2022-06-30' THEN NULL WHEN p._lk58v <= DATE '2022-12-31' THEN NULL WHEN p._lk58v <= DATE '2023-06-30' THEN NULL WHEN p._lk58v <= DATE '2023-12-31' THEN NULL WHEN p._lk58v <= DATE '2024-12-31' THEN NULL ELSE 'LK700300024' || 'Tabellen «veiledende_sats» har ukjent verdi for person_i_bofellesskap ' || date_format(p._lk58v, 'yyyy-MM-dd') || ' (perioden fra 2025-01-01): Rundskrivet med satsene for 2025 er ikke registrert' END AS _lk61e FROM sak_1 p
),
sak__barn_2 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p._lk0v, p._lk69v, p._lk74v, p._lk77v, p._lk83v, p._lk89v, CASE WHEN (NOT p._lk7v) THEN 1 END AS _lk8v, (p._lk188v < CAST(18 AS BIGINT)) AS _lk189v, p._lk188u AS _lk189u FROM sak__barn_1 p
),
sak_3 AS (
  SELECT p.sak_id, p.`sivilstand`, p._lk0v, p._lk14v, p._lk19v, p._lk25v, p._lk26v, p._lk30v, p._lk41v, p._lk56v, p._lk58v, p._lk269v, p._lk307v, p._lk59v, p._lk59e, p._lk60v, p._lk60e, p._lk61v, p._lk61e, CASE WHEN CASE WHEN p._lk4v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk4v, p._lk5v) END AS _lk6v, CASE WHEN p._lk4v IS NULL THEN NULL END AS _lk6u, CAST(COALESCE(g10.a9, 0) AS BIGINT) AS _lk9v FROM sak_2 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk8v IS NOT NULL THEN 1 ELSE 0 END) AS a9 FROM sak__barn_2 p GROUP BY p.sak_id) g10 ON g10.sak_id = p.sak_id
),
sak_4 AS (
  SELECT p.sak_id, p.`sivilstand`, p._lk0v, p._lk14v, p._lk19v, p._lk25v, p._lk26v, p._lk30v, p._lk41v, p._lk56v, p._lk58v, p._lk269v, p._lk307v, p._lk59v, p._lk59e, p._lk60v, p._lk60e, p._lk61v, p._lk61e, CASE p._lk6v WHEN 1 THEN CAST(0 AS BIGINT) WHEN 2 THEN p._lk9v END AS _lk11v, p._lk6u AS _lk11u, CASE WHEN p._lk6u IS NULL AND p._lk6v IS NULL THEN 'LK700100000' || 'Ingen definisjon av «barnets_behov» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk11e FROM sak_3 p
),
sak_5 AS (
  SELECT p.sak_id, p.`sivilstand`, p._lk0v, p._lk14v, p._lk19v, p._lk25v, p._lk26v, p._lk30v, p._lk41v, p._lk56v, p._lk58v, p._lk269v, p._lk307v, p._lk59v, p._lk59e, p._lk60v, p._lk60e, p._lk61v, p._lk61e, CASE WHEN (p._lk11v > CAST(0 AS BIGINT)) THEN 2 END AS _lk12v, CASE WHEN (p._lk11v > CAST(0 AS BIGINT)) IS NULL THEN p._lk11u END AS _lk12u, p._lk11e AS _lk12e FROM sak_4 p
),
sak_6 AS (
  SELECT p.sak_id, p.`sivilstand`, p._lk0v, p._lk14v, p._lk19v, p._lk25v, p._lk26v, p._lk30v, p._lk41v, p._lk56v, p._lk58v, p._lk269v, p._lk307v, p._lk59v, p._lk59e, p._lk60v, p._lk60e, p._lk61v, p._lk61e, p._lk12v AS _lk13v, p._lk12u AS _lk13u, CASE WHEN p._lk12e IS NOT NULL THEN p._lk12e END AS _lk13e FROM sak_5 p
),
sak_7 AS (
  SELECT p.sak_id, p.`sivilstand`, p._lk0v, p._lk19v, p._lk25v, p._lk26v, p._lk30v, p._lk41v, p._lk56v, p._lk58v, p._lk269v, p._lk307v, p._lk59v, p._lk59e, p._lk60v, p._lk60e, p._lk61v, p._lk61e, p._lk13e, CASE WHEN COALESCE(p._lk13u, CASE WHEN p._lk13v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk13v, p._lk14v) END AS _lk15v, COALESCE(p._lk13u, CASE WHEN p._lk13v IS NULL THEN NULL END) AS _lk15u FROM sak_6 p
),
sak_8 AS (
  SELECT p.sak_id, p.`sivilstand`, p._lk0v, p._lk19v, p._lk25v, p._lk26v, p._lk30v, p._lk41v, p._lk56v, p._lk58v, p._lk269v, p._lk307v, p._lk59v, p._lk59e, p._lk60v, p._lk60e, p._lk61v, p._lk61e, CASE p._lk15v WHEN 1 THEN FALSE WHEN 2 THEN TRUE END AS _lk16v, p._lk15u AS _lk16u, COALESCE(p._lk13e, CASE WHEN p._lk15u IS NULL AND p._lk15v IS NULL THEN 'LK700100001' || 'Ingen definisjon av «foreløpig» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END) AS _lk16e FROM sak_7 p
),
sak_9 AS (
  SELECT p.sak_id, p.`sivilstand`, p._lk0v, p._lk19v, p._lk25v, p._lk26v, p._lk30v, p._lk41v, p._lk56v, p._lk58v, p._lk269v, p._lk307v, p._lk59v, p._lk59e, p._lk60v, p._lk60e, p._lk61v, p._lk61e, p._lk16v, p._lk16u, p._lk16e, CASE WHEN p._lk16v THEN 2 END AS _lk17v, CASE WHEN p._lk16v IS NULL THEN p._lk16u END AS _lk17u, p._lk16e AS _lk17e FROM sak_8 p
),
sak_10 AS (
  SELECT p.sak_id, p.`sivilstand`, p._lk0v, p._lk19v, p._lk25v, p._lk26v, p._lk30v, p._lk41v, p._lk56v, p._lk58v, p._lk269v, p._lk307v, p._lk59v, p._lk59e, p._lk60v, p._lk60e, p._lk61v, p._lk61e, p._lk16v, p._lk16u, p._lk16e, p._lk17v AS _lk18v, p._lk17u AS _lk18u, CASE WHEN p._lk17e IS NOT NULL THEN p._lk17e END AS _lk18e FROM sak_9 p
),
sak__voksne_1 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p._lk0v, 1 AS _lk21v, (p.`utdanning` = 'med_rett_til_støtte_fra_lånekassen') AS _lk32v, CASE WHEN TRUE THEN 1 END AS _lk34v, 1 AS _lk43v, 1 AS _lk47v, 1 AS _lk62v, 1 AS _lk221v, 1 AS _lk228v, 1 AS _lk235v, CASE WHEN p._lk0v >= p.`fødselsdato` THEN CAST(year(p._lk0v) AS BIGINT) - CAST(year(p.`fødselsdato`) AS BIGINT) - CASE WHEN CAST(month(p._lk0v) AS BIGINT) * 100 + CAST(day(p._lk0v) AS BIGINT) < CAST(month(p.`fødselsdato`) AS BIGINT) * 100 + CAST(day(p.`fødselsdato`) AS BIGINT) THEN 1 ELSE 0 END END AS _lk278v, CASE WHEN p._lk0v < p.`fødselsdato` THEN 'Alderen kan ikke regnes ut: fødselsdatoen ' || date_format(p.`fødselsdato`, 'yyyy-MM-dd') || ' er etter ' || date_format(p._lk0v, 'yyyy-MM-dd') || ', datoen alderen regnes på' END AS _lk278u, CASE WHEN (p.`sak.sivilstand` = 'bofellesskap') THEN 2 END AS _lk279v, CASE WHEN TRUE THEN 1 END AS _lk280v, p.`sak.tungtveiende_grunner_mot_aktivitetsvilkår` AS _lk290v, FALSE AS _lk292v, CASE WHEN TRUE THEN 1 END AS _lk300v FROM sak__voksne_0 p
),
sak_11 AS (
  SELECT p.sak_id, p.`sivilstand`, p._lk0v, p._lk25v, p._lk26v, p._lk30v, p._lk41v, p._lk56v, p._lk58v, p._lk269v, p._lk307v, p._lk59v, p._lk59e, p._lk60v, p._lk60e, p._lk61v, p._lk61e, p._lk16v, p._lk16u, p._lk16e, p._lk18e, CASE WHEN COALESCE(p._lk18u, CASE WHEN p._lk18v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk18v, p._lk19v) END AS _lk20v, COALESCE(p._lk18u, CASE WHEN p._lk18v IS NULL THEN NULL END) AS _lk20u, CAST(COALESCE(g23.a22, 0) AS BIGINT) AS _lk22v FROM sak_10 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk21v IS NOT NULL THEN 1 ELSE 0 END) AS a22 FROM sak__voksne_1 p GROUP BY p.sak_id) g23 ON g23.sak_id = p.sak_id
),
sak_12 AS (
  SELECT p.sak_id, p.`sivilstand`, p._lk0v, p._lk25v, p._lk26v, p._lk30v, p._lk41v, p._lk56v, p._lk58v, p._lk269v, p._lk307v, p._lk59v, p._lk59e, p._lk60v, p._lk60e, p._lk61v, p._lk61e, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, ((p.`sivilstand` = 'bofellesskap') AND (p._lk22v > CAST(0 AS BIGINT))) AS _lk24v FROM sak_11 p
),
sak_13 AS (
  SELECT p.sak_id, p.`sivilstand`, p._lk0v, p._lk25v, p._lk26v, p._lk30v, p._lk41v, p._lk56v, p._lk58v, p._lk269v, p._lk307v, p._lk59v, p._lk59e, p._lk60v, p._lk60e, p._lk61v, p._lk61e, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, CASE WHEN p._lk24v THEN 2 END AS _lk27v FROM sak_12 p
),
sak_14 AS (
  SELECT p.sak_id, p.`sivilstand`, p._lk0v, p._lk30v, p._lk41v, p._lk56v, p._lk58v, p._lk269v, p._lk307v, p._lk59v, p._lk59e, p._lk60v, p._lk60e, p._lk61v, p._lk61e, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk27v, CASE WHEN (p._lk25v AND (NOT p._lk26v)) THEN 3 END AS _lk28v FROM sak_13 p
),
sak_15 AS (
  SELECT p.sak_id, p.`sivilstand`, p._lk0v, p._lk30v, p._lk41v, p._lk56v, p._lk58v, p._lk269v, p._lk307v, p._lk59v, p._lk59e, p._lk60v, p._lk60e, p._lk61v, p._lk61e, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, COALESCE(p._lk27v, p._lk28v) AS _lk29v, CASE WHEN p._lk28v IS NOT NULL AND p._lk27v IS NOT NULL THEN CASE WHEN p._lk27v = 2 AND p._lk28v = 3 THEN 'LK700200003' || 'Motstrid i «stønad»: både unntaket «bofellesskap» og unntaket «samboere_uten_felles_økonomi» gjelder, og ingen av dem er unntak fra den andre' END END AS _lk29e FROM sak_14 p
),
sak__voksne_2 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p._lk0v, p._lk34v, p._lk278v, p._lk278u, p._lk290v, p._lk292v, p._lk300v, CASE WHEN p._lk32v THEN 2 END AS _lk33v, CASE WHEN CASE WHEN p._lk279v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk279v, p._lk280v) END AS _lk281v, CASE WHEN p._lk279v IS NULL THEN NULL END AS _lk281u FROM sak__voksne_1 p
),
sak__voksne_3 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p._lk0v, p._lk278v, p._lk278u, p._lk290v, p._lk292v, p._lk300v, p._lk281v, p._lk281u, CASE WHEN CASE WHEN p._lk33v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk33v, p._lk34v) END AS _lk35v, CASE WHEN p._lk33v IS NULL THEN NULL END AS _lk35u FROM sak__voksne_2 p
),
sak__voksne_4 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p._lk0v, p._lk278v, p._lk278u, p._lk290v, p._lk292v, p._lk300v, p._lk281v, p._lk281u, CASE p._lk35v WHEN 1 THEN FALSE WHEN 2 THEN TRUE END AS _lk36v, p._lk35u AS _lk36u, CASE WHEN p._lk35u IS NULL AND p._lk35v IS NULL THEN 'LK700100005' || 'Ingen definisjon av «student_med_rett_til_lånekassen» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk36e FROM sak__voksne_3 p
),
sak_16 AS (
  SELECT p.sak_id, p.`sivilstand`, p._lk0v, p._lk41v, p._lk56v, p._lk58v, p._lk269v, p._lk307v, p._lk59v, p._lk59e, p._lk60v, p._lk60e, p._lk61v, p._lk61e, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, CASE WHEN CASE WHEN p._lk29v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk29v, p._lk30v) END AS _lk31v, CASE WHEN p._lk29v IS NULL THEN NULL END AS _lk31u, CASE WHEN COALESCE(g38.a37, 0) = 1 THEN (COALESCE(g38.a37, 0) = 1) WHEN r38.u37 IS NULL THEN (COALESCE(g38.a37, 0) = 1) END AS _lk37v, CASE WHEN COALESCE(g38.a37, 0) = 1 THEN NULL ELSE r38.u37 END AS _lk37u, r38.e37 AS _lk37e FROM sak_15 p LEFT JOIN (SELECT p.sak_id, MAX(CASE WHEN p._lk36v = TRUE THEN 1 ELSE 0 END) AS a37 FROM sak__voksne_4 p GROUP BY p.sak_id) g38 ON g38.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, nullif(array_join(array_distinct(flatten(transform(array_sort(collect_list(CASE WHEN p._lk36u IS NOT NULL THEN struct(p.nr AS o, p._lk36u AS r) END)), x -> split(x.r, chr(30))))), chr(30)), '') AS u37, min_by(p._lk36e, CASE WHEN p._lk36e IS NOT NULL THEN p.nr END) AS e37 FROM sak__voksne_4 p WHERE p._lk36u IS NOT NULL OR p._lk36e IS NOT NULL GROUP BY p.sak_id) r38 ON r38.sak_id = p.sak_id
),
sak_17 AS (
  SELECT p.sak_id, p.`sivilstand`, p._lk0v, p._lk41v, p._lk56v, p._lk58v, p._lk269v, p._lk307v, p._lk59v, p._lk59e, p._lk60v, p._lk60e, p._lk61v, p._lk61e, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, CASE WHEN p._lk37v THEN 2 END AS _lk39v, CASE WHEN p._lk37v IS NULL THEN p._lk37u END AS _lk39u, p._lk37e AS _lk39e FROM sak_16 p
),
sak_18 AS (
  SELECT p.sak_id, p.`sivilstand`, p._lk0v, p._lk41v, p._lk56v, p._lk58v, p._lk269v, p._lk307v, p._lk59v, p._lk59e, p._lk60v, p._lk60e, p._lk61v, p._lk61e, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk39v AS _lk40v, p._lk39u AS _lk40u, CASE WHEN p._lk39e IS NOT NULL THEN p._lk39e END AS _lk40e FROM sak_17 p
),
sak_19 AS (
  SELECT p.sak_id, p.`sivilstand`, p._lk0v, p._lk56v, p._lk58v, p._lk269v, p._lk307v, p._lk59v, p._lk59e, p._lk60v, p._lk60e, p._lk61v, p._lk61e, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk40e, CASE WHEN COALESCE(p._lk40u, CASE WHEN p._lk40v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk40v, p._lk41v) END AS _lk42v, COALESCE(p._lk40u, CASE WHEN p._lk40v IS NULL THEN NULL END) AS _lk42u, CAST(COALESCE(g45.a44, 0) AS BIGINT) AS _lk44v FROM sak_18 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk43v IS NOT NULL THEN 1 ELSE 0 END) AS a44 FROM sak__voksne_1 p GROUP BY p.sak_id) g45 ON g45.sak_id = p.sak_id
),
sak_20 AS (
  SELECT p.sak_id, p.`sivilstand`, p._lk0v, p._lk56v, p._lk58v, p._lk269v, p._lk307v, p._lk59v, p._lk59e, p._lk60v, p._lk60e, p._lk61v, p._lk61e, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk40e, p._lk42v, p._lk42u, ((p.`sivilstand` = 'enslig') AND (p._lk44v <> CAST(1 AS BIGINT))) AS _lk46v, CAST(COALESCE(g49.a48, 0) AS BIGINT) AS _lk48v FROM sak_19 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk47v IS NOT NULL THEN 1 ELSE 0 END) AS a48 FROM sak__voksne_1 p GROUP BY p.sak_id) g49 ON g49.sak_id = p.sak_id
),
sak_21 AS (
  SELECT p.sak_id, p.`sivilstand`, p._lk0v, p._lk56v, p._lk58v, p._lk269v, p._lk307v, p._lk59v, p._lk59e, p._lk60v, p._lk60e, p._lk61v, p._lk61e, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk40e, p._lk42v, p._lk42u, p._lk46v, ((p.`sivilstand` = 'ektepar_samboere') AND (p._lk48v <> CAST(2 AS BIGINT))) AS _lk50v FROM sak_20 p
),
sak_22 AS (
  SELECT p.sak_id, p.`sivilstand`, p._lk0v, p._lk56v, p._lk58v, p._lk269v, p._lk307v, p._lk59v, p._lk59e, p._lk60v, p._lk60e, p._lk61v, p._lk61e, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk40e, p._lk42v, p._lk42u, p._lk46v, CASE WHEN p._lk50v THEN 5 END AS _lk51v FROM sak_21 p
),
sak_23 AS (
  SELECT p.sak_id, p.`sivilstand`, p._lk0v, p._lk56v, p._lk58v, p._lk269v, p._lk307v, p._lk59v, p._lk59e, p._lk60v, p._lk60e, p._lk61v, p._lk61e, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk40e, p._lk42v, p._lk42u, p._lk46v, CASE WHEN NULL IS NOT NULL THEN NULL WHEN p._lk51v IS NOT NULL THEN p._lk51v WHEN (p.`sivilstand` = 'ektepar_samboere') THEN 2 END AS _lk52v FROM sak_22 p
),
sak_24 AS (
  SELECT p.sak_id, p._lk0v, p._lk56v, p._lk58v, p._lk269v, p._lk307v, p._lk59v, p._lk59e, p._lk60v, p._lk60e, p._lk61v, p._lk61e, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk40e, p._lk42v, p._lk42u, p._lk46v, p._lk52v, CASE WHEN (p.`sivilstand` = 'bofellesskap') THEN 3 END AS _lk53v FROM sak_23 p
),
sak_25 AS (
  SELECT p.sak_id, p._lk0v, p._lk56v, p._lk58v, p._lk269v, p._lk307v, p._lk59v, p._lk59e, p._lk60v, p._lk60e, p._lk61v, p._lk61e, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk40e, p._lk42v, p._lk42u, p._lk52v, p._lk53v, CASE WHEN p._lk46v THEN 4 END AS _lk54v FROM sak_24 p
),
sak_26 AS (
  SELECT p.sak_id, p._lk0v, p._lk56v, p._lk58v, p._lk269v, p._lk307v, p._lk59v, p._lk59e, p._lk60v, p._lk60e, p._lk61v, p._lk61e, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk40e, p._lk42v, p._lk42u, COALESCE(p._lk52v, p._lk53v, p._lk54v) AS _lk55v, CASE WHEN p._lk53v IS NOT NULL AND p._lk52v IS NOT NULL THEN CASE WHEN p._lk52v = 2 AND p._lk53v = 3 THEN 'LK700200007' || 'Motstrid i «voksensats»: både unntaket «par» og unntaket «bofellesskap» gjelder, og ingen av dem er unntak fra den andre' WHEN p._lk52v = 5 AND p._lk53v = 3 THEN 'LK700200008' || 'Motstrid i «voksensats»: både unntaket «par_uten_to_voksne» og unntaket «bofellesskap» gjelder, og ingen av dem er unntak fra den andre' END WHEN p._lk54v IS NOT NULL AND COALESCE(p._lk52v, p._lk53v) IS NOT NULL THEN CASE WHEN COALESCE(p._lk52v, p._lk53v) = 2 AND p._lk54v = 4 THEN 'LK700200009' || 'Motstrid i «voksensats»: både unntaket «par» og unntaket «enslig_med_flere_voksne» gjelder, og ingen av dem er unntak fra den andre' WHEN COALESCE(p._lk52v, p._lk53v) = 5 AND p._lk54v = 4 THEN 'LK700200010' || 'Motstrid i «voksensats»: både unntaket «par_uten_to_voksne» og unntaket «enslig_med_flere_voksne» gjelder, og ingen av dem er unntak fra den andre' WHEN COALESCE(p._lk52v, p._lk53v) = 3 AND p._lk54v = 4 THEN 'LK700200011' || 'Motstrid i «voksensats»: både unntaket «bofellesskap» og unntaket «enslig_med_flere_voksne» gjelder, og ingen av dem er unntak fra den andre' END END AS _lk55e FROM sak_25 p
),
sak_27 AS (
  SELECT p.sak_id, p._lk0v, p._lk58v, p._lk269v, p._lk307v, p._lk59v, p._lk59e, p._lk60v, p._lk60e, p._lk61v, p._lk61e, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk40e, p._lk42v, p._lk42u, p._lk55e, CASE WHEN CASE WHEN p._lk55v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk55v, p._lk56v) END AS _lk57v, CASE WHEN p._lk55v IS NULL THEN NULL END AS _lk57u, CAST(COALESCE(g64.a63, 0) AS BIGINT) AS _lk63v FROM sak_26 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk62v IS NOT NULL THEN 1 ELSE 0 END) AS a63 FROM sak__voksne_1 p GROUP BY p.sak_id) g64 ON g64.sak_id = p.sak_id
),
sak_28 AS (
  SELECT p.sak_id, p._lk0v, p._lk58v, p._lk269v, p._lk307v, p._lk59v, p._lk59e, p._lk60v, p._lk60e, p._lk61v, p._lk61e, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk40e, p._lk42v, p._lk42u, p._lk55e, p._lk57v, p._lk57u, CASE WHEN CAST(1 AS BIGINT) IS NULL OR p._lk63v IS NULL THEN NULL WHEN p._lk63v > CAST(1 AS BIGINT) THEN p._lk63v ELSE CAST(1 AS BIGINT) END AS _lk65v FROM sak_27 p
),
sak_29 AS (
  SELECT p.sak_id, p._lk0v, p._lk58v, p._lk269v, p._lk307v, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk40e, p._lk42v, p._lk42u, CASE p._lk57v WHEN 1 THEN p._lk59v WHEN 2 THEN p._lk60v WHEN 3 THEN CAST(p._lk61v * p._lk65v AS DECIMAL(18,2)) WHEN 4 THEN NULL WHEN 5 THEN NULL END AS _lk66v, COALESCE(p._lk57u, CASE p._lk57v WHEN 4 THEN 'Sivilstanden er enslig, men søknaden oppgir ikke nøyaktig én voksen; husstanden må avklares før satsen kan velges' WHEN 5 THEN 'Sivilstanden er ektepar eller samboere, men søknaden oppgir ikke to voksne; husstanden må avklares før satsen kan velges' END) AS _lk66u, COALESCE(p._lk55e, CASE WHEN p._lk57u IS NULL AND p._lk57v IS NULL THEN 'LK700100012' || 'Ingen definisjon av «voksensats» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk57v WHEN 1 THEN p._lk59e WHEN 2 THEN p._lk60e WHEN 3 THEN p._lk61e END) AS _lk66e FROM sak_28 p
),
sak__barn_3 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p._lk0v, p._lk69v, p._lk74v, p._lk77v, p._lk83v, p._lk89v, c._lk58v AS _lk58v FROM sak__barn_2 p JOIN sak_29 c ON c.sak_id = p.sak_id
),
sak__barn_4 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk69v, p._lk74v, p._lk77v, p._lk83v, p._lk89v, p._lk58v, CASE WHEN (p.`fødselsdato` > p._lk58v) THEN 2 END AS _lk68v, CASE WHEN (p.`fødselsdato` > p._lk58v) THEN 2 END AS _lk76v, CASE WHEN p._lk58v >= p.`fødselsdato` THEN CAST(year(p._lk58v) AS BIGINT) - CAST(year(p.`fødselsdato`) AS BIGINT) - CASE WHEN CAST(month(p._lk58v) AS BIGINT) * 100 + CAST(day(p._lk58v) AS BIGINT) < CAST(month(p.`fødselsdato`) AS BIGINT) * 100 + CAST(day(p.`fødselsdato`) AS BIGINT) THEN 1 ELSE 0 END END AS _lk79v, CASE WHEN p._lk58v < p.`fødselsdato` THEN 'Alderen kan ikke regnes ut: fødselsdatoen ' || date_format(p.`fødselsdato`, 'yyyy-MM-dd') || ' er etter ' || date_format(p._lk58v, 'yyyy-MM-dd') || ', datoen alderen regnes på' END AS _lk79u FROM sak__barn_3 p
),
sak__barn_5 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk74v, p._lk83v, p._lk89v, p._lk58v, p._lk79v, p._lk79u, CASE WHEN CASE WHEN p._lk68v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk68v, p._lk69v) END AS _lk70v, CASE WHEN p._lk68v IS NULL THEN NULL END AS _lk70u, CASE WHEN CASE WHEN p._lk76v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk76v, p._lk77v) END AS _lk78v, CASE WHEN p._lk76v IS NULL THEN NULL END AS _lk78u FROM sak__barn_4 p
),
sak__barn_6 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk74v, p._lk83v, p._lk89v, p._lk58v, CASE p._lk70v WHEN 1 THEN FALSE WHEN 2 THEN TRUE END AS _lk71v, p._lk70u AS _lk71u, CASE WHEN p._lk70u IS NULL AND p._lk70v IS NULL THEN 'LK700100037' || 'Ingen definisjon av «født_i_måneden» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk71e, CASE p._lk78v WHEN 1 THEN p._lk79v WHEN 2 THEN NULL END AS _lk80v, COALESCE(p._lk78u, CASE p._lk78v WHEN 1 THEN p._lk79u WHEN 2 THEN 'Barnet er ikke født den første dagen i beregningsmåneden; behovet må vurderes særskilt' END) AS _lk80u, CASE WHEN p._lk78u IS NULL AND p._lk78v IS NULL THEN 'LK700100039' || 'Ingen definisjon av «alder_i_måneden» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk80e FROM sak__barn_5 p
),
sak__barn_7 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk74v, p._lk83v, p._lk89v, p._lk58v, p._lk80v, p._lk80u, p._lk80e, CASE WHEN p._lk71v THEN 2 END AS _lk72v, CASE WHEN p._lk71v IS NULL THEN p._lk71u END AS _lk72u, p._lk71e AS _lk72e, CASE WHEN (p._lk80v >= CAST(18 AS BIGINT)) THEN 2 END AS _lk81v, CASE WHEN (p._lk80v >= CAST(18 AS BIGINT)) IS NULL THEN p._lk80u END AS _lk81u, p._lk80e AS _lk81e, CASE (p._lk80v < CAST(11 AS BIGINT)) WHEN TRUE THEN 'barn_6_10' WHEN FALSE THEN 'barn_11_17' END AS _lk85v, CASE (p._lk80v < CAST(11 AS BIGINT)) WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk80u END AS _lk85u, p._lk80e AS _lk85e FROM sak__barn_6 p
),
sak__barn_8 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk74v, p._lk83v, p._lk89v, p._lk58v, p._lk72v AS _lk73v, p._lk72u AS _lk73u, CASE WHEN p._lk72e IS NOT NULL THEN p._lk72e END AS _lk73e, p._lk81v AS _lk82v, p._lk81u AS _lk82u, CASE WHEN p._lk81e IS NOT NULL THEN p._lk81e END AS _lk82e, CASE (p._lk80v < CAST(6 AS BIGINT)) WHEN TRUE THEN 'barn_0_5' WHEN FALSE THEN p._lk85v END AS _lk86v, CASE (p._lk80v < CAST(6 AS BIGINT)) WHEN TRUE THEN NULL WHEN FALSE THEN p._lk85u ELSE p._lk80u END AS _lk86u, COALESCE(p._lk80e, CASE (p._lk80v < CAST(6 AS BIGINT)) WHEN TRUE THEN NULL WHEN FALSE THEN p._lk85e END) AS _lk86e FROM sak__barn_7 p
),
sak__barn_9 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk89v, p._lk58v, p._lk73e, p._lk82e, p._lk86v, p._lk86u, p._lk86e, CASE WHEN COALESCE(p._lk73u, CASE WHEN p._lk73v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk73v, p._lk74v) END AS _lk75v, COALESCE(p._lk73u, CASE WHEN p._lk73v IS NULL THEN NULL END) AS _lk75u, CASE WHEN COALESCE(p._lk82u, CASE WHEN p._lk82v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk82v, p._lk83v) END AS _lk84v, COALESCE(p._lk82u, CASE WHEN p._lk82v IS NULL THEN NULL END) AS _lk84u FROM sak__barn_8 p
),
sak__barn_10 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk89v, p._lk58v, p._lk73e, p._lk75v, p._lk75u, CASE p._lk84v WHEN 1 THEN p._lk86v WHEN 2 THEN NULL END AS _lk87v, COALESCE(p._lk84u, CASE p._lk84v WHEN 1 THEN p._lk86u WHEN 2 THEN 'Et barn som er 18 år eller eldre, har ingen barnesats; behovet må vurderes særskilt (et myndig barn i videregående opplæring som bor hjemme, føres i myndige_barn_i_skole)' END) AS _lk87u, COALESCE(p._lk82e, CASE WHEN p._lk84u IS NULL AND p._lk84v IS NULL THEN 'LK700100040' || 'Ingen definisjon av «aldersgruppe» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk84v WHEN 1 THEN p._lk86e END) AS _lk87e FROM sak__barn_9 p
),
sak__barn_11 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk89v, p._lk73e, p._lk75v, p._lk75u, t88.verdi AS _lk88v, p._lk87u AS _lk88u, COALESCE(p._lk87e, CASE WHEN p._lk87u IS NULL THEN CASE WHEN t88.feil IS NULL THEN NULL WHEN t88.feil_etter IS NULL THEN t88.feil ELSE t88.feil || date_format(p._lk58v, 'yyyy-MM-dd') || t88.feil_etter END END) AS _lk88e FROM sak__barn_10 p LEFT JOIN tabell_1 t88 ON t88.k0 = p._lk87v AND t88.fra <= p._lk58v AND p._lk58v <= t88.til
),
sak__barn_12 AS (
  SELECT p.sak_id, p.nr, p._lk0v, CASE p._lk75v WHEN 1 THEN p._lk88v WHEN 2 THEN p._lk89v END AS _lk90v, COALESCE(p._lk75u, CASE p._lk75v WHEN 1 THEN p._lk88u END) AS _lk90u, COALESCE(p._lk73e, CASE WHEN p._lk75u IS NULL AND p._lk75v IS NULL THEN 'LK700100038' || 'Ingen definisjon av «barnesats» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk75v WHEN 1 THEN p._lk88e END) AS _lk90e FROM sak__barn_11 p
),
sak_30 AS (
  SELECT p.sak_id, p._lk0v, p._lk269v, p._lk307v, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk66v, p._lk66u, p._lk66e, CASE p._lk42v WHEN 1 THEN p._lk66v WHEN 2 THEN NULL END AS _lk67v, COALESCE(p._lk42u, CASE p._lk42v WHEN 1 THEN p._lk66u WHEN 2 THEN 'En voksen i husstanden er student med rett til støtte fra Lånekassen. Studenter skal som hovedregel dekke livsoppholdet med støtten fra Lånekassen; om husstanden likevel skal ha stønad, og hvor mye, må vurderes særskilt' END) AS _lk67u, COALESCE(p._lk40e, CASE WHEN p._lk42u IS NULL AND p._lk42v IS NULL THEN 'LK700100006' || 'Ingen definisjon av «sats_for_de_voksne» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk42v WHEN 1 THEN p._lk66e END) AS _lk67e, CASE WHEN r92.u91 IS NULL THEN CAST(COALESCE(g92.a91, 0) AS DECIMAL(18,2)) END AS _lk91v, r92.u91 AS _lk91u, r92.e91 AS _lk91e FROM sak_29 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk90v) AS a91 FROM sak__barn_12 p GROUP BY p.sak_id) g92 ON g92.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk90u, CASE WHEN p._lk90u IS NOT NULL THEN p.nr END) AS u91, min_by(p._lk90e, CASE WHEN p._lk90e IS NOT NULL THEN p.nr END) AS e91 FROM sak__barn_12 p WHERE p._lk90u IS NOT NULL OR p._lk90e IS NOT NULL GROUP BY p.sak_id) r92 ON r92.sak_id = p.sak_id
),
sak__utgifter_1 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, (p.`art` IN ('husleie', 'boliglån_renter', 'kommunale_avgifter', 'strøm', 'oppvarming', 'innboforsikring')) AS _lk94v, CASE WHEN TRUE THEN 1 END AS _lk112v FROM sak__utgifter_0 p
),
niva98_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k98 FROM sak__utgifter_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__utgifter__gjelder_barn) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva102_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k102, l.`fødselsdato` FROM sak__utgifter_0 pp JOIN (SELECT sak_id, nr AS n, `fødselsdato` FROM sak__barn) l ON l.sak_id = pp.sak_id
),
niva103_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k102, l.n AS k103, l.`fødselsdato`, pp.`fødselsdato` AS `niva102.fødselsdato` FROM niva102_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__utgifter__gjelder_barn) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva103_1 AS (
  SELECT p.sak_id, p.nr, p.k102, p.k103, (p.`niva102.fødselsdato` = p.`fødselsdato`) AS _lk104v FROM niva103_0 p
),
niva102_1 AS (
  SELECT p.sak_id, p.nr, p.k102, (COALESCE(g106.a105, 0) = 1) AS _lk105v FROM niva102_0 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k102, MAX(CASE WHEN p._lk104v = TRUE THEN 1 ELSE 0 END) AS a105 FROM niva103_1 p GROUP BY p.sak_id, p.nr, p.k102) g106 ON g106.sak_id = p.sak_id AND g106.nr = p.nr AND g106.k102 = p.k102
),
niva98_1 AS (
  SELECT p.sak_id, p.nr, p.k98, 1 AS _lk99v, 1 AS _lk114v FROM niva98_0 p
),
niva102_2 AS (
  SELECT p.sak_id, p.nr, p.k102, CASE WHEN p._lk105v THEN 1 END AS _lk107v FROM niva102_1 p
),
sak__utgifter_2 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk94v, p._lk112v, CASE WHEN p._lk94v THEN p.`beløp` END AS _lk95v, CAST(COALESCE(g101.a100, 0) AS BIGINT) AS _lk100v, CAST(COALESCE(g109.a108, 0) AS BIGINT) AS _lk108v FROM sak__utgifter_1 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk99v IS NOT NULL THEN 1 ELSE 0 END) AS a100 FROM niva98_1 p GROUP BY p.sak_id, p.nr) g101 ON g101.sak_id = p.sak_id AND g101.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk107v IS NOT NULL THEN 1 ELSE 0 END) AS a108 FROM niva102_2 p GROUP BY p.sak_id, p.nr) g109 ON g109.sak_id = p.sak_id AND g109.nr = p.nr
),
sak__utgifter_3 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk94v, p._lk112v, p._lk95v, ((p._lk100v > CAST(0 AS BIGINT)) AND (p._lk108v <> CAST(1 AS BIGINT))) AS _lk110v FROM sak__utgifter_2 p
),
sak__utgifter_4 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk94v, p._lk112v, p._lk95v, CASE WHEN p._lk110v THEN 2 END AS _lk111v FROM sak__utgifter_3 p
),
sak__utgifter_5 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk94v, p._lk95v, CASE WHEN CASE WHEN p._lk111v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk111v, p._lk112v) END AS _lk113v, CASE WHEN p._lk111v IS NULL THEN NULL END AS _lk113u, CAST(COALESCE(g116.a115, 0) AS BIGINT) AS _lk115v FROM sak__utgifter_4 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk114v IS NOT NULL THEN 1 ELSE 0 END) AS a115 FROM niva98_1 p GROUP BY p.sak_id, p.nr) g116 ON g116.sak_id = p.sak_id AND g116.nr = p.nr
),
sak__utgifter_6 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk94v, p._lk95v, CASE p._lk113v WHEN 1 THEN (p._lk115v > CAST(0 AS BIGINT)) WHEN 2 THEN NULL END AS _lk117v, COALESCE(p._lk113u, CASE p._lk113v WHEN 2 THEN 'En utgift er knyttet til et barn som ikke er med i søknaden, til flere barn, eller til barn med de samme opplysningene; utgiften må knyttes til nøyaktig ett barn' END) AS _lk117u, CASE WHEN p._lk113u IS NULL AND p._lk113v IS NULL THEN 'LK700100041' || 'Ingen definisjon av «gjelder_et_barn» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk117e FROM sak__utgifter_5 p
),
sak__utgifter_7 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk94v, p._lk95v, p._lk117v, p._lk117u, p._lk117e, ((NOT p._lk94v) AND (NOT p._lk117v)) AS _lk118v, CASE WHEN ((NOT p._lk94v) AND (NOT p._lk117v)) IS NULL THEN p._lk117u END AS _lk118u, CASE WHEN (NOT p._lk94v) = FALSE THEN NULL ELSE p._lk117e END AS _lk118e FROM sak__utgifter_6 p
),
sak__utgifter_8 AS (
  SELECT p.sak_id, p.nr, p._lk94v, p._lk95v, p._lk117v, p._lk117u, p._lk117e, CASE WHEN p._lk118v THEN p.`beløp` END AS _lk119v, CASE WHEN p._lk118v IS NULL THEN p._lk118u END AS _lk119u, p._lk118e AS _lk119e FROM sak__utgifter_7 p
),
sak_31 AS (
  SELECT p.sak_id, p._lk0v, p._lk269v, p._lk307v, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk66v, p._lk66u, p._lk66e, CAST(p._lk67v + p._lk91v AS DECIMAL(18,2)) AS _lk93v, CASE WHEN p._lk67u IS NULL THEN p._lk91u WHEN p._lk91u IS NULL THEN p._lk67u ELSE array_join(array_union(split(p._lk67u, chr(30)), split(p._lk91u, chr(30))), chr(30)) END AS _lk93u, COALESCE(p._lk67e, p._lk91e) AS _lk93e, CAST(COALESCE(g97.a96, 0) AS DECIMAL(18,2)) AS _lk96v, CASE WHEN r97.u120 IS NULL THEN CAST(COALESCE(g97.a120, 0) AS DECIMAL(18,2)) END AS _lk120v, r97.u120 AS _lk120u, r97.e120 AS _lk120e FROM sak_30 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk95v) AS a96, SUM(p._lk119v) AS a120 FROM sak__utgifter_8 p GROUP BY p.sak_id) g97 ON g97.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk119u, CASE WHEN p._lk119u IS NOT NULL THEN p.nr END) AS u120, min_by(p._lk119e, CASE WHEN p._lk119e IS NOT NULL THEN p.nr END) AS e120 FROM sak__utgifter_8 p WHERE p._lk119u IS NOT NULL OR p._lk119e IS NOT NULL GROUP BY p.sak_id) r97 ON r97.sak_id = p.sak_id
),
niva122_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k122, l.`beløp`, pp.`fødselsdato` AS `sak__barn.fødselsdato` FROM sak__barn_0 pp JOIN (SELECT sak_id, nr AS n, `art`, `beløp` FROM sak__utgifter) l ON l.sak_id = pp.sak_id
),
niva122_1 AS (
  SELECT p.sak_id, p.nr, p.k122, p.`beløp`, e._lk94v AS _lk94v, e._lk117v AS _lk117v, e._lk117u AS _lk117u, e._lk117e AS _lk117e FROM niva122_0 p JOIN sak__utgifter_8 e ON e.sak_id = p.sak_id AND e.nr = p.k122
),
niva124_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k122, l.n AS k124, l.`fødselsdato`, pp.`sak__barn.fødselsdato` FROM niva122_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__utgifter__gjelder_barn) l ON l.sak_id = pp.sak_id AND l.m = pp.k122
),
niva124_1 AS (
  SELECT p.sak_id, p.nr, p.k122, p.k124, (p.`sak__barn.fødselsdato` = p.`fødselsdato`) AS _lk125v FROM niva124_0 p
),
niva122_2 AS (
  SELECT p.sak_id, p.nr, p.k122, p.`beløp`, ((NOT p._lk94v) AND p._lk117v) AS _lk123v, CASE WHEN ((NOT p._lk94v) AND p._lk117v) IS NULL THEN p._lk117u END AS _lk123u, CASE WHEN (NOT p._lk94v) = FALSE THEN NULL ELSE p._lk117e END AS _lk123e, (COALESCE(g127.a126, 0) = 1) AS _lk126v FROM niva122_1 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k122, MAX(CASE WHEN p._lk125v = TRUE THEN 1 ELSE 0 END) AS a126 FROM niva124_1 p GROUP BY p.sak_id, p.nr, p.k122) g127 ON g127.sak_id = p.sak_id AND g127.nr = p.nr AND g127.k122 = p.k122
),
niva122_3 AS (
  SELECT p.sak_id, p.nr, p.k122, p.`beløp`, (p._lk123v AND p._lk126v) AS _lk128v, CASE WHEN (p._lk123v AND p._lk126v) IS NULL THEN p._lk123u END AS _lk128u, p._lk123e AS _lk128e FROM niva122_2 p
),
niva122_4 AS (
  SELECT p.sak_id, p.nr, p.k122, CASE WHEN p._lk128v THEN p.`beløp` END AS _lk129v, CASE WHEN p._lk128v IS NULL THEN p._lk128u END AS _lk129u, p._lk128e AS _lk129e FROM niva122_3 p
),
sak__barn_13 AS (
  SELECT p.sak_id, p.nr, CASE WHEN r131.u130 IS NULL THEN CAST(COALESCE(g131.a130, 0) AS DECIMAL(18,2)) END AS _lk130v, r131.u130 AS _lk130u, r131.e130 AS _lk130e FROM sak__barn_12 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(p._lk129v) AS a130 FROM niva122_4 p GROUP BY p.sak_id, p.nr) g131 ON g131.sak_id = p.sak_id AND g131.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, min_by(p._lk129u, CASE WHEN p._lk129u IS NOT NULL THEN p.k122 END) AS u130, min_by(p._lk129e, CASE WHEN p._lk129e IS NOT NULL THEN p.k122 END) AS e130 FROM niva122_4 p WHERE p._lk129u IS NOT NULL OR p._lk129e IS NOT NULL GROUP BY p.sak_id, p.nr) r131 ON r131.sak_id = p.sak_id AND r131.nr = p.nr
),
sak_32 AS (
  SELECT p.sak_id, p._lk0v, p._lk269v, p._lk307v, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk66v, p._lk66u, p._lk66e, p._lk93v, p._lk93u, p._lk93e, p._lk96v, p._lk120v, p._lk120u, p._lk120e, CAST(CAST(p._lk93v + p._lk96v AS DECIMAL(18,2)) + p._lk120v AS DECIMAL(18,2)) AS _lk121v, CASE WHEN p._lk93u IS NULL THEN p._lk120u WHEN p._lk120u IS NULL THEN p._lk93u ELSE array_join(array_union(split(p._lk93u, chr(30)), split(p._lk120u, chr(30))), chr(30)) END AS _lk121u, COALESCE(p._lk93e, p._lk120e) AS _lk121e, CASE WHEN r133.u132 IS NULL THEN CAST(COALESCE(g133.a132, 0) AS DECIMAL(18,2)) END AS _lk132v, r133.u132 AS _lk132u, r133.e132 AS _lk132e FROM sak_31 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk130v) AS a132 FROM sak__barn_13 p GROUP BY p.sak_id) g133 ON g133.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk130u, CASE WHEN p._lk130u IS NOT NULL THEN p.nr END) AS u132, min_by(p._lk130e, CASE WHEN p._lk130e IS NOT NULL THEN p.nr END) AS e132 FROM sak__barn_13 p WHERE p._lk130u IS NOT NULL OR p._lk130e IS NOT NULL GROUP BY p.sak_id) r133 ON r133.sak_id = p.sak_id
),
niva135_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k135 FROM sak__inntekter_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__tilhører) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva139_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k139, l.`fødselsdato` FROM sak__inntekter_0 pp JOIN (SELECT sak_id, nr + 0 * 1000000000 AS n, `fødselsdato`, COALESCE(`utdanning`, 'ingen') AS `utdanning` FROM sak__voksne UNION ALL SELECT sak_id, nr + 1 * 1000000000 AS n, `fødselsdato`, COALESCE(`utdanning`, 'ingen') AS `utdanning` FROM sak__myndige_barn_i_skole) l ON l.sak_id = pp.sak_id
),
niva140_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k139, l.n AS k140, l.`fødselsdato`, pp.`fødselsdato` AS `niva139.fødselsdato` FROM niva139_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__tilhører) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva140_1 AS (
  SELECT p.sak_id, p.nr, p.k139, p.k140, (p.`fødselsdato` = p.`niva139.fødselsdato`) AS _lk141v FROM niva140_0 p
),
niva139_1 AS (
  SELECT p.sak_id, p.nr, p.k139, (COALESCE(g143.a142, 0) = 1) AS _lk142v FROM niva139_0 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k139, MAX(CASE WHEN p._lk141v = TRUE THEN 1 ELSE 0 END) AS a142 FROM niva140_1 p GROUP BY p.sak_id, p.nr, p.k139) g143 ON g143.sak_id = p.sak_id AND g143.nr = p.nr AND g143.k139 = p.k139
),
niva135_1 AS (
  SELECT p.sak_id, p.nr, p.k135, 1 AS _lk136v, 1 AS _lk151v FROM niva135_0 p
),
niva139_2 AS (
  SELECT p.sak_id, p.nr, p.k139, CASE WHEN p._lk142v THEN 1 END AS _lk144v FROM niva139_1 p
),
sak__inntekter_1 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, CAST(COALESCE(g138.a137, 0) AS BIGINT) AS _lk137v, CAST(COALESCE(g146.a145, 0) AS BIGINT) AS _lk145v, CASE WHEN TRUE THEN 1 END AS _lk149v, CASE WHEN (p.`art` IN ('formue', 'skatt_til_gode')) THEN 2 END AS _lk164v, CASE WHEN TRUE THEN 1 END AS _lk165v, CASE WHEN TRUE THEN 1 END AS _lk183v, (p.`art` IN ('barnetrygd', 'utvidet_barnetrygd', 'småbarnstillegg')) AS _lk199v, CASE WHEN TRUE THEN 1 END AS _lk205v, TRUE AS _lk207v, p.`beløp` AS _lk215v FROM sak__inntekter_0 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk136v IS NOT NULL THEN 1 ELSE 0 END) AS a137 FROM niva135_1 p GROUP BY p.sak_id, p.nr) g138 ON g138.sak_id = p.sak_id AND g138.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk144v IS NOT NULL THEN 1 ELSE 0 END) AS a145 FROM niva139_2 p GROUP BY p.sak_id, p.nr) g146 ON g146.sak_id = p.sak_id AND g146.nr = p.nr
),
sak__inntekter_2 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk149v, p._lk183v, p._lk199v, p._lk205v, p._lk207v, p._lk215v, ((p._lk137v > CAST(0 AS BIGINT)) AND (p._lk145v <> CAST(1 AS BIGINT))) AS _lk147v, CASE WHEN CASE WHEN p._lk164v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk164v, p._lk165v) END AS _lk166v, CASE WHEN p._lk164v IS NULL THEN NULL END AS _lk166u FROM sak__inntekter_1 p
),
sak__inntekter_3 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk149v, p._lk183v, p._lk199v, p._lk205v, p._lk207v, p._lk215v, CASE WHEN p._lk147v THEN 2 END AS _lk148v, CASE p._lk166v WHEN 1 THEN FALSE WHEN 2 THEN TRUE END AS _lk167v, p._lk166u AS _lk167u, CASE WHEN p._lk166u IS NULL AND p._lk166v IS NULL THEN 'LK700100043' || 'Ingen definisjon av «er_midler» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk167e FROM sak__inntekter_2 p
),
sak__inntekter_4 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk183v, p._lk199v, p._lk205v, p._lk207v, p._lk215v, p._lk167v, p._lk167u, p._lk167e, CASE WHEN CASE WHEN p._lk148v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk148v, p._lk149v) END AS _lk150v, CASE WHEN p._lk148v IS NULL THEN NULL END AS _lk150u, CAST(COALESCE(g153.a152, 0) AS BIGINT) AS _lk152v FROM sak__inntekter_3 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk151v IS NOT NULL THEN 1 ELSE 0 END) AS a152 FROM niva135_1 p GROUP BY p.sak_id, p.nr) g153 ON g153.sak_id = p.sak_id AND g153.nr = p.nr
),
niva155_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k155, l.`fødselsdato`, pp._lk0v FROM sak__inntekter_0 pp JOIN (SELECT sak_id, nr AS n, `fødselsdato`, COALESCE(`utdanning`, 'ingen') AS `utdanning` FROM sak__myndige_barn_i_skole) l ON l.sak_id = pp.sak_id
),
niva156_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k155, l.n AS k156, l.`fødselsdato`, pp.`fødselsdato` AS `niva155.fødselsdato` FROM niva155_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__tilhører) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva156_1 AS (
  SELECT p.sak_id, p.nr, p.k155, p.k156, (p.`fødselsdato` = p.`niva155.fødselsdato`) AS _lk157v FROM niva156_0 p
),
niva155_1 AS (
  SELECT p.sak_id, p.nr, p.k155, p._lk0v, (COALESCE(g159.a158, 0) = 1) AS _lk158v FROM niva155_0 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k155, MAX(CASE WHEN p._lk157v = TRUE THEN 1 ELSE 0 END) AS a158 FROM niva156_1 p GROUP BY p.sak_id, p.nr, p.k155) g159 ON g159.sak_id = p.sak_id AND g159.nr = p.nr AND g159.k155 = p.k155
),
sak__inntekter_5 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk183v, p._lk199v, p._lk205v, p._lk207v, p._lk215v, p._lk167v, p._lk167u, p._lk167e, CASE p._lk150v WHEN 1 THEN (p._lk152v > CAST(0 AS BIGINT)) WHEN 2 THEN NULL END AS _lk154v, COALESCE(p._lk150u, CASE p._lk150v WHEN 2 THEN 'En inntekt er knyttet til en person som ikke er med i søknaden, til flere personer, eller til personer med de samme opplysningene; inntekten må knyttes til nøyaktig én voksen' END) AS _lk154u, CASE WHEN p._lk150u IS NULL AND p._lk150v IS NULL THEN 'LK700100042' || 'Ingen definisjon av «inntekt_har_eier» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk154e, (COALESCE(g161.a160, 0) = 1) AS _lk160v FROM sak__inntekter_4 p LEFT JOIN (SELECT p.sak_id, p.nr, MAX(CASE WHEN p._lk158v = TRUE THEN 1 ELSE 0 END) AS a160 FROM niva155_1 p GROUP BY p.sak_id, p.nr) g161 ON g161.sak_id = p.sak_id AND g161.nr = p.nr
),
sak__inntekter_6 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk183v, p._lk199v, p._lk205v, p._lk207v, p._lk215v, p._lk167v, p._lk167u, p._lk167e, p._lk154v, p._lk154u, p._lk154e, CASE p._lk154v WHEN TRUE THEN p._lk160v WHEN FALSE THEN FALSE END AS _lk162v, CASE p._lk154v WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk154u END AS _lk162u, p._lk154e AS _lk162e FROM sak__inntekter_5 p
),
sak__inntekter_7 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk183v, p._lk199v, p._lk205v, p._lk207v, p._lk215v, p._lk167v, p._lk167u, p._lk167e, p._lk154v, p._lk154u, p._lk154e, (NOT p._lk162v) AS _lk163v, p._lk162u AS _lk163u, p._lk162e AS _lk163e FROM sak__inntekter_6 p
),
niva169_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k169, l.`fødselsdato`, pp._lk0v FROM sak__inntekter_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__gjelder_barn) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva173_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k173, l.`fødselsdato` FROM sak__inntekter_0 pp JOIN (SELECT sak_id, nr AS n, `fødselsdato` FROM sak__barn) l ON l.sak_id = pp.sak_id
),
niva174_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k173, l.n AS k174, l.`fødselsdato`, pp.`fødselsdato` AS `niva173.fødselsdato` FROM niva173_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__gjelder_barn) l ON l.sak_id = pp.sak_id AND l.m = pp.nr
),
niva174_1 AS (
  SELECT p.sak_id, p.nr, p.k173, p.k174, (p.`niva173.fødselsdato` = p.`fødselsdato`) AS _lk175v FROM niva174_0 p
),
niva173_1 AS (
  SELECT p.sak_id, p.nr, p.k173, (COALESCE(g177.a176, 0) = 1) AS _lk176v FROM niva173_0 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k173, MAX(CASE WHEN p._lk175v = TRUE THEN 1 ELSE 0 END) AS a176 FROM niva174_1 p GROUP BY p.sak_id, p.nr, p.k173) g177 ON g177.sak_id = p.sak_id AND g177.nr = p.nr AND g177.k173 = p.k173
),
niva169_1 AS (
  SELECT p.sak_id, p.nr, p.k169, 1 AS _lk170v, 1 AS _lk185v, CASE WHEN p._lk0v >= p.`fødselsdato` THEN CAST(year(p._lk0v) AS BIGINT) - CAST(year(p.`fødselsdato`) AS BIGINT) - CASE WHEN CAST(month(p._lk0v) AS BIGINT) * 100 + CAST(day(p._lk0v) AS BIGINT) < CAST(month(p.`fødselsdato`) AS BIGINT) * 100 + CAST(day(p.`fødselsdato`) AS BIGINT) THEN 1 ELSE 0 END END AS _lk192v, CASE WHEN p._lk0v < p.`fødselsdato` THEN 'Alderen kan ikke regnes ut: fødselsdatoen ' || date_format(p.`fødselsdato`, 'yyyy-MM-dd') || ' er etter ' || date_format(p._lk0v, 'yyyy-MM-dd') || ', datoen alderen regnes på' END AS _lk192u FROM niva169_0 p
),
niva173_2 AS (
  SELECT p.sak_id, p.nr, p.k173, CASE WHEN p._lk176v THEN 1 END AS _lk178v FROM niva173_1 p
),
sak__inntekter_8 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk183v, p._lk199v, p._lk205v, p._lk207v, p._lk215v, p._lk167v, p._lk167u, p._lk167e, p._lk154v, p._lk154u, p._lk154e, p._lk163v, p._lk163u, p._lk163e, (p._lk163v AND (NOT p._lk167v)) AS _lk168v, CASE WHEN (p._lk163v AND (NOT p._lk167v)) IS NULL THEN CASE WHEN p._lk163u IS NULL THEN p._lk167u WHEN p._lk167u IS NULL THEN p._lk163u ELSE array_join(array_union(split(p._lk163u, chr(30)), split(p._lk167u, chr(30))), chr(30)) END END AS _lk168u, COALESCE(p._lk163e, CASE WHEN p._lk163v = FALSE THEN NULL ELSE p._lk167e END) AS _lk168e, CAST(COALESCE(g172.a171, 0) AS BIGINT) AS _lk171v, CAST(COALESCE(g180.a179, 0) AS BIGINT) AS _lk179v, (p._lk163v AND p._lk167v) AS _lk214v, CASE WHEN (p._lk163v AND p._lk167v) IS NULL THEN CASE WHEN p._lk163u IS NULL THEN p._lk167u WHEN p._lk167u IS NULL THEN p._lk163u ELSE array_join(array_union(split(p._lk163u, chr(30)), split(p._lk167u, chr(30))), chr(30)) END END AS _lk214u, COALESCE(p._lk163e, CASE WHEN p._lk163v = FALSE THEN NULL ELSE p._lk167e END) AS _lk214e, (p._lk163v AND (NOT p._lk167v)) AS _lk273v, CASE WHEN (p._lk163v AND (NOT p._lk167v)) IS NULL THEN CASE WHEN p._lk163u IS NULL THEN p._lk167u WHEN p._lk167u IS NULL THEN p._lk163u ELSE array_join(array_union(split(p._lk163u, chr(30)), split(p._lk167u, chr(30))), chr(30)) END END AS _lk273u, COALESCE(p._lk163e, CASE WHEN p._lk163v = FALSE THEN NULL ELSE p._lk167e END) AS _lk273e FROM sak__inntekter_7 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk170v IS NOT NULL THEN 1 ELSE 0 END) AS a171 FROM niva169_1 p GROUP BY p.sak_id, p.nr) g172 ON g172.sak_id = p.sak_id AND g172.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk178v IS NOT NULL THEN 1 ELSE 0 END) AS a179 FROM niva173_2 p GROUP BY p.sak_id, p.nr) g180 ON g180.sak_id = p.sak_id AND g180.nr = p.nr
),
sak__inntekter_9 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk183v, p._lk199v, p._lk205v, p._lk207v, p._lk215v, p._lk167v, p._lk167u, p._lk167e, p._lk154v, p._lk154u, p._lk154e, p._lk163v, p._lk163u, p._lk163e, p._lk168v, p._lk168u, p._lk168e, p._lk273v, p._lk273u, p._lk273e, ((p._lk171v > CAST(0 AS BIGINT)) AND (p._lk179v <> CAST(1 AS BIGINT))) AS _lk181v, CASE WHEN p._lk214v THEN p._lk215v END AS _lk216v, CASE WHEN p._lk214v IS NULL THEN p._lk214u END AS _lk216u, p._lk214e AS _lk216e FROM sak__inntekter_8 p
),
sak__inntekter_10 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk183v, p._lk199v, p._lk205v, p._lk207v, p._lk215v, p._lk167v, p._lk167u, p._lk167e, p._lk154v, p._lk154u, p._lk154e, p._lk163v, p._lk163u, p._lk163e, p._lk168v, p._lk168u, p._lk168e, p._lk273v, p._lk273u, p._lk273e, CASE WHEN p._lk181v THEN 2 END AS _lk182v FROM sak__inntekter_9 p
),
sak_33 AS (
  SELECT p.sak_id, p._lk0v, p._lk269v, p._lk307v, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk66v, p._lk66u, p._lk66e, p._lk93v, p._lk93u, p._lk93e, p._lk96v, p._lk120v, p._lk120u, p._lk120e, p._lk132v, p._lk132u, p._lk132e, CAST(p._lk121v + p._lk132v AS DECIMAL(18,2)) AS _lk134v, CASE WHEN p._lk121u IS NULL THEN p._lk132u WHEN p._lk132u IS NULL THEN p._lk121u ELSE array_join(array_union(split(p._lk121u, chr(30)), split(p._lk132u, chr(30))), chr(30)) END AS _lk134u, COALESCE(p._lk121e, p._lk132e) AS _lk134e, CASE WHEN COALESCE(g191.a190, 0) = 1 THEN (COALESCE(g191.a190, 0) = 1) WHEN r191.u190 IS NULL THEN (COALESCE(g191.a190, 0) = 1) END AS _lk190v, CASE WHEN COALESCE(g191.a190, 0) = 1 THEN NULL ELSE r191.u190 END AS _lk190u FROM sak_32 p LEFT JOIN (SELECT p.sak_id, MAX(CASE WHEN p._lk189v = TRUE THEN 1 ELSE 0 END) AS a190 FROM sak__barn_2 p GROUP BY p.sak_id) g191 ON g191.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, nullif(array_join(array_distinct(flatten(transform(array_sort(collect_list(CASE WHEN p._lk189u IS NOT NULL THEN struct(p.nr AS o, p._lk189u AS r) END)), x -> split(x.r, chr(30))))), chr(30)), '') AS u190 FROM sak__barn_2 p WHERE p._lk189u IS NOT NULL GROUP BY p.sak_id) r191 ON r191.sak_id = p.sak_id
),
niva169_2 AS (
  SELECT p.sak_id, p.nr, p.k169, p._lk185v, (p._lk192v < CAST(18 AS BIGINT)) AS _lk193v, p._lk192u AS _lk193u FROM niva169_1 p
),
sak__inntekter_11 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk199v, p._lk205v, p._lk207v, p._lk215v, p._lk167v, p._lk167u, p._lk167e, p._lk154v, p._lk154u, p._lk154e, p._lk163v, p._lk163u, p._lk163e, p._lk168v, p._lk168u, p._lk168e, p._lk273v, p._lk273u, p._lk273e, CASE WHEN CASE WHEN p._lk182v IS NULL THEN NULL END IS NOT NULL THEN NULL ELSE COALESCE(p._lk182v, p._lk183v) END AS _lk184v, CASE WHEN p._lk182v IS NULL THEN NULL END AS _lk184u, CAST(COALESCE(g187.a186, 0) AS BIGINT) AS _lk186v, c._lk190v AS _lk190v, c._lk190u AS _lk190u, CASE WHEN COALESCE(g187.a194, 0) = 1 THEN (COALESCE(g187.a194, 0) = 1) WHEN r187.u194 IS NULL THEN (COALESCE(g187.a194, 0) = 1) END AS _lk194v, CASE WHEN COALESCE(g187.a194, 0) = 1 THEN NULL ELSE r187.u194 END AS _lk194u FROM sak__inntekter_10 p JOIN sak_33 c ON c.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, p.nr, SUM(CASE WHEN p._lk185v IS NOT NULL THEN 1 ELSE 0 END) AS a186, MAX(CASE WHEN p._lk193v = TRUE THEN 1 ELSE 0 END) AS a194 FROM niva169_2 p GROUP BY p.sak_id, p.nr) g187 ON g187.sak_id = p.sak_id AND g187.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, nullif(array_join(array_distinct(flatten(transform(array_sort(collect_list(CASE WHEN p._lk193u IS NOT NULL THEN struct(p.k169 AS o, p._lk193u AS r) END)), x -> split(x.r, chr(30))))), chr(30)), '') AS u194 FROM niva169_2 p WHERE p._lk193u IS NOT NULL GROUP BY p.sak_id, p.nr) r187 ON r187.sak_id = p.sak_id AND r187.nr = p.nr
),
sak__inntekter_12 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p.`arbeidsart`, p._lk0v, p._lk199v, p._lk205v, p._lk207v, p._lk215v, p._lk167v, p._lk167u, p._lk167e, p._lk154v, p._lk154u, p._lk154e, p._lk163v, p._lk163u, p._lk163e, p._lk168v, p._lk168u, p._lk168e, p._lk273v, p._lk273u, p._lk273e, p._lk184v, p._lk184u, CASE (p._lk186v = CAST(0 AS BIGINT)) WHEN TRUE THEN p._lk190v WHEN FALSE THEN p._lk194v END AS _lk195v, CASE (p._lk186v = CAST(0 AS BIGINT)) WHEN TRUE THEN p._lk190u WHEN FALSE THEN p._lk194u ELSE NULL END AS _lk195u FROM sak__inntekter_11 p
),
sak__inntekter_13 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p._lk0v, p._lk199v, p._lk205v, p._lk207v, p._lk215v, p._lk167v, p._lk167u, p._lk167e, p._lk154v, p._lk154u, p._lk154e, p._lk163v, p._lk163u, p._lk163e, p._lk168v, p._lk168u, p._lk168e, p._lk273v, p._lk273u, p._lk273e, p._lk184v, p._lk184u, ((p.`arbeidsart` <> 'annet_arbeid') AND p._lk195v) AS _lk196v, CASE WHEN ((p.`arbeidsart` <> 'annet_arbeid') AND p._lk195v) IS NULL THEN p._lk195u END AS _lk196u FROM sak__inntekter_12 p
),
sak__inntekter_14 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p._lk0v, p._lk199v, p._lk205v, p._lk207v, p._lk215v, p._lk167v, p._lk167u, p._lk167e, p._lk154v, p._lk154u, p._lk154e, p._lk163v, p._lk163u, p._lk163e, p._lk168v, p._lk168u, p._lk168e, p._lk273v, p._lk273u, p._lk273e, CASE p._lk184v WHEN 1 THEN p._lk196v WHEN 2 THEN NULL END AS _lk197v, COALESCE(p._lk184u, CASE p._lk184v WHEN 1 THEN p._lk196u WHEN 2 THEN 'En arbeidsinntekt er knyttet til et barn som ikke er med i søknaden, til flere barn, eller til barn med de samme opplysningene; inntekten må knyttes til nøyaktig ett barn' END) AS _lk197u, CASE WHEN p._lk184u IS NULL AND p._lk184v IS NULL THEN 'LK700100044' || 'Ingen definisjon av «barns_arbeid_i_fritid_og_ferier» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END AS _lk197e FROM sak__inntekter_13 p
),
sak__inntekter_15 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p._lk0v, p._lk199v, p._lk205v, p._lk207v, p._lk215v, p._lk167v, p._lk167u, p._lk167e, p._lk154v, p._lk154u, p._lk154e, p._lk163v, p._lk163u, p._lk163e, p._lk168v, p._lk168u, p._lk168e, p._lk273v, p._lk273u, p._lk273e, ((p.`art` = 'barns_arbeidsinntekt') AND p._lk197v) AS _lk198v, CASE WHEN ((p.`art` = 'barns_arbeidsinntekt') AND p._lk197v) IS NULL THEN p._lk197u END AS _lk198u, CASE WHEN (p.`art` = 'barns_arbeidsinntekt') = FALSE THEN NULL ELSE p._lk197e END AS _lk198e FROM sak__inntekter_14 p
),
sak__inntekter_16 AS (
  SELECT p.sak_id, p.nr, p.`art`, p.`beløp`, p._lk0v, p._lk199v, p._lk205v, p._lk207v, p._lk215v, p._lk167v, p._lk167u, p._lk167e, p._lk154v, p._lk154u, p._lk154e, p._lk163v, p._lk163u, p._lk163e, p._lk168v, p._lk168u, p._lk168e, p._lk273v, p._lk273u, p._lk273e, p._lk198v, p._lk198u, p._lk198e, CASE WHEN (p.`art` = 'kontantstøtte') THEN 2 END AS _lk200v FROM sak__inntekter_15 p
),
sak__inntekter_17 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk199v, p._lk205v, p._lk207v, p._lk215v, p._lk167v, p._lk167u, p._lk167e, p._lk154v, p._lk154u, p._lk154e, p._lk163v, p._lk163u, p._lk163e, p._lk168v, p._lk168u, p._lk168e, p._lk273v, p._lk273u, p._lk273e, p._lk198v, p._lk198u, p._lk198e, p._lk200v, CASE WHEN (p.`art` = 'utenlandsk_barnetrygd') THEN 3 END AS _lk201v FROM sak__inntekter_16 p
),
sak__inntekter_18 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk199v, p._lk205v, p._lk207v, p._lk215v, p._lk167v, p._lk167u, p._lk167e, p._lk154v, p._lk154u, p._lk154e, p._lk163v, p._lk163u, p._lk163e, p._lk168v, p._lk168u, p._lk168e, p._lk273v, p._lk273u, p._lk273e, p._lk200v, p._lk201v, CASE WHEN CASE WHEN (DATE '2016-01-01' <= p._lk0v) THEN p._lk198v ELSE FALSE END THEN 4 END AS _lk202v, CASE WHEN CASE WHEN (DATE '2016-01-01' <= p._lk0v) THEN p._lk198v ELSE FALSE END IS NULL THEN CASE WHEN (DATE '2016-01-01' <= p._lk0v) THEN p._lk198u END END AS _lk202u, CASE WHEN (DATE '2016-01-01' <= p._lk0v) THEN p._lk198e END AS _lk202e FROM sak__inntekter_17 p
),
sak__inntekter_19 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk205v, p._lk207v, p._lk215v, p._lk167v, p._lk167u, p._lk167e, p._lk154v, p._lk154u, p._lk154e, p._lk163v, p._lk163u, p._lk163e, p._lk168v, p._lk168u, p._lk168e, p._lk273v, p._lk273u, p._lk273e, p._lk200v, p._lk201v, p._lk202v, p._lk202u, p._lk202e, CASE WHEN CASE WHEN (DATE '2022-09-01' <= p._lk0v) THEN p._lk199v ELSE FALSE END THEN 5 END AS _lk203v FROM sak__inntekter_18 p
),
sak__inntekter_20 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk205v, p._lk207v, p._lk215v, p._lk167v, p._lk167u, p._lk167e, p._lk154v, p._lk154u, p._lk154e, p._lk163v, p._lk163u, p._lk163e, p._lk168v, p._lk168u, p._lk168e, p._lk273v, p._lk273u, p._lk273e, COALESCE(p._lk200v, p._lk201v, p._lk202v, p._lk203v) AS _lk204v, p._lk202u AS _lk204u, CASE WHEN p._lk201v IS NOT NULL AND p._lk200v IS NOT NULL THEN CASE WHEN p._lk200v = 2 AND p._lk201v = 3 THEN 'LK700200045' || 'Motstrid i «teller_som_inntekt»: både unntaket «kontantstøtte» og unntaket «utenlandsk_barnetrygd» gjelder, og ingen av dem er unntak fra den andre' END WHEN p._lk202e IS NOT NULL THEN p._lk202e WHEN p._lk202v IS NOT NULL AND COALESCE(p._lk200v, p._lk201v) IS NOT NULL THEN CASE WHEN COALESCE(p._lk200v, p._lk201v) = 2 AND p._lk202v = 4 THEN 'LK700200046' || 'Motstrid i «teller_som_inntekt»: både unntaket «kontantstøtte» og unntaket «barns_arbeidsinntekt» gjelder, og ingen av dem er unntak fra den andre' WHEN COALESCE(p._lk200v, p._lk201v) = 3 AND p._lk202v = 4 THEN 'LK700200047' || 'Motstrid i «teller_som_inntekt»: både unntaket «utenlandsk_barnetrygd» og unntaket «barns_arbeidsinntekt» gjelder, og ingen av dem er unntak fra den andre' END WHEN p._lk203v IS NOT NULL AND COALESCE(p._lk200v, p._lk201v, p._lk202v) IS NOT NULL THEN CASE WHEN COALESCE(p._lk200v, p._lk201v, p._lk202v) = 2 AND p._lk203v = 5 THEN 'LK700200048' || 'Motstrid i «teller_som_inntekt»: både unntaket «kontantstøtte» og unntaket «barnetrygd» gjelder, og ingen av dem er unntak fra den andre' WHEN COALESCE(p._lk200v, p._lk201v, p._lk202v) = 3 AND p._lk203v = 5 THEN 'LK700200049' || 'Motstrid i «teller_som_inntekt»: både unntaket «utenlandsk_barnetrygd» og unntaket «barnetrygd» gjelder, og ingen av dem er unntak fra den andre' WHEN COALESCE(p._lk200v, p._lk201v, p._lk202v) = 4 AND p._lk203v = 5 THEN 'LK700200050' || 'Motstrid i «teller_som_inntekt»: både unntaket «barns_arbeidsinntekt» og unntaket «barnetrygd» gjelder, og ingen av dem er unntak fra den andre' END END AS _lk204e FROM sak__inntekter_19 p
),
sak__inntekter_21 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk207v, p._lk215v, p._lk167v, p._lk167u, p._lk167e, p._lk154v, p._lk154u, p._lk154e, p._lk163v, p._lk163u, p._lk163e, p._lk168v, p._lk168u, p._lk168e, p._lk273v, p._lk273u, p._lk273e, p._lk204e, CASE WHEN COALESCE(p._lk204u, CASE WHEN p._lk204v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk204v, p._lk205v) END AS _lk206v, COALESCE(p._lk204u, CASE WHEN p._lk204v IS NULL THEN NULL END) AS _lk206u FROM sak__inntekter_20 p
),
sak__inntekter_22 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk215v, p._lk167v, p._lk167u, p._lk167e, p._lk154v, p._lk154u, p._lk154e, p._lk163v, p._lk163u, p._lk163e, p._lk168v, p._lk168u, p._lk168e, p._lk273v, p._lk273u, p._lk273e, CASE p._lk206v WHEN 1 THEN TRUE WHEN 2 THEN TRUE WHEN 3 THEN p._lk207v WHEN 4 THEN FALSE WHEN 5 THEN FALSE END AS _lk208v, p._lk206u AS _lk208u, COALESCE(p._lk204e, CASE WHEN p._lk206u IS NULL AND p._lk206v IS NULL THEN 'LK700100051' || 'Ingen definisjon av «teller_som_inntekt» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END) AS _lk208e FROM sak__inntekter_21 p
),
sak__inntekter_23 AS (
  SELECT p.sak_id, p.nr, p.`beløp`, p._lk0v, p._lk215v, p._lk167v, p._lk167u, p._lk167e, p._lk154v, p._lk154u, p._lk154e, p._lk163v, p._lk163u, p._lk163e, p._lk208v, p._lk208u, p._lk208e, (p._lk168v AND p._lk208v) AS _lk209v, CASE WHEN (p._lk168v AND p._lk208v) IS NULL THEN CASE WHEN p._lk168u IS NULL THEN p._lk208u WHEN p._lk208u IS NULL THEN p._lk168u ELSE array_join(array_union(split(p._lk168u, chr(30)), split(p._lk208u, chr(30))), chr(30)) END END AS _lk209u, COALESCE(p._lk168e, CASE WHEN p._lk168v = FALSE THEN NULL ELSE p._lk208e END) AS _lk209e, (p._lk273v AND (NOT p._lk208v)) AS _lk274v, CASE WHEN (p._lk273v AND (NOT p._lk208v)) IS NULL THEN CASE WHEN p._lk273u IS NULL THEN p._lk208u WHEN p._lk208u IS NULL THEN p._lk273u ELSE array_join(array_union(split(p._lk273u, chr(30)), split(p._lk208u, chr(30))), chr(30)) END END AS _lk274u, COALESCE(p._lk273e, CASE WHEN p._lk273v = FALSE THEN NULL ELSE p._lk208e END) AS _lk274e FROM sak__inntekter_22 p
),
sak__inntekter_24 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk215v, p._lk167v, p._lk167u, p._lk167e, p._lk154v, p._lk154u, p._lk154e, p._lk163v, p._lk163u, p._lk163e, p._lk208v, p._lk208u, p._lk208e, CASE WHEN p._lk209v THEN p.`beløp` END AS _lk210v, CASE WHEN p._lk209v IS NULL THEN p._lk209u END AS _lk210u, p._lk209e AS _lk210e, CASE WHEN p._lk274v THEN p.`beløp` END AS _lk275v, CASE WHEN p._lk274v IS NULL THEN p._lk274u END AS _lk275u, p._lk274e AS _lk275e FROM sak__inntekter_23 p
),
sak_34 AS (
  SELECT p.sak_id, p._lk0v, p._lk269v, p._lk307v, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk66v, p._lk66u, p._lk66e, p._lk93v, p._lk93u, p._lk93e, p._lk96v, p._lk120v, p._lk120u, p._lk120e, p._lk132v, p._lk132u, p._lk132e, p._lk134v, p._lk134u, p._lk134e, CASE WHEN r212.u211 IS NULL THEN CAST(COALESCE(g212.a211, 0) AS DECIMAL(18,2)) END AS _lk211v, r212.u211 AS _lk211u, r212.e211 AS _lk211e FROM sak_33 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk210v) AS a211 FROM sak__inntekter_24 p GROUP BY p.sak_id) g212 ON g212.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk210u, CASE WHEN p._lk210u IS NOT NULL THEN p.nr END) AS u211, min_by(p._lk210e, CASE WHEN p._lk210e IS NOT NULL THEN p.nr END) AS e211 FROM sak__inntekter_24 p WHERE p._lk210u IS NOT NULL OR p._lk210e IS NOT NULL GROUP BY p.sak_id) r212 ON r212.sak_id = p.sak_id
),
sak_35 AS (
  SELECT p.sak_id, p._lk0v, p._lk269v, p._lk307v, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk66v, p._lk66u, p._lk66e, p._lk93v, p._lk93u, p._lk93e, p._lk96v, p._lk120v, p._lk120u, p._lk120e, p._lk132v, p._lk132u, p._lk132e, p._lk134v, p._lk134u, p._lk134e, p._lk211v, p._lk211u, p._lk211e, CAST(p._lk134v - p._lk211v AS DECIMAL(18,2)) AS _lk213v, CASE WHEN p._lk134u IS NULL THEN p._lk211u WHEN p._lk211u IS NULL THEN p._lk134u ELSE array_join(array_union(split(p._lk134u, chr(30)), split(p._lk211u, chr(30))), chr(30)) END AS _lk213u, COALESCE(p._lk134e, p._lk211e) AS _lk213e, CASE WHEN r218.u217 IS NULL THEN CAST(COALESCE(g218.a217, 0) AS DECIMAL(18,2)) END AS _lk217v, r218.u217 AS _lk217u, r218.e217 AS _lk217e FROM sak_34 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk216v) AS a217 FROM sak__inntekter_9 p GROUP BY p.sak_id) g218 ON g218.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk216u, CASE WHEN p._lk216u IS NOT NULL THEN p.nr END) AS u217, min_by(p._lk216e, CASE WHEN p._lk216e IS NOT NULL THEN p.nr END) AS e217 FROM sak__inntekter_9 p WHERE p._lk216u IS NOT NULL OR p._lk216e IS NOT NULL GROUP BY p.sak_id) r218 ON r218.sak_id = p.sak_id
),
sak_36 AS (
  SELECT p.sak_id, p._lk0v, p._lk269v, p._lk307v, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk66v, p._lk66u, p._lk66e, p._lk93v, p._lk93u, p._lk93e, p._lk96v, p._lk120v, p._lk120u, p._lk120e, p._lk132v, p._lk132u, p._lk132e, p._lk134v, p._lk134u, p._lk134e, p._lk211v, p._lk211u, p._lk211e, p._lk217v, p._lk217u, p._lk217e, CAST(p._lk213v - p._lk217v AS DECIMAL(18,2)) AS _lk219v, CASE WHEN p._lk213u IS NULL THEN p._lk217u WHEN p._lk217u IS NULL THEN p._lk213u ELSE array_join(array_union(split(p._lk213u, chr(30)), split(p._lk217u, chr(30))), chr(30)) END AS _lk219u, COALESCE(p._lk213e, p._lk217e) AS _lk219e FROM sak_35 p
),
sak_37 AS (
  SELECT p.sak_id, p._lk0v, p._lk269v, p._lk307v, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk66v, p._lk66u, p._lk66e, p._lk93v, p._lk93u, p._lk93e, p._lk96v, p._lk120v, p._lk120u, p._lk120e, p._lk132v, p._lk132u, p._lk132e, p._lk134v, p._lk134u, p._lk134e, p._lk211v, p._lk211u, p._lk211e, p._lk217v, p._lk217u, p._lk217e, CASE WHEN CAST(0 AS DECIMAL(18,2)) IS NULL OR p._lk219v IS NULL THEN NULL WHEN p._lk219v > CAST(0 AS DECIMAL(18,2)) THEN p._lk219v ELSE CAST(0 AS DECIMAL(18,2)) END AS _lk220v, p._lk219u AS _lk220u, p._lk219e AS _lk220e, CAST(COALESCE(g223.a222, 0) AS BIGINT) AS _lk222v FROM sak_36 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk221v IS NOT NULL THEN 1 ELSE 0 END) AS a222 FROM sak__voksne_1 p GROUP BY p.sak_id) g223 ON g223.sak_id = p.sak_id
),
sak_38 AS (
  SELECT p.sak_id, p._lk0v, p._lk269v, p._lk307v, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk66v, p._lk66u, p._lk66e, p._lk93v, p._lk93u, p._lk93e, p._lk96v, p._lk120v, p._lk120u, p._lk120e, p._lk132v, p._lk132u, p._lk132e, p._lk134v, p._lk134u, p._lk134e, p._lk211v, p._lk211u, p._lk211e, p._lk217v, p._lk217u, p._lk217e, p._lk220v, p._lk220u, p._lk220e, CASE WHEN CAST(1 AS BIGINT) IS NULL OR p._lk222v IS NULL THEN NULL WHEN p._lk222v > CAST(1 AS BIGINT) THEN p._lk222v ELSE CAST(1 AS BIGINT) END AS _lk224v FROM sak_37 p
),
sak_39 AS (
  SELECT p.sak_id, p._lk0v, p._lk269v, p._lk307v, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk66v, p._lk66u, p._lk66e, p._lk93v, p._lk93u, p._lk93e, p._lk96v, p._lk120v, p._lk120u, p._lk120e, p._lk132v, p._lk132u, p._lk132e, p._lk134v, p._lk134u, p._lk134e, p._lk211v, p._lk211u, p._lk211e, p._lk217v, p._lk217u, p._lk217e, p._lk220v, p._lk220u, p._lk220e, p._lk224v, CAST(CAST(p._lk66v AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) AS _lk225v, CAST(p._lk224v AS DECIMAL(38,0)) AS _lk226v FROM sak_38 p
),
sak_40 AS (
  SELECT p.sak_id, p._lk0v, p._lk269v, p._lk307v, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk66v, p._lk66u, p._lk66e, p._lk93v, p._lk93u, p._lk93e, p._lk96v, p._lk120v, p._lk120u, p._lk120e, p._lk132v, p._lk132u, p._lk132e, p._lk134v, p._lk134u, p._lk134e, p._lk211v, p._lk211u, p._lk211e, p._lk217v, p._lk217u, p._lk217e, p._lk220v, p._lk220u, p._lk220e, CASE WHEN p._lk226v = 0 THEN NULL WHEN p._lk225v % p._lk226v = 0 THEN CAST(CAST(((p._lk225v) div (p._lk226v)) AS DECIMAL(38,0)) * 0.01 AS DECIMAL(18,2)) END AS _lk227v, p._lk66u AS _lk227u, COALESCE(COALESCE(p._lk66e, CASE WHEN p._lk66v IS NOT NULL AND p._lk224v = 0 THEN 'LK700400052' || 'Deling med null' END), CASE WHEN p._lk226v = 0 THEN NULL WHEN p._lk225v % p._lk226v <> 0 THEN 'LK701000053' || 'Beløpet er ikke et helt antall øre, og SQL-spørringen regner beløp i hele øre; rund av med avrund(…) i reglene, eller regn ut saken med lovkode run' END) AS _lk227e FROM sak_39 p
),
sak_41 AS (
  SELECT p.sak_id, p._lk0v, p._lk269v, p._lk307v, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk66v, p._lk66u, p._lk66e, p._lk93v, p._lk93u, p._lk93e, p._lk96v, p._lk120v, p._lk120u, p._lk120e, p._lk132v, p._lk132u, p._lk132e, p._lk134v, p._lk134u, p._lk134e, p._lk211v, p._lk211u, p._lk211e, p._lk217v, p._lk217u, p._lk217e, p._lk220v, p._lk220u, p._lk220e, CAST(COALESCE(g230.a229, 0) AS BIGINT) AS _lk229v FROM sak_40 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk228v IS NOT NULL THEN 1 ELSE 0 END) AS a229 FROM sak__voksne_1 p GROUP BY p.sak_id) g230 ON g230.sak_id = p.sak_id
),
sak_42 AS (
  SELECT p.sak_id, p._lk0v, p._lk269v, p._lk307v, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk66v, p._lk66u, p._lk66e, p._lk93v, p._lk93u, p._lk93e, p._lk96v, p._lk120v, p._lk120u, p._lk120e, p._lk132v, p._lk132u, p._lk132e, p._lk134v, p._lk134u, p._lk134e, p._lk211v, p._lk211u, p._lk211e, p._lk217v, p._lk217u, p._lk217e, p._lk220v, p._lk220u, p._lk220e, CASE WHEN CAST(1 AS BIGINT) IS NULL OR p._lk229v IS NULL THEN NULL WHEN p._lk229v > CAST(1 AS BIGINT) THEN p._lk229v ELSE CAST(1 AS BIGINT) END AS _lk231v FROM sak_41 p
),
sak_43 AS (
  SELECT p.sak_id, p._lk0v, p._lk269v, p._lk307v, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk66v, p._lk66u, p._lk66e, p._lk93v, p._lk93u, p._lk93e, p._lk96v, p._lk120v, p._lk120u, p._lk120e, p._lk132v, p._lk132u, p._lk132e, p._lk134v, p._lk134u, p._lk134e, p._lk211v, p._lk211u, p._lk211e, p._lk217v, p._lk217u, p._lk217e, p._lk220v, p._lk220u, p._lk220e, p._lk231v, CASE WHEN (CAST(p._lk231v AS DECIMAL(38,0)) * 1) < 0 THEN -CAST(CAST(p._lk96v AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) ELSE CAST(CAST(p._lk96v AS DECIMAL(38,2)) * 100 AS DECIMAL(38,0)) END AS _lk232v, CASE WHEN (CAST(p._lk231v AS DECIMAL(38,0)) * 1) < 0 THEN -(CAST(p._lk231v AS DECIMAL(38,0)) * 1) ELSE (CAST(p._lk231v AS DECIMAL(38,0)) * 1) END AS _lk233v FROM sak_42 p
),
sak_44 AS (
  SELECT p.sak_id, p._lk0v, p._lk269v, p._lk307v, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk66v, p._lk66u, p._lk66e, p._lk93v, p._lk93u, p._lk93e, p._lk96v, p._lk120v, p._lk120u, p._lk120e, p._lk132v, p._lk132u, p._lk132e, p._lk134v, p._lk134u, p._lk134e, p._lk211v, p._lk211u, p._lk211e, p._lk217v, p._lk217u, p._lk217e, p._lk220v, p._lk220u, p._lk220e, CASE WHEN p._lk233v <> 0 THEN CAST(CAST((((p._lk232v - (p._lk232v % p._lk233v)) div (p._lk233v))) * 1 AS DECIMAL(38,0)) * 0.01 AS DECIMAL(18,2)) END AS _lk234v, CASE WHEN p._lk96v IS NOT NULL AND p._lk231v = 0 THEN 'LK700400054' || 'Deling med null' END AS _lk234e FROM sak_43 p
),
sak__voksne_5 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p._lk0v, p._lk278v, p._lk278u, p._lk290v, p._lk292v, p._lk300v, p._lk281v, p._lk281u, c._lk227v AS _lk227v, c._lk227u AS _lk227u, c._lk227e AS _lk227e, c._lk93v AS _lk93v, c._lk93u AS _lk93u, c._lk93e AS _lk93e, c._lk66v AS _lk66v, c._lk66u AS _lk66u, c._lk66e AS _lk66e, c._lk120v AS _lk120v, c._lk120u AS _lk120u, c._lk120e AS _lk120e, c._lk132v AS _lk132v, c._lk132u AS _lk132u, c._lk132e AS _lk132e FROM sak__voksne_4 p JOIN sak_40 c ON c.sak_id = p.sak_id
),
sak_45 AS (
  SELECT p.sak_id, p._lk0v, p._lk269v, p._lk307v, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk93v, p._lk93u, p._lk93e, p._lk96v, p._lk120v, p._lk120u, p._lk120e, p._lk132v, p._lk132u, p._lk132e, p._lk134v, p._lk134u, p._lk134e, p._lk211v, p._lk211u, p._lk211e, p._lk217v, p._lk217u, p._lk217e, p._lk220v, p._lk220u, p._lk220e, p._lk234v, p._lk234e, CAST(COALESCE(g237.a236, 0) AS BIGINT) AS _lk236v FROM sak_44 p LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk235v IS NOT NULL THEN 1 ELSE 0 END) AS a236 FROM sak__voksne_1 p GROUP BY p.sak_id) g237 ON g237.sak_id = p.sak_id
),
sak_46 AS (
  SELECT p.sak_id, p._lk0v, p._lk269v, p._lk307v, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk93v, p._lk93u, p._lk93e, p._lk96v, p._lk120v, p._lk120u, p._lk120e, p._lk132v, p._lk132u, p._lk132e, p._lk134v, p._lk134u, p._lk134e, p._lk211v, p._lk211u, p._lk211e, p._lk217v, p._lk217u, p._lk217e, p._lk220v, p._lk220u, p._lk220e, p._lk234v, p._lk234e, CASE WHEN CAST(1 AS BIGINT) IS NULL OR p._lk236v IS NULL THEN NULL WHEN p._lk236v > CAST(1 AS BIGINT) THEN p._lk236v ELSE CAST(1 AS BIGINT) END AS _lk238v FROM sak_45 p
),
sak_47 AS (
  SELECT p.sak_id, p._lk0v, p._lk269v, p._lk307v, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk93v, p._lk93u, p._lk93e, p._lk96v, p._lk120v, p._lk120u, p._lk120e, p._lk132v, p._lk132u, p._lk132e, p._lk134v, p._lk134u, p._lk134e, p._lk211v, p._lk211u, p._lk211e, p._lk217v, p._lk217u, p._lk217e, p._lk220v, p._lk220u, p._lk220e, CAST(p._lk96v - CAST(p._lk234v * p._lk238v AS DECIMAL(18,2)) AS DECIMAL(18,2)) AS _lk239v, p._lk234e AS _lk239e FROM sak_46 p
),
sak__voksne_6 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p._lk0v, p._lk278v, p._lk278u, p._lk290v, p._lk292v, p._lk300v, p._lk281v, p._lk281u, p._lk227v, p._lk227u, p._lk227e, p._lk120v, p._lk120u, p._lk120e, p._lk132v, p._lk132u, p._lk132e, c._lk234v AS _lk234v, c._lk234e AS _lk234e, CAST(p._lk93v - p._lk66v AS DECIMAL(18,2)) AS _lk242v, CASE WHEN p._lk93u IS NULL THEN p._lk66u WHEN p._lk66u IS NULL THEN p._lk93u ELSE array_join(array_union(split(p._lk93u, chr(30)), split(p._lk66u, chr(30))), chr(30)) END AS _lk242u, COALESCE(p._lk93e, p._lk66e) AS _lk242e FROM sak__voksne_5 p JOIN sak_44 c ON c.sak_id = p.sak_id
),
sak__voksne_7 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p._lk0v, p._lk278v, p._lk278u, p._lk290v, p._lk292v, p._lk300v, p._lk281v, p._lk281u, p._lk227v, p._lk227u, p._lk227e, p._lk132v, p._lk132u, p._lk132e, p._lk234v, p._lk234e, c._lk239v AS _lk239v, c._lk239e AS _lk239e, CAST(p._lk242v + p._lk120v AS DECIMAL(18,2)) AS _lk243v, CASE WHEN p._lk242u IS NULL THEN p._lk120u WHEN p._lk120u IS NULL THEN p._lk242u ELSE array_join(array_union(split(p._lk242u, chr(30)), split(p._lk120u, chr(30))), chr(30)) END AS _lk243u, COALESCE(p._lk242e, p._lk120e) AS _lk243e FROM sak__voksne_6 p JOIN sak_47 c ON c.sak_id = p.sak_id
),
sak__voksne_8 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p._lk0v, p._lk278v, p._lk278u, p._lk290v, p._lk292v, p._lk300v, p._lk281v, p._lk281u, p._lk227v, p._lk227u, p._lk227e, p._lk234v, p._lk234e, CASE (p.nr = CAST(1 AS BIGINT)) WHEN TRUE THEN p._lk239v WHEN FALSE THEN CAST(0 AS DECIMAL(18,2)) END AS _lk240v, CASE (p.nr = CAST(1 AS BIGINT)) WHEN TRUE THEN p._lk239e WHEN FALSE THEN NULL END AS _lk240e, CAST(p._lk243v + p._lk132v AS DECIMAL(18,2)) AS _lk244v, CASE WHEN p._lk243u IS NULL THEN p._lk132u WHEN p._lk132u IS NULL THEN p._lk243u ELSE array_join(array_union(split(p._lk243u, chr(30)), split(p._lk132u, chr(30))), chr(30)) END AS _lk244u, COALESCE(p._lk243e, p._lk132e) AS _lk244e FROM sak__voksne_7 p
),
sak__voksne_9 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p._lk0v, p._lk278v, p._lk278u, p._lk290v, p._lk292v, p._lk300v, p._lk281v, p._lk281u, CAST(p._lk227v + CAST(p._lk234v + p._lk240v AS DECIMAL(18,2)) AS DECIMAL(18,2)) AS _lk241v, p._lk227u AS _lk241u, COALESCE(p._lk227e, COALESCE(p._lk234e, p._lk240e)) AS _lk241e, CASE (p.nr = CAST(1 AS BIGINT)) WHEN TRUE THEN p._lk244v WHEN FALSE THEN CAST(0 AS DECIMAL(18,2)) END AS _lk245v, CASE (p.nr = CAST(1 AS BIGINT)) WHEN TRUE THEN p._lk244u WHEN FALSE THEN NULL ELSE NULL END AS _lk245u, CASE (p.nr = CAST(1 AS BIGINT)) WHEN TRUE THEN p._lk244e WHEN FALSE THEN NULL END AS _lk245e FROM sak__voksne_8 p
),
niva247_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k247, l.`beløp`, pp.`fødselsdato` AS `sak__voksne.fødselsdato` FROM sak__voksne_0 pp JOIN (SELECT sak_id, nr AS n, `art`, `beløp`, COALESCE(`arbeidsart`, 'ikke_oppgitt') AS `arbeidsart` FROM sak__inntekter) l ON l.sak_id = pp.sak_id
),
niva247_1 AS (
  SELECT p.sak_id, p.nr, p.k247, p.`beløp`, e._lk163v AS _lk163v, e._lk163u AS _lk163u, e._lk163e AS _lk163e, e._lk167v AS _lk167v, e._lk167u AS _lk167u, e._lk167e AS _lk167e, e._lk208v AS _lk208v, e._lk208u AS _lk208u, e._lk208e AS _lk208e, e._lk154v AS _lk154v, e._lk154u AS _lk154u, e._lk154e AS _lk154e, e._lk215v AS _lk215v FROM niva247_0 p JOIN sak__inntekter_24 e ON e.sak_id = p.sak_id AND e.nr = p.k247
),
niva247_2 AS (
  SELECT p.sak_id, p.nr, p.k247, p.`beløp`, p._lk208v, p._lk208u, p._lk208e, p._lk154v, p._lk154u, p._lk154e, p._lk215v, (p._lk163v AND (NOT p._lk167v)) AS _lk248v, CASE WHEN (p._lk163v AND (NOT p._lk167v)) IS NULL THEN CASE WHEN p._lk163u IS NULL THEN p._lk167u WHEN p._lk167u IS NULL THEN p._lk163u ELSE array_join(array_union(split(p._lk163u, chr(30)), split(p._lk167u, chr(30))), chr(30)) END END AS _lk248u, COALESCE(p._lk163e, CASE WHEN p._lk163v = FALSE THEN NULL ELSE p._lk167e END) AS _lk248e, (p._lk163v AND p._lk167v) AS _lk259v, CASE WHEN (p._lk163v AND p._lk167v) IS NULL THEN CASE WHEN p._lk163u IS NULL THEN p._lk167u WHEN p._lk167u IS NULL THEN p._lk163u ELSE array_join(array_union(split(p._lk163u, chr(30)), split(p._lk167u, chr(30))), chr(30)) END END AS _lk259u, COALESCE(p._lk163e, CASE WHEN p._lk163v = FALSE THEN NULL ELSE p._lk167e END) AS _lk259e FROM niva247_1 p
),
niva250_0 AS (
  SELECT pp.sak_id, pp.nr, pp.k247, l.n AS k250, l.`fødselsdato`, pp.`sak__voksne.fødselsdato` FROM niva247_0 pp JOIN (SELECT sak_id, nr AS m, nr_2 AS n, `fødselsdato` FROM sak__inntekter__tilhører) l ON l.sak_id = pp.sak_id AND l.m = pp.k247
),
niva250_1 AS (
  SELECT p.sak_id, p.nr, p.k247, p.k250, (p.`fødselsdato` = p.`sak__voksne.fødselsdato`) AS _lk251v FROM niva250_0 p
),
niva247_3 AS (
  SELECT p.sak_id, p.nr, p.k247, p.`beløp`, p._lk154v, p._lk154u, p._lk154e, p._lk215v, p._lk259v, p._lk259u, p._lk259e, (p._lk248v AND p._lk208v) AS _lk249v, CASE WHEN (p._lk248v AND p._lk208v) IS NULL THEN CASE WHEN p._lk248u IS NULL THEN p._lk208u WHEN p._lk208u IS NULL THEN p._lk248u ELSE array_join(array_union(split(p._lk248u, chr(30)), split(p._lk208u, chr(30))), chr(30)) END END AS _lk249u, COALESCE(p._lk248e, CASE WHEN p._lk248v = FALSE THEN NULL ELSE p._lk208e END) AS _lk249e, (COALESCE(g253.a252, 0) = 1) AS _lk252v FROM niva247_2 p LEFT JOIN (SELECT p.sak_id, p.nr, p.k247, MAX(CASE WHEN p._lk251v = TRUE THEN 1 ELSE 0 END) AS a252 FROM niva250_1 p GROUP BY p.sak_id, p.nr, p.k247) g253 ON g253.sak_id = p.sak_id AND g253.nr = p.nr AND g253.k247 = p.k247
),
niva247_4 AS (
  SELECT p.sak_id, p.nr, p.k247, p.`beløp`, p._lk215v, p._lk259v, p._lk259u, p._lk259e, p._lk249v, p._lk249u, p._lk249e, CASE p._lk154v WHEN TRUE THEN p._lk252v WHEN FALSE THEN (p.nr = CAST(1 AS BIGINT)) END AS _lk254v, CASE p._lk154v WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk154u END AS _lk254u, p._lk154e AS _lk254e FROM niva247_3 p
),
niva247_5 AS (
  SELECT p.sak_id, p.nr, p.k247, p.`beløp`, p._lk215v, (p._lk249v AND p._lk254v) AS _lk255v, CASE WHEN (p._lk249v AND p._lk254v) IS NULL THEN CASE WHEN p._lk249u IS NULL THEN p._lk254u WHEN p._lk254u IS NULL THEN p._lk249u ELSE array_join(array_union(split(p._lk249u, chr(30)), split(p._lk254u, chr(30))), chr(30)) END END AS _lk255u, COALESCE(p._lk249e, CASE WHEN p._lk249v = FALSE THEN NULL ELSE p._lk254e END) AS _lk255e, (p._lk259v AND p._lk254v) AS _lk260v, CASE WHEN (p._lk259v AND p._lk254v) IS NULL THEN CASE WHEN p._lk259u IS NULL THEN p._lk254u WHEN p._lk254u IS NULL THEN p._lk259u ELSE array_join(array_union(split(p._lk259u, chr(30)), split(p._lk254u, chr(30))), chr(30)) END END AS _lk260u, COALESCE(p._lk259e, CASE WHEN p._lk259v = FALSE THEN NULL ELSE p._lk254e END) AS _lk260e FROM niva247_4 p
),
niva247_6 AS (
  SELECT p.sak_id, p.nr, p.k247, CASE WHEN p._lk255v THEN p.`beløp` END AS _lk256v, CASE WHEN p._lk255v IS NULL THEN p._lk255u END AS _lk256u, p._lk255e AS _lk256e, CASE WHEN p._lk260v THEN p._lk215v END AS _lk261v, CASE WHEN p._lk260v IS NULL THEN p._lk260u END AS _lk261u, p._lk260e AS _lk261e FROM niva247_5 p
),
sak__voksne_10 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p._lk0v, p._lk278v, p._lk278u, p._lk290v, p._lk292v, p._lk300v, p._lk281v, p._lk281u, CAST(p._lk241v + p._lk245v AS DECIMAL(18,2)) AS _lk246v, CASE WHEN p._lk241u IS NULL THEN p._lk245u WHEN p._lk245u IS NULL THEN p._lk241u ELSE array_join(array_union(split(p._lk241u, chr(30)), split(p._lk245u, chr(30))), chr(30)) END AS _lk246u, COALESCE(p._lk241e, p._lk245e) AS _lk246e, CASE WHEN r258.u257 IS NULL THEN CAST(COALESCE(g258.a257, 0) AS DECIMAL(18,2)) END AS _lk257v, r258.u257 AS _lk257u, r258.e257 AS _lk257e, CASE WHEN r258.u262 IS NULL THEN CAST(COALESCE(g258.a262, 0) AS DECIMAL(18,2)) END AS _lk262v, r258.u262 AS _lk262u, r258.e262 AS _lk262e FROM sak__voksne_9 p LEFT JOIN (SELECT p.sak_id, p.nr, SUM(p._lk256v) AS a257, SUM(p._lk261v) AS a262 FROM niva247_6 p GROUP BY p.sak_id, p.nr) g258 ON g258.sak_id = p.sak_id AND g258.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, min_by(p._lk256u, CASE WHEN p._lk256u IS NOT NULL THEN p.k247 END) AS u257, min_by(p._lk256e, CASE WHEN p._lk256e IS NOT NULL THEN p.k247 END) AS e257, min_by(p._lk261u, CASE WHEN p._lk261u IS NOT NULL THEN p.k247 END) AS u262, min_by(p._lk261e, CASE WHEN p._lk261e IS NOT NULL THEN p.k247 END) AS e262 FROM niva247_6 p WHERE p._lk256u IS NOT NULL OR p._lk256e IS NOT NULL OR p._lk261u IS NOT NULL OR p._lk261e IS NOT NULL GROUP BY p.sak_id, p.nr) r258 ON r258.sak_id = p.sak_id AND r258.nr = p.nr
),
sak__voksne_11 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p._lk0v, p._lk278v, p._lk278u, p._lk290v, p._lk292v, p._lk300v, p._lk281v, p._lk281u, p._lk246v, p._lk246u, p._lk246e, CAST(p._lk257v + p._lk262v AS DECIMAL(18,2)) AS _lk263v, CASE WHEN p._lk257u IS NULL THEN p._lk262u WHEN p._lk262u IS NULL THEN p._lk257u ELSE array_join(array_union(split(p._lk257u, chr(30)), split(p._lk262u, chr(30))), chr(30)) END AS _lk263u, COALESCE(p._lk257e, p._lk262e) AS _lk263e FROM sak__voksne_10 p
),
sak__voksne_12 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p._lk0v, p._lk278v, p._lk278u, p._lk290v, p._lk292v, p._lk300v, p._lk281v, p._lk281u, CAST(p._lk246v - p._lk263v AS DECIMAL(18,2)) AS _lk264v, CASE WHEN p._lk246u IS NULL THEN p._lk263u WHEN p._lk263u IS NULL THEN p._lk246u ELSE array_join(array_union(split(p._lk246u, chr(30)), split(p._lk263u, chr(30))), chr(30)) END AS _lk264u, COALESCE(p._lk246e, p._lk263e) AS _lk264e FROM sak__voksne_11 p
),
sak__voksne_13 AS (
  SELECT p.sak_id, p.nr, p.`fødselsdato`, p.`utdanning`, p._lk0v, p._lk278v, p._lk278u, p._lk290v, p._lk292v, p._lk300v, p._lk281v, p._lk281u, CASE WHEN CAST(0 AS DECIMAL(18,2)) IS NULL OR p._lk264v IS NULL THEN NULL WHEN p._lk264v > CAST(0 AS DECIMAL(18,2)) THEN p._lk264v ELSE CAST(0 AS DECIMAL(18,2)) END AS _lk265v, p._lk264u AS _lk265u, p._lk264e AS _lk265e FROM sak__voksne_12 p
),
sak_48 AS (
  SELECT p.sak_id, p._lk0v, p._lk269v, p._lk307v, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk29e, p._lk31v, p._lk31u, p._lk93v, p._lk93u, p._lk93e, p._lk96v, p._lk120v, p._lk120u, p._lk120e, p._lk132v, p._lk132u, p._lk132e, p._lk134v, p._lk134u, p._lk134e, p._lk211v, p._lk211u, p._lk211e, p._lk217v, p._lk217u, p._lk217e, p._lk220v, p._lk220u, p._lk220e, CASE WHEN r267.u266 IS NULL THEN CAST(COALESCE(g267.a266, 0) AS DECIMAL(18,2)) END AS _lk266v, r267.u266 AS _lk266u, r267.e266 AS _lk266e FROM sak_47 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk265v) AS a266 FROM sak__voksne_13 p GROUP BY p.sak_id) g267 ON g267.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk265u, CASE WHEN p._lk265u IS NOT NULL THEN p.nr END) AS u266, min_by(p._lk265e, CASE WHEN p._lk265e IS NOT NULL THEN p.nr END) AS e266 FROM sak__voksne_13 p WHERE p._lk265u IS NOT NULL OR p._lk265e IS NOT NULL GROUP BY p.sak_id) r267 ON r267.sak_id = p.sak_id
),
sak_49 AS (
  SELECT p.sak_id, p._lk0v, p._lk269v, p._lk307v, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk93v, p._lk93u, p._lk93e, p._lk96v, p._lk120v, p._lk120u, p._lk120e, p._lk132v, p._lk132u, p._lk132e, p._lk134v, p._lk134u, p._lk134e, p._lk211v, p._lk211u, p._lk211e, p._lk217v, p._lk217u, p._lk217e, CASE p._lk31v WHEN 1 THEN p._lk220v WHEN 2 THEN p._lk266v WHEN 3 THEN NULL END AS _lk268v, COALESCE(p._lk31u, CASE p._lk31v WHEN 1 THEN p._lk220u WHEN 2 THEN p._lk266u WHEN 3 THEN 'Samboerne har ikke felles økonomi; hver av dem vurderes i sin egen sak som enslig (sivilstand enslig)' END) AS _lk268u, COALESCE(p._lk29e, CASE WHEN p._lk31u IS NULL AND p._lk31v IS NULL THEN 'LK700100004' || 'Ingen definisjon av «stønad» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk31v WHEN 1 THEN p._lk220e WHEN 2 THEN p._lk266e END) AS _lk268e FROM sak_48 p
),
sak_50 AS (
  SELECT p.sak_id, p._lk0v, p._lk269v, p._lk307v, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk93v, p._lk93u, p._lk93e, p._lk96v, p._lk120v, p._lk120u, p._lk120e, p._lk132v, p._lk132u, p._lk132e, p._lk134v, p._lk134u, p._lk134e, p._lk211v, p._lk211u, p._lk211e, p._lk217v, p._lk217u, p._lk217e, p._lk268v, p._lk268u, p._lk268e, CAST(p._lk268v + p._lk269v AS DECIMAL(18,2)) AS _lk270v, p._lk268u AS _lk270u, p._lk268e AS _lk270e, (p._lk268v > CAST(0 AS DECIMAL(18,2))) AS _lk282v, p._lk268u AS _lk282u, p._lk268e AS _lk282e FROM sak_49 p
),
sak_51 AS (
  SELECT p.sak_id, p._lk0v, p._lk269v, p._lk307v, p._lk16v, p._lk16u, p._lk16e, p._lk18e, p._lk20v, p._lk20u, p._lk93v, p._lk93u, p._lk93e, p._lk96v, p._lk120v, p._lk120u, p._lk120e, p._lk132v, p._lk132u, p._lk132e, p._lk134v, p._lk134u, p._lk134e, p._lk211v, p._lk211u, p._lk211e, p._lk217v, p._lk217u, p._lk217e, p._lk268v, p._lk268u, p._lk268e, p._lk270v, p._lk270u, p._lk270e, p._lk282v, p._lk282u, p._lk282e, CASE (p._lk270v > CAST(0 AS DECIMAL(18,2))) WHEN TRUE THEN 'innvilget' WHEN FALSE THEN 'avslag' END AS _lk271v, CASE (p._lk270v > CAST(0 AS DECIMAL(18,2))) WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk270u END AS _lk271u, p._lk270e AS _lk271e FROM sak_50 p
),
niva283_0 AS (
  SELECT pp.sak_id, pp.nr, l.n AS k283, l.`fødselsdato`, l.`utdanning`, pp.`fødselsdato` AS `sak__voksne.fødselsdato`, pp.`utdanning` AS `sak__voksne.utdanning` FROM sak__voksne_0 pp JOIN (SELECT sak_id, nr AS n, `fødselsdato`, COALESCE(`utdanning`, 'ingen') AS `utdanning` FROM sak__voksne) l ON l.sak_id = pp.sak_id
),
niva283_1 AS (
  SELECT p.sak_id, p.nr, p.k283, (p.`fødselsdato` = p.`sak__voksne.fødselsdato` AND p.`utdanning` = p.`sak__voksne.utdanning`) AS _lk284v, e._lk265v AS _lk265v, e._lk265u AS _lk265u, e._lk265e AS _lk265e FROM niva283_0 p JOIN sak__voksne_13 e ON e.sak_id = p.sak_id AND e.nr = p.k283
),
niva283_2 AS (
  SELECT p.sak_id, p.nr, p.k283, (p._lk284v AND (p._lk265v > CAST(0 AS DECIMAL(18,2)))) AS _lk285v, CASE WHEN (p._lk284v AND (p._lk265v > CAST(0 AS DECIMAL(18,2)))) IS NULL THEN p._lk265u END AS _lk285u, CASE WHEN p._lk284v = FALSE THEN NULL ELSE p._lk265e END AS _lk285e FROM niva283_1 p
),
sak__voksne_14 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk278v, p._lk278u, p._lk290v, p._lk292v, p._lk300v, p._lk281v, p._lk281u, c._lk282v AS _lk282v, c._lk282u AS _lk282u, c._lk282e AS _lk282e, CASE WHEN COALESCE(g287.a286, 0) = 1 THEN (COALESCE(g287.a286, 0) = 1) WHEN r287.u286 IS NULL THEN (COALESCE(g287.a286, 0) = 1) END AS _lk286v, CASE WHEN COALESCE(g287.a286, 0) = 1 THEN NULL ELSE r287.u286 END AS _lk286u, r287.e286 AS _lk286e FROM sak__voksne_13 p JOIN sak_51 c ON c.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, p.nr, MAX(CASE WHEN p._lk285v = TRUE THEN 1 ELSE 0 END) AS a286 FROM niva283_2 p GROUP BY p.sak_id, p.nr) g287 ON g287.sak_id = p.sak_id AND g287.nr = p.nr LEFT JOIN (SELECT p.sak_id, p.nr, nullif(array_join(array_distinct(flatten(transform(array_sort(collect_list(CASE WHEN p._lk285u IS NOT NULL THEN struct(p.k283 AS o, p._lk285u AS r) END)), x -> split(x.r, chr(30))))), chr(30)), '') AS u286, min_by(p._lk285e, CASE WHEN p._lk285e IS NOT NULL THEN p.k283 END) AS e286 FROM niva283_2 p WHERE p._lk285u IS NOT NULL OR p._lk285e IS NOT NULL GROUP BY p.sak_id, p.nr) r287 ON r287.sak_id = p.sak_id AND r287.nr = p.nr
),
sak__voksne_15 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk278v, p._lk278u, p._lk290v, p._lk292v, p._lk300v, CASE p._lk281v WHEN 1 THEN p._lk282v WHEN 2 THEN p._lk286v END AS _lk288v, COALESCE(p._lk281u, CASE p._lk281v WHEN 1 THEN p._lk282u WHEN 2 THEN p._lk286u END) AS _lk288u, COALESCE(CASE WHEN p._lk281u IS NULL AND p._lk281v IS NULL THEN 'LK700100055' || 'Ingen definisjon av «er_stønadsmottaker» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk281v WHEN 1 THEN p._lk282e WHEN 2 THEN p._lk286e END) AS _lk288e FROM sak__voksne_14 p
),
sak__voksne_16 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk290v, p._lk292v, p._lk300v, ((p._lk278v < CAST(30 AS BIGINT)) AND p._lk288v) AS _lk289v, CASE WHEN ((p._lk278v < CAST(30 AS BIGINT)) AND p._lk288v) IS NULL THEN CASE WHEN p._lk278u IS NULL THEN p._lk288u WHEN p._lk288u IS NULL THEN p._lk278u ELSE array_join(array_union(split(p._lk278u, chr(30)), split(p._lk288u, chr(30))), chr(30)) END END AS _lk289u, CASE WHEN (p._lk278v < CAST(30 AS BIGINT)) = FALSE THEN NULL ELSE p._lk288e END AS _lk289e FROM sak__voksne_15 p
),
sak__voksne_17 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk300v, p._lk289v, p._lk289u, p._lk289e, (p._lk289v AND p._lk290v) AS _lk291v, CASE WHEN (p._lk289v AND p._lk290v) IS NULL THEN p._lk289u END AS _lk291u, p._lk289e AS _lk291e, (p._lk289v AND p._lk292v) AS _lk293v, CASE WHEN (p._lk289v AND p._lk292v) IS NULL THEN p._lk289u END AS _lk293u, p._lk289e AS _lk293e FROM sak__voksne_16 p
),
sak__voksne_18 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk300v, p._lk289v, p._lk289u, p._lk289e, p._lk291v, p._lk291u, p._lk291e, CASE WHEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk293v ELSE FALSE END THEN 4 END AS _lk294v, CASE WHEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk293v ELSE FALSE END IS NULL THEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk293u END END AS _lk294u, CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk293e END AS _lk294e FROM sak__voksne_17 p
),
sak__voksne_19 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk300v, p._lk289v, p._lk289u, p._lk289e, p._lk291v, p._lk291u, p._lk291e, p._lk294v AS _lk295v, p._lk294u AS _lk295u, CASE WHEN p._lk294e IS NOT NULL THEN p._lk294e END AS _lk295e FROM sak__voksne_18 p
),
sak__voksne_20 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk300v, p._lk289v, p._lk289u, p._lk289e, CASE WHEN p._lk295u IS NOT NULL THEN NULL WHEN p._lk295v IS NOT NULL THEN p._lk295v WHEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk291v ELSE FALSE END THEN 3 END AS _lk296v, COALESCE(p._lk295u, CASE WHEN p._lk295u IS NULL AND p._lk295v IS NULL AND CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk291v ELSE FALSE END IS NULL THEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk291u END END) AS _lk296u, COALESCE(p._lk295e, CASE WHEN p._lk295u IS NULL AND p._lk295v IS NULL THEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk291e END END) AS _lk296e FROM sak__voksne_19 p
),
sak__voksne_21 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk300v, p._lk289v, p._lk289u, p._lk289e, p._lk296v AS _lk297v, p._lk296u AS _lk297u, CASE WHEN p._lk296e IS NOT NULL THEN p._lk296e END AS _lk297e FROM sak__voksne_20 p
),
sak__voksne_22 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk300v, CASE WHEN p._lk297u IS NOT NULL THEN NULL WHEN p._lk297v IS NOT NULL THEN p._lk297v WHEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk289v ELSE FALSE END THEN 2 END AS _lk298v, COALESCE(p._lk297u, CASE WHEN p._lk297u IS NULL AND p._lk297v IS NULL AND CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk289v ELSE FALSE END IS NULL THEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk289u END END) AS _lk298u, COALESCE(p._lk297e, CASE WHEN p._lk297u IS NULL AND p._lk297v IS NULL THEN CASE WHEN (DATE '2017-01-01' <= p._lk0v) THEN p._lk289e END END) AS _lk298e FROM sak__voksne_21 p
),
sak__voksne_23 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk300v, p._lk298v AS _lk299v, p._lk298u AS _lk299u, CASE WHEN p._lk298e IS NOT NULL THEN p._lk298e END AS _lk299e FROM sak__voksne_22 p
),
sak__voksne_24 AS (
  SELECT p.sak_id, p.nr, p._lk0v, p._lk299e, CASE WHEN COALESCE(p._lk299u, CASE WHEN p._lk299v IS NULL THEN NULL END) IS NOT NULL THEN NULL ELSE COALESCE(p._lk299v, p._lk300v) END AS _lk301v, COALESCE(p._lk299u, CASE WHEN p._lk299v IS NULL THEN NULL END) AS _lk301u FROM sak__voksne_23 p
),
sak__voksne_25 AS (
  SELECT p.sak_id, p.nr, p._lk0v, CASE p._lk301v WHEN 1 THEN FALSE WHEN 2 THEN TRUE WHEN 3 THEN FALSE WHEN 4 THEN FALSE END AS _lk302v, p._lk301u AS _lk302u, COALESCE(p._lk299e, CASE WHEN p._lk301u IS NULL AND p._lk301v IS NULL THEN 'LK700100056' || 'Ingen definisjon av «skal_ha_aktivitetsvilkår» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END) AS _lk302e FROM sak__voksne_24 p
),
sak__voksne_26 AS (
  SELECT p.sak_id, p.nr, p._lk0v, CASE WHEN p._lk302v THEN 1 END AS _lk303v, CASE WHEN p._lk302v IS NULL THEN p._lk302u END AS _lk303u, p._lk302e AS _lk303e FROM sak__voksne_25 p
),
sak_52 AS (
  SELECT p.sak_id, p._lk269v, p._lk307v, p._lk16v, p._lk16u, p._lk16e, p._lk93v, p._lk93u, p._lk93e, p._lk96v, p._lk120v, p._lk120u, p._lk120e, p._lk132v, p._lk132u, p._lk132e, p._lk134v, p._lk134u, p._lk134e, p._lk211v, p._lk211u, p._lk211e, p._lk217v, p._lk217u, p._lk217e, p._lk268v, p._lk268u, p._lk268e, p._lk270v, p._lk270u, p._lk270e, CASE p._lk20v WHEN 1 THEN p._lk271v WHEN 2 THEN 'foreløpig_beregning' END AS _lk272v, COALESCE(p._lk20u, CASE p._lk20v WHEN 1 THEN p._lk271u END) AS _lk272u, COALESCE(p._lk18e, CASE WHEN p._lk20u IS NULL AND p._lk20v IS NULL THEN 'LK700100002' || 'Ingen definisjon av «utfall» gjelder for saken ' || date_format(p._lk0v, 'yyyy-MM-dd') END, CASE p._lk20v WHEN 1 THEN p._lk271e END) AS _lk272e, CASE WHEN r277.u276 IS NULL THEN CAST(COALESCE(g277.a276, 0) AS DECIMAL(18,2)) END AS _lk276v, r277.u276 AS _lk276u, r277.e276 AS _lk276e, CASE WHEN r305.u304 IS NULL THEN CAST(COALESCE(g305.a304, 0) AS BIGINT) END AS _lk304v, r305.u304 AS _lk304u, r305.e304 AS _lk304e FROM sak_51 p LEFT JOIN (SELECT p.sak_id, SUM(p._lk275v) AS a276 FROM sak__inntekter_24 p GROUP BY p.sak_id) g277 ON g277.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk275u, CASE WHEN p._lk275u IS NOT NULL THEN p.nr END) AS u276, min_by(p._lk275e, CASE WHEN p._lk275e IS NOT NULL THEN p.nr END) AS e276 FROM sak__inntekter_24 p WHERE p._lk275u IS NOT NULL OR p._lk275e IS NOT NULL GROUP BY p.sak_id) r277 ON r277.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, SUM(CASE WHEN p._lk303v IS NOT NULL THEN 1 ELSE 0 END) AS a304 FROM sak__voksne_26 p GROUP BY p.sak_id) g305 ON g305.sak_id = p.sak_id LEFT JOIN (SELECT p.sak_id, min_by(p._lk303u, CASE WHEN p._lk303u IS NOT NULL THEN p.nr END) AS u304, min_by(p._lk303e, CASE WHEN p._lk303e IS NOT NULL THEN p.nr END) AS e304 FROM sak__voksne_26 p WHERE p._lk303u IS NOT NULL OR p._lk303e IS NOT NULL GROUP BY p.sak_id) r305 ON r305.sak_id = p.sak_id
),
sak_53 AS (
  SELECT p.sak_id, p._lk269v, p._lk307v, p._lk16v, p._lk16u, p._lk16e, p._lk93v, p._lk93u, p._lk93e, p._lk96v, p._lk120v, p._lk120u, p._lk120e, p._lk132v, p._lk132u, p._lk132e, p._lk134v, p._lk134u, p._lk134e, p._lk211v, p._lk211u, p._lk211e, p._lk217v, p._lk217u, p._lk217e, p._lk268v, p._lk268u, p._lk268e, p._lk270v, p._lk270u, p._lk270e, p._lk272v, p._lk272u, p._lk272e, p._lk276v, p._lk276u, p._lk276e, CASE (p._lk304v > CAST(0 AS BIGINT)) WHEN TRUE THEN 'Vilkåret skal hjelpe mottakeren til å bli selvhjulpen, med en aktivitet som er vurdert for den enkelte. Brudd på vilkåret kan føre til at stønaden reduseres, når vedtaket sier det (§ 20 tredje ledd).' WHEN FALSE THEN 'Det stilles ikke vilkår om aktivitet etter § 20 a.' END AS _lk306v, CASE (p._lk304v > CAST(0 AS BIGINT)) WHEN TRUE THEN NULL WHEN FALSE THEN NULL ELSE p._lk304u END AS _lk306u, p._lk304e AS _lk306e FROM sak_52 p
),
sak_54 AS (
  SELECT p.sak_id, p._lk269v, p._lk307v, p._lk16v, p._lk16u, p._lk93v, p._lk93u, p._lk96v, p._lk120v, p._lk120u, p._lk132v, p._lk132u, p._lk134v, p._lk134u, p._lk211v, p._lk211u, p._lk217v, p._lk217u, p._lk268v, p._lk268u, p._lk270v, p._lk270u, p._lk272v, p._lk272u, p._lk276v, p._lk276u, p._lk306v, p._lk306u, COALESCE(p._lk272e, p._lk268e, p._lk270e, p._lk134e, p._lk93e, p._lk120e, p._lk132e, p._lk211e, p._lk276e, p._lk217e, p._lk306e, p._lk16e) AS _lk308e FROM sak_53 p
)
SELECT p.sak_id,
  CAST(CASE WHEN p._lk308e IS NULL AND p._lk272u IS NULL THEN p._lk272v END AS STRING) AS `utfall`,
  CAST(CASE WHEN p._lk308e IS NULL THEN p._lk272u END AS STRING) AS `utfall__ubestemt`,
  CAST(CASE WHEN p._lk308e IS NULL AND p._lk268u IS NULL THEN p._lk268v END AS DECIMAL(18,2)) AS `stønad`,
  CAST(CASE WHEN p._lk308e IS NULL THEN p._lk268u END AS STRING) AS `stønad__ubestemt`,
  CAST(CASE WHEN p._lk308e IS NULL THEN p._lk269v END AS DECIMAL(18,2)) AS `stønad_etter_19`,
  CAST(CASE WHEN p._lk308e IS NULL AND p._lk270u IS NULL THEN p._lk270v END AS DECIMAL(18,2)) AS `samlet_stønad`,
  CAST(CASE WHEN p._lk308e IS NULL THEN p._lk270u END AS STRING) AS `samlet_stønad__ubestemt`,
  CAST(CASE WHEN p._lk308e IS NULL AND p._lk134u IS NULL THEN p._lk134v END AS DECIMAL(18,2)) AS `behov`,
  CAST(CASE WHEN p._lk308e IS NULL THEN p._lk134u END AS STRING) AS `behov__ubestemt`,
  CAST(CASE WHEN p._lk308e IS NULL AND p._lk93u IS NULL THEN p._lk93v END AS DECIMAL(18,2)) AS `sats`,
  CAST(CASE WHEN p._lk308e IS NULL THEN p._lk93u END AS STRING) AS `sats__ubestemt`,
  CAST(CASE WHEN p._lk308e IS NULL THEN p._lk96v END AS DECIMAL(18,2)) AS `boutgifter`,
  CAST(CASE WHEN p._lk308e IS NULL AND p._lk120u IS NULL THEN p._lk120v END AS DECIMAL(18,2)) AS `særlige_utgifter`,
  CAST(CASE WHEN p._lk308e IS NULL THEN p._lk120u END AS STRING) AS `særlige_utgifter__ubestemt`,
  CAST(CASE WHEN p._lk308e IS NULL AND p._lk132u IS NULL THEN p._lk132v END AS DECIMAL(18,2)) AS `barnas_behov_utover_satsen`,
  CAST(CASE WHEN p._lk308e IS NULL THEN p._lk132u END AS STRING) AS `barnas_behov_utover_satsen__ubestemt`,
  CAST(CASE WHEN p._lk308e IS NULL AND p._lk211u IS NULL THEN p._lk211v END AS DECIMAL(18,2)) AS `inntekt_regnet_med`,
  CAST(CASE WHEN p._lk308e IS NULL THEN p._lk211u END AS STRING) AS `inntekt_regnet_med__ubestemt`,
  CAST(CASE WHEN p._lk308e IS NULL AND p._lk276u IS NULL THEN p._lk276v END AS DECIMAL(18,2)) AS `inntekt_ikke_regnet_med`,
  CAST(CASE WHEN p._lk308e IS NULL THEN p._lk276u END AS STRING) AS `inntekt_ikke_regnet_med__ubestemt`,
  CAST(CASE WHEN p._lk308e IS NULL AND p._lk217u IS NULL THEN p._lk217v END AS DECIMAL(18,2)) AS `midler_regnet_med`,
  CAST(CASE WHEN p._lk308e IS NULL THEN p._lk217u END AS STRING) AS `midler_regnet_med__ubestemt`,
  CAST(CASE WHEN p._lk308e IS NULL AND p._lk306u IS NULL THEN p._lk306v END AS STRING) AS `om_aktivitetsvilkåret`,
  CAST(CASE WHEN p._lk308e IS NULL THEN p._lk306u END AS STRING) AS `om_aktivitetsvilkåret__ubestemt`,
  CAST(CASE WHEN p._lk308e IS NULL AND p._lk16u IS NULL THEN p._lk16v END AS BOOLEAN) AS `foreløpig`,
  CAST(CASE WHEN p._lk308e IS NULL THEN p._lk16u END AS STRING) AS `foreløpig__ubestemt`,
  CAST(CASE WHEN p._lk308e IS NULL THEN p._lk307v END AS STRING) AS `klageadgang`,
  substr(p._lk308e, 1, 6) AS feil_kode,
  CAST(substr(p._lk308e, 7, 5) AS INTEGER) AS feil_sted,
  substr(p._lk308e, 12) AS feil_melding
FROM sak_54 p
ORDER BY p.sak_id;
