#!/usr/bin/env python3
"""Where a process's PSS goes: /proc/PID/smaps (as saved at its peak) grouped by what is mapped.
Libraries by name, fonts by family, the heap, shared memory (the X server's image of the window),
and the anonymous mappings told apart by their shape: thread stacks (8 MB, below a guard page),
threads' malloc arenas (64 MB aligned), large blocks of 1 MB or more (the GL driver's back buffer
and textures under software OpenGL, big allocations), and the rest. Then the same by part: the
GL driver, fonts, the kiosk's own memory, and so on.
Usage: bench/pss_breakdown.py SMAPS_FILE [ROWS]   (prints MB, largest first, then the total)
"""
import collections
import os
import re
import sys

MAPPING = re.compile(r"^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+\s*(.*)$")
PSS = re.compile(r"^Pss:\s+(\d+) kB")
ARENA_ALIGN = 64 << 20  # glibc's HEAP_MAX_SIZE on 64-bit: a thread arena starts on such a boundary
STACK_SIZE = 8 << 20  # the default thread stack (ulimit -s)

# Mesa and what it loads: libLLVM (llvmpipe's compiler) and its own libraries (z3, xml2, icu, edit).
GL_DRIVER = ("libLLVM", "swrast_dri", "libgallium", "libglapi", "libGLX", "libGL", "libEGL", "libdrm",
             "libz3", "libxml2", "libicu", "libedit", "libtinfo", "libffi", "libxshmfence", "libsensors",
             "libelf", "libxcb-glx", "libxcb-dri", "libxcb-present", "libxcb-sync", "libxcb-shm",
             "libX11-xcb", "libXxf86vm")
TEXT = ("libharfbuzz", "libfreetype", "libfribidi", "libfontconfig", "libpng16", "libbrotli",
        "libgraphite2", "libexpat")
SPEECH = ("libespeak-ng", "libasound", "libpulse", "libpcaudio", "libsonic", "libsndfile", "libFLAC",
          "libvorbis", "libogg", "libopus", "libmpg123", "libmp3lame")


def group_of(path, start, end, perms, previous):
    if not path:
        size = end - start
        if size == STACK_SIZE and previous is not None and previous[1] == start and previous[2] == "---p":
            return "anonymous: thread stacks"
        if start % ARENA_ALIGN == 0 and perms == "rw-p":
            return "anonymous: threads' malloc arenas"
        if size >= 1 << 20:
            return "anonymous: blocks of 1 MB or more (GL back buffer, textures, big allocations)"
        return "anonymous: other"
    if path.startswith("["):
        return path  # [heap], [stack], [vdso] ...
    if "/fonts/" in path:
        return "font " + os.path.basename(path).split("-")[0]
    if path.startswith("/SYSV") or path.startswith("/dev/shm"):
        return "shared memory (the X server's image of the window)"
    name = os.path.basename(path)
    return name.split(".so")[0] if ".so" in name else name


def part_of(group, program):
    if group.startswith("font "):
        return "fonts (mapped pages)"
    if group == "[heap]" or group.startswith("anonymous"):
        return "heap and anonymous memory (the kiosk's, its libraries', the GL driver's)"
    if group.startswith("shared memory"):
        return group
    if group.startswith(GL_DRIVER):
        return "GL driver's code (llvmpipe: libLLVM, swrast_dri ...)"
    if group.startswith(TEXT):
        return "text libraries' code (HarfBuzz, FreeType, FriBidi, fontconfig ...)"
    if group.startswith(SPEECH):
        return "speech and sound libraries' code (espeak-ng, ALSA, PulseAudio)"
    if group == program:
        return "the kiosk's own code"
    return "other libraries and files (libc, libstdc++, X11, GLFW, SQLite ...)"


def breakdown(text):
    groups, current, previous = collections.Counter(), None, None
    for line in text.splitlines():
        m = MAPPING.match(line)
        if m:
            start, end, perms = int(m.group(1), 16), int(m.group(2), 16), m.group(3)
            current = group_of(m.group(4).replace(" (deleted)", ""), start, end, perms, previous)
            previous = (start, end, perms)
            continue
        m = PSS.match(line)
        if m and current is not None:
            groups[current] += int(m.group(1))
    return groups


def program_of(text):
    """The first mapped file: the executable."""
    for line in text.splitlines():
        m = MAPPING.match(line)
        if m and m.group(4).startswith("/"):
            return os.path.basename(m.group(4))
    return ""


def print_ranked(counter, rows):
    ranked = counter.most_common()
    for name, kb in ranked[:rows]:
        print(f"  {kb / 1024:6.1f} MB  {name}")
    rest = ranked[rows:]
    if rest:
        print(f"  {sum(kb for _, kb in rest) / 1024:6.1f} MB  {len(rest)} others, each under "
              f"{rest[0][1] / 1024:.1f} MB")
    print(f"  {sum(counter.values()) / 1024:6.1f} MB  in all")


def main():
    text = open(sys.argv[1]).read()
    groups = breakdown(text)
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 14
    print_ranked(groups, rows)
    program = program_of(text)
    parts = collections.Counter()
    for name, kb in groups.items():
        parts[part_of(name, program)] += kb
    print(" by part:")
    print_ranked(parts, len(parts))


if __name__ == "__main__":
    main()
