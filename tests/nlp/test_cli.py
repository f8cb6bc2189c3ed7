"""``python -m nlp``: the parse contract (JSON shape, exit codes, evidence) and start-up."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from nlp.cli import main
from tests.nlp.builders import make_docx, make_pdf

ROOT = Path(__file__).resolve().parents[2]

KEYS = {
    "file",
    "status",
    "reason",
    "language",
    "text_chars",
    "skills",
    "education",
    "experience",
    "experience_years",
    "public_service_years",
    "languages",
    "certifications",
    "personal_data",
}

CV = """Сапарова Айгерим
Email: aigerim.saparova@mail.kz

Опыт работы
09.2015 – 08.2019 Главный специалист, Акимат города Астаны
Вела документооборот в ЕСЭДО, готовила отчёты в Excel и Power BI.

Образование
Бакалавр, Евразийский национальный университет им. Л.Н. Гумилёва, 2015

Навыки
Python, SQL, Power BI, Excel

Знание языков
Казахский — свободно, английский — B2
"""


def _parse(capsys, *args):
    """Run ``parse`` in this process; return the exit code and the JSON records printed."""
    code = main(["parse", "--in-process", *map(str, args)])
    lines = capsys.readouterr().out.splitlines()
    return code, [json.loads(line) for line in lines]


@pytest.fixture
def cv_files(tmp_path):
    """The same CV as TXT, PDF and DOCX."""
    files = {"cv.txt": CV.encode(), "cv.pdf": make_pdf(CV), "cv.docx": make_docx(CV.splitlines())}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return [tmp_path / name for name in files]


def test_parse_prints_one_contract_record_per_file(capsys, cv_files):
    code, records = _parse(capsys, *cv_files)
    assert code == 0
    assert [Path(r["file"]).name for r in records] == ["cv.txt", "cv.pdf", "cv.docx"]
    for record in records:
        assert set(record) == KEYS
        assert record["status"] == "ok" and record["reason"] is None
        assert record["language"] == "ru"
        assert record["experience_years"] == pytest.approx(4.0, abs=0.1)
        assert record["public_service_years"] == pytest.approx(4.0, abs=0.1)
        assert record["education"][0]["level"] == "bachelor"
        assert {"python", "sql", "power-bi"} <= {s["id"] for s in record["skills"]}
        assert set(record["education"][0]) == {
            "level",
            "field",
            "institution",
            "year",
            "start",
            "end",
        }
        job = record["experience"][0]
        assert set(job) == {"title", "organization", "start", "end", "public_service", "span"}
        assert job["start"] == "2015-09" and job["public_service"] is True
        assert {"code": "kk", "level": "fluent"} in record["languages"]
        assert all(set(p) == {"kind", "start", "end"} for p in record["personal_data"])


def test_text_flag_adds_the_text_and_every_offset_points_into_it(capsys, cv_files):
    code, records = _parse(capsys, "--text", *cv_files)
    assert code == 0
    for record in records:
        text = record["text"]
        assert set(record) == KEYS | {"text"}
        assert record["text_chars"] == len(text)
        assert record["skills"] and record["personal_data"]
        for skill in record["skills"]:
            assert set(skill) == {"id", "label", "area", "mentions"}
            for mention in skill["mentions"]:
                assert text[mention["start"] : mention["end"]] == mention["text"]
        for item in record["education"] + record["personal_data"]:
            assert text[item["start"] : item["end"]].strip()
        start, end = record["experience"][0]["span"]
        assert text[start:end].startswith("09.2015")


def test_missing_and_garbage_files_are_json_lines_not_tracebacks(capsys, tmp_path, cv_files):
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.7\n\x00\xff garbage" * 20)
    missing = tmp_path / "missing.docx"
    code, records = _parse(capsys, missing, garbage, cv_files[0])
    assert code == 0
    assert [r["status"] for r in records] == ["rejected", "rejected", "ok"]
    for record in records[:2]:
        assert set(record) == KEYS
        assert record["reason"]["code"]
        assert set(record["reason"]["message"]) == {"kk", "ru", "en"}
        assert record["skills"] == [] and record["experience_years"] is None


def test_explicit_language_is_used(capsys, cv_files):
    _, records = _parse(capsys, "--lang", "en", cv_files[0])
    assert records[0]["language"] == "en"


@pytest.mark.parametrize(
    "argv", [[], ["parse"], ["parse", "--lang", "de", "cv.txt"], ["unknown"], ["bench", "--n", "x"]]
)
def test_usage_errors_exit_2(argv, capsys):
    assert main(argv) == 2
    assert "usage:" in capsys.readouterr().err


def test_command_line_runs_as_a_module_and_reports_every_file(tmp_path):
    cv = tmp_path / "one.txt"
    cv.write_text(CV, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    done = subprocess.run(
        [sys.executable, "-m", "nlp", "parse", str(cv), str(missing)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["status"] for r in records] == ["ok", "rejected"]


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    """ "python -m nlp parse *.pdf | head -c 100": the closed pipe ends the run quietly."""
    cv = tmp_path / "one.txt"
    cv.write_text(CV, encoding="utf-8")
    command = [sys.executable, "-m", "nlp", "parse", "--text", *[str(cv)] * 20]
    with subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as run:
        first = run.stdout.read(100)
        run.stdout.close()
        error = run.stderr.read().decode()
    assert first.startswith(b'{"file"')
    assert run.returncode == 0 and "Traceback" not in error, error


def test_usage_error_from_the_command_line_exits_2_without_traceback():
    done = subprocess.run(
        [sys.executable, "-m", "nlp", "parse", "--lang", "xx"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "usage:" in done.stderr


def test_eval_prints_precision_recall_and_f1_of_the_gold_set(capsys, tmp_path):
    text = "Skills: Python, SQL\nTeamwork"
    gold = [[8, 14, "Tech Tools"], [16, 19, "Tech Tools"], [20, 28, "Soft Skills"]]
    dataset = tmp_path / "gold.jsonl"
    dataset.write_text(json.dumps({"id": "1", "text": text, "entities": gold}) + "\n")
    assert main(["eval", str(dataset)]) == 0
    out = capsys.readouterr().out
    assert "precision  1.000" in out and "recall     1.000" in out and "F1         1.000" in out
    assert "tp 2  predicted 2  gold 2" in out


def test_eval_of_a_missing_dataset_is_a_usage_error(capsys, tmp_path):
    assert main(["eval", str(tmp_path / "none.jsonl")]) == 2
    assert "cannot read" in capsys.readouterr().err
