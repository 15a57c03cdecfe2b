//! Deal lists from the read model: each field a filter names, as a row set, and each
//! field's value for sorting (the same values `DealView` gives the filter, so a list from
//! the model equals one from the records; `tests/read_model.rs` compares the two).

use std::borrow::Cow;

use chrono::NaiveDate;

use super::columns::id;
use super::dataset::DealRow;
use super::{Bits, CONTACT_KEY_PARTS, Decided, ReadModel, Table, text_leaf};
use crate::filter::FieldValue;
use crate::filter::ast::Test;

/// The deals of a model, as a table, on a day (days in stage and rotting count to it).
pub(crate) struct Deals<'a>(pub(crate) &'a ReadModel, pub(crate) NaiveDate);

impl Table for Deals<'_> {
    fn rows(&self) -> usize {
        self.0.data.deals.len()
    }

    fn leaf(&self, field: &'static str, test: &Test) -> Bits {
        let m = self.0;
        let deals = &m.data.deals;
        let cols = &m.deal_cols;
        let n = deals.len();
        let dicts = || m.data.dicts.iter().map(|e| (e.id, e.name.as_str()));
        if let Some(column) = cols.numeric(field) {
            return Bits::from_fn(n, |i| column.test(test, i));
        }
        let by_id = |d: Decided, col: &[u32]| Bits::from_fn(n, |i| d.get(id(col[i])));
        match field {
            "stage" => by_id(Decided::new(test, dicts(), ""), &cols.stage),
            "stage_kind" => {
                let kinds = m
                    .data
                    .dicts
                    .iter()
                    .map(|e| (e.id, m.stage_kind(e.id).as_str()));
                by_id(Decided::new(test, kinds, "open"), &cols.stage)
            }
            "source" => by_id(Decided::new(test, dicts(), ""), &cols.source),
            "reason" => by_id(Decided::new(test, dicts(), ""), &cols.reason),
            "owner" => {
                let logins = m.data.logins.iter().enumerate();
                let d = Decided::new(test, logins.map(|(i, l)| (i as u64, l.as_str())), "");
                by_id(d, &cols.owner)
            }
            "title" => text_leaf(&m.deal_text, n, 0, test),
            "offer" => text_leaf(&m.deal_text, n, 1, test),
            "contact" => {
                let named = m.contacts_named(test);
                Bits::from_fn(n, |i| {
                    named.get(usize::try_from(cols.contact[i]).unwrap_or(usize::MAX))
                })
            }
            "campaign" => {
                let none = test.eval(&FieldValue::Text(None));
                let decided: std::collections::HashMap<u64, bool> = m
                    .campaigns
                    .iter()
                    .map(|(id, name)| {
                        (*id, test.eval(&FieldValue::Text(Some(Cow::Borrowed(name)))))
                    })
                    .collect();
                Bits::from_fn(n, |i| match cols.campaign[i] {
                    0 => none,
                    c => decided.get(&c).copied().unwrap_or(none),
                })
            }
            "instage" | "rotting" => {
                let today = self.1;
                Bits::from_fn(n, |i| {
                    test.eval(&pipeline_value(m, &deals[i], field, today))
                })
            }
            _ => Bits::from_fn(n, |i| test.eval(&value(m, &deals[i], field))),
        }
    }

    /// A bare word: in the deal's title or offer, or its contact's name, e-mail, phone or
    /// NIP.
    fn search(&self, needle: &str) -> Bits {
        let m = self.0;
        let deals = &m.data.deals;
        let mut hits = Bits::none(deals.len());
        m.deal_text.find(needle, |r, _| hits.set(r));
        let mut contacts = Bits::none(m.contact_ids());
        let mut any = false;
        m.contact_text.find(needle, |r, part| {
            if part < CONTACT_KEY_PARTS {
                any = true;
                contacts.set(usize::try_from(m.data.contacts[r].id).unwrap_or(usize::MAX));
            }
        });
        if any {
            let via = Bits::from_fn(deals.len(), |i| {
                contacts.get(usize::try_from(m.deal_cols.contact[i]).unwrap_or(usize::MAX))
            });
            hits.or(&via);
        }
        hits
    }
}

fn text(s: &str) -> FieldValue<'_> {
    FieldValue::Text(Some(Cow::Borrowed(s)))
}

fn opt(s: Option<&str>) -> FieldValue<'_> {
    FieldValue::Text(s.map(Cow::Borrowed))
}

fn num(n: u64) -> FieldValue<'static> {
    FieldValue::Number(i64::try_from(n).ok())
}

/// A deal's value for `field`, as `DealView` hands it to the filter and the sort.
pub(crate) fn value<'a>(m: &'a ReadModel, d: &'a DealRow, field: &str) -> FieldValue<'a> {
    match field {
        "title" => text(&d.title),
        "contact" => FieldValue::Text(Some(m.contact_name(d.contact_id))),
        "owner" => text(m.data.login_of(d.owner)),
        "stage" => text(m.dict_name(d.stage)),
        "stage_kind" => text(m.stage_kind(d.stage).as_str()),
        "source" => opt(d.source.map(|s| m.dict_name(s))),
        "value" => FieldValue::Money(d.value.map(|(_, minor)| minor)),
        // As `DealView` gives it: a closed deal has nothing next (issue 18 item 10).
        "next" => FieldValue::Date(d.next_activity.filter(|_| d.closed.is_none())),
        "last" => FieldValue::Date(Some(d.days.last)),
        "created" => FieldValue::Date(Some(d.days.created)),
        "closed" => FieldValue::Date(d.days.closed),
        "tag" => FieldValue::List(
            d.tags
                .iter()
                .filter_map(|t| m.data.tags.get(*t as usize))
                .map(|t| Cow::Borrowed(t.as_str()))
                .collect(),
        ),
        "campaign" => opt(d.campaign_id.and_then(|c| m.campaign_name(c))),
        "reason" => opt(d.loss_reason.map(|s| m.dict_name(s))),
        "offer" => opt(d.offer.as_deref()),
        "id" => num(d.id),
        "contact_id" => num(d.contact_id),
        "campaign_id" => FieldValue::Number(d.campaign_id.and_then(|c| i64::try_from(c).ok())),
        "expected" => FieldValue::Date(d.expected_close),
        _ => custom(&d.fields, field),
    }
}

/// The fields that depend on the day (issue 19), as `DealView` gives them.
fn pipeline_value(
    m: &ReadModel,
    d: &DealRow,
    field: &str,
    today: NaiveDate,
) -> FieldValue<'static> {
    let p = m.row_pipeline(d, today);
    match field {
        "instage" => FieldValue::Number(Some(i64::from(p.days_in_stage))),
        "rotting" => FieldValue::Text(Some(Cow::Borrowed(if p.rotting { "yes" } else { "no" }))),
        _ => FieldValue::Text(None),
    }
}

/// The value `--sort field` orders deals by (as `DealView::sort_value`): stages in pipeline
/// order, the rest by their filter values.
pub(crate) fn sort_value<'a>(
    m: &'a ReadModel,
    d: &'a DealRow,
    field: &str,
    today: NaiveDate,
) -> FieldValue<'a> {
    match field {
        "stage" => FieldValue::Number(Some(i64::from(m.stage_rank(d.stage)))),
        "instage" | "rotting" => pipeline_value(m, d, field, today),
        _ => value(m, d, field),
    }
}

/// A custom field's value on a row (issue 20): rows hold them in name order.
pub(crate) fn custom<'a>(
    fields: &'a [(Box<str>, crate::model::CustomValue)],
    field: &str,
) -> FieldValue<'a> {
    let found = fields
        .binary_search_by(|(k, _)| (**k).cmp(field))
        .ok()
        .map(|i| &fields[i].1);
    FieldValue::custom(found)
}
