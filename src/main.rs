//! Parse arguments and dispatch; nothing else.

use clap::Parser;

fn main() {
    let cli = lejek::cli::Cli::parse();
    std::process::exit(lejek::cli::run(cli));
}
