//! Fuzz target: the message template language (`{{contact.name}}`, `{{{{` for a literal
//! `{{`): parse, then list its fields and render it; an error names a line and column
//! inside the text.
#![no_main]

use std::collections::HashMap;

use lejek::template::{PLACEHOLDERS, Template, TemplateError};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Template::parse(text) {
        Ok(t) => {
            let fields = t.fields();
            assert!(fields.iter().all(|f| PLACEHOLDERS.contains(f)));
            let values: HashMap<&'static str, String> = PLACEHOLDERS
                .iter()
                .map(|p| (*p, format!("<{p}>")))
                .collect();
            let _ = t.render(&values);
            let _ = t.render(&HashMap::new());
        }
        Err(e) => {
            let _ = e.to_string();
            let (TemplateError::Unknown { line, .. } | TemplateError::Unclosed { line, .. }) = e;
            assert!(line >= 1 && line <= text.matches('\n').count() + 1);
        }
    }
});
