//! What a filter can talk about: the fields of a record kind, their types, and how a record
//! hands its values to the evaluator. The caller (deals, contacts, …) supplies all three.

use std::borrow::Cow;
use std::collections::HashMap;

use chrono::NaiveDate;

use crate::text::fold;

/// The fields one record kind offers to filters.
#[derive(Clone, Copy, Debug)]
pub struct Schema {
    /// All fields; the first name or alias that matches wins.
    pub fields: &'static [FieldSpec],
}

impl Schema {
    /// The field called `name` (its canonical name or an alias; case and diacritics
    /// ignored, so a Polish alias `źródło` also answers to `zrodlo`).
    pub fn field(&self, name: &str) -> Option<&'static FieldSpec> {
        let wanted = fold(name);
        self.fields
            .iter()
            .find(|f| fold(f.name) == wanted || f.aliases.iter().any(|a| fold(a) == wanted))
    }

    /// Canonical field names, for "unknown field" errors.
    pub fn names(&self) -> Vec<&'static str> {
        self.fields.iter().map(|f| f.name).collect()
    }
}

/// One filterable field.
#[derive(Clone, Copy, Debug)]
pub struct FieldSpec {
    /// Canonical name: the JSON field name; what [`Record::get`] receives.
    pub name: &'static str,
    /// Other names users may type (short forms, Polish).
    pub aliases: &'static [&'static str],
    /// How values are written and compared.
    pub ty: FieldType,
}

/// How a field's values are written in a filter and compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldType {
    /// Free text: `:` is a folded substring match, `=` / `!=` folded equality.
    Text,
    /// Several values (tags, roles): `:` / `=` match if any element folds equal. If
    /// [`Ctx::dicts`] has an entry for the field, the value is resolved against it like
    /// [`FieldType::Dict`].
    List,
    /// A dictionary value (stage, source, reason): `:` resolves the typed value against
    /// [`Ctx::dicts`] (folded exact match, else a unique folded prefix; otherwise an error
    /// listing the valid values or the ambiguous candidates); `=` / `!=` need an exact
    /// (folded) match. Without a dictionary entry: folded equality.
    Dict,
    /// A fixed set of canonical values, each with aliases, e.g.
    /// `&[("company", &["firma"]), ("person", &["osoba"])]`. Records return the canonical value.
    Enum(&'static [(&'static str, &'static [&'static str])]),
    /// A login: folded equality; `me` (or `ja`) means [`Ctx::me`].
    User,
    /// An amount; literals are parsed with [`parse_money`](crate::model::money::parse_money)
    /// and compared in minor units, ignoring currency.
    Money,
    /// A whole number.
    Number,
    /// A decimal number in millionths (custom number fields, issue 20): `waga>10.5`.
    Decimal,
    /// A whole number of days: `30` or `30d` (`instage>30d`, issue 19).
    Days,
    /// A calendar day; literals are days or periods, see the module docs.
    Date,
}

/// A record's value for one field. `None` / an empty list mean "missing".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldValue<'a> {
    /// Text, dictionary, enum and user fields.
    Text(Option<Cow<'a, str>>),
    /// Multi-valued fields.
    List(Vec<Cow<'a, str>>),
    /// Minor units.
    Money(Option<i64>),
    /// Whole numbers.
    Number(Option<i64>),
    /// Calendar days (local time).
    Date(Option<NaiveDate>),
}

impl FieldValue<'_> {
    /// A custom field's value (issue 20) as the filter and the sort compare it: numbers in
    /// millionths, money in minor units, yes/no and choices as their text.
    pub fn custom(v: Option<&crate::model::CustomValue>) -> FieldValue<'_> {
        use crate::model::CustomValue as V;
        match v {
            None => FieldValue::Text(None),
            Some(V::Text(s) | V::Choice(s)) => FieldValue::Text(Some(Cow::Borrowed(s))),
            Some(V::Number(n)) => FieldValue::Number(Some(*n)),
            Some(V::Money(m)) => FieldValue::Money(Some(m.minor)),
            Some(V::Date(d)) => FieldValue::Date(Some(*d)),
            Some(V::Bool(b)) => {
                FieldValue::Text(Some(Cow::Borrowed(if *b { "yes" } else { "no" })))
            }
        }
    }
}

/// A record the filter can be evaluated on.
pub trait Record {
    /// `field` is always the canonical [`FieldSpec::name`].
    fn get(&self, field: &str) -> FieldValue<'_>;
    /// Calls `out` with each searchable text (names, titles, e-mails, phones, NIP), unfolded.
    fn search_text(&self, out: &mut dyn FnMut(&str));

    /// True when `search_text` hands out texts that are already folded (a list that folds
    /// its rows once): the search then compares them as they are, which is several times
    /// faster than folding them again on every keystroke.
    fn search_text_is_folded(&self) -> bool {
        false
    }

    /// The value `--sort field` orders by: the filter's value, except where the order is
    /// not the value's (deal stages sort in pipeline order, not by name).
    fn sort_value(&self, field: &str) -> FieldValue<'_> {
        self.get(field)
    }
}

/// What a filter's literals are resolved against when it is parsed.
#[derive(Clone, Debug)]
pub struct Ctx {
    /// The local calendar day `today`, `-30d`, `next:overdue` … are relative to.
    pub today: NaiveDate,
    /// The login `owner:me` means.
    pub me: String,
    /// Dictionary values by canonical field name (include retired values, so old records
    /// stay findable).
    pub dicts: HashMap<&'static str, Vec<String>>,
    /// Custom fields in use on the records (issue 20), named by [`crate::filter::intern`]ed
    /// names; a choice field's values are in `dicts` under its name.
    pub custom: Vec<FieldSpec>,
}

impl Ctx {
    /// A context without dictionaries.
    pub fn new(today: NaiveDate, me: impl Into<String>) -> Ctx {
        Ctx {
            today,
            me: me.into(),
            dicts: HashMap::new(),
            custom: Vec::new(),
        }
    }

    /// The custom field called `name` (folded), when the schema has no such field.
    pub fn custom_field(&self, name: &str) -> Option<FieldSpec> {
        let wanted = fold(name);
        self.custom.iter().find(|f| f.name == wanted).copied()
    }
}
