"""The disk cache of compiled regular expressions (sitrep.recache): a pattern served from the cache
is the pattern the compiler builds, the file is only an optimisation (bad or missing: compile as
usual), and SITREP_RE_CACHE=0 turns it off."""
import os
import subprocess
import sys
from pathlib import Path

import sitrep.extract.pipeline  # noqa: F401  (compiles the extraction patterns through the cache)
from sitrep import recache
from sitrep.extract import lexicon

ROOT = Path(__file__).resolve().parent.parent

PROBE = r'''
import re, sys, json
import sitrep
import sitrep.extract.pipeline  # noqa: F401  (compiles the extraction patterns through the cache)
from sitrep import recache
from sitrep.extract import lexicon
pats = [(r"(?P<num>\d+(?:[.,]\d+)?)\s*(?P<unit>km|kilomet(?:er|re)s?)\b", re.I),
        (r"(?x) \b (?:drone|missile)s? \b  # a comment", 0),
        (rb"\x00(?P<b>[\x80-\xff]+)", 0),
        (r"(?<![\w-])(?:killed|dead)(?!\w)|^On\b", re.M),
        (r"(?i)kyiv|київ|kiev", 0)]
texts = ["12.5 km away", "Drones and MISSILES hit", "On Monday 3 were killed", "КИЇВ, Kyiv, Kiev", "abc\nOn it"]
out = []
for p, f in pats:
    c = re.compile(p, f)
    row = [c.pattern if isinstance(c.pattern, str) else c.pattern.decode("latin-1"), c.flags, c.groups, sorted(c.groupindex.items())]
    for t in texts:
        s = t.encode() if isinstance(p, bytes) else t
        row.append([m.span() for m in c.finditer(s)])
    out.append(row)
import os
if os.environ.get("PROBE_SAVE"):
    recache.save(force=True)
print(json.dumps({"installed": recache._state["installed"], "table": len(recache._table), "rows": out}))
'''


def _run(tmp_path, **env):
    e = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": str(ROOT), "SITREP_CACHE_DIR": str(tmp_path)}
    e.update(env)
    res = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=e, timeout=120)
    assert res.returncode == 0, res.stderr[-3000:]
    import json

    return json.loads(res.stdout.strip().splitlines()[-1])


def test_cached_patterns_match_like_compiled_ones(tmp_path):
    plain = _run(tmp_path / "off", SITREP_RE_CACHE="0")
    assert plain["installed"] is False
    first = _run(tmp_path, PROBE_SAVE="1")  # compiles and writes the file
    files = list(tmp_path.glob("re-*.recache"))
    assert files and first["installed"] is True
    second = _run(tmp_path)  # served from the file
    assert second["table"] >= len(first["rows"])
    assert first["rows"] == plain["rows"] == second["rows"]


def test_bad_cache_file_means_plain_compiling(tmp_path):
    plain = _run(tmp_path / "off", SITREP_RE_CACHE="0")
    name = recache.cache_file().name
    (tmp_path / name).write_bytes(b"\x00not marshal at all")
    assert _run(tmp_path)["rows"] == plain["rows"]
    import marshal

    (tmp_path / name).write_bytes(marshal.dumps({("x", 0): (0, "not a code list", 0, {}, ()), "junk": 1}))
    out = _run(tmp_path)
    assert out["rows"] == plain["rows"]


def test_every_cached_entry_is_what_the_compiler_builds_today():
    # whatever this process compiled through the cache (the sitrep modules imported by the test
    # session), the stored code is the code the compiler produces for that pattern now
    assert recache._state["installed"] or not recache.enabled()
    lexicon.triggers(), lexicon.weapons()
    checked = 0
    for (pattern, flags), entry in list(recache._used.items())[:400]:
        assert recache._compiled(pattern, flags) == entry, pattern
        checked += 1
    assert checked > 50 or not recache.enabled()


def test_save_writes_atomically_and_caps(tmp_path, monkeypatch):
    monkeypatch.setitem(recache._state, "path", tmp_path / "r.recache")
    monkeypatch.setattr(recache, "MAX_ENTRIES", 10)
    assert recache.save(force=True) == tmp_path / "r.recache"
    import marshal

    data = marshal.loads((tmp_path / "r.recache").read_bytes())
    assert 0 < len(data) <= 10
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]


def test_required_literals_from_the_disk_are_what_the_parse_tree_gives(tmp_path, monkeypatch):
    # sitrep.literals asks the disk store recache.install gives it, a file named by literals.py's digest
    from sitrep import literals

    assert isinstance(literals.answers, recache.LiteralAnswers) or not recache.enabled()
    monkeypatch.setattr(recache, "cache_dir", lambda: tmp_path)
    pats = [("air ?strikes?", 0), ("shell(?:ed|ing)?|barrage", 0), (r"\w+", 0), (r"(?<![\w-])(?:killed|dead)", 2),
            ("Kyiv|Kharkiv", 2)]
    source = Path(literals.__file__)
    compute = literals._required_literals
    first = recache.LiteralAnswers(source)
    answers = [first.get(p, f, compute) for p, f in pats]
    assert answers == [compute(p, f) for p, f in pats]
    path = first.save(force=True)
    digest = __import__("hashlib").sha256(source.read_bytes()).hexdigest()[:16]
    assert path is not None and path.parent == tmp_path and digest in path.name
    second = recache.LiteralAnswers(source)
    assert set(second.open()) == set(pats)
    assert [second.get(p, f, None) for p, f in pats] == answers and second.miss_s == 0.0  # never computed
    path.write_bytes(b"\x00junk")  # a bad file: computed again
    assert [recache.LiteralAnswers(source).get(p, f, compute) for p, f in pats] == answers


def test_every_required_literals_answer_of_this_process_is_recomputed_alike():
    from sitrep import literals

    lexicon.triggers(), lexicon.weapons()
    store = literals.answers
    assert store is not None or not recache.enabled()
    for (pattern, flags), out in list(store.used.items() if store else [])[:400]:
        assert literals._required_literals(pattern, flags) == out, pattern
