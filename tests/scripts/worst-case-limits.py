#!/usr/bin/env python3
"""Writes, for each size limit the program enforces, the worst valid briefing at that limit,
and with --measure times `--check`, opening the window (`--screenshot`: first paint, then quit)
and `--export-pdf` on each, with /usr/bin/time (wall time, CPU time and peak memory).

    tests/scripts/worst-case-limits.py OUTDIR                      write the files
    tests/scripts/worst-case-limits.py OUTDIR --measure BRIEFING   and measure them
    tests/scripts/worst-case-limits.py OUTDIR --only NAME ...      some of them

The files are generated, never committed (each is close to 32 MiB). Every file loads: each
fills the file size limit (BriefingReader::MaxFileBytes) with values of one kind at that kind's
own limit, so that what the limit lets through costs the most it can. docs/hardening.md holds
the figures.
"""
import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile

MAX_FILE_BYTES = 32 * 1024 * 1024          # BriefingReader::MaxFileBytes
MAX_ID = 64                                # EntryId::MaxLength
MAX_NAME = 300                             # BriefingValidator::MaxNameLength
MAX_ADDRESS = 2000                         # BriefingValidator::MaxAddressLength
MAX_PARAGRAPH = 20000                      # BriefingValidator::MaxParagraphLength
MAX_AREAS = 24                             # BriefingValidator::MaxAgendaAreas
MAX_DEPTH = 64                             # JsonScanner::Limits::maxDepth
MAX_STRING_BYTES = 4 * 1000 * 1000         # JsonScanner::Limits::maxStringBytes
# Room left under the limit for the rest of the briefing and for rounding.
MARGIN = 64 * 1024


def skeleton(areas=1):
    """The smallest valid briefing: one visit, one source, `areas` agenda areas of one item."""
    return {
        "format": "briefing",
        "version": 1,
        "languages": ["en"],
        "title": {"en": "Worst case at a limit"},
        "visit": {"guest": "c0", "host": "c1", "visitors": ["v0"], "place": "p0",
                  "date": "2025-04-28", "purpose": {"en": "A generated visit for measurements."}},
        "countries": [{"id": "c0", "name": {"en": "Country A"}},
                      {"id": "c1", "name": {"en": "Country B"}}],
        "people": [{"id": "v0", "name": {"en": "A. Visitor"}, "role": {"en": "Minister"}}],
        "sources": [{"id": "s0", "title": {"en": "Generated source"}, "publisher": "Generator",
                     "url": "https://example.org/generated"}],
        "agenda": [{"id": f"area{a}", "title": {"en": f"Area {a}"},
                    "items": [{"id": f"i{a}-0", "title": {"en": f"Item {a}"},
                               "text": {"en": "What is at stake."}, "sources": ["s0"]}]}
                   for a in range(areas)],
        "events": [],
        "places": [{"id": "p0", "name": {"en": "Capital"}, "kind": "capital",
                    "lat": 40.4, "lon": 49.9}],
    }


def size(document):
    return len(json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode())


def fill(document, key_path, make, budget=MAX_FILE_BYTES - MARGIN):
    """Appends make(i) to the list at key_path until the file would pass `budget` bytes."""
    target = document
    for key in key_path:
        target = target[key]
    used = size(document)
    i = 0
    while True:
        entry = make(i)
        cost = len(json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode()) + 1
        if used + cost > budget:
            return i
        target.append(entry)
        used += cost
        i += 1


def day(i):
    return f"{1995 + i * 7 % 30}-{1 + i % 12:02d}-{1 + i % 28:02d}"


def letters(n, seed):
    """n characters of prose-like text (words and spaces), different for each seed."""
    words = f"word{seed} and its neighbours repeat until the limit "
    return (words * (n // len(words) + 1))[:n]


def file_size():
    """The most entries a file can hold: the shortest events, until 32 MiB."""
    d = skeleton()
    n = fill(d, ["events"], lambda i: {"id": f"e{i}", "date": day(i), "title": {"en": f"E{i}"}})
    return d, f"{n:,} events of a few characters each"


def ids():
    """Every id and every reference to one at 64 characters."""
    d = skeleton()
    pid = "p" * MAX_ID
    d["places"][0]["id"] = pid
    d["visit"]["place"] = pid

    def event(i):
        own = f"e{i}".ljust(MAX_ID, "x")
        return {"id": own, "date": day(i), "title": {"en": "E"}, "places": [pid],
                "related": [f"e{i - 1}".ljust(MAX_ID, "x")] if i else []}
    n = fill(d, ["events"], event)
    return d, f"{n:,} events, each with an id of {MAX_ID} characters and references of {MAX_ID}"


def names():
    """Every event's title at 300 characters."""
    d = skeleton()
    n = fill(d, ["events"], lambda i: {"id": f"e{i}", "date": day(i),
                                       "title": {"en": letters(MAX_NAME, i)}})
    return d, f"{n:,} events, each titled with {MAX_NAME} characters"


def addresses():
    """Sources whose address is 2,000 characters, each cited by an event (so each is a link)."""
    d = skeleton()
    d["sources"] = []
    d["agenda"][0]["items"][0]["sources"] = ["s0"]

    def source(i):
        url = f"https://example.org/{i}/"
        return {"id": f"s{i}", "title": {"en": f"Source {i}"}, "publisher": "P",
                "url": url + "a" * (MAX_ADDRESS - len(url))}
    n = fill(d, ["sources"], source, budget=MAX_FILE_BYTES - MARGIN - 60 * 200_000 // 10)
    d["events"] = [{"id": f"e{i}", "date": day(i), "title": {"en": "E"}, "sources": [f"s{i}"]}
                   for i in range(n)]
    return d, f"{n:,} sources with addresses of {MAX_ADDRESS} characters, each cited by an event"


def paragraphs():
    """Events whose text and note are 20,000 characters each."""
    d = skeleton()
    n = fill(d, ["events"], lambda i: {"id": f"e{i}", "date": day(i), "title": {"en": f"E{i}"},
                                       "text": {"en": letters(MAX_PARAGRAPH, i)},
                                       "note": {"en": letters(MAX_PARAGRAPH, -i)}})
    return d, f"{n:,} events with a text and a note of {MAX_PARAGRAPH:,} characters each"


def agenda_areas():
    """24 agenda areas (24 tabs), their items filling the file."""
    d = skeleton(MAX_AREAS)
    per_area = (MAX_FILE_BYTES - MARGIN - size(d)) // MAX_AREAS
    count = 0
    for a in range(MAX_AREAS):
        count += fill(d, ["agenda", a, "items"],
                      lambda i, a=a: {"id": f"i{a}-{i + 1}", "title": {"en": f"Item {i}"},
                                      "text": {"en": "What is at stake."}},
                      budget=size(d) + per_area)
    return d, f"{MAX_AREAS} agenda areas, {count:,} items in all"


def nesting():
    """Unknown fields nested 63 deep (the reader refuses 64), until 32 MiB: each is ignored
    with a warning, and the problems stop at 500."""
    d = skeleton()
    value = "deep"
    for _ in range(MAX_DEPTH - 3):  # the top object, the events list and the event
        value = {"x": value}
    n = fill(d, ["events"], lambda i: {"id": f"e{i}", "date": day(i), "title": {"en": "E"},
                                       "extra": value})
    return d, f"{n:,} events, each with an unknown field nested to the depth limit ({MAX_DEPTH})"


def long_strings():
    """Unknown fields holding the longest string the reader takes (4,000,000 bytes, or about
    1,000,000 characters of four bytes), until 32 MiB."""
    d = skeleton()
    text = "\U0001F30D" * (MAX_STRING_BYTES // 4)
    n = fill(d, ["events"], lambda i: {"id": f"e{i}", "date": day(i), "title": {"en": "E"},
                                       "extra": text})
    return d, f"{n} events, each with an unknown field of {MAX_STRING_BYTES:,} bytes"


CASES = {
    "file-size": file_size,
    "ids": ids,
    "names": names,
    "addresses": addresses,
    "paragraphs": paragraphs,
    "agenda-areas": agenda_areas,
    "nesting": nesting,
    "long-strings": long_strings,
}


def measure(binary, path, what, timeout):
    """(wall time, CPU time, peak memory, exit code) of one run; a run past `timeout` is
    stopped (with everything it started) and its peak memory so far is given."""
    out_dir = tempfile.mkdtemp(prefix="worst-")
    args = {"check": ["--check", path],
            "window": [path, "--screenshot", os.path.join(out_dir, "shot.png")],
            "pdf": [path, "--export-pdf", os.path.join(out_dir, "out.pdf")]}[what]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=out_dir)
    timing = os.path.join(out_dir, "time")
    run = subprocess.Popen(["/usr/bin/time", "-o", timing, "-f", "%e %U %M", binary, *args],
                           env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           start_new_session=True)
    try:
        code = run.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        peak = ""
        try:
            child = subprocess.run(["pgrep", "-P", str(run.pid)], capture_output=True,
                                   text=True).stdout.split()
            with open(f"/proc/{child[0]}/status") as f:
                peak = next(l.split()[1] for l in f if l.startswith("VmHWM"))
            peak = f"{int(peak) / 1024:.0f} MiB so far"
        except (IndexError, OSError, StopIteration):
            pass
        os.killpg(run.pid, signal.SIGKILL)
        run.wait()
        return f"over {timeout} s (stopped)", "", peak, ""
    with open(timing) as f:
        seconds, user, kib = f.read().split()[-3:]
    return f"{float(seconds):.1f} s", f"{float(user):.1f} s", f"{int(kib) / 1024:.0f} MiB", code


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("outdir")
    parser.add_argument("--measure", metavar="BRIEFING", help="the program to measure")
    parser.add_argument("--only", nargs="+", choices=sorted(CASES), default=list(CASES))
    parser.add_argument("--timeout", type=int, default=600, help="seconds a run may take")
    parser.add_argument("--keep", action="store_true",
                        help="measure the files already in OUTDIR instead of writing them anew")
    options = parser.parse_args()
    os.makedirs(options.outdir, exist_ok=True)
    for name in options.only:
        path = os.path.join(options.outdir, f"{name}.briefing.json")
        what = (CASES[name].__doc__ or "").split("\n")[0]
        if not (options.keep and os.path.exists(path)):
            document, what = CASES[name]()
            with open(path, "w", encoding="utf-8") as f:
                json.dump(document, f, ensure_ascii=False, separators=(",", ":"))
        print(f"{name}\t{os.path.getsize(path) / 1048576:.1f} MiB\t{what}", flush=True)
        if options.measure:
            for run in ("check", "window", "pdf"):
                seconds, cpu, memory, code = measure(options.measure, path, run,
                                                     options.timeout)
                print(f"  {run}\t{seconds}\tCPU {cpu}\t{memory}\texit {code}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
