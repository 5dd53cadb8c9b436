#!/usr/bin/env python3
"""Writes layout_<size>_<lang>.kscript: the main screens at each window size the kiosk must fit,
in a left-to-right and a right-to-left language, each screen dumped for check_layout."""
import pathlib

SIZES = ["1920x1080", "1080x1920", "1280x800", "720x1280"]
LANGS = ["fr", "ar"]

def script(size, lang):
    w, h = (int(v) for v in size.split("x"))
    lines = [f"# window: {size}", "# speech: wav (the speaker button shows, as on a kiosk with sound)",
             f"# Every main screen at {size} in {lang}: nothing off the screen, overlapping or cut off.",
             "dump picker", f"tap lang.{lang}", "settle", "dump topics", "tap topic.papers", "dump question",
             "tap choice.papers.status.4", "dump result"]
    if w > h:  # portrait results put the list buttons below the advice, further than one screen
        lines += ["tap list.legal", "dump list", "tap service.mjd-75110-01", "dump service", "tap nav.back"]
    lines += ["tap hotline.115", "dump hotline", "tap nav.search", "dump search", "tap nav.home", "dump home"]
    # The largest text size, then the idle prompt over it.
    lines += ["tap nav.textsize", "tap nav.textsize", "dump home_largest", "tap topic.papers",
              "dump question_largest", "wait 91000", "dump idle_largest"]
    return "\n".join(lines) + "\n"

here = pathlib.Path(__file__).parent
for size in SIZES:
    for lang in LANGS:
        (here / f"layout_{size}_{lang}.kscript").write_text(script(size, lang))
