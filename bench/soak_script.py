#!/usr/bin/env python3
"""Writes the soak's driver script: VISITS visits, one after another, in one kiosk process.
Visit i is in language i mod 10 and topic (i div 10) mod 10, so every hundred visits cover every
language with every flow; the rest is drawn from a seeded generator: the path through the flow,
a search (in the languages typed with Latin keys), a list of places and its filters, random taps
anywhere on the screen (zero-length drags), the text size and contrast buttons. Every visit ends
the way most do in an office, untouched until the idle reset erases it.
Usage: bench/soak_script.py VISITS SEED SCRIPT VISIT_MAP   (needs python3-yaml)
VISIT_MAP gets one line per visit: its number, language, topic and first script line.
"""
import pathlib
import random
import sys

import yaml

root = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(root / "tests" / "e2e"))
from generate_visits import content, holds, shown  # noqa: E402  (the kiosk's conditions and dates)

WIDTH, HEIGHT = 1920, 1080
SEARCH_WORDS = ["caf", "avocat", "sante", "ofii", "logement", "cimade", "emploi", "pass", "juridique"]
LATIN_KEYS = ("fr", "en", "es")
IDLE_RESET_MS = 110_000  # 90 s alone, then the 15 s countdown, then a margin


def flow_path(flow, rng):
    """The taps down one path of a flow to a result, and the result's categories."""
    nodes = {n["id"]: n for n in flow["nodes"]}
    current, answers, taps = flow["start"], {}, []
    while nodes[current]["kind"] != "result":
        node = nodes[current]
        if node["kind"] == "question":
            offered = [c for c in node["choices"] if shown(c)]
            choice = rng.choice(offered)
            answers[node.get("var", node["id"])] = choice["value"]
            taps.append(f"tap choice.{flow['id']}.{node['id']}.{node['choices'].index(choice) + 1}")
        else:
            taps.append("tap nav.next")
        current = next(x for x in node["next"] if holds(x.get("if"), answers) and shown(nodes[x["to"]]))["to"]
    return taps, nodes[current].get("categories", [])


def visit(i, languages, topics, flows, rng):
    lang = languages[i % len(languages)]
    topic = topics[(i // len(languages)) % len(topics)]
    out = [f"tap lang.{lang}"]
    if lang in LATIN_KEYS and rng.random() < 0.4:
        out += ["tap nav.search", f"type {rng.choice(SEARCH_WORDS)}", "tap nav.home"]
    if rng.random() < 0.15:
        # Text size goes through its three sizes back to the first (each lays every text out
        # again); at a larger size the topics scroll, and the taps below expect the usual size.
        out += rng.choice([["tap nav.textsize"] * 3, ["tap nav.contrast"]])
    taps, categories = flow_path(flows[topic["flow"]], rng)
    out += [f"tap topic.{topic['key']}"] + taps
    if categories and rng.random() < 0.5:
        out.append(f"tap list.{rng.choice(categories)}")
        if rng.random() < 0.4:
            out.append("tap filter.open-now")
        out.append("tap nav.back")
    for _ in range(rng.choice([0, 0, 3, 6])):
        x, y = rng.randrange(WIDTH), rng.randrange(HEIGHT)
        out.append(f"drag {x} {y} {x} {y} 60")
    out.append(f"wait {IDLE_RESET_MS}")
    out.append("expect-id lang.fr")  # the idle reset brought the picker back
    return lang, topic["key"], out


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    count, seed, script, visit_map = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
    rng = random.Random(seed)
    languages = yaml.safe_load((content / "bundle.yaml").read_text(encoding="utf-8"))["languages"]
    topics = yaml.safe_load((content / "topics.yaml").read_text(encoding="utf-8"))
    flows = {t["flow"]: yaml.safe_load((content / "flows" / f"{t['flow']}.yaml").read_text(encoding="utf-8"))
             for t in topics}
    lines = [f"# {count} soak visits, seed {seed}: written by bench/soak_script.py", "# window: 1920x1080"]
    rows = []
    for i in range(count):
        lang, topic, commands = visit(i, languages, topics, flows, rng)
        rows.append(f"{i}\t{lang}\t{topic}\t{len(lines) + 1}")
        lines += commands
    pathlib.Path(script).write_text("\n".join(lines) + "\n", encoding="utf-8")
    pathlib.Path(visit_map).write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
