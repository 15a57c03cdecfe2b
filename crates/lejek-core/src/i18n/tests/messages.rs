//! Messages with arguments, nested messages, both languages.

use crate::i18n::{Lang, Message};

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
