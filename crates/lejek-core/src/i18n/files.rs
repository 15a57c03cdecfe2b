//! The Fluent files of every language, embedded in the binary: the one list of them (issue
//! 21). A new area is a line here and a file in each of `i18n/en/` and `i18n/pl/`.

/// One area's file in each language.
pub(super) struct Area {
    pub name: &'static str,
    pub en: &'static str,
    pub pl: &'static str,
}

macro_rules! area {
    ($name:literal) => {
        Area {
            name: $name,
            en: include_str!(concat!("../../i18n/en/", $name, ".ftl")),
            pl: include_str!(concat!("../../i18n/pl/", $name, ".ftl")),
        }
    };
}

pub(super) const AREAS: &[Area] = &[
    area!("access"),
    area!("agenda"),
    area!("batch"),
    area!("board"),
    area!("comms"),
    area!("config"),
    area!("core"),
    area!("daily"),
    area!("dicts"),
    area!("dupes"),
    area!("erase"),
    area!("fields"),
    area!("filter"),
    area!("forecast"),
    area!("form"),
    area!("guard"),
    area!("help"),
    area!("help_admin"),
    area!("help_campaign"),
    area!("help_contact"),
    area!("help_deal"),
    area!("help_send"),
    area!("help_transfer"),
    area!("integrity"),
    area!("keys"),
    area!("limits"),
    area!("maint"),
    area!("nav"),
    area!("output"),
    area!("picker"),
    area!("pipeline"),
    area!("report"),
    area!("send"),
    area!("server"),
    area!("transfer"),
    area!("tui"),
    area!("tui_daily"),
    area!("tui_send"),
    area!("values"),
    area!("wire"),
];
