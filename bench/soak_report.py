#!/usr/bin/env python3
"""bench/soak's summary: memory over the visits, frame build times first and last, the pace, and
what the data directory holds. Exits 1 when the data directory holds more than anonymous daily
counters, or (unless CHECK_ONLY) when PSS grew by 2 MB or more after the warm-up.
Usage: bench/soak_report.py WORK VISITS WARMUP SECONDS CHECK_ONLY
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
    samples = [tuple(map(int, l.split())) for l in (work / "pss").read_text().split("\n") if l.strip()]
    by_visit = [(visit(line), pss) for _, pss, line in samples]
    window = max(1, min(50, (visits - warmup) // 2))  # two windows that never overlap
    settled = [p for v, p in by_visit if warmup <= v < warmup + window]
    last = [p for v, p in by_visit if v >= visits - window]
    return {
        "start": samples[0][1] if samples else 0,
        "after_warmup": median(settled),
        "end": median(last),
        "peak": max((p for _, p in by_visit), default=0),
        "samples": len(samples),
    }


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


def data_dir_faults(work):
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
    for day, what, value, count in rows:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
            faults.append(f"a counter's day is not a calendar day: {day}")
        if value in typed or any(w in value.split() for w in typed):
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
    faults, files, tables, kinds, counter_rows = data_dir_faults(work)
    growth = m["end"] - m["after_warmup"]
    print(f"soak: {visits} visits in one process, {seconds} s, {60 * visits / max(seconds, 1):.1f} visits/min, "
          f"{frame_count} frames")
    print(f"PSS: start {m['start'] / 1024:.1f} MB, after {warmup} visits {m['after_warmup'] / 1024:.1f} MB, "
          f"end {m['end'] / 1024:.1f} MB, peak {m['peak'] / 1024:.1f} MB; growth after warm-up "
          f"{growth / 1024:+.2f} MB ({m['samples']} samples)")
    print(f"frame build time: median {median(first) / 1000:.2f} ms over the first {hundred(visits)} visits, "
          f"{median(last) / 1000:.2f} ms over the last {hundred(visits)}; 95th percentile "
          f"{statistics.quantiles(first, n=20)[-1] / 1000:.2f} / {statistics.quantiles(last, n=20)[-1] / 1000:.2f} ms")
    print(f"data directory: {' '.join(files)}; tables: "
          f"{', '.join(f'{t} {n} rows' for t, n in sorted(tables.items()))}; counters by {', '.join(kinds)}")
    for f in faults:
        print(f"FAIL data directory: {f}")
    over = not check_only and not growth < GROWTH_LIMIT_KB
    if over:
        print(f"FAIL PSS grew {growth / 1024:.2f} MB after the warm-up (limit {GROWTH_LIMIT_KB / 1024:.0f} MB)")
    sys.exit(1 if faults or over or counter_rows == 0 else 0)


if __name__ == "__main__":
    main()
