"""``python -m nlp bench``: CVs per second through the full path against a floor.

For each file type the same generated two-page CVs go through the full path (as the web app
runs it: extraction in the extraction pool, then ``read_cv`` in the reading pool) and through
a floor measured in the same run on the same files: the bare extraction (pypdfium2 for PDF,
the in-process extractor for DOCX and TXT) plus a ``spacy.blank`` tokenizer pass. Both are
warmed up first; then every round times a batch of CVs not seen before through both (a
server reads new CVs, so caches that only repeated files would fill must not flatter either
side), the order alternating from file to file, and the table gives the median over the
rounds (the machine is shared, so a ratio from one round can be off). The ratio full/floor
should stay <= 2.5. The run also times the CLI start-up (``python -m nlp parse one.txt``),
beside ``import spacy`` alone, and reads the peak RSS of the extraction and reading workers.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

RATIO_GOAL = 2.5
STARTUP_GOAL = 2.0
RSS_GOAL_MB = 300


def _pdf_text(data: bytes) -> str:
    """Text of every PDF page with pypdfium2 alone: the least any PDF reading can cost."""
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        return "\n".join(page.get_textpage().get_text_bounded() for page in document)
    finally:
        document.close()


def _floor(kind: str) -> Callable[[bytes, str], object]:
    """The floor step for one file type: bare extraction and a bare tokenizer pass.

    The PDF text gets the line ends every extracted text has (``tidy``): spaCy's tokenizer
    stops caching a text's pieces at its first special case, "\\n" among them, so raw
    pypdfium2 text ("\\r\\n" line ends) filled the floor tokenizer's cache and made it
    four times faster on every later CV than on any text the full path is given.
    """
    from nlp.extract import extract_bytes, tidy
    from nlp.pipeline import get_tokenizer_only

    def run(data: bytes, lang: str) -> object:
        """Extract without isolation and tokenize, nothing else."""
        text = tidy(_pdf_text(data)) if kind == "pdf" else extract_bytes(data).text
        return get_tokenizer_only(lang).make_doc(text)

    return run


def _full(data: bytes, lang: str) -> object:
    """The production path: extraction in its pool, then reading in the reading pool with
    language detection."""
    from nlp.pool import get_pool, get_reader

    extraction = get_pool().extract(data)
    if extraction.status != "ok":
        raise RuntimeError(f"benchmark file not read: {extraction.status} {extraction.reason}")
    return get_reader().read(extraction.text)


def _round(kind: str, files: list[bytes], langs: list[str], flip: bool) -> tuple[float, float]:
    """Seconds the full path and the floor take over all files, timed file by file in turn.

    Interleaving keeps both under the same load; alternating which goes first (``flip``
    swaps the pattern between rounds) keeps either from always finding the caches warmer.
    """
    floor_step = _floor(kind)
    spent = {"full": 0.0, "floor": 0.0}
    steps = {"full": _full, "floor": floor_step}
    for index, (data, lang) in enumerate(zip(files, langs, strict=True)):
        order = ("full", "floor") if (index % 2 == 0) != flip else ("floor", "full")
        for name in order:
            began = time.perf_counter()
            steps[name](data, lang)
            spent[name] += time.perf_counter() - began
    return spent["full"], spent["floor"]


def rates(
    kind: str, batches: list[list[bytes]], langs: list[str]
) -> tuple[float, float, list[float]]:
    """Median full and floor CVs per second over the rounds, one batch of files a round, and
    each round's ratio."""
    full, floor, ratios = [], [], []
    for number, files in enumerate(batches):
        full_s, floor_s = _round(kind, files, langs, flip=number % 2 == 1)
        full.append(len(files) / full_s)
        floor.append(len(files) / floor_s)
        ratios.append(full_s / floor_s)
    return statistics.median(full), statistics.median(floor), ratios


def import_seconds(runs: int = 3) -> float:
    """Median wall seconds of ``python -c "import spacy"``: the part of the start-up no code of
    ours can shorten, which tells a slow machine from a slow start."""
    walls = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import spacy"], check=True, capture_output=True)
        walls.append(time.perf_counter() - began)
    return statistics.median(walls)


def startup_seconds(runs: int = 3) -> tuple[float, float]:
    """Median wall and CPU seconds of ``python -m nlp parse one.txt`` in a fresh interpreter."""
    from nlp.bench_corpus import cv_text

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "one.txt")
        path.write_text(cv_text("ru", random.Random(1)), encoding="utf-8")
        root = Path(__file__).resolve().parent.parent
        walls, cpus = [], []
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            began = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "nlp", "parse", str(path)],
                cwd=root,
                check=True,
                capture_output=True,
            )
            walls.append(time.perf_counter() - began)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def worker_peak_rss_mb(pool) -> float | None:
    """Largest peak RSS (VmHWM) among the pool's live workers, in MB; None without any."""
    peaks = []
    for pid in pool.worker_pids():
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        peaks += [int(x.split()[1]) / 1024 for x in status.splitlines() if x.startswith("VmHWM:")]
    return max(peaks) if peaks else None


def component_ms(batches: list[list[str]], langs: list[str]) -> dict[str, float]:
    """Milliseconds of CPU per CV in the floor's bare tokenizer, the pipeline's tokenizer and
    each component (the least over the batches, each of CVs not read before: CPU time, so
    other processes on the machine matter less; the text is handed over as ``read_cv`` does)."""
    from nlp.components.sections import remember_text
    from nlp.pipeline import get_pipeline, get_tokenizer_only, make_doc

    best: dict[str, float] = {}
    for texts in batches:
        spent: dict[str, float] = {}
        for text, lang in zip(texts, langs, strict=True):
            began = time.process_time()
            get_tokenizer_only(lang).make_doc(text)
            spent["floor: spacy.blank tokenizer"] = (
                spent.get("floor: spacy.blank tokenizer", 0.0) + time.process_time() - began
            )
            pipeline = get_pipeline(lang)
            began = time.process_time()
            doc = remember_text(make_doc(pipeline, text), text)
            spent["tokenizer"] = spent.get("tokenizer", 0.0) + time.process_time() - began
            for name, component in pipeline.pipeline:
                began = time.process_time()
                doc = component(doc)
                spent[name] = spent.get(name, 0.0) + time.process_time() - began
        best = {name: min(total, best.get(name, total)) for name, total in spent.items()}
    return {name: total * 1000 / len(batches[0]) for name, total in best.items()}


def _speed_rows(n: int, rounds: int) -> list[str]:
    """The table of full and floor CVs per second per file type, with the ratio's spread."""
    from nlp.bench_corpus import KINDS, corpus, cv_text

    batches = [corpus(n, seed=5 + number) for number in range(rounds)]
    langs = [("kk", "ru", "en")[i % 3] for i in range(n)]
    warm_up = corpus(3, seed=1000)
    for kind in KINDS:
        for data, lang in zip(warm_up[kind], ("kk", "ru", "en"), strict=True):
            _full(data, lang)
            _floor(kind)(data, lang)
    rows = [
        f"{'type':<6}{'files':>7}{'full CV/s':>11}{'floor CV/s':>12}{'ratio':>7}"
        f"{'(min-max)':>13}  goal"
    ]
    for kind in KINDS:
        full, floor, ratios = rates(kind, [batch[kind] for batch in batches], langs)
        ratio = statistics.median(ratios)
        verdict = "ok" if ratio <= RATIO_GOAL else "MISSED"
        spread = f"({min(ratios):.2f}-{max(ratios):.2f})"
        rows.append(
            f"{kind:<6}{n:>7}{full:>11.1f}{floor:>12.1f}{ratio:>7.2f}{spread:>13}"
            f"  <= {RATIO_GOAL} {verdict}"
        )
    fresh = [random.Random(2000 + number) for number in range(3)]
    costs = component_ms([[cv_text(lang, rng) for lang in langs] for rng in fresh], langs)
    rows += ["", "CPU time per CV in the pipeline (ms, TXT files, least of 3 new batches):"]
    rows += [f"  {name:<30}{ms:>8.2f}" for name, ms in costs.items()]
    pipeline = sum(ms for name, ms in costs.items() if not name.startswith("floor"))
    rows += [f"  {'pipeline in all':<30}{pipeline:>8.2f}"]
    return rows


def run(n: int, rounds: int = 5) -> list[str]:
    """Run the benchmark on ``n`` files per type and ``rounds`` rounds; the report lines."""
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    rows = [f"{n} files per type, median of {rounds} rounds; load average {load}", ""]
    rows += _speed_rows(n, rounds)
    from nlp.pool import get_pool, get_reader

    startup, startup_cpu = startup_seconds()
    rows += [
        "",
        f"CLI start-up (python -m nlp parse one.txt): {startup:.2f} s wall, "
        f"{startup_cpu:.2f} s CPU (import spacy alone {import_seconds():.2f} s)  "
        f"goal <= {STARTUP_GOAL} s {'ok' if startup <= STARTUP_GOAL else 'MISSED'}",
    ]
    for name, pool in (("extraction", get_pool()), ("reading", get_reader())):
        rss = worker_peak_rss_mb(pool)
        rss_text = "no worker process found" if rss is None else f"{rss:.0f} MB"
        rss_verdict = "" if rss is None else ("ok" if rss <= RSS_GOAL_MB else "MISSED")
        rows.append(f"{name} worker peak RSS: {rss_text}  goal <= {RSS_GOAL_MB} MB {rss_verdict}")
    return rows


def main(argv: list[str] | None = None) -> int:
    """Parse ``--n`` and print the benchmark table."""
    parser = argparse.ArgumentParser(prog="python -m nlp bench")
    parser.add_argument("--n", type=int, default=20, help="files per type (default 20)")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds (default 5)")
    args = parser.parse_args(argv)
    if args.n < 1 or args.rounds < 1:
        parser.error("--n and --rounds must be at least 1")
    for line in run(args.n, args.rounds):
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
