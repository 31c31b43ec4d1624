//! The pipeline: text -> tokens -> detectors -> resolve overlaps -> sorted annotations.

use crate::annotation::{Annotation, Details, Kind, Label, Span};
use crate::detect::{entities::Entities, numbers::Numbers, quotes::Quotes};
use crate::text::{furniture, tokens::tokenize};
use std::sync::OnceLock;

/// Finds entities, quotes and numbers. Build it once (it holds compiled patterns, lexicons
/// and the model) and call [`Annotator::annotate`] as often as you like.
///
/// ```
/// let annotator = factlight::Annotator::new();
/// let found = annotator.annotate("Nearly 5,200 American soldiers are in Iraq.");
/// assert!(found.iter().any(|a| a.label == factlight::Label::Cardinal));
/// ```
pub struct Annotator {
    entities: Entities,
    /// Built on first use: its patterns are most of the start-up cost, and a page can show
    /// names and figures before they are ready (see [`Annotator::annotate_kinds`]).
    quotes: OnceLock<Quotes>,
    numbers: Numbers,
}

impl Default for Annotator {
    fn default() -> Self {
        Annotator::new()
    }
}

impl Annotator {
    /// Loads the lexicons and compiles the number patterns; the quote patterns are compiled
    /// on first use of quotes, or by [`Annotator::warm`].
    pub fn new() -> Annotator {
        Annotator { entities: Entities::new(), quotes: OnceLock::new(), numbers: Numbers::new() }
    }

    /// Builds now whatever is otherwise built on first use (the quote patterns, the entity
    /// model), so the next call to [`Annotator::annotate`] pays no start-up cost.
    pub fn warm(&self) {
        self.quotes();
        crate::detect::entities::builtin();
    }

    fn quotes(&self) -> &Quotes {
        self.quotes.get_or_init(Quotes::new)
    }

    /// Annotates `text`. Any string is fine: the result is sorted by start, longer first,
    /// and annotations nest (an entity inside a quote) but never cross.
    pub fn annotate(&self, text: &str) -> Vec<Annotation> {
        self.annotate_kinds(text, &[Kind::Entity, Kind::Quote, Kind::Number])
    }

    /// Like [`Annotator::annotate`], but runs only the detectors for `kinds` (for
    /// benchmarks, fuzzing one detector, or a caller that wants only figures). Quote
    /// attribution still looks at entities, but they are left out of the result unless asked.
    ///
    /// ```
    /// use factlight::{Annotator, Kind};
    /// let numbers = Annotator::new().annotate_kinds("Iraq has 40 million people.", &[Kind::Number]);
    /// assert!(numbers.iter().all(|a| a.kind() == Kind::Number));
    /// ```
    pub fn annotate_kinds(&self, text: &str, kinds: &[Kind]) -> Vec<Annotation> {
        let tokens = tokenize(text);
        let numbers = if kinds.contains(&Kind::Number) { self.numbers.find(text, &tokens) } else { Vec::new() };
        let wants_quotes = kinds.contains(&Kind::Quote);
        let mut entities =
            if wants_quotes || kinds.contains(&Kind::Entity) { self.entities.find(text, &tokens) } else { Vec::new() };
        let quotes = if wants_quotes { self.quotes().find(text, &tokens, &entities) } else { Vec::new() };
        if !kinds.contains(&Kind::Entity) {
            entities.clear();
        }
        let mut all = resolve(quotes, entities, numbers);
        // Nothing in the page's furniture ("Follow us on Facebook") is highlighted.
        furniture::drop_in(text, &mut all);
        all
    }
}

/// Annotates `text` with a fresh [`Annotator`]. To annotate many texts, build one
/// `Annotator` and reuse it.
pub fn annotate(text: &str) -> Vec<Annotation> {
    Annotator::new().annotate(text)
}

/// Merges the detectors' outputs into one non-crossing, sorted list. (Out of line, so that
/// profiles show it by name.)
///
/// Quotes form the outer layer and never overlap each other. Entities and numbers form
/// one flat layer inside it: where they overlap, the entity wins ("France 24" is a name,
/// not a figure), otherwise the longer one. Anything crossing a quote's edge is dropped.
#[inline(never)]
fn resolve(mut quotes: Vec<Annotation>, mut entities: Vec<Annotation>, mut numbers: Vec<Annotation>) -> Vec<Annotation> {
    // Each list is sorted alone (the detectors' lists come nearly sorted, which costs one
    // pass), then walked in merged order by index. An annotation is ~170 bytes: moved
    // through the merges and the list of those kept, each was copied about seven times;
    // chosen by index, each moves once, at the end (1.2M instructions fewer a pass on
    // CoNLL's test text, 0.7% of the whole pipeline's).
    let key = |a: &Annotation| (a.span.start, std::cmp::Reverse(a.span.end));
    quotes.sort_by_key(key);
    entities.sort_by_key(key);
    numbers.sort_by_key(key);
    let lists = [&quotes, &entities, &numbers];
    let get = |p: Pick| &lists[p.list][p.at];

    let mut outer: Vec<Pick> = Vec::with_capacity(quotes.len());
    for (at, q) in quotes.iter().enumerate() {
        if !q.span.is_empty() && outer.last().is_none_or(|&p| get(p).span.end <= q.span.start) {
            outer.push(Pick { list: QUOTES, at });
        }
    }
    // True when `span` partly overlaps one of the (sorted, disjoint) quotes kept. The spans
    // asked about come in order of their starts: the first quote that may hold or cross
    // one is found by walking on from the last one's, not by a binary search each.
    let mut first_open = 0;
    let mut crosses_any = |span: Span| {
        while outer.get(first_open).is_some_and(|&q| get(q).span.end <= span.start) {
            first_open += 1;
        }
        outer[first_open..].iter().map(|&q| get(q)).take_while(|q| q.span.start < span.end).any(|q| !q.span.contains(span))
    };

    // Entities first where keys tie, as one stable sort of entities then numbers would.
    let mut kept: Vec<Pick> = Vec::with_capacity(entities.len() + numbers.len());
    let flat = merged(lists, ENTITIES, NUMBERS, |e, n| key(e) <= key(n));
    for p in flat {
        let a = get(p);
        if a.span.is_empty() || crosses_any(a.span) {
            continue;
        }
        match kept.last() {
            Some(&last) if get(last).span.overlaps(a.span) => {
                if preferred(a, get(last)) {
                    *kept.last_mut().expect("last") = p;
                }
            }
            _ => kept.push(p),
        }
    }

    // Neither layer overlaps itself, so no two annotations share this key.
    let order = |a: &Annotation| (a.span.start, std::cmp::Reverse(a.span.end), a.kind());
    let (mut q, mut k) = (outer.iter().copied().peekable(), kept.iter().copied().peekable());
    let mut picks: Vec<Pick> = Vec::with_capacity(outer.len() + kept.len());
    picks.extend(std::iter::from_fn(|| match (q.peek(), k.peek()) {
        (Some(&a), Some(&b)) => if order(get(a)) <= order(get(b)) { q.next() } else { k.next() },
        (Some(_), None) => q.next(),
        (None, _) => k.next(),
    }));
    // Each list's picks come in its order: its annotations are taken out front to back,
    // those not picked dropped where they lie.
    let mut sources = [quotes.into_iter(), entities.into_iter(), numbers.into_iter()];
    let mut next = [0; 3];
    let mut all = Vec::with_capacity(picks.len());
    for p in picks {
        all.push(sources[p.list].nth(p.at - next[p.list]).expect("picked in order"));
        next[p.list] = p.at + 1;
    }
    all
}

/// An annotation chosen by [`resolve`]: its list (quotes, entities, numbers) and place.
#[derive(Clone, Copy)]
struct Pick {
    list: usize,
    at: usize,
}

const QUOTES: usize = 0;
const ENTITIES: usize = 1;
const NUMBERS: usize = 2;

/// The annotations of two sorted lists of `lists` (`a` and `b`) in one sorted sequence:
/// `first(x, y)` says whether `x` (from `a`) goes before `y` (from `b`).
fn merged<'l>(
    lists: [&'l Vec<Annotation>; 3],
    a: usize,
    b: usize,
    first: impl Fn(&Annotation, &Annotation) -> bool + 'l,
) -> impl Iterator<Item = Pick> + 'l {
    let (mut i, mut j) = (0, 0);
    std::iter::from_fn(move || {
        let take_a = match (lists[a].get(i), lists[b].get(j)) {
            (Some(x), Some(y)) => first(x, y),
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => return None,
        };
        Some(if take_a {
            i += 1;
            Pick { list: a, at: i - 1 }
        } else {
            j += 1;
            Pick { list: b, at: j - 1 }
        })
    })
}

/// Entities win over numbers ("France 24" is a name, not a figure), except inside money
/// or a quantity whose currency or unit the entity only names ("USD 22.5 million", "20
/// Australian dollars"), or a time whose zone it names ("1639 UTC", "14:00 GMT");
/// otherwise the longer.
fn preferred(a: &Annotation, over: &Annotation) -> bool {
    let names_its_unit = |figure: &Annotation, entity: &Annotation| {
        figure.span.contains(entity.span)
            && (figure.label == Label::Time
                || matches!(&figure.details, Details::Number(n) if n.currency.is_some() || n.unit.is_some()))
    };
    match (a.kind() == Kind::Entity, over.kind() == Kind::Entity) {
        (true, false) => !names_its_unit(over, a),
        (false, true) => names_its_unit(a, over),
        _ => a.span.len() > over.span.len(),
    }
}

