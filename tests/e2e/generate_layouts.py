#!/usr/bin/env python3
"""Writes layout_<size>_<lang>.kscript: the main screens on each screen the kiosk must fit, from a
phone to a totem, in a left-to-right and a right-to-left language, at each text size, each screen
dumped for check_layout. A screen is its pixels and its width in millimetres: what sizes the text."""
import pathlib

# (pixels, width in mm, what it is)
SCREENS = [
    ("1920x1080", 476, "a 21.5-inch kiosk panel"),
    ("1080x1920", 398, "a 32-inch portrait totem"),
    ("1280x800", 217, "a 10.1-inch tablet on its side"),
    ("720x1280", 87, "the 7-inch Raspberry Pi Touch Display 2, upright"),
    ("1080x2340", 65, "a 6.1-inch phone"),
    ("800x480", 154, "the 7-inch Raspberry Pi Touch Display, on its side"),
    ("1024x600", 154, "a 7-inch panel on its side"),
]
LANGS = ["fr", "ar"]
TEXT_SIZES = ["normal", "larger", "largest"]


def visit(lang, size):
    """From the picker through every main screen and back to the picker, at one text size."""
    return [
        f"dump picker_{size}", f"reveal lang.{lang}", f"tap lang.{lang}", "settle", f"dump topics_{size}",
        "reveal topic.papers", "tap topic.papers", f"dump question_{size}",
        "reveal choice.papers.status.4", "tap choice.papers.status.4", f"dump result_{size}",
        "reveal list.legal", "tap list.legal", f"dump list_{size}",
        "reveal service.mjd-75110-01", "tap service.mjd-75110-01", f"dump service_{size}",
        "tap hotline.115", f"dump hotline_{size}",  # on the emergency strip, on every screen
        "tap nav.search", f"dump search_{size}",
        "tap nav.home", "tap nav.lang",  # the picker; the language again goes back to the topics
    ]


def script(size, mm, what, lang):
    lines = [f"# window: {size}", f"# display: {mm} mm across, {what}",
             "# speech: wav (the speaker button shows, as on a kiosk with sound)",
             f"# Every main screen at each text size in {lang}: nothing off the screen, overlapping, cut off",
             "# or under 9 mm."]
    for i, text_size in enumerate(TEXT_SIZES):
        if i > 0:
            lines.append("tap nav.textsize")
        lines += visit(lang, text_size)
    # The idle prompt, over a screen at the largest text size.
    lines += [f"reveal lang.{lang}", f"tap lang.{lang}", "wait 91000", "dump idle_largest"]
    return "\n".join(lines) + "\n"


here = pathlib.Path(__file__).parent
for size, mm, what in SCREENS:
    for lang in LANGS:
        (here / f"layout_{size}_{lang}.kscript").write_text(script(size, mm, what, lang))
