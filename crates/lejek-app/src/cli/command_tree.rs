//! Walking clap's command tree: what `--help`'s wording (`help_texts.rs`), its examples'
//! heading (`help.rs`), the completion scripts and the man pages do to every command.

/// `f` applied to the command and to each subcommand, with its path ("deal add").
pub fn for_each_command(
    cmd: clap::Command,
    path: &str,
    f: &dyn Fn(&str, clap::Command) -> clap::Command,
) -> clap::Command {
    f(path, cmd).mut_subcommands(|sub| {
        let sub_path = match path {
            "" => sub.get_name().to_owned(),
            _ => format!("{path} {}", sub.get_name()),
        };
        for_each_command(sub, &sub_path, f)
    })
}
