//! Where a setting's value came from (`config show` prints it beside each value).

/// Where a setting's value came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A command-line flag, e.g. `--db`.
    Flag(&'static str),
    /// An environment variable, e.g. `LEJEK_DB`.
    Env(&'static str),
    /// The config file (its path is `Settings::file`), at this line.
    File {
        line: usize,
    },
    Default,
}
