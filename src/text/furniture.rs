//! Page furniture: the lines a web page puts around an article ("Newsletter sign-up ...
//! Subscribe", "Follow us on Facebook", "Share this article", "Advertisement"), which
//! readers paste with it. They name companies and dates that are no part of the story, so
//! nothing is highlighted in them.

use crate::annotation::{Annotation, Span};

/// How furniture lines start, in lower case, by their first byte (lower-cased); each is
/// followed in the line by a non-letter or nothing: "Subscribe", not "Subscribers said".
fn openings(first: u8) -> &'static [&'static str] {
    match first | 0x20 {
        b'n' => &["newsletter"],
        b's' => &["sign up", "sign-up", "subscribe", "share this", "share on", "share via", "skip to", "sponsored"],
        b'f' => &["follow us", "follow @"],
        b'r' => &["read more", "read next", "related articles", "related stories", "related coverage", "related content", "related reading", "related links", "related:"],
        b'm' => &["more on this story", "most read", "most popular"],
        b'a' => &["advertisement", "accept cookies", "all rights reserved", "also read"],
        b'l' => &["listen to this article"],
        // Photo credits: "Image: Getty Images", "Image source, Reuters", "Photo: AP".
        b'i' => &["image:", "images:", "image source", "image copyright"],
        b'p' => &["photo:", "photos:", "photograph:", "picture:", "pictures:", "photo credit"],
        b'c' => &["click here", "copyright", "credit:"],
        b'w' => &["we use cookies"],
        // "\u{a9}" starts with the byte 0xC2 in UTF-8.
        _ if first == 0xC2 => &["\u{a9}"],
        _ => &[],
    }
}

/// The longest line read as furniture, in bytes: furniture is a label or a call to act;
/// a paragraph that happens to start "Subscribe" is text.
const MAX_LINE: usize = 160;

/// Drops the annotations (in order of start) that lie in a furniture line of `text` or in
/// a photo credit inside a line ([`super::credits`]).
#[inline(never)]
pub(crate) fn drop_in(text: &str, annotations: &mut Vec<Annotation>) {
    let mut furniture = lines(text);
    let credits = super::credits::spans(text);
    if credits.iter().any(|c| !furniture.iter().any(|line| line.contains(*c))) {
        furniture.extend(credits);
        furniture.sort_by_key(|s| s.start);
    }
    if furniture.is_empty() {
        return;
    }
    // (Both lists are in order of start: one pass over each.)
    let mut k = 0;
    annotations.retain(|a| {
        while furniture.get(k).is_some_and(|line| line.end <= a.span.start) {
            k += 1;
        }
        !furniture.get(k).is_some_and(|line| line.contains(a.span))
    });
}

/// The furniture lines of `text`, as spans without the whitespace around them, in order.
pub(crate) fn lines(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    // Each line's start: the text's, and the byte after each line feed.
    let starts = std::iter::once(0).chain(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1));
    for from in starts {
        let start = from + bytes[from..].iter().take_while(|b| matches!(b, b' ' | b'\t' | b'\r')).count();
        let head = &bytes[start..];
        // Most lines start with no opening: the first byte tells.
        let Some(&first) = head.first() else { continue };
        let opens = |o: &&str| {
            head.get(..o.len()).is_some_and(|h| h.eq_ignore_ascii_case(o.as_bytes()))
                && text[start + o.len()..].chars().next().is_none_or(|c| !c.is_alphabetic())
        };
        if !openings(first).iter().any(opens) {
            continue;
        }
        let end = memchr::memchr(b'\n', head).map_or(text.len(), |n| start + n);
        let end = start + text[start..end].trim_end().len();
        if end - start <= MAX_LINE {
            found.push(Span::new(start, end));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn furniture(text: &str) -> Vec<&str> {
        lines(text).into_iter().map(|s| &text[s.range()]).collect()
    }

    #[test]
    fn finds_the_lines_around_an_article() {
        let text = "Fire hits Leeds\nNewsletter sign-up: Get the latest news from Yorkshire Evening Post. Subscribe\n\
                    Crews arrived at 6am.\nFollow us on Facebook and Twitter\nSHARE THIS ARTICLE\nAdvertisement\n\
                    Subscribers said the fire began at 5am.\n\u{a9} 2026 Example News";
        assert_eq!(
            furniture(text),
            [
                "Newsletter sign-up: Get the latest news from Yorkshire Evening Post. Subscribe",
                "Follow us on Facebook and Twitter",
                "SHARE THIS ARTICLE",
                "Advertisement",
                "\u{a9} 2026 Example News",
            ]
        );
    }

    #[test]
    fn nothing_is_highlighted_in_furniture() {
        let text = "Fire crews from West Yorkshire Fire and Rescue Service arrived at 6am on Monday.\n\
                    Follow us on Facebook and Twitter\n\
                    Newsletter sign-up: Get the latest news from Yorkshire Evening Post. Subscribe\n\
                    \"It was frightening,\" said resident Amy Clarke, 34.";
        let found = crate::Annotator::new().annotate(text);
        let marked: Vec<&str> = found.iter().map(|a| &text[a.span.range()]).collect();
        assert!(marked.contains(&"West Yorkshire Fire and Rescue Service") && marked.contains(&"Amy Clarke"), "{marked:?}");
        for name in ["Facebook", "Twitter", "Yorkshire Evening Post", "Subscribe"] {
            assert!(!marked.contains(&name), "{name} in {marked:?}");
        }
    }

    #[test]
    fn links_to_related_stories() {
        let text = "Fares rose.\nRelated coverage: Ryanair raises full-year profit forecast\nAlso read: Airlines cut flights\nRelated content tells more.";
        assert_eq!(
            furniture(text),
            ["Related coverage: Ryanair raises full-year profit forecast", "Also read: Airlines cut flights", "Related content tells more."]
        );
    }

    #[test]
    fn photo_credits() {
        let text = "Image: Getty Images\nImage source, Reuters\nPhotograph: Pedro Nunes/Reuters\nImages are rare.";
        assert_eq!(furniture(text), ["Image: Getty Images", "Image source, Reuters", "Photograph: Pedro Nunes/Reuters"]);
        let text = "The rocket lifted off. (SpaceX via AP)\nThe crowd at Lisbon, Portugal. REUTERS/Pedro Nunes\n\
                    Biden speaks. (AP Photo/Evan Vucci) Smith/AFP said so.";
        let found = crate::Annotator::new().annotate(text);
        let marked: Vec<&str> = found.iter().map(|a| &text[a.span.range()]).collect();
        assert!(marked.contains(&"Lisbon") && marked.contains(&"Biden"), "{marked:?}");
        for name in ["SpaceX", "AP", "REUTERS", "Pedro Nunes", "Evan Vucci"] {
            assert!(!marked.contains(&name), "{name} in {marked:?}");
        }
        let credits = |t: &'static str| super::super::credits::spans(t).into_iter().map(|s| &t[s.range()]).collect::<Vec<_>>();
        assert_eq!(credits(text), ["(SpaceX via AP)", "REUTERS/Pedro Nunes", "AP Photo/Evan Vucci", "Smith/AFP"]);
        // Sixty bytes before " via " fall inside a two-byte letter.
        assert_eq!(credits(format!("({} via AP)", "\u{e9}".repeat(20)).leak()).len(), 1);
        assert!(credits(format!("x{}abc via AP)", "\u{e9}".repeat(40)).leak()).is_empty());
        assert!(credits("FRANKFURT/PARIS, Jan 5 (Reuters) - Shares rose 24/7 via Reuters.").is_empty());
    }

    #[test]
    fn a_paragraph_is_not_furniture() {
        let long = format!("Subscribe to the idea, said Smith, {}", "and more ".repeat(20));
        assert!(furniture(&long).is_empty());
        assert!(furniture("Sponsorship deals rose 5%.\nCopyrights expire.").is_empty());
    }
}
