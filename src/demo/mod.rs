//! Demo data: a Polish firm's CRM over the last two years, and a generator for scale.

use crate::service::{Result, Service};

/// Load the demo data into a freshly initialised database.
pub fn load(svc: &Service, admin: &str) -> Result<()> {
    let _ = (svc, admin);
    Ok(())
}
