"""``python -m nlp rank``: one JSON object, eligible first by score, the rest with reasons."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from nlp.rank_cli import main
from tests.nlp.builders import make_docx, make_image_pdf, make_pdf

DATA = Path(__file__).parent / "data" / "ranking"
ROOT = Path(__file__).resolve().parents[2]
VOCATIONAL = (
    "Резюме\nОпыт работы\n2015 – 2024 Акимат района, специалист. Power BI, SQL, Excel.\n"
    "Образование\n2010–2013 Колледж, техническое и профессиональное образование, «Учёт»\n"
    "Языки\nКазахский — свободно, русский — родной\n"
)


@pytest.fixture
def files(tmp_path):
    """Judged CVs as TXT, PDF and DOCX, an ineligible CV, a scan and a missing file."""
    cvs = DATA / "cvs"
    shutil.copy(cvs / "ru_economist_excel.txt", tmp_path / "b_economist.txt")
    (tmp_path / "a_analyst.pdf").write_bytes(
        make_pdf((cvs / "ru_analyst_ministry.txt").read_text(encoding="utf-8"))
    )
    kk_lines = (cvs / "kk_analyst_akimat.txt").read_text(encoding="utf-8").splitlines()
    (tmp_path / "c_kk.docx").write_bytes(make_docx(kk_lines))
    shutil.copy(cvs / "ru_lawyer.txt", tmp_path / "d_lawyer.txt")
    (tmp_path / "e_vocational.txt").write_text(VOCATIONAL, encoding="utf-8")
    (tmp_path / "f_scan.pdf").write_bytes(make_image_pdf("Power BI SQL Excel"))
    names = [
        "f_scan.pdf",
        "e_vocational.txt",
        "d_lawyer.txt",
        "c_kk.docx",
        "b_economist.txt",
        "a_analyst.pdf",
        "missing.pdf",
    ]
    return [str(tmp_path / n) for n in names]


def run_rank(capsys, argv):
    """Run the command in-process; return exit code, parsed stdout (if any) and stderr."""
    code = main(argv)
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), err


def test_ranking_document_shape_and_order(capsys, files):
    code, doc, err = run_rank(
        capsys, ["--vacancy", str(DATA / "vacancy.json"), "--in-process", *files]
    )
    assert code == 0 and "Traceback" not in err
    assert doc["ranker_version"] and doc["taxonomy_version"]
    ranking = doc["ranking"]
    names = [Path(r["file"]).name for r in ranking]
    assert names[:4] == ["a_analyst.pdf", "c_kk.docx", "b_economist.txt", "d_lawyer.txt"]
    assert [r["rank"] for r in ranking[:4]] == [1, 2, 3, 4]
    assert names[4:] == ["e_vocational.txt", "f_scan.pdf", "missing.pdf"]
    for record in ranking:
        assert {
            "file",
            "rank",
            "eligible",
            "reasons",
            "score",
            "band",
            "components",
            "explanation",
        } <= set(record)
    for record in ranking[:4]:
        assert record["eligible"] is True and record["band"] in {"best", "well", "qualified"}
        assert set(record["components"]) == {"skills", "potential", "fit"}
        assert record["score"] == round(sum(record["contributions"].values()), 6)
    scores = [r["score"] for r in ranking[:4]]
    assert scores == sorted(scores, reverse=True)


def test_ineligible_applicants_come_last_with_reasons(capsys, files):
    _, doc, _ = run_rank(capsys, ["--vacancy", str(DATA / "vacancy.json"), "--in-process", *files])
    by_name = {Path(r["file"]).name: r for r in doc["ranking"]}
    vocational = by_name["e_vocational.txt"]
    assert vocational["rank"] is None and vocational["eligible"] is False
    failed = [r for r in vocational["reasons"] if r["outcome"] == "fail"]
    assert [r["rule"] for r in failed] == ["education"]
    assert "ниже требуемого" in failed[0]["reason"]["ru"]
    assert set(failed[0]["reason"]) == {"kk", "ru", "en"}
    scan = by_name["f_scan.pdf"]
    assert scan["eligibility"] == "needs_review" and scan["score"] is None
    assert by_name["missing.pdf"]["reasons"][0]["rule"] == "extraction"


def test_ties_are_ordered_by_file_name(capsys, tmp_path):
    text = (DATA / "cvs" / "en_bi_junior.txt").read_text(encoding="utf-8")
    for name in ("z.txt", "m.txt", "a.txt"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    argv = [
        "--vacancy",
        str(DATA / "vacancy.json"),
        "--in-process",
        *(str(tmp_path / n) for n in ("z.txt", "m.txt", "a.txt")),
    ]
    _, doc, _ = run_rank(capsys, argv)
    assert [Path(r["file"]).name for r in doc["ranking"]] == ["a.txt", "m.txt", "z.txt"]
    assert len({r["score"] for r in doc["ranking"]}) == 1


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "--vacancy"),
        (["--vacancy", "VACANCY.json"], "FILE"),
        (["--vacancy", "{missing}", "cv.txt"], "cannot read"),
        (["--vacancy", "{bad}", "cv.txt"], "category"),
    ],
)
def test_usage_errors_exit_2_without_traceback(capsys, tmp_path, argv, message):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"title": "Эксперт", "category": "Z-1"}), encoding="utf-8")
    argv = [a.format(missing=tmp_path / "nope.json", bad=bad) for a in argv]
    code, doc, err = run_rank(capsys, argv)
    assert code == 2 and doc is None
    assert message in err and "Traceback" not in err


def test_python_dash_m_nlp_rank_prints_one_json_object(tmp_path):
    cv = tmp_path / "cv.txt"
    shutil.copy(DATA / "cvs" / "en_data_engineer.txt", cv)
    result = subprocess.run(
        [
            sys.executable,
            "-W",
            "ignore::DeprecationWarning",
            "-m",
            "nlp",
            "rank",
            "--vacancy",
            str(DATA / "vacancy.json"),
            str(cv),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1
    doc = json.loads(result.stdout)
    assert doc["ranking"][0]["rank"] == 1 and doc["ranking"][0]["file"] == str(cv)
