"""The benchmark's method: same files through both paths, order alternating, medians."""

import pytest

from nlp import bench
from nlp.bench_corpus import corpus
from nlp.pipeline import COMPONENTS


def test_each_round_times_new_files_through_both_paths_in_alternating_order(monkeypatch):
    calls = []
    monkeypatch.setattr(bench, "_full", lambda data, lang: calls.append(("full", data)))
    monkeypatch.setattr(
        bench, "_floor", lambda kind: lambda data, lang: calls.append(("floor", data))
    )
    batches = [[b"a", b"b", b"c", b"d"], [b"e", b"f", b"g", b"h"]]
    full, floor, ratios = bench.rates("txt", batches, ["kk", "ru", "en", "kk"])
    assert len(ratios) == 2 and full > 0 and floor > 0
    first = [calls[i][0] for i in range(0, len(calls), 2)]
    assert first == ["full", "floor", "full", "floor", "floor", "full", "floor", "full"]
    assert [data for _, data in calls[:8]] == [b"a", b"a", b"b", b"b", b"c", b"c", b"d", b"d"]
    assert [data for _, data in calls[8:]] == [b"e", b"e", b"f", b"f", b"g", b"g", b"h", b"h"]


def test_floor_tokenizes_pdf_text_with_the_line_ends_the_full_path_gets():
    pdf = corpus(1)["pdf"][0]
    doc = bench._floor("pdf")(pdf, "kk")
    assert "\r" not in doc.text
    assert "Білімі" in doc.text


def test_cpu_table_covers_the_floor_tokenizer_and_every_component():
    texts = [data.decode() for data in corpus(2)["txt"]]
    costs = bench.component_ms([texts], ["kk", "ru"])
    names = ["floor: spacy.blank tokenizer", "tokenizer"] + [name for name, _ in COMPONENTS]
    assert list(costs) == names
    assert all(ms >= 0 for ms in costs.values())


@pytest.mark.parametrize("argv", [["--n", "0"], ["--rounds", "0"]])
def test_benchmark_refuses_empty_runs(argv):
    with pytest.raises(SystemExit) as exit_info:
        bench.main(argv)
    assert exit_info.value.code == 2
