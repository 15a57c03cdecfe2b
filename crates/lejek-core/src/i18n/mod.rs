//! Message catalogues (pl, en) and the lookup every user-visible text goes through (X4).
//! Money and date formats live beside the values (`model::money`, `model::date_format`).

mod catalog_access_en;
mod catalog_access_pl;
mod catalog_agenda_en;
mod catalog_agenda_pl;
mod catalog_batch_en;
mod catalog_batch_pl;
mod catalog_board_en;
mod catalog_board_pl;
mod catalog_comms_en;
mod catalog_comms_pl;
mod catalog_config_en;
mod catalog_config_pl;
mod catalog_daily_en;
mod catalog_daily_pl;
mod catalog_dicts_en;
mod catalog_dicts_pl;
mod catalog_dupes_en;
mod catalog_dupes_pl;
mod catalog_en;
mod catalog_erase_en;
mod catalog_erase_pl;
mod catalog_fields_en;
mod catalog_fields_pl;
mod catalog_forecast_en;
mod catalog_forecast_pl;
mod catalog_form_en;
mod catalog_form_pl;
mod catalog_guard_en;
mod catalog_guard_pl;
mod catalog_help_admin_en;
mod catalog_help_admin_pl;
mod catalog_help_campaign_en;
mod catalog_help_campaign_pl;
mod catalog_help_contact_en;
mod catalog_help_contact_pl;
mod catalog_help_deal_en;
mod catalog_help_deal_pl;
mod catalog_help_en;
mod catalog_help_pl;
mod catalog_help_send_en;
mod catalog_help_send_pl;
mod catalog_help_transfer_en;
mod catalog_help_transfer_pl;
mod catalog_integrity_en;
mod catalog_integrity_pl;
mod catalog_keys_en;
mod catalog_keys_pl;
mod catalog_limits_en;
mod catalog_limits_pl;
mod catalog_maint_en;
mod catalog_maint_pl;
mod catalog_nav_en;
mod catalog_nav_pl;
mod catalog_output_en;
mod catalog_output_pl;
mod catalog_picker_en;
mod catalog_picker_pl;
mod catalog_pipeline_en;
mod catalog_pipeline_pl;
mod catalog_pl;
mod catalog_report_en;
mod catalog_report_pl;
mod catalog_send_en;
mod catalog_send_pl;
mod catalog_server_en;
mod catalog_server_pl;
mod catalog_transfer_en;
mod catalog_transfer_pl;
mod catalog_tui_daily_en;
mod catalog_tui_daily_pl;
mod catalog_tui_en;
mod catalog_tui_pl;
mod catalog_tui_send_en;
mod catalog_tui_send_pl;
mod catalog_wire_en;
mod catalog_wire_pl;
pub(crate) mod lang;

/// The catalogues of each language: one table per area, so areas can grow independently.
const EN: &[&[(&str, &str)]] = &[
    catalog_en::ENTRIES,
    catalog_tui_en::ENTRIES,
    catalog_tui_daily_en::ENTRIES,
    catalog_keys_en::ENTRIES,
    catalog_form_en::ENTRIES,
    catalog_picker_en::ENTRIES,
    catalog_report_en::ENTRIES,
    catalog_batch_en::ENTRIES,
    catalog_server_en::ENTRIES,
    catalog_config_en::ENTRIES,
    catalog_transfer_en::ENTRIES,
    catalog_maint_en::ENTRIES,
    catalog_output_en::ENTRIES,
    catalog_comms_en::ENTRIES,
    catalog_send_en::ENTRIES,
    catalog_tui_send_en::ENTRIES,
    catalog_access_en::ENTRIES,
    catalog_integrity_en::ENTRIES,
    catalog_guard_en::ENTRIES,
    catalog_limits_en::ENTRIES,
    catalog_wire_en::ENTRIES,
    catalog_daily_en::ENTRIES,
    catalog_agenda_en::ENTRIES,
    catalog_help_en::ENTRIES,
    catalog_help_admin_en::ENTRIES,
    catalog_help_campaign_en::ENTRIES,
    catalog_help_contact_en::ENTRIES,
    catalog_help_deal_en::ENTRIES,
    catalog_help_send_en::ENTRIES,
    catalog_help_transfer_en::ENTRIES,
    catalog_nav_en::ENTRIES,
    catalog_board_en::ENTRIES,
    catalog_erase_en::ENTRIES,
    catalog_fields_en::ENTRIES,
    catalog_pipeline_en::ENTRIES,
    catalog_dicts_en::ENTRIES,
    catalog_forecast_en::ENTRIES,
    catalog_dupes_en::ENTRIES,
];
const PL: &[&[(&str, &str)]] = &[
    catalog_pl::ENTRIES,
    catalog_tui_pl::ENTRIES,
    catalog_tui_daily_pl::ENTRIES,
    catalog_keys_pl::ENTRIES,
    catalog_form_pl::ENTRIES,
    catalog_picker_pl::ENTRIES,
    catalog_report_pl::ENTRIES,
    catalog_batch_pl::ENTRIES,
    catalog_server_pl::ENTRIES,
    catalog_config_pl::ENTRIES,
    catalog_transfer_pl::ENTRIES,
    catalog_maint_pl::ENTRIES,
    catalog_output_pl::ENTRIES,
    catalog_comms_pl::ENTRIES,
    catalog_send_pl::ENTRIES,
    catalog_tui_send_pl::ENTRIES,
    catalog_access_pl::ENTRIES,
    catalog_integrity_pl::ENTRIES,
    catalog_guard_pl::ENTRIES,
    catalog_limits_pl::ENTRIES,
    catalog_wire_pl::ENTRIES,
    catalog_daily_pl::ENTRIES,
    catalog_agenda_pl::ENTRIES,
    catalog_help_pl::ENTRIES,
    catalog_help_admin_pl::ENTRIES,
    catalog_help_campaign_pl::ENTRIES,
    catalog_help_contact_pl::ENTRIES,
    catalog_help_deal_pl::ENTRIES,
    catalog_help_send_pl::ENTRIES,
    catalog_help_transfer_pl::ENTRIES,
    catalog_nav_pl::ENTRIES,
    catalog_board_pl::ENTRIES,
    catalog_erase_pl::ENTRIES,
    catalog_fields_pl::ENTRIES,
    catalog_pipeline_pl::ENTRIES,
    catalog_dicts_pl::ENTRIES,
    catalog_forecast_pl::ENTRIES,
    catalog_dupes_pl::ENTRIES,
];

use std::collections::HashMap;
use std::sync::LazyLock;

pub use lang::Lang;

/// A message to show: a catalogue key and its arguments, rendered in the user's language
/// only at the edge (CLI output, TUI), so the service stays language-free.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub key: &'static str,
    pub args: Vec<String>,
}

impl Message {
    pub fn new(key: &'static str) -> Message {
        Message {
            key,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, a: impl ToString) -> Message {
        self.args.push(a.to_string());
        self
    }

    /// A whole message as an argument (a refused record's reason inside "restore refused
    /// record X"): kept as text, so it crosses the socket like any argument, and rendered in
    /// the reader's language with the rest.
    pub fn arg_message(mut self, m: &Message) -> Message {
        self.args.push(m.packed());
        self
    }

    /// This message as one text that renders back in any language where an argument is
    /// expected (`arg_message`; a `check` problem's detail).
    pub fn packed(&self) -> String {
        let mut packed = format!("{NESTED}{}", self.key);
        for a in &self.args {
            packed.push(NESTED_ARG);
            packed.push_str(a);
        }
        packed
    }

    /// Arguments that are themselves catalogue keys of field labels (`col.title`) are
    /// translated too, so "title must not be empty" reads right in Polish.
    pub fn render(&self, lang: Lang) -> String {
        let args: Vec<String> = self.args.iter().map(|a| render_arg(lang, a)).collect();
        fill(tr(lang, self.key), &args)
    }
}

/// Marks an argument that is a message (`arg_message`), and separates its own arguments.
const NESTED: char = '\u{1}';
const NESTED_ARG: char = '\u{2}';

fn render_arg(lang: Lang, a: &str) -> String {
    if let Some(packed) = a.strip_prefix(NESTED) {
        let mut parts = packed.split(NESTED_ARG);
        let key = parts.next().unwrap_or_default();
        if let Some(key) = static_key(key) {
            let args: Vec<String> = parts.map(|p| render_arg(lang, p)).collect();
            return fill(tr(lang, key), &args);
        }
        return packed.replace(NESTED_ARG, " ");
    }
    match a.strip_prefix("col.") {
        Some(_) => tr_dynamic(lang, a).unwrap_or_else(|| a.to_owned()),
        None => a.to_owned(),
    }
}

/// The text for `key` in `lang`; English when Polish lacks it, the key itself when both do
/// (a test keeps the catalogues complete, so that is a bug, not a crash).
pub fn tr(lang: Lang, key: &'static str) -> &'static str {
    let found = match lang {
        Lang::Pl => lookup(&PL_INDEX, key).or_else(|| lookup(&EN_INDEX, key)),
        Lang::En => lookup(&EN_INDEX, key),
    };
    found.unwrap_or(key)
}

/// Shorthand: translate and fill `{0}`, `{1}`... placeholders.
pub fn trf(lang: Lang, key: &'static str, args: &[&dyn std::fmt::Display]) -> String {
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    fill(tr(lang, key), &args)
}

/// Look up a key known only at run time.
pub fn tr_dynamic(lang: Lang, key: &str) -> Option<String> {
    let found = match lang {
        Lang::Pl => lookup(&PL_INDEX, key).or_else(|| lookup(&EN_INDEX, key)),
        Lang::En => lookup(&EN_INDEX, key),
    };
    found.map(str::to_owned)
}

/// The catalogue's own `&'static str` for `key`, None when the catalogue lacks it (for keys
/// that came over the socket into types that hold static keys).
pub fn static_key(key: &str) -> Option<&'static str> {
    EN_INDEX.get_key_value(key).map(|(k, _)| *k)
}

/// Every key of `lang`'s catalogues: for tests that check a family of keys (`help.*`) against
/// what uses it.
pub fn keys(lang: Lang) -> impl Iterator<Item = &'static str> {
    let tables = match lang {
        Lang::Pl => PL,
        Lang::En => EN,
    };
    tables.iter().flat_map(|t| t.iter().map(|(k, _)| *k))
}

/// A language's catalogues by key, made on first use: `--help` alone looks up about a thousand
/// keys at every start (issue 16 item 5), too many for a walk through the tables each.
type Index = LazyLock<HashMap<&'static str, &'static str>>;
static EN_INDEX: Index = LazyLock::new(|| index(EN));
static PL_INDEX: Index = LazyLock::new(|| index(PL));

/// The first table's text wins where two have a key (a test keeps that from happening).
fn index(tables: &[&[(&'static str, &'static str)]]) -> HashMap<&'static str, &'static str> {
    let mut index = HashMap::new();
    for (k, v) in tables.iter().flat_map(|t| t.iter()) {
        index.entry(*k).or_insert(*v);
    }
    index
}

fn lookup(index: &Index, key: &str) -> Option<&'static str> {
    index.get(key).copied()
}

/// Put `args` into a template's `{0}`, `{1}`... (also for keys that came over the socket).
pub(crate) fn fill(template: &str, args: &[String]) -> String {
    let mut out = template.to_owned();
    for (i, a) in args.iter().enumerate() {
        out = out.replace(&format!("{{{i}}}"), a);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogues_have_the_same_keys() {
        let all = |tables: &[&[(&'static str, &'static str)]]| -> Vec<&'static str> {
            tables.iter().flat_map(|t| t.iter().map(|e| e.0)).collect()
        };
        let (en_keys, pl_keys) = (all(EN), all(PL));
        let en: std::collections::BTreeSet<_> = en_keys.iter().copied().collect();
        let pl: std::collections::BTreeSet<_> = pl_keys.iter().copied().collect();
        let only_en: Vec<_> = en.difference(&pl).collect();
        let only_pl: Vec<_> = pl.difference(&en).collect();
        assert!(only_en.is_empty(), "missing in pl: {only_en:?}");
        assert!(only_pl.is_empty(), "missing in en: {only_pl:?}");
        assert_eq!(en.len(), en_keys.len(), "duplicate key in en");
        assert_eq!(pl.len(), pl_keys.len(), "duplicate key in pl");
    }

    #[test]
    fn a_message_inside_a_message_renders_in_the_readers_language() {
        let why = Message::new("err.control_chars").arg("col.name");
        let m = Message::new("maint.problem.refused_record")
            .arg("contacts")
            .arg(7)
            .arg_message(&why);
        assert_eq!(
            m.render(Lang::En),
            "contacts 7: a field lejek would refuse: Name contains control characters"
        );
        assert_eq!(
            m.render(Lang::Pl),
            "contacts 7: pole, którego lejek by nie przyjął: pole Nazwa zawiera znaki sterujące"
        );
    }

    #[test]
    fn placeholders_are_filled_in_both_languages() {
        let m = Message::new("err.no_contact").arg(42);
        assert!(m.render(Lang::En).contains("42"));
        assert!(m.render(Lang::Pl).contains("42"));
        assert_ne!(m.render(Lang::En), m.render(Lang::Pl));
    }
}
