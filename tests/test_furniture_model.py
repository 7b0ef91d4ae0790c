"""The learned furniture model (sitrep/ingest/furniture_model.py, weights in sitrep/data/furniture_model.tsv,
trained by scripts/train_furniture.py on the project's own invented pages): it takes furniture in forms
no rule names, and its guards keep what a page passes or a reader would call article text.

Every page here is made up for this file; none is a training page.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sitrep.ingest import furniture_model as fm
from sitrep.ingest.boilerplate import classify_lines, explain
from sitrep.ingest.clean import clean_lines

ROOT = Path(__file__).resolve().parent.parent

PAGE = [
    "The Dnipro Courier",
    "Drones hit grain terminal in Izmail overnight",
    "Olena Example",
    "Listen to this story (3 min)",
    "Russian drones struck a grain terminal in the Danube port of Izmail overnight, injuring two workers, "
    "the Odesa regional governor said on Wednesday.",
    "The air force said it shot down 19 of 24 Shahed drones launched from the Primorsko-Akhtarsk area.",
    "Fires at the terminal were put out by morning, the governor added.",
    "Grain exports through the Danube ports have been targeted repeatedly since the summer.",
    "Most discussed this week",
    "Weekly quiz: how well did you follow the news?",
]


def test_the_model_takes_closing_furniture_no_rule_names():
    rules_only = classify_lines(PAGE, model=False)
    both = classify_lines(PAGE)
    for i in (8, 9):  # a most-read heading and a quiz promotion
        assert rules_only[i][0] is None
        assert both[i][0] == "model"
    for i in (1, 4, 5, 6, 7):  # headline and article
        assert both[i][0] is None
    text = clean_lines("\n\n".join(PAGE))[0]
    assert "Weekly quiz" not in text and "Most discussed" not in text
    assert "Grain exports through the Danube ports" in text


def test_explain_names_the_model():
    kinds = dict((line, kind) for kind, line in explain("\n".join(PAGE)))
    assert kinds["Weekly quiz: how well did you follow the news?"] == "model"
    assert kinds["Drones hit grain terminal in Izmail overnight"] is None


def test_a_short_page_is_left_to_the_rules():
    lines = ["Explosions in Odesa", "Residents reported two explosions in Odesa at night.", "More soon",
             "Weekly quiz: how well did you follow the news?"]
    assert len(lines) < fm.MIN_LINES
    assert fm.judge(lines, [False] * len(lines)) == []


@pytest.mark.parametrize("line", [
    "Repairs are under way",                             # a clause closing the article
    "Information on casualties is being clarified",
    "Comments by the defence minister angered Moscow.",  # a sentence with a furniture word
    "Read the statement, the minister told journalists on Monday.",
])
def test_sentences_need_the_strong_threshold(line):
    assert fm._sentence(line)


@pytest.mark.parametrize("line", ["Most discussed this week", "Listen (4 mins)", "Support our newsroom", "Home / World / Europe"])
def test_labels_and_promotions_are_no_sentences(line):
    assert not fm._sentence(line)


def test_guards_keep_lists_quotes_and_subheadings():
    prose = "Russian forces attacked the village of Example twice on Monday, the General Staff said."
    lines = [prose, "What comes next", prose.replace("twice", "three times")]
    assert fm._subheading(lines, [False, False, False], 1)
    assert not fm._subheading(lines, [False, False, True], 1)
    items = ["Damaged in the attack:", "▪️ a school in the Slobidskyi district", "▪️ two high-rise buildings"]
    assert fm._list_item(items, [False] * 3, 2)
    assert not fm._list_item(items, [False, True, False], 2)
    assert fm._quotation('"Read the room: this is no time for talks," the minister said in Brussels.')
    assert not fm._quotation("Read more: how the grid survived the winter")


def test_a_list_the_page_announces_stays_whatever_the_model_says():
    body = ["Air raid alert in several regions",
            "An air raid alert was declared in several regions on Tuesday morning because of a missile threat.",
            "Residents were urged to stay in shelters until the all-clear, the air force said.",
            "The alert covered the following regions."]
    lines = body + ["Kyiv", "Chernihiv", "Zhytomyr", "Vinnytsia"]
    kinds = classify_lines(lines)
    assert [k for k, _ in kinds[4:]] == [None] * 4


def test_the_model_file_and_its_thresholds():
    fm.load_model.cache_clear()
    weights, (threshold, strong) = fm.load_model()
    assert len(weights) > 1000 and "bias" in weights
    assert 0.5 <= threshold < strong < 1.0
    header = fm.MODEL_FILE.read_text(encoding="utf-8").split("\n")[1]
    assert "blind1 " in header and "outlets" in header and "pages" in header
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_furniture

    assert header.split(": ", 1)[1].split() == train_furniture.training_sets()  # the shipped model is the script's


def test_no_model_file_means_no_verdicts(tmp_path):
    weights, thresholds = fm.load_model(str(tmp_path / "missing.tsv"))
    assert weights == {} and thresholds == (1.0, 1.0)


def test_explain_line_lists_the_heaviest_features():
    furniture = [k is not None for k, _ in classify_lines(PAGE, model=False)]
    got = fm.explain_line(PAGE, furniture, 9)
    assert got and all(abs(got[k][1]) >= abs(got[k + 1][1]) for k in range(len(got) - 1))
    assert fm.probability(PAGE, furniture, 9) >= 0.6 > fm.probability(PAGE, furniture, 4)


def test_training_is_deterministic(tmp_path):
    outs = []
    for k in range(2):
        out = tmp_path / f"m{k}.tsv"
        subprocess.run([sys.executable, str(ROOT / "scripts" / "train_furniture.py"), "--sets", "blind1,outlets",
                        "--out", str(out)], check=True, capture_output=True, cwd=ROOT)
        outs.append(out.read_text(encoding="utf-8"))
    assert outs[0] == outs[1]
    assert "# threshold" in outs[0] and "\nbias\t" in outs[0]


@pytest.mark.parametrize("line, reported", [
    ("Repairs at the depot will take at least a week, the energy ministry said on Tuesday.", True),
    ("According to the governor, two shelters in the district were damaged overnight.", True),
    ("Please tell us what you think of our new newsletter format.", False),  # no reporting verb
    ("Sources: regional administration", False),                           # no sentence
])
def test_reported_news_sentences_are_never_the_models(line, reported):
    assert fm._report(line) is reported


def test_the_fitter_converges_without_oscillating():
    sys.path.insert(0, str(ROOT / "scripts"))
    from logistic_fit import fit

    rows = [["bias", "w=subscribe", "nw=2"], ["bias", "w=said", "nw=13-25"]] * 20 + [["bias", "w=subscribe", "nw=13-25"]] * 3
    labels = [True, False] * 20 + [False] * 3
    w = fit(rows, labels)
    assert w["w=subscribe"] > 0 > w["w=said"]
    assert fit(rows, labels) == w  # deterministic
