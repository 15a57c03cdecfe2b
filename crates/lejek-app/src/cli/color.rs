//! Which colour choice is in force (issue 9): the `--color` flag, then `NO_COLOR` in the
//! environment, then the config file's `color`, then `auto`, following lejek's precedence
//! (flags > environment > config file > defaults). The result goes to `render::color`,
//! which the CLI tables and the TUI theme read.

use crate::config::ColorMode;
use crate::render::color::{self, Choice};

/// Decide and record the colour choice for this process. `config` is the config file's
/// `color` value, if it has one.
pub fn setup(flag: Option<ColorMode>, config: Option<ColorMode>) {
    color::set(choose(flag, config, color::no_color_env()));
}

/// The precedence itself, apart from the process state so it can be tested.
fn choose(flag: Option<ColorMode>, config: Option<ColorMode>, no_color: bool) -> Choice {
    if let Some(mode) = flag {
        return choice(mode);
    }
    if no_color {
        return Choice::Never;
    }
    config.map(choice).unwrap_or(Choice::Auto)
}

fn choice(mode: ColorMode) -> Choice {
    match mode {
        ColorMode::Auto => Choice::Auto,
        ColorMode::Always => Choice::Always,
        ColorMode::Never => Choice::Never,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ColorMode::*;

    #[test]
    fn the_flag_beats_no_color_which_beats_the_config_file() {
        assert_eq!(choose(Some(Always), Some(Never), true), Choice::Always);
        assert_eq!(choose(Some(Never), Some(Always), false), Choice::Never);
        assert_eq!(choose(None, Some(Always), true), Choice::Never);
        assert_eq!(choose(None, Some(Always), false), Choice::Always);
        assert_eq!(choose(None, Some(Never), false), Choice::Never);
        assert_eq!(choose(None, None, false), Choice::Auto);
        // `auto` itself looks at NO_COLOR again when the tables are set up.
        assert_eq!(choose(Some(Auto), None, true), Choice::Auto);
    }
}
