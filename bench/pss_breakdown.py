#!/usr/bin/env python3
"""Where a process's PSS goes: /proc/PID/smaps (as saved at its peak) grouped by what is mapped.
Libraries by name, fonts by family, the heap, anonymous mappings (thread arenas, GL buffers and
textures under software OpenGL), shared memory (the X server's image of the window).
Usage: bench/pss_breakdown.py SMAPS_FILE [ROWS]   (prints MB, largest first, then the total)
"""
import collections
import os
import re
import sys

MAPPING = re.compile(r"^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$")
PSS = re.compile(r"^Pss:\s+(\d+) kB")


def group_of(path):
    if not path:
        return "anonymous mappings (thread arenas, GL buffers and textures)"
    if path.startswith("["):
        return path  # [heap], [stack], [vdso] ...
    if "/fonts/" in path:
        return "font " + os.path.basename(path).split("-")[0]
    if path.startswith("/SYSV") or path.startswith("/dev/shm"):
        return "shared memory (the X server's image of the window)"
    name = os.path.basename(path)
    return name.split(".so")[0] if ".so" in name else name


def breakdown(text):
    groups, current = collections.Counter(), None
    for line in text.splitlines():
        m = MAPPING.match(line)
        if m:
            current = group_of(m.group(1).replace(" (deleted)", ""))
            continue
        m = PSS.match(line)
        if m and current is not None:
            groups[current] += int(m.group(1))
    return groups


def main():
    groups = breakdown(open(sys.argv[1]).read())
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 12
    ranked = groups.most_common()
    for name, kb in ranked[:rows]:
        print(f"  {kb / 1024:6.1f} MB  {name}")
    rest = ranked[rows:]
    if rest:
        print(f"  {sum(kb for _, kb in rest) / 1024:6.1f} MB  {len(rest)} others, each under "
              f"{rest[0][1] / 1024:.1f} MB")
    print(f"  {sum(groups.values()) / 1024:6.1f} MB  in all")


if __name__ == "__main__":
    main()
