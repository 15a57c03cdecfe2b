//! Custom fields in the deal and contact forms (issue 20 item 4): a form field per field in
//! use, of the widget kind that validates like the built-in ones (a choice list, yes/no as a
//! choice, money and dates parsed as the built-in ones), and their values read back as the
//! `(name, text)` pairs a draft or patch carries. Shared by `deal.rs` and `contact.rs`.

use std::collections::BTreeMap;

use crate::app::App;
use crate::form::{Field, FieldKind, Form, date_text, money_text};
use crate::i18n::{Lang, tr};
use crate::model::custom_field::number_text;
use crate::model::{CustomValue, FieldDef, FieldKind as Kind, FieldOn};

/// The fields in use on records of `on` (none when they cannot be read: the form still
/// opens with the built-in fields).
fn defs(app: &App, on: FieldOn) -> Vec<FieldDef> {
    app.svc
        .field_defs()
        .map(|all| {
            all.into_iter()
                .filter(|d| d.on == on && !d.retired)
                .collect()
        })
        .unwrap_or_default()
}

/// The form field id of custom field `name`: prefixed so it never meets a built-in id.
fn id(name: &str) -> &'static str {
    crate::filter::intern(&format!("field:{name}"))
}

fn yes_no(lang: Lang) -> [String; 2] {
    [
        tr(lang, "fields.yes").to_owned(),
        tr(lang, "fields.no").to_owned(),
    ]
}

/// A form field per custom field of `on`, filled with `values` (an edit form's record).
pub(super) fn fields(
    app: &App,
    on: FieldOn,
    values: Option<&BTreeMap<String, CustomValue>>,
) -> Vec<Field> {
    let l = app.lang;
    defs(app, on)
        .into_iter()
        .map(|d| {
            let kind = match d.kind {
                Kind::Text => FieldKind::Text,
                Kind::Number => FieldKind::Decimal,
                Kind::Money => FieldKind::Money,
                Kind::Date => FieldKind::Date,
                Kind::Choice => FieldKind::Choice(d.values.clone()),
                Kind::Bool => FieldKind::Choice(yes_no(l).to_vec()),
            };
            let now = values.and_then(|v| v.get(&d.name)).map(|v| match v {
                CustomValue::Text(s) | CustomValue::Choice(s) => s.clone(),
                CustomValue::Number(n) if l == Lang::Pl => number_text(*n).replace('.', ","),
                CustomValue::Number(n) => number_text(*n),
                CustomValue::Money(m) => money_text(m, l),
                CustomValue::Date(day) => date_text(*day, l),
                CustomValue::Bool(b) => yes_no(l)[usize::from(!*b)].clone(),
            });
            Field::new(id(&d.name), d.label(l), kind).value(now.unwrap_or_default())
        })
        .collect()
}

/// The custom values the form holds, as `(name, text)` for the service to check; a blank
/// field is an empty text (which clears in an edit and sets nothing in a new record).
pub(super) fn values(app: &App, on: FieldOn, form: &Form) -> Vec<(String, String)> {
    defs(app, on)
        .into_iter()
        .map(|d| {
            let at = id(&d.name);
            let text = match d.kind {
                // The full option the typed prefix resolved to.
                Kind::Choice | Kind::Bool => form.choice(at),
                Kind::Money => form
                    .money(at)
                    .map(|m| format!("{} {}", m.to_decimal_string(), m.currency)),
                Kind::Date => form.date(at).map(|day| day.to_string()),
                Kind::Text | Kind::Number => form.text(at).map(str::to_owned),
            };
            (d.name, text.unwrap_or_default())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    use super::super::Purpose;
    use super::super::fixture::{app, commands, filled, ids, same};
    use crate::app::App;
    use crate::model::{FieldKind as Kind, FieldOn};
    use crate::service::{Command, DealPatch, FieldDraft};

    /// The deal fields waga (number), kwota (money), termin (date), pilne (yes/no), branza
    /// (choice, labelled) and stary (text, retired), defined by anna (an admin).
    fn define(app: &App) {
        let mut cmds = Vec::new();
        for (name, kind, values, label) in [
            ("waga", Kind::Number, vec![], Some("Waga (t)")),
            ("kwota", Kind::Money, vec![], None),
            ("termin", Kind::Date, vec![], None),
            ("pilne", Kind::Bool, vec![], None),
            (
                "branza",
                Kind::Choice,
                vec!["Transport", "Handel"],
                Some("Branża"),
            ),
            ("stary", Kind::Text, vec![], None),
        ] {
            cmds.push(Command::AddField(FieldDraft {
                on: FieldOn::Deal,
                name: name.into(),
                kind,
                values: values.into_iter().map(str::to_owned).collect(),
                label_pl: label.map(str::to_owned),
                label_en: None,
            }));
        }
        cmds.push(Command::RetireField {
            on: FieldOn::Deal,
            name: "stary".into(),
        });
        for c in cmds {
            app.svc
                .apply(c.clone())
                .unwrap_or_else(|e| panic!("{c:?}: {e:?}"));
        }
    }

    fn new_deal() -> Purpose {
        Purpose::NewDeal {
            contact: Some(ids::COMPANY),
        }
    }

    #[test]
    fn a_new_deal_has_a_field_per_custom_field_checked_as_the_built_in_ones() {
        let (_db, app) = app();
        define(&app);
        let mut form = filled(&app, &new_deal(), &[("title", "Palety")]);
        assert!(
            form.field("field:stary").is_none(),
            "a retired field has no input"
        );
        assert_eq!(
            form.field("field:branza").map(|f| f.label.as_str()),
            Some("Branża")
        );
        for (id, bad) in [
            ("field:waga", "ciężka"),
            ("field:kwota", "dużo"),
            ("field:termin", "32.13.2026"),
            ("field:pilne", "może"),
            ("field:branza", "rolnictwo"),
        ] {
            form.set_value(id, bad);
            assert!(!form.is_valid(), "{id} took {bad}");
            form.set_value(id, "");
            assert!(form.is_valid(), "{id} empty");
        }
        let form = filled(
            &app,
            &new_deal(),
            &[
                ("title", "Palety"),
                ("field:waga", "12,5"),
                ("field:kwota", "1 200"),
                ("field:termin", "24.12.2026"),
                ("field:pilne", "t"),
                ("field:branza", "tran"),
            ],
        );
        assert!(form.is_valid());
        let (cmds, _) = commands(&app, &new_deal(), &form);
        let Some(Command::AddDeal(draft)) = cmds.first() else {
            panic!("not a new deal: {cmds:?}");
        };
        let want: Vec<(String, String)> = [
            ("waga", "12,5"),
            ("kwota", "1200.00 PLN"),
            ("termin", "2026-12-24"),
            ("pilne", "tak"),
            ("branza", "Transport"),
        ]
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect();
        assert_eq!(draft.fields, want);
        // And the service takes them as typed.
        let id = app
            .svc
            .apply(cmds[0].clone())
            .expect("add the deal")
            .id
            .expect("id");
        let view = app.svc.deal_view(id).expect("view");
        let got: Vec<(&str, &str)> = view
            .fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("branza", "Transport"),
                ("kwota", "1200.00 PLN"),
                ("pilne", "yes"),
                ("termin", "2026-12-24"),
                ("waga", "12.5")
            ]
        );
    }

    #[test]
    fn an_edit_form_shows_the_values_in_the_users_language_and_sends_them_back() {
        let (_db, app) = app();
        define(&app);
        let fields = [("waga", "12.5"), ("kwota", "1234.5"), ("pilne", "no")];
        let patch = DealPatch {
            fields: fields
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect(),
            ..Default::default()
        };
        app.svc
            .apply(Command::UpdateDeal {
                id: ids::DEAL,
                patch,
            })
            .expect("set the values");
        let purpose = Purpose::EditDeal(ids::DEAL);
        let form = filled(&app, &purpose, &[]);
        assert_eq!(form.text("field:waga"), Some("12,5"));
        assert_eq!(form.text("field:kwota"), Some("1 234,50"));
        assert_eq!(form.text("field:pilne"), Some("nie"));
        assert_eq!(form.text("field:termin"), None);
        let (cmds, _) = commands(&app, &purpose, &form);
        let Some(Command::UpdateDeal { patch, .. }) = cmds.first() else {
            panic!("not an edit: {cmds:?}");
        };
        let want: Vec<(String, String)> = [
            ("waga", "12,5"),
            ("kwota", "1234.50 PLN"),
            ("termin", ""),
            ("pilne", "nie"),
            ("branza", ""),
        ]
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect();
        same(&patch.fields, &want);
    }

    #[test]
    fn the_deal_form_with_custom_fields_on_screen() {
        let (_db, app) = app();
        define(&app);
        let form = filled(
            &app,
            &new_deal(),
            &[
                ("title", "Palety"),
                ("field:waga", "12,5"),
                ("field:kwota", "dużo"),
                ("field:pilne", "t"),
                ("field:branza", "tran"),
            ],
        );
        let mut terminal = Terminal::new(TestBackend::new(80, 30)).expect("test terminal");
        terminal
            .draw(|f| crate::form::render(f, f.area(), &form, false))
            .expect("draw");
        let screen = crate::test_buffer::text(terminal.backend().buffer());
        insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!("deal_form_custom_fields_pl", screen);
        });
    }
}
