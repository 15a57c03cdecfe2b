#!/usr/bin/env python3
"""Turn lejek's Rust message catalogues into Fluent files (issue 21).

Each pair crates/lejek-core/src/i18n/catalog_<area>_{en,pl}.rs (catalog_{en,pl}.rs is the
area "core") becomes crates/lejek-core/i18n/{en,pl}/<area>.ftl:

- a key `batch.done` is the Fluent id `batch-done` ('.' -> '-'; keys are [a-z0-9_.]);
- `{0}`, `{1}`... become the variables `{ $a0 }`, `{ $a1 }`..., listed in call order in a
  `# Variables:` comment on the message (the same list in both languages); name them by hand
  afterwards (`$a0` -> `$count`, in both files and in the comment);
- literal braces become `{"{"}` / `{"}"}`, leading and trailing spaces of a line and, in a
  multi-line value, a line's first `[`, `*` or `.` are string literals; multi-line texts are
  Fluent block values indented by four spaces; an empty text is `{""}`;
- `//!` doc lines become `###` resource comments, `//` lines between entries `##` comments.

Deterministic and re-runnable: it writes only .ftl files that do not exist yet (a file whose
variables were named by hand is not overwritten) unless given --force. Arguments: the areas
to convert (default: every catalogue pair found).

    python3 tools/catalog_to_ftl.py            # convert the pairs that have no .ftl yet
    python3 tools/catalog_to_ftl.py --force batch
"""

import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "crates", "lejek-core", "src", "i18n")
OUT = os.path.join(ROOT, "crates", "lejek-core", "i18n")
KEY = re.compile(r"[a-z][a-z0-9_.]*\Z")
PLACEHOLDER = re.compile(r"\{(\d+)\}")


class ParseError(Exception):
    pass


class Reader:
    """A cursor over a Rust catalogue file: just enough Rust for `(key, text)` tables."""

    def __init__(self, text, path):
        self.s, self.i, self.path = text, 0, path

    def fail(self, what):
        line = self.s.count("\n", 0, self.i) + 1
        raise ParseError(f"{self.path}:{line}: {what}")

    def skip_space(self):
        while self.i < len(self.s) and self.s[self.i] in " \t\r\n":
            self.i += 1

    def comment(self):
        """A `//` comment line's text, or None when there is none here."""
        self.skip_space()
        if self.s.startswith("//", self.i):
            end = self.s.find("\n", self.i)
            end = len(self.s) if end < 0 else end
            text = self.s[self.i + 2 : end]
            self.i = end
            return text[1:] if text.startswith(" ") else text
        return None

    def eat(self, token):
        self.skip_space()
        while self.comment() is not None:
            self.skip_space()
        if not self.s.startswith(token, self.i):
            self.fail(f"expected {token!r}")
        self.i += len(token)

    def peek(self, token):
        self.skip_space()
        return self.s.startswith(token, self.i)

    def string(self):
        """A Rust string literal, escapes resolved."""
        self.skip_space()
        if self.s.startswith("r", self.i):
            m = re.compile(r'r(#*)"').match(self.s, self.i)
            if not m:
                self.fail("expected a string")
            close = '"' + m.group(1)
            end = self.s.find(close, m.end())
            if end < 0:
                self.fail("unterminated raw string")
            self.i = end + len(close)
            return self.s[m.end() : end]
        if not self.s.startswith('"', self.i):
            self.fail("expected a string")
        self.i += 1
        out = []
        while True:
            if self.i >= len(self.s):
                self.fail("unterminated string")
            c = self.s[self.i]
            if c == '"':
                self.i += 1
                return "".join(out)
            if c != "\\":
                out.append(c)
                self.i += 1
                continue
            e = self.s[self.i + 1]
            self.i += 2
            simple = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "'": "'", "0": "\0"}
            if e in simple:
                out.append(simple[e])
            elif e == "u":
                m = re.compile(r"\{([0-9a-fA-F_]+)\}").match(self.s, self.i)
                if not m:
                    self.fail("bad \\u escape")
                out.append(chr(int(m.group(1).replace("_", ""), 16)))
                self.i = m.end()
            elif e == "\n":
                self.skip_space()  # a line continuation drops the next line's indentation
            else:
                self.fail(f"unknown escape \\{e}")

    def text(self):
        """A catalogue text: a string literal or `concat!(` literals `)`."""
        if self.peek("concat!"):
            self.eat("concat!")
            self.eat("(")
            parts = []
            while True:
                while self.comment() is not None:
                    pass
                if self.peek(")"):
                    break
                parts.append(self.string())
                if self.peek(","):
                    self.eat(",")
            self.eat(")")
            return "".join(parts)
        return self.string()


def read_catalogue(path):
    """([doc lines], [(key, text, [comment lines before it])]) of one Rust catalogue."""
    src = open(path, encoding="utf-8").read()
    doc = [
        line.strip()[3:].removeprefix(" ")
        for line in src.splitlines()
        if line.strip().startswith("//!")
    ]
    start = src.find("= &[")
    if start < 0:
        raise ParseError(f"{path}: no ENTRIES table")
    r = Reader(src, path)
    r.i = start + len("= &[")
    entries, pending = [], []
    while True:
        c = r.comment()
        if c is not None:
            pending.append(c)
            continue
        if r.peek("]"):
            break
        r.eat("(")
        key = r.string()
        r.eat(",")
        text = r.text()
        if r.peek(","):
            r.eat(",")
        r.eat(")")
        if r.peek(","):
            r.eat(",")
        if not KEY.match(key):
            r.fail(f"key {key!r} is not [a-z0-9_.]: rename it first ('-' stands for '.')")
        entries.append((key, text, pending))
        pending = []
    return doc, entries


def literal(s):
    """A Fluent string literal placeable."""
    return '{"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"}'


def line_to_ftl(line, first_line_special):
    """One line of text as Fluent pattern text: braces, edge spaces and a line-initial
    `[`, `*`, `.` as literals, `{N}` as `{ $aN }`."""
    out = []
    lead = len(line) - len(line.lstrip(" "))
    trail = len(line) - len(line.rstrip(" ")) if line.strip(" ") else 0
    body = line[lead : len(line) - trail]
    if lead:
        out.append(literal(" " * lead))
    if body and first_line_special and body[0] in "[*.":
        out.append(literal(body[0]))
        body = body[1:]
    pos = 0
    for m in PLACEHOLDER.finditer(body):
        out.append(escape_braces(body[pos : m.start()]))
        out.append("{ $a" + m.group(1) + " }")
        pos = m.end()
    out.append(escape_braces(body[pos:]))
    if trail:
        out.append(literal(" " * trail))
    return "".join(out)


def escape_braces(s):
    return re.sub(r"[{}]+", lambda m: literal(m.group(0)), s)


def value_to_ftl(text):
    """The right-hand side of `id =`: inline for one line, a block of 4-space lines else."""
    if text == "":
        return ' {""}'
    lines = text.split("\n")
    if len(lines) == 1:
        return " " + line_to_ftl(text, False)
    out = []
    for n, line in enumerate(lines):
        if line == "":
            # Fluent drops blank lines at either end of a value: keep them as an empty literal.
            out.append('    {""}' if n in (0, len(lines) - 1) else "")
        else:
            out.append("    " + line_to_ftl(line, True))
    return "\n" + "\n".join(out)


def variables(*texts):
    """`$a0`... up to the highest placeholder in any of the texts (both languages alike)."""
    top = -1
    for t in texts:
        for m in PLACEHOLDER.finditer(t):
            top = max(top, int(m.group(1)))
    return [f"$a{i}" for i in range(top + 1)]


def to_ftl(doc, entries, other):
    """One language's file; `other` maps a key to the other language's text."""
    out = []
    for d in doc:
        out.append(("### " + d).rstrip())
    if doc:
        out.append("")
    for key, text, comments in entries:
        if comments:
            if out and out[-1] != "":
                out.append("")
            out.extend(("## " + c).rstrip() for c in comments)
            out.append("")
        names = variables(text, other.get(key, ""))
        if names:
            out.append("# Variables: " + ", ".join(names))
        out.append(key.replace(".", "-") + " =" + value_to_ftl(text))
    return "\n".join(out) + "\n"


def pairs():
    """{area: {lang: path}} of the catalogue files present."""
    found = {}
    for name in sorted(os.listdir(SRC)):
        m = re.fullmatch(r"catalog_(?:(.+)_)?(en|pl)\.rs", name)
        if m:
            area = m.group(1) or "core"
            found.setdefault(area, {})[m.group(2)] = os.path.join(SRC, name)
    return found


def main(argv):
    force = "--force" in argv
    wanted = [a for a in argv if a != "--force"]
    found = pairs()
    unknown = [a for a in wanted if a not in found]
    if unknown:
        print(f"no catalogue pair for: {', '.join(unknown)}", file=sys.stderr)
        return 2
    for area in wanted or sorted(found):
        langs = found[area]
        if set(langs) != {"en", "pl"}:
            print(f"{area}: needs both catalog_*_en.rs and catalog_*_pl.rs", file=sys.stderr)
            return 2
        read = {lang: read_catalogue(path) for lang, path in langs.items()}
        texts = {lang: {k: t for k, t, _ in read[lang][1]} for lang in read}
        for lang, other in (("en", "pl"), ("pl", "en")):
            path = os.path.join(OUT, lang, area + ".ftl")
            if os.path.exists(path) and not force:
                print(f"kept {os.path.relpath(path, ROOT)} (exists; --force to overwrite)")
                continue
            os.makedirs(os.path.dirname(path), exist_ok=True)
            doc, entries = read[lang]
            with open(path, "w", encoding="utf-8") as f:
                f.write(to_ftl(doc, entries, texts[other]))
            print(f"wrote {os.path.relpath(path, ROOT)}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except ParseError as e:
        print(e, file=sys.stderr)
        sys.exit(2)
