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
    // pass), then lists are merged rather than sorted together: an annotation is ~170
    // bytes, and sorting the joined lists moved each one several times.
    let key = |a: &Annotation| (a.span.start, std::cmp::Reverse(a.span.end));
    quotes.sort_by_key(key);
    let mut outer: Vec<Annotation> = Vec::with_capacity(quotes.len());
    for q in quotes {
        if !q.span.is_empty() && outer.last().is_none_or(|p| p.span.end <= q.span.start) {
            outer.push(q);
        }
    }

    entities.sort_by_key(key);
    numbers.sort_by_key(key);
    // Entities first where keys tie, as one stable sort of entities then numbers would.
    let mut kept: Vec<Annotation> = Vec::with_capacity(entities.len() + numbers.len());
    let flat = merged(entities, numbers, |e, n| key(e) <= key(n));
    for a in flat.filter(|a| !a.span.is_empty()) {
        if crosses_any(&outer, a.span) {
            continue;
        }
        match kept.last() {
            Some(last) if last.span.overlaps(a.span) => {
                if preferred(&a, last) {
                    *kept.last_mut().expect("last") = a;
                }
            }
            _ => kept.push(a),
        }
    }

    // Neither layer overlaps itself, so no two annotations share this key.
    let order = |a: &Annotation| (a.span.start, std::cmp::Reverse(a.span.end), a.kind());
    let mut all = Vec::with_capacity(outer.len() + kept.len());
    all.extend(merged(outer, kept, |q, a| order(q) <= order(a)));
    all
}

/// The items of two sorted lists in one sorted sequence: `first(a, b)` says whether `a`
/// (from `a`) goes before `b` (from `b`).
fn merged<T>(a: Vec<T>, b: Vec<T>, first: impl Fn(&T, &T) -> bool) -> impl Iterator<Item = T> {
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    std::iter::from_fn(move || match (a.peek(), b.peek()) {
        (Some(x), Some(y)) => if first(x, y) { a.next() } else { b.next() },
        (Some(_), None) => a.next(),
        (None, _) => b.next(),
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

/// True when `span` partly overlaps one of the sorted, disjoint `outer` annotations.
fn crosses_any(outer: &[Annotation], span: Span) -> bool {
    let at = outer.partition_point(|q| q.span.end <= span.start);
    outer[at..].iter().take_while(|q| q.span.start < span.end).any(|q| !q.span.contains(span))
}
