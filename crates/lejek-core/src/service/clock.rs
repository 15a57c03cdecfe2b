//! The one clock. `LEJEK_NOW` (RFC 3339) freezes it for tests, fixtures and reproducible
//! reports (a DESIGN.md contract).

use chrono::{DateTime, NaiveDate, Utc};

#[derive(Clone, Copy, Debug)]
pub struct Clock {
    frozen: Option<DateTime<Utc>>,
}

impl Clock {
    /// From `LEJEK_NOW` when set and valid, else the system clock. An invalid value is
    /// reported by the CLI before it gets here (`Clock::from_env_checked`).
    pub fn from_env() -> Clock {
        Clock::from_env_checked().unwrap_or(Clock { frozen: None })
    }

    /// Err with the bad value when `LEJEK_NOW` is set but not RFC 3339.
    pub fn from_env_checked() -> Result<Clock, String> {
        match std::env::var("LEJEK_NOW") {
            Ok(v) if !v.trim().is_empty() => DateTime::parse_from_rfc3339(v.trim())
                .map(|t| Clock {
                    frozen: Some(t.with_timezone(&Utc)),
                })
                .map_err(|_| v),
            _ => Ok(Clock { frozen: None }),
        }
    }

    /// The system's clock, whatever `LEJEK_NOW` says.
    pub fn system() -> Clock {
        Clock { frozen: None }
    }

    pub fn fixed(at: DateTime<Utc>) -> Clock {
        Clock { frozen: Some(at) }
    }

    /// The frozen time, if the clock is frozen.
    pub fn frozen(&self) -> Option<DateTime<Utc>> {
        self.frozen
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.frozen.unwrap_or_else(Utc::now)
    }

    /// Today in local time: business dates are calendar days where the user is.
    pub fn today(&self) -> NaiveDate {
        local_date(self.now())
    }
}

thread_local! {
    /// The frozen clock of the client a server thread is serving (see `freeze_this_thread`).
    static THREAD_NOW: std::cell::Cell<Option<DateTime<Utc>>> = const { std::cell::Cell::new(None) };
}

/// A server serves each connection on its own thread; when that client runs with
/// `LEJEK_NOW`, the service uses the client's frozen time on this thread, so tests and
/// reproducible reports behave through a server exactly as they do in one process.
pub fn freeze_this_thread(at: Option<DateTime<Utc>>) {
    THREAD_NOW.with(|c| c.set(at));
}

/// The frozen time set for this thread, if any.
pub fn thread_frozen() -> Option<DateTime<Utc>> {
    THREAD_NOW.with(|c| c.get())
}

pub use crate::model::local_date::local_date;
