"""eval/errors.py: error kinds on tiny invented gold and prediction files (no evaluation data is used).

The report pairs predictions with gold through the referee's own score.py (../shared/eval), so these tests
skip when the referee is not next to the repository.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
REFEREE = REPO.parent / "shared" / "eval"
if not (REFEREE / "score.py").is_file():
    pytest.skip("the referee (../shared/eval/score.py) is not installed", allow_module_level=True)

_spec = importlib.util.spec_from_file_location("eval_errors", REPO / "eval" / "errors.py")
errors = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(errors)


def loc(name, admin1, country="UA", precision=2):
    return {"name": name, "admin1_code": admin1, "country_code": country, "precision": precision}


def gold_event(gid, etype, date, location, **kw):
    return {"gold_id": gid, "event_type": etype, "date": date, "location": location, **kw}


def pred_event(doc, n, etype, date, location, quote="", rules=None):
    e = {"doc_id": doc, "event_id": f"{doc}-{n}", "parent_id": None, "event_type": etype, "date": date,
         "location": location}
    if quote:
        e["claims"] = [{"quote": quote, "start": 0, "end": len(quote)}]
    if rules:
        e["rules"] = rules
    return e


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(path)


KHARKIV, ODESA, KYIV, DONETSK, POLTAVA, DNIPRO = (
    loc("Kharkiv", "UA-63"), loc("Odesa", "UA-51"), loc("Kyiv", "UA-30"), loc("Donetsk", "UA-14"),
    loc("Poltava", "UA-53"), loc("Dnipro", "UA-12"))


@pytest.fixture()
def news(tmp_path):
    """Three invented articles: every error kind once, one prediction absorbed by an optional gold event."""
    golds = [
        {"doc_id": "t1", "reference_date": "2024-05-10", "events": [
            gold_event("t1-E1", "missile_artillery_strike", "2024-05-10", KHARKIV, claimant_hint="shelling of a suburb"),
            gold_event("t1-E2", "air_drone_strike", "2024-05-10", ODESA),
            gold_event("t1-E3", "interception", "2024-05-09", KYIV, optional=True),
            gold_event("t1-E4", "armed_clash", "2024-05-08", DONETSK),
            gold_event("t1-E5", "protest", "2024-05-10", POLTAVA),
        ], "statements": []},
        {"doc_id": "t2", "reference_date": "2024-06-01", "events": [
            gold_event("t2-E1", "armed_clash", "2024-06-01", DONETSK)], "statements": []},
        {"doc_id": "t3", "reference_date": "2024-06-02", "events": [
            gold_event("t3-E1", "armed_clash", "2024-06-02", DONETSK),
            gold_event("t3-E2", "armed_clash", "2024-06-02", DONETSK)], "statements": []},
    ]
    preds = [
        {"doc_id": "t1", "record": "document", "clean_text": "An invented report."},
        pred_event("t1", 0, "missile_artillery_strike", "2024-05-10", KHARKIV),
        pred_event("t1", 1, "missile_artillery_strike", "2024-05-10", KHARKIV),
        pred_event("t1", 2, "missile_artillery_strike", "2024-05-10", ODESA,
                   quote="A drone hit a warehouse in the port.", rules=["trigger.strike"]),
        pred_event("t1", 3, "interception", "2024-05-09", KYIV),
        pred_event("t1", 4, "protest", "2024-05-01", POLTAVA),
        pred_event("t1", 5, "policy_decision", "2024-05-10", None, quote="The council approved a budget."),
        {"doc_id": "t1", "record": "statement", "speaker": "A. Person", "quote": "Nothing to add."},
        pred_event("t2", 0, "armed_clash", "2024-06-01", DNIPRO),
        pred_event("t3", 0, "armed_clash", "2024-06-02", DONETSK),
    ]
    inputs = [{"id": g["doc_id"], "text": "An invented report.", "date": g["reference_date"]} for g in golds]
    return {"gold": write_jsonl(tmp_path / "gold.jsonl", golds), "pred": write_jsonl(tmp_path / "pred.jsonl", preds),
            "input": write_jsonl(tmp_path / "input.jsonl", inputs)}


def report(capsys, *argv):
    assert errors.main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def kinds(article):
    return ({m["gold_id"]: m["kind"] for m in article["missed"]},
            {s["pred"]: s["kind"] for s in article["spurious"]})


def test_news_error_kinds(news, capsys):
    rep = report(capsys, "news", "--gold", news["gold"], "--pred", news["pred"])
    t1, t2, t3 = rep["articles"]
    missed, spurious = kinds(t1)
    assert missed == {"t1-E2": "missed:type", "t1-E4": "missed:no_prediction", "t1-E5": "missed:date"}
    assert spurious == {"#1": "spurious:duplicate", "#2": "spurious:wrong_type", "#4": "spurious:wrong_date",
                        "#5": "spurious:not_an_event"}
    assert (t1["matched"], t1["required"], t1["predicted"], t1["absorbed_by_optional"]) == (1, 4, 6, 1)
    wrong_type = next(s for s in t1["spurious"] if s["pred"] == "#2")
    assert wrong_type["near_gold"] == "t1-E2"
    assert wrong_type["rules"] == ["trigger.strike"]
    assert wrong_type["trigger"] == "A drone hit a warehouse in the port."
    assert wrong_type["place"] == "Odesa (UA-51)"
    assert kinds(t2) == ({"t2-E1": "missed:place"}, {"#0": "spurious:wrong_place"})
    assert kinds(t3) == ({"t3-E2": "missed:taken"}, {})
    assert rep["summary"] == {
        "missed:date": 1, "missed:no_prediction": 1, "missed:place": 1, "missed:taken": 1, "missed:type": 1,
        "spurious:duplicate": 1, "spurious:not_an_event": 1, "spurious:wrong_date": 1, "spurious:wrong_place": 1,
        "spurious:wrong_type": 1}
    assert rep["totals"] == {"required": 7, "predicted": 8, "matched": 2, "absorbed_by_optional": 1}


def test_news_counts_agree_with_the_referee(news):
    score = errors.load_referee()
    golds, _ = score.read_article_golds(news["gold"])
    docs, _ = score.read_documents(news["input"])
    metrics, _, _ = score.score_news([g for _, g in golds], score.read_predictions(news["pred"], score.RECORD_KINDS),
                                     {d: row["text"] for d, (_, row) in docs.items()})
    assert metrics["event_recall"] == pytest.approx(2 / 7)
    assert metrics["event_precision"] == pytest.approx(2 / (8 - 1))


def test_news_text_report_and_doc_filter(news, capsys):
    assert errors.main(["news", "--gold", news["gold"], "--pred", news["pred"], "--doc", "t2"]) == 0
    out = capsys.readouterr().out
    assert "== t2:" in out and "t1-E2" not in out
    assert "spurious:wrong_place ~ t2-E1" in out and "errors by kind:" in out


def test_half_is_the_referees_split(news, capsys):
    run = (REFEREE / "run").read_text(encoding="utf-8")
    assert 'f"sitrep-half|{doc_id}"' in run and "% 2 + 1 == int(half)" in run  # the formula errors.py repeats
    ids = [f"x{i}" for i in range(40)]
    one = {i for i in ids if errors.in_half(i, 1)}
    two = {i for i in ids if errors.in_half(i, 2)}
    assert one and two and not one & two and one | two == set(ids)
    halves = [{a["doc_id"] for a in report(capsys, "news", "--gold", news["gold"], "--pred", news["pred"],
                                            "--half", h)["articles"]} for h in ("1", "2")]
    assert halves[0] | halves[1] == {"t1", "t2", "t3"} and not halves[0] & halves[1]
    assert halves[0] == {d for d in ("t1", "t2", "t3") if errors.in_half(d, 1)}


def test_seed_article_mode(tmp_path, capsys):
    gold = {"reference_date": "2024-05-10", "events": [gold_event("G1", "air_drone_strike", "2024-05-10", ODESA)]}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    pred = write_jsonl(tmp_path / "pred.jsonl", [pred_event("x", 0, "air_drone_strike", "2024-05-11", ODESA),
                                                 pred_event("x", 1, "air_drone_strike", "2024-05-10", ODESA)])
    rep = report(capsys, "seed", "--gold", str(tmp_path / "gold.json"), "--pred", pred)
    assert kinds(rep["articles"][0]) == ({}, {"#0": "spurious:duplicate"})  # +-1 day fits; #1 agrees more


def test_document_sets(tmp_path, capsys):
    gold = write_jsonl(tmp_path / "acled.gold.jsonl", [
        {"id": "a1", "event_date": "2024-03-01", "acled_sub_event_type": "Armed clash", "fatalities": 0,
         "admin1_code": "UA-14"},
        {"id": "a2", "event_date": "2024-03-02", "acled_sub_event_type": "Air/drone strike", "fatalities": 0,
         "admin1_code": "UA-63"},
        {"id": "a3", "event_date": "2024-03-03", "acled_sub_event_type": "Peaceful protest", "fatalities": 0,
         "admin1_code": "UA-30"},
    ])
    pred = write_jsonl(tmp_path / "pred.jsonl", [
        {"doc_id": "a1", "event_type": "armed_clash", "acled_sub_event_type": "Armed clash", "date": "2024-03-01",
         "location": {"admin1_code": "UA-14"}},
        {"doc_id": "a2", "event_type": "missile_artillery_strike", "date": "2024-03-02",
         "acled_sub_event_type": "Shelling/artillery/missile attack", "location": {"admin1_code": "UA-65"},
         "rules": ["trigger.shelling"]},
    ])
    rep = report(capsys, "acled", "--gold", gold, "--pred", pred)
    docs = {d["doc_id"]: d for d in rep["documents"]}
    assert set(docs) == {"a2", "a3"}
    assert docs["a2"]["wrong"] == ["type", "admin1"] and docs["a2"]["rules"] == ["trigger.shelling"]
    assert docs["a3"]["wrong"] == ["no_event", "type", "date", "admin1"]
    assert rep["type_confusion"] == {"air/drone strike -> shelling/artillery/missile attack": 1,
                                     "peaceful protest -> <no event>": 1}
    assert rep["summary"] == {"admin1": 2, "date": 1, "no_event": 1, "type": 2}


def test_case2021_none_without_events_is_right(tmp_path, capsys):
    gold = write_jsonl(tmp_path / "case.gold.jsonl", [
        {"id": "1", "acled_sub_event_type": None}, {"id": "2", "acled_sub_event_type": None},
        {"id": "3", "acled_sub_event_type": "Armed clash"}])
    pred = write_jsonl(tmp_path / "pred.jsonl", [
        {"doc_id": "2", "event_type": "protest", "acled_sub_event_type": "Peaceful protest"}])
    rep = report(capsys, "case2021", "--gold", gold, "--pred", pred)
    assert {d["doc_id"]: d["wrong"] for d in rep["documents"]} == {"2": ["type"], "3": ["no_event", "type"]}
    assert errors.main(["case2021", "--gold", gold, "--pred", pred]) == 0
    assert "type confusion" in capsys.readouterr().out


def test_a_missing_referee_is_a_clear_message(monkeypatch, tmp_path, capsys, news):
    monkeypatch.setattr(errors, "REFEREE", tmp_path / "no-referee")
    assert errors.main(["news", "--gold", news["gold"], "--pred", news["pred"]]) == 2
    assert "the referee is not here" in capsys.readouterr().err
