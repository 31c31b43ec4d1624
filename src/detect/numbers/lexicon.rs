//! Word lists for figures: number words, scales, qualifiers, currencies and units.
//! Every key is lower-case unless a table says it matches the exact spelling.

use crate::annotation::{Label, Qualifier};

/// Number words below a hundred and what they are worth.
pub(super) fn cardinal_word(w: &str) -> Option<(f64, Class)> {
    if matches!(w, "nought" | "naught") {
        return Some((0.0, Class::Unit));
    }
    if let Some(n) = UNIT_WORDS.iter().position(|u| *u == w) {
        return Some((n as f64, Class::Unit));
    }
    if let Some(n) = TEEN_WORDS.iter().position(|u| *u == w) {
        return Some((n as f64 + 10.0, Class::Teen));
    }
    TENS_WORDS.iter().position(|u| *u == w).map(|n| ((n as f64 + 2.0) * 10.0, Class::Tens))
}

const UNIT_WORDS: [&str; 10] = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEEN_WORDS: [&str; 10] =
    ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS_WORDS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// Whether spelled-out numbers may start with the lower-cased word `w`: a number word
/// below a hundred, an ordinal, "a", "an", "half" or "quarter" ("a dozen", "half a
/// million", "quarter million"). It runs at every word the gate lets through, so most are
/// ruled out by their first byte and length before any list is read.
pub(super) fn starts_number_words(w: &str) -> bool {
    let (Some(&b), len @ 1..=31) = (w.as_bytes().first(), w.len()) else { return false };
    NUMBER_WORD_STARTS[b as usize] & (1 << len) != 0
        && (matches!(w, "a" | "an" | "half" | "quarter" | "million" | "billion" | "trillion")
            || cardinal_word(w).is_some()
            || ordinal_word(w).is_some())
}

/// Every word [`starts_number_words`] accepts, list by list (`SMALL_ORDINALS` holds "" for
/// rank 0, which no word is).
pub(super) const NUMBER_WORD_LISTS: [&[&str]; 6] = {
    const OTHERS: [&str; 15] = [
        "a",
        "an",
        "half",
        "quarter",
        // "million-and-a-half" ([`super::words`]).
        "million",
        "billion",
        "trillion",
        "nought",
        "naught",
        "nineth",
        "hundredth",
        "thousandth",
        "millionth",
        "billionth",
        "trillionth",
    ];
    [&UNIT_WORDS, &TEEN_WORDS, &TENS_WORDS, &SMALL_ORDINALS, &TENS_ORDINALS, &OTHERS]
};

/// For each first byte, a bit for each length of the words [`starts_number_words`] accepts.
const NUMBER_WORD_STARTS: [u32; 256] = {
    let lists = NUMBER_WORD_LISTS;
    let mut t = [0u32; 256];
    let mut l = 0;
    while l < lists.len() {
        let mut k = 0;
        while k < lists[l].len() {
            if !lists[l][k].is_empty() {
                mark_length(&mut t, lists[l][k]);
            }
            k += 1;
        }
        l += 1;
    }
    t
};

/// Sets, in a table of word lengths by byte, the bit for `w`'s length (below 32) under its
/// first byte: the table that rules most words out at a glance.
const fn mark_length(table: &mut [u32; 256], w: &str) {
    let w = w.as_bytes();
    assert!(!w.is_empty() && w.len() < 32);
    table[w[0] as usize] |= 1 << w.len();
}

/// Where a number word sits in a spelled-out number, which decides what may follow it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Class {
    /// one to nine (and zero)
    Unit,
    /// ten to nineteen
    Teen,
    /// twenty, thirty ... ninety
    Tens,
}

/// Ordinal words and their rank ("first" 1, "twentieth" 20, "hundredth" 100).
pub(super) fn ordinal_word(w: &str) -> Option<f64> {
    if let Some(n) = SMALL_ORDINALS.iter().position(|u| *u == w).filter(|&n| n > 0) {
        return Some(n as f64);
    }
    // A common misspelling.
    if w == "nineth" {
        return Some(9.0);
    }
    if let Some(n) = TENS_ORDINALS.iter().position(|u| *u == w) {
        return Some((n as f64 + 2.0) * 10.0);
    }
    match w {
        "hundredth" => Some(100.0),
        "thousandth" => Some(1e3),
        "millionth" => Some(1e6),
        "billionth" => Some(1e9),
        "trillionth" => Some(1e12),
        _ => None,
    }
}

/// Ordinals by rank: a word's position is its rank (none is 0).
const SMALL_ORDINALS: [&str; 20] = [
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];
const TENS_ORDINALS: [&str; 8] =
    ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

/// Denominators of spelled-out fractions ("two-thirds", "three quarters").
pub(super) fn denominator(w: &str) -> Option<f64> {
    Some(match w {
        "half" | "halves" => 2.0,
        "third" | "thirds" => 3.0,
        "quarter" | "quarters" | "fourth" | "fourths" => 4.0,
        "fifth" | "fifths" => 5.0,
        "sixth" | "sixths" => 6.0,
        "seventh" | "sevenths" => 7.0,
        "eighth" | "eighths" => 8.0,
        "ninth" | "ninths" => 9.0,
        "tenth" | "tenths" => 10.0,
        "hundredth" | "hundredths" => 100.0,
        "thousandth" | "thousandths" => 1000.0,
        // "a thirtieth", "three twentieths", "a millionth".
        _ => return ordinal_word(w.strip_suffix('s').unwrap_or(w)).filter(|&n| n > 10.0),
    })
}

/// Scale words that multiply what comes before, spelled out or abbreviated. The second
/// field is true for abbreviations that must be glued to the digits ("10k", "5m"): spaced,
/// they are more often a letter or a unit.
pub(super) fn scale_word(w: &str) -> Option<(f64, bool)> {
    Some(match w {
        "hundred" => (1e2, false),
        "thousand" => (1e3, false),
        "million" | "mln" | "mn" => (1e6, false),
        "billion" | "bn" | "bln" => (1e9, false),
        "trillion" | "tn" | "trn" | "tln" => (1e12, false),
        "lakh" => (1e5, false),
        "crore" => (1e7, false),
        "k" => (1e3, true),
        "m" => (1e6, true),
        "b" => (1e9, true),
        _ => return None,
    })
}

/// Hedges before a figure, longest first so "more than" wins over a bare "more".
pub(super) const QUALIFIERS: &[(&[&str], Qualifier)] = &[
    (&["no", "more", "than"], Qualifier::AtMost),
    // Times and dates: "not before 1pm" is 1pm or later, "no later than 2030" 2030 or sooner.
    (&["no", "later", "than"], Qualifier::AtMost),
    (&["no", "earlier", "than"], Qualifier::AtLeast),
    (&["not", "before"], Qualifier::AtLeast),
    (&["not", "after"], Qualifier::AtMost),
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["a", "little", "over"], Qualifier::AtLeast),
    (&["a", "little", "under"], Qualifier::AtMost),
    (&["slightly", "more", "than"], Qualifier::AtLeast),
    (&["slightly", "less", "than"], Qualifier::AtMost),
    (&["slightly", "fewer", "than"], Qualifier::AtMost),
    (&["as", "much", "as"], Qualifier::AtMost),
    (&["as", "high", "as"], Qualifier::AtMost),
    (&["as", "few", "as"], Qualifier::AtLeast),
    (&["as", "little", "as"], Qualifier::AtLeast),
    (&["as", "low", "as"], Qualifier::AtLeast),
    (&["just", "over"], Qualifier::AtLeast),
    (&["just", "above"], Qualifier::AtLeast),
    (&["well", "over"], Qualifier::AtLeast),
    (&["well", "above"], Qualifier::AtLeast),
    (&["just", "under"], Qualifier::AtMost),
    (&["just", "below"], Qualifier::AtMost),
    (&["well", "under"], Qualifier::AtMost),
    (&["well", "below"], Qualifier::AtMost),
    (&["more", "than"], Qualifier::AtLeast),
    (&["greater", "than"], Qualifier::AtLeast),
    (&["larger", "than"], Qualifier::AtLeast),
    (&["higher", "than"], Qualifier::AtLeast),
    (&["bigger", "than"], Qualifier::AtLeast),
    (&["smaller", "than"], Qualifier::AtMost),
    (&["lower", "than"], Qualifier::AtMost),
    (&["at", "least"], Qualifier::AtLeast),
    (&["a", "minimum", "of"], Qualifier::AtLeast),
    (&["a", "maximum", "of"], Qualifier::AtMost),
    (&["upwards", "of"], Qualifier::AtLeast),
    (&["in", "excess", "of"], Qualifier::AtLeast),
    (&["as", "many", "as"], Qualifier::AtMost),
    (&["up", "to"], Qualifier::AtMost),
    (&["fewer", "than"], Qualifier::AtMost),
    (&["less", "than"], Qualifier::AtMost),
    (&["at", "most"], Qualifier::AtMost),
    (&["close", "to"], Qualifier::Approximate),
    (&["an", "estimated"], Qualifier::Approximate),
    (&["about"], Qualifier::Approximate),
    // "~23 m": the tilde of approximation, glued to its figure.
    (&["~"], Qualifier::Approximate),
    (&["around"], Qualifier::Approximate),
    (&["nearly"], Qualifier::Approximate),
    (&["almost"], Qualifier::Approximate),
    (&["roughly"], Qualifier::Approximate),
    (&["approximately"], Qualifier::Approximate),
    (&["some"], Qualifier::Approximate),
    (&["estimated"], Qualifier::Approximate),
    (&["circa"], Qualifier::Approximate),
    (&["over"], Qualifier::AtLeast),
    (&["above"], Qualifier::AtLeast),
    (&["under"], Qualifier::AtMost),
    (&["below"], Qualifier::AtMost),
];

/// Currency signs written before the amount, exactly as written.
pub(super) fn currency_sign(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₹" => "INR",
        "₽" => "RUB",
        "₩" => "KRW",
        "₺" => "TRY",
        "₦" => "NGN",
        "₪" => "ILS",
        "₱" => "PHP",
        "₿" => "BTC",
        "₫" => "VND",
        "₴" => "UAH",
        "₡" => "CRC",
        "₾" => "GEL",
        "₭" => "LAK",
        "₸" => "KZT",
        "₵" => "GHS",
        "฿" => "THB",
        _ => return None,
    })
}

/// Letters glued before "$" that name whose dollar it is ("US$40", "HK$3").
pub(super) fn dollar_prefix(s: &str) -> Option<&'static str> {
    Some(match s {
        "US" => "USD",
        "C" | "CA" | "Can" => "CAD",
        "A" | "AU" => "AUD",
        "NZ" => "NZD",
        "HK" => "HKD",
        "S" => "SGD",
        "R" => "BRL",
        "NT" => "TWD",
        "Mex" => "MXN",
        _ => return None,
    })
}

/// ISO codes and abbreviations that may stand before or after an amount, exactly as written.
pub(super) fn currency_code(s: &str) -> Option<&'static str> {
    if let Some(&(_, code)) = NAMED_CODES.iter().find(|(name, _)| *name == s) {
        return Some(code);
    }
    // Every other code is three capitals: most words are out at the first look.
    if s.len() != 3 || !s.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    CODES.iter().copied().find(|c| *c == s)
}

/// Abbreviations [`currency_code`] reads besides [`CODES`], and the code each stands for.
pub(super) const NAMED_CODES: [(&str, &str); 4] = [("Rs", "INR"), ("RMB", "CNY"), ("BTC", "BTC"), ("XBT", "BTC")];

/// Like [`currency_code`], for a three-letter code in any case ("usd"), without allocating.
pub(super) fn currency_code_any_case(s: &str) -> Option<&'static str> {
    let b = s.as_bytes();
    if b.len() != 3 || !b.iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    let upper = [b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase(), b[2].to_ascii_uppercase()];
    currency_code(std::str::from_utf8(&upper).ok()?)
}

/// ISO codes, three capitals each.
pub(super) const CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "INR", "CHF", "AUD", "CAD", "RUB", "BRL", "ZAR", "SEK", "NOK", "DKK", "HKD",
    "SGD", "NZD", "KRW", "MXN", "TRY", "ILS", "NGN", "PKR", "IQD", "IRR", "SAR", "AED", "EGP", "KES", "PLN", "UAH",
];

/// Currency words after an amount ("5,000 dollars"); the code and the factor to the main
/// unit ("cents" are hundredths of a dollar).
pub(super) fn currency_word(w: &str) -> Option<(&'static str, f64)> {
    Some(match w {
        "dollar" | "dollars" => ("USD", 1.0),
        "cent" | "cents" => ("USD", 0.01),
        "euro" | "euros" => ("EUR", 1.0),
        "pound" | "pounds" | "sterling" => ("GBP", 1.0),
        "pence" | "p" => ("GBP", 0.01),
        "yen" => ("JPY", 1.0),
        "yuan" | "renminbi" | "元" => ("CNY", 1.0),
        "rupee" | "rupees" => ("INR", 1.0),
        "rouble" | "roubles" | "ruble" | "rubles" => ("RUB", 1.0),
        "franc" | "francs" => ("CHF", 1.0),
        "shekel" | "shekels" => ("ILS", 1.0),
        "naira" => ("NGN", 1.0),
        "rand" => ("ZAR", 1.0),
        "lira" | "liras" => ("TRY", 1.0),
        "riyal" | "riyals" => ("SAR", 1.0),
        "dirham" | "dirhams" => ("AED", 1.0),
        "dinar" | "dinars" => ("IQD", 1.0),
        "peso" | "pesos" => ("MXN", 1.0),
        "real" | "reais" => ("BRL", 1.0),
        "won" => ("KRW", 1.0),
        "zloty" | "zlotys" => ("PLN", 1.0),
        "krona" | "kronor" => ("SEK", 1.0),
        "krone" | "kroner" => ("NOK", 1.0),
        // English for all the Nordic and Czech currencies: only with the country's adjective
        // ("512 Danish crowns"; not "won three crowns"), which picks one in `currency_country`.
        "crown" | "crowns" => ("crowns", 1.0),
        "hryvnia" | "hryvnias" => ("UAH", 1.0),
        "bitcoin" | "bitcoins" | "btc" => ("BTC", 1.0),
        "satoshi" | "satoshis" => ("BTC", 1e-8),
        "markka" | "markkaa" => ("FIM", 1.0),
        "peseta" | "pesetas" => ("ESP", 1.0),
        "guilder" | "guilders" => ("NLG", 1.0),
        "penny" | "pennies" => ("GBP", 0.01),
        _ => return None,
    })
}

/// Adjectives before a currency word that change which currency it is ("Australian dollars").
pub(super) fn currency_country(adjective: &str, word_code: &str) -> Option<&'static str> {
    Some(match (adjective, word_code) {
        ("us" | "american", "USD") => "USD",
        ("hong", "USD") => "HKD",
        ("new", "USD") => "NZD",
        ("finnish", "FIM") => "FIM",
        ("dutch", "NLG") => "NLG",
        ("spanish", "ESP") => "ESP",
        ("canadian", "USD") => "CAD",
        ("australian", "USD") => "AUD",
        ("singapore", "USD") => "SGD",
        ("taiwan" | "taiwanese", "USD") => "TWD",
        ("zimbabwean" | "zimbabwe", "USD") => "ZWL",
        ("egyptian", "GBP") => "EGP",
        ("swiss", "CHF") => "CHF",
        ("indian", "INR") => "INR",
        ("pakistani", "INR") => "PKR",
        ("sri", "INR") => "LKR",
        ("iraqi", "IQD") => "IQD",
        ("jordanian", "IQD") => "JOD",
        ("kuwaiti", "IQD") => "KWD",
        ("philippine", "MXN") => "PHP",
        ("argentine" | "argentinian", "MXN") => "ARS",
        ("chilean", "MXN") => "CLP",
        ("colombian", "MXN") => "COP",
        ("mexican", "MXN") => "MXN",
        ("turkish", "TRY") => "TRY",
        ("south", "KRW") => "KRW",
        ("brazilian", "BRL") => "BRL",
        ("chinese", "CNY") => "CNY",
        ("japanese", "JPY") => "JPY",
        ("russian", "RUB") => "RUB",
        ("saudi", "SAR") => "SAR",
        ("swedish", "SEK") => "SEK",
        ("norwegian", "NOK") => "NOK",
        ("danish", "NOK" | "crowns") => "DKK",
        ("swedish", "crowns") => "SEK",
        ("norwegian", "crowns") => "NOK",
        ("czech", "crowns") => "CZK",
        ("icelandic", "crowns") => "ISK",
        _ => return None,
    })
}

/// One unit: the tokens that spell it (lower-case unless `exact`), its canonical name,
/// whether it is a length of time, and whether it only counts glued to the digits.
pub(super) struct Unit {
    pub(super) tokens: &'static [&'static str],
    pub(super) name: &'static str,
    pub(super) label: Label,
    pub(super) exact: bool,
    pub(super) glued: bool,
}

const fn u(tokens: &'static [&'static str], name: &'static str) -> Unit {
    Unit { tokens, name, label: Label::Quantity, exact: false, glued: false }
}
const fn exact(tokens: &'static [&'static str], name: &'static str) -> Unit {
    Unit { tokens, name, label: Label::Quantity, exact: true, glued: false }
}
const fn glued(tokens: &'static [&'static str], name: &'static str) -> Unit {
    Unit { tokens, name, label: Label::Quantity, exact: true, glued: true }
}
const fn time(tokens: &'static [&'static str], name: &'static str) -> Unit {
    Unit { tokens, name, label: Label::Duration, exact: false, glued: false }
}

/// Units, longest spelling first so "square kilometres" wins over "kilometres".
pub(super) const UNITS: &[Unit] = &[
    u(&["square", "kilometres"], "km²"),
    u(&["square", "kilometers"], "km²"),
    u(&["square", "kilometre"], "km²"),
    u(&["square", "kilometer"], "km²"),
    u(&["sq", "km"], "km²"),
    u(&["square", "miles"], "sq mi"),
    u(&["square", "mile"], "sq mi"),
    u(&["square", "metres"], "m²"),
    u(&["square", "meters"], "m²"),
    u(&["square", "metre"], "m²"),
    u(&["square", "meter"], "m²"),
    u(&["square", "feet"], "sq ft"),
    u(&["square", "foot"], "sq ft"),
    u(&["square", "yards"], "sq yd"),
    u(&["square", "yard"], "sq yd"),
    u(&["sq", "ft"], "sq ft"),
    u(&["sq", "m"], "m²"),
    u(&["sq", "metres"], "m²"),
    u(&["sq", "meters"], "m²"),
    u(&["sq", "mi"], "sq mi"),
    u(&["sq", "miles"], "sq mi"),
    u(&["cubic", "metres"], "m³"),
    u(&["cubic", "meters"], "m³"),
    u(&["cubic", "metre"], "m³"),
    u(&["cubic", "meter"], "m³"),
    u(&["km", "/", "h"], "km/h"),
    u(&["m", "/", "s"], "m/s"),
    u(&["km", "/", "s"], "km/s"),
    u(&["kilometres", "per", "second"], "km/s"),
    u(&["kilometers", "per", "second"], "km/s"),
    u(&["metres", "per", "second"], "m/s"),
    u(&["meters", "per", "second"], "m/s"),
    u(&["miles", "per", "second"], "mi/s"),
    u(&["light", "years"], "ly"),
    u(&["light", "-", "years"], "ly"),
    u(&["light", "year"], "ly"),
    u(&["light", "-", "year"], "ly"),
    u(&["miles", "per", "hour"], "mph"),
    u(&["kilometres", "per", "hour"], "km/h"),
    u(&["kilometers", "per", "hour"], "km/h"),
    u(&["degrees", "celsius"], "°C"),
    u(&["degrees", "centigrade"], "°C"),
    u(&["degrees", "fahrenheit"], "°F"),
    u(&["degree", "celsius"], "°C"),
    u(&["degree", "fahrenheit"], "°F"),
    u(&["degrees", "c"], "°C"),
    u(&["degrees", "f"], "°F"),
    u(&["degree", "c"], "°C"),
    u(&["degree", "f"], "°F"),
    u(&["degrees", "farenheit"], "°F"),
    u(&["deg", "c"], "°C"),
    u(&["deg", "f"], "°F"),
    u(&["deg", "celsius"], "°C"),
    u(&["deg", "fahrenheit"], "°F"),
    u(&["celsius"], "°C"),
    u(&["celcius"], "°C"),
    u(&["centigrade"], "°C"),
    u(&["fahrenheit"], "°F"),
    u(&["farenheit"], "°F"),
    u(&["metric", "tons"], "t"),
    u(&["metric", "tonnes"], "t"),
    u(&["miles", "an", "hour"], "mph"),
    u(&["km", "/", "hr"], "km/h"),
    u(&["kmph"], "km/h"),
    exact(&["°", "C"], "°C"),
    exact(&["°", "F"], "°F"),
    exact(&["º", "C"], "°C"),
    exact(&["º", "F"], "°F"),
    u(&["°"], "°"),
    u(&["deg", "."], "°"),
    u(&["deg"], "°"),
    u(&["degrees"], "°"),
    glued(&["C"], "°C"),
    glued(&["F"], "°F"),
    u(&["kilowatt", "hours"], "kWh"),
    u(&["megawatt", "hours"], "MWh"),
    u(&["gigawatt", "hours"], "GWh"),
    u(&["terawatt", "hours"], "TWh"),
    u(&["km²"], "km²"),
    u(&["km2"], "km²"),
    u(&["m²"], "m²"),
    u(&["m2"], "m²"),
    u(&["km"], "km"),
    u(&["kms"], "km"),
    u(&["kilometre"], "km"),
    u(&["kilometres"], "km"),
    u(&["kilometer"], "km"),
    u(&["kilometers"], "km"),
    u(&["m"], "m"),
    u(&["metre"], "m"),
    u(&["metres"], "m"),
    u(&["meter"], "m"),
    u(&["meters"], "m"),
    u(&["cm"], "cm"),
    u(&["centimetre"], "cm"),
    u(&["centimetres"], "cm"),
    u(&["centimeter"], "cm"),
    u(&["centimeters"], "cm"),
    u(&["mm"], "mm"),
    u(&["millimetre"], "mm"),
    u(&["millimetres"], "mm"),
    u(&["millimeter"], "mm"),
    u(&["millimeters"], "mm"),
    u(&["mile"], "mi"),
    u(&["miles"], "mi"),
    u(&["foot"], "ft"),
    u(&["feet"], "ft"),
    u(&["ft"], "ft"),
    u(&["inch"], "in"),
    u(&["inches"], "in"),
    // "10in of snow": glued to the digits, never the preposition.
    glued(&["in"], "in"),
    u(&["yard"], "yd"),
    u(&["yards"], "yd"),
    u(&["nautical", "miles"], "nmi"),
    u(&["hectare"], "ha"),
    u(&["hectares"], "ha"),
    u(&["ha"], "ha"),
    u(&["acre"], "acre"),
    u(&["acres"], "acre"),
    u(&["kg"], "kg"),
    u(&["kgs"], "kg"),
    u(&["kilogram"], "kg"),
    u(&["kilograms"], "kg"),
    u(&["kilogramme"], "kg"),
    u(&["kilogrammes"], "kg"),
    u(&["kilo"], "kg"),
    u(&["kilos"], "kg"),
    u(&["gram"], "g"),
    u(&["grams"], "g"),
    u(&["gramme"], "g"),
    u(&["grammes"], "g"),
    glued(&["g"], "g"),
    u(&["mg"], "mg"),
    u(&["milligram"], "mg"),
    u(&["microgram"], "µg"),
    u(&["micrograms"], "µg"),
    u(&["microgramme"], "µg"),
    u(&["microgrammes"], "µg"),
    u(&["mcg"], "µg"),
    u(&["μg"], "µg"),
    u(&["µg"], "µg"),
    glued(&["t"], "t"),
    u(&["milligrams"], "mg"),
    u(&["tonne"], "t"),
    u(&["tonnes"], "t"),
    u(&["ton"], "ton"),
    u(&["tons"], "ton"),
    u(&["lb"], "lb"),
    u(&["lbs"], "lb"),
    // Reached only where the context says weight; otherwise pounds are money.
    u(&["pound"], "lb"),
    u(&["pounds"], "lb"),
    u(&["ounce"], "oz"),
    u(&["ounces"], "oz"),
    u(&["oz"], "oz"),
    u(&["litre"], "l"),
    u(&["litres"], "l"),
    u(&["liter"], "l"),
    u(&["liters"], "l"),
    u(&["ml"], "ml"),
    u(&["millilitres"], "ml"),
    u(&["milliliters"], "ml"),
    u(&["gallon"], "gal"),
    u(&["gallons"], "gal"),
    u(&["tablespoon"], "tbsp"),
    u(&["tablespoons"], "tbsp"),
    u(&["tbsp"], "tbsp"),
    u(&["teaspoon"], "tsp"),
    u(&["teaspoons"], "tsp"),
    u(&["tsp"], "tsp"),
    u(&["cup"], "cup"),
    u(&["cups"], "cup"),
    u(&["barrels", "per", "day"], "bbl/d"),
    u(&["barrels", "a", "day"], "bbl/d"),
    u(&["barrels", "of", "oil", "per", "day"], "bbl/d"),
    u(&["barrels", "of", "oil", "a", "day"], "bbl/d"),
    u(&["barrel"], "bbl"),
    u(&["barrels"], "bbl"),
    u(&["bpd"], "bbl/d"),
    u(&["bopd"], "bbl/d"),
    u(&["b", "/", "d"], "bbl/d"),
    u(&["bbl", "/", "d"], "bbl/d"),
    u(&["bbl"], "bbl"),
    u(&["boe", "/", "d"], "boe/d"),
    u(&["boepd"], "boe/d"),
    u(&["boe"], "boe"),
    u(&["cubic", "feet"], "cu ft"),
    u(&["cubic", "foot"], "cu ft"),
    u(&["km/h"], "km/h"),
    u(&["kph"], "km/h"),
    u(&["kmh"], "km/h"),
    u(&["mph"], "mph"),
    u(&["knot"], "kn"),
    u(&["knots"], "kn"),
    // An earthquake's: "a 7.8-magnitude quake", "6.1 magnitude" ("magnitude 6.4": `figure`).
    u(&["magnitude"], "magnitude"),
    exact(&["W"], "W"),
    exact(&["kW"], "kW"),
    exact(&["MW"], "MW"),
    exact(&["GW"], "GW"),
    exact(&["TW"], "TW"),
    exact(&["kWh"], "kWh"),
    exact(&["MWh"], "MWh"),
    exact(&["GWh"], "GWh"),
    exact(&["TWh"], "TWh"),
    u(&["watt"], "W"),
    u(&["watts"], "W"),
    u(&["kilowatt"], "kW"),
    u(&["kilowatts"], "kW"),
    u(&["megawatt"], "MW"),
    u(&["megawatts"], "MW"),
    u(&["gigawatt"], "GW"),
    u(&["gigawatts"], "GW"),
    u(&["calories"], "kcal"),
    u(&["kcal"], "kcal"),
    u(&["joules"], "J"),
    exact(&["kB"], "kB"),
    exact(&["KB"], "kB"),
    exact(&["MB"], "MB"),
    exact(&["GB"], "GB"),
    exact(&["TB"], "TB"),
    exact(&["PB"], "PB"),
    u(&["kb"], "kB"),
    u(&["mb"], "MB"),
    u(&["gb"], "GB"),
    u(&["tb"], "TB"),
    exact(&["Mbps"], "Mbit/s"),
    exact(&["Gbps"], "Gbit/s"),
    exact(&["Mb"], "Mbit"),
    exact(&["Gb"], "Gbit"),
    u(&["bytes"], "B"),
    u(&["kilobytes"], "kB"),
    u(&["megabytes"], "MB"),
    u(&["gigabytes"], "GB"),
    u(&["terabytes"], "TB"),
    exact(&["Hz"], "Hz"),
    exact(&["kHz"], "kHz"),
    exact(&["MHz"], "MHz"),
    exact(&["GHz"], "GHz"),
    u(&["hertz"], "Hz"),
    u(&["megahertz"], "MHz"),
    u(&["gigahertz"], "GHz"),
    exact(&["mAh"], "mAh"),
    // A camera's resolution: "a 48-megapixel camera".
    u(&["megapixel"], "MP"),
    u(&["megapixels"], "MP"),
    u(&["bits"], "bit"),
    u(&["bit"], "bit"),
    u(&["decibels"], "dB"),
    exact(&["dB"], "dB"),
    time(&["millennium"], "millennium"),
    time(&["millennia"], "millennium"),
    time(&["century"], "century"),
    time(&["centuries"], "century"),
    time(&["decade"], "decade"),
    time(&["decades"], "decade"),
    time(&["year"], "year"),
    time(&["years"], "year"),
    time(&["yr"], "year"),
    time(&["yrs"], "year"),
    time(&["month"], "month"),
    time(&["months"], "month"),
    time(&["fortnight"], "fortnight"),
    time(&["fortnights"], "fortnight"),
    time(&["week"], "week"),
    time(&["weeks"], "week"),
    time(&["day"], "day"),
    time(&["days"], "day"),
    time(&["hour"], "hour"),
    time(&["hours"], "hour"),
    time(&["hrs"], "hour"),
    time(&["hr"], "hour"),
    time(&["minute"], "minute"),
    time(&["minutes"], "minute"),
    time(&["mins"], "minute"),
    time(&["min"], "minute"),
    time(&["second"], "second"),
    time(&["seconds"], "second"),
    time(&["secs"], "second"),
    time(&["sec"], "second"),
];

/// The units a token may start, in table order: those whose first token begins with the
/// same byte, compared without case. A number is followed by a word far more often than
/// by a unit, and trying all of [`UNITS`] after every number cost more than the rest of
/// the detector.
///
/// `raw` is the token as written and `low` lower-cased: exact units compare the first,
/// the others the second. The two nearly always start with the same byte; when they do
/// not ("\u{212A}m", a Kelvin sign lower-cased to "km"), every unit is tried.
pub(super) fn units_starting(raw: &str, low: &str) -> impl Iterator<Item = &'static Unit> {
    let first = |s: &str| s.as_bytes().first().map(u8::to_ascii_lowercase);
    let order: &[u16] = match (first(raw), first(low)) {
        (Some(r), Some(l)) if r == l => {
            let (from, to) = (UNIT_GROUPS.1[r as usize] as usize, UNIT_GROUPS.1[r as usize + 1] as usize);
            &UNIT_GROUPS.0[from..to]
        }
        (Some(_), Some(_)) => &UNIT_GROUPS.2,
        _ => &[],
    };
    order.iter().map(|&i| &UNITS[i as usize])
}

/// [`UNITS`] grouped by the lower-cased first byte of their first token: the unit indices
/// group by group, each group in table order; where each group starts (group `b` is
/// `starts[b]..starts[b + 1]`); and every index, for the rare token that needs them all.
const UNIT_GROUPS: ([u16; UNITS.len()], [u16; 257], [u16; UNITS.len()]) = {
    assert!(UNITS.len() <= u16::MAX as usize);
    let mut starts = [0u16; 257];
    let mut i = 0;
    while i < UNITS.len() {
        starts[unit_group(&UNITS[i]) + 1] += 1;
        i += 1;
    }
    let mut b = 0;
    while b < 256 {
        starts[b + 1] += starts[b];
        b += 1;
    }
    let mut next = starts;
    let mut order = [0u16; UNITS.len()];
    let mut all = [0u16; UNITS.len()];
    let mut i = 0;
    while i < UNITS.len() {
        let k = unit_group(&UNITS[i]);
        order[next[k] as usize] = i as u16;
        next[k] += 1;
        all[i] = i as u16;
        i += 1;
    }
    (order, starts, all)
};

/// The group of a unit in [`UNIT_GROUPS`]: the lower-cased first byte of its first token.
const fn unit_group(u: &Unit) -> usize {
    u.tokens[0].as_bytes()[0].to_ascii_lowercase() as usize
}

/// Month names and abbreviations, as written (capitalised), with the month number.
///
/// A full name in any case but lower ("May", "MAY"), an abbreviation as written or in
/// capitals ("Jan", "JAN"), or "Sept"; the flag says whether the name was full.
pub(super) fn month(s: &str) -> Option<(u32, bool)> {
    // Month names are 3 to 9 bytes long and start with one of eight letters.
    if !(3..=9).contains(&s.len())
        || !matches!(s.as_bytes()[0] | 0x20, b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd')
    {
        return None;
    }
    // The names are compared lower-cased, with the case rules below.
    let mut buf = [0u8; 9];
    let low = &mut buf[..s.len()];
    low.copy_from_slice(s.as_bytes());
    low.make_ascii_lowercase();
    if let Some(n) = MONTHS.iter().position(|m| m.as_bytes() == low) {
        let capitalised = s.starts_with(|c: char| c.is_ascii_uppercase());
        return capitalised.then_some((n as u32 + 1, true));
    }
    if s == SEPT {
        return Some((9, false));
    }
    let &(_, short) = MONTH_ABBREVIATIONS.iter().find(|(a, _)| a.as_bytes() == low)?;
    // "Jan" as written, or "JAN".
    let written = s.as_bytes()[1..] == low[1..] && s.as_bytes()[0] == low[0].to_ascii_uppercase();
    (written || s.bytes().all(|b| b.is_ascii_uppercase())).then_some((short, false))
}

/// Month names in calendar order, lower-case: [`month`] compares them with the name
/// lower-cased.
pub(super) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
/// Month abbreviations, lower-case, and their month ("may" needs none).
pub(super) const MONTH_ABBREVIATIONS: [(&str, u32); 11] = [
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];
/// The one longer abbreviation, read only as written.
pub(super) const SEPT: &str = "Sept";

/// Day names, as written (capitalised).
pub(super) fn weekday(s: &str) -> bool {
    WEEKDAYS.contains(&s)
}

/// Whether `w` (lower-cased) is a part of the day that joins the weekday before it:
/// "Saturday evening". The date reader takes it into the span and the dateline reader
/// looks past it.
pub(super) fn day_part(w: &str) -> bool {
    matches!(w, "morning" | "afternoon" | "evening" | "night")
}

/// Day names, capitalised as [`weekday`] wants them.
pub(super) const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Words that end a run of words naming what a figure counts ("5,200 soldiers *are*").
pub(super) fn stops_counted(w: &str) -> bool {
    matches!(
        w,
        "a" | "an" | "the" | "and" | "or" | "but" | "nor" | "of" | "in" | "on" | "at" | "to" | "for" | "from"
            | "by" | "with" | "without" | "as" | "than" | "that" | "which" | "who" | "whom" | "whose" | "this"
            | "these" | "those" | "is" | "are" | "was" | "were" | "be" | "been" | "being" | "am" | "has" | "have"
            | "had" | "do" | "does" | "did" | "will" | "would" | "can" | "could" | "may" | "might" | "must"
            | "shall" | "should" | "said" | "says" | "say" | "told" | "per" | "each" | "every" | "more" | "less" | "ago"
            | "before" | "after" | "since" | "until" | "while" | "when" | "where" | "if" | "it" | "its" | "they"
            | "them" | "he" | "she" | "we" | "you" | "i" | "his" | "her" | "their" | "our" | "not" | "no"
            | "also" | "still" | "out" | "up" | "down" | "over" | "under" | "into" | "about" | "against"
            | "between" | "during" | "through" | "there" | "here" | "so" | "too" | "very" | "just" | "only"
            | "other" | "others" | "then" | "now" | "all" | "both" | "either" | "neither" | "any" | "some"
            | "again" | "across" | "around" | "among" | "because" | "though" | "although" | "yet" | "what"
            | "how" | "why" | "percent" | "cent" | "times" | "later" | "earlier" | "apiece" | "away"
            | "get" | "got" | "go" | "went" | "come" | "came" | "make" | "made" | "take" | "took" | "see"
            | "saw" | "know" | "knew" | "think" | "want" | "wants" | "knows" | "thinks" | "another" | "des"
            | "de" | "du" | "la" | "le" | "les" | "von" | "van" | "der" | "al" | "el" | "bin" | "ibn"
            // Verbs that look like plurals.
            | "goes" | "comes" | "remains" | "occurs" | "lives" | "works" | "makes" | "takes"
            | "gets" | "seems" | "appears" | "believes" | "needs" | "means" | "includes" | "holds"
            | "shows" | "uses" | "faces" | "owns" | "accounts" | "pays" | "earns" | "falls" | "rises"
            | "lies" | "stands" | "becomes" | "belongs" | "depends" | "continues" | "happens"
    )
}

/// Determiners skipped after "of" before the counted noun ("90% of *the* people").
pub(super) fn determiner(w: &str) -> bool {
    matches!(
        w,
        "the" | "these" | "those" | "its" | "their" | "his" | "her" | "our" | "my" | "your" | "all" | "a" | "an"
    )
}

/// Pronouns that can be what a figure counts after "of" ("90% of us").
pub(super) fn counted_pronoun(w: &str) -> bool {
    matches!(w, "us" | "them" | "you" | "those" | "these" | "which" | "whom")
}

/// Nouns written the same for one and for many: "one aircraft", "40 aircraft".
pub(super) fn same_in_plural(w: &str) -> bool {
    matches!(w, "sheep" | "fish" | "deer" | "aircraft" | "spacecraft" | "offspring")
}

/// Words glued to a figure by a hyphen that are not what it counts: "a 20-strong team",
/// "a 100-odd", "a 40-something", "went 3-for-4", "14-of-23", "at 15-under", "151-to-1",
/// "5-all", "13-times champions", "a 6-iron", "a 12-footer", and units and scales the
/// figure's own reading did not take ("a 30-percent rise", "its 40-million population").
pub(super) fn not_counted_after_hyphen(w: &str) -> bool {
    matches!(
        w,
        "strong"
            | "odd"
            | "fold"
            | "something"
            | "plus"
            | "like"
            | "year"
            | "years"
            | "old"
            | "for"
            | "of"
            | "to"
            | "all"
            | "nil"
            | "under"
            | "over"
            | "up"
            | "time"
            | "times"
            | "iron"
            | "wood"
            | "footer"
            | "percent"
            | "pct"
            | "mth"
            | "yr"
            | "ish"
            | "present"
            | "style"
            | "somethings"
            | "dimensional"
            | "per"
            | "and"
            | "or"
            | "on"
            | "by"
            | "side"
    ) || scale_word(w).is_some()
}

/// Plurals that do not end in "s".
pub(super) fn plural_noun(w: &str) -> bool {
    same_in_plural(w)
        || matches!(
            w,
            "people"
                | "men"
                | "women"
                | "children"
                | "grandchildren"
                | "stepchildren"
                | "police"
                | "staff"
                | "personnel"
                | "cattle"
                | "livestock"
                | "feet"
                | "teeth"
                | "mice"
                | "geese"
                | "troops"
                | "crew"
                | "dead"
                | "injured"
                | "wounded"
                | "missing"
                | "homeless"
                | "elderly"
                | "youth"
                | "data"
                | "media"
                | "criteria"
                | "phenomena"
                | "alumni"
                | "clergy"
                | "militia"
        )
}

/// Words before a number that make it a position in a sequence, not a count ("week 22").
pub(super) fn numbering_word(w: &str) -> bool {
    matches!(
        w,
        "week"
            | "page"
            | "pages"
            | "number"
            | "no"
            | "room"
            | "chapter"
            | "article"
            | "section"
            | "level"
            | "category"
            | "phase"
            | "stage"
            | "round"
            | "day"
            | "game"
            | "lane"
            | "gate"
            | "platform"
            | "route"
            | "highway"
            | "flight"
            | "row"
            | "seat"
            | "grade"
            | "year"
            | "verse"
            | "line"
            | "step"
    )
}

/// A set of words, one bit each under a hash of the word's length and its first, second and
/// last bytes, kept lower-case (ASCII case folded as words are put in, so lists written
/// in capitals serve as they are). [`WordKeys::may_hold`] is true for every word put in,
/// lower-cased (its key is the same), and for a few others that share a key: a test that
/// rules most words out in a few instructions, which an exact check must follow.
pub(super) struct WordKeys([u64; WORD_KEY_BITS / 64]);

/// Bits in a [`WordKeys`]: the keys of a few hundred words fill about one in thirty.
const WORD_KEY_BITS: usize = 1 << 13;

impl WordKeys {
    pub(super) const fn new() -> WordKeys {
        WordKeys([0; WORD_KEY_BITS / 64])
    }

    /// The set with `words` added (an empty word adds nothing).
    pub(super) const fn with(mut self, words: &[&str]) -> WordKeys {
        let mut k = 0;
        while k < words.len() {
            self = self.with_prefixed(None, words[k]);
            k += 1;
        }
        self
    }

    /// The set with `w` added, after the letter `prefix` if one is given ("M" and "USD"
    /// add "MUSD").
    pub(super) const fn with_prefixed(mut self, prefix: Option<u8>, w: &str) -> WordKeys {
        let w = w.as_bytes();
        if w.is_empty() {
            return self;
        }
        let (first, last) = (w[0].to_ascii_lowercase(), w[w.len() - 1].to_ascii_lowercase());
        let key = match prefix {
            Some(p) => word_key(w.len() + 1, p.to_ascii_lowercase(), first, last),
            None => word_key(w.len(), first, if w.len() > 1 { w[1].to_ascii_lowercase() } else { 0 }, last),
        };
        self.0[key / 64] |= 1 << (key % 64);
        self
    }

    /// The set with the possessive of each of `words` added, with each of the
    /// [`CLITICS`](crate::detect::lexicon::CLITICS) ("tuesday's", "tuesday’s").
    pub(super) const fn with_possessive(mut self, words: &[&str]) -> WordKeys {
        let clitics = crate::detect::lexicon::CLITICS;
        let mut k = 0;
        while k < words.len() {
            let w = words[k].as_bytes();
            let mut c = 0;
            while c < clitics.len() && w.len() > 1 {
                let clitic = clitics[c].as_bytes();
                let (first, second) = (w[0].to_ascii_lowercase(), w[1].to_ascii_lowercase());
                let key = word_key(w.len() + clitic.len(), first, second, clitic[clitic.len() - 1]);
                self.0[key / 64] |= 1 << (key % 64);
                c += 1;
            }
            k += 1;
        }
        self
    }

    /// Whether `w`, which has no ASCII capitals (a lower-cased word), may be in the set:
    /// always when it is.
    pub(super) fn may_hold(&self, w: &str) -> bool {
        debug_assert!(!w.bytes().any(|b| b.is_ascii_uppercase()), "{w:?} is not lower-cased");
        let w = w.as_bytes();
        let (Some(&first), Some(&last)) = (w.first(), w.last()) else { return false };
        let key = word_key(w.len(), first, w.get(1).copied().unwrap_or(0), last);
        self.0[key / 64] & (1 << (key % 64)) != 0
    }
}

/// The bit of a word in a [`WordKeys`], from its length and its first, second (0 for a
/// one-byte word) and last bytes, which must be lower-case.
const fn word_key(len: usize, first: u8, second: u8, last: u8) -> usize {
    let packed = (len as u32) << 24 | (first as u32) << 16 | (second as u32) << 8 | last as u32;
    // Multiplicative hashing: the top bits of the product mix every input bit.
    (packed.wrapping_mul(0x9E37_79B1) >> (32 - WORD_KEY_BITS.trailing_zeros())) as usize
}

/// Verbs (and their adverbs) of a figure moving, after which "X to Y" is a change and a
/// level: "rose 0.5% to 4.5%", "edged up 0.2% to".
pub(super) fn movement(w: &str) -> bool {
    matches!(
        w,
        "rose" | "rises" | "rise" | "rising" | "fell" | "falls" | "fall" | "falling" | "climbed" | "dropped" | "jumped"
            | "slipped" | "gained" | "lost" | "increased" | "decreased" | "declined" | "surged" | "slumped" | "soared"
            | "tumbled" | "plunged" | "rallied" | "dipped" | "eased" | "added" | "shed" | "up" | "down"
    )
}

/// Verbs that take "up" as their particle before a level: "revised up to 0.4%" is the
/// level 0.4%, not "at most".
pub(super) fn goes_up(w: &str) -> bool {
    matches!(
        w,
        "revised" | "revise" | "revises" | "ticked" | "ticks" | "tick" | "ticking" | "edged" | "edges" | "edging" | "inched"
            | "inches" | "inching" | "crept" | "creeps" | "creeping" | "moved" | "pushed" | "pushes"
            | "bumped" | "marked" | "went" | "go" | "goes" | "going" | "gone" | "rounded" | "rounds" | "stepped" | "ramped"
            | "scaled" | "shot" | "jumped"
    )
}
