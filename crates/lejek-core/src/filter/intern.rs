//! Names of custom fields (issue 20) as `&'static str`, which a parsed filter and a sort
//! spec hold for every field. Each distinct name is leaked once and then reused: a
//! database has a handful of custom fields, so the leak is bounded by the names ever
//! defined, not by how many filters are parsed.

use std::collections::BTreeSet;
use std::sync::Mutex;

static NAMES: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());

/// `name`, as one `&'static str` shared by every caller.
pub fn intern(name: &str) -> &'static str {
    // A panic elsewhere while holding the lock left the set whole (insert is the only write).
    let mut names = NAMES.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(found) = names.get(name) {
        return found;
    }
    let leaked: &'static str = Box::leak(name.to_owned().into_boxed_str());
    names.insert(leaked);
    leaked
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_copy_per_name() {
        let a = super::intern("waga_test");
        let b = super::intern(&String::from("waga_test"));
        assert!(std::ptr::eq(a, b));
    }
}
