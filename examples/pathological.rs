//! Pathological-input benchmark: time per MB for each nasty input at 1, 2, 4 and 8 MB,
//! so growth that is not linear shows as a rising ms/MB column.
//!
//! `cargo run --release --example pathological` (add `-- --quick` for 1 and 2 MB only).

use std::time::Instant;

/// Builds `bytes` bytes (at least) of a repeated unit, cut back to a char boundary.
fn repeat(unit: &str, bytes: usize) -> String {
    let mut s = unit.repeat(bytes / unit.len() + 1);
    let mut end = bytes.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.truncate(end);
    s
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let sizes: &[usize] = if quick { &[1, 2] } else { &[1, 2, 4, 8] };
    let article = "Ahmed Al Kanani said \"we will stay\" as nearly 5,200 American troops left Iraq on January 5, 2020.\n\n";
    let inputs: &[(&str, &str)] = &[
        ("news-like text", article),
        ("one long line (no newline)", "Baghdad and Tehran said 5% more, "),
        ("straight quote marks", "\""),
        ("mixed quote marks", "“”«»‘’„「」'\""),
        ("apostrophes", "don't '90s o'clock "),
        ("digits", "7"),
        ("digits and separators", "1,2.3-4/5 "),
        ("dots", "."),
        ("capitalised words", "Al Kanani Bin Van "),
        ("capitals and dots", "A. B. C. "),
        ("brackets", "([{"),
        ("spelled-out numbers", "twenty-one hundred and "),
        ("spoken fractions and money", "twenty and three and USD115 15 dollars and 3 hundred and "),
        ("CJK and emoji", "東京「こんにちは」👨‍👩‍👧 "),
        ("combining marks", "e\u{301}\u{302}\u{303}"),
        ("NUL and controls", "\0\u{1}\r"),
    ];
    let annotator = factlight::Annotator::new();
    print!("| input |");
    for mb in sizes {
        print!(" {mb} MB (ms/MB) |");
    }
    println!(" annotations at {} MB | growth {}→{} MB |", sizes[sizes.len() - 1], sizes[0], sizes[sizes.len() - 1]);
    println!("|---|{}---:|---:|", "---:|".repeat(sizes.len()));
    for (name, unit) in inputs {
        print!("| {name} |");
        let mut per_mb = Vec::new();
        let mut count = 0;
        for &mb in sizes {
            let text = repeat(unit, mb << 20);
            let started = Instant::now();
            let found = annotator.annotate(&text);
            let ms = started.elapsed().as_secs_f64() * 1e3;
            count = found.len();
            per_mb.push(ms / mb as f64);
            print!(" {:.0} |", ms / mb as f64);
            std::io::Write::flush(&mut std::io::stdout()).ok();
        }
        // The ms/MB at the largest size over that at the smallest: about 1 when linear.
        println!(" {count} | {:.2}x |", per_mb[per_mb.len() - 1] / per_mb[0]);
    }
}
