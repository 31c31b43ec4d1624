//! The command line, run as a user would: formats, offset units, and a JSONL batch with
//! bad lines that are reported by number while every good record is still written.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn factlight(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_factlight"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn json(bytes: &[u8]) -> serde_json::Value {
    serde_json::from_slice(bytes).unwrap()
}

#[test]
fn jsonl_reports_bad_lines_and_keeps_the_good_ones() {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\": 1, \"text\": \"Nearly 5,200 soldiers.\"}\n");
    input.extend_from_slice(b"{\"id\": 2, \"text\": \"bad \xff utf8\"}\n");
    input.extend_from_slice(b"{not json}\n");
    input.extend_from_slice(b"{\"id\": 4}\n");
    input.extend_from_slice(b"\n");
    input.extend_from_slice(b"[1, 2]\n");
    input.extend_from_slice(format!("{{\"id\": \"big\", \"text\": \"{}\"}}\n", "Iraq 90%. ".repeat(50_000)).as_bytes());
    input.extend_from_slice(b"{\"id\": 8, \"text\": \"Baghdad\"}"); // no final newline
    let out = factlight(&["annotate", "-", "--format", "jsonl"], &input);
    assert_eq!(out.status.code(), Some(1), "some lines failed, so the exit status says so");
    let stderr = String::from_utf8_lossy(&out.stderr);
    for line in ["line 2: not UTF-8", "line 3: invalid JSON", "line 4: missing field \"text\"", "line 6: expected a JSON object"] {
        assert!(stderr.contains(line), "stderr lacks {line:?}:\n{stderr}");
    }
    let records: Vec<serde_json::Value> = out.stdout.split(|&b| b == b'\n').filter(|l| !l.is_empty()).map(json).collect();
    let ids: Vec<String> = records.iter().map(|r| r["id"].to_string()).collect();
    assert_eq!(ids, ["1", "\"big\"", "8"]);
    let first = &records[0]["annotations"][0];
    assert_eq!((first["kind"].as_str(), first["start"].as_u64(), first["end"].as_u64()), (Some("number"), Some(0), Some(12)));
    assert_eq!(first["text"], "Nearly 5,200");
    assert_eq!(first["value"], 5200.0);
}

#[test]
fn offsets_in_each_unit() {
    let text = "😀 Nearly 5,200 soldiers.";
    let start_of = |unit: &str| {
        let out = factlight(&["annotate", "--offsets", unit], text.as_bytes());
        assert!(out.status.success());
        json(&out.stdout)["annotations"][0]["start"].as_u64().unwrap()
    };
    assert_eq!((start_of("utf8"), start_of("utf16"), start_of("codepoint")), (5, 3, 2));
}

#[test]
fn html_escapes_the_text() {
    let out = factlight(&["annotate", "-", "--format", "html"], b"<script>alert(1)</script> in Baghdad & Iraq");
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.starts_with("<!doctype html>"));
    assert!(html.contains("&lt;script&gt;alert(") && html.contains("&lt;/script&gt;"));
    assert!(!html.contains("<script>"));
    assert!(html.contains("<mark class=\"entity\""));
}

#[test]
fn ansi_colours_the_text() {
    let out = factlight(&["annotate", "--format", "ansi"], b"Nearly 5,200 soldiers.");
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "\x1b[4;33mNearly 5,200\x1b[0m soldiers.");
}

#[test]
fn bad_usage_and_bad_input_say_what_is_wrong() {
    let out = factlight(&["annotate", "--format", "xml"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--format takes json, jsonl, html or ansi"));
    let out = factlight(&["annotate"], b"ok \xc3\x28");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not UTF-8 (invalid byte at offset 3)"));
    let out = factlight(&["annotate", "/nonexistent/file.txt"], b"");
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot open /nonexistent/file.txt"));
}

#[test]
fn help_documents_every_option() {
    let out = factlight(&["--help"], b"");
    let help = String::from_utf8(out.stdout).unwrap();
    for option in ["--format", "--offsets", "json", "jsonl", "html", "ansi", "utf16", "codepoint", "EXAMPLES"] {
        assert!(help.contains(option), "help lacks {option}");
    }
}
