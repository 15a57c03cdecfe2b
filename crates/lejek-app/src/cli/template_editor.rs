//! `lejek template edit NAME` with nothing else: the template in $VISUAL/$EDITOR, as a
//! `Subject:` line, a blank line and the body, like an e-mail draft.

use std::process::Command as Process;

use crate::i18n::{Lang, trf};
use crate::model::{MessageKind, MessageTemplate};
use crate::service::{Error, Result, TemplatePatch};
use crate::template::PLACEHOLDERS;

const SUBJECT: &str = "Subject:";

/// Open the template in the user's editor; what changed comes back as a patch.
pub fn edit(t: &MessageTemplate, lang: Lang) -> Result<TemplatePatch> {
    let dir = std::env::temp_dir();
    let path = dir.join(format!(
        "lejek-template-{}-{}.txt",
        t.id,
        std::process::id()
    ));
    let io = |source| Error::Io {
        path: path.display().to_string(),
        source,
    };
    std::fs::write(&path, draft(t, lang)).map_err(io)?;
    let editor = std::env::var("VISUAL")
        .or_else(|_| std::env::var("EDITOR"))
        .ok()
        .filter(|e| !e.trim().is_empty())
        .unwrap_or_else(|| "vi".to_owned());
    // Through the shell, as git does: EDITOR may carry arguments (`code --wait`).
    let status = Process::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(&path)
        .status();
    let text = std::fs::read_to_string(&path);
    let _ = std::fs::remove_file(&path);
    match status {
        Ok(s) if s.success() => {}
        _ => return Err(crate::service::invalid("err.editor_failed", &[&editor])),
    }
    let text = text.map_err(io)?;
    Ok(patch(t, &text))
}

/// The file the editor opens: comment lines saying what may be used, then the message.
fn draft(t: &MessageTemplate, lang: Lang) -> String {
    let mut s = String::new();
    for line in trf(lang, "template.editor_help", &[&PLACEHOLDERS.join(" ")]).lines() {
        s.push_str("# ");
        s.push_str(line);
        s.push('\n');
    }
    if t.kind == MessageKind::Email {
        s.push_str(&format!(
            "{SUBJECT} {}\n\n",
            t.subject.as_deref().unwrap_or("")
        ));
    }
    s.push_str(&t.body);
    s.push('\n');
    s
}

/// What the edited text changes: a subject or body that came back as it was is left alone.
fn patch(t: &MessageTemplate, text: &str) -> TemplatePatch {
    let lines: Vec<&str> = text.lines().skip_while(|l| l.starts_with('#')).collect();
    let (subject, body_lines) = match t.kind {
        MessageKind::Email => match lines.split_first() {
            Some((first, rest)) if first.starts_with(SUBJECT) => (
                Some(first[SUBJECT.len()..].trim().to_owned()),
                rest.iter()
                    .skip_while(|l| l.trim().is_empty())
                    .copied()
                    .collect::<Vec<_>>(),
            ),
            _ => (None, lines),
        },
        MessageKind::Sms => (None, lines),
    };
    let body = body_lines.join("\n").trim_end().to_owned();
    TemplatePatch {
        subject: subject.filter(|s| Some(s) != t.subject.as_ref()),
        body: Some(body).filter(|b| *b != t.body),
        ..TemplatePatch::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn template(kind: MessageKind) -> MessageTemplate {
        MessageTemplate {
            id: 1,
            name: "oferta".into(),
            kind,
            subject: (kind == MessageKind::Email).then(|| "Oferta {{deal.title}}".into()),
            body: "Dzień dobry,\n\n{{deal.value}}".into(),
            attachments: Vec::new(),
            created: chrono::Utc::now(),
            created_by: "ewa".into(),
        }
    }

    #[test]
    fn an_unchanged_draft_changes_nothing() {
        for kind in [MessageKind::Email, MessageKind::Sms] {
            let t = template(kind);
            let p = patch(&t, &draft(&t, Lang::Pl));
            assert_eq!((p.subject, p.body), (None, None), "{kind:?}");
        }
    }

    #[test]
    fn an_edited_subject_and_body_come_back() {
        let t = template(MessageKind::Email);
        let edited = "# pomoc\nSubject: Nowa oferta\n\nWitam,\n{{contact.name}}\n\n";
        let p = patch(&t, edited);
        assert_eq!(p.subject.as_deref(), Some("Nowa oferta"));
        assert_eq!(p.body.as_deref(), Some("Witam,\n{{contact.name}}"));
    }
}
