//! The status bar's message and how long it stays (as in lazygit: a confirmation or an
//! error is read, then gets out of the way). A message is timed from the first tick that
//! sees it, so `say` needs no clock and tests give the ticks their own instants.

use std::time::{Duration, Instant};

/// How long a message stays: long enough to read a sentence.
pub const SAYING_LASTS: Duration = Duration::from_secs(4);
/// An error stays longer: it asks the user to do something.
pub const ERROR_LASTS: Duration = Duration::from_secs(8);

/// A message in the status bar.
#[derive(Clone, Debug)]
pub struct Status {
    pub text: String,
    pub error: bool,
    /// When the first tick saw it (None until then).
    pub shown: Option<Instant>,
}

impl Status {
    pub fn new(text: String, error: bool) -> Status {
        Status {
            text,
            error,
            shown: None,
        }
    }

    /// Whether the message has stayed its time at `now` (the first call starts the time).
    pub fn faded(&mut self, now: Instant) -> bool {
        let shown = *self.shown.get_or_insert(now);
        let lasts = if self.error {
            ERROR_LASTS
        } else {
            SAYING_LASTS
        };
        now.saturating_duration_since(shown) >= lasts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_fades_after_its_time_from_the_first_tick_an_error_later() {
        let t0 = Instant::now();
        let mut saved = Status::new("Zapisano (1)".into(), false);
        assert!(
            !saved.faded(t0 + Duration::from_secs(60)),
            "the clock starts here"
        );
        let start = t0 + Duration::from_secs(60);
        assert!(!saved.faded(start + Duration::from_millis(3_900)));
        assert!(saved.faded(start + Duration::from_secs(4)));
        let mut error = Status::new("Nie ma #9 na tej liście".into(), true);
        assert!(!error.faded(t0));
        assert!(!error.faded(t0 + Duration::from_secs(7)));
        assert!(error.faded(t0 + Duration::from_secs(8)));
    }
}
