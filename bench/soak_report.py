#!/usr/bin/env python3
"""bench/soak's summary: memory over the visits, frame build times first and last, the pace, and
what the data directory holds. Exits 1 when the data directory holds more than anonymous daily
counters, or (unless CHECK_ONLY) when PSS's anonymous part grew by 2 MB or more after the warm-up.
Usage: bench/soak_report.py WORK VISITS WARMUP SECONDS CHECK_ONLY BUNDLE
"""
import bisect
import pathlib
import re
import sqlite3
import statistics
import sys

GROWTH_LIMIT_KB = 2048


def visit_of(starts):
    return lambda line: max(0, bisect.bisect_right(starts, line) - 1)


def hundred(visits):
    """The first and the last hundred visits, or halves of a shorter run."""
    return max(1, min(100, visits // 2))


def median(values):
    return statistics.median(values) if values else float("nan")


def memory(work, visit, visits, warmup):
    """PSS, and its anonymous and file parts, at the start, after the warm-up (median over the next
    window of visits), at the end (median over the last window) and at the peak, in kB."""
    samples = [list(map(int, l.split())) for l in (work / "pss").read_text().split("\n") if l.strip()]
    window = max(1, min(50, (visits - warmup) // 2))  # two windows that never overlap
    out = {"samples": len(samples)}
    for name, col in (("pss", 1), ("anon", 3), ("file", 4)):
        by_visit = [(visit(s[2]), s[col]) for s in samples if len(s) > col]
        settled = [p for v, p in by_visit if warmup <= v < warmup + window]
        last = [p for v, p in by_visit if v >= visits - window]
        out[name] = {
            "start": by_visit[0][1] if by_visit else 0,
            "after_warmup": median(settled),
            "end": median(last),
            "peak": max((p for _, p in by_visit), default=0),
        }
    return out


def frames(work, visit, visits):
    per_visit = {}
    for l in (work / "frames").read_text().split("\n"):
        if l.strip():
            line, us = map(int, l.split())
            per_visit.setdefault(visit(line), []).append(us)
    n = hundred(visits)
    first = [us for v in range(n) for us in per_visit.get(v, [])]
    last = [us for v in range(visits - n, visits) for us in per_visit.get(v, [])]
    return first, last, sum(len(x) for x in per_visit.values())


def content_ids(bundle):
    """What a counter may name: the bundle's own ids (a service, a category, a topic, a result,
    a phone line, a language), never words a visitor typed, even where a word is also an id."""
    db = sqlite3.connect(f"file:{bundle}?mode=ro", uri=True)
    ids = set()
    for table, column in (("service", "id"), ("taxonomy_term", "id"), ("topic", "key"), ("node", "id"),
                          ("hotline", "number"), ("ui_language", "code")):
        ids.update(v for (v,) in db.execute(f'SELECT "{column}" FROM "{table}"'))
    return ids


def data_dir_faults(work, bundle):
    """Everything in the data directory that is not an anonymous daily counter."""
    faults = []
    data = work / "data"
    files = sorted(p.relative_to(data).as_posix() for p in data.rglob("*"))
    if files != ["state.db"]:
        faults.append(f"files other than state.db: {files}")
    typed = set(re.findall(r"^type (.+)$", (work / "soak.kscript").read_text(), re.M))
    db = sqlite3.connect(f"file:{data / 'state.db'}?mode=ro", uri=True)
    tables = {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
              for (t,) in db.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    for t, n in tables.items():
        if t != "daily_counter" and n:
            faults.append(f"{n} rows in {t}")
    columns = [r[1] for r in db.execute("PRAGMA table_info(daily_counter)")]
    if columns != ["day", "what", "value", "count"]:
        faults.append(f"daily_counter has the columns {columns}")
    rows = db.execute("SELECT day, what, value, count FROM daily_counter").fetchall()
    ids = content_ids(bundle)
    for day, what, value, count in rows:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
            faults.append(f"a counter's day is not a calendar day: {day}")
        if value not in ids and (value in typed or any(w in value.split() for w in typed)):
            faults.append(f"a counter holds words typed in search: {what} {value}")
    kinds = sorted({w for _, w, _, _ in rows})
    return faults, files, tables, kinds, len(rows)


def main():
    work = pathlib.Path(sys.argv[1])
    visits, warmup, seconds, check_only = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5] == "1"
    starts = [int(l.split("\t")[3]) for l in (work / "visits.tsv").read_text().split("\n") if l.strip()]
    visit = visit_of(starts)
    m = memory(work, visit, visits, warmup)
    first, last, frame_count = frames(work, visit, visits)
    faults, files, tables, kinds, counter_rows = data_dir_faults(work, sys.argv[6])
    growth = {k: m[k]["end"] - m[k]["after_warmup"] for k in ("pss", "anon", "file")}
    print(f"soak: {visits} visits in one process, {seconds} s, {60 * visits / max(seconds, 1):.1f} visits/min, "
          f"{frame_count} frames")
    for k, what in (("pss", "PSS"), ("anon", "  anonymous (heap, GL buffers)"), ("file", "  file-backed (libraries, fonts)")):
        print(f"{what}: start {m[k]['start'] / 1024:.1f} MB, after {warmup} visits {m[k]['after_warmup'] / 1024:.1f} MB, "
              f"end {m[k]['end'] / 1024:.1f} MB, peak {m[k]['peak'] / 1024:.1f} MB; growth after warm-up "
              f"{growth[k] / 1024:+.2f} MB")
    print(f"({m['samples']} samples, one a second)")
    print(f"frame build time: median {median(first) / 1000:.2f} ms over the first {hundred(visits)} visits, "
          f"{median(last) / 1000:.2f} ms over the last {hundred(visits)}; 95th percentile "
          f"{statistics.quantiles(first, n=20)[-1] / 1000:.2f} / {statistics.quantiles(last, n=20)[-1] / 1000:.2f} ms")
    print(f"data directory: {' '.join(files)}; tables: "
          f"{', '.join(f'{t} {n} rows' for t, n in sorted(tables.items()))}; counters by {', '.join(kinds)}")
    for f in faults:
        print(f"FAIL data directory: {f}")
    # The file-backed part is shared with every other process mapping the same libraries and
    # fonts, and the kernel drops and reloads its clean pages: on a busy machine it swings by tens
    # of MB whatever the kiosk does. A leak grows the anonymous part, which is what is held to the limit.
    over = not check_only and not growth["anon"] < GROWTH_LIMIT_KB
    if over:
        print(f"FAIL anonymous PSS grew {growth['anon'] / 1024:.2f} MB after the warm-up "
              f"(limit {GROWTH_LIMIT_KB / 1024:.0f} MB)")
    sys.exit(1 if faults or over or counter_rows == 0 else 0)


if __name__ == "__main__":
    main()
