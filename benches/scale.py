#!/usr/bin/env python3
"""Issue 17's targets, measured on one database through a warm server (prints Markdown).

Usage (from the repository root, after `cargo build --release --locked`):

    python3 benches/scale.py --db /tmp/s3m            # an existing database
    python3 benches/scale.py --contacts 100000 --deals 300000   # generated (seed 42)

What it measures, each the median of --runs whole CLI processes unless said:
- start: the server stopped, the time of the first `deal list --limit 1` (it starts the
  server, which builds its read model from the copy saved under <db>/cache/), then the same
  with that copy removed (the model built from the store);
- the operations of ../shared/checks/scale, the same filter with every row as JSON, its
  total (`--count`), the search `kowal` with its total, and a trivial command;
- the TUI: seconds until rows show (tmux, polled every 20 ms), a filter keystroke to the
  screen changing, a page scroll, and its peak RSS (VmHWM);
- `export all --format json > /dev/null`: time, the client's and the server's peak RSS;
- the server's peak RSS over all of the above (with two TUIs open at the end).
It asserts nothing: benchmarks report, tests decide.
"""
import argparse, os, re, shutil, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENV = dict(os.environ, LEJEK_NOW="2026-11-28T12:00:00Z", TZ="Europe/Warsaw", NO_COLOR="1")


def run(b, db, args, out=subprocess.DEVNULL):
    return subprocess.run([b, "--db", db] + args, stdout=out, stderr=subprocess.PIPE, env=ENV)


def med(b, db, args, runs):
    ts = []
    for _ in range(runs):
        t = time.perf_counter()
        r = run(b, db, args)
        ts.append(time.perf_counter() - t)
        if r.returncode != 0:
            sys.exit("failed: %s: %s" % (" ".join(args), r.stderr.decode()[:300]))
    return statistics.median(ts) * 1000


def server_pid(db):
    for p in os.listdir("/proc"):
        if not p.isdigit():
            continue
        try:
            cmd = open("/proc/%s/cmdline" % p, "rb").read().split(b"\0")
        except OSError:
            continue
        if b"serve" in cmd and db.encode() in cmd:
            return int(p)
    return None


def hwm_mb(pid):
    try:
        for line in open("/proc/%d/status" % pid):
            if line.startswith("VmHWM"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None


def stop_server(db):
    pid = server_pid(db)
    if pid:
        os.kill(pid, 15)
        for _ in range(600):
            if not os.path.exists("/proc/%d" % pid):
                break
            time.sleep(0.05)


def tmux(*args):
    return subprocess.run(["tmux"] + list(args), capture_output=True, text=True).stdout


def screen(s):
    return tmux("capture-pane", "-p", "-t", s)


def wait_change(s, before, limit=120.0):
    t = time.perf_counter()
    while time.perf_counter() - t < limit:
        now = screen(s)
        if now != before and "…" not in now:
            return time.perf_counter() - t, now
        time.sleep(0.01)
    return None, before


def tui(b, db, name):
    s = "bench%s%d" % (name, os.getpid())
    t = time.perf_counter()
    tmux("new-session", "-d", "-s", s, "-x", "120", "-y", "35",
         "env LEJEK_NOW=2026-11-28T12:00:00Z TZ=Europe/Warsaw NO_COLOR=1 %s --db %s tui" % (b, db))
    shown = None
    while time.perf_counter() - t < 300:
        text = screen(s)
        # A deal row shows its next and last activity dates.
        rows = [l for l in text.splitlines() if re.search(r"\d{4}-\d{2}-\d{2}", l)]
        if len(rows) >= 5:
            shown = time.perf_counter() - t
            break
        time.sleep(0.02)
    time.sleep(1)
    pid = int(tmux("display", "-p", "-t", s, "#{pane_pid}").strip())
    return s, pid, shown


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db")
    ap.add_argument("--contacts", type=int)
    ap.add_argument("--deals", type=int)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--lejek", default=os.path.join(ROOT, "target", "release", "lejek"))
    ap.add_argument("--only-tui", action="store_true", help="only the TUI lines")
    ap.add_argument("--no-export", action="store_true", help="skip `export all` (minutes at 3M)")
    a = ap.parse_args()
    b = a.lejek
    db = a.db or "/tmp/lejek-scale-%d-%d" % (a.contacts, a.deals)
    if not os.path.exists(db):
        r = run(b, db, ["demo", "generate", "--contacts", str(a.contacts), "--deals", str(a.deals), "--seed", "42"])
        if r.returncode:
            sys.exit(r.stderr.decode())
    out = []
    if a.only_tui:
        run(b, db, ["deal", "list", "--limit", "1"])
        return finish(db, out, tui_lines(b, db, out))
    # Start to first answer: with the saved model, then without it.
    run(b, db, ["deal", "list", "--limit", "1"])
    stop_server(db)
    t = time.perf_counter(); run(b, db, ["deal", "list", "--limit", "1"]); saved = time.perf_counter() - t
    stop_server(db)
    shutil.rmtree(os.path.join(db, "cache"), ignore_errors=True)
    t = time.perf_counter(); run(b, db, ["deal", "list", "--limit", "1"]); fresh = time.perf_counter() - t
    out.append("| server start to first answer, model from the saved copy / from the store | %.2f s / %.2f s |" % (saved, fresh))
    ops = [
        ("trivial: `dict list deal-stage --format json`", ["dict", "list", "deal-stage", "--format", "json"]),
        ("`deal list --filter \"stage:oferta value>=5000\" --limit 50`", ["deal", "list", "--filter", "stage:oferta value>=5000", "--limit", "50", "--format", "json"]),
        ("its total (`--count`)", ["deal", "list", "--filter", "stage:oferta value>=5000", "--count"]),
        ("the same filter, all rows as JSON", ["deal", "list", "--filter", "stage:oferta value>=5000", "--format", "json"]),
        ("search `kowal`, first 50", ["deal", "list", "--filter", "kowal", "--limit", "50", "--format", "json"]),
        ("search `kowal`, its total", ["deal", "list", "--filter", "kowal", "--count"]),
        ("`contact list --filter city:lodz --limit 50`", ["contact", "list", "--filter", "city:lodz", "--limit", "50", "--format", "json"]),
        ("`--sort value:desc --limit 50`", ["deal", "list", "--sort", "value:desc", "--limit", "50", "--format", "json"]),
        ("`--sort next --limit 50`", ["deal", "list", "--sort", "next", "--limit", "50", "--format", "json"]),
        ("`stage:oferta --sort next --limit 50`", ["deal", "list", "--filter", "stage:oferta", "--sort", "next", "--limit", "50", "--format", "json"]),
    ]
    for name in ["contact-sources", "contact-end-reasons", "deal-sources", "deal-loss-reasons", "deal-value", "sales-activity", "funnel", "deal-stages"]:
        ops.append(("report %s" % name, ["report", name, "--format", "json"]))
    ops.append(("report funnel `--as-of 2026-06-30`", ["report", "funnel", "--as-of", "2026-06-30", "--format", "json"]))
    ops.append(("batch `campaign create --contacts kind:company --dry-run`", ["campaign", "create", "--name", "Skala", "--contacts", "kind:company", "--deal-title", "Oferta", "--dry-run", "--format", "json"]))
    for label, args in ops:
        out.append("| %s | %.1f ms |" % (label, med(b, db, args, a.runs)))
    # Right after a write nothing is remembered: the filter and the report are worked out.
    first_ops = [
        ("first after a write: the filter, first 50", ["deal", "list", "--filter", "stage:oferta value>=5000", "--limit", "50", "--format", "json"]),
        ("first after a write: search `kowal`, first 50", ["deal", "list", "--filter", "kowal", "--limit", "50", "--format", "json"]),
        ("first after a write: `--sort value:desc --limit 50`", ["deal", "list", "--sort", "value:desc", "--limit", "50", "--format", "json"]),
        ("first after a write: report funnel", ["report", "funnel", "--format", "json"]),
        ("first after a write: report deal-stages", ["report", "deal-stages", "--format", "json"]),
    ]
    for label, args in first_ops:
        firsts = []
        for _ in range(3):
            run(b, db, ["dict", "add", "deal-source", "bench-%d" % time.time_ns()])
            t = time.perf_counter(); run(b, db, args); firsts.append((time.perf_counter() - t) * 1000)
        out.append("| %s | %.1f ms |" % (label, statistics.median(firsts)))
    sessions = tui_lines(b, db, out)
    if a.no_export:
        pid = server_pid(db)
        out.append("| server peak RSS over all of the above | %.0f MB |" % (hwm_mb(pid) or 0))
        return finish(db, out, sessions)
    t = time.perf_counter()
    r = subprocess.run(["/usr/bin/time", "-f", "%M", b, "--db", db, "export", "all", "--format", "json"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    dt = time.perf_counter() - t
    client = int(r.stderr.decode().strip().splitlines()[-1]) / 1024
    out.append("| `export all --format json`: time / client peak RSS | %.1f s / %.0f MB |" % (dt, client))
    pid = server_pid(db)
    out.append("| server peak RSS over all of the above | %.0f MB |" % (hwm_mb(pid) or 0))
    finish(db, out, sessions)


def tui_lines(b, db, out):
    s1, p1, shown = tui(b, db, "a")
    before = screen(s1)
    tmux("send-keys", "-t", s1, "/")
    time.sleep(0.3)
    keys = []
    for ch in "kowal":
        before = screen(s1)
        tmux("send-keys", "-t", s1, ch)
        dt, _ = wait_change(s1, before)
        keys.append(dt or float("nan"))
    tmux("send-keys", "-t", s1, "Escape")
    time.sleep(1)
    scrolls = []
    for _ in range(10):
        before = screen(s1)
        tmux("send-keys", "-t", s1, "PageDown")
        dt, _ = wait_change(s1, before)
        scrolls.append(dt or float("nan"))
    s2, p2, _ = tui(b, db, "b")
    out.append("| TUI: rows on screen / filter keystroke (median) / page scroll (median) | %.2f s / %.0f ms / %.0f ms |" % (shown or float("nan"), statistics.median(keys) * 1000, statistics.median(scrolls) * 1000))
    out.append("| TUI peak RSS (two open) | %.0f MB / %.0f MB |" % (hwm_mb(p1) or 0, hwm_mb(p2) or 0))
    return [s1, s2]


def finish(db, out, sessions):
    for s in sessions:
        tmux("kill-session", "-t", s)
    print("| operation | measured |\n|---|---|")
    print("\n".join(out))

main()
