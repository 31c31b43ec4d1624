//! One line per case: the text, then every figure found as `label text = facts`, in the
//! inline golden format (`[[label text = facts]]`), or nothing.

use super::Numbers;
use crate::markup;
use crate::text::tokens::tokenize;

fn numbers() -> &'static Numbers {
    static NUMBERS: std::sync::OnceLock<Numbers> = std::sync::OnceLock::new();
    NUMBERS.get_or_init(Numbers::new)
}

fn run(text: &str) -> String {
    let found = numbers().find(text, &tokenize(text));
    crate::check_invariants(text, &found).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    marks_only(text, &found)
}

/// The marked-up text with only its marks kept, so a case reads as its figures.
fn marks_only(text: &str, found: &[crate::Annotation]) -> String {
    let marked = markup(text, found);
    let mut out = Vec::new();
    let mut rest = marked.as_str();
    while let Some(a) = rest.find("[[") {
        let b = rest[a..].find("]]").map_or(rest.len(), |b| a + b + 2);
        out.push(&rest[a..b]);
        rest = &rest[b..];
    }
    out.join(" ")
}

macro_rules! t {
    ($name:ident, $text:expr, $want:expr) => {
        #[test]
        fn $name() {
            assert_eq!(run($text), $want, "{:?}", $text);
        }
    };
}

// Cardinals in digits.
t!(digits_grouped, "some 5,200 of", "[[cardinal some 5,200 = 5200 approximate]]");
t!(digits_decimal, "it was 1.5 then", "[[cardinal 1.5 = 1.5]]");
t!(digits_decimal_grouped, "paid 3,000.25 then", "[[cardinal 3,000.25 = 3000.25]]");
t!(digits_negative, "fell to -4 then", "[[cardinal -4 = -4]]");
t!(digits_spaced_groups, "a total of 1 000 000 votes", "[[cardinal 1 000 000 = 1000000 of votes]]");
t!(digits_leading_point, "a rate of .08 now", "[[cardinal .08 = 0.08]]");
t!(digits_counted, "nearly 5,200 American soldiers are there", "[[cardinal nearly 5,200 = 5200 approximate of soldiers]]");
t!(digits_sentence_start, "12 people died.", "[[cardinal 12 = 12 of people]]");

// Spelled out.
t!(words_three, "three men came", "[[cardinal three = 3 of men]]");
t!(words_twenty_one, "twenty-one boats", "[[cardinal twenty-one = 21 of boats]]");
t!(words_hundred_and, "two hundred and five people", "[[cardinal two hundred and five = 205 of people]]");
t!(words_dozen, "a dozen eggs", "[[cardinal a dozen = 12 of eggs]]");
t!(words_half_million, "half a million people", "[[cardinal half a million = 500000 of people]]");
t!(words_and_a_half, "two and a half million people", "[[cardinal two and a half million = 2500000 of people]]");
t!(words_thousand, "three thousand four hundred troops", "[[cardinal three thousand four hundred = 3400 of troops]]");
t!(words_a_hundred, "a hundred miles", "[[quantity a hundred miles = 100 mi]]");
t!(words_one_counts, "one soldier died", "[[cardinal one = 1 of soldier]]");

// Scales and abbreviations.
t!(scale_million, "1.5 million people", "[[cardinal 1.5 million = 1500000 of people]]");
t!(scale_bn, "a 2bn deal", "[[cardinal 2bn = 2000000000]]");
t!(scale_bn_counted, "2bn people", "[[cardinal 2bn = 2000000000 of people]]");
t!(scale_k, "10k runners", "[[cardinal 10k = 10000 of runners]]");
t!(scale_words_million, "three million votes", "[[cardinal three million = 3000000 of votes]]");

// Fractions.
t!(difference_is_no_hedge, "The PSOE won 122 seats, two more than four years ago. More than 40 people died.", "[[cardinal 122 = 122 of seats]] [[cardinal two = 2]] [[date four years ago = 4 year]] [[cardinal More than 40 = 40 at_least of people]]");
t!(counted_of_owner_figure, "They won 202 of the state's 243 seats, and 40 of Bihar's 243 assembly seats.", "[[cardinal 202 = 202 of seats]] [[cardinal 243 = 243 of seats]] [[cardinal 40 = 40 of seats]]");
t!(counted_not_from_date_after, "It was down from 110 five years ago. Sales fell to 300, from 410 two years earlier.", "[[cardinal 110 = 110]] [[date five years ago = 5 year]] [[cardinal 300 = 300]] [[cardinal 410 = 410]] [[date two years earlier = 2 year]]");
t!(difference_not_after_pronoun_one, "Another one less than thirteen hours later.", "[[duration less than thirteen hours = 13 hour at_most]]");
t!(house_numbers, "She lives at 14 Castle Street. The library, 77 North Street, shut. 10 Downing Street is shut.", "");
t!(street_count, "He owns 5 Oxford Street stores.", "[[cardinal 5 = 5 of stores]]");
t!(street_after_year, "In 2019 Abbey Road was shut. 10 Downing Street says no. She lives at 3 Abbey Row. He left.", "[[date 2019 = 2019]]");
t!(fraction_two_thirds, "two-thirds of voters", "[[cardinal two-thirds = 0.6666666666666666 of voters]]");
t!(fraction_slash, "3/4 of the vote", "[[cardinal 3/4 = 0.75 of vote]]");
t!(fraction_half, "half of them left", "[[cardinal half = 0.5 of them]]");
t!(fraction_a_third, "a third of the budget", "[[cardinal a third = 0.3333333333333333 of budget]]");
t!(fraction_by_a_third, "Sales fell by a third. Footfall is down by a quarter in March.", "[[cardinal a third = 0.3333333333333333]] [[cardinal a quarter = 0.25]] [[date March = --03]]");
t!(fraction_by_half, "Costs fell by half, and by a half in May.", "[[cardinal half = 0.5]] [[cardinal a half = 0.5]] [[date May = --05]]");
t!(fraction_by_a_third_party, "It was stolen by a third party.", "[[ordinal third = 3]]");
t!(fraction_mixed, "10 1/2 miles", "[[quantity 10 1/2 miles = 10.5 mi]]");

t!(fraction_vulgar, "¾ of them", "[[cardinal ¾ = 0.75 of them]]");
t!(fraction_and_a_quarter, "five and a quarter miles", "[[quantity five and a quarter miles = 5.25 mi]]");
t!(words_half_million_no_a, "half million people", "[[cardinal half million = 500000 of people]]");
t!(words_dozens, "three dozen eggs", "[[cardinal three dozen = 36 of eggs]]");
t!(digits_hundred, "3 hundred and 21", "[[cardinal 3 hundred and 21 = 321]]");
t!(digits_thousand_hundred, "4 thousand 3 hundred and 21 is", "[[cardinal 4 thousand 3 hundred and 21 = 4321]]");
t!(digits_million_and_more, "3 million and 21 people", "[[cardinal 3 million = 3000000]] [[cardinal 21 = 21 of people]]");
t!(words_point, "five point five", "[[cardinal five point five = 5.5]]");
t!(words_nought_point, "nought point nought three", "[[cardinal nought point nought three = 0.03]]");
t!(digits_minus_word, "minus 5 degrees", "[[quantity minus 5 degrees = -5 °]]");
t!(digits_negative_word, "negative one", "[[cardinal negative one = -1]]");
t!(digits_thin_spaces, "1\u{202f}234\u{202f}567.89 is", "[[cardinal 1\u{202f}234\u{202f}567.89 = 1234567.89]]");

t!(words_million_and_a_half, "one million and a half people", "[[cardinal one million and a half = 1500000 of people]]");
t!(digits_million_and_a_quarter, "3 million and a quarter", "[[cardinal 3 million and a quarter = 3250000]]");
t!(words_billion_and_half_million, "one billion and a half million", "[[cardinal one billion and a half million = 1000500000]]");

t!(fraction_plural_large, "twenty fifths", "[[cardinal twenty fifths = 4]]");
t!(fraction_one_in_five, "one in five adults", "[[cardinal one in five = 0.2 of adults]]");
t!(fraction_per_thousand, "9.8 per 1,000 people, 25 points per game", "[[cardinal 9.8 per 1,000 = 0.0098 of people]] [[cardinal 25 = 25 of points]]");
t!(fraction_out_of, "3 out of 10 voters", "[[cardinal 3 out of 10 = 0.3 of voters]]");
t!(fraction_not_in_year, "5 in 2015", "[[cardinal 5 = 5]] [[date 2015 = 2015]]");
t!(fraction_not_in_duration, "2 in 3 days", "[[cardinal 2 = 2]] [[duration 3 days = 3 day]]");

t!(fraction_after_and, "one hundred and three quarters", "[[cardinal one hundred and three quarters = 100.75]]");
t!(words_hundred_and_dozens, "three hundred and two dozen", "[[cardinal three hundred and two dozen = 324]]");

// Ordinals.
t!(ordinal_first, "the first time", "[[ordinal first = 1]]");
t!(ordinal_digits, "the 21st floor", "[[ordinal 21st = 21]]");
t!(ordinal_twentieth, "its twentieth year", "[[ordinal twentieth = 20]]");
t!(ordinal_compound, "the twenty-first", "[[ordinal twenty-first = 21]]");
t!(ordinal_not_a_second, "wait a second", "");
t!(ordinal_a_second_noun, "searching a second apartment block, wait a second, a second later", "[[ordinal second = 2]]");
t!(ordinal_not_in_compound, "third-party currencies, a first-hand account, first-degree murder", "");
t!(ordinal_ranking_compound, "the third-largest city", "[[ordinal third = 3]]");
t!(ordinal_move_up_to, "Aston Villa move up to sixth. They climbed up to 3rd. Up to sixth place.", "[[ordinal sixth = 6]] [[ordinal 3rd = 3]] [[ordinal Up to sixth = 6 at_most]]");

t!(ordinal_twenty_fifth, "its twenty-fifth year", "[[ordinal twenty-fifth = 25]]");
t!(ordinal_two_hundredth, "the two hundredth", "[[ordinal two hundredth = 200]]");

t!(ordinal_grouped, "ranks him 1,234th", "[[ordinal 1,234th = 1234]]");
t!(ordinal_misspelt, "Nineth Meeting of the", "[[ordinal Nineth = 9]]");

// Percentages.
t!(percent_sign, "90% of us", "[[percent 90% = 90 % of us]]");
t!(percent_word, "90 percent of the people", "[[percent 90 percent = 90 % of people]]");
t!(percent_per_cent, "ninety per cent", "[[percent ninety per cent = 90 %]]");
t!(basis_points, "Yields dropped 11 bps after a 25 basis-point cut, then 12.5 bp and two basis points more. He owns 500 BP shares.", "[[percent 11 bps = 0.11 percentage points]] [[percent 25 basis-point = 0.25 percentage points]] [[percent 12.5 bp = 0.125 percentage points]] [[percent two basis points = 0.02 percentage points]] [[cardinal 500 = 500 of shares]]");
t!(fraction_of_a_point, "The Fed raised rates by half a percentage point after a quarter-point cut and around a quarter of a percentage point. Half the points were lost, only half a percentage of voters. It was zero-point energy.", "[[percent half a percentage point = 0.5 percentage points]] [[percent a quarter-point = 0.25 percentage points]] [[percent around a quarter of a percentage point = 0.25 percentage points approximate]] [[cardinal Half = 0.5]] [[cardinal zero = 0]]");
t!(percent_points, "rose 2 percentage points", "[[percent 2 percentage points = 2 percentage points]]");
t!(percent_pc, "up 5pc on", "[[percent 5pc = 5 %]]");
t!(percent_decimal, "by 3.5%.", "[[percent 3.5% = 3.5 %]]");

// Money.
t!(money_dollars_million, "cost $5 million", "[[money $5 million = 5000000 USD]]");
t!(money_euro_bn, "a €3bn fund", "[[money €3bn = 3000000000 EUR]]");
t!(money_pound_tn, "owes £2.3tn", "[[money £2.3tn = 2300000000000 GBP]]");
t!(money_dollar_tn, "a $3.2tn economy", "[[money $3.2tn = 3200000000000 USD]]");
t!(money_word, "5,000 dollars", "[[money 5,000 dollars = 5000 USD]]");
t!(money_us_dollar_sign, "US$40 each", "[[money US$40 = 40 USD]]");
t!(money_rupees, "Rs 500 each", "[[money Rs 500 = 500 INR]]");
t!(money_yen, "¥1,000 each", "[[money ¥1,000 = 1000 JPY]]");
t!(money_code_after, "paid 40 EUR", "[[money 40 EUR = 40 EUR]]");
t!(money_country_word, "20 Australian dollars", "[[money 20 Australian dollars = 20 AUD]]");
t!(money_hedged, "more than $5m", "[[money more than $5m = 5000000 USD at_least]]");
t!(money_cents, "50 cents", "[[money 50 cents = 0.5 USD]]");

t!(money_sign_after, "costs 10 € now", "[[money 10 € = 10 EUR]]");
t!(money_spaced_prefix, "a us $ 150 million loan", "[[money us $ 150 million = 150000000 USD]]");
t!(money_dollars_and_cents, "thirteen dollars and forty-five cents", "[[money thirteen dollars and forty-five cents = 13.45 USD]]");
t!(money_old_currency, "420 million Finnish markka", "[[money 420 million Finnish markka = 420000000 FIM]]");

t!(money_lowercase_code_after, "half million usd", "[[money half million usd = 500000 USD]]");
t!(money_hyphen_word, "a 12-cent dividend", "[[money 12-cent = 0.12 USD]]");

t!(money_a_quarter_million, "costs a quarter million US dollars", "[[money a quarter million US dollars = 250000 USD]]");
t!(money_lowercase_c_dollar, "the c $ 300 million charge", "[[money c $ 300 million = 300000000 CAD]]");

t!(money_rare_signs, "won ₿21,000,000 and 100 ₡ and 100₾", "[[money ₿21,000,000 = 21000000 BTC]] [[money 100 ₡ = 100 CRC]] [[money 100₾ = 100 GEL]]");
t!(money_yuan_sign_after, "the cost is 100元!", "[[money 100元 = 100 CNY]]");
t!(money_code_glued_dollar, "NZD$15 or usd$ 15", "[[money NZD$15 = 15 NZD]] [[money usd$ 15 = 15 USD]]");
t!(money_code_glued_digits, "pay USD115.5 now", "[[money USD115.5 = 115.5 USD]]");
t!(money_mega_code, "losses of 30 MUSD and MAUD 60", "[[money 30 MUSD = 30000000 USD]] [[money MAUD 60 = 60000000 AUD]]");
t!(money_code_then_scale, "They lost 75 USD million in", "[[money 75 USD million = 75000000 USD]]");
t!(money_code_then_comma, "The cost is 500 USD,100 times more", "[[money 500 USD = 500 USD]] [[quantity 100 times = 100 ×]]");
t!(money_bare_cents, "it costs only 15 dollars 50.", "[[money 15 dollars 50 = 15.5 USD]]");
t!(money_bare_cents_code, "will increase to 17 USD 25.", "[[money 17 USD 25 = 17.25 USD]]");
t!(money_bare_cents_words, "it only cost thirteen dollars forty five", "[[money thirteen dollars forty five = 13.45 USD]]");
t!(money_bare_cents_not_a_count, "fined 500 dollars and 30 days in jail", "[[money 500 dollars = 500 USD]] [[duration 30 days = 30 day]]");
t!(money_bare_cents_not_of, "500 dollars and 30 of them", "[[money 500 dollars = 500 USD]] [[cardinal 30 = 30 of them]]");
t!(money_bare_cents_not_glued, "10 turkish lira 11a", "[[money 10 turkish lira = 10 TRY]]");
t!(money_sign_words_cents, "me c $ 100 and fifty.", "[[money c $ 100 and fifty = 100.5 CAD]]");
t!(money_sign_not_digit_cents, "raised $100 and 50 more", "[[money $100 = 100 USD]] [[cardinal 50 = 50]]");
t!(money_sign_after_twice, "10 $ 30 $", "[[money 10 $ = 10 USD]] [[money 30 $ = 30 USD]]");
t!(money_sign_after_then_cents, "10 $ 30 cent", "[[money 10 $ 30 cent = 10.3 USD]]");
t!(money_sign_opens_next, "won 10 $ 30 in", "[[cardinal 10 = 10]] [[money $ 30 = 30 USD]]");
t!(money_us_dotted, "is u.s $ 100,000,000, do", "[[money u.s $ 100,000,000 = 100000000 USD]]");
t!(money_satoshis, "2 satoshis one day", "[[money 2 satoshis = 0.00000002 BTC]] [[duration one day = 1 day]]");
t!(money_bitcoin_code, "now 6.25 BTC each", "[[money 6.25 BTC = 6.25 BTC]]");
t!(money_shorthand_millions, "target is US$ 1MM and 2mil SEK", "[[money US$ 1MM = 1000000 USD]] [[money 2mil SEK = 2000000 SEK]]");
t!(quantity_mm_still_millimetres, "a 5mm gap", "[[quantity 5mm = 5 mm]]");

// Quantities.
t!(quantity_glued_m_metres, "The wave was 30m high. The 400m hurdles. It lost 30m last year.", "[[quantity 30m = 30 m]] [[quantity 400m = 400 m]] [[cardinal 30m = 30000000]] [[date last year]]");
t!(quantity_glued_m_water_level, "The river peaked 1.4m above its normal level. The water rose 2m in an hour. The river was 3m above normal. Profits were 3m above normal. The flood rose to 2m homes. There was 2m of snow.", "[[quantity 1.4m = 1.4 m]] [[quantity 2m = 2 m]] [[quantity 3m = 3 m]] [[cardinal 3m = 3000000]] [[cardinal 2m = 2000000 of homes]] [[quantity 2m = 2 m]]");
t!(quantity_glued_inches, "Up to 10in of snow fell on a 55in TV, 2 in London.", "[[quantity Up to 10in = 10 in at_most]] [[quantity 55in = 55 in]] [[cardinal 2 = 2]]");
t!(money_pence_not_time, "It raised its dividend to 4.35p a share, at 7.15 p.m.", "[[money 4.35p = 0.0435 GBP]] [[time 7.15 p.m. = 19:15]]");
t!(quantity_km, "5 km away", "[[quantity 5 km = 5 km]]");
t!(quantity_glued_km, "a 5km run", "[[quantity 5km = 5 km]]");
t!(quantity_temperature, "fell to -3C overnight", "[[quantity -3C = -3 °C]]");
t!(quantity_ordinal_sign_degrees, "Highs reached 38ºC in Seville and 100ºF.", "[[quantity 38ºC = 38 °C]] [[quantity 100ºF = 100 °F]]");
t!(quantity_degrees, "30 degrees Celsius", "[[quantity 30 degrees Celsius = 30 °C]]");
t!(
    quantity_glued_m_sizes,
    "a 780m-long bridge, 12m in diameter, 300m above sea level; 30m in sales",
    "[[quantity 780m = 780 m]] [[quantity 12m = 12 m]] [[quantity 300m = 300 m]] [[cardinal 30m = 30000000]]"
);
t!(
    quantity_glued_m_races,
    "She won the 10,000m and the 800m; it raised 1,500m yen",
    "[[quantity 10,000m = 10000 m]] [[quantity 800m = 800 m]] [[money 1,500m yen = 1500000000 JPY]]"
);
t!(money_kronor, "4.5 billion kronor and 200 million Danish kroner", "[[money 4.5 billion kronor = 4500000000 SEK]] [[money 200 million Danish kroner = 200000000 DKK]]");
t!(money_crowns, "The tax costs 512 Danish crowns, 40 Czech crowns or 9 Swedish crowns. She won three crowns.", "[[money 512 Danish crowns = 512 DKK]] [[money 40 Czech crowns = 40 CZK]] [[money 9 Swedish crowns = 9 SEK]] [[cardinal three = 3 of crowns]]");
t!(kinds_by_number, "People with type 2 diabetes joined the phase 3 trial; stage 4 cancer is rare. 20 types exist.", "[[cardinal 20 = 20 of types]]");
t!(quantity_barrels_a_day, "1 million barrels per day, 2,000 barrels a day", "[[quantity 1 million barrels per day = 1000000 bbl/d]] [[quantity 2,000 barrels a day = 2000 bbl/d]]");
t!(duration_vulgar_fraction_glued, "for 1½ hours, then 1 to 1½ hours", "[[duration 1½ hours = 1.5 hour]] [[duration 1 to 1½ hours = 1..1.5 hour]]");
t!(money_per_unit, "£73.50/MWh and $3/gallon, open 24/7", "[[money £73.50 = 73.5 GBP]] [[money $3 = 3 USD]]");
t!(
    duration_clocked,
    "second in 2:02:54, a best of 26:43.14; left at 10:45:30, met at 10:30",
    "[[ordinal second = 2]] [[duration 2:02:54 = 7374 PT2H2M54S second]] [[duration 26:43.14 = 1603.14 PT26M43.14S second]] [[time 10:45:30 = 10:45:30]] [[time 10:30 = 10:30]]"
);
t!(
    millions_not_metres,
    "thrown 2m people into poverty; the debt stands at 1,800m; sell the 1,500m shares; 50m below the estimate",
    "[[cardinal 2m = 2000000 of people]] [[cardinal 1,800m = 1800000000]] [[cardinal 1,500m = 1500000000 of shares]] [[cardinal 50m = 50000000]]"
);
t!(ranges_not_changes, "Wages are $15 to 20 an hour; fares rise by 3% to 5%", "[[money $15 to 20 = 15..20 USD]] [[percent 3% to 5% = 3..5 %]]");
t!(time_to_the_second, "after 10:45:30 a.m., at 10:45:30 pm, at about 10:45:30", "[[time 10:45:30 a.m. = 10:45:30]] [[time 10:45:30 pm = 22:45:30]] [[time about 10:45:30 = 10:45:30 approximate]]");
t!(date_named_bound_kept, "shut until at least next year", "[[date at least next year = at_least]]");
t!(quantity_kilometres, "10 kilometres", "[[quantity 10 kilometres = 10 km]]");
t!(quantity_megawatts, "a 300 MW plant", "[[quantity 300 MW = 300 MW]]");
t!(quantity_hyphen, "a 3-inch gap", "[[quantity 3-inch = 3 in]]");
t!(quantity_square, "40 square kilometres", "[[quantity 40 square kilometres = 40 km²]]");
t!(
    quantity_square_hyphened,
    "a 12,500-square-foot home on a 3-square-mile site",
    "[[quantity 12,500-square-foot = 12500 sq ft]] [[quantity 3-square-mile = 3 sq mi]]"
);
t!(
    quantity_square_short,
    "a 2,000 sq m plot, 80 sq metres and 1 square metre",
    "[[quantity 2,000 sq m = 2000 m²]] [[quantity 80 sq metres = 80 m²]] [[quantity 1 square metre = 1 m²]]"
);
t!(quantity_speed, "at 80 km/h", "[[quantity 80 km/h = 80 km/h]]");
t!(quantity_data, "a 2 GB file", "[[quantity 2 GB = 2 GB]]");
t!(quantity_words, "ten miles long", "[[quantity ten miles = 10 mi]]");

t!(quantity_degrees_f, "98.6 degrees f is normal", "[[quantity 98.6 degrees f = 98.6 °F]]");
t!(quantity_celsius_alone, "at 40 celsius", "[[quantity 40 celsius = 40 °C]]");
t!(quantity_metric_tons, "16,000 metric tons of", "[[quantity 16,000 metric tons = 16000 t]]");
t!(quantity_feet_inches, "he is 5 ft 2 in tall", "[[quantity 5 ft 2 in = 5.166666666666667 ft]]");
t!(quantity_feet_and_inches, "he is 6 feet and 2 inches.", "[[quantity 6 feet and 2 inches = 6.166666666666667 ft]]");
t!(quantity_feet_not_preposition, "a 5 ft 2 in London", "[[quantity 5 ft = 5 ft]] [[cardinal 2 = 2]]");
t!(quantity_pounds_weighed, "she weighed 82 pounds then", "[[quantity 82 pounds = 82 lb]]");
t!(quantity_pounds_metric_after, "was 82 pounds (37 kg).", "[[quantity 82 pounds = 82 lb]] [[quantity 37 kg = 37 kg]]");
t!(money_pounds_still_money, "paid 82 pounds for it", "[[money 82 pounds = 82 GBP]]");
t!(quantity_bits, "the 16-bit chip", "[[quantity 16-bit = 16 bit]]");
t!(quantity_kitchen, "3 tablespoons butter and 1/2 cup oil", "[[quantity 3 tablespoons = 3 tbsp]] [[quantity 1/2 cup = 0.5 cup]]");
t!(quantity_deg_abbreviated, "at 50 deg. then", "[[quantity 50 deg. = 50 °]]");
t!(quantity_not_plane_model, "a Boeing 777F to India", "");
t!(duration_aged, "died aged 87 on", "[[duration aged 87 = 87 year]]");
t!(duration_stated_age, "She was 97. A man who was 19 when he died. He was 3 under par. She was 10th. The rate was 5.", "[[duration 97 = 97 year]] [[duration 19 = 19 year]] [[cardinal 3 = 3]] [[ordinal 10th = 10]] [[cardinal 5 = 5]]");
t!(duration_died_at, "Doris Day dies at 97. He died at 5 p.m. at 12 Main Street.", "[[duration 97 = 97 year]] [[time 5 p.m. = 17:00]]");
t!(age_at_life_event, "He joined the club at 17. She left school at 16 to work, became champion at 19 in 2010 and retired at 35. He married at 21. Rooney joined Everton at 16 from school.", "[[duration 17 = 17 year]] [[duration 16 = 16 year]] [[duration 19 = 19 year]] [[date 2010 = 2010]] [[duration 35 = 35 year]] [[duration 21 = 21 year]] [[duration 16 = 16 year]]");
t!(not_age_at_level_or_place, "It was at 17 degrees and grew at 17%. They met at 17:00. The bank kept rates at 5. The shares closed at 17. She lives at 17 Downing Street. He left at 17 o'clock. The stock began trading at 17. The won ended at 83. He left the office at 11. Prices started at 20. The index began the year at 20.", "[[quantity 17 degrees = 17 °]] [[percent 17% = 17 %]] [[time 17:00 = 17:00]] [[cardinal 5 = 5]] [[cardinal 17 = 17]] [[cardinal 17 = 17]] [[cardinal 17 = 17]] [[cardinal 83 = 83]] [[cardinal 11 = 11]] [[cardinal 20 = 20]] [[cardinal 20 = 20]]");
t!(not_died_at_age, "Three were found dead at 12 sites. Turnover was 5m above forecasts.", "[[cardinal Three = 3]] [[cardinal 12 = 12 of sites]] [[cardinal 5m = 5000000 of forecasts]]");
t!(duration_appositive_age, "Emily Spanton, 39, spoke. Another brother, 22, was chained. On March 3, 12 left; Chris Adams, 123, and Tim Moody scored 3, 2, 1.", "[[duration 39 = 39 year]] [[duration 22 = 22 year]] [[date March 3 = --03-03]] [[cardinal 12 = 12]] [[cardinal 123 = 123]] [[cardinal 3 = 3]] [[cardinal 2 = 2]] [[cardinal 1 = 1]]");
t!(duration_aged_range, "those aged between 25 and 34", "[[duration aged between 25 and 34 = 25..34 year]]");

// Dates.
t!(date_month_day, "on January 5 they", "[[date January 5 = --01-05]]");
t!(date_weekday_day_month, "Monday 20 January", "[[date Monday 20 January = --01-20]]");
t!(date_abbrev_year, "on 5 Jan. 2020 it", "[[date 5 Jan. 2020 = 2020-01-05]]");
t!(date_month_day_year, "on January 5, 2020, it", "[[date January 5, 2020 = 2020-01-05]]");
t!(date_month_year, "in June 2015", "[[date June 2015 = 2015-06]]");
t!(date_year, "in 2015, before", "[[date 2015 = 2015]]");
t!(date_year_attributive, "The 1973 building was", "[[date 1973 = 1973]]");
t!(date_decade, "the 1990s", "[[date 1990s = 1990s]]");
t!(date_century, "in the 19th century, a 12th-century church and the twenty-first century", "[[date 19th century = 18]] [[date 12th-century = 11]] [[date twenty-first century = 20]]");
t!(date_century_parts, "from the early 12th century to the mid-20th century", "[[date early 12th century = 11]] [[date mid-20th century = 19]]");
t!(date_century_era, "It flourished in the fifth century BC; the bathhouse dates to the 2nd century AD.", "[[date fifth century BC = BC04]] [[date 2nd century AD = 01]]");
t!(date_century_not, "the 100th century, a 19th-floor flat; Tendulkar completed his ninth century and Jones became the fourth century-maker", "[[ordinal 100th = 100]] [[ordinal 19th = 19]] [[ordinal ninth = 9]] [[ordinal fourth = 4]]");
t!(date_era_year, "occupied until AD 380; built in 43 AD; a coin of 200 BC; in 70 CE", "[[date AD 380 = 0380]] [[date 43 AD = 0043]] [[date 200 BC = BC0200]] [[date 70 CE = 0070]]");
t!(date_era_not, "an ad 50 times; AD 43%; 5 ad campaigns", "[[cardinal 50 = 50]] [[percent 43% = 43 %]] [[cardinal 5 = 5 of campaigns]]");
// Relative dates, resolved against a dateline (the date alone on a line near the top).
const DATELINE: &str = "Title\n\nSaturday, February 2, 2019\n\n";
t!(dateline_weekday, &format!("{DATELINE}Police were found guilty on Thursday."), "[[date Saturday, February 2, 2019 = 2019-02-02]] [[date Thursday = 2019-01-31]]");
t!(dateline_weekday_part, &format!("{DATELINE}The fire began on Thursday evening."), "[[date Saturday, February 2, 2019 = 2019-02-02]] [[date Thursday evening = 2019-01-31]]");
t!(dateline_same_weekday, &format!("{DATELINE}Officials said on Saturday."), "[[date Saturday, February 2, 2019 = 2019-02-02]] [[date Saturday = 2019-02-02]]");
t!(dateline_future_to, &format!("{DATELINE}They are to meet on Monday. He is expected to land on Tuesday. It opened on Friday."), "[[date Saturday, February 2, 2019 = 2019-02-02]] [[date Monday = 2019-02-04]] [[date Tuesday = 2019-02-05]] [[date Friday = 2019-02-01]]");
t!(dateline_until, &format!("{DATELINE}The ban remains in place until September 30. The road was closed until September 30."), "[[date Saturday, February 2, 2019 = 2019-02-02]] [[date September 30 = 2019-09-30]] [[date September 30 = 2018-09-30]]");
t!(dateline_to_blame, &format!("{DATELINE}The driver is to blame for the crash on Friday."), "[[date Saturday, February 2, 2019 = 2019-02-02]] [[date Friday = 2019-02-01]]");
t!(dateline_weeks, &format!("{DATELINE}They met last week and meet next week; this week is busy, as last weekend was."), "[[date Saturday, February 2, 2019 = 2019-02-02]] [[date last week = 2019-W04]] [[date next week = 2019-W06]] [[date this week = 2019-W05]] [[date last weekend = 2019-W04-WE]]");
t!(dateline_paragraph_year, "Title\n\nMonday, September 9, 2019\n\nThe army moved on November 15, 2017. He resigned on November 21.\n\nHe died on September 6.", "[[date Monday, September 9, 2019 = 2019-09-09]] [[date November 15, 2017 = 2017-11-15]] [[date November 21 = 2017-11-21]] [[date September 6 = 2019-09-06]]");
t!(dateline_sunday_week, "Title\n\nSunday, May 19, 2019\n\nThe law is to take effect late this week. It passed this week.", "[[date Sunday, May 19, 2019 = 2019-05-19]] [[date this week = 2019-W21]] [[date this week = 2019-W20]]");
t!(dateline_future_weekday, &format!("{DATELINE}They will meet on Monday, and met last Saturday."), "[[date Saturday, February 2, 2019 = 2019-02-02]] [[date Monday = 2019-02-04]] [[date last Saturday = 2019-01-26]]");
t!(dateline_yesterday, &format!("{DATELINE}He spoke yesterday."), "[[date Saturday, February 2, 2019 = 2019-02-02]] [[date yesterday = 2019-02-01]]");
t!(dateline_month_day, &format!("{DATELINE}It ended on October 31; the vote is on March 29."), "[[date Saturday, February 2, 2019 = 2019-02-02]] [[date October 31 = 2018-10-31]] [[date March 29 = 2019-03-29]]");
t!(dateline_months, &format!("{DATELINE}Prices rose last November, and a book is due out in May."), "[[date Saturday, February 2, 2019 = 2019-02-02]] [[date last November = 2018-11]] [[date May = 2019-05]]");
t!(dateline_last_year, &format!("{DATELINE}They were arrested in January of last year, in May this year and in June, last year."), "[[date Saturday, February 2, 2019 = 2019-02-02]] [[date January of last year = 2018-01]] [[date May this year = 2019-05]] [[date June = 2018-06]] [[date last year = 2018]]");
t!(dateline_reuters, "SOCCER - RESULTS\nROME 1996-12-06\nThe match was played on Thursday.", "[[date 1996-12-06 = 1996-12-06]] [[date Thursday = 1996-12-05]]");
// A wire dateline runs on into the story: the wire's name and a dash follow the date; a
// state or country may follow the place.
t!(dateline_wire_runs_on, "LONDON, March 4, 2024 (Reuters) - Shares fell on Tuesday and will rise next month.", "[[date March 4, 2024 = 2024-03-04]] [[date Tuesday = 2024-02-27]] [[date next month = 2024-04]]");
t!(dateline_place_and_country, "CYCLING - TITLE\nMANCHESTER , England 1996-08-30\nShe won on Friday.", "[[date 1996-08-30 = 1996-08-30]] [[date Friday = 1996-08-30]]");
t!(no_dateline_before_a_clause, "The court met on March 4, 2024 after the vote on Tuesday.", "[[date March 4, 2024 = 2024-03-04]] [[date Tuesday]]");
t!(no_dateline_in_a_sentence, "The court met on February 2, 2019, and again on Thursday.", "[[date February 2, 2019 = 2019-02-02]] [[date Thursday]]");
t!(date_decade_apostrophe, "in the '90s", "[[date '90s = 1990s]]");
t!(date_decade_the, "in the 90s", "[[date 90s = 1990s]]");
t!(model_after_brand, "The iPhone 17 Pro costs $1,099. iPad 11 sales rose, and so did 3 eBay shares.", "[[money $1,099 = 1099 USD]] [[cardinal 3 = 3 of shares]]");
t!(age_decade_not_date, "in their 90s", "[[duration 90s = 90..99 year]]");
t!(age_decade_part, "A woman in her late 20s died, a man in his early 30s and one in her mid-40s.", "[[duration late 20s = 27..29 year approximate]] [[duration early 30s = 30..33 year approximate]] [[duration mid-40s = 44..46 year approximate]]");
t!(age_decade_digits, "A man in his 30s died. Children in their 20's.", "[[duration 30s = 30..39 year]] [[duration 20's = 20..29 year]]");
t!(age_decade_words, "A man in his forties, a woman in her mid-forties and a couple in their twenties.", "[[duration forties = 40..49 year]] [[duration mid-forties = 44..46 year approximate]] [[duration twenties = 20..29 year]]");
t!(age_decade_needs_owner, "In the late 1990s and the 20s, in the forties, in his 30s.", "[[date late 1990s = 1990s]] [[date 20s = 2020s]] [[duration 30s = 30..39 year]]");
t!(date_early_month, "since early October", "[[date early October = --10]]");
t!(date_mid_year, "until mid-2015", "[[date mid-2015 = 2015]]");
t!(date_last_week, "last week", "[[date last week]]");
t!(date_in_month, "in October they", "[[date October = --10]]");
t!(date_part_of_year, "Profits fell in the first half of 2023 and in Q3 2024, third-quarter 2024 and Q4; H1 2023 was bad. He scored in the third quarter of the game, and the h1 tag stayed.", "[[date first half of 2023 = 2023-H1]] [[date Q3 2024 = 2024-Q3]] [[date third-quarter 2024 = 2024-Q3]] [[date Q4]] [[date H1 2023 = 2023-H1]] [[ordinal third = 3]]");
t!(date_part_of_year_told_by_its_sentence, "Sales rose 5% in the second quarter. Growth will slow in the first half. He scored in the third quarter of the game.", "[[percent 5% = 5 %]] [[date second quarter]] [[date first half]] [[ordinal third = 3]]");
t!(date_iso, "on 2020-01-05", "[[date 2020-01-05 = 2020-01-05]]");
t!(date_month_list, "for parts of September and October, or in March, April and May", "[[date September = --09]] [[date October = --10]] [[date March = --03]] [[date April = --04]] [[date May = --05]]");
t!(date_month_may, "He said in May that it was over.", "[[date May = --05]]");
t!(date_ordinal_day, "the 20th of January", "[[date 20th of January = --01-20]]");
t!(date_weekday, "on Thursday they", "[[date Thursday]]");
t!(date_weekday_part, "on Saturday evening and Monday night, not Friday nights", "[[date Saturday evening]] [[date Monday night]] [[date Friday]]");
t!(date_ago, "three years ago", "[[date three years ago = 3 year]]");
t!(date_ago_hedged, "more than two years ago", "[[date more than two years ago = 2 year at_least]]");
t!(date_named_not_hedged, "sales were higher than last year", "[[date last year]]");
t!(date_compared_not_hedged, "prices were higher than four years ago", "[[date four years ago = 4 year]]");
t!(date_a_year_ago, "It closed a year ago, and a decade ago it was new.", "[[date a year ago = 1 year]] [[date a decade ago = 1 decade]]");
t!(date_a_year_and_a_half_ago, "more than a year and a half ago", "[[date more than a year and a half ago = 1.5 year at_least]]");
t!(date_half_an_hour_ago, "about half an hour ago", "[[date about half an hour ago = 0.5 hour approximate]]");
t!(date_a_year_ago_compared, "costs were higher than a year ago", "[[date a year ago = 1 year]]");
t!(date_estimated_not_hedged, "4.2% estimated two weeks ago", "[[percent 4.2% = 4.2 %]] [[date two weeks ago = 2 week]]");
t!(date_not_may_modal, "it may rain", "");
t!(date_not_march_verb, "they march today", "[[date today]]");

t!(date_range_month_first, "on January 5-7, 2020 at", "[[date January 5-7, 2020 = 2020-01-05/2020-01-07]]");
t!(date_range_day_first, "from 5-7 January", "[[date 5-7 January = --01-05/--01-07]]");
t!(date_range_not_backwards, "January 7-5", "[[date January 7 = --01-07]] [[cardinal 5 = 5]]");

// Times.
t!(time_pm, "at 3:30 pm", "[[time 3:30 pm = 15:30]]");
t!(time_24h, "at 15:30 local", "[[time 15:30 = 15:30]]");
t!(time_glued_pm, "at 3pm", "[[time 3pm = 15:00]]");
t!(time_dotted, "at 9 a.m. GMT", "[[time 9 a.m. GMT = 09:00]]");
t!(time_oclock, "at 3 o'clock", "[[time 3 o'clock = 03:00]]");
t!(time_dotted_british, "at 10.30am on", "[[time 10.30am = 10:30]]");
t!(time_not_decimal, "rose 10.30 points", "[[cardinal 10.30 = 10.3 of points]]");
t!(time_midnight, "at midnight", "[[time midnight = 00:00]]");
t!(time_noon, "by noon", "[[time noon = 12:00]]");

// Durations.
t!(duration_days, "three days after", "[[duration three days = 3 day]]");
t!(duration_years, "the past 16 years", "[[duration 16 years = 16 year]]");
t!(duration_decade, "a decade later, for a decade", "[[date a decade later = 1 decade]] [[duration a decade = 1 decade]]");
t!(quantity_megapixels, "It has a 48-megapixel camera and a 12 megapixels sensor.", "[[quantity 48-megapixel = 48 MP]] [[quantity 12 megapixels = 12 MP]]");
t!(duration_hyphen_age, "a 16-year-old boy", "[[duration 16-year-old = 16 year]]");
t!(counted_after_words_hyphen, "A nine-storey block collapsed after a three-game series; a two-headed calf, a one-man show, a five-hitter.", "[[cardinal nine = 9 of storey]] [[cardinal three = 3 of game]] [[cardinal two = 2]] [[cardinal five = 5]]");
t!(age_group_counted, "A record 30,000 18-year-olds applied, and two three-year-olds.", "[[cardinal 30,000 = 30000 of 18-year-olds]] [[duration 18-year-olds = 18 year]] [[cardinal two = 2 of three-year-olds]] [[duration three-year-olds = 3 year]]");
t!(duration_age, "29 years old", "[[duration 29 years old = 29 year]]");
t!(duration_hedged, "for almost two weeks", "[[duration almost two weeks = 2 week approximate]]");
t!(duration_a_year_hedged, "in office for more than a year", "[[duration more than a year = 1 year at_least]]");
t!(duration_within_a_month, "left within a month", "[[duration a month = 1 month]]");
t!(duration_for_a_week, "stayed for a week", "[[duration a week = 1 week]]");
t!(duration_half_an_hour, "half an hour later", "[[duration half an hour = 0.5 hour]]");
t!(duration_hedged_half, "nearly half an hour", "[[duration nearly half an hour = 0.5 hour approximate]]");
t!(duration_and_a_half, "for a year and a half", "[[duration a year and a half = 1.5 year]]");
t!(duration_not_a_rate, "twice a year, $50,000 a year, once a day", "[[money $50,000 = 50000 USD]]");
t!(duration_not_a_year_ago, "a year ago, more than a week ago", "[[date a year ago = 1 year]] [[date more than a week ago = 1 week at_least]]");

t!(part_of_year_before_reported_figure, "Nexora reported third-quarter revenue of $18.7 billion and first-half profit fell; a first-half goal.", "[[date third-quarter]] [[money $18.7 billion = 18700000000 USD]] [[date first-half]] [[ordinal first = 1]]");
t!(age_of_number, "Participants had a median age of 57. Voting is open to those over the age of 18; the average age of about 40.", "[[duration age of 57 = 57 year]] [[duration age of 18 = 18 year]] [[duration about 40 = 40 year approximate]]");
t!(age_aged_just, "She was aged just 12 when she left.", "[[duration aged just 12 = 12 year]]");
t!(age_aged_about, "a man aged about 40", "[[duration about 40 = 40 year approximate]]");
t!(age_aged_under, "the boys, both aged under 10, left", "[[duration under 10 = 10 year at_most]]");
t!(age_appositive_now, "Smith, now 36, said so.", "[[duration 36 = 36 year]]");
t!(age_not_now_count, "In March, now 36, the fund had grown.", "[[date March = --03]] [[cardinal 36 = 36]]");
t!(duration_of_age, "at 6 weeks of age", "[[duration 6 weeks of age = 6 week]]");

// Ranges.
t!(range_hyphen, "5-10 people", "[[cardinal 5-10 = 5..10 of people]]");
t!(range_between_scale, "between 3 and 4 million", "[[cardinal between 3 and 4 million = 3000000..4000000]]");
t!(range_years, "from 2010 to 2015", "[[date from 2010 to 2015 = 2010..2015 2010/2015]]");
t!(range_years_short, "in 2010-15", "[[date 2010-15 = 2010..2015 2010/2015]]");
t!(range_money, "$5-10 million", "[[money $5-10 million = 5000000..10000000 USD]]");
t!(change_then_level, "rose 0.5% to 8,234.5", "[[percent 0.5% = 0.5 %]] [[cardinal 8,234.5 = 8234.5]]");
t!(change_by_then_level, "cut by £149 to £1,849", "[[money £149 = 149 GBP]] [[money £1,849 = 1849 GBP]]");
t!(range_by, "rose by 5 to 10 percent", "[[percent 5 to 10 percent = 5..10 %]]");
t!(range_money_to, "$5 to $10", "[[money $5 to $10 = 5..10 USD]]");
t!(range_percent, "5-10%", "[[percent 5-10% = 5..10 %]]");
t!(range_to, "10 to 15 per cent", "[[percent 10 to 15 per cent = 10..15 %]]");
t!(range_en_dash, "20–30 km", "[[quantity 20–30 km = 20..30 km]]");
t!(tennis_sets_not_ranges, "Sinner won 6-7 (4) 6-3 6-2. She lost 4-6, 3-6. She lost 4-6 6-7 in Rome. Children aged 2-4 play.", "[[duration aged 2-4 = 2..4 year]]");
t!(change_and_level_after_movement, "Rates rose 0.5% to 4.5%. Shares fell 20p to 310p. Sales grew 3% to 5%.", "[[percent 0.5% = 0.5 %]] [[percent 4.5% = 4.5 %]] [[money 20p = 0.2 GBP]] [[money 310p = 3.1 GBP]] [[percent 3% to 5% = 3..5 %]]");
t!(up_to_after_verb_is_level, "Output was revised up to 0.4%. Inflation ticked up to 3.1%. Up to 40 people died.", "[[percent 0.4% = 0.4 %]] [[percent 3.1% = 3.1 %]] [[cardinal Up to 40 = 40 at_most of people]]");
t!(age_closing_sentence, "\"We are ready,\" said Christine Lagarde, 68. The total for Paris, 68. In May, 12.", "[[duration 68 = 68 year]] [[cardinal 68 = 68]] [[date May = --05]] [[cardinal 12 = 12]]");
t!(share_as_subject, "Half were seen within 4 hours. A third said no. A third man was held. The second half was dull.", "[[cardinal Half = 0.5]] [[duration 4 hours = 4 hour]] [[cardinal A third = 0.3333333333333333]] [[ordinal third = 3]] [[ordinal second = 2]]");
t!(range_not_score, "won 3-1 at home", "");
t!(hyphen_count_not_years_nor_small_words, "Voters saw 2016-style errors in a 5-a-side game, 3-on-3, for 18-and-over, 30-ish.", "[[date 2016 = 2016]] [[cardinal 5 = 5]] [[cardinal 3 = 3]] [[cardinal 18 = 18]] [[cardinal 30 = 30]]");
t!(moving_up_to_is_at_most, "The navy is moving up to 2,000 sailors.", "[[cardinal up to 2,000 = 2000 at_most of sailors]]");
t!(length_before_earlier_or_later_is_a_date, "Down from 62% a week earlier; two days later he left, six minutes later it ended, 10 years earlier than planned.", "[[percent 62% = 62 %]] [[date a week earlier = 1 week]] [[date two days later = 2 day]] [[duration six minutes = 6 minute]] [[duration 10 years = 10 year]]");
t!(part_of_an_untold_year, &format!("{DATELINE}Sales fell in the first half of last year, will rise in the third quarter of this year, and the second half of the year was weak. He scored in the first half of the match."), "[[date Saturday, February 2, 2019 = 2019-02-02]] [[date first half of last year = 2018-H1]] [[date third quarter of this year = 2019-Q3]] [[date second half of the year]] [[ordinal first = 1]] [[cardinal half = 0.5 of match]]");
t!(time_after_from, "The warning runs from 15:00 BST on Friday. Services stop from 19:00; open from 09:30 to 18:00.", "[[time 15:00 BST = 15:00]] [[date Friday]] [[time 19:00 = 19:00]] [[time 09:30 = 09:30]] [[time 18:00 = 18:00]]");
t!(up_to_after_a_rise_verb_is_a_level, "Inflation ticks up to 3.1% and jumped up to 4%, while up to 5% of staff left.", "[[percent 3.1% = 3.1 %]] [[percent 4% = 4 %]] [[percent up to 5% = 5 % at_most of staff]]");
t!(counted_glued_by_hyphen, "The 650-seat parliament, a 20-strong team, a 60-page report, a 30-percent rise. He went 3-for-4, sat at 15-under and saw zero-point energy.", "[[cardinal 650 = 650 of seat]] [[cardinal 20 = 20]] [[cardinal 60 = 60 of page]] [[cardinal 30 = 30]] [[cardinal 3 = 3]] [[cardinal 15 = 15]] [[cardinal zero = 0]]");
t!(counted_after_part_of_whole, "Labour won 91 of the 230 seats and seven of the 10 meetings.", "[[cardinal 91 = 91 of seats]] [[cardinal 230 = 230 of seats]] [[cardinal seven = 7 of meetings]] [[cardinal 10 = 10 of meetings]]");
t!(counted_same_in_plural, "Nine aircraft and one spacecraft were lost; one aircraft crashed.", "[[cardinal Nine = 9 of aircraft]] [[cardinal one = 1 of spacecraft]] [[cardinal one = 1 of aircraft]]");
t!(range_fiscal_year, "in 2015/16 the", "[[date 2015/16 = 2015..2016 2015/2016]]");
t!(range_not_fiscal, "on 2015/17 the", "");

t!(range_through, "20 through 100", "[[cardinal 20 through 100 = 20..100]]");
t!(range_ordinals, "ranks between the tenth and the fifteenth.", "[[ordinal between the tenth and the fifteenth = 10..15]]");
t!(range_ordinals_digits, "the 10th-15th centuries", "[[ordinal 10th-15th = 10..15]]");
t!(range_not_ordinal_and_count, "the first to 10 goals", "[[ordinal first = 1]] [[cardinal 10 = 10 of goals]]");
t!(range_not_first_or_second, "first or second place", "[[ordinal first = 1]] [[ordinal second = 2]]");
t!(range_spaced_hyphen, "the range is 1000 - 5000", "[[cardinal 1000 - 5000 = 1000..5000]]");
t!(range_spaced_hyphen_not_words, "fifty - two", "[[cardinal fifty = 50]] [[cardinal two = 2]]");
t!(range_tilde, "about 20~100", "[[cardinal about 20~100 = 20..100 approximate]]");
t!(range_two_bounds_upper_first, "at most 100 and at least 20 apples", "[[cardinal at most 100 and at least 20 = 20..100 of apples]]");

t!(range_two_bounds, "more than 100 but fewer than 200 people", "[[cardinal more than 100 but fewer than 200 = 100..200 of people]]");
t!(range_two_bounds_backwards, "above 1000 and below 500", "[[cardinal above 1000 = 1000 at_least]] [[cardinal below 500 = 500 at_most]]");

t!(range_or, "in two or three days", "[[duration two or three days = 2..3 day]]");
t!(range_words_scale, "two to three million people", "[[cardinal two to three million = 2000000..3000000 of people]]");
t!(range_words_hundreds, "from one to two hundred, ten to fifteen hundred", "[[cardinal from one to two hundred = 100..200]] [[cardinal ten to fifteen hundred = 1000..1500]]");
t!(range_hyphened_to, "an estimated one-to-two hundred people", "[[cardinal an estimated one-to-two hundred = 100..200 approximate of people]]");
t!(hyphened_and_a_half, "an additional million-and-a-half expressed interest; two-and-a-half lengths; one-and-a-half million dollars", "[[cardinal million-and-a-half = 1500000]] [[cardinal two-and-a-half = 2.5 of lengths]] [[money one-and-a-half million dollars = 1500000 USD]]");
t!(change_not_range, "increasing the death toll from fourteen to 31; raised from three to five percent; from $5 to $10; grew from 2010 to 2015", "[[cardinal fourteen = 14]] [[cardinal 31 = 31]] [[percent three = 3 %]] [[percent five percent = 5 %]] [[money from $5 to $10 = 5..10 USD]] [[date from 2010 to 2015 = 2010..2015 2010/2015]]");
t!(range_or_counted, "one or two matches", "[[cardinal one or two = 1..2 of matches]]");
t!(range_or_not_down, "3 or 2", "[[cardinal 3 = 3]] [[cardinal 2 = 2]]");

// Qualifiers.
t!(qual_not_before, "She plays on Tuesday, not before 1pm, and ends not after 6pm, no later than 2030 and no earlier than March 5.", "[[date Tuesday]] [[time not before 1pm = 13:00 at_least]] [[time not after 6pm = 18:00 at_most]] [[date no later than 2030 = 2030 at_most]] [[date no earlier than March 5 = --03-05 at_least]]");
t!(qual_about, "about 40 people", "[[cardinal about 40 = 40 approximate of people]]");
t!(qual_around, "around 40", "[[cardinal around 40 = 40 approximate]]");
t!(qual_roughly, "roughly 40", "[[cardinal roughly 40 = 40 approximate]]");
t!(qual_almost, "almost 40", "[[cardinal almost 40 = 40 approximate]]");
t!(qual_at_least, "at least 40 dead", "[[cardinal at least 40 = 40 at_least of dead]]");
t!(qual_more_than, "more than 40", "[[cardinal more than 40 = 40 at_least]]");
t!(qual_over, "over 40", "[[cardinal over 40 = 40 at_least]]");
t!(qual_up_to, "up to 40", "[[cardinal up to 40 = 40 at_most]]");
t!(qual_fewer_than, "fewer than 40", "[[cardinal fewer than 40 = 40 at_most]]");
t!(qual_under, "under 40", "[[cardinal under 40 = 40 at_most]]");
t!(qual_or_more, "500 or more people", "[[cardinal 500 or more = 500 at_least of people]]");
t!(qual_greater_than, "greater than 4,565", "[[cardinal greater than 4,565 = 4565 at_least]]");
t!(qual_just_over, "just over 50% of", "[[percent just over 50% = 50 % at_least]]");
t!(qual_as_many_as, "as many as 300 people", "[[cardinal as many as 300 = 300 at_most of people]]");
t!(qual_about_or_more, "about five hundred or more in", "[[cardinal about five hundred or more = 500 at_least]]");
t!(qual_or_so, "20 or so people", "[[cardinal 20 or so = 20 approximate of people]]");
t!(qual_alone, "more than ever", "");
t!(qual_year_hedged, "some 2000 people", "[[cardinal some 2000 = 2000 approximate of people]]");

t!(counted_agrees, "one experimental vaccine appears able", "[[cardinal one = 1 of vaccine]]");
t!(counted_plural, "one million indigenous people live", "[[cardinal one million = 1000000 of people]]");
t!(counted_not_verb, "at least five died", "[[cardinal at least five = 5 at_least]]");
t!(counted_hyphenated, "two life-saving treatments", "[[cardinal two = 2 of treatments]]");
t!(counted_of_mass_noun, "17 percent of African trade occurs", "[[percent 17 percent = 17 % of trade]]");
t!(date_before_quote, "on July 1, 2020\".", "[[date July 1, 2020 = 2020-07-01]]");
t!(time_military_utc, "local time (1639 UTC)", "[[time 1639 UTC = 16:39]]");
t!(not_capitalised_word_number, "the Group of Seven met", "");
t!(words_capitalised_sentence_start, "He left. Three men stayed.", "[[cardinal Three = 3 of men]]");
t!(not_hyphen_name, "Goody Two-Shoes", "");

t!(counted_first_plural_after_of, "two-thirds of the senators vote", "[[cardinal two-thirds = 0.6666666666666666 of senators]]");
t!(counted_not_after_numbering, "up to week 22 of a pregnancy", "[[cardinal 22 = 22]]");
t!(quantity_spaced_metres, "a 75 ft (~23 m) boat", "[[quantity 75 ft = 75 ft]] [[quantity ~23 m = 23 m approximate]]");

t!(counted_first_plural, "one in three Americans trusts the media", "[[cardinal one in three = 0.3333333333333333 of Americans]]");
t!(counted_not_us, "two US officials said", "[[cardinal two = 2 of officials]]");
t!(scale_chained, "Rs 1.5 lakh crore", "[[money Rs 1.5 lakh crore = 1500000000000 INR]]");
t!(duration_over_is_a_period, "spend it over five years", "[[duration five years = 5 year]]");

t!(counted_compound, "two French police officers were", "[[cardinal two = 2 of officers]]");

t!(duration_for_over_is_a_bound, "trapped for over 30 hours", "[[duration over 30 hours = 30 hour at_least]]");

t!(counted_after_no, "believe no two people should", "[[cardinal two = 2 of people]]");
t!(knockout_round_not_counted, "He earns £375,000 for reaching the last eight. I hope I can get into the last 16, she said; they won six of the last eight games and 14 of the last 16 in the Kingdome over the last four years.", "[[money £375,000 = 375000 GBP]] [[cardinal six = 6 of games]] [[cardinal eight = 8 of games]] [[cardinal 14 = 14]] [[cardinal 16 = 16]] [[duration four years = 4 year]]");
t!(rank_after_no, "He is ranked No 9 in the world. She became the world No. 1, the No 2 seed, No 1 in the world. Aides at No 10 said no 2 people agree.", "[[ordinal No 9 = 9]] [[ordinal No. 1 = 1]] [[ordinal No 2 = 2]] [[ordinal No 1 = 1]] [[cardinal 2 = 2 of people]]");
t!(counted_of_first_plural, "fewer than 30 percent of state legislative seats", "[[percent fewer than 30 percent = 30 % at_most of seats]]");
t!(counted_adjective_ly, "four deadly mass shootings", "[[cardinal four = 4 of shootings]]");

/// The whole pipeline, entities included: what a reader sees.
fn run_all(text: &str) -> String {
    marks_only(text, &crate::annotate(text))
}

macro_rules! all {
    ($name:ident, $text:expr, $want:expr) => {
        #[test]
        fn $name() {
            assert_eq!(run_all($text), $want, "{:?}", $text);
        }
    };
}

// Money beats an entity that only names its currency.
all!(pipeline_code_in_money, "The price starts at USD 22.5 million.", "[[money USD 22.5 million = 22500000 USD]]");
all!(pipeline_name_beats_number, "He told France 24 on Monday.", "[[LOC France]] [[date Monday]]");

// Must not fire.
t!(not_address_counted, "at 36 Quai des Orfèvres", "[[cardinal 36 = 36]]");
t!(not_name_number, "explains to France 24, Monday", "[[date Monday]]");
t!(temperature_paired_spaced, "It was 38 C (100 F), and -5 F (-20.6 C) at night; grade C (10 A).", "[[quantity 38 C = 38 °C]] [[quantity 100 F = 100 °F]] [[quantity -5 F = -5 °F]] [[quantity -20.6 C = -20.6 °C]] [[cardinal 10 = 10]]");
t!(temperature_oven_pair, "Heat the oven to 200C/180C fan/gas mark 6; 24/7.", "[[quantity 200C = 200 °C]] [[quantity 180C = 180 °C]] [[cardinal 6 = 6]]");
t!(duration_short_units, "He ran 2hr 2min 16sec; she swam 3 min 29.5 sec.", "[[duration 2hr 2min 16sec = 7336 PT2H2M16S second]] [[duration 3 min 29.5 sec = 209.5 PT3M29.5S second]]");
t!(oil_rates, "It pumps 1.5m boe/d, 1.2 million b/d and 300,000 bbl of crude.", "[[quantity 1.5m boe/d = 1500000 boe/d]] [[quantity 1.2 million b/d = 1200000 bbl/d]] [[quantity 300,000 bbl = 300000 bbl]]");
t!(range_not_from_a_name, "Apple cut the price of its AirPods 4 to $129, and of others from 4 to $10.", "[[money $129 = 129 USD]] [[money from 4 to $10 = 4..10 USD]]");
t!(tech_and_space_units, "A 4.05GHz chip, a 4,685 mAh battery; it flew at 192 km/s, or 192 kilometres per second, 97 light years away.", "[[quantity 4.05GHz = 4.05 GHz]] [[quantity 4,685 mAh = 4685 mAh]] [[quantity 192 km/s = 192 km/s]] [[quantity 192 kilometres per second = 192 km/s]] [[quantity 97 light years = 97 ly]]");
t!(model_variant, "The Boeing 787-9 and the Boeing 737-800 landed; Australia were 245-7.", "[[cardinal 245 = 245]] [[cardinal 7 = 7]]");
t!(score_after_team, "The Celtics 112-104 win. Florida beat the Reds 3-1 on Sunday.", "[[date Sunday]]");
t!(score_not_cardinals, "Draper beat Zverev 6-4, 6-2. He won 7-6 (7-3) and drew 2-2. It was a 2-2 draw; they were at 4-3 down. Children aged 6-10 took 5-10% of prizes worth $5-6bn over 6-10 years in 2019-2021 and won 1-2 January. After the win the board voted 21-18 in favour.", "[[duration aged 6-10 = 6..10 year]] [[percent 5-10% = 5..10 % of prizes]] [[money $5-6bn = 5000000000..6000000000 USD]] [[duration 6-10 years = 6..10 year]] [[date 2019-2021 = 2019..2021 2019/2021]] [[date 1-2 January = --01-01/--01-02]] [[cardinal 21 = 21]] [[cardinal 18 = 18]]");
t!(score_between_team_names, "Brentford 2-3 Aston Villa. Arsenal 1-0 Chelsea; Leeds United 2-2 Burnley: match report", "");
t!(bowling_figures_are_no_range, "Bumrah took 3-61 as India won. Woakes finished with 3-84. Fall of wickets: 1-64 2-85. The repair took 2-3 weeks.", "[[duration 2-3 weeks = 2..3 week]]");
t!(range_between_capitals_is_no_score, "Children Ages 6-10 Only. Read Pages 10-12 Of it. Figure 2-3 Shows it. Nos 10-12 High Street. June 5-9 First test. In the 2019-20 Season.", "[[cardinal 10 = 10]] [[cardinal 12 = 12]] [[cardinal 2-3 = 2..3]] [[date June 5-9 = --06-05/--06-09]] [[date 2019-20 = 2019..2020 2019/2020]]");
t!(minor_planet_number_is_a_name, "NASA sent a probe to the asteroid 16 Psyche. Asteroid 101955 Bennu, the minor planet 433 Eros and the asteroid 2024 YR4 passed. The asteroid is 16 km wide; he found 16 asteroids.", "[[quantity 16 km = 16 km]] [[cardinal 16 = 16 of asteroids]]");
t!(not_model_number, "flew a Boeing 737 into", "");
t!(not_glued_code, "the G20 summit", "");
t!(not_hyphen_code, "the COVID-19 pandemic", "");
t!(not_glued_letters, "a 5G network", "");
t!(not_url, "see https://example.com/2020/05/page", "");
t!(not_bare_domain, "at bbc.co.uk/news/12345", "");
t!(not_email, "write to a123@example.org", "");
t!(not_phone_intl, "call +44 20 7946 0958 now", "");
t!(not_phone_us, "call 555-123-4567 now", "");
t!(not_phone_paren, "call (020) 7946 0958 now", "");
t!(not_phone_national, "call 0800 555 0199 now", "");
t!(not_phone_in_groups, "If you need help, call Lifeline: 13 11 14. Ring Samaritans on 116 123, or Childline on 0800 1111.", "");
t!(figures_in_a_row_are_not_a_phone, "Goals: 15 10 3 2 30. She called 40 people.", "[[cardinal 15 = 15]] [[cardinal 10 = 10]] [[cardinal 3 = 3]] [[cardinal 2 = 2]] [[cardinal 30 = 30]] [[cardinal 40 = 40 of people]]");
t!(duration_compound, "He was jailed for six years and eight months. It takes 2 hours 16 minutes, or 3 hours, 5 minutes and 10 seconds. He served three months and two days; we waited 5 hours and 90 minutes. Over three days, 20 hours of talks were held.", "[[duration six years and eight months = 80 P6Y8M month]] [[duration 2 hours 16 minutes = 136 PT2H16M minute]] [[duration 3 hours, 5 minutes and 10 seconds = 11110 PT3H5M10S second]] [[duration three months = 3 month]] [[duration two days = 2 day]] [[duration 5 hours = 5 hour]] [[duration 90 minutes = 90 minute]] [[duration three days = 3 day]] [[duration 20 hours = 20 hour]]");
t!(not_identifier_number, "Flight 370 left from gate 23; the bus 73 stops at junction 10 near platform 4 and room 101. A category 5 storm hit 300 homes on 12 routes. She won the seat 3 times.", "[[cardinal 300 = 300 of homes]] [[cardinal 12 = 12 of routes]] [[cardinal 3 = 3]]");
t!(not_emergency_number, "A neighbour phoned 911. The 999 operator came. He called 100 people; 911 people died.", "[[cardinal 100 = 100 of people]] [[cardinal 911 = 911 of people]]");
t!(not_leading_zero_code, "code 0800 now", "");
t!(not_footnote, "the war.[3] Then", "");
t!(not_version, "version 1.2.3 is out", "");
t!(not_identifier, "case 20231187 was", "");
t!(not_no_one, "no one came", "");
t!(not_the_one_who, "the one who left", "");
t!(not_one_of_them, "one of them left", "");
t!(not_one_another, "they blamed one another", "");
t!(not_nine_eleven, "after 9/11 the", "");
t!(not_twenty_four_seven, "open 24/7 now", "");

// Any text at all: no panic, spans on char boundaries.
t!(multibyte_neighbours, "é5€ 3 km² – ½ 中文 2015年", "[[quantity 3 km² = 3 km²]] [[cardinal ½ = 0.5]]");
t!(lonely_signs, "$ € - . / : '", "");
t!(trailing_cut, "between 3 and", "[[cardinal 3 = 3]]");

t!(digits_dozens, "3 dozens eggs", "[[cardinal 3 dozens = 36 of eggs]]");
t!(digits_dozen_abbreviated, "3 dzs or five dozs", "[[cardinal 3 dzs = 36]] [[cardinal five dozs = 60]]");
t!(digits_hundred_and_word, "3 hundred and one is", "[[cardinal 3 hundred and one = 301]]");
t!(digits_crore_and_words, "I count 6 crore and two hundred", "[[cardinal 6 crore and two hundred = 60000200]]");
t!(digits_two_hundreds, "3 hundred and 2 hundred are", "[[cardinal 3 hundred = 300]] [[cardinal 2 hundred = 200]]");
t!(digits_not_and_zero, "4 thousand 3 hundred and 0 are", "[[cardinal 4 thousand 3 hundred = 4300]] [[cardinal 0 = 0]]");
t!(scale_tln, "either 10 bln or 10 tln", "[[cardinal 10 bln = 10000000000]] [[cardinal 10 tln = 10000000000000]]");
t!(fraction_of_a_million, "two thirds of a million", "[[cardinal two thirds of a million = 666666.6666666666]]");
t!(fraction_and_plural, "twenty and three fifths", "[[cardinal twenty and three fifths = 20.6]]");
t!(fraction_and_compound, "two and fifty-four hundredths", "[[cardinal two and fifty-four hundredths = 2.54]]");
t!(fraction_and_a_thirtieth, "two hundred thirty two and a thirtieth", "[[cardinal two hundred thirty two and a thirtieth = 232.03333333333333]]");
t!(fraction_after_and_and, "one hundred and three and two thirds", "[[cardinal one hundred and three and two thirds = 103.66666666666667]]");
t!(fraction_scale_plural, "a hundred trillionths", "[[cardinal a hundred trillionths = 0.0000000001]]");
t!(fraction_compound_denominator, "one twenty-fifth and three twenty-firsts", "[[cardinal one twenty-fifth = 0.04]] [[cardinal three twenty-firsts = 0.14285714285714285]]");
t!(fraction_one_twentieth, "one twentieth of the vote", "[[cardinal one twentieth = 0.05 of vote]]");
t!(fraction_half_after_hedge, "more than half came", "[[cardinal more than half = 0.5 at_least]]");
t!(fraction_half_point_cut, "a half-point cut", "[[percent a half-point = 0.5 percentage points]]");
t!(fraction_of_a_rate_point, "The Fed cut rates by three-quarters of a point after raising rates by half a point and a three-quarters of a point hike; the bank cut rates by a quarter of a point. He won by three-quarters of a point.", "[[percent three-quarters of a point = 0.75 percentage points]] [[percent half a point = 0.5 percentage points]] [[percent three-quarters of a point = 0.75 percentage points]] [[percent a quarter of a point = 0.25 percentage points]] [[cardinal three-quarters = 0.75 of point]]");
t!(fraction_spaced_point, "The bank cut rates by a quarter point after a half point rise. He won by a half point.", "[[percent a quarter point = 0.25 percentage points]] [[percent a half point = 0.5 percentage points]]");
t!(fraction_not_half_way, "almost half-way there", "");
t!(quantity_mm_upper_not_millions, "shot on 35MM film", "[[quantity 35MM = 35 mm]]");
t!(words_point_tens, "two hundred point seventy-one", "[[cardinal two hundred point seventy-one = 200.71]]");
t!(words_point_teen, "nought point eleven", "[[cardinal nought point eleven = 0.11]]");

proptest::proptest! {
    /// Any mix of digits, number words, signs, units and multibyte text: no panic, and
    /// every span on char boundaries, sorted and non-crossing.
    #[test]
    fn any_text_keeps_invariants(parts in proptest::collection::vec(proptest::sample::select(vec![
        "1", "5,200", "1.5", "-", "–", " ", "  ", "\n", "$", "€", "£", "US", "%", "per", "cent", "km", "C", "°",
        "one", "twenty", "-", "first", "half", "a", "and", "between", "from", "to", "million", "bn", "k", "m",
        "January", "Monday", "5", "2015", "1990", "s", "'", ":", "30", "pm", "a.m.", "/", "[", "]", "é", "中",
        "½", "nearly", "more", "than", "of", "us", "people", ".", ",", "http://x.io/", "+44", "(", ")", "\u{202f}",
        "USD115", "MUSD", "NZD", "usd", "aged", "ft", "in", "the", "tenth", "~", "fifths", "point", "eleven",
        "pounds", "kg", "元", "₿", "dollars", "50", "MM", "mil", "u", "s", "weighed", "twenty", "at", "most",
    ]), 0..40)) {
        let text: String = parts.concat();
        run(&text);
    }
}

proptest::proptest! {
    /// Arbitrary text, including every Unicode category: no panic, invariants hold.
    #[test]
    fn arbitrary_text_keeps_invariants(text in "\\PC{0,80}") {
        run(&text);
    }
}

#[test]
fn long_runs_keep_invariants() {
    // Linear time is measured by the pathological-input benchmark, not asserted here.
    for unit in [
        "one ", "1 000 ", "twenty-", "- ", "5-", "$", "between 1 and ", "Boeing 737 ", "a ", "twenty and three ",
        "5 ft 2 in ", "between the tenth and the ", "at most 1 and at least ", "15 dollars 50 ", "3 hundred and ",
    ] {
        let text = unit.repeat(2_000);
        let found = numbers().find(&text, &tokenize(&text));
        crate::check_invariants(&text, &found).expect("invariants");
    }
}

/// Prints the figures the detector alone finds in the file named by `NUMBERS_FILE`, before
/// entities take their overlaps: `NUMBERS_FILE=article.txt cargo test --lib numbers_in_file -- --ignored --nocapture`.
#[test]
#[ignore]
fn numbers_in_file() {
    let Ok(path) = std::env::var("NUMBERS_FILE") else { return };
    let text = std::fs::read_to_string(path).expect("readable file");
    let started = std::time::Instant::now();
    let found = numbers().find(&text, &tokenize(&text));
    eprintln!("{} figures in {} bytes, {:?}", found.len(), text.len(), started.elapsed());
    for a in &found {
        // Mark up only the annotation's own text, so printing stays linear.
        let mut one = a.clone();
        one.span = crate::Span::new(0, a.span.len());
        if let crate::Details::Number(n) = &mut one.details {
            n.counted = None;
        }
        let marked = markup(&text[a.span.range()], std::slice::from_ref(&one));
        let of = match &a.details {
            crate::Details::Number(n) => n.counted.map(|c| format!(" of {}", &text[c.range()])).unwrap_or_default(),
            _ => String::new(),
        };
        let marked = marked.trim_end_matches("]]");
        let sep = if of.is_empty() || marked.contains(" = ") { "" } else { " =" };
        println!("{marked}{sep}{of}]]    @{} {:?}", a.span.start, context(&text, a.span));
    }
}

fn context(text: &str, span: crate::Span) -> &str {
    let mut from = span.start.saturating_sub(30);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (span.end + 20).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    &text[from..to]
}
t!(negated_bound_turns_over, "Temperatures did not fall below 30C. Not less than 40% of seats. Prices didn't rise above 5%. It was not more than 20.", "[[quantity below 30C = 30 °C at_least]] [[percent less than 40% = 40 % at_least of seats]] [[percent above 5% = 5 % at_most]] [[cardinal more than 20 = 20 at_most]]");
t!(negated_elsewhere_keeps_bound, "He did not say whether more than 20 died. Not as many as 300 came.", "[[cardinal more than 20 = 20 at_least]] [[cardinal as many as 300 = 300 at_most]]");
t!(date_after_from, "Bills will rise from 1 October. From 1 January 2025, fees rise. It ran from 2010 to 2015.", "[[date 1 October = --10-01]] [[date 1 January 2025 = 2025-01-01]] [[date from 2010 to 2015 = 2010..2015 2010/2015]]");
t!(magnitude_before_and_after, "A magnitude 6.4 earthquake struck, after a 7.8-magnitude quake.", "[[quantity magnitude 6.4 = 6.4 magnitude]] [[quantity 7.8-magnitude = 7.8 magnitude]]");
t!(magnitude_measuring_after_quake, "It was followed by more than 140 aftershocks, the strongest measuring 5.4. The earthquake struck at dawn. Another measuring 4.9 hit later. The room, measuring 5.4 by 3, was bare.", "[[cardinal more than 140 = 140 at_least of aftershocks]] [[quantity 5.4 = 5.4 magnitude]] [[quantity 4.9 = 4.9 magnitude]] [[cardinal 5.4 = 5.4]] [[cardinal 3 = 3]]");
t!(minimum_and_maximum_of, "He will serve a minimum of 22 years. Fines of a maximum of £5,000.", "[[duration a minimum of 22 years = 22 year at_least]] [[money a maximum of £5,000 = 5000 GBP at_most]]");
t!(fraction_by_hedged_share, "Trade would rise by at least a third by 2030. Sales fell by almost a quarter.", "[[cardinal at least a third = 0.3333333333333333 at_least]] [[date 2030 = 2030]] [[cardinal almost a quarter = 0.25 approximate]]");
t!(ordinal_compound_adjectives, "Stamp duty for first-home buyers, her first-choice school, his first-team debut.", "");
t!(age_after_role, "The midfielder, 22, joined. Her grandmother, 81, said so.", "[[duration 22 = 22 year]] [[duration 81 = 81 year]]");
t!(counted_possessor, "One victim's daughter said so. Of the 10 men's teams, 3 qualified.", "[[cardinal One = 1 of victim]] [[cardinal 10 = 10 of teams]] [[cardinal 3 = 3]]");
t!(negation_idioms_keep_bound, "Whether or not more than 100 people attend is unclear.", "[[cardinal more than 100 = 100 at_least of people]]");
t!(multiples, "Prices are three times higher, a 10-fold rise. Streams rose threefold. He was arrested three times in 2019.", "[[quantity three times = 3 ×]] [[quantity 10-fold = 10 ×]] [[quantity threefold = 3 ×]] [[cardinal three = 3]] [[date 2019 = 2019]]");
t!(relative_date_possessive, "Last year's winner won. He lost last week's vote before next January's poll.", "[[date Last year]] [[date last week]] [[date next January = --01]]");
t!(day_words_and_possessive_days, "Tuesday's vote was close. Ministers meet today, the strike starts tomorrow and talks end tonight. Yesterday's figures and Sunday’s election.", "[[date Tuesday]] [[date today]] [[date tomorrow]] [[date tonight]] [[date Yesterday]] [[date Sunday]]");
t!(possessive_date_leaves_out_s, "Labour won Saturday's general election, as in last month’s poll and yesterday's.", "[[date Saturday]] [[date last month]] [[date yesterday]]");
t!(today_possessive_is_no_date, "In today's world, today’s youth read less than tomorrow's leaders.", "");
t!(dateline_possessive_days, &format!("{DATELINE}After Thursday's vote, last year's winner spoke today; tonight's match and tomorrow he flies."), "[[date Saturday, February 2, 2019 = 2019-02-02]] [[date Thursday = 2019-01-31]] [[date last year = 2018]] [[date today = 2019-02-02]] [[date tonight = 2019-02-02]] [[date tomorrow = 2019-02-03]]");
t!(year_then_level, "It brings the deaths in 2024 to 46. The total for 2024 to 31,079. Prices in 2023 to 2024 rose; 2000 to 3000 people came.", "[[date 2024 = 2024]] [[cardinal 46 = 46]] [[date 2024 = 2024]] [[cardinal 31,079 = 31079]] [[date 2023 to 2024 = 2023..2024 2023/2024]] [[cardinal 2000 to 3000 = 2000..3000 of people]]");
t!(one_in_idioms, "At one point he led. At one stage, on the one hand, one thing is clear. He won by one point at one venue.", "[[cardinal one = 1 of point]] [[cardinal one = 1 of venue]]");
t!(one_doing_is_no_count, "Two quakes struck. One measuring 4.9 was recorded; one carrying the flag led. One person died. One remaining hostage and one building in the town were hit.", "[[cardinal Two = 2 of quakes]] [[quantity 4.9 = 4.9 magnitude]] [[cardinal One = 1 of person]] [[cardinal One = 1 of hostage]] [[cardinal one = 1 of building]]");
t!(counted_after_participle_adjective, "He made 53 unforced errors. Ryanair cut 300 cancelled flights. Five killed, 12 injured.", "[[cardinal 53 = 53 of errors]] [[cardinal 300 = 300 of flights]] [[cardinal Five = 5]] [[cardinal 12 = 12]]");
t!(year_to_two_digits_and_counts, "Spending rose in 2019 to 20. Power was cut for 1500 to 3000 customers.", "[[date 2019 to 20 = 2019..2020 2019/2020]] [[cardinal 1500 to 3000 = 1500..3000 of customers]]");
t!(today_programme_is_no_date, "Speaking on BBC Radio 4's Today programme, she said no. NBC's Today show aired today.", "[[date today]]");
t!(dateline_day_word_with_part, &format!("{DATELINE}They meet tomorrow morning; he spoke yesterday afternoon."), "[[date Saturday, February 2, 2019 = 2019-02-02]] [[date tomorrow morning = 2019-02-03]] [[date yesterday afternoon = 2019-02-01]]");
t!(police_appeal_numbers_are_no_figures, "Anyone with information should call 101, quoting CAD 8512, or call 101 quoting reference 4521. Officers called 101 residents. The fund holds CAD 8512.", "[[cardinal 101 = 101 of residents]] [[money CAD 8512 = 8512 CAD]]");
t!(scaled_decimals_keep_their_digits, "Revenue was $68.4bn, up 0.7 million and 4.35 billion.", "[[money $68.4bn = 68400000000 USD]] [[cardinal 0.7 million = 700000]] [[cardinal 4.35 billion = 4350000000]]");
t!(part_of_a_month, "by the end of March and the first week of May, not the Ides of March or the march of May", "[[date March = --03]] [[ordinal first = 1]] [[date May = --05]]");
t!(quoting_a_price_is_money, "Suppliers were quoting USD 450 per tonne. After the incident 40 people left. Two thirds of a billion.", "[[money USD 450 = 450 USD]] [[cardinal 40 = 40 of people]] [[cardinal Two thirds of a billion = 666666666.6666666]]");
t!(counted_grandchildren, "She is survived by five children and seven grandchildren.", "[[cardinal five = 5 of children]] [[cardinal seven = 7 of grandchildren]]");
t!(number_compounds_count_nothing, "He made five three-pointers and a two-seater; a three-point win.", "[[cardinal five = 5]] [[cardinal three = 3 of point]]");
t!(first_as_adverb, "The site, first spotted in 2022, was first reported by locals; the first reported case and her first published novel.", "[[date 2022 = 2022]] [[ordinal first = 1]] [[ordinal first = 1]]");
t!(duration_unit_long, "a fortnight-long conference, a week-long strike, a decade-long war and half an hour-long show", "[[duration fortnight-long = 1 fortnight]] [[duration week-long = 1 week]] [[duration decade-long = 1 decade]] [[duration half an hour = 0.5 hour]]");
t!(counted_after_the_whole, "Arsenal have won six of their past seven league games, and four of the 10 races. It completes one orbit every 24.7 days.", "[[cardinal six = 6 of games]] [[cardinal seven = 7 of games]] [[cardinal four = 4 of races]] [[cardinal 10 = 10 of races]] [[cardinal one = 1 of orbit]] [[duration 24.7 days = 24.7 day]]");
t!(date_season_year, "Work will start in spring 2026 and end by the autumn of 2027, or in Fall 2028; in the spring, 2026 looked good; next spring.", "[[date spring 2026 = 2026-SP]] [[date autumn of 2027 = 2027-FA]] [[date Fall 2028 = 2028-FA]] [[date 2026 = 2026]] [[date next spring]]");
t!(barrels_of_wine_are_counted, "The sale of 571 barrels raised €23.3 million.", "[[cardinal 571 = 571 of barrels]] [[money €23.3 million = 23300000 EUR]]");
t!(barrels_of_oil_are_measured, "Output fell by 200,000 barrels, the oil ministry said.", "[[quantity 200,000 barrels = 200000 bbl]]");
t!(month_ranges, "Operating profit for the July-September quarter rose 31%. Sales in April–June 2024 fell; the June-July period was dry, as in December-January 2024.", "[[date July-September quarter = --07/--09]] [[percent 31% = 31 %]] [[date April–June 2024 = 2024-04/2024-06]] [[date June-July = --06/--07]] [[date December-January 2024 = 2023-12/2024-01]]");
t!(month_range_after_a_dateline, &format!("{DATELINE}Sales in January-May rose, and will in the October-December quarter."), "[[date Saturday, February 2, 2019 = 2019-02-02]] [[date January-May = 2019-01/2019-05]] [[date October-December quarter = 2019-10/2019-12]]");

proptest::proptest! {
    /// The words the view lower-cases by Unicode rules are those holding a byte past ASCII,
    /// however the text's bytes fall in blocks of eight.
    #[test]
    fn view_lowers_the_words_past_ascii(text in "[aZ1 ,.\u{A0}\u{201C}ÄéΣς-]{0,40}") {
        let tokens = tokenize(&text);
        let mut lowered = String::new();
        let view = super::View::new(&text, &tokens, &mut lowered);
        for (j, t) in tokens.iter().enumerate() {
            let s = &text[t.span.range()];
            let want = if t.kind == crate::text::tokens::TokenKind::Word { s.to_lowercase() } else { s.to_string() };
            proptest::prop_assert_eq!(view.w(j), want.as_str());
        }
    }
}
t!(bare_dollars_are_the_local_ones, "A former adviser stole almost A$4.8 million. She had handed him about $640,000.", "[[money almost A$4.8 million = 4800000 AUD approximate]] [[money about $640,000 = 640000 AUD approximate]]");
t!(bare_dollars_stay_us_ones, "He paid A$5 and US$3, then $4. Gas was C$1.92 per gigajoule, or $1.52 per mmBtu.", "[[money A$5 = 5 AUD]] [[money US$3 = 3 USD]] [[money $4 = 4 USD]] [[money C$1.92 = 1.92 CAD]] [[money $1.52 = 1.52 USD]]");
