//! Word lists compiled into the binary.

/// Nationalities, religious and political groups.
pub(crate) const DEMONYMS: &[&str] = &[
    "American", "Americans", "Iranian", "Iranians", "Iraqi", "Iraqis", "British", "French",
    "German", "Germans", "Russian", "Russians", "Chinese", "Japanese", "Syrian", "Syrians",
    "Turkish", "Kurdish", "Kurds", "Israeli", "Israelis", "Palestinian", "Palestinians",
    "European", "Europeans", "African", "Africans", "Arab", "Arabs", "Muslim", "Muslims",
    "Christian", "Christians", "Jewish", "Jews", "Sunni", "Sunnis", "Shiite", "Shiites", "Shia",
    "Catholic", "Catholics", "Democrat", "Democrats", "Republican", "Republicans", "Australian",
    "Australians", "Canadian", "Canadians", "Indian", "Indians", "Italian", "Italians", "Spanish",
    "Mexican", "Mexicans", "Brazilian", "Ukrainian", "Ukrainians", "Saudi", "Saudis", "Egyptian",
    "Afghan", "Pakistani", "Korean", "Koreans", "Irish", "Scottish", "Welsh", "English", "Dutch",
];

/// Countries, regions and cities common in the news.
pub(crate) const PLACES: &[&str] = &[
    "Iraq", "Iran", "Tehran", "Baghdad", "Syria", "Kurdistan", "United States", "America",
    "Britain", "United Kingdom", "France", "Paris", "London", "Germany", "Berlin", "Russia",
    "Moscow", "China", "Beijing", "Japan", "Tokyo", "Israel", "Gaza", "Turkey", "Europe",
    "Africa", "Asia", "Washington", "New York", "Australia", "Canada", "India", "Italy", "Spain",
    "Mexico", "Brazil", "Ukraine", "Egypt", "Afghanistan", "Pakistan", "Korea", "Ireland",
    "Scotland", "Wales", "England", "Netherlands", "Saudi Arabia", "Lebanon", "Jordan", "Yemen",
];

/// The states of the United States, for rules that need a place the tagger's lists (which
/// are its features, and so fixed with the model) may not hold: "Michigan Governor".
pub(crate) const US_STATES: [&str; 50] = [
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
    "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
];

/// Counties and cities of the United Kingdom that the lists above and the tagger's lack,
/// for rules that need a place: "Kent" is not the "University of Kent". Not model features.
/// Not "Oxford" or "Cambridge", which news names for their universities.
pub(crate) const UK_PLACES: &[&str] = &[
    "Kent", "Surrey", "Sussex", "Essex", "Devon", "Cornwall", "Dorset", "Somerset", "Norfolk", "Suffolk",
    "Yorkshire", "Lancashire", "Cumbria", "Northumberland", "Cheshire", "Derbyshire", "Nottinghamshire",
    "Lincolnshire", "Leicestershire", "Warwickshire", "Worcestershire", "Gloucestershire", "Oxfordshire",
    "Berkshire", "Hampshire", "Wiltshire", "Hertfordshire", "Bedfordshire", "Buckinghamshire", "Cambridgeshire",
    "Northamptonshire", "Shropshire", "Staffordshire", "Herefordshire", "Merseyside", "Canterbury", "Bristol",
    "Leeds", "Sheffield", "Birmingham", "Nottingham", "Leicester", "Coventry", "Brighton", "Southampton",
    "Portsmouth", "Plymouth", "Exeter", "York", "Norwich", "Swansea", "Aberdeen", "Dundee", "Stirling",
    "Lancaster", "Durham", "Warwick", "Sunderland", "Hull", "Bradford", "Derby", "Winchester", "Salisbury",
    "Chichester", "Lincoln", "Chester", "Gloucester", "Worcester", "Hereford", "Ulster", "Newcastle",
];

/// Eras as written after a year or century ("200 BC", "the fifth century AD"), and
/// whether each counts years before the common era. The number detector reads them into
/// dates; the entity detector keeps them from being names.
pub(crate) const ERAS: [(&str, bool); 4] = [("BC", true), ("BCE", true), ("AD", false), ("CE", false)];

/// Words that make a capitalised phrase an organisation.
pub(crate) const ORG_WORDS: &[&str] = &[
    "Parliament", "Party", "party", "Group", "group", "Inc", "Ltd", "Corp", "Company", "Council",
    "Ministry", "Department", "Agency", "University", "Association", "Committee", "Commission",
    "Union", "Bank", "Army", "Pentagon", "Congress", "Senate", "Court", "Police", "Institute",
    "Organization", "Organisation", "Foundation", "News", "Times", "Post", "Airlines", "State",
];

/// Titles that precede a person's name.
pub(crate) const TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "President", "Prime", "Minister", "General", "Gen", "MP",
    "Senator", "Sen", "Governor", "Gov", "Judge", "King", "Queen", "Prince", "Pope", "Chancellor",
    "Mayor", "Sheikh", "Ayatollah", "Colonel", "Captain", "Secretary", "Rep", "Representative",
];

/// The short names news gives countries, with the full name each stands for. Those in
/// capitals are the usual abbreviations ("U.S.", "UK"), places of the lists in their own
/// right; all group with the full name where the text gives it.
pub(crate) const COUNTRY_SHORT_NAMES: [(&str, &str); 10] = [
    ("UK", "United Kingdom"),
    ("U.K.", "United Kingdom"),
    ("Britain", "United Kingdom"),
    ("Great Britain", "United Kingdom"),
    ("US", "United States"),
    ("U.S.", "United States"),
    ("USA", "United States"),
    ("U.S.A.", "United States"),
    ("UAE", "United Arab Emirates"),
    ("U.A.E.", "United Arab Emirates"),
];

/// The short names news gives organisations, which are no acronym of their full name
/// ("the Fed said"), with the full name each stands for: they group with it where the text
/// gives it, as [`COUNTRY_SHORT_NAMES`] do.
pub(crate) const ORG_SHORT_NAMES: [(&str, &str); 5] = [
    ("Fed", "Federal Reserve"),
    ("Met", "Metropolitan Police"),
    ("Nato", "North Atlantic Treaty Organization"),
    ("Opec", "Organization of the Petroleum Exporting Countries"),
    ("Beeb", "BBC"),
];

/// Titles before a name that [`TITLES`] and the gazetteer's lack. Those lists are features
/// the model was trained with (a word added there changes them, and the model must be
/// trained again); these only make `refine` take the title off a person's name
/// ("Mme Spanton", "Assemblywoman Selena Torres").
pub(crate) fn unlisted_title(w: &str) -> bool {
    // A `matches!`, which compiles to a switch on the length: it is asked of every
    // capitalised word `refine` reads.
    matches!(
        w,
        "Mme" | "Mlle" | "Cde" | "Comrade" | "Assemblyman" | "Assemblywoman" | "Congressman" | "Congresswoman"
            | "Councillor" | "Councilman" | "Councilwoman" | "Sgt" | "Lt" | "Col" | "Supt" | "Sheriff" | "Pastor"
            | "Reverend" | "Rev" | "Insp" | "Det" | "Ch" | "DI" | "DS" | "DC" | "DCI" | "DSI" | "DCS" | "PC" | "PCSO"
            | "Cllr" | "Cpl" | "Pte" | "Maj" | "Brig" | "Cdr" | "Adm"
    )
}

/// True for a lower-case word for a person's role, written right before the name: "North
/// Korean leader Kim Jong Un", "company spokeswoman Rachel Dupre", "the emperor Hadrian",
/// "chief executive Goh Choon Phong". Not a model feature. Not words that also qualify a
/// thing or are verbs before a name ("official Twitter account", "to head Microsoft",
/// "rival Samsung"). (A `matches!`, which compiles to a switch on the length: it is asked
/// of most names.)
pub(crate) fn role_word(w: &str) -> bool {
    matches!(
        w,
        "leader" | "president" | "minister" | "chancellor" | "premier" | "spokesman" | "spokeswoman" | "spokesperson"
            | "chairman" | "chairwoman" | "secretary" | "senator" | "governor" | "mayor" | "ambassador" | "envoy"
            | "commander" | "coach" | "manager" | "striker" | "midfielder" | "defender" | "goalkeeper" | "actress"
            | "actor" | "singer" | "rapper" | "novelist" | "filmmaker" | "billionaire" | "economist" | "prosecutor"
            | "lawyer" | "attorney" | "detective" | "dictator" | "cleric" | "businessman" | "businesswoman" | "king"
            | "queen" | "prince" | "princess" | "emperor" | "empress" | "pharaoh" | "tsar" | "sultan" | "emir"
            | "executive" | "officer" | "chief" | "director" | "founder" | "captain" | "analyst" | "professor"
            | "researcher" | "scientist" | "aide" | "adviser" | "advisor" | "diplomat" | "negotiator" | "commissioner" | "chef"
    )
}

/// Online services and the companies behind them, which news names as it names a place or
/// a person ("posted on Twitter", "Facebook said"): organisations wherever they stand
/// alone, found or not by the tagger, whose training text (1996) never saw most of them.
/// Not model features either (see [`unlisted_title`]).
pub(crate) const ONLINE_SERVICES: &[&str] = &[
    "Twitter", "Facebook", "Instagram", "YouTube", "TikTok", "WhatsApp", "Google", "Reddit",
    "LinkedIn", "Snapchat", "Wikipedia", "Wikinews", "Netflix", "Spotify", "Microsoft",
    "Pinterest", "Tumblr", "WeChat", "Weibo", "Gmail", "Telegram", "Bluesky", "Substack",
];

/// Companies that today's business news names often and the tagger's 1996 training text
/// never saw, which it reads as places or misses ("Ryanair said", "Shares in Nvidia"):
/// organisations wherever they stand alone, as [`ONLINE_SERVICES`]. In CoNLL-2003's text
/// only Samsung, Disney (ORG twice) and Boeing (ORG once, MISC once) are. Not "Halifax" or
/// "Amazon", which are places too, nor "Mercedes", also a car (MISC) and a given name.
/// Also the pollster Gallup ("a Gallup poll") and "AAP" (the Australian news agency of
/// "SYDNEY (AAP) -", or India's Aam Aadmi Party: an organisation either way).
pub(crate) const COMPANIES: &[&str] = &[
    "Nvidia", "Ryanair", "easyJet", "EasyJet", "OpenAI", "Anthropic", "Tesla", "SpaceX", "Uber", "Airbnb", "Ocado",
    "Huawei", "Alibaba", "Tencent", "ByteDance", "Xiaomi", "Samsung", "Qualcomm", "Intel", "Salesforce", "PayPal",
    "Vodafone", "Tesco", "Deliveroo", "Nintendo", "Disney", "Boeing", "Sotheby", "Bonhams", "Gallup", "AAP",
];

/// Public bodies and operators British news names by one word that the 1996 tagger never
/// saw and misses ("Ofcom said", "ScotRail cancelled"), or reads as places ("talks at
/// Acas"): organisations wherever they stand alone, as [`COMPANIES`].
pub(crate) const PUBLIC_BODIES: &[&str] =
    &["Ofcom", "Ofgem", "Ofsted", "Ofwat", "Ofqual", "Acas", "ScotRail", "Flightradar24", "Eurostat", "Frontex"];

/// Newspapers and magazines news names by one word after "the" ("told the Guardian", "wrote
/// in the Telegraph"), which the tagger, trained on 1996 wire text, reads as places or other
/// names. Not "Sun" or "Atlantic", which are also the star and the ocean. Not model features.
pub(crate) fn paper_word(w: &str) -> bool {
    // A `matches!`: it is asked of each capitalised word after "the".
    matches!(
        w,
        "Guardian" | "Telegraph" | "Observer" | "Economist" | "Spectator" | "Independent" | "Mirror" | "Herald"
            | "Scotsman" | "Tribune" | "Gazette" | "Chronicle" | "Post" | "Mail" | "Express"
    )
}

/// Events news names in one word, which the tagger takes for places or organisations
/// ("a no-deal Brexit"): other names (MISC) wherever they stand alone. Not model features.
pub(crate) const NAMED_EVENTS: &[&str] = &["Brexit", "Grexit", "Watergate", "Partygate", "Dieselgate"];

/// Words that make the name before them an illness's: "Parkinson's disease", "Tourette
/// syndrome", "the Zika virus", "Hodgkin lymphoma". Not model features.
pub(crate) const ILLNESS_WORDS: &[&str] = &["disease", "diseases", "syndrome", "virus", "lymphoma", "palsy", "sarcoma", "disorder"];

/// Names whose possessive alone names an illness: "Alzheimer's is the most common form of
/// dementia", "he had Asperger's".
pub(crate) const ILLNESS_EPONYMS: &[&str] =
    &["Alzheimer", "Parkinson", "Huntington", "Crohn", "Asperger", "Tourette", "Hodgkin", "Gehrig", "Lou Gehrig"];

/// The Arabic articles hyphenated onto a surname ("al-Assad", "el-Sisi"). The quote
/// pattern's name spells them too (`NAME` in quotes/attribution.rs; a test checks). Two or
/// three letters each (`refine::article_surnames` looks no further for the hyphen).
pub(crate) const HYPHENATED_ARTICLES: [&str; 5] = ["al", "el", "ad", "ash", "as"];
const _: () = {
    let mut k = 0;
    while k < HYPHENATED_ARTICLES.len() {
        assert!(HYPHENATED_ARTICLES[k].len() <= 3, "an article longer than article_surnames reads");
        k += 1;
    }
};

/// Lower-case particles allowed inside a name ("Al", "bin", "van der").
pub(crate) const NAME_PARTICLES: &[&str] = &["al", "bin", "ibn", "van", "der", "de", "da", "di", "du", "von", "la", "le", "del", "of", "the"];

/// Possessive endings, which CoNLL splits off as their own token. ("n't" stays on its
/// word: cutting "Don't" could leave a span ending inside a word.)
pub(crate) const CLITICS: &[&str] = &["'s", "\u{2019}s"];

// The entity detector's `words` looks for a clitic only in a word ending in "s".
const _: () = {
    let mut k = 0;
    while k < CLITICS.len() {
        let c = CLITICS[k].as_bytes();
        assert!(c[c.len() - 1] == b's', "a clitic that does not end in s");
        k += 1;
    }
};

/// True for a US legislator's party and state, as written after the name ("D-Ga",
/// "R-Ohio", "I-Vt.": D, R or I, a hyphen and a capital).
pub(crate) fn party_and_state_tag(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3 && matches!(b[0], b'D' | b'R' | b'I') && b[1] == b'-' && b[2].is_ascii_uppercase()
}

/// The word before a possessive ending ([`CLITICS`]): "victim's" -> "victim", "year's" ->
/// "year"; `None` for a word without one (or the ending alone).
pub(crate) fn possessor(w: &str) -> Option<&str> {
    CLITICS.iter().find(|c| w.len() > c.len() && w.ends_with(*c)).map(|c| &w[..w.len() - c.len()])
}

/// Acronyms of common nouns, which the tagger takes for organisations ("AI chips", "the
/// CEO said"): no names, wherever they stand, also with a plural "s" ("CEOs"). Not model
/// features.
pub(crate) const COMMON_ACRONYMS: &[&str] = &[
    "A&E", "AI", "ALS", "ATM", "CCTV", "CEO", "CFO", "COO", "CPI", "CTO", "DNA", "ETF", "EV", "GDP", "GP", "GPS", "ICU", "IPO", "IVF", "MRI", "MVP",
    "NFT", "PhD", "PPE", "PTSD", "Q&A", "R&D", "RNA", "SUV", "UFO", "VAT", "VPN",
];

/// Endings of the adverbs that open a sentence before a comma ("Honestly, ...",
/// "Crucially, ...", "Reportedly, ..."), which the tagger may take for a one-word name.
/// No ending of a common name ("Italy", "Sally", "Kelly", "Carly" end otherwise).
pub(crate) const SENTENCE_ADVERB_ENDINGS: &[&str] =
    &["cally", "ially", "ually", "fully", "ously", "ively", "ently", "antly", "estly", "ately", "ingly", "edly", "ibly", "ably", "nkly", "ckly", "larly", "early", "tely", "rely"];

/// Participles that open a sentence before "in" or "on" ("Born in Ilford, Essex, ...",
/// "Based in Paris, ..."), which the tagger may take for a one-word name.
pub(crate) const OPENING_PARTICIPLES: &[&str] =
    &["Born", "Raised", "Based", "Educated", "Founded", "Located", "Headquartered", "Elected", "Situated", "Listed"];
