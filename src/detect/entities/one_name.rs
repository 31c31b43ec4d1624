//! Rules that read one name the tagger found, in its text: whether it is a name at all
//! ([`kept`]), and its span and label mended ([`mended`]). Each rule looks at the name and
//! the words around it, not at the other names (those rules are in [`super::neighbours`]).

use super::features::Lexicon;
use super::{split_at_space, up_to_space};
use crate::annotation::{Label, Span};
use crate::detect::given_names::female_given_name;
use crate::detect::lexicon::{
    CLITICS, COMMON_ACRONYMS, ERAS, ILLNESS_EPONYMS, ILLNESS_WORDS, OPENING_PARTICIPLES, ORG_WORDS, SENTENCE_ADVERB_ENDINGS,
    US_STATES, party_and_state_tag, role_word,
};

/// The dashes that set a dateline off from its story ("LONDON -", "(AP) —").
const DASHES: [char; 3] = ['-', '\u{2014}', '\u{2013}'];

/// False for a span that is no name: part of a file name, address or unit, a contraction,
/// a common word at a sentence's start, an illness named for a person, a legislator's
/// party and state.
pub(super) fn kept(text: &str, span: Span) -> bool {
    !in_identifier(text, span)
        && !names_an_illness(text, span)
        && !contraction(&text[span.range()])
        && !common_word(text, span)
        && !party_and_state(text, span)
}

/// The name's span and label after the rules below, in this order (a later rule reads the
/// span and label an earlier one left).
pub(super) fn mended(text: &str, span: Span, label: Label, lex: &Lexicon) -> (Span, Label) {
    let (span, label) = storm_kind_before(text, span, label);
    let name = &text[span.range()];
    let label = if storm(name) || crude_grade(text, span) { Label::Misc } else { label };
    let label = if hyphenated_town(name) || river(name) || planet(text, span) { Label::Loc } else { label };
    let label = if welsh_place(text, span, label) || town_of_state(text, span, label) { Label::Loc } else { label };
    let label = if label == Label::Per && edition(text, span, lex) { Label::Misc } else { label };
    let label = if dateline_agency(text, span) { Label::Org } else { label };
    let label = if dated_work(text, span) { Label::Misc } else { label };
    let span = the_after_dash(text, span);
    let (span, label) = arabic_article_on(text, span, label);
    // "the House" alone is a chamber, never a place.
    let label = if label == Label::Loc && &text[span.range()] == "House" { Label::Org } else { label };
    let span = imperative_off(text, span);
    let (span, label) = firm_kind_off(text, span, label);
    let (span, label) = web_name(text, span, label);
    let (span, label) = numbered_name(text, span, label);
    let (span, label) = first_party(text, span, label);
    let name = &text[span.range()];
    let label = if venue(name, label) || landmark(name, label) || dateline(text, span) { Label::Loc } else { label };
    let label = if product(name) || scheme(name) { Label::Misc } else { label };
    let label = if party_name(name) { Label::Org } else { label };
    let label = if label != Label::Per && initials_and_given_name(name, lex) { Label::Per } else { label };
    let label = if label != Label::Org && business(name) { Label::Org } else { label };
    let label = if label == Label::Org && office_of(text, span, lex) { Label::Loc } else { label };
    let label = if acquired(text, span, label, lex) || (label == Label::Misc && speaking_body(text, span)) { Label::Org } else { label };
    let label = if label != Label::Per && (after_role(text, span) || byline_credit(text, span)) { Label::Per } else { label };
    let label = if label == Label::Org && kin_owner(text, span) { Label::Per } else { label };
    let (span, label) = auction_house(text, span, label);
    // "Hydro One", "Capital One": no person's name ends in "One".
    let label = if label == Label::Per && text[span.range()].ends_with(" One") { Label::Org } else { label };
    let label = if label != Label::Per && (composer(text, span, lex) || brought_in_for(text, span, label, lex)) { Label::Per } else { label };
    let (span, label) = if label != Label::Per { double_given_name(text, span, lex).map_or((span, label), |s| (s, Label::Per)) } else { (span, label) };
    let span = if label == Label::Per { family_name_first(text, span) } else { span };
    (span, label)
}

/// True for a name other than a place's before a comma and a US state, a town of it:
/// "Cedar Key, Florida" (read as a person), "Sugar Land, Texas".
fn town_of_state(text: &str, span: Span, label: Label) -> bool {
    if label == Label::Loc {
        return false;
    }
    let Some(after) = text[span.end..].strip_prefix(", ") else { return false };
    // The state's whole name: not "New York Times", "Washington Post".
    let ends = |r: &str| {
        let word_goes_on = r.starts_with(char::is_alphanumeric);
        let name_goes_on = r.starts_with(' ') && r.trim_start_matches(' ').starts_with(char::is_uppercase);
        !(word_goes_on || name_goes_on)
    };
    // (The first letter first: comparing every state's name cost 0.2M instructions a pass.)
    let first = after.as_bytes().first().copied().unwrap_or_default();
    US_STATES.iter().any(|s| s.as_bytes()[0] == first && after.strip_prefix(s).is_some_and(ends))
}

/// True for a name after "the" and an ordinal in figures, an edition of an event ("the
/// 164th Hospices de Beaune", "the 75th Cannes Film Festival"), which the tagger may read
/// as a person. Not a titled holder of an office ("the 7th Earl of Derby", "the 14th Dalai
/// Lama").
fn edition(text: &str, span: Span, lex: &Lexicon) -> bool {
    let before = text[..span.start].strip_suffix(' ').unwrap_or("");
    // Most names follow no ordinal: its last byte tells first.
    if !before.ends_with(['h', 't', 'd']) {
        return false;
    }
    let Some((the, ordinal)) = before.rsplit_once(' ') else { return false };
    let figures = ordinal.trim_end_matches(|c: char| c.is_ascii_lowercase());
    let numbered = !figures.is_empty()
        && figures.bytes().all(|b| b.is_ascii_digit())
        && matches!(&ordinal[figures.len()..], "st" | "nd" | "rd" | "th");
    let first = up_to_space(&text[span.range()]);
    numbered
        && (the.ends_with(" the") || the.ends_with(" The") || the == "the" || the == "The")
        && !lex.is_title(first)
        && !matches!(first, "Dalai" | "Aga" | "Karmapa" | "Panchen" | "Earl" | "Duke" | "Marquess" | "Baron" | "Viscount" | "Count")
}

/// True for a name that fills a quotation followed by a year or years in brackets: the
/// title of a work (`"Nymphéas" (1914-17)`, `"Guernica" (1937)`), which the tagger may read
/// as an organisation or a place.
fn dated_work(text: &str, span: Span) -> bool {
    let after = &text[span.end..];
    // Most names are followed by no closing quotation mark: a byte tells first.
    if !after.starts_with(['"', '\u{201D}']) {
        return false;
    }
    let year = after.trim_start_matches(['"', '\u{201D}']).strip_prefix(" (").is_some_and(|r| {
        r.len() > 4 && r.as_bytes()[..4].iter().all(u8::is_ascii_digit) && matches!(r.as_bytes()[4], b')' | b'-' | b'\xE2')
    });
    year && text[..span.start].ends_with(['"', '\u{201C}'])
}

/// Verbs that open a call to act before a name: "Call West Yorkshire Police on 101".
const IMPERATIVES: [&str; 6] = ["Call", "Contact", "Visit", "Email", "Phone", "Ring"];

/// The name without the verb of a call to act opening its sentence, which the tagger takes
/// for its first word: "Call West Yorkshire Police" is "West Yorkshire Police".
fn imperative_off(text: &str, span: Span) -> Span {
    let name = &text[span.range()];
    // Most names start with another letter: the first byte tells.
    if !name.starts_with(['C', 'V', 'E', 'P', 'R']) {
        return span;
    }
    let verb = IMPERATIVES.iter().find(|v| name.len() > v.len() + 1 && name.starts_with(*v) && name.as_bytes()[v.len()] == b' ');
    match verb {
        Some(v) if name[v.len() + 1..].starts_with(char::is_uppercase) && sentence_opener(text, Span::new(span.start, span.start + v.len())) => {
            Span::new(span.start + v.len() + 1, span.end)
        }
        _ => span,
    }
}

/// Kinds of firm that business news writes before a company's name, capitalised when they
/// open the sentence: "Developer Barratt Homes", "Chipmaker Nvidia", "Insurer Aviva".
const FIRM_KINDS: [&str; 22] = [
    "Developer", "Housebuilder", "Homebuilder", "Carmaker", "Automaker", "Chipmaker", "Drugmaker", "Retailer",
    "Insurer", "Lender", "Supermarket", "Miner", "Airline", "Broadcaster", "Brewer", "Outsourcer", "Conglomerate",
    "Carrier", "Manufacturer", "Distributor", "Supplier", "Publisher",
];

/// A name opening its sentence after a kind of firm ([`FIRM_KINDS`]), which the tagger takes
/// for its first word and often for a person's: "Developer Barratt Homes" is the
/// organisation "Barratt Homes". A name that starts with a given name keeps its label
/// ("Publisher John Blake"; "Retailer John Lewis" too, which the tagger reads either way).
fn firm_kind_off(text: &str, span: Span, label: Label) -> (Span, Label) {
    let name = &text[span.range()];
    let Some((kind, rest)) = split_at_space(name) else { return (span, label) };
    if !FIRM_KINDS.contains(&kind) || !rest.starts_with(char::is_uppercase) || !sentence_opener(text, Span::new(span.start, span.start + kind.len())) {
        return (span, label);
    }
    let label = if female_given_name(rest).is_some() { label } else { Label::Org };
    (Span::new(span.start + kind.len() + 1, span.end), label)
}

/// True for a name credited at a wire story's end: "Reporting by Jane Smith; Editing by
/// Lincoln Feast" (a person, whom the tagger may read as a place or a firm).
fn byline_credit(text: &str, span: Span) -> bool {
    let Some(before) = text[..span.start].strip_suffix(" by ") else { return false };
    let word = before.rsplit([' ', ';', '\n', '(']).next().unwrap_or_default();
    ["reporting", "editing", "writing"].iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// True when a lower-case word that names a person's role comes right before the name:
/// "North Korean leader Kim Jong Un", "foreign minister Sergei Lavrov", "coach Southgate"
/// (which the tagger may read as an organisation or a place). Not a name with an
/// organisation's word in it ("leader Labour Party" is not English news, but "party leader
/// ..." is followed by a person).
fn after_role(text: &str, span: Span) -> bool {
    let before = text[..span.start].strip_suffix(' ').unwrap_or("");
    // Most names follow no lower-case role word: its last byte tells first.
    if !before.ends_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    let word = before.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    let role = role_word(word);
    // "lead manager Lehman Brothers International": a bank's role in a bond issue.
    let lead = word == "manager" && {
        let rest = before[..before.len() - word.len()].trim_end_matches([' ', '-']);
        let last = rest.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
        ["lead", "joint", "co"].iter().any(|w| w.eq_ignore_ascii_case(last))
    };
    role && !lead && !text[span.range()].split(' ').any(|w| ORG_WORDS.contains(&w) || w == "&")
}

/// True for a name the tagger read as a person or an event (`label`) that ends in a word
/// for a place or venue: "Rod Laver Arena", "Madison Square Garden", "Grand Isle"; so is an
/// organisation's ending in Stadium or Arena. Other readings stand: CoNLL's own labels put
/// airports with organisations and hospitals with places, and a reader loses little either
/// way. Words that are also surnames (Bridge, Street, Garden, River, Valley, Isle; Bay,
/// Lake, Field, Beach are left out) overrule a person only in a name of three words or more
/// ("Wayne Bridge" is a footballer, "Coach John Isle" a coach).
fn venue(name: &str, label: Label) -> bool {
    // Most names end in no such word: the name's length and last byte tell first.
    if !matches!(label, Label::Per | Label::Misc | Label::Org)
        || name.len() < 9
        || !name.ends_with(['a', 'm', 'n', 's', 'e', 't', 'd', 'r', 'y'])
    {
        return false;
    }
    let Some((rest, last)) = name.rsplit_once(' ') else { return false };
    // A ground is a place even when the tagger reads the sponsor's name in it as a firm
    // ("the Emirates Stadium"), as CoNLL tags stadiums; so is a fairground ("the Silver
    // Dollar Fairgrounds") and Wimbledon's Centre Court (other courts are courts of law).
    let ground = matches!(last, "Arena" | "Stadium" | "Fairgrounds" | "Fairground" | "Showground" | "Showgrounds" | "Racecourse" | "Velodrome")
        || name == "Centre Court";
    if label == Label::Org {
        return !rest.is_empty() && ground;
    }
    let clear = ground
        || matches!(
            last,
            "Gardens" | "Square" | "Airport" | "Island" | "Islands" | "Avenue" | "Boulevard" | "Mountains" | "Desert"
                | "Peninsula"
        );
    let surname = matches!(last, "Garden" | "Bridge" | "Street" | "River" | "Valley" | "Isle");
    !rest.is_empty() && (clear || surname && (label == Label::Misc || rest.contains(' ')))
}

/// True for a name the tagger read as a person or another name that is an Italian or Indian
/// building or square by its first or last word: "Castel Sant'Angelo", "Palazzo Chigi",
/// "Vidhan Bhavan", "Rashtrapati Bhavan".
fn landmark(name: &str, label: Label) -> bool {
    // Most names start and end with other letters: the bytes tell first.
    if !matches!(label, Label::Per | Label::Misc) || !(name.starts_with(['C', 'P']) || name.ends_with(['n', 'l'])) {
        return false;
    }
    ["Castel ", "Castello ", "Palazzo ", "Piazza ", "Ponte ", "Porta "].iter().any(|w| name.starts_with(w))
        || [" Bhavan", " Bhawan", " Mahal"].iter().any(|w| name.ends_with(w))
}

/// True for a phone, console or computer named by its product line and more words: "Galaxy Z
/// Fold6", "Pixel 9 Pro", "iPad Air" (the tagger reads the maker's line as an organisation).
fn product(name: &str) -> bool {
    // Most names start with other letters: the first byte tells first.
    if !name.starts_with(['G', 'P', 'i', 'M', 'X', 'T', 'K']) {
        return false;
    }
    ["Galaxy ", "Pixel ", "iPhone ", "iPad ", "MacBook ", "iMac ", "PlayStation ", "Xbox ", "ThinkPad ", "Kindle "]
        .iter()
        .any(|line| name.starts_with(line))
}

/// True for an Indian government scheme, named by its Hindi word for one: "Ladki Bahin
/// Yojana", "Swachh Bharat Abhiyan" (which the tagger may read as a person).
fn scheme(name: &str) -> bool {
    name.ends_with(['a', 'n']) && (name.ends_with(" Yojana") || name.ends_with(" Abhiyan"))
}

/// True for an Indian party named as an army or a band: "Shiv Sena", "Janata Dal"; or a
/// European party named for its members: "Liberal Democrats", "Sweden Democrats" (not
/// "House Democrats", members).
fn party_name(name: &str) -> bool {
    if !name.ends_with(['a', 'l', 's']) {
        return false;
    }
    name.ends_with(" Sena")
        || name.ends_with(" Dal")
        || name.strip_suffix(" Democrats").is_some_and(|first| matches!(first, "Liberal" | "Social" | "Christian" | "Sweden" | "Free"))
}

/// True for a person named by two initials in capitals and a given name in title case: "KL
/// Rahul" (which the tagger reads as an organisation's acronym and a word, as "AC Milan"; a
/// given name in capitals may be a place, "ST LOUIS").
fn initials_and_given_name(name: &str, lex: &Lexicon) -> bool {
    let b = name.as_bytes();
    b.len() > 4
        && b[0].is_ascii_uppercase()
        && b[1].is_ascii_uppercase()
        && b[2] == b' '
        && b[4].is_ascii_lowercase()
        && lex.is_first_name(&name[3..])
}

/// True for a name of two words or more that ends in a word only an organisation's name ends
/// in: "Island Records", "Universal Pictures", "Rolls-Royce Holdings", "Jet Propulsion
/// Laboratory" (which the tagger may read as a place, a person or another name), or in
/// "Geological Survey".
fn business(name: &str) -> bool {
    // Most names end in no such word: the last byte tells first.
    if name.len() < 6 || !name.ends_with(['s', 't', 'c', 'd', 'p', 'n', 'C', 'H', 'y']) {
        return false;
    }
    let Some((rest, last)) = name.rsplit_once(' ') else { return false };
    !rest.is_empty()
        && matches!(
            last,
            "Records" | "Studios" | "Pictures" | "Entertainment" | "Airlines" | "Airways" | "Motors" | "Holdings"
                | "Inc" | "Ltd" | "Corp" | "Corporation" | "Plc" | "PLC" | "LLC" | "GmbH" | "Pharmaceuticals"
                | "Therapeutics" | "Technologies" | "Industries" | "Laboratories" | "Laboratory" | "Brewery" | "Bancorp"
        )
        || (last == "Survey" && rest.ends_with("Geological"))
}

/// True for a wire story's dateline, a place in capitals opening a line before an agency
/// in brackets and a dash, or a comma and a month: "BOSTON (Reuters) -", "WASHINGTON, March
/// 4 -", which the tagger may read as an organisation. (A bare dash is no sign: CoNLL's
/// section heads read "RUGBY UNION - ...".)
fn dateline(text: &str, span: Span) -> bool {
    // Most names do not open a line: a byte tells first.
    if span.start > 0 && !matches!(text.as_bytes()[span.start - 1], b'\n' | b'\r') {
        return false;
    }
    let name = &text[span.range()];
    let after = &text[span.end..];
    let capitals = name.len() > 1 && name.bytes().all(|b| b.is_ascii_uppercase() || b == b' ' || b == b'.');
    let agency = agency_and_dash(after);
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let dated = after.strip_prefix(", ").is_some_and(|r| MONTHS.iter().any(|m| r.starts_with(m)));
    capitals && (agency || dated)
}

/// True for a place of the lists, or a state of the United States, right before the title
/// of an office it has: "Michigan Governor Gretchen Whitmer", "Texas Attorney General Ken
/// Paxton", which the tagger reads as an organisation.
fn office_of(text: &str, span: Span, lex: &Lexicon) -> bool {
    // Most names are followed by no such title: the byte after the space tells first.
    if !matches!(text.as_bytes().get(span.end + 1), Some(b'G' | b'M' | b'S' | b'A' | b'L' | b'P')) {
        return false;
    }
    let after = &text[span.end..];
    let Some(rest) = after.strip_prefix(' ') else { return false };
    let title = rest.split(' ').next().unwrap_or("");
    matches!(title, "Governor" | "Gov." | "Mayor" | "Senator" | "Sen." | "Attorney" | "Lieutenant" | "Lt." | "Secretary" | "Premier")
        && (lex.is_place(&text[span.range()]) || US_STATES.contains(&&text[span.range()]))
}

/// The words before a name that make it a business bought or invested in: "acquire Slack",
/// "bought Shazam", "a stake in Stellantis".
const ACQUIRING: [&str; 17] = [
    "acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "buying", "stake in", "invest in",
    "invests in", "invested in", "investing in", "acquisition of", "takeover of", "merger with", "merge with",
];

/// True for a one-word name the tagger read as a place that the text says was bought or
/// invested in, and that the lists do not know as a place: a business ("acquire Slack",
/// "bought Shazam", "invested in Stellantis"), not "invested in Ohio".
fn acquired(text: &str, span: Span, label: Label, lex: &Lexicon) -> bool {
    // Most names follow no such word: its last byte tells first.
    let before = text[..span.start].strip_suffix(' ').unwrap_or("");
    if label != Label::Loc || !before.ends_with(['e', 's', 'y', 't', 'g', 'n', 'f', 'h', 'd']) {
        return false;
    }
    let name = &text[span.range()];
    let bought = ACQUIRING.iter().any(|w| before.strip_suffix(w).is_some_and(|b| b.is_empty() || b.ends_with(' ')));
    bought && !name.contains(' ') && !lex.is_place(name) && !US_STATES.contains(&name)
}

/// Words that start a named storm: "Hurricane Katrina", "Storm Ciarán", "Tropical Storm
/// Alberto" (which the tagger reads as people).
pub(super) const STORMS: [&str; 6] = ["Hurricane", "Storm", "Typhoon", "Cyclone", "Tropical", "Superstorm"];

/// True for a town named in one hyphenated word with a linking word inside
/// ("Boulogne-sur-Mer", "Stratford-upon-Avon", "Chester-le-Street", "Aix-en-Provence",
/// the Welsh "Betws-y-Coed"), which the tagger may read as an organisation or a person.
fn hyphenated_town(name: &str) -> bool {
    const LINKS: [&str; 13] = ["sur", "sous", "upon", "on", "en", "lès", "le", "la", "de", "du", "des", "y", "yn"];
    // Few names have a hyphen: a byte scan tells first (a substring search for each link
    // in every name cost 2.7M instructions a Wikinews pass).
    if !name.as_bytes().contains(&b'-') || name.as_bytes().contains(&b' ') || !name.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    // A link between two hyphens, and a capital after it.
    let mut link = false;
    for part in name.split('-').skip(1) {
        if link && part.starts_with(|c: char| c.is_uppercase()) {
            return true;
        }
        link = LINKS.contains(&part);
    }
    false
}

/// True for a crude oil's benchmark grade ("Brent", "West Texas Intermediate") in a
/// paragraph about oil: a commodity (another name), not the London borough or a body.
fn crude_grade(text: &str, span: Span) -> bool {
    matches!(&text[span.range()], "Brent" | "WTI" | "West Texas Intermediate" | "Urals")
        && paragraph_mentions(text, span, &["crude", "oil", "barrel", "Crude", "Oil", "OPEC"])
}

/// True for a planet in a paragraph about space ("The probe swung around Mars"), which the
/// tagger reads as an organisation (Mars the firm) or a person (Venus Williams is two
/// words, and no one-word name).
fn planet(text: &str, span: Span) -> bool {
    matches!(&text[span.range()], "Mercury" | "Venus" | "Mars" | "Jupiter" | "Saturn" | "Uranus" | "Neptune" | "Pluto")
        && paragraph_mentions(
            text,
            span,
            &["probe", "orbit", "spacecraft", "rover", "planet", "NASA", "mission", "telescope", "asteroid", "space", "moon", "astronaut", "launch"],
        )
}

/// True when the paragraph `span` is in (at most 600 bytes either side of it) holds one of
/// `words` (as part of a word: "orbit" in "orbiter").
fn paragraph_mentions(text: &str, span: Span, words: &[&str]) -> bool {
    let start = text[..span.start].rfind('\n').map_or(0, |i| i + 1).max(span.start.saturating_sub(600));
    let end = text[span.end..].find('\n').map_or(text.len(), |i| span.end + i).min(span.end + 600);
    let (mut start, mut end) = (start, end.min(text.len()));
    while !text.is_char_boundary(start) {
        start += 1;
    }
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let paragraph = &text[start..end];
    words.iter().any(|w| paragraph.contains(w))
}

/// The text after the name's possessive and its space ("Kumar's party" -> "party"), if
/// the name is followed by one.
fn after_possessive(text: &str, span: Span) -> Option<&str> {
    let after = &text[span.end..];
    // Most names are followed by no possessive: a byte tells first.
    if !after.starts_with(['\'', '\u{2019}']) {
        return None;
    }
    CLITICS.iter().find_map(|c| after.strip_prefix(c)).and_then(|r| r.strip_prefix(' '))
}

/// True for a name of two or three words, none an organisation's word, whose possessive
/// owns a party, a government or kin ("Nitish Kumar's party took 85 seats", "Joe Biden's
/// wife"): a person, where the tagger read an organisation.
fn kin_owner(text: &str, span: Span) -> bool {
    let Some(rest) = after_possessive(text, span) else { return false };
    let noun = rest.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    let words = text[span.range()].split(' ').count();
    matches!(noun, "party" | "government" | "administration" | "wife" | "husband" | "son" | "daughter" | "father" | "mother" | "brother" | "sister" | "widow" | "family" | "children")
        && (2..=3).contains(&words)
        && !text[span.range()].split(' ').any(|w| ORG_WORDS.contains(&w) || !w.starts_with(|c: char| c.is_uppercase()))
}

/// Forms of a piece of music, the last word of its title after its composer's possessive.
/// (Not "Suite" or "Mass": "Apple's Vision Pro Suite".)
pub(super) const MUSICAL_FORMS: [&str; 16] = [
    "Symphony", "Symphonies", "Concerto", "Concertos", "Songs", "Requiem", "Sonata", "Sonatas", "Variations", "Overture",
    "Preludes", "Nocturnes", "Oratorio", "Cantata", "Serenade", "Rhapsody",
];

/// True for a name of one to three words, no place of the lists and no organisation's
/// word, whose possessive owns a piece of music ("Strauss's Four Last Songs", "Mahler's
/// Fifth Symphony"): its composer, where the tagger read an organisation. The form must end
/// the title: "Birmingham's Symphony Hall" is a hall.
fn composer(text: &str, span: Span, lex: &Lexicon) -> bool {
    let name = &text[span.range()];
    let Some(rest) = after_possessive(text, span) else { return false };
    // The capitalised words after the possessive, up to punctuation or a lower-case word.
    let mut last = None;
    for w in rest.split([' ', '\n']).take(5) {
        let bare = w.trim_end_matches([',', '.', ';', ':', '!', '?']);
        if !bare.starts_with(|c: char| c.is_uppercase()) {
            break;
        }
        last = Some(bare);
        if bare.len() < w.len() {
            break;
        }
    }
    last.is_some_and(|w| MUSICAL_FORMS.contains(&w))
        && name.split(' ').count() <= 3
        && !lex.is_place(name)
        && !name.split(' ').any(|w| ORG_WORDS.contains(&w))
}

/// True for a name the tagger read as a place right after "brought in" (or "drafted in")
/// and before "for" and a capitalised name: a player brought in for another ("India
/// brought in Akash Deep for Jasprit Bumrah"), unless it is a place of the lists.
fn brought_in_for(text: &str, span: Span, label: Label, lex: &Lexicon) -> bool {
    let before = &text[..span.start];
    label == Label::Loc
        && ["brought in ", "drafted in ", "called up "].iter().any(|b| before.ends_with(b))
        && text[span.end..].strip_prefix(" for ").is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
        && !lex.is_place(&text[span.range()])
}

/// Auction houses named for their founders: "Sotheby's" (a listed company, so an
/// organisation already) and, in a paragraph about an auction, "Christie's" and "Phillips",
/// which the tagger reads as people. The possessive is part of the name.
fn auction_house(text: &str, span: Span, label: Label) -> (Span, Label) {
    let name = &text[span.range()];
    if !matches!(name, "Sotheby" | "Christie" | "Phillips") {
        return (span, label);
    }
    let owned = CLITICS.iter().find(|c| text[span.end..].starts_with(**c) && !text[span.end + c.len()..].starts_with(char::is_alphanumeric));
    let house = match name {
        "Sotheby" => label == Label::Org,
        "Christie" => owned.is_some() && paragraph_mentions(text, span, &["auction"]),
        "Phillips" => owned.is_none() && paragraph_mentions(text, span, &["auction"]),
        _ => false,
    };
    if !house {
        return (span, label);
    }
    (Span::new(span.start, span.end + owned.map_or(0, |c| c.len())), Label::Org)
}

/// A name of two words or more whose first is two given names (of the lexicon's lists)
/// joined by a hyphen ("Jean-Paul Sartre", "Anne-Sophie Pic"), which the tagger, not knowing the joined word,
/// reads as an organisation or another name: a person. A title before it comes off ("Chef
/// Anne-Sophie Pic"). Returns the person's span.
fn double_given_name(text: &str, span: Span, lex: &Lexicon) -> Option<Span> {
    let name = &text[span.range()];
    if !name.contains('-') {
        return None;
    }
    let mut words = name.split(' ');
    let first = words.next()?;
    let (skip, joined) = match first.split_once('-') {
        Some(_) => (0, first),
        None => (first.len() + 1, words.next()?),
    };
    let (a, b) = joined.split_once('-')?;
    let rest = &name[skip + joined.len()..];
    let titled = skip == 0 || lex.is_title(first) || role_word(&first.to_ascii_lowercase());
    let given = |w: &str| lex.is_first_name(w) || female_given_name(w).is_some();
    (titled && rest.starts_with(' ') && given(a) && given(b)).then(|| Span::new(span.start + skip, span.end))
}

/// Family names that come first in Chinese, Korean, Vietnamese and Singaporean names
/// ("Goh Choon Phong", "Tan Chuan Jin"), which the tagger leaves out of the name when they
/// open the sentence. (Not "He", "Ma", "Do", "Le": English words there.)
const FAMILY_NAMES_FIRST: [&str; 36] = [
    "Goh", "Tan", "Lim", "Ng", "Ong", "Teo", "Koh", "Chua", "Wong", "Chan", "Lau", "Yeo", "Chong", "Wang", "Zhang",
    "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Xu", "Guo", "Lin", "Gao", "Luo", "Kim", "Park", "Choi", "Jung",
    "Nguyen", "Tran", "Pham", "Hoang", "Phan", "Xi",
];

/// A person's name right after a family name of [`FAMILY_NAMES_FIRST`] that opens the
/// sentence takes it in: "Goh Choon Phong said", where the tagger found "Choon Phong".
fn family_name_first(text: &str, span: Span) -> Span {
    let before = &text[..span.start];
    let Some(rest) = before.strip_suffix(' ') else { return span };
    let from = rest.rfind([' ', '\n', '"', '\u{201C}']).map_or(0, |i| i + rest[i..].chars().next().map_or(1, char::len_utf8));
    let family = &rest[from..];
    let lead = rest[..from].trim_end_matches([' ', '"', '\u{201C}']);
    let opens = lead.is_empty() || lead.ends_with(['.', '!', '?', '\n']);
    if opens && FAMILY_NAMES_FIRST.contains(&family) && text[span.range()].contains(' ') {
        Span::new(from, span.end)
    } else {
        span
    }
}

/// True for a person or organisation whose name only a Welsh place has: one word opening
/// with "Llan" ("a church of"; "Llanelli", "Llanberis") or two opening with "Capel" ("Capel
/// Curig"). An organisation so named next to a score is the town's team ("Cardiff 34
/// Llanelli 97"), and stays. (Not the surnames Llanos and Llanes: four letters or more
/// follow "Llan".)
fn welsh_place(text: &str, span: Span, label: Label) -> bool {
    let name = &text[span.range()];
    let llan = name.strip_prefix("Llan").is_some_and(|r| r.len() >= 4 && r.bytes().all(|b| b.is_ascii_lowercase()));
    let capel = name.strip_prefix("Capel ").is_some_and(|r| !r.contains(' ') && r.starts_with(|c: char| c.is_uppercase()));
    let team = || {
        let before = text[..span.start].trim_end().ends_with(|c: char| c.is_ascii_digit());
        before || text[span.end..].trim_start().starts_with(|c: char| c.is_ascii_digit() || c == '(')
    };
    (llan || capel) && (label == Label::Per || label == Label::Org && !team())
}

/// True for a river's name of two words ("River Thames", "Severn River"), which the tagger
/// reads as an organisation or a person; not the club River Plate or the shop River Island.
fn river(name: &str) -> bool {
    match split_at_space(name) {
        Some(("River", other)) | Some((other, "River")) => {
            !other.contains(' ') && other.starts_with(|c: char| c.is_uppercase()) && !matches!(other, "Plate" | "Island")
        }
        _ => false,
    }
}

/// True for a news agency or paper in parentheses after a dateline's place ("LOS ANGELES
/// (Variety) -", "WASHINGTON (AP) —"), which the tagger may read as a place.
fn dateline_agency(text: &str, span: Span) -> bool {
    let Some(place) = text[..span.start].strip_suffix(" (") else { return false };
    let place = place.rsplit(['\n', ' ']).next().unwrap_or("");
    let dash = text[span.end..].strip_prefix(')').map(|r| r.trim_start_matches(' ')).is_some_and(|r| r.starts_with(DASHES));
    dash && place.len() > 1 && place.bytes().all(|b| b.is_ascii_uppercase() || b == b'.' || b == b',')
}

/// A name opening the sentence after a dateline's dash loses its "The", which is the
/// sentence's first word ("WASHINGTON (AP) — The House voted"): the name is "House".
fn the_after_dash(text: &str, span: Span) -> Span {
    let opens = text[..span.start].trim_end_matches(' ').ends_with(DASHES);
    match text[span.range()].strip_prefix("The ") {
        Some(rest) if opens && !rest.is_empty() => Span::new(span.end - rest.len(), span.end),
        _ => span,
    }
}

/// A name goes on over an Arabic article joined by a hyphen to a capitalised word, where
/// the tagger ends it before them: "Sharm el-Sheikh", "Deir ez-Zor". Before "strait" it is
/// a place: "the Bab el-Mandeb strait".
fn arabic_article_on(text: &str, span: Span, label: Label) -> (Span, Label) {
    let rest = &text.as_bytes()[span.end..];
    let Some(article) = rest.strip_prefix(b" ").and_then(|r| r.iter().take(4).position(|&b| b == b'-').map(|n| &r[..n]))
    else {
        return (span, label);
    };
    let after = &rest[1 + article.len() + 1..];
    let known = matches!(article, b"el" | b"El" | b"al" | b"Al" | b"ez" | b"ad" | b"ar" | b"ash" | b"az" | b"ud");
    // Not after a compound ("the Nablus-based al-Risala bookshop"), which a rule below cuts.
    let compound = lowercase_last_part(&text[span.range()]);
    if !known || compound || !after.first().is_some_and(u8::is_ascii_uppercase) {
        return (span, label);
    }
    // The word runs to a space or an ASCII mark (its own hyphens and apostrophes go with it).
    let word = after.iter().take_while(|&&b| b >= 0x80 || b.is_ascii_alphanumeric() || matches!(b, b'-' | b'\'')).count();
    let word = after[..word].iter().rposition(|b| !matches!(b, b'-' | b'\'')).map_or(0, |i| i + 1);
    let end = span.end + 1 + article.len() + 1 + word;
    let label = if text[end..].starts_with(" strait") { Label::Loc } else { label };
    (Span::new(span.start, end), label)
}

/// True when the part of the name after its last hyphen starts in lower case: a compound
/// ("Nablus-based") or a given name in two parts ("Chun-yeh").
fn lowercase_last_part(name: &str) -> bool {
    name.rsplit_once('-').is_some_and(|(_, w)| w.starts_with(|c: char| c.is_lowercase()))
}

/// True for another name (MISC) that says or reports something, and so is a body: "Anglo
/// American said", "the Taleban said", "MS-NBC News reported". Not a given name in two
/// parts ("Chun-yeh told"), a person's.
fn speaking_body(text: &str, span: Span) -> bool {
    let after = &text[span.end..];
    let Some(verb) = after.strip_prefix(' ') else { return false };
    let speaks = ["said ", "says ", "told ", "announced ", "reported "].iter().any(|v| verb.starts_with(v));
    speaks && !lowercase_last_part(&text[span.range()])
}

/// A name right after a storm's kind, which the tagger leaves out ("Hurricane Delphine"
/// read as the person "Delphine"), takes it in: the storm, another name (MISC).
fn storm_kind_before(text: &str, span: Span, label: Label) -> (Span, Label) {
    let before = &text[..span.start];
    // (Every storm's kind ends in "e", "m" or "n": the byte before the space tells first.)
    if !matches!(before.as_bytes().last_chunk(), Some([b'e' | b'm' | b'n', b' '])) {
        return (span, label);
    }
    let Some(kind) = before.strip_suffix(' ').and_then(|b| b.rsplit(|c: char| !c.is_alphabetic()).next()) else {
        return (span, label);
    };
    if kind == "Tropical" || !STORMS.contains(&kind) {
        return (span, label);
    }
    (Span::new(span.start - 1 - kind.len(), span.end), Label::Misc)
}

/// True when the name is a storm's or a wildfire's ("the Ridgeline Fire", "the Palisades
/// Fire", which the tagger reads as organisations), or a marathon's ("the Tokyo Marathon",
/// an event as "the Japanese Grand Prix" is): an event (MISC), not a person.
fn storm(name: &str) -> bool {
    if name.ends_with(" Fire") || name.ends_with(" Wildfire") || name.ends_with(" Marathon") {
        return true;
    }
    // The first letter first: most names are passed over on it.
    if !name.starts_with(['H', 'S', 'T', 'C']) {
        return false;
    }
    split_at_space(name).is_some_and(|(first, rest)| {
        STORMS.contains(&first) && (first != "Tropical" || rest.starts_with("Storm ") || rest.starts_with("Depression "))
    })
}

/// The domains a site's name is given with ("Znak.com", "Politico.eu"), in lower case.
const DOMAINS: [&str; 12] = ["com", "org", "net", "io", "co", "eu", "uk", "ru", "de", "fr", "info", "news"];

/// Takes in the domain a name is written with ("Znak.com", "Amazon.com", "Meduza.io",
/// "Example.co.uk"): the name is a site's, an organisation.
fn web_name(text: &str, span: Span, label: Label) -> (Span, Label) {
    let mut end = span.end;
    // Up to two parts (".co.uk"), each a listed domain of lower-case letters.
    for _ in 0..2 {
        let rest = &text.as_bytes()[end..];
        if rest.first() != Some(&b'.') {
            break;
        }
        let letters = rest[1..].iter().take_while(|b| b.is_ascii_lowercase()).count();
        let part = &text[end + 1..end + 1 + letters];
        let glued = rest.get(1 + letters).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_');
        if glued || !DOMAINS.contains(&part) {
            break;
        }
        end += 1 + letters;
    }
    if end == span.end {
        return (span, label);
    }
    (Span::new(span.start, end), Label::Org)
}

/// Words that a number names, and what the two make: "Area 51" and "Route 66" places,
/// "Article 50" and "Apollo 11" other names, and so are products ("PlayStation 5", "iPhone
/// 16", "Windows 11").
const NUMBERED: [(&str, Label); 17] = [
    ("Area", Label::Loc),
    ("Route", Label::Loc),
    ("Highway", Label::Loc),
    ("Interstate", Label::Loc),
    ("Terminal", Label::Loc),
    ("Article", Label::Misc),
    ("Section", Label::Misc),
    ("Proposition", Label::Misc),
    ("Resolution", Label::Misc),
    ("Radio", Label::Org),
    ("Apollo", Label::Misc),
    ("Flight", Label::Misc),
    ("Formula", Label::Misc),
    ("PlayStation", Label::Misc),
    ("Xbox", Label::Misc),
    ("iPhone", Label::Misc),
    ("Windows", Label::Misc),
];

/// A place followed by "First" is a party or movement ("New Zealand First", "Britain
/// First", "America First"), an organisation, which the tagger ends before "First".
fn first_party(text: &str, span: Span, label: Label) -> (Span, Label) {
    let rest = &text.as_bytes()[span.end..];
    let whole = rest.starts_with(b" First") && !rest.get(6).is_some_and(u8::is_ascii_alphanumeric);
    if label != Label::Loc || !whole {
        return (span, label);
    }
    (Span::new(span.start, span.end + 6), Label::Org)
}

/// Takes in a short number that ends a name's clause ("France 24," "Europe 1."): such a
/// number names a channel or product rather than counting anything, and a place with a
/// number is an organisation (a broadcaster). "France 24 people" is left alone, and so
/// are a person's figures ("Waqar Younis 15" in a bowling table) and a score after
/// another ("Bochum 2 Bayer Leverkusen 2").
fn numbered_name(text: &str, span: Span, label: Label) -> (Span, Label) {
    let rest = &text.as_bytes()[span.end..];
    let digits = rest.iter().skip(1).take_while(|b| b.is_ascii_digit()).count();
    if rest.first() != Some(&b' ') || !(1..=4).contains(&digits) || label == Label::Per {
        return (span, label);
    }
    let before = text.as_bytes()[..span.start].trim_ascii_end();
    if before.last().is_some_and(u8::is_ascii_digit) {
        return (span, label);
    }
    let after = &rest[1 + digits..];
    // "Area 51", "Article 50", "Apollo 11": a word named by its number, wherever it stands.
    let last = text[span.range()].rsplit(' ').next().unwrap_or_default();
    if let Some(&(_, kind)) = NUMBERED.iter().find(|(w, _)| *w == last) {
        let whole = span.end - span.start == last.len();
        if !(after.first().is_some_and(|b| matches!(b, b'.' | b',')) && after.get(1).is_some_and(u8::is_ascii_digit)) {
            return (Span::new(span.start, span.end + 1 + digits), if whole { kind } else { label });
        }
    }
    let ends_clause = match after.first() {
        None | Some(b';' | b':' | b')' | b'!' | b'?' | b'\n' | b'\r') => true,
        // Not a decimal point or a thousands separator ("English 2,000 Guineas").
        Some(b'.' | b',') => !after.get(1).is_some_and(u8::is_ascii_digit),
        _ => false,
    };
    if !ends_clause {
        return (span, label);
    }
    (Span::new(span.start, span.end + 1 + digits), if label == Label::Loc { Label::Org } else { label })
}

/// True when the "name" is a contraction ("I've", "We're", "You'll"), which the tagger
/// takes for an organisation where several sentences of a quote start with it.
fn contraction(name: &str) -> bool {
    // Most names end in another letter; the others are scanned for the apostrophe (' or
    // the last byte of U+2019).
    if !name.ends_with(['e', 'm', 'd', 'l']) {
        return false;
    }
    let Some(q) = name.bytes().rposition(|b| b == b'\'' || b == 0x99) else { return false };
    if !matches!(name.get(q + 1..), Some("ve" | "m" | "d" | "ll" | "re")) {
        return false;
    }
    let head = name.get(..=q).and_then(|h| h.strip_suffix(['\'', '\u{2019}']));
    head.is_some_and(|h| !h.contains([' ', '\'', '\u{2019}']))
}

/// True when a name of one word is a common word: the acronym of a common noun ("AI",
/// "CEOs"; not one spelled out in brackets, "Communist Party of India (CPI)"); an adverb
/// opening its sentence before a comma ("Honestly, ...", "Crucially, ..."); or a
/// participle opening it before "in" or "on" ("Born in Ilford, ..."); or "One" opening it
/// before a lower-case word ("One man died"). See also
/// [`lone_quoted_off`].
fn common_word(text: &str, span: Span) -> bool {
    let w = &text[span.range()];
    let b = text.as_bytes();
    // (Capitals with a plural "s" or "&", and "PhD".)
    let acronym = w.len() <= 5 && w.bytes().all(|b| b.is_ascii_uppercase() || matches!(b, b's' | b'&' | b'h'));
    if acronym
        && span.start.checked_sub(1).is_none_or(|i| b[i] != b'(')
        && (COMMON_ACRONYMS.contains(&w) || w.strip_suffix('s').is_some_and(|w| COMMON_ACRONYMS.contains(&w)))
    {
        return true;
    }
    let after = &text[span.end..];
    let adverb = w.ends_with("ly") && after.starts_with(',') && SENTENCE_ADVERB_ENDINGS.iter().any(|e| w.ends_with(e));
    let participle = (after.starts_with(" in ") || after.starts_with(" on ")) && OPENING_PARTICIPLES.contains(&w);
    // "One man, 67, died": the number, which the tagger links to a name ending in it ("Hydro One").
    let one = w == "One" && after.strip_prefix(' ').is_some_and(|a| a.starts_with(char::is_lowercase));
    (adverb || participle || one) && sentence_opener(text, span)
}

/// The quotation marks that open a quote.
pub(super) const OPENING_QUOTES: [char; 4] = ['"', '\u{201C}', '\'', '\u{2018}'];

/// True when the one-word name at `span` opens its sentence, perhaps after opening
/// quotation marks.
pub(super) fn sentence_opener(text: &str, span: Span) -> bool {
    // Most names stand inside a sentence, after a word or a comma: a byte or two tells.
    let b = text.as_bytes();
    let mut i = span.start;
    while i > 0 && b[i - 1] == b' ' {
        i -= 1;
    }
    // The last bytes of the quotation marks U+201C and U+2018 are 0x9C and 0x98.
    if i > 0 && !matches!(b[i - 1], b'.' | b'!' | b'?' | b'\n' | b'\r' | b'"' | b'\'' | 0x9C | 0x98) || text[span.range()].contains(' ') {
        return false;
    }
    let before = text[..span.start].trim_end_matches(OPENING_QUOTES).trim_end();
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', '\r'])
}

/// True when the name is an illness's ("Parkinson's disease", "the Zika virus",
/// "Alzheimer's"), or its acronym ("Ebola virus disease (EVD)"): it names neither a person
/// nor a place.
fn names_an_illness(text: &str, span: Span) -> bool {
    if let Some(before) = text[..span.start].strip_suffix(" (") {
        if ILLNESS_WORDS.iter().any(|w| before.ends_with(w)) {
            return true;
        }
    }
    let after = &text[span.end..];
    // Most names are followed by a space and a word that starts with no illness word's
    // letter: a few byte reads.
    let possessive = match after.as_bytes().first() {
        Some(b'\'' | 0xE2) => ["'s", "\u{2019}s", "'", "\u{2019}"].iter().find(|p| after.starts_with(*p)),
        _ => None,
    };
    let rest = &after.as_bytes()[possessive.map_or(0, |p| p.len())..];
    if rest.first() == Some(&b' ') && rest.get(1).is_some_and(|b| ILLNESS_WORDS.iter().any(|w| w.as_bytes()[0] == *b)) {
        let word = &rest[1..];
        let word = &word[..word.iter().position(|c| !c.is_ascii_lowercase()).unwrap_or(word.len())];
        // "China's virus death toll": a possessive place before "virus" stays.
        if ILLNESS_WORDS.iter().any(|w| w.as_bytes() == word) && !(possessive.is_some() && word == b"virus") {
            return true;
        }
    }
    possessive.is_some_and(|p| p.ends_with('s')) && ILLNESS_EPONYMS.contains(&&text[span.range()])
}

/// Units written in capitals, which the tagger may take for names after their figure.
const UNIT_SYMBOLS: [&str; 15] = ["GB", "MB", "TB", "GHz", "MHz", "kHz", "Hz", "mAh", "kWh", "MW", "GW", "kW", "MWh", "GWh", "TWh"];

/// True for a US legislator's party and state after the name ("Sen. Raphael Warnock,
/// D-Ga., said", "(R-Ohio)"): a label, which the tagger reads as an organisation or a
/// place, and which would then be taken for the speaker.
fn party_and_state(text: &str, span: Span) -> bool {
    party_and_state_tag(&text[span.range()]) && (text[..span.start].ends_with(", ") || text[..span.start].ends_with('('))
}

/// True when the span sits inside a file name, address or handle ("badge_FR",
/// "x@example.com", "a/b"): page furniture, not a name; or is the scale of a temperature
/// ("40 degrees C.", which the tagger takes for an initial), another unit after its
/// figure ("8GB of RAM", "4.05 GHz") or an era by its year or century ("200 BC").
fn in_identifier(text: &str, span: Span) -> bool {
    let is_era = |w: &str| ERAS.iter().any(|(era, _)| *era == w);
    let name = &text[span.range()];
    let scale = matches!(name, "C" | "F") && ["degrees ", "degree ", "deg "].iter().any(|d| text[..span.start].ends_with(d));
    // "8GB of RAM", "a 4.05 GHz chip": a unit after its figure.
    let before = &text.as_bytes()[..span.start];
    let glued = before.last().is_some_and(u8::is_ascii_digit);
    let spaced = before.ends_with(b" ")
        && before.len() >= 2
        && before[before.len() - 2].is_ascii_digit()
        && (UNIT_SYMBOLS.contains(&name) || is_era(name));
    // "the fifth century BC", "AD 380": an era ([`ERAS`]), which the tagger may take for a
    // name next to its year; part of a date.
    let era = is_era(name)
        && (text[..span.start].ends_with("century ")
            || text[span.end..].strip_prefix(' ').is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit())));
    if scale || glued || spaced || era {
        return true;
    }
    let before = text[..span.start].rsplit(char::is_whitespace).next().unwrap_or("");
    let after = text[span.end..].split(char::is_whitespace).next().unwrap_or("");
    before.chars().chain(after.chars()).any(|c| matches!(c, '_' | '/' | '@' | '\\' | '='))
        && !slashed_dateline(text, span)
}

/// True for a place of a dateline that names two, "NEW YORK/LONDON (Reuters) -": the
/// line's start up to the agency in brackets is in capitals, with the places split by "/".
fn slashed_dateline(text: &str, span: Span) -> bool {
    let start = text[..span.start].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let Some(open) = text[span.end..].find(" (").map(|i| span.end + i) else { return false };
    let places = &text[start..open];
    places.contains('/')
        && places.bytes().all(|b| b.is_ascii_uppercase() || matches!(b, b' ' | b'.' | b'/'))
        && agency_and_dash(&text[open..])
}

/// True when `after` opens with an agency in brackets and a dash after it, as a
/// dateline's place is followed: " (Reuters) -".
fn agency_and_dash(after: &str) -> bool {
    after.strip_prefix(" (").and_then(|r| r.find(')').map(|i| r[i + 1..].trim_start_matches(' '))).is_some_and(|r| r.starts_with(DASHES))
}
