/// The interface language (X4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Pl,
}

impl Lang {
    /// `--lang`, then `LEJEK_LANG`, then `LANG` (pl_PL.* means Polish), default English.
    pub fn detect(flag: Option<&str>) -> Lang {
        let explicit = flag
            .map(str::to_owned)
            .or_else(|| std::env::var("LEJEK_LANG").ok().filter(|s| !s.is_empty()));
        if let Some(v) = explicit {
            return Lang::parse(&v).unwrap_or_default();
        }
        match std::env::var("LANG") {
            Ok(v) if v.to_ascii_lowercase().starts_with("pl") => Lang::Pl,
            _ => Lang::En,
        }
    }

    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.to_ascii_lowercase();
        if s.starts_with("pl") {
            Some(Lang::Pl)
        } else if s.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }
}
