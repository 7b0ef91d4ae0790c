"""Fast paths of issue 12's speed work answer exactly what the plain code answers."""
from __future__ import annotations

import pytest

from sitrep.extract.patterns import _SUMMARY_NOISE, summary_key


@pytest.mark.parametrize("text", [
    "Russian drones struck a depot in Kharkiv overnight.",
    "  Russian   drones\tstruck a depot.  ",
    "* Key takeaway: Russian forces advanced near Pokrovsk.",
    "• Ukrainian forces repelled 12 assaults",
    "_Italic_ lead and **bold** words",
    "“Quoted” start of a sentence",
    "3 people were killed\u00a0in the strike\u2028on Monday",
    "Éclat: accents and \u3000ideographic space",
    "a\x1cb  c",
    "",
    "#hashtag >quote ▪ bullet ► arrow · dot",
])
def test_summary_key_is_the_noise_substitution(text):
    assert summary_key(text) == _SUMMARY_NOISE.sub(" ", text).strip().lower()
