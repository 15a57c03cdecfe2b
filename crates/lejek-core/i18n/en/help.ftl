### English of `--help` (issue 16 item 5): clap's own headings and flags, and the top level with
### the commands that have no file of their own here. Keys: `help.<command path>.about`, `.after` (the
### examples), `.arg.<argument id>`; `cli/help_texts.rs` puts them on the command tree.

## Clap's own: the section headings (clap adds the colon) and its --help, --version and
## help. `global_top`: the global options at the top level (Polish lists them with the
## command's own options there).

help-heading-usage = Usage
help-heading-commands = Commands
help-heading-arguments = Arguments
help-heading-options = Options
help-heading-global = Global options
help-heading-global_top = Global options
help-heading-examples = Examples
help-builtin-help = Print help
help-builtin-version = Print version
help-builtin-help_command = Print this message or the help of the given subcommand(s)

## lejek

help-about = A CRM that lives in the terminal
help-after =
    lejek init                                        # a new database; you are its admin
    lejek deal list --filter 'owner:me next:overdue' --sort next
    lejek --lang pl demo                              # the TUI on Polish demo data
help-arg-db = Database directory (default: $LEJEK_DB, then the XDG data directory)
help-arg-user = Act as this lejek user (default: $LEJEK_USER, then the login name)
help-arg-lang = Interface language: pl or en (default: $LEJEK_LANG, then $LANG)
help-arg-keymap = TUI key map: default (vim-style) or arrows (default: $LEJEK_KEYMAP, then default)
help-arg-no_server = Open the database in this process instead of through its server (single-user use; fails while a server or another process has the database)
help-arg-color = Colour: auto (only on a terminal and without NO_COLOR), always or never
help-arg-quiet = Only errors on stderr (no progress, no notices)
help-arg-verbose = Say more on stderr: -v what happens, -vv details (LEJEK_LOG filters, e.g. lejek=debug)
help-arg-config = Configuration file (default: $XDG_CONFIG_HOME/lejek/config.toml)

## init

help-init-about = Create a database (with --demo: load the demo data)
help-init-after =
    lejek init                                  # English dictionaries; you are the admin
    lejek --db ~/crm-test --lang pl init --demo # Polish demo data in another directory
help-init-arg-demo = Load the demo data (Polish companies, deals, campaigns and their history)

## tui

help-tui-about = The terminal interface (also what `lejek` alone opens on a terminal)
help-tui-after =
    lejek tui
    lejek tui --keymap arrows   # arrows and function keys instead of vim-style keys

## demo

help-demo-about = The demo database (created on first use), or generate data for scale
help-demo-after =
    lejek demo                  # the TUI on ~/.local/share/lejek-demo
    lejek --db /tmp/big demo generate --contacts 200000 --deals 600000
help-demo-generate-about = Generate a large deterministic database for benchmarks
help-demo-generate-after =
    lejek --db /tmp/big demo generate --contacts 200000 --deals 600000
    lejek --db /tmp/small demo generate --contacts 100 --deals 300 --seed 7
help-demo-generate-arg-contacts = How many contacts
help-demo-generate-arg-deals = How many deals
help-demo-generate-arg-seed = The random seed: the same seed gives the same database

## inbox

help-inbox-about = Your notifications
help-inbox-after =
    lejek inbox                 # unread notifications
    lejek inbox --all --read    # everything, and mark it read
help-inbox-arg-all = Include notifications already read
help-inbox-arg-read = Mark everything shown as read
help-inbox-arg-format = Output: table, csv or json

## completions

help-completions-about = Print a shell completion script: bash, zsh, fish, elvish or powershell
help-completions-after =
    lejek completions bash > ~/.local/share/bash-completion/completions/lejek
    lejek completions zsh > ~/.zfunc/_lejek
    lejek completions fish > ~/.config/fish/completions/lejek.fish
help-completions-arg-shell = bash, zsh, fish, elvish or powershell

## complete-values

help-complete_values-about = Values a completion script offers: dictionary entries and logins, one a line
help-complete_values-arg-kind = users, templates, or a dictionary: contact-status, contact-source, end-reason, contact-role, deal-stage, deal-source, loss-reason

## man

help-man-about = Write man pages for lejek and every subcommand
help-man-after =
    lejek man -o ~/.local/share/man/man1    # then: man lejek-deal-add
    lejek man -o /tmp/lejek-man && man -l /tmp/lejek-man/lejek.1
help-man-arg-out = Directory to write the pages into (default: the current directory)
