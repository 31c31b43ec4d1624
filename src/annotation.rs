//! What the annotator returns: spans of text with a kind, a label and details.

use std::fmt;
use std::ops::Range;

/// A region of the input text, as UTF-8 **byte offsets** forming a half-open interval
/// `[start, end)`. Both ends always fall on `char` boundaries, so `&text[span.range()]`
/// never panics for the text the span came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (byte offsets, half-open).
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The span as a range, for slicing the text it came from.
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies entirely inside `self`.
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// The three families of things factlight highlights.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Kind {
    /// A named person, organisation, place or group.
    Entity,
    /// A quoted passage.
    Quote,
    /// A figure: count, percentage, money, quantity, date, time or duration.
    Number,
}

impl Kind {
    /// The lower-case name used in JSON and JavaScript: `entity`, `quote`, `number`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Entity => "entity",
            Kind::Quote => "quote",
            Kind::Number => "number",
        }
    }
}

/// The fine-grained class of an annotation. Each label belongs to one [`Kind`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Label {
    /// A person.
    Per,
    /// An organisation: company, party, institution, armed group.
    Org,
    /// A place: country, city, region, landmark.
    Loc,
    /// A nationality, religious or political group ("Iranian", "Sunni").
    Norp,
    /// Any other named thing (events, works, products).
    Misc,
    /// A plain count or amount ("5,200", "three").
    Cardinal,
    /// A rank ("first", "21st").
    Ordinal,
    /// A percentage ("90%").
    Percent,
    /// An amount of money ("$5 million").
    Money,
    /// An amount with a unit ("5 km").
    Quantity,
    /// A calendar date or period ("January 5", "2015").
    Date,
    /// A time of day ("3:30 pm").
    Time,
    /// A length of time ("16 years").
    Duration,
    /// A quoted passage.
    Quote,
}

impl Label {
    /// The family this label belongs to.
    pub const fn kind(self) -> Kind {
        match self {
            Label::Per | Label::Org | Label::Loc | Label::Norp | Label::Misc => Kind::Entity,
            Label::Quote => Kind::Quote,
            Label::Cardinal
            | Label::Ordinal
            | Label::Percent
            | Label::Money
            | Label::Quantity
            | Label::Date
            | Label::Time
            | Label::Duration => Kind::Number,
        }
    }

    /// The name used in JSON, JavaScript and golden files: entity labels upper-case
    /// (`PER`), number labels lower-case (`cardinal`), and `quote`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Label::Per => "PER",
            Label::Org => "ORG",
            Label::Loc => "LOC",
            Label::Norp => "NORP",
            Label::Misc => "MISC",
            Label::Cardinal => "cardinal",
            Label::Ordinal => "ordinal",
            Label::Percent => "percent",
            Label::Money => "money",
            Label::Quantity => "quantity",
            Label::Date => "date",
            Label::Time => "time",
            Label::Duration => "duration",
            Label::Quote => "quote",
        }
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One highlighted region of the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Annotation {
    /// Where it is, in UTF-8 bytes.
    pub span: Span,
    /// What it is.
    pub label: Label,
    /// What else is known about it; the variant matches the label's kind.
    pub details: Details,
}

impl Annotation {
    /// The family of the annotation, derived from its label.
    pub const fn kind(&self) -> Kind {
        self.label.kind()
    }
}

/// Kind-specific facts about an annotation.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Details {
    /// Facts about an entity mention.
    Entity(EntityDetails),
    /// Facts about a quote.
    Quote(QuoteDetails),
    /// Facts about a figure.
    Number(NumberDetails),
}

/// Facts about an entity mention.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct EntityDetails {
    /// Mentions of the same entity in one document share this id (numbered from 0 in order
    /// of first mention).
    pub id: u32,
    /// The fullest name the document gives the entity ("Khalid Alrawi" for "Alrawi").
    pub canonical: String,
}

/// Facts about a quote.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct QuoteDetails {
    /// Whether someone is reported as saying it.
    pub style: QuoteStyle,
    /// The words naming the speaker ("he", "Ammar, a protester"), when found.
    pub speaker: Option<Span>,
    /// The named person the speaker mention refers to, when it could be resolved.
    pub speaker_name: Option<String>,
    /// The speech verb or phrase ("said", "according to"), when found.
    pub cue: Option<Span>,
}

/// What a quoted span is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum QuoteStyle {
    /// Someone's words, quoted as a passage.
    #[default]
    Direct,
    /// A fragment of someone's words inside reported speech.
    Partial,
    /// A word or title in quotation marks, not speech.
    Scare,
}

impl QuoteStyle {
    /// `direct`, `partial` or `scare`.
    pub const fn as_str(self) -> &'static str {
        match self {
            QuoteStyle::Direct => "direct",
            QuoteStyle::Partial => "partial",
            QuoteStyle::Scare => "scare",
        }
    }
}

/// Facts about a figure.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct NumberDetails {
    /// The normalised value (for a range, its lower end). Percentages are in percent
    /// (`90%` is `90`); money in units of the currency.
    pub value: Option<f64>,
    /// The upper end of a range ("5-10" has value 5 and `end_value` 10).
    pub end_value: Option<f64>,
    /// The unit of a quantity or duration ("km", "day"), or `%`.
    pub unit: Option<String>,
    /// ISO 4217 code of a money amount ("USD").
    pub currency: Option<String>,
    /// A normalised date or time, as much as the text fixes: "2020-01-05", "--01-05",
    /// "2015", "1990s", "15:30"; a duration of several parts in ISO 8601 ("P6Y8M" for
    /// "six years and eight months", whose value is 80 and unit "month").
    pub normalized: Option<String>,
    /// "about 5" is approximate; "more than 5" a lower bound.
    pub qualifier: Option<Qualifier>,
    /// What is being counted ("soldiers" in "5,200 American soldiers"), when the text says.
    pub counted: Option<Span>,
}

/// How a figure is hedged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Qualifier {
    /// "about", "nearly", "some", "around", "roughly", "almost".
    Approximate,
    /// "more than", "at least", "over".
    AtLeast,
    /// "up to", "fewer than", "under", "at most".
    AtMost,
}

impl Qualifier {
    /// `approximate`, `at_least` or `at_most`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Qualifier::Approximate => "approximate",
            Qualifier::AtLeast => "at_least",
            Qualifier::AtMost => "at_most",
        }
    }
}
