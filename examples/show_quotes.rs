//! Prints each quote of a file with its style, speaker and cue, one per line.
//!
//! `cargo run --example show_quotes -- [--markup] FILE...`; with `--markup`, prints the
//! text with inline marks as golden files show it.

use factlight::{Annotator, Details, Kind};

fn main() {
    let annotator = Annotator::new();
    let markup = std::env::args().any(|a| a == "--markup");
    for path in std::env::args().skip(1).filter(|a| a != "--markup") {
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        println!("== {path}");
        if markup {
            println!("{}", factlight::markup(&text, &annotator.annotate(&text)));
            continue;
        }
        for a in annotator.annotate(&text).iter().filter(|a| a.kind() == Kind::Quote) {
            if let Details::Quote(q) = &a.details {
                let quote: String = text[a.span.range()].chars().take(70).collect();
                let speaker = q.speaker.map_or("?", |s| &text[s.range()]);
                let cue = q.cue.map_or("", |s| &text[s.range()]);
                let name = q.speaker_name.as_deref().unwrap_or("-");
                println!("{:7} {quote:72} <- {speaker} = {name} [{cue}]", q.style.as_str());
            }
        }
    }
}
