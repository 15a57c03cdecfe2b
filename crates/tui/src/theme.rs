//! Styles. Only the 16 basic colours (never RGB, which many SSH terminals lack), and none at
//! all under NO_COLOR: then emphasis is bold, underline and reverse video.

use ratatui::style::{Color, Modifier, Style};

#[derive(Clone, Copy, Debug)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    /// Colour unless `NO_COLOR` is set to anything non-empty (no-color.org), or as
    /// `--color always|never` says (`render::color`, issue 9).
    pub fn from_env() -> Theme {
        Theme {
            color: crate::render::color::tui(),
        }
    }

    fn fg(&self, c: Color) -> Style {
        if self.color {
            Style::default().fg(c)
        } else {
            Style::default()
        }
    }

    pub fn header(&self) -> Style {
        Style::default().add_modifier(Modifier::BOLD)
    }

    /// The cursor row: reverse video works with and without colour.
    pub fn cursor(&self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED)
    }

    pub fn selected(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn overdue(&self) -> Style {
        if self.color {
            Style::default().fg(Color::Red).add_modifier(Modifier::BOLD)
        } else {
            Style::default().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        }
    }

    pub fn error(&self) -> Style {
        if self.color {
            Style::default().fg(Color::Red)
        } else {
            Style::default().add_modifier(Modifier::BOLD)
        }
    }

    pub fn ok(&self) -> Style {
        self.fg(Color::Green)
    }

    pub fn dim(&self) -> Style {
        if self.color {
            Style::default().fg(Color::DarkGray)
        } else {
            Style::default()
        }
    }

    pub fn active_tab(&self) -> Style {
        Style::default().add_modifier(Modifier::BOLD | Modifier::REVERSED)
    }

    pub fn won(&self) -> Style {
        self.fg(Color::Green)
    }

    pub fn lost(&self) -> Style {
        self.fg(Color::Magenta)
    }
}
