"""Rebuild ../news.input.jsonl and news.gold.jsonl from src/x01.py .. x24.py."""
import importlib, json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(1, os.path.dirname(os.path.dirname(here)))  # eval/invented: the shared code
from _lib.build import write_jsonl  # noqa: E402

out = os.path.dirname(here)
inputs, golds, cards = [], [], []
for k in range(1, 25):
    mod = importlib.import_module(f"x{k:02d}")
    inp, gold, card = mod.build()
    inputs.append(inp); golds.append(gold); cards.append(card)
write_jsonl(os.path.join(out, "news.input.jsonl"), inputs)
write_jsonl(os.path.join(out, "news.gold.jsonl"), golds)
with open(os.path.join(here, "cards.json"), "w", encoding="utf-8") as f:
    json.dump(cards, f, ensure_ascii=False, indent=1)
req = sum(c["required"] for c in cards); opt = sum(c["optional"] for c in cards); st = sum(c["statements"] for c in cards)
for c in cards:
    print(c["id"], c["date"], c["style"], c["words"], "w", c["required"], "req", c["optional"], "opt", c["statements"], "st")
print(f"articles {len(cards)} required {req} optional {opt} statements {st}")
