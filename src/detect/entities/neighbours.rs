//! Rules over the names found together, once each has been read alone
//! ([`super::one_name`]): neighbours joined into one name or split apart, a name relabelled
//! by the name next to it.

use super::features::Lexicon;
use super::one_name::{sentence_opener, MUSICAL_FORMS, OPENING_QUOTES, STORMS};
use super::up_to_space;
use crate::annotation::{Label, Span};
use crate::detect::lexicon::COMMON_ACRONYMS;
use crate::fxhash::FxMap;

/// The rules below, in this order, over the names of `text` in order of position.
pub(super) fn mend(text: &str, found: &mut Vec<(Span, Label)>, lex: &Lexicon) {
    town_county(text, found, lex);
    post_nominals_off(text, found);
    bracketed_bills(text, found);
    possessive_institutions(text, found);
    lone_quoted_off(text, found, lex);
    people_into_names(text, found);
    composers_works(text, found);
    joined_by_and(text, found);
    party_factions(text, found);
    compound_off(text, found, lex);
    place_of_a_name(text, found, lex);
    storms_by_name(text, found);
    acronym_before_organisation(text, found);
}

/// Words and abbreviations written in capitals in tables and headlines ("MON Gencor YR
/// EPS", "3,850 rupees FOR Bedibunder"), which open no name.
const CAPITALISED_WORDS: [&str; 30] = [
    "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN", "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP",
    "SEPT", "OCT", "NOV", "DEC", "FOR", "AND", "THE", "OF", "IN", "TO", "AT", "ON", "BY", "FROM", "WITH",
];

/// A word in capitals that no name took, right before an organisation written in lower
/// case, opens its name: "TAP Air Portugal", "KLM Royal Dutch Airlines", "BHP Billiton".
/// Not a common abbreviation ("CEO Tim Cook", "TV Globo" is one) nor a headline's word.
fn acronym_before_organisation(text: &str, found: &mut [(Span, Label)]) {
    let mut free_from = 0;
    for (span, label) in found.iter_mut() {
        let (start, taken_until) = (span.start, std::mem::replace(&mut free_from, span.end));
        if *label != Label::Org || !text[start..].starts_with(|c: char| c.is_ascii_uppercase()) {
            continue;
        }
        // (Most names follow no capital and a space: the two bytes before tell first.)
        let Some(before) = text[..start].strip_suffix(' ').filter(|b| b.ends_with(|c: char| c.is_ascii_uppercase())) else {
            continue;
        };
        let word = before.rsplit([' ', '\n', '(', '"', '\u{201C}']).next().unwrap_or_default();
        let at = before.len() - word.len();
        let caps = (2..=5).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase());
        if !caps || at < taken_until || !text[start..].chars().nth(1).is_some_and(char::is_lowercase) {
            continue;
        }
        if !COMMON_ACRONYMS.contains(&word) && !CAPITALISED_WORDS.contains(&word) {
            span.start = at;
        }
    }
}

/// A one-word name that is the name of a storm of the text ("Hurricane Delphine") is the
/// storm ("Delphine weakened"), which the tagger reads as a person when its kind is not
/// before it: another name (MISC), so that it groups with the storm.
fn storms_by_name(text: &str, found: &mut [(Span, Label)]) {
    let mut storms: Vec<&str> = Vec::new();
    for &(span, label) in found.iter() {
        let name = &text[span.range()];
        if label != Label::Misc || !name.starts_with(['H', 'S', 'T', 'C']) {
            continue;
        }
        let Some((kind, last)) = name.rsplit_once(' ') else { continue };
        if STORMS.contains(&kind) || matches!(kind, "Tropical Storm" | "Tropical Depression") {
            storms.push(last);
        }
    }
    if storms.is_empty() {
        return;
    }
    for (span, label) in found.iter_mut() {
        if *label != Label::Misc && storms.contains(&&text[span.range()]) {
            *label = Label::Misc;
        }
    }
}

/// A one-word name read as a person that ends another name of the text after "de", "du" or
/// "des" is the place that name is named for: "Beaune" of the "Hospices de Beaune", "France"
/// of the "Tour de France" (not a given name of the lists: "Charles" of "Place de Charles").
fn place_of_a_name(text: &str, found: &mut [(Span, Label)], lex: &Lexicon) {
    let mut places: Vec<&str> = Vec::new();
    for &(span, label) in found.iter() {
        // (A byte scan back for the last space: a scan of every name for " de" cost 0.11M
        // instructions a Wikinews pass, `rsplit_once` 0.10M.)
        let name = &text[span.range()];
        if label == Label::Per || name.len() < 8 {
            continue;
        }
        let Some(space) = name.bytes().rposition(|b| b == b' ') else { continue };
        let rest = &name[..space];
        if rest.ends_with(" de") || rest.ends_with(" du") || rest.ends_with(" des") {
            places.push(&name[space + 1..]);
        }
    }
    if places.is_empty() {
        return;
    }
    for (span, label) in found.iter_mut() {
        let name = &text[span.range()];
        if *label == Label::Per && places.contains(&name) && !lex.is_first_name(name) {
            *label = Label::Loc;
        }
    }
}

/// A people's adjective right before "Grand Prix" is the first word of the race's name:
/// "the Hungarian Grand Prix", which the tagger cut into NORP "Hungarian" and MISC "Grand
/// Prix" (it reads "the British Grand Prix" whole). Not before other names: CoNLL keeps
/// "Italian" apart from "Roman Catholic" and "Serie A".
fn people_into_names(text: &str, found: &mut Vec<(Span, Label)>) {
    for k in (1..found.len()).rev() {
        let (people, name) = (found[k - 1], found[k]);
        if people.1 == Label::Norp
            && name.1 == Label::Misc
            && text[name.0.range()].starts_with("Grand Prix")
            && text.get(people.0.end..name.0.start) == Some(" ")
        {
            found[k - 1] = (Span::new(people.0.start, name.0.end), Label::Misc);
            found.remove(k);
        }
    }
}

/// The title right after a composer's possessive that ends in a musical form ("Mahler's
/// Fifth Symphony") is a work (MISC), where the tagger read an organisation.
fn composers_works(text: &str, found: &mut [(Span, Label)]) {
    for k in 1..found.len() {
        let (composer, work) = (found[k - 1], found[k]);
        let between = &text[composer.0.end..work.0.start];
        if composer.1 == Label::Per
            && matches!(between, "'s " | "\u{2019}s ")
            && text[work.0.range()].rsplit(' ').next().is_some_and(|w| MUSICAL_FORMS.contains(&w))
        {
            found[k].1 = Label::Misc;
        }
    }
}

/// "Chelmsford, Essex", "Richmond, North Yorkshire": a name right after a place and a
/// comma, and closing its clause, is the region the place is in, which the tagger may read
/// as an organisation or a person. (Not "in London, Smith said", nor "the mayor of London,
/// Sadiq Khan,", nor a person with a given name of the lists, "the economist at
/// Nationwide, Robert Gardner.".)
fn town_county(text: &str, found: &mut [(Span, Label)], lex: &Lexicon) {
    for k in 1..found.len() {
        let (place, (span, label)) = (found[k - 1], found[k]);
        if place.1 != Label::Loc || label == Label::Loc || text.get(place.0.end..span.start) != Some(", ") {
            continue;
        }
        let closes = text[span.end..].chars().next().is_none_or(|c| matches!(c, ',' | '.' | ';' | ':' | ')' | '\n' | '\r'));
        // Where something is: "in", "at", "from", "near" before the place ("the mayor of
        // London, Sadiq Khan," names a person).
        let word = text[..place.0.start].strip_suffix(' ').and_then(|b| b.rsplit(' ').next()).unwrap_or("");
        let located = matches!(word, "in" | "at" | "from" | "near" | "outside" | "to" | "into" | "In" | "At" | "From" | "Near");
        let named = label == Label::Per && text[span.range()].split(' ').next().is_some_and(|w| lex.is_first_name(w));
        if closes && located && !named && text[span.range()].split(' ').count() <= 2 {
            found[k].1 = Label::Loc;
        }
    }
}

/// Prefixes hyphenated onto a name: "anti-Brexit", "pro-Russian", "ex-Soviet", "non-EU".
const COMPOUND_STARTS: [&str; 6] = ["anti", "pro", "ex", "non", "post", "pre"];

/// Words hyphenated onto a name that make it an adjective: "Moscow-based", "Saudi-led",
/// "Academy Award-winning", "Toronto-listed", "Qatar-brokered".
const COMPOUND_ENDS: [&str; 19] = [
    "based", "backed", "led", "born", "winning", "owned", "run", "funded", "linked", "allied", "controlled", "made",
    "listed", "flagged", "bound", "headquartered", "registered", "brokered", "sponsored",
];

/// Names with a hyphen. A prefix comes off: "anti-Brexit" is Brexit, "pro-Russian" Russian.
/// The name in "Moscow-based" is "Moscow": the hyphened word comes off,
/// and the name is a place or a people of the lists, or (before "-based") a place, or keeps
/// its type. (Grouping then gives it the id of the same name elsewhere.) And a hyphened pair
/// of places or peoples of the lists is two names: "US-China" (trade war), "India-Pakistan"
/// (border), "Israeli-Palestinian" (conflict), which the tagger takes for one name of no
/// fitting type (an organisation, MISC); a reader wants each country.
fn compound_off(text: &str, found: &mut Vec<(Span, Label)>, lex: &Lexicon) {
    let kind = |w: &str| {
        if lex.is_place(w) {
            Some(Label::Loc)
        } else if lex.is_demonym(w) {
            Some(Label::Norp)
        } else {
            None
        }
    };
    let mut k = 0;
    while k < found.len() {
        let f = &mut found[k];
        k += 1;
        let name = &text[f.0.range()];
        // Few names have a hyphen; those are split at their last (a byte scan: a
        // `rsplit_once` cost 0.16M instructions a Wikinews pass).
        let Some(h) = name.bytes().rposition(|b| b == b'-') else { continue };
        let (head, tail) = (&name[..h], &name[h + 1..]);
        // Not a name that starts with its capitalised prefix: "Anti-Defamation League",
        // "Non-Aligned Movement" (but "Anti-Putin" at a sentence's start, "post-Second World War").
        let prefix = COMPOUND_STARTS.contains(&head)
            || (COMPOUND_STARTS.iter().any(|p| p.eq_ignore_ascii_case(head)) && !tail.contains(' '));
        if prefix && tail.starts_with(char::is_uppercase) {
            // "anti-Brexit" is about Brexit: the name without its prefix, as a place or a
            // people of the lists, or typed as the same name is found elsewhere in the text.
            let (span, label) = (Span::new(f.0.start + h + 1, f.0.end), f.1);
            // The same name, or a longer one it ends ("Putin" of "Vladimir Putin"); not the
            // prefixed name itself, which ends with "-Putin".
            let same = |g: &&(Span, Label)| {
                text[g.0.range()].strip_suffix(tail).is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
            };
            let label = kind(tail).or_else(|| found.iter().find(same).map(|g| g.1)).unwrap_or(label);
            found[k - 1] = (span, label);
            continue;
        }
        if !COMPOUND_ENDS.contains(&tail) {
            // One hyphen and no space: a word of two halves.
            if head.is_empty() || tail.is_empty() || head.contains([' ', '-']) {
                continue;
            }
            if let (Some(first), Some(second)) = (kind(head), kind(tail)) {
                let span = f.0;
                *f = (Span::new(span.start, span.start + h), first);
                found.insert(k, (Span::new(span.start + h + 1, span.end), second));
                k += 1;
            }
            continue;
        }
        if !head.ends_with(|c: char| c.is_alphanumeric() || c == '.') {
            continue;
        }
        // What a thing is based in is a place: "Bergamo-based".
        let label = kind(head).unwrap_or(if tail == "based" { Label::Loc } else { f.1 });
        *f = (Span::new(f.0.start, f.0.start + head.len()), label);
    }
}

/// Letters written after a person's name for a rank or an honour: "Anna Reid QC",
/// "James Whitfield KC", "Jane Smith MP".
const POST_NOMINALS: [&str; 10] = ["KC", "QC", "SC", "MP", "MSP", "MEP", "OBE", "MBE", "CBE", "KBE"];

/// An institution named in the possessive ("King's College London", "Guy's Hospital",
/// "St John's College") is one organisation, a basilica or square one place: the tagger
/// starts it after the "'s" (the clitic is a word of its own), and may take the name before
/// it for another entity.
fn possessive_institutions(text: &str, found: &mut Vec<(Span, Label)>) {
    let mut k = 0;
    while k < found.len() {
        let (span, _) = found[k];
        let name = &text[span.range()];
        let head = up_to_space(name);
        // (The head first: most names open with none.)
        let before = &text[..span.start];
        let owner = POSSESSIVE_HEADS
            .contains(&head)
            .then(|| ["'s ", "\u{2019}s "].iter().find_map(|c| before.strip_suffix(c)))
            .flatten();
        let Some(owner) = owner else {
            k += 1;
            continue;
        };
        // The owner's name: the capitalised words before the "'s" ("St John", "King").
        let mut start = owner.len();
        for w in owner.rsplit(' ').take(3) {
            if !w.starts_with(|c: char| c.is_uppercase()) || w.is_empty() {
                break;
            }
            start -= w.len() + usize::from(start > w.len());
        }
        if start == owner.len() {
            k += 1;
            continue;
        }
        let start = if start == 0 { 0 } else { start + 1 };
        // An entity the owner's name was read as goes into the institution's.
        if k > 0 && found[k - 1].0.end > start {
            found.remove(k - 1);
            k -= 1;
        }
        let label = if PLACE_HEADS.contains(&head) { Label::Loc } else { Label::Org };
        found[k] = (Span::new(start.min(found[k].0.start), span.end), label);
        k += 1;
    }
}

/// First words of an institution named in the possessive ("King's College"), or of a
/// place ([`PLACE_HEADS`]: "St Peter's Basilica", "St Mark's Square").
const POSSESSIVE_HEADS: &[&str] =
    &["College", "Hospital", "School", "University", "Academy", "Institute", "Church", "Cathedral", "Basilica", "Square"];

/// Of [`POSSESSIVE_HEADS`], those that make a place.
const PLACE_HEADS: [&str; 2] = ["Basilica", "Square"];

/// A bill or act with a part of its title in brackets is one name (MISC): "the Terminally
/// Ill Adults (End of Life) Bill", "the Renters (Reform) Bill", which the tagger cuts into
/// pieces or reads as "Bill" alone. The title runs back from the brackets over capitalised
/// words (and "of", "and", "the" between them).
fn bracketed_bills(text: &str, found: &mut Vec<(Span, Label)>) {
    let mut k = 0;
    while k < found.len() {
        let (span, _) = found[k];
        k += 1;
        if !matches!(&text[span.range()], "Bill" | "Act") || !text[..span.start].ends_with(") ") {
            continue;
        }
        let close = span.start - 2;
        let Some(open) = text[..close].rfind('(') else { continue };
        let inside = &text[open + 1..close];
        let title_word = |w: &str| w.starts_with(|c: char| c.is_uppercase()) || matches!(w, "of" | "and" | "the");
        if inside.is_empty() || inside.len() > 60 || !inside.split(' ').all(title_word) || !text[..open].ends_with(' ') {
            continue;
        }
        // Back over the title's words before the brackets; it ends on a capitalised one.
        let (mut end, mut first) = (open - 1, None);
        loop {
            let from = text[..end].rfind(' ').map_or(0, |i| i + 1);
            let w = &text[from..end];
            if w.is_empty() || !title_word(w) || w == "The" {
                break;
            }
            if w.starts_with(|c: char| c.is_uppercase()) {
                first = Some(from);
            }
            if from == 0 {
                break;
            }
            end = from - 1;
        }
        let Some(first) = first else { continue };
        let bill = Span::new(first, span.end);
        let a = found.partition_point(|(s, _)| s.end <= bill.start);
        let b = found.partition_point(|(s, _)| s.start < bill.end);
        found.splice(a..b, [(bill, Label::Misc)]);
        k = a + 1;
    }
}

/// The part of a split Indian party in brackets after its name: "the Janata Dal (United)",
/// "Shiv Sena (UBT)", one organisation, which the tagger cut into a person and an organisation.
const FACTIONS: [&str; 5] = ["(United)", "(Secular)", "(UBT)", "(Ram Vilas)", "(Sharadchandra Pawar)"];

/// A name right before one of [`FACTIONS`] takes it in, as one organisation; the faction's
/// own word, found as a name, goes.
fn party_factions(text: &str, found: &mut Vec<(Span, Label)>) {
    let mut k = 0;
    while k < found.len() {
        let span = found[k].0;
        k += 1;
        let after = &text[span.end..];
        let Some(faction) = FACTIONS.iter().find(|f| after.strip_prefix(' ').is_some_and(|a| a.starts_with(**f))) else { continue };
        let party = Span::new(span.start, span.end + 1 + faction.len());
        let b = found.partition_point(|(s, _)| s.start < party.end);
        found.splice(k - 1..b.max(k), [(party, Label::Org)]);
    }
}

/// Compass words that open a region's name, which may share the rest of it with the next
/// one ("Mid and West Wales").
const COMPASS: [&str; 7] = ["North", "South", "East", "West", "Mid", "Central", "Northern"];

/// Two names joined by "and" that make one organisation: "Mid and West Wales Fire and
/// Rescue Service" (a compass word, then an organisation opening with another, which the
/// tagger cut into the place "Mid" and the rest) and a utility's "Gas and Electric"
/// ("Pacific Gas and Electric", cut into "Pacific Gas" and "Electric").
fn joined_by_and(text: &str, found: &mut Vec<(Span, Label)>) {
    for k in (1..found.len()).rev() {
        let (first, second) = (found[k - 1], found[k]);
        if second.1 != Label::Org || text.get(first.0.end..second.0.start) != Some(" and ") {
            continue;
        }
        let (a, b) = (&text[first.0.range()], &text[second.0.range()]);
        let regions = COMPASS.contains(&a) && b.split(' ').next().is_some_and(|w| COMPASS.contains(&w)) && b.contains(' ');
        let utility = first.1 == Label::Org && a.ends_with(" Gas") && matches!(b, "Electric" | "Electricity");
        if regions || utility {
            found[k - 1] = (Span::new(first.0.start, second.0.end), Label::Org);
            found.remove(k);
        }
    }
}

/// Post-nominal letters are not names: they come off the person's name ("Anna Reid QC" is
/// Anna Reid), and alone right after a person ("Whitfield KC", which the tagger reads as
/// a place) they are dropped.
fn post_nominals_off(text: &str, found: &mut Vec<(Span, Label)>) {
    let mut previous_person: Option<usize> = None;
    found.retain_mut(|(span, label)| {
        // Every post-nominal ends in a capital: most names are passed over on their last byte.
        let capital_end = text.as_bytes()[span.end - 1].is_ascii_uppercase();
        let after_person = previous_person.take().is_some_and(|end| end + 1 == span.start);
        if *label == Label::Per {
            let name = &text[span.range()];
            if let Some((rest, last)) = name.rsplit_once(' ').filter(|_| capital_end) {
                if POST_NOMINALS.contains(&last) {
                    *span = Span::new(span.start, span.start + rest.len());
                }
            }
            previous_person = Some(span.end);
            return true;
        }
        !(after_person && capital_end && text.as_bytes()[span.start - 1] == b' ' && POST_NOMINALS.contains(&&text[span.range()]))
    });
}

/// A quote that opens its sentence and holds one word and its punctuation alone
/// (`"Treason," he said`) utters a word, not a name: the name is dropped unless the text
/// names it elsewhere too (`"Smith," she said. Smith left.`) or the lists know it as a
/// place or a people ("Russia!" they chanted). Names said alone are few: the others are
/// counted only when there is one.
fn lone_quoted_off(text: &str, found: &mut Vec<(Span, Label)>, lex: &Lexicon) {
    let lone = |span: Span| {
        // A byte first: most names follow no quotation mark (the last bytes of U+201C and
        // U+2018 are 0x9C and 0x98).
        if span.start.checked_sub(1).is_none_or(|i| !matches!(text.as_bytes()[i], b'"' | b'\'' | 0x9C | 0x98)) {
            return false;
        }
        let after = &text[span.end..];
        let rest = after.trim_start_matches([',', '.', '!', '?']);
        text[..span.start].ends_with(OPENING_QUOTES)
            && rest.len() < after.len()
            && rest.starts_with(['"', '\u{201D}', '\'', '\u{2019}'])
            && sentence_opener(text, span)
    };
    if !found.iter().any(|&(span, _)| lone(span)) {
        return;
    }
    let mut count: FxMap<&str, usize> = FxMap::default();
    for (span, _) in found.iter() {
        *count.entry(&text[span.range()]).or_default() += 1;
    }
    found.retain(|&(span, _)| {
        let w = &text[span.range()];
        !lone(span) || count.get(w) != Some(&1) || lex.is_place(w) || lex.is_demonym(w)
    });
}
