//! `{{name}}` in the SMS gateway's fields and the SMS command's arguments. Deliberately not
//! the template language (`template`): these are a transport's own few values
//! (`to`, `text`, `token`), filled in one pass, so a text that happens to contain `{{to}}`
//! is sent as written. The config file's syntax: checked when the file is read, filled in
//! by `comms::transport` when a message leaves.

/// A `{{name}}` that is not one of the values on offer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FillError {
    pub name: String,
}

/// `template` with each `{{name}}` replaced by its value in `values`. A `{{` without a
/// closing `}}` is kept as written.
pub fn fill(template: &str, values: &[(&str, &str)]) -> Result<String, FillError> {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find("{{") {
        let after = &rest[open + 2..];
        let Some(close) = after.find("}}") else {
            break;
        };
        let name = after[..close].trim();
        let value = values
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| *v)
            .ok_or_else(|| FillError {
                name: name.to_owned(),
            })?;
        out.push_str(&rest[..open]);
        out.push_str(value);
        rest = &after[close + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Whether `template` uses `{{name}}`.
pub fn uses(template: &str, name: &str) -> bool {
    let mut rest = template;
    while let Some(open) = rest.find("{{") {
        let after = &rest[open + 2..];
        let Some(close) = after.find("}}") else {
            return false;
        };
        if after[..close].trim() == name {
            return true;
        }
        rest = &after[close + 2..];
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_in_one_pass() {
        let values = [("to", "+48600100200"), ("text", "Cena {{to}} zł")];
        assert_eq!(
            fill("{{to}}: {{ text }}", &values),
            Ok("+48600100200: Cena {{to}} zł".to_owned())
        );
        assert_eq!(fill("a {{ b", &values), Ok("a {{ b".to_owned()));
        assert_eq!(
            fill("{{tel}}", &values),
            Err(FillError { name: "tel".into() })
        );
    }

    #[test]
    fn finds_a_placeholder() {
        assert!(uses("Bearer {{ token }}", "token"));
        assert!(!uses("{{to}} {{text}}", "token"));
        assert!(!uses("{{token", "token"));
    }
}
