#!/usr/bin/env python3
"""lejek against SQLite on the same generated data, side by side (issue 17).

Loads the data of a lejek database into SQLite (through lejek's own export), then times the
same questions asked both ways and prints one Markdown table: operation, lejek ms, SQLite ms
and the ratio lejek/SQLite, plus the `sqlite3` command line's time where it is installed.
It asserts nothing about time; it only reports.

Usage (from the repository root, after `cargo build --release --locked`):

    python3 benches/sqlite_compare.py --contacts 20000 --deals 60000
    python3 benches/sqlite_compare.py --db /path/to/lejek-db --runs 7
    python3 benches/sqlite_compare.py --contacts 100000 --deals 300000 --out /tmp/r.md

Options:
    --db DIR               an existing lejek database (not changed, except that a warm
                           server is started on it: the first command starts one)
    --contacts N --deals M make one with `lejek demo generate --seed 42` under
                           /tmp/lejek-sqlite-N-M (re-used if it is there)
    --runs K               timed runs per operation, the median is printed (default 5);
                           one untimed warm-up run comes first on each side
    --lejek PATH           the binary (default: target/release/lejek beside this folder)
    --reload               rebuild the SQLite file even if it is there
    --no-cli               do not time the `sqlite3` command line
    --out FILE             also write the table to FILE

The SQLite file is cached beside the lejek database as DIR.sqlite and re-used when present
(delete it, or pass --reload, after changing the lejek database).

What is loaded: `lejek export deals --format json`, `export contacts` and
`dict list deal-stage` into tables deals, contacts, stages and history (the stage path of
each deal, for the funnel); money as integer grosze, times as the RFC 3339 UTC text lejek
writes (which sorts as time). Indexes: deals(stage, value) (it serves `stage` alone too;
with an index on stage only, the filter's count at 300,000 deals takes 15 ms, not 0.3 ms),
deals(value), deals(contact_id), contacts(kind), history(deal_id, seq) as its primary key,
and covering indexes for the reports: deals(created, stage, stage_kind, source, value,
currency) and deals(closed, stage_kind, loss_reason, value, currency).
The search uses two FTS5 tables with the trigram tokenizer, deal_fts (title, offer) and
contact_fts (name, e-mail, phone, NIP), over text folded the way lejek folds it (lowercase,
Polish and other Latin diacritics stripped, l-stroke to l); the needle is folded the same
way. Both sides search the deal's title and offer and the contact's name, e-mail, phone and
NIP (issue 17); the "answer" column shows both counts.

The lejek side is the whole CLI process through a warm server (as a user runs it), output
read from its pipe; the SQLite side is the same query in this process (Python's sqlite3,
rows turned into the same JSON shape by SQLite's json_object), and, in the last columns, a
fresh `sqlite3 -json` process (whole process, like lejek's). Totals: lejek's `--count`
against SQLite's `count(*)`.

Operations: (1) `deal list --filter "stage:oferta value>=5000" --limit 50 --format json`;
(2) the same filter, all rows; (3) the search `kowal`, first 50 (FTS5, and LIKE over the
deal/contact join), and all its matches (lejek's only way to learn the total);
(4) `--sort value:desc --limit 50`; (5) reports deal-stages (R8), deal-sources (R3),
deal-loss-reasons (R4), deal-value --interval month (R5) and funnel (R7), each as a GROUP BY
of the same meaning over lejek's period (read from lejek's JSON `params`; the funnel from the
stage path in `history`); (6) `campaign create --name X --contacts kind:company
--deal-title Y --dry-run` against selecting the companies that have no deal in campaign X.
The "answer" column checks that both sides agree: row counts, each report's count per
label (the funnel's reached, lost_at and still), the first value of the sorted list.
"""

import argparse
import datetime
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# Letters whose base NFD cannot find (no combining mark): the ones lejek's fold maps itself.
_FOLD_EXTRA = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe",
                             "þ": "th", "ð": "d", "ı": "i", "ŀ": "l", "ħ": "h", "ŧ": "t"})


def fold(s):
    """lejek's search folding: lowercase, diacritics stripped (ą->a, ć->c, ę->e, ł->l, ń->n,
    ó->o, ś->s, ź/ż->z, and the other Latin letters likewise)."""
    if s is None:
        return ""
    if s.isascii():
        return s.lower()
    s = s.lower().translate(_FOLD_EXTRA)
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def minor(value):
    """A decimal money string ("6940.00") as integer grosze, or None."""
    if value is None:
        return None
    neg = value.startswith("-")
    whole, _, frac = value.lstrip("-").partition(".")
    m = int(whole) * 100 + int((frac + "00")[:2])
    return -m if neg else m


# ---------------------------------------------------------------------------------------
# lejek

class Lejek:
    def __init__(self, binary, db):
        self.binary, self.db = binary, db

    def argv(self, *args):
        return [self.binary, "--db", self.db, "--color", "never", *args]

    def run(self, *args):
        """Runs one command; returns (seconds, stdout)."""
        t = time.perf_counter()
        p = subprocess.run(self.argv(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        dt = time.perf_counter() - t
        if p.returncode != 0:
            sys.exit(f"lejek {' '.join(args)} failed ({p.returncode}): "
                     f"{p.stderr.decode(errors='replace').strip()}")
        return dt, p.stdout


def ensure_db(lejek, contacts, deals):
    if os.path.isdir(os.path.join(lejek.db, "store")):
        print(f"re-using {lejek.db}", file=sys.stderr)
        return
    print(f"generating {contacts} contacts, {deals} deals in {lejek.db} ...", file=sys.stderr)
    subprocess.run(lejek.argv("demo", "generate", "--contacts", str(contacts),
                              "--deals", str(deals), "--seed", "42"), check=True)


# ---------------------------------------------------------------------------------------
# loading SQLite

SCHEMA = """
CREATE TABLE stages(name TEXT PRIMARY KEY, kind TEXT NOT NULL, pos INTEGER NOT NULL,
                    oidx INTEGER);
CREATE TABLE contacts(id INTEGER PRIMARY KEY, kind TEXT, name TEXT, company_id INTEGER,
    company TEXT, email TEXT, phone TEXT, city TEXT, address TEXT, nip TEXT, status TEXT,
    source TEXT, end_reason TEXT, ended TEXT, tags TEXT, roles TEXT, created TEXT,
    created_by TEXT, search_f TEXT);
CREATE TABLE deals(id INTEGER PRIMARY KEY, title TEXT, contact_id INTEGER, owner TEXT,
    stage TEXT, stage_kind TEXT, source TEXT, value INTEGER, currency TEXT,
    next_activity TEXT, last_activity TEXT, tags TEXT, campaign_id INTEGER, campaign TEXT,
    loss_reason TEXT, offer TEXT, description TEXT, created TEXT, closed TEXT,
    search_f TEXT);
CREATE TABLE history(deal_id INTEGER, seq INTEGER, stage TEXT,
    PRIMARY KEY(deal_id, seq)) WITHOUT ROWID;
CREATE VIRTUAL TABLE deal_fts USING fts5(title, offer, content='', tokenize='trigram');
CREATE VIRTUAL TABLE contact_fts USING fts5(name, email, phone, nip, content='',
    tokenize='trigram');
"""

INDEXES = """
CREATE INDEX deals_stage ON deals(stage, value);
CREATE INDEX deals_value ON deals(value);
CREATE INDEX deals_created ON deals(created, stage, stage_kind, source, value, currency);
CREATE INDEX deals_closed ON deals(closed, stage_kind, loss_reason, value, currency);
CREATE INDEX deals_contact ON deals(contact_id);
CREATE INDEX contacts_kind ON contacts(kind);
ANALYZE;
"""


def load(lejek, path):
    t0 = time.perf_counter()
    tmp = tempfile.mkdtemp(prefix="lejek-sqlite-")
    try:
        for what in ("deals", "contacts"):
            subprocess.run(lejek.argv("-q", "export", what, "--format", "json", "-o",
                                      os.path.join(tmp, what + ".json")), check=True)
        _, out = lejek.run("dict", "list", "deal-stage", "--format", "json")
        stages = json.loads(out)
        with open(os.path.join(tmp, "contacts.json"), encoding="utf-8") as f:
            contacts = json.load(f)
        with open(os.path.join(tmp, "deals.json"), encoding="utf-8") as f:
            deals = json.load(f)
    finally:
        shutil.rmtree(tmp)
    part = path + ".part"
    if os.path.exists(part):
        os.remove(part)
    con = sqlite3.connect(part)
    con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
    oidx = 0
    for pos, s in enumerate(stages):
        con.execute("INSERT INTO stages VALUES (?,?,?,?)",
                    (s["name"], s["kind"], pos, oidx if s["kind"] == "open" else None))
        oidx += s["kind"] == "open"
    con.executemany(
        "INSERT INTO contacts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        ((c["id"], c["kind"], c["name"], c["company_id"], c["company"], c["email"],
          c["phone"], c["city"], c["address"], c["nip"], c["status"], c["source"],
          c["end_reason"], c["ended"], json.dumps(c["tags"], ensure_ascii=False),
          json.dumps(c["roles"], ensure_ascii=False), c["created"], c.get("created_by"),
          "\x1f".join(fold(c[k]) for k in ("name", "email", "phone", "nip")))
         for c in contacts))
    con.executemany(
        "INSERT INTO contact_fts(rowid, name, email, phone, nip) VALUES (?,?,?,?,?)",
        ((c["id"], fold(c["name"]), fold(c["email"]), fold(c["phone"]), fold(c["nip"]))
         for c in contacts))
    con.executemany(
        "INSERT INTO deals VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        ((d["id"], d["title"], d["contact_id"], d["owner"], d["stage"], d["stage_kind"],
          d["source"], minor(d["value"]), d["currency"], d["next_activity"],
          d["last_activity"], json.dumps(d["tags"], ensure_ascii=False), d["campaign_id"],
          d["campaign"], d["loss_reason"], d["offer"], d["description"], d["created"],
          d["closed"], fold(d["title"]) + "\x1f" + fold(d["offer"]))
         for d in deals))
    con.executemany("INSERT INTO deal_fts(rowid, title, offer) VALUES (?,?,?)",
                    ((d["id"], fold(d["title"]), fold(d["offer"])) for d in deals))
    con.executemany(
        "INSERT INTO history VALUES (?,?,?)",
        ((d["id"], i, h["stage"]) for d in deals for i, h in enumerate(d["history"])
         if h["event"] in ("created", "stage") and h.get("stage")))
    con.executescript(INDEXES)
    con.commit()
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    os.replace(part, path)
    print(f"loaded {len(contacts)} contacts, {len(deals)} deals into {path} in "
          f"{time.perf_counter() - t0:.1f} s", file=sys.stderr)


# ---------------------------------------------------------------------------------------
# the queries

DEAL_JSON = """json_object('id', d.id, 'title', d.title, 'contact_id', d.contact_id,
  'contact', c.name, 'owner', d.owner, 'stage', d.stage, 'stage_kind', d.stage_kind,
  'source', d.source,
  'value', CASE WHEN d.value IS NULL THEN NULL ELSE printf('%d.%02d', d.value / 100,
           d.value % 100) END,
  'currency', d.currency, 'next_activity', d.next_activity,
  'last_activity', d.last_activity, 'tags', json(d.tags), 'campaign_id', d.campaign_id,
  'campaign', d.campaign, 'loss_reason', d.loss_reason, 'offer', d.offer,
  'description', d.description, 'created', d.created, 'closed', d.closed)"""

FILTER = "d.stage = 'oferta' AND d.value >= 500000"


def fts_needle(word):
    return '"' + fold(word).replace('"', '""') + '"'


def search_ids(needle):
    return (f"SELECT rowid FROM deal_fts WHERE deal_fts MATCH '{needle}' "
            f"UNION SELECT d.id FROM deals d WHERE d.contact_id IN "
            f"(SELECT rowid FROM contact_fts WHERE contact_fts MATCH '{needle}')")


def like_where(word):
    pat = "%" + fold(word).replace("'", "''") + "%"
    return f"(d.search_f LIKE '{pat}' OR c.search_f LIKE '{pat}')"


def rows_json(where, order="d.id", limit=None):
    """The matching deals as one JSON array, in lejek's deal JSON shape. With a limit, the
    ids are chosen first, so only the rows shown are turned into JSON."""
    if limit:
        join = " JOIN contacts c ON c.id = d.contact_id" if "c." in where else ""
        where = (f"d.id IN (SELECT d.id FROM deals d{join} "
                 f"WHERE {where} ORDER BY {order} LIMIT {limit})")
    return (f"SELECT json_group_array(json(j)) FROM (SELECT {DEAL_JSON} AS j FROM deals d "
            f"JOIN contacts c ON c.id = d.contact_id WHERE {where} ORDER BY {order})")


def period_bounds(lo_day, hi_day):
    """Local calendar days [lo, hi] as RFC 3339 UTC text bounds [start, end)."""
    def utc(day):
        t = time.mktime(datetime.datetime.strptime(day, "%Y-%m-%d").timetuple())
        return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime(
            "%Y-%m-%dT%H:%M:%S")
    end = (datetime.date.fromisoformat(hi_day) + datetime.timedelta(days=1)).isoformat()
    return utc(lo_day), utc(end)


def report_sql(name, lo, hi):
    period = f"d.created >= '{lo}' AND d.created < '{hi}'"
    if name == "deal-stages":
        return (f"SELECT d.stage, count(*), sum(d.value), d.currency FROM deals d "
                f"JOIN stages s ON s.name = d.stage WHERE {period} "
                f"GROUP BY d.stage, d.currency ORDER BY min(s.pos)")
    if name == "deal-sources":
        return (f"SELECT d.source, count(*), sum(d.value), "
                f"sum(d.stage_kind = 'won'), sum(CASE WHEN d.stage_kind = 'won' "
                f"THEN d.value END), d.currency FROM deals d WHERE {period} "
                f"GROUP BY d.source, d.currency")
    if name == "deal-loss-reasons":
        return (f"SELECT d.loss_reason, count(*), sum(d.value), d.currency FROM deals d "
                f"WHERE d.stage_kind = 'lost' AND d.closed >= '{lo}' AND d.closed < '{hi}' "
                f"GROUP BY d.loss_reason, d.currency")
    if name == "deal-value":
        return (f"SELECT strftime('%Y-%m', d.created, 'localtime') AS m, count(*), "
                f"sum(d.value), d.currency FROM deals d WHERE {period} "
                f"GROUP BY m, d.currency ORDER BY m")
    if name == "funnel":
        # Per deal: the furthest stage reached (won = past every open stage) and the last
        # open stage (max of seq*64+oidx keeps the oidx of the highest seq).
        return f"""
WITH per AS (
  SELECT d.id, d.stage_kind AS kind, cs.oidx AS cur, d.value AS value,
    max(CASE s.kind WHEN 'open' THEN s.oidx
        WHEN 'won' THEN (SELECT count(*) FROM stages WHERE kind = 'open') END) AS furthest,
    max(CASE WHEN s.kind = 'open' THEN h.seq * 64 + s.oidx END) % 64 AS last_open
  FROM deals d JOIN history h ON h.deal_id = d.id JOIN stages s ON s.name = h.stage
    JOIN stages cs ON cs.name = d.stage
  WHERE {period} GROUP BY d.id)
SELECT o.name, count(*) AS reached,
       sum(per.kind = 'lost' AND per.last_open = o.oidx) AS lost_at,
       sum(per.kind = 'open' AND per.cur = o.oidx) AS still, sum(per.value)
FROM stages o JOIN per ON per.furthest >= o.oidx WHERE o.kind = 'open'
GROUP BY o.oidx
UNION ALL
SELECT s.name, count(d.id), 0, count(d.id), sum(d.value)
FROM stages s LEFT JOIN deals d ON d.stage = s.name AND {period}
WHERE s.kind = 'won' GROUP BY s.name"""
    raise ValueError(name)


# ---------------------------------------------------------------------------------------
# timing

def ratio(a, b):
    """a/b as `2.8x`, or `1/45x` when lejek is the faster one (no `0.0x`)."""
    if a >= b:
        return f"{a / b:.1f}x"
    return f"1/{b / a:.1f}x" if b < 10 * a else f"1/{b / a:.0f}x"


def median_ms(samples):
    return statistics.median(samples) * 1000


def time_sql(con, sqls, runs):
    """Runs the statements in turn, `runs` times after a warm-up; (median s, last results)."""
    def once():
        res, times = [], []
        for s in sqls:
            t = time.perf_counter()
            res.append(con.execute(s).fetchall())
            times.append(time.perf_counter() - t)
        return times, res
    _, res = once()
    samples = []
    for _ in range(runs):
        times, res = once()
        samples.append(times)
    total = statistics.median(sum(t) for t in samples)
    parts = [statistics.median(t[i] for t in samples) for i in range(len(sqls))]
    return total, parts, res


def time_cli(path, sqls, runs):
    if not shutil.which("sqlite3"):
        return None
    argv = ["sqlite3", "-json", "-readonly", path, ";\n".join(sqls) + ";"]
    subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.PIPE, check=True)
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def time_lejek(lejek, args, runs):
    _, out = lejek.run(*args)
    samples = []
    for _ in range(runs):
        dt, out = lejek.run(*args)
        samples.append(dt)
    return statistics.median(samples), out


# ---------------------------------------------------------------------------------------

def report_counts_lejek(doc):
    """label -> count from a lejek report's JSON (first two cells of each row)."""
    return {row[0]: row[1] for row in doc["rows"] if row[1]}


def report_counts_sqlite(rows, name):
    out = {}
    for r in rows:
        out[r[0]] = out.get(r[0], 0) + r[1]
    return {k: v for k, v in out.items() if v}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db")
    ap.add_argument("--contacts", type=int)
    ap.add_argument("--deals", type=int)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--lejek", default=os.path.join(ROOT, "target", "release", "lejek"))
    ap.add_argument("--reload", action="store_true")
    ap.add_argument("--no-cli", action="store_true")
    ap.add_argument("--out")
    a = ap.parse_args()
    if a.db is None and (a.contacts is None or a.deals is None):
        ap.error("give --db DIR, or --contacts N --deals M")
    if not os.access(a.lejek, os.X_OK):
        ap.error(f"no lejek binary at {a.lejek}: cargo build --release --locked")
    db = os.path.abspath(a.db or f"/tmp/lejek-sqlite-{a.contacts}-{a.deals}")
    lejek = Lejek(a.lejek, db)
    if a.db is None:
        ensure_db(lejek, a.contacts, a.deals)
    elif not os.path.isdir(os.path.join(db, "store")):
        sys.exit(f"{db} is not a lejek database")

    # A first command starts the server; every timed command after it finds it warm.
    lejek.run("deal", "list", "--limit", "1")

    path = db.rstrip("/") + ".sqlite"
    if a.reload or not os.path.exists(path):
        load(lejek, path)
    else:
        print(f"re-using {path}", file=sys.stderr)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    n_deals, n_contacts = con.execute(
        "SELECT (SELECT count(*) FROM deals), (SELECT count(*) FROM contacts)").fetchone()
    cli = None if a.no_cli else shutil.which("sqlite3")

    rows = []  # (operation, lejek s, sqlite s, cli s or None, answer text)

    def bench(label, lejek_args, sqls, answer, cli_sqls=None):
        print(f"  {label} ...", file=sys.stderr)
        lt, out = time_lejek(lejek, lejek_args, a.runs)
        st, parts, res = time_sql(con, sqls, a.runs)
        ct = time_cli(path, cli_sqls or sqls, a.runs) if cli else None
        ans = answer(out, res)
        if len(parts) == 2:
            ans += f" (SQLite count {parts[0] * 1000:.1f} ms, rows {parts[1] * 1000:.1f} ms)"
        rows.append((label, lt, st, ct, ans))
        return out, res

    flt = "stage:oferta value>=5000"
    count_f = f"SELECT count(*) FROM deals d WHERE {FILTER}"
    bench(f'`deal list --filter "{flt}" --limit 50`',
          ["deal", "list", "--filter", flt, "--limit", "50", "--format", "json"],
          [count_f, rows_json(FILTER, limit=50)],
          lambda out, res: f"lejek {len(json.loads(out))} rows; "
                           f"SQLite total {res[0][0][0]}, {len(json.loads(res[1][0][0]))} rows")
    bench(f'its total: `deal list --filter "{flt}" --count`',
          ["deal", "list", "--filter", flt, "--count"],
          [count_f],
          lambda out, res: f"lejek {int(out)}, SQLite {res[0][0][0]}")
    # The sqlite3 command line prints the rows itself (-json), not one array.
    bench("the same filter, all rows as JSON",
          ["deal", "list", "--filter", flt, "--format", "json"],
          [rows_json(FILTER)],
          lambda out, res: f"lejek {len(json.loads(out))}, SQLite "
                           f"{len(json.loads(res[0][0][0]))} rows",
          cli_sqls=[f"SELECT {DEAL_JSON} AS j FROM deals d JOIN contacts c ON "
                    f"c.id = d.contact_id WHERE {FILTER} ORDER BY d.id"])

    word = "kowal"
    needle = fts_needle(word)
    ids = search_ids(needle)
    lejek_search = ["deal", "list", "--filter", word, "--limit", "50", "--format", "json"]
    out, _ = bench(f"search `{word}`, first 50: FTS5 trigram count + rows", lejek_search,
                   [f"SELECT count(*) FROM ({ids})", rows_json(f"d.id IN ({ids})", limit=50)],
                   lambda out, res: f"lejek {len(json.loads(out))} rows; SQLite "
                                    f"total {res[0][0][0]}, {len(json.loads(res[1][0][0]))} rows")
    bench(f"search `{word}`, its total: `--count` / FTS5 trigram count",
          ["deal", "list", "--filter", word, "--count"],
          [f"SELECT count(*) FROM ({ids})"],
          lambda out, res: f"lejek {int(out)}, SQLite {res[0][0][0]}")
    like = like_where(word)
    bench(f"search `{word}`, first 50: LIKE over deals JOIN contacts, count + rows",
          lejek_search,
          [f"SELECT count(*) FROM deals d JOIN contacts c ON c.id = d.contact_id WHERE {like}",
           rows_json(like, limit=50)],
          lambda out, res: f"SQLite total {res[0][0][0]}")
    bench(f"search `{word}`, all matches as JSON",
          ["deal", "list", "--filter", word, "--format", "json"],
          [rows_json(f"d.id IN ({ids})")],
          lambda out, res: f"lejek {len(json.loads(out))}, SQLite "
                           f"{len(json.loads(res[0][0][0]))} rows (both search title, offer, "
                           f"and the contact's name, e-mail, phone and NIP)",
          cli_sqls=[f"SELECT {DEAL_JSON} AS j FROM deals d JOIN contacts c ON "
                    f"c.id = d.contact_id WHERE d.id IN ({ids}) ORDER BY d.id"])

    bench("`deal list --sort value:desc --limit 50`",
          ["deal", "list", "--sort", "value:desc", "--limit", "50", "--format", "json"],
          [rows_json("1", order="d.value DESC, d.id", limit=50)],
          lambda out, res: "same first value" if json.loads(out)[0]["value"]
          == json.loads(res[0][0][0])[0]["value"] else "first values differ")

    for name, extra in (("deal-stages", []), ("deal-sources", []), ("deal-loss-reasons", []),
                        ("deal-value", ["--interval", "month"]), ("funnel", [])):
        _, out = lejek.run("report", name, *extra, "--format", "json")
        params = json.loads(out)["params"]
        lo, hi = period_bounds(params["from"], params["to"])
        args = ["report", name, *extra, "--from", params["from"], "--to", params["to"],
                "--format", "json"]

        def answer(out, res, name=name):
            if name == "funnel":  # reached, lost_at, still on every row
                mine = {r[0]: (r[1], r[2], r[4]) for r in json.loads(out)["rows"]}
                theirs = {r[0]: tuple(r[1:4]) for r in res[0]}
                return ("same reached, lost_at, still" if mine == theirs
                        else f"differ: {mine} / {theirs}")
            mine = report_counts_lejek(json.loads(out))
            theirs = report_counts_sqlite(res[0], name)
            return "same counts" if mine == theirs else f"counts differ: {mine} / {theirs}"
        bench(f"`report {' '.join([name] + extra)}` ({params['from']}..{params['to']})",
              args, [report_sql(name, lo, hi)], answer)

    sel = ("SELECT c.id FROM contacts c WHERE c.kind = 'company' AND NOT EXISTS "
           "(SELECT 1 FROM deals d WHERE d.contact_id = c.id AND d.campaign = 'X')")
    bench("`campaign create --contacts kind:company --dry-run` (contacts selected)",
          ["campaign", "create", "--name", "X", "--contacts", "kind:company", "--deal-title",
           "Y", "--dry-run", "--format", "json"],
          [sel],
          lambda out, res: f"lejek {json.loads(out)['created']}, SQLite {len(res[0])}")

    # -----------------------------------------------------------------------------------
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    load1 = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    lines = [
        f"{n_contacts:,} contacts, {n_deals:,} deals (`{db}`), median of {a.runs} runs "
        f"after a warm-up; lejek commit {commit}, SQLite {sqlite3.sqlite_version} "
        f"(Python {platform.python_version()}).",
        f"Machine: {os.cpu_count()} CPUs ({cpu}), {platform.system()} {platform.release()}; "
        f"load average {load1:.2f} at the end. Date: "
        f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC.",
        "",
        "| operation | lejek ms | SQLite ms | lejek/SQLite | `sqlite3` CLI ms | lejek/CLI "
        "| answer |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for label, lt, st, ct, ans in rows:
        c = f"{ct * 1000:.1f} | {ratio(lt, ct)}" if ct else "- | -"
        lines.append(f"| {label} | {lt * 1000:.1f} | {st * 1000:.1f} | {ratio(lt, st)} | {c} "
                     f"| {ans} |")
    text = "\n".join(lines) + "\n"
    print(text)
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
