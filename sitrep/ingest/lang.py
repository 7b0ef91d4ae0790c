"""Cheap language identification: stopword ratios plus script share.

Good enough to tell English copy from Ukrainian, Russian, German, French, Spanish
and Polish copy (the pipeline only needs "is this English?").  No model, no data
file: the stopword lists below are short lists of the most frequent function
words of each language (written from general knowledge of the languages).
"""
from __future__ import annotations

import re

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the of and to in a is that for on was with as by at from it he said were are has have "
        "been be this which an their they its not but or who after also had will his would "
        "about than more into over when there we our".split()
    ),
    "de": frozenset(
        "der die das und den des dem ist nicht ein eine einer einem mit von zu auf für im sich "
        "auch es wurde wurden sind hat haben bei nach wie aus oder aber dass über vom zum zur "
        "noch werden kein sie er wir".split()
    ),
    "fr": frozenset(
        "le la les de des du et un une est en dans que qui pour pas par sur au aux avec il elle "
        "ont été sont ce cette ses son leur mais ou plus selon a".split()
    ),
    "es": frozenset(
        "el la los las de del y en un una que es por con para se al su sus lo como más pero "
        "fue han ha según este esta sobre entre o".split()
    ),
    "pl": frozenset(
        "i w na z się nie do że to jest jak po przez oraz od za dla był była było są przy "
        "jego jej ich ale lub także już który która które o we ze".split()
    ),
    "ru": frozenset(
        "и в на с не что по как это из за от к о у же для был была были его её их но или "
        "также уже который которая которые он она они при после сообщил заявил".split()
    ),
    "uk": frozenset(
        "і й в у на з не що як це із за від до про для був була були його її їх але або "
        "також вже який яка які він вона вони при після повідомив заявив та".split()
    ),
}

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CYR = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RU_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")

_SAMPLE_CHARS = 8000


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text`` ("en", "uk", "ru", "de", "fr", "es", "pl").

    Returns "und" when the text has no letters at all.  Latin-script text with no
    recognisable function words defaults to "en" (headline-like fragments).
    """
    sample = (text or "")[:_SAMPLE_CHARS]
    cyr = len(_CYR.findall(sample))
    lat = len(_LATIN.findall(sample))
    if cyr == 0 and lat == 0:
        return "und"
    if cyr > lat:
        uk = len(_UK_ONLY.findall(sample))
        ru = len(_RU_ONLY.findall(sample))
        if uk != ru:
            return "uk" if uk > ru else "ru"
        return _best(sample, ("uk", "ru"), default="ru")
    return _best(sample, ("en", "de", "fr", "es", "pl"), default="en")


_INDEX: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOPWORDS.items():
    for _w in _words:
        _INDEX[_w] = _INDEX.get(_w, ()) + (_lang,)


def _best(sample: str, langs: tuple[str, ...], default: str) -> str:
    words = _WORD.findall(sample.lower())
    if not words:
        return default
    scores = dict.fromkeys(langs, 0)
    for w in words:
        for lang in _INDEX.get(w, ()):
            if lang in scores:
                scores[lang] += 1
    best = max(langs, key=lambda lang: (scores[lang], lang == default))
    if scores[best] == 0:
        return default
    if best != default and scores[best] < 3:
        # a short English fragment with one word that is a function word elsewhere ("Su 24 hit
        # AzovSteel", "marking Z", "two Il-76") is not foreign copy: another language needs evidence
        return default
    return best


# letters English copy does not use (a word holding one is a word of another Latin-script language)
_NON_ENGLISH_LETTER = re.compile(r"[ąęėįųūčšžćłńśźżăâîșşțţßäöüñãõçøåæőűěřůýíáéóúàèìòùêôûëïœ]", re.I)
_FOREIGN_LINE_MAX = 220


def foreign_line(line: str) -> bool:
    """A short line of an English page written in another language: Cyrillic copy ("Подписывайтесь на наш
    Telegram-канал"), or Latin-script copy with no English function word and either two function words of
    another language or two lower-case words in letters English does not use ("Mes naudojame slapukus.
    Tęsdami naršymą sutinkate su slapukų politika.") -- a cookie line, a credit, a note of the original
    edition. Names alone ("Šiauliai, Panevėžys") and English with foreign names stay."""
    text = line.strip()
    if not text or len(text) > _FOREIGN_LINE_MAX:
        return False
    cyr, lat = len(_CYR.findall(text)), len(_LATIN.findall(text))
    if cyr + lat < 8:
        return False
    words = _WORD.findall(text)
    lower = [w for w in words if w[:1].islower()]
    if len(lower) < 2:
        return False  # a name, a label
    if cyr > 2 * lat:
        return True
    low = [w.lower() for w in words]
    if any(w in _STOPWORDS["en"] for w in low):
        return False
    foreign = sum(1 for w in low if _INDEX.get(w) and "en" not in _INDEX[w])
    marked = sum(1 for w in lower if _NON_ENGLISH_LETTER.search(w))
    return foreign >= 2 or marked >= 2 or (foreign >= 1 and marked >= 1)

