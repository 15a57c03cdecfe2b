//! When output has colour: the `color` setting of the config file and the `--color` flag
//! (which wins) take the same three values.

/// `auto` (only on a terminal, and not when NO_COLOR is set), `always` or `never`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ColorMode {
    Auto,
    Always,
    Never,
}
