"""``python -m nlp bench``: CVs per second through the full path against a floor.

For each file type the same generated two-page CVs go through the full path (worker-pool
extraction + ``read_cv``) and through a floor measured in the same run: the bare extraction
(pypdfium2 for PDF, the in-process extractor for DOCX and TXT) plus a ``spacy.blank``
tokenizer pass. The ratio full/floor should stay <= 2.5. The run also times the CLI start-up
(``python -m nlp parse one.txt``) and reads the peak RSS of the extraction workers.
"""

from __future__ import annotations

import argparse
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
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def _floor(kind: str) -> Callable[[bytes, str], object]:
    """The floor step for one file type: bare extraction and a tokenizer pass."""
    from nlp.extract import extract_bytes
    from nlp.pipeline import get_tokenizer_only

    def run(data: bytes, lang: str) -> object:
        """Extract without isolation and tokenize, nothing else."""
        text = _pdf_text(data) if kind == "pdf" else extract_bytes(data).text
        return get_tokenizer_only(lang).make_doc(text)

    return run


def _full(data: bytes, lang: str) -> object:
    """The production path: worker-pool extraction then ``read_cv`` with language detection."""
    from nlp.profile import read_file

    extraction, profile = read_file(data)
    if profile is None:
        raise RuntimeError(f"benchmark file not read: {extraction.status} {extraction.reason}")
    return profile


def _rates(kind: str, files: list[bytes], langs: list[str]) -> tuple[float, float]:
    """Files per second of the full path and of the floor, timed file by file in turn.

    Interleaving the two keeps the ratio fair when other processes load the machine.
    """
    floor_step = _floor(kind)
    full = floor = 0.0
    for data, lang in zip(files, langs, strict=True):
        began = time.perf_counter()
        _full(data, lang)
        middle = time.perf_counter()
        floor_step(data, lang)
        full += middle - began
        floor += time.perf_counter() - middle
    return len(files) / full, len(files) / floor


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


def worker_peak_rss_mb() -> float | None:
    """Largest peak RSS (VmHWM) among the live extraction workers, in MB; None without any."""
    from nlp.pool import get_pool

    peaks = []
    for pid in get_pool().worker_pids():
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        peaks += [int(x.split()[1]) / 1024 for x in status.splitlines() if x.startswith("VmHWM:")]
    return max(peaks) if peaks else None


def component_ms(texts: list[str], langs: list[str]) -> dict[str, float]:
    """Milliseconds per CV spent in the tokenizer and in each pipeline component."""
    from nlp.pipeline import get_pipeline

    spent: dict[str, float] = {}
    for text, lang in zip(texts, langs, strict=True):
        pipeline = get_pipeline(lang)
        began = time.perf_counter()
        doc = pipeline.make_doc(text)
        spent["tokenizer"] = spent.get("tokenizer", 0.0) + time.perf_counter() - began
        for name, component in pipeline.pipeline:
            began = time.perf_counter()
            doc = component(doc)
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - began
    return {name: total * 1000 / len(texts) for name, total in spent.items()}


def run(n: int) -> list[str]:
    """Run the benchmark on ``n`` files per type and return the report lines."""
    from nlp.bench_corpus import KINDS, corpus

    files = corpus(n)
    langs = [("kk", "ru", "en")[i % 3] for i in range(n)]
    warm_up = corpus(3, seed=n + 1)
    for kind in KINDS:
        for data, lang in zip(warm_up[kind], ("kk", "ru", "en"), strict=True):
            _full(data, lang)
            _floor(kind)(data, lang)
    rows = [f"{'type':<6}{'files':>7}{'full CV/s':>12}{'floor CV/s':>12}{'ratio':>8}  goal"]
    for kind in KINDS:
        full, floor = _rates(kind, files[kind], langs)
        ratio = floor / full
        verdict = "ok" if ratio <= RATIO_GOAL else "MISSED"
        rows.append(
            f"{kind:<6}{n:>7}{full:>12.1f}{floor:>12.1f}{ratio:>8.2f}  <= {RATIO_GOAL} {verdict}"
        )
    texts = [data.decode("utf-8") for data in files["txt"]]
    costs = component_ms(texts, langs)
    rows += ["", "time per CV in the pipeline (ms):"]
    rows += [f"  {name:<24}{ms:>8.2f}" for name, ms in costs.items()]
    rss = worker_peak_rss_mb()
    startup, startup_cpu = startup_seconds()
    rss_text = "no worker process found" if rss is None else f"{rss:.0f} MB"
    rss_verdict = "" if rss is None else ("ok" if rss <= RSS_GOAL_MB else "MISSED")
    rows += [
        "",
        f"CLI start-up (python -m nlp parse one.txt): {startup:.2f} s wall, "
        f"{startup_cpu:.2f} s CPU  "
        f"goal <= {STARTUP_GOAL} s {'ok' if startup <= STARTUP_GOAL else 'MISSED'}",
        f"extraction worker peak RSS: {rss_text}  goal <= {RSS_GOAL_MB} MB {rss_verdict}",
    ]
    return rows


def main(argv: list[str] | None = None) -> int:
    """Parse ``--n`` and print the benchmark table."""
    parser = argparse.ArgumentParser(prog="python -m nlp bench")
    parser.add_argument("--n", type=int, default=20, help="files per type (default 20)")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("--n must be at least 1")
    for line in run(args.n):
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
