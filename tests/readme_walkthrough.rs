//! The README's command-line tour runs as written (issue 18 item 13): the ```sh block after
//! `<!-- walkthrough -->` is run by bash, top to bottom, with `lejek` the real binary, on a
//! fresh `lejek --lang pl init --demo` database in a directory holding the files the tour
//! attaches. The first command that fails stops it and is named with its README line.

use std::path::Path;
use std::process::Command;

const NOW: &str = "2026-11-28T12:00:00Z";

/// The walkthrough block: its first line's number in the README (1-based) and its text.
fn walkthrough(readme: &str) -> (usize, String) {
    let marker = readme
        .find("<!-- walkthrough -->")
        .expect("README.md marks its tour with <!-- walkthrough -->");
    let after = &readme[marker..];
    let fence = after
        .find("```sh\n")
        .expect("a ```sh block after the marker");
    let body_start = marker + fence + "```sh\n".len();
    let body_len = readme[body_start..]
        .find("\n```")
        .expect("the block's closing fence");
    let first_line = readme[..body_start].lines().count() + 1;
    (
        first_line,
        readme[body_start..body_start + body_len + 1].to_owned(),
    )
}

fn lejek(dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_lejek"));
    env(&mut c, dir);
    c
}

/// The environment of every run: frozen clock and zone, anna, no server (nothing left
/// running after the test), no config file but the temporary one.
fn env(c: &mut Command, dir: &Path) {
    c.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", dir)
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("LEJEK_NOW", NOW)
        .env("TZ", "Europe/Warsaw")
        .env("NO_COLOR", "1")
        .env("LEJEK_USER", "anna")
        .env("LEJEK_LANG", "en")
        .env("LEJEK_DB", dir.join("db"))
        .env("LEJEK_NO_SERVER", "1")
        .current_dir(dir);
}

#[test]
fn the_readme_command_line_tour_runs_top_to_bottom_on_a_fresh_demo_database() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let (first_line, block) = walkthrough(&readme);
    assert!(
        block.lines().filter(|l| l.contains("lejek ")).count() > 40,
        "the tour is the whole command-line section:\n{block}"
    );

    let dir = tempfile::tempdir().expect("temp dir");
    let init = lejek(dir.path())
        .args(["--lang", "pl", "init", "--demo"])
        .output()
        .expect("run lejek init");
    assert!(
        init.status.success(),
        "init --demo: {}",
        String::from_utf8_lossy(&init.stderr)
    );
    // What the tour attaches and sends.
    std::fs::write(dir.path().join("oferta.pdf"), b"%PDF-1.4 oferta").expect("write");
    std::fs::write(dir.path().join("plakat.pdf"), b"%PDF-1.4 plakat").expect("write");
    std::fs::write(
        dir.path().join("oferta.txt"),
        "Dzień dobry,\nw załączeniu oferta: {{deal.title}}.\n",
    )
    .expect("write");

    // `lejek` on the PATH is the binary; the first failing command stops the script and
    // says which README line it was on (bash's LINENO counts from the script's first line).
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).expect("bin dir");
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_lejek"), bin.join("lejek")).expect("link");
    let script = format!(
        "set -eo pipefail\n\
         trap 'echo \"README.md line $(( LINENO + {offset} )): $BASH_COMMAND\" >&2' ERR\n\
         {block}",
        offset = first_line - 3,
    );
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut bash = Command::new("bash");
    env(&mut bash, dir.path());
    let out = bash
        .env("PATH", path)
        .arg("-c")
        .arg(&script)
        .output()
        .expect("run bash");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "the README's tour stopped ({:?}):\n{stderr}",
        out.status.code()
    );
    // The files came back out as they went in.
    for (copy, original) in [
        ("oferta-z-bazy.pdf", "oferta.pdf"),
        ("plakat-z-bazy.pdf", "plakat.pdf"),
    ] {
        assert_eq!(
            std::fs::read(dir.path().join(copy)).expect(copy),
            std::fs::read(dir.path().join(original)).expect(original),
        );
    }
}
