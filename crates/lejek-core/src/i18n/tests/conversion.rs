//! Temporary (issue 21): every message of the Rust catalogues renders through Fluent as the old
//! `{0}` filling did, with arguments "A0", "A1"...: the proof that the conversion kept every
//! text. Deleted with the Rust catalogues.

use crate::i18n::Lang;
use crate::i18n::catalogue::Catalogue;

/// The catalogues of each language: one table per area, so areas can grow independently.
pub(super) const EN_OLD: &[&[(&str, &str)]] = &[
    super::super::catalog_en::ENTRIES,
    super::super::catalog_tui_en::ENTRIES,
    super::super::catalog_tui_daily_en::ENTRIES,
    super::super::catalog_keys_en::ENTRIES,
    super::super::catalog_form_en::ENTRIES,
    super::super::catalog_picker_en::ENTRIES,
    super::super::catalog_report_en::ENTRIES,
    super::super::catalog_batch_en::ENTRIES,
    super::super::catalog_server_en::ENTRIES,
    super::super::catalog_config_en::ENTRIES,
    super::super::catalog_transfer_en::ENTRIES,
    super::super::catalog_maint_en::ENTRIES,
    super::super::catalog_output_en::ENTRIES,
    super::super::catalog_comms_en::ENTRIES,
    super::super::catalog_send_en::ENTRIES,
    super::super::catalog_tui_send_en::ENTRIES,
    super::super::catalog_access_en::ENTRIES,
    super::super::catalog_integrity_en::ENTRIES,
    super::super::catalog_guard_en::ENTRIES,
    super::super::catalog_limits_en::ENTRIES,
    super::super::catalog_wire_en::ENTRIES,
    super::super::catalog_daily_en::ENTRIES,
    super::super::catalog_agenda_en::ENTRIES,
    super::super::catalog_help_en::ENTRIES,
    super::super::catalog_help_admin_en::ENTRIES,
    super::super::catalog_help_campaign_en::ENTRIES,
    super::super::catalog_help_contact_en::ENTRIES,
    super::super::catalog_help_deal_en::ENTRIES,
    super::super::catalog_help_send_en::ENTRIES,
    super::super::catalog_help_transfer_en::ENTRIES,
    super::super::catalog_nav_en::ENTRIES,
    super::super::catalog_board_en::ENTRIES,
    super::super::catalog_pipeline_en::ENTRIES,
    super::super::catalog_dicts_en::ENTRIES,
    super::super::catalog_forecast_en::ENTRIES,
];
pub(super) const PL_OLD: &[&[(&str, &str)]] = &[
    super::super::catalog_pl::ENTRIES,
    super::super::catalog_tui_pl::ENTRIES,
    super::super::catalog_tui_daily_pl::ENTRIES,
    super::super::catalog_keys_pl::ENTRIES,
    super::super::catalog_form_pl::ENTRIES,
    super::super::catalog_picker_pl::ENTRIES,
    super::super::catalog_report_pl::ENTRIES,
    super::super::catalog_batch_pl::ENTRIES,
    super::super::catalog_server_pl::ENTRIES,
    super::super::catalog_config_pl::ENTRIES,
    super::super::catalog_transfer_pl::ENTRIES,
    super::super::catalog_maint_pl::ENTRIES,
    super::super::catalog_output_pl::ENTRIES,
    super::super::catalog_comms_pl::ENTRIES,
    super::super::catalog_send_pl::ENTRIES,
    super::super::catalog_tui_send_pl::ENTRIES,
    super::super::catalog_access_pl::ENTRIES,
    super::super::catalog_integrity_pl::ENTRIES,
    super::super::catalog_guard_pl::ENTRIES,
    super::super::catalog_limits_pl::ENTRIES,
    super::super::catalog_wire_pl::ENTRIES,
    super::super::catalog_daily_pl::ENTRIES,
    super::super::catalog_agenda_pl::ENTRIES,
    super::super::catalog_help_pl::ENTRIES,
    super::super::catalog_help_admin_pl::ENTRIES,
    super::super::catalog_help_campaign_pl::ENTRIES,
    super::super::catalog_help_contact_pl::ENTRIES,
    super::super::catalog_help_deal_pl::ENTRIES,
    super::super::catalog_help_send_pl::ENTRIES,
    super::super::catalog_help_transfer_pl::ENTRIES,
    super::super::catalog_nav_pl::ENTRIES,
    super::super::catalog_board_pl::ENTRIES,
    super::super::catalog_pipeline_pl::ENTRIES,
    super::super::catalog_dicts_pl::ENTRIES,
    super::super::catalog_forecast_pl::ENTRIES,
];

fn old_fill(template: &str, args: &[String]) -> String {
    let mut out = template.to_owned();
    for (i, a) in args.iter().enumerate() {
        out = out.replace(&format!("{{{i}}}"), a);
    }
    out
}

#[test]
fn every_message_renders_as_the_rust_catalogue_did() {
    let args: Vec<String> = (0..10).map(|i| format!("A{i}")).collect();
    for (lang, tables) in [(Lang::En, EN_OLD), (Lang::Pl, PL_OLD)] {
        let catalogue = Catalogue::load(lang);
        assert!(catalogue.errors.is_empty(), "{:#?}", catalogue.errors);
        let mut differ = Vec::new();
        let mut count = 0;
        for (key, text) in tables.iter().flat_map(|t| t.iter()) {
            count += 1;
            let want = old_fill(text, &args);
            let got = catalogue.format(key, &args);
            if got.as_deref() != Some(want.as_str()) {
                differ.push((key, want, got));
            }
            let bare = catalogue.text(key);
            if !text.contains('{') && bare != Some(*text) {
                differ.push((key, text.to_string(), bare.map(str::to_owned)));
            }
        }
        assert_eq!(
            catalogue.keys().count(),
            count,
            "{lang:?}: as many messages"
        );
        assert!(
            differ.is_empty(),
            "{lang:?}: {} differ: {differ:#?}",
            differ.len()
        );
    }
}
