//! The words that attribute speech: verbs in every tense, and a few phrases.

/// Speech verbs and phrases, every form listed (the regex engine has no stemming).
pub(crate) const CUES: &[&str] = &[
    "say", "says", "said", "saying",
    "tell", "tells", "told", "telling",
    "explain", "explains", "explained", "explaining",
    "ask", "asks", "asked", "asking",
    "question", "questions", "questioned",
    "add", "adds", "added", "adding",
    "write", "writes", "wrote", "written",
    "tweet", "tweets", "tweeted",
    "continue", "continues", "continued",
    "state", "states", "stated",
    "declare", "declares", "declared",
    "insist", "insists", "insisted",
    "argue", "argues", "argued",
    "warn", "warns", "warned",
    "note", "notes", "noted",
    "claim", "claims", "claimed",
    "announce", "announces", "announced",
    "recall", "recalls", "recalled",
    "reply", "replies", "replied",
    "respond", "responds", "responded",
    "comment", "comments", "commented",
    "observe", "observes", "observed",
    "remark", "remarks", "remarked",
    "confirm", "confirms", "confirmed",
    "admit", "admits", "admitted",
    "acknowledge", "acknowledges", "acknowledged",
    "suggest", "suggests", "suggested",
    "concede", "concedes", "conceded",
    "conclude", "concludes", "concluded",
    "emphasize", "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised",
    "stress", "stresses", "stressed",
    "testify", "testifies", "testified",
    "report", "reports", "reported",
    "exclaim", "exclaims", "exclaimed",
    "shout", "shouts", "shouted",
    "urge", "urges", "urged",
    "predict", "predicts", "predicted",
    "promise", "promises", "promised",
    "describe", "describes", "described",
    "insist", "explain", "recount", "recounts", "recounted",
    "tells", "wonder", "wonders", "wondered",
    "complain", "complains", "complained",
    "contend", "contends", "contended",
    "maintain", "maintains", "maintained",
    "assert", "asserts", "asserted",
    "reiterate", "reiterates", "reiterated",
    "quip", "quips", "quipped",
    "joke", "jokes", "joked",
    "demand", "demands", "demanded",
    "according to",
];

/// The cue alternation for a regex: longest first so "said" never stops at "sa".
pub(crate) fn alternation() -> String {
    let mut cues: Vec<&str> = CUES.to_vec();
    cues.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    cues.dedup();
    cues.iter().map(|c| c.replace(' ', r"\s+")).collect::<Vec<_>>().join("|")
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
