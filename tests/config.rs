//! The config file (issue 9) through the real binary: where it is, `config path|init|show`,
//! precedence (default < config file < environment < flag), saved filters (`@name`) and
//! each list's default filter in the CLI and the TUI, date format and currency, and errors
//! that name the file and the line.

mod common;
#[path = "common/tui.rs"]
mod fixture;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use common::Db;
use serde_json::Value;
use tempfile::TempDir;

/// A home of its own: config in `cfg/`, data in `data/`, `HOME` in `home/`; every command
/// opens its database in this process (no server left behind), as anna, with the clock
/// frozen and no language set.
struct Home {
    dir: TempDir,
}

impl Home {
    fn new() -> Home {
        Home {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Where the config file is by default: `$XDG_CONFIG_HOME/lejek/config.toml`.
    fn config_file(&self) -> PathBuf {
        self.path("cfg/lejek/config.toml")
    }

    fn write_config(&self, text: &str) -> PathBuf {
        let file = self.config_file();
        std::fs::create_dir_all(file.parent().expect("a parent")).expect("mkdir");
        std::fs::write(&file, text).expect("write config");
        file
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::cargo_bin("lejek").expect("binary");
        c.env_clear()
            .env("LEJEK_NOW", common::NOW)
            .env("TZ", "Europe/Warsaw")
            .env("LEJEK_USER", "anna")
            .env("LEJEK_NO_SERVER", "1")
            .env("HOME", self.path("home"))
            .env("XDG_CONFIG_HOME", self.path("cfg"))
            .env("XDG_DATA_HOME", self.path("data"))
            .args(args);
        c
    }
}

fn ok(c: &mut Command) -> String {
    let out = c.output().expect("run lejek");
    assert!(
        out.status.success(),
        "{c:?} failed ({:?}): {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Run, expect exit `code`; stderr.
fn fails(c: &mut Command, code: i32) -> String {
    let out = c.output().expect("run lejek");
    assert_eq!(
        out.status.code(),
        Some(code),
        "{c:?}: stdout {} stderr {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn json(c: &mut Command) -> Value {
    let s = ok(c.args(["--format", "json"]));
    serde_json::from_str(&s).unwrap_or_else(|e| panic!("not JSON from {c:?}: {e}\n{s}"))
}

/// `config show --format json` as setting -> its row.
fn shown(c: &mut Command) -> std::collections::HashMap<String, Value> {
    let rows = json(c);
    rows.as_array()
        .expect("an array")
        .iter()
        .map(|r| {
            (
                r["setting"].as_str().unwrap_or_default().to_owned(),
                r.clone(),
            )
        })
        .collect()
}

/// (value, source) of one setting's row.
fn from(rows: &std::collections::HashMap<String, Value>, setting: &str) -> (String, String) {
    let r = rows
        .get(setting)
        .unwrap_or_else(|| panic!("no {setting} in {rows:?}"));
    let value = r["value"].as_str().unwrap_or_default().to_owned();
    let source = match r["source"].as_str() {
        Some("file") => format!("file:{}", r["line"]),
        Some("flag") | Some("env") => format!(
            "{}:{}",
            r["source"].as_str().unwrap_or_default(),
            r["name"].as_str().unwrap_or_default()
        ),
        other => other.unwrap_or_default().to_owned(),
    };
    (value, source)
}

fn titles(list: &Value) -> Vec<String> {
    let mut t: Vec<String> = list
        .as_array()
        .map(|a| {
            a.iter()
                .map(|d| d["title"].as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default();
    t.sort();
    t
}

fn display(p: &Path) -> String {
    p.display().to_string()
}

#[test]
fn config_path_is_under_the_config_directory_unless_named() {
    let h = Home::new();
    let path = |c: &mut Command| ok(c).trim().to_owned();
    assert_eq!(
        path(&mut h.cmd(&["config", "path"])),
        display(&h.config_file())
    );
    assert_eq!(
        path(h.cmd(&["config", "path"]).env_remove("XDG_CONFIG_HOME")),
        display(&h.path("home/.config/lejek/config.toml"))
    );
    assert_eq!(
        path(
            h.cmd(&["config", "path"])
                .env("LEJEK_CONFIG", "/etc/lejek-env.toml")
        ),
        "/etc/lejek-env.toml"
    );
    assert_eq!(
        path(
            h.cmd(&["--config", "/etc/lejek-flag.toml", "config", "path"])
                .env("LEJEK_CONFIG", "/etc/lejek-env.toml")
        ),
        "/etc/lejek-flag.toml"
    );
    // Nowhere to look: no XDG_CONFIG_HOME, no HOME.
    let e = fails(
        h.cmd(&["config", "path"])
            .env_remove("XDG_CONFIG_HOME")
            .env_remove("HOME"),
        2,
    );
    assert!(e.contains("--config"), "{e}");
}

#[test]
fn config_init_writes_a_commented_example_that_loads_and_never_overwrites() {
    let h = Home::new();
    let err = ok(&mut h.cmd(&["config", "init"]));
    assert!(err.is_empty(), "the notice goes to stderr: {err}");
    let text = std::fs::read_to_string(h.config_file()).expect("written");
    assert!(text.starts_with("# lejek configuration"), "{text}");
    assert!(text.contains("[saved_filters]") && text.contains("# currency = \"PLN\""));
    // It loads, and as written it changes nothing.
    let rows = shown(&mut h.cmd(&["config", "show"]));
    assert_eq!(from(&rows, "config").1, "default");
    assert_eq!(from(&rows, "currency"), ("PLN".into(), "default".into()));

    // Never over an existing file, even one lejek wrote.
    std::fs::write(h.config_file(), "currency = \"EUR\"\n").expect("write");
    let e = fails(&mut h.cmd(&["config", "init"]), 2);
    assert!(
        e.contains("already exists") && e.contains(&display(&h.config_file())),
        "{e}"
    );
    assert_eq!(
        std::fs::read_to_string(h.config_file()).expect("read"),
        "currency = \"EUR\"\n"
    );

    // In Polish, somewhere else, creating the directories.
    let other = h.path("elsewhere/deep/lejek.toml");
    ok(&mut h.cmd(&[
        "--lang",
        "pl",
        "--config",
        &display(&other),
        "config",
        "init",
    ]));
    let text = std::fs::read_to_string(&other).expect("written");
    assert!(text.starts_with("# Konfiguracja lejka"), "{text}");
    ok(&mut h.cmd(&["--config", &display(&other), "config", "show"]));
}

#[test]
fn the_database_comes_from_the_flag_then_the_environment_then_the_file_then_the_default() {
    let h = Home::new();
    let (b, c, d) = (h.path("b"), h.path("c"), h.path("d"));
    // Four databases, each with a contact named after it.
    ok(&mut h.cmd(&["init"]));
    ok(&mut h.cmd(&["contact", "add", "--name", "Default"]));
    for (dir, name) in [(&b, "File"), (&c, "Env"), (&d, "Flag")] {
        ok(&mut h.cmd(&["--db", &display(dir), "init"]));
        ok(&mut h.cmd(&["--db", &display(dir), "contact", "add", "--name", name]));
    }
    let names = |c: &mut Command| -> Vec<String> {
        json(c)
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|x| x["name"].as_str().unwrap_or_default().to_owned())
                    .collect()
            })
            .unwrap_or_default()
    };
    let list = ["contact", "list"];
    let show = ["config", "show"];

    assert_eq!(names(&mut h.cmd(&list)), ["Default"]);
    let rows = shown(&mut h.cmd(&show));
    assert_eq!(
        from(&rows, "database"),
        (display(&h.path("data/lejek")), "default".into())
    );

    h.write_config(&format!("# mine\ndatabase = \"{}\"\n", display(&b)));
    assert_eq!(names(&mut h.cmd(&list)), ["File"]);
    assert_eq!(
        from(&shown(&mut h.cmd(&show)), "database"),
        (display(&b), "file:2".into())
    );

    assert_eq!(names(h.cmd(&list).env("LEJEK_DB", &c)), ["Env"]);
    assert_eq!(
        from(&shown(h.cmd(&show).env("LEJEK_DB", &c)), "database"),
        (display(&c), "env:LEJEK_DB".into())
    );

    let flagged = |args: &[&str]| {
        let mut a = vec!["--db", d.to_str().expect("utf-8 path")];
        a.extend(args);
        let mut c2 = h.cmd(&a);
        c2.env("LEJEK_DB", &c);
        c2
    };
    assert_eq!(names(&mut flagged(&list)), ["Flag"]);
    assert_eq!(
        from(&shown(&mut flagged(&show)), "database"),
        (display(&d), "flag:--db".into())
    );
}

#[test]
fn the_language_comes_from_the_flag_then_lejek_lang_then_the_file_then_lang() {
    let h = Home::new();
    let show = ["config", "show"];
    let header = |c: &mut Command| ok(c).lines().nth(1).unwrap_or_default().to_owned();

    let rows = shown(&mut h.cmd(&show));
    assert_eq!(from(&rows, "language"), ("en".into(), "default".into()));
    assert!(header(&mut h.cmd(&show)).contains("setting"));

    // LANG is the system's locale: the file's choice wins over it.
    h.write_config("color = \"never\"\nlanguage = \"pl\"\n");
    let rows = shown(h.cmd(&show).env("LANG", "en_US.UTF-8"));
    assert_eq!(from(&rows, "language"), ("pl".into(), "file:2".into()));
    assert!(header(h.cmd(&show).env("LANG", "en_US.UTF-8")).contains("ustawienie"));
    // ...and the rest of lejek speaks it.
    let e = fails(&mut h.cmd(&["deal", "list"]), 1);
    let e_en = fails(h.cmd(&["deal", "list"]).env("LEJEK_LANG", "en"), 1);
    assert_ne!(e, e_en, "the same error in two languages");

    let rows = shown(h.cmd(&show).env("LEJEK_LANG", "en"));
    assert_eq!(
        from(&rows, "language"),
        ("en".into(), "env:LEJEK_LANG".into())
    );
    assert!(header(h.cmd(&show).env("LEJEK_LANG", "en")).contains("setting"));

    let rows = shown(
        h.cmd(&["--lang", "pl", "config", "show"])
            .env("LEJEK_LANG", "en"),
    );
    assert_eq!(from(&rows, "language"), ("pl".into(), "flag:--lang".into()));

    // --help, printed while the command line is parsed, follows the same order.
    let help = ok(h
        .cmd(&["deal", "list", "--help"])
        .env("LANG", "en_US.UTF-8"));
    assert!(help.contains("Przykład"), "the file's Polish: {help}");
    let help = ok(h.cmd(&["deal", "list", "--help"]).env("LEJEK_LANG", "en"));
    assert!(help.contains("Example"), "LEJEK_LANG over the file: {help}");
}

#[test]
fn config_show_says_where_every_setting_came_from() {
    let h = Home::new();
    let file = h.write_config(
        "\
language = \"en\"
color = \"always\"
date_format = \"iso\"
currency = \"eur\"

[default_filter]
tasks = \"done:no\"

[saved_filters]
vip = \"tag:vip\"
\"moje-zaległe\" = \"owner:me next:overdue\"
",
    );
    let rows = shown(&mut h.cmd(&["--color", "never", "config", "show"]));
    assert_eq!(from(&rows, "config"), (display(&file), "default".into()));
    assert_eq!(from(&rows, "language"), ("en".into(), "file:1".into()));
    assert_eq!(
        from(&rows, "color"),
        ("never".into(), "flag:--color".into())
    );
    assert_eq!(from(&rows, "date_format"), ("iso".into(), "file:3".into()));
    assert_eq!(from(&rows, "currency"), ("EUR".into(), "file:4".into()));
    assert_eq!(
        from(&rows, "default_filter.tasks"),
        ("done:no".into(), "file:7".into())
    );
    assert_eq!(
        from(&rows, "default_filter.deals"),
        (String::new(), "default".into())
    );
    assert_eq!(
        from(&rows, "saved_filters.vip"),
        ("tag:vip".into(), "file:10".into())
    );
    assert_eq!(
        from(&rows, "saved_filters.moje-zaległe"),
        ("owner:me next:overdue".into(), "file:11".into())
    );
    assert_eq!(rows["currency"]["file"], display(&file));

    // NO_COLOR is the environment's word on colour, above the file.
    let rows = shown(h.cmd(&["config", "show"]).env("NO_COLOR", "1"));
    assert_eq!(
        from(&rows, "color"),
        ("never".into(), "env:NO_COLOR".into())
    );
    let rows = shown(&mut h.cmd(&["config", "show"]));
    assert_eq!(from(&rows, "color"), ("always".into(), "file:2".into()));

    // The table says the same in words.
    let table = ok(&mut h.cmd(&["config", "show"]));
    assert!(
        table.contains(&format!("config file {}:4", display(&file))),
        "{table}"
    );
    assert!(table.contains("default"), "{table}");
    let csv = ok(&mut h.cmd(&["config", "show", "--format", "csv"]));
    assert!(csv.starts_with("setting,value,source,name,line\n"), "{csv}");
    assert!(
        csv.contains(&format!("currency,EUR,file,{},4\n", display(&file))),
        "{csv}"
    );
}

#[test]
fn an_invalid_config_file_is_an_error_naming_the_file_and_the_line() {
    let h = Home::new();
    let file = display(&h.config_file());
    let cases: [(&str, usize, &str); 8] = [
        (
            "language = \"en\"\n\ncolour = \"never\"\n",
            3,
            "unknown setting 'colour'",
        ),
        ("currency = \"PLN\nx = 1\n", 1, "not valid TOML"),
        (
            "currency = \"PLN\"\ncurrency = \"EUR\"\n",
            2,
            "not valid TOML",
        ),
        (
            "[default_filter]\ndeals = 5\n",
            2,
            "'default_filter.deals' must be text",
        ),
        (
            "color = \"sometimes\"\n",
            1,
            "'sometimes' is not a valid color",
        ),
        (
            "[default_filter]\n\ndeals = \"@nope\"\n",
            3,
            "unknown saved filter '@nope'",
        ),
        (
            "[saved_filters]\nbig = \"value>=((\"\n",
            2,
            "saved_filters.big",
        ),
        (
            "[default_filter]\ntasks = \"stage:won\"\n",
            2,
            "default_filter.tasks",
        ),
    ];
    for (text, line, what) in cases {
        h.write_config(text);
        for args in [
            &["config", "show"][..],
            &["deal", "list"],
            &["config", "path"],
        ] {
            let e = fails(h.cmd(args).env("LEJEK_LANG", "en"), 2);
            let at = format!("lejek: config: {file}:{line}: ");
            assert!(e.starts_with(&at), "{text:?}: expected {at}...\n{e}");
            assert!(e.contains(what), "{text:?}: expected {what}\n{e}");
            assert_eq!(e.lines().count(), 1, "one line: {e}");
        }
    }
    // In the user's language: here the file's own, as it could be read that far.
    h.write_config("language = \"pl\"\ncolour = \"never\"\n");
    let e = fails(&mut h.cmd(&["config", "show"]), 2);
    assert!(
        e.starts_with(&format!(
            "lejek: konfiguracja: {file}:2: nieznane ustawienie 'colour'"
        )),
        "{e}"
    );
    // A file that cannot be read at all names the file.
    std::fs::remove_file(h.config_file()).expect("rm");
    std::fs::create_dir(h.config_file()).expect("a directory where the file should be");
    let e = fails(h.cmd(&["config", "show"]).env("LEJEK_LANG", "en"), 2);
    assert!(
        e.starts_with(&format!("lejek: config: {file}: cannot read")),
        "{e}"
    );
}

/// Deals tagged vip and not, worth 500, 5000 and 50000, through the database's server.
fn deals_for_filters() -> Db {
    let db = Db::new();
    let c = db
        .add(&["contact", "add", "--name", "Drukarnia"])
        .to_string();
    for (title, value, tag) in [
        ("Ulotki", "500", "vip"),
        ("Katalog", "5000", "vip"),
        ("Banery", "50000", "zwykly"),
    ] {
        let args = [
            "deal",
            "add",
            "--contact",
            &c,
            "--title",
            title,
            "--value",
            value,
            "--tag",
            tag,
        ];
        db.ok(&args);
    }
    db
}

#[test]
fn a_saved_filter_works_in_deal_list_alone_and_inside_a_larger_filter() {
    let cfg = tempfile::tempdir().expect("temp dir");
    let file = cfg.path().join("lejek/config.toml");
    std::fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
    std::fs::write(
        &file,
        "[saved_filters]\nvip = \"tag:vip\"\n\"moje-duże\" = \"owner:me value>=1000\"\n\
         both = \"@vip @moje-duże\"\n",
    )
    .expect("write");
    let db = deals_for_filters();
    let list = |filter: &str| {
        let mut c = db.cmd(&["deal", "list", "--filter", filter, "--format", "json"]);
        c.env("XDG_CONFIG_HOME", cfg.path());
        titles(&json_of(&mut c))
    };
    assert_eq!(list("@vip"), ["Katalog", "Ulotki"]);
    assert_eq!(list("@moje-duże"), ["Banery", "Katalog"]);
    assert_eq!(list("@vip value>1000"), ["Katalog"]);
    assert_eq!(list("-@vip"), ["Banery"]);
    assert_eq!(list("@both"), ["Katalog"]);
    assert_eq!(
        list("(@vip or value>10000) -title:ulot"),
        ["Banery", "Katalog"]
    );
    // Quoted, it is text to search for (and nothing has it).
    assert_eq!(list("\"@vip\""), Vec::<String>::new());
    // Through --config too, and in the other lists.
    let mut c = db.cmd(&[
        "--config",
        &display(&file),
        "contact",
        "list",
        "--filter",
        "-@vip",
        "--format",
        "json",
    ]);
    assert_eq!(json_of(&mut c).as_array().map(Vec::len), Some(1));

    let mut c = db.cmd(&["deal", "list", "--filter", "@vp"]);
    let e = fails(c.env("XDG_CONFIG_HOME", cfg.path()), 2);
    assert!(
        e.contains("unknown saved filter '@vp'") && e.contains("@vip"),
        "{e}"
    );
    // Without a config file there are no saved filters to refer to.
    let e = db.fails(2, &["deal", "list", "--filter", "@vip"]);
    assert!(e.contains("no [saved_filters]"), "{e}");
}

fn json_of(c: &mut Command) -> Value {
    let s = ok(c);
    serde_json::from_str(&s).unwrap_or_else(|e| panic!("not JSON from {c:?}: {e}\n{s}"))
}

#[test]
fn a_list_runs_its_default_filter_when_none_is_given() {
    let cfg = tempfile::tempdir().expect("temp dir");
    let file = cfg.path().join("lejek/config.toml");
    std::fs::create_dir_all(file.parent().expect("parent")).expect("mkdir");
    std::fs::write(
        &file,
        "[default_filter]\ndeals = \"@vip\"\ncontacts = \"name:nobody\"\n\
         [saved_filters]\nvip = \"tag:vip\"\n",
    )
    .expect("write");
    let db = deals_for_filters();
    let with_cfg = |args: &[&str]| {
        let mut c = db.cmd(args);
        c.env("XDG_CONFIG_HOME", cfg.path());
        c
    };
    let list = |extra: &[&str]| {
        let mut a = vec!["deal", "list", "--format", "json"];
        a.extend(extra);
        titles(&json_of(&mut with_cfg(&a)))
    };
    assert_eq!(list(&[]), ["Katalog", "Ulotki"]);
    assert_eq!(list(&["--filter", ""]), ["Katalog", "Ulotki"]);
    assert_eq!(list(&["--filter", "title:baner"]), ["Banery"]);
    assert_eq!(list(&["--filter", "@all"]), ["Banery", "Katalog", "Ulotki"]);
    assert_eq!(
        json_of(&mut with_cfg(&["contact", "list", "--format", "json"])),
        Value::Array(vec![])
    );
    // Lists without a default are unchanged.
    assert_eq!(
        json_of(&mut with_cfg(&["task", "list", "--format", "json"])),
        Value::Array(vec![])
    );
    // `lejek` alone in a pipe is the deal list, with its default.
    let table = ok(&mut with_cfg(&[]));
    assert!(
        table.contains("Katalog") && !table.contains("Banery"),
        "{table}"
    );

    // A default whose dictionary value this database lacks fails when it runs, showing the
    // filter that ran, since the user did not type it.
    std::fs::write(&file, "[default_filter]\ndeals = \"stage:zzz\"\n").expect("write");
    let e = fails(&mut with_cfg(&["deal", "list"]), 2);
    assert!(e.contains("zzz") && e.contains("`stage:zzz`"), "{e}");
}

#[test]
fn dates_print_in_the_configured_format_and_money_takes_the_configured_currency() {
    let h = Home::new();
    ok(&mut h.cmd(&["init"]));
    ok(&mut h.cmd(&["contact", "add", "--name", "Drukarnia"]));
    h.write_config("date_format = \"iso\"\ncurrency = \"EUR\"\n");
    let d = json(&mut h.cmd(&[
        "deal",
        "add",
        "--contact",
        "1",
        "--title",
        "Ulotki",
        "--value",
        "100",
        "--next",
        "2026-12-01",
    ]));
    assert_eq!(
        (d["value"].as_str(), d["currency"].as_str()),
        (Some("100.00"), Some("EUR"))
    );
    let d = json(&mut h.cmd(&[
        "deal",
        "add",
        "--contact",
        "1",
        "--title",
        "Banery",
        "--value",
        "7",
        "--currency",
        "PLN",
    ]));
    assert_eq!(d["currency"], "PLN", "--currency wins over the file");

    let table = ok(h.cmd(&["deal", "list"]).env("LEJEK_LANG", "pl"));
    assert!(
        table.contains("2026-12-01") && !table.contains("01.12.2026"),
        "{table}"
    );
    h.write_config("date_format = \"pl\"\n");
    let table = ok(h.cmd(&["deal", "list"]).env("LEJEK_LANG", "en"));
    assert!(
        table.contains("01.12.2026") && !table.contains("2026-12-01"),
        "{table}"
    );
    // JSON stays ISO 8601.
    let list = json(h.cmd(&["deal", "list"]).env("LEJEK_LANG", "en"));
    assert!(list.to_string().contains("\"2026-12-01\""), "{list}");
}

#[test]
fn the_tui_starts_with_the_default_filters_and_takes_saved_ones_in_the_filter_line() {
    use fixture::{app, keys, type_text};
    use lejek::config::{Inputs, Settings};
    use lejek::service::views::DealView;

    let cfg = tempfile::tempdir().expect("temp dir");
    let file = cfg.path().join("config.toml");
    std::fs::write(
        &file,
        "[default_filter]\ndeals = \"@neg\"\n[saved_filters]\nneg = \"stage:neg\"\n\
         jesien = \"tag:jesień\"\n",
    )
    .expect("write");
    let env = |_: &str| None;
    let settings = Settings::resolve(&Inputs {
        config: Some(file),
        db: None,
        lang: None,
        color: None,
        env: &env,
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default(),
    })
    .unwrap_or_else(|e| panic!("{e}"));

    let (_db, mut app) = app();
    let all = app.list::<DealView>().total();
    app.filters = settings.filters().clone();
    lejek::tui::update::start_with_default_filters(&mut app);
    assert_eq!(
        app.list::<DealView>().filter_text,
        "@neg",
        "the default shows in the filter line"
    );
    assert_eq!(app.list::<DealView>().total(), 1);
    assert_eq!(app.list::<DealView>().filter_error, None);

    // Typed into the filter line, alone or with more.
    keys(&mut app, &["/", "ctrl-u"]);
    assert_eq!(
        app.list::<DealView>().total(),
        all,
        "cleared, everything shows"
    );
    type_text(&mut app, "@jesien");
    assert_eq!(app.list::<DealView>().filter_error, None);
    let autumn = app.list::<DealView>().total();
    assert!(autumn >= 1 && autumn < all, "{autumn} of {all}");
    type_text(&mut app, " -@neg");
    assert_eq!(app.list::<DealView>().filter_error, None);
    // Half-typed, an unknown name says so and keeps the last good list.
    keys(&mut app, &["ctrl-u"]);
    type_text(&mut app, "@je");
    let error = app
        .list::<DealView>()
        .filter_error
        .clone()
        .expect("an unknown saved filter");
    assert!(error.contains("@je"), "{error}");
}

#[test]
fn a_server_reads_no_config_file() {
    // The server a command starts inherits its environment: a broken file at the default
    // place must not stop it when the command itself was pointed at another with --config.
    let cfg = tempfile::tempdir().expect("temp dir");
    let broken = cfg.path().join("lejek/config.toml");
    std::fs::create_dir_all(broken.parent().expect("parent")).expect("mkdir");
    std::fs::write(&broken, "colour = \"never\"\n").expect("write");
    let good = cfg.path().join("good.toml");
    std::fs::write(&good, "[saved_filters]\nall-deals = \"id>0\"\n").expect("write");
    let db = Db::new();
    let mut c = db.cmd(&[
        "--config",
        &display(&good),
        "deal",
        "list",
        "--filter",
        "@all-deals",
    ]);
    ok(c.env("XDG_CONFIG_HOME", cfg.path()));
    let e = fails(
        db.cmd(&["deal", "list"]).env("XDG_CONFIG_HOME", cfg.path()),
        2,
    );
    assert!(e.contains(&display(&broken)), "{e}");
}
