//! The words that attribute speech: verbs in every tense, and a few phrases.

/// Speech verbs and phrases, every form listed (the regex engine has no stemming).
pub(crate) const CUES: &[&str] = &[
    "say", "says", "said", "saying",
    "tell", "tells", "told", "telling",
    "explain", "explains", "explained", "explaining",
    "ask", "asks", "asked", "asking",
    "questions", "questioned",
    "add", "adds", "added", "adding",
    "write", "writes", "wrote", "written",
    "tweets", "tweeted",
    "continue", "continues", "continued",
    "states", "stated",
    "declare", "declares", "declared",
    "insist", "insists", "insisted",
    "argue", "argues", "argued",
    "warn", "warns", "warned",
    "notes", "noted",
    "claims", "claimed",
    "announce", "announces", "announced",
    "recall", "recalls", "recalled",
    "replies", "replied",
    "respond", "responds", "responded",
    "comments", "commented",
    "observe", "observes", "observed",
    "remarks", "remarked",
    "confirm", "confirms", "confirmed",
    "admit", "admits", "admitted",
    "acknowledge", "acknowledges", "acknowledged",
    "suggest", "suggests", "suggested",
    "concede", "concedes", "conceded",
    "conclude", "concludes", "concluded",
    "emphasize", "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised",
    "stresses", "stressed",
    "testify", "testifies", "testified",
    "reports", "reported",
    "exclaim", "exclaims", "exclaimed",
    "shout", "shouts", "shouted",
    "urge", "urges", "urged",
    "predict", "predicts", "predicted",
    "promises", "promised",
    "describe", "describes", "described", "describing",
    "insist", "explain", "recount", "recounts", "recounted",
    "tells", "wonder", "wonders", "wondered",
    "complain", "complains", "complained",
    "contend", "contends", "contended",
    "maintain", "maintains", "maintained",
    "assert", "asserts", "asserted",
    "reiterate", "reiterates", "reiterated",
    "quips", "quipped",
    "jokes", "joked",
    "demands", "demanded",
    "characterize", "characterizes", "characterized", "characterise", "characterises", "characterised",
    "noting", "stating", "arguing", "warning", "insisting", "claiming", "declaring", "writing", "tweeting",
    "remarking", "commenting", "announcing",
    "specifies", "specified", "stipulates", "stipulated", "supposes", "posits", "posited",
    "instructs", "instructed", "directs", "directed", "directing", "ordered",
    // A text speaks too: "the statement read", "the decree reads".
    "read", "reads",
    "according to",
];

/// Verbs that quote the name someone gave a thing ("Corbyn called the move a "smash and
/// grab""). With a pronoun or a name before them they attribute; after a noun they are
/// participles naming a thing ("a process called "exfiltration"").
pub(crate) const NAMING: &[&str] = &[
    "call", "calls", "called", "calling", "dubbed", "branded", "labelled", "labeled", "termed",
    "dismissed", "attacked", "hailed", "deemed", "accused", "accuses", "accusing", "criticised", "criticized",
    "condemned", "denounced", "praised",
];

/// True for a verb of [`NAMING`].
pub(crate) fn is_naming(cue: &str) -> bool {
    NAMING.contains(&cue)
}

/// The cue alternation for a regex: longest first so "said" never stops at "sa".
pub(crate) fn alternation() -> String {
    let mut cues: Vec<&str> = CUES.iter().chain(NAMING).copied().collect();
    cues.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    cues.dedup();
    cues.iter().map(|c| cue_pattern(c)).collect::<Vec<_>>().join("|")
}

/// A cue as a regex: a phrase's words with any spaces between them.
pub(crate) fn cue_pattern(cue: &str) -> String {
    cue.replace(' ', r"\s+")
}

/// Verbs whose following noun is the one spoken to, not the speaker ("told reporters").
pub(crate) fn takes_listener(cue: &str) -> bool {
    matches!(cue, "tell" | "tells" | "told" | "telling")
}

/// Capitalised words that are never a speaker's name.
pub(crate) fn not_a_name(word: &str) -> bool {
    matches!(
        word,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
            | "January" | "February" | "March" | "April" | "May" | "June" | "July" | "August"
            | "September" | "October" | "November" | "December" | "Today" | "Yesterday"
            | "Tomorrow" | "The" | "This" | "That" | "It" | "In" | "On" | "At" | "But" | "And"
            | "So" | "Then" | "There" | "Here" | "What" | "Why" | "How" | "When" | "We" | "I"
    )
}
