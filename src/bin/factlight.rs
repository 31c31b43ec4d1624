//! The factlight command line: annotate a file, stdin, or a JSONL batch.

use factlight::{records, walk, Annotation, Annotator, Kind, OffsetUnit, Step};
use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::process::ExitCode;

const HELP: &str = "\
factlight: highlight entities, quotes and numbers in news text

USAGE:
    factlight annotate [FILE|-] [--format FORMAT] [--offsets UNIT]

ARGS:
    FILE              text to annotate; '-' or nothing reads standard input

OPTIONS:
    --format FORMAT   json (default): one JSON object {\"annotations\": [...]}
                      jsonl: input is one JSON object per line, {\"id\": ..., \"text\": ...};
                             writes {\"id\": ..., \"annotations\": [...]} per line. A bad line
                             is reported on stderr with its number and skipped; the exit
                             status is 1 if any line failed.
                      html:  a standalone HTML page with the highlights
                      ansi:  the text with coloured highlights, for a terminal
    --offsets UNIT    utf8 (default), utf16 (JavaScript) or codepoint (Python): the unit of
                      every start/end in json and jsonl output; spans are half-open
    -h, --help        show this help
    -V, --version     show the version

EXAMPLES:
    factlight annotate article.txt --format ansi
    factlight annotate article.txt --format html > article.html
    echo '{\"id\": 1, \"text\": \"Nearly 5,200 soldiers, said Ahmed.\"}' | factlight annotate - --format jsonl
";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Jsonl,
    Html,
    Ansi,
}

struct Options {
    input: Option<String>,
    format: Format,
    offsets: OffsetUnit,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match parse(&args) {
        Ok(None) => ExitCode::SUCCESS,
        Ok(Some(options)) => match run(&options) {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) => ExitCode::from(1),
            Err(e) => {
                eprintln!("factlight: {e}");
                ExitCode::from(2)
            }
        },
        Err(e) => {
            eprintln!("factlight: {e}\n\nRun 'factlight --help' for usage.");
            ExitCode::from(2)
        }
    }
}

/// Parses the command line; `Ok(None)` when help or version was printed.
fn parse(args: &[String]) -> Result<Option<Options>, String> {
    let mut options = Options { input: None, format: Format::Json, offsets: OffsetUnit::Utf8 };
    let mut command = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "-h" | "--help" | "help" => {
                print!("{HELP}");
                return Ok(None);
            }
            "-V" | "--version" => {
                println!("factlight {}", env!("CARGO_PKG_VERSION"));
                return Ok(None);
            }
            "--format" => {
                options.format = match it.next().map(String::as_str) {
                    Some("json") => Format::Json,
                    Some("jsonl") => Format::Jsonl,
                    Some("html") => Format::Html,
                    Some("ansi") => Format::Ansi,
                    other => return Err(format!("--format takes json, jsonl, html or ansi, not {other:?}")),
                }
            }
            "--offsets" => {
                let value = it.next().map(String::as_str).unwrap_or("");
                options.offsets = OffsetUnit::parse(value)
                    .ok_or_else(|| format!("--offsets takes utf8, utf16 or codepoint, not {value:?}"))?;
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            word if command.is_none() => command = Some(word.to_string()),
            path if options.input.is_none() => options.input = Some(path.to_string()),
            extra => return Err(format!("unexpected argument {extra:?}")),
        }
    }
    match command.as_deref() {
        Some("annotate") => Ok(Some(options)),
        Some(other) => Err(format!("unknown command {other:?}; the command is 'annotate'")),
        None => Err("missing command; try 'factlight annotate FILE'".to_string()),
    }
}

/// Runs the command; `Ok(false)` when some records failed but the rest were written.
fn run(options: &Options) -> Result<bool, String> {
    let mut input: Box<dyn BufRead> = match options.input.as_deref() {
        None | Some("-") => Box::new(io::stdin().lock()),
        Some(path) => Box::new(io::BufReader::new(
            std::fs::File::open(path).map_err(|e| format!("cannot open {path}: {e}"))?,
        )),
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let annotator = Annotator::new();
    let ok = if options.format == Format::Jsonl {
        batch(&annotator, &mut input, &mut out, options.offsets)?
    } else {
        let mut bytes = Vec::new();
        input.read_to_end(&mut bytes).map_err(|e| format!("cannot read input: {e}"))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            format!("input is not UTF-8 (invalid byte at offset {})", e.utf8_error().valid_up_to())
        })?;
        let annotations = annotator.annotate(&text);
        let written = match options.format {
            Format::Html => out.write_all(html(&text, &annotations).as_bytes()),
            Format::Ansi => out.write_all(ansi(&text, &annotations).as_bytes()),
            _ => {
                // Serialised straight from the records: a JSON value tree would take several
                // times the memory of the records themselves on a long text.
                #[derive(serde::Serialize)]
                struct Doc<'a> {
                    annotations: Vec<factlight::Record<'a>>,
                }
                let doc = Doc { annotations: records(&text, &annotations, options.offsets) };
                serde_json::to_writer_pretty(&mut out, &doc).map_err(io::Error::from).and_then(|_| writeln!(out))
            }
        };
        written.map_err(|e| format!("cannot write output: {e}"))?;
        true
    };
    out.flush().map_err(|e| format!("cannot write output: {e}"))?;
    Ok(ok)
}

/// Annotates one JSON record per line. Bad lines are reported and skipped.
fn batch(annotator: &Annotator, input: &mut dyn BufRead, out: &mut dyn Write, unit: OffsetUnit) -> Result<bool, String> {
    let progress = io::stderr().is_terminal();
    let (mut line_no, mut failed, mut done) = (0usize, 0usize, 0usize);
    let mut line = Vec::new();
    loop {
        line.clear();
        let n = input.read_until(b'\n', &mut line).map_err(|e| format!("cannot read input: {e}"))?;
        if n == 0 {
            break;
        }
        line_no += 1;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match record(annotator, &line, unit) {
            Ok(json) => {
                serde_json::to_writer(&mut *out, &json)
                    .map_err(io::Error::from)
                    .and_then(|_| out.write_all(b"\n"))
                    .map_err(|e| format!("cannot write output: {e}"))?;
                done += 1;
            }
            Err(e) => {
                failed += 1;
                eprintln!("factlight: line {line_no}: {e}");
            }
        }
        if progress && line_no % 500 == 0 {
            eprint!("\rfactlight: {line_no} lines read, {done} annotated, {failed} failed");
        }
    }
    if progress && line_no >= 500 {
        eprintln!("\rfactlight: {line_no} lines read, {done} annotated, {failed} failed");
    }
    if failed > 0 {
        eprintln!("factlight: {failed} of {} records failed", done + failed);
    }
    Ok(failed == 0)
}

fn record(annotator: &Annotator, line: &[u8], unit: OffsetUnit) -> Result<serde_json::Value, String> {
    let line = std::str::from_utf8(line).map_err(|e| format!("not UTF-8 (invalid byte at column {})", e.valid_up_to() + 1))?;
    let value: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let object = value.as_object().ok_or("expected a JSON object {\"id\": ..., \"text\": ...}")?;
    let text = match object.get("text") {
        Some(serde_json::Value::String(text)) => text,
        Some(_) => return Err("field \"text\" must be a string".to_string()),
        None => return Err("missing field \"text\"".to_string()),
    };
    let annotations = annotator.annotate(text);
    let id = object.get("id").cloned().unwrap_or(serde_json::Value::Null);
    Ok(serde_json::json!({ "id": id, "annotations": records(text, &annotations, unit) }))
}

fn html(text: &str, annotations: &[Annotation]) -> String {
    let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
    let mut body = String::with_capacity(text.len() * 2);
    walk(text, annotations, |step| match step {
        Step::Text(s) => body.push_str(&escape(s)),
        Step::Open(a) => {
            body.push_str(&format!("<mark class=\"{}\" title=\"{}\">", a.kind().as_str(), escape(&title(text, a))))
        }
        Step::Close(_) => body.push_str("</mark>"),
        _ => {}
    });
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>factlight</title>\n<style>\n\
         body {{ font: 18px/1.6 Georgia, serif; max-width: 42em; margin: 2em auto; white-space: pre-wrap; }}\n\
         mark {{ background: none; border-bottom: 2px solid; }}\n\
         mark.entity {{ background: #dbeafe; border-bottom-style: solid; border-color: #1d4ed8; }}\n\
         mark.quote {{ background: #dcfce7; border-bottom-style: dotted; border-color: #15803d; }}\n\
         mark.number {{ background: #fef3c7; border-bottom-style: double; border-color: #b45309; }}\n\
         </style></head>\n<body>{body}</body></html>\n"
    )
}

fn title(text: &str, a: &Annotation) -> String {
    let record = records(text, std::slice::from_ref(a), OffsetUnit::Utf8).remove(0);
    let mut parts = vec![a.label.as_str().to_string()];
    if let Some(c) = record.canonical.filter(|c| *c != record.text) {
        parts.push(c.to_string());
    }
    if let Some(s) = record.speaker_name.or(record.speaker.map(|s| s.text)) {
        parts.push(format!("speaker: {s}"));
    }
    if let Some(v) = record.value {
        parts.push(format!("value: {v}"));
    }
    parts.extend([record.normalized, record.currency, record.unit, record.qualifier].into_iter().flatten().map(str::to_string));
    parts.join(" · ")
}

fn ansi(text: &str, annotations: &[Annotation]) -> String {
    let colour = |a: &Annotation| match a.kind() {
        Kind::Entity => "\x1b[1;34m",
        Kind::Quote => "\x1b[3;32m",
        Kind::Number => "\x1b[4;33m",
        _ => "\x1b[1m",
    };
    let mut out = String::with_capacity(text.len() + annotations.len() * 12);
    let mut open: Vec<&'static str> = Vec::new();
    walk(text, annotations, |step| match step {
        Step::Text(s) => out.push_str(s),
        Step::Open(a) => {
            open.push(colour(a));
            out.push_str(colour(a));
        }
        Step::Close(_) => {
            open.pop();
            // Reset, then restore the enclosing highlight, if any.
            out.push_str("\x1b[0m");
            out.extend(open.last().copied());
        }
        _ => {}
    });
    out
}
