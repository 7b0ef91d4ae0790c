"""Transliteration of Ukrainian and Russian Cyrillic, and the folding key.

* :func:`translit_uk` implements the official Ukrainian national standard of 2010
  (Cabinet of Ministers resolution No. 55 of 27.01.2010): word-initial Є/Ї/Й/Ю/Я give
  Ye/Yi/Y/Yu/Ya, elsewhere ie/i/i/iu/ia; "зг" gives "zgh"; ь and the apostrophe are dropped.
* :func:`translit_ru` is a plain BGN/PCGN-like romanisation of Russian, used to produce
  the Russian-derived spellings news still writes (Zaporozhye, Slavyansk, Artemovsk).
* :func:`fold` maps every spelling of a name to one key so that variants meet:
  Kyiv/Kyyiv, Zaporizhzhia/Zaporizhia/Zaporizhzhya, Mykolaiv/Mykolayiv,
  Kropyvnytskyi/Kropyvnytsky/Kropyvnytskiy, Sievierodonetsk/Severodonetsk.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_UK = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "",
    "ю": "iu", "я": "ia", "'": "", "’": "", "ʼ": "", "`": "",
    # Russian letters that turn up in Ukrainian data
    "ё": "io", "ы": "y", "э": "e", "ъ": "",
}
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}

_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "'": "", "’": "",
}
_RU_VOWELS = set("аеёиоуыэюяьъ")
_CYR = re.compile(r"[\u0400-\u04FF]")


def has_cyrillic(text: str) -> bool:
    return bool(_CYR.search(text))


def _case(out: str, src: str) -> str:
    if not out:
        return out
    if src.isupper() and len(src) == 1:
        return out[0].upper() + out[1:]
    return out


def translit_uk(text: str) -> str:
    """Ukrainian Cyrillic -> Latin, national standard 2010 (resolution 55)."""
    res = []
    prev_letter = False
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        low = ch.lower()
        if low == "з" and i + 1 < n and text[i + 1].lower() == "г":
            res.append(_case("zgh", ch))
            i += 2
            prev_letter = True
            continue
        if low in _UK:
            if not prev_letter and low in _UK_INITIAL:
                out = _UK_INITIAL[low]
            else:
                out = _UK[low]
            res.append(_case(out, ch))
            # an apostrophe inside a word does not start a new word
            prev_letter = True if low not in ("'", "’", "ʼ", "`") else prev_letter
        else:
            res.append(ch)
            prev_letter = ch.isalpha()
        i += 1
    return "".join(res)


def translit_ru(text: str) -> str:
    """Russian Cyrillic -> Latin (BGN/PCGN-like: Е -> Ye word-initially and after vowels)."""
    res = []
    prev = ""
    for ch in text:
        low = ch.lower()
        if low == "е" and (not prev.isalpha() or prev in _RU_VOWELS):
            out = "ye"
        elif low in _RU:
            out = _RU[low]
        else:
            out = ch
        res.append(_case(out, ch) if low in _RU else ch)
        prev = low
    return "".join(res)


# apostrophes and the soft sign's marks (BGN/PCGN ʹ, an acute ´ or a prime ′: "Donetsʹk", "Tavrijs´ke")
_APOS = str.maketrans({c: None for c in "'’ʼ`´‘\".()ʹ′ˊ"})
_SPLIT = re.compile(r"[\s\-‐‑–—_/]+")
_MULTI = [("shch", "sc"), ("sch", "sc"), ("zh", "z"), ("kh", "h"), ("ts", "c"), ("tz", "c"), ("w", "v"),
          ("y", "i"), ("ie", "e"), ("x", "ks"), ("q", "k"), ("ph", "f")]
_DOUBLE = re.compile(r"(.)\1+")
# "ьо" is "o" in the 2010 standard but "yo"/"io" in older spellings: Verkhnyotoretske = Verkhnotoretske
_SOFT_O = re.compile(r"(?<=[nl])io")


@lru_cache(maxsize=200_000)
def fold_token(token: str) -> str:
    """Fold one word (no spaces) to its matching key."""
    t = token.casefold()
    if _CYR.search(t):
        t = translit_uk(t).casefold()
    t = t.translate(_APOS)  # before NFKD, which makes an acute "´" a space and a combining accent
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("ß", "ss").replace("ı", "i")
    for a, b in _MULTI:
        if a in t:
            t = t.replace(a, b)
    t = _DOUBLE.sub(r"\1", t)
    if "io" in t:
        t = _SOFT_O.sub("o", t)
    return t


@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """The matching key of a (multi-word) name: the concatenated folded words."""
    return "".join(fold_token(p) for p in _SPLIT.split(name.strip()) if p)


# Ukrainian -> Russian spelling of a Ukrainian place name, by the regular correspondences news
# agencies and Russian sources follow: Журавлівка/Журавлевка, Дачне/Дачное, Благодатне/Благодатное,
# Олександрівська/Александровская, Харків/Харьков. Each rule is optional, so a name yields a few
# guesses; the build registers their romanisations as alternative (weak) names.
_RU_ENDINGS = (
    ("івка", ("овка", "евка")), ("ївка", ("евка", "овка")),
    ("ське", ("ское",)), ("цьке", ("цкое",)), ("ьке", ("кое",)), ("ине", ("ино", "иное")), ("не", ("ное",)), ("ке", ("кое",)),
    ("ська", ("ская",)), ("цька", ("цкая",)), ("на", ("ная",)),
    ("ський", ("ский",)), ("цький", ("цкий",)), ("ний", ("ный",)), ("ій", ("ий",)),
    ("ів", ("ов", "ев")), ("їв", ("ев",)),
)
_RU_INNER = (("олександр", "александр"), ("є", "е"), ("ї", "и"), ("і", "и"), ("'", "ь"), ("’", "ь"),
             ("ʼ", "ь"))
_IV = re.compile(r"[іï]в(?=$|[бвгґджзклмнпрстфхцчшщ])")  # Олександрів(ська) -> Александров(ская)


# word roots Russian writes with another word (a translation, not a spelling): Кам'янка/Каменка,
# Залізничне/Железнодорожное, Перемога/Победа, Сонячне/Солнечное, Роботине/Работино, Червоне/Красное
_RU_ROOTS = (("кам'ян", "камен"), ("кам’ян", "камен"), ("камʼян", "камен"), ("залізничн", "железнодорожн"),
             ("перемог", "побед"), ("сонячн", "солнечн"), ("роботин", "работин"), ("червон", "красн"))
# a word before the last of a name is an adjective: Стара Карань/Старая Карань, Зелений Гай/Зеленый Гай
_RU_ADJ_ENDINGS = (("ий", ("ый", "ий")), ("а", ("ая",)), ("е", ("ое",)))


def _word_forms(w: str) -> set[str]:
    """Russian-spelling guesses for one word of a name (lower-case Cyrillic), the word itself not included."""
    out = set()
    for base in {w} | {w.replace(a, b) for a, b in _RU_ROOTS if a in w}:
        stems = [(base, "")]
        for end, subs in _RU_ENDINGS:
            if base.endswith(end) and len(base) > len(end) + 2:
                stems = [(base[: -len(end)], s) for s in subs]
                break
        for stem, end in stems:
            stem = _IV.sub("ов", stem)
            if "і" in stem:  # Ukrainian і for an old ѣ is Russian е: Кліщіївка/Клещеевка, Сіверськ/Северск
                e_stem = stem[0] + stem[1:].replace("і", "е").replace("ї", "е")
                for a, b in _RU_INNER:
                    e_stem = e_stem.replace(a, b)
                out.add(e_stem + end)
                if stem.count("і") == 1 and stem[0] != "і":  # or for an old о: Вільне/Вольное, Новопіль/Новополь
                    o_stem = stem.replace("і", "о")
                    for a, b in _RU_INNER:
                        o_stem = o_stem.replace(a, b)
                    out.add(o_stem + end)
            for a, b in _RU_INNER:
                stem = stem.replace(a, b)
            out.add(stem + end)
    out.discard(w)
    return out


def ru_forms(cyr: str) -> set[str]:
    """Russian-spelling guesses (Cyrillic, lower case) for a Ukrainian Cyrillic place name."""
    w = cyr.strip().lower()
    if not w or not _CYR.search(w):
        return set()
    words = w.split()
    if len(words) == 1:
        return _word_forms(w)
    # a name of two or three words: each word as itself or a guess, an adjective before the last
    if len(words) > 3:
        return set()
    options = []
    for n, word in enumerate(words):
        opts = {word} | _word_forms(word)
        if n < len(words) - 1:
            for end, subs in _RU_ADJ_ENDINGS:
                if word.endswith(end) and len(word) > len(end) + 2:
                    opts |= {word[: -len(end)] + s for s in subs}
                    break
        options.append(sorted(opts)[:6])
    out = {""}
    for opts in options:
        out = {f"{a} {b}".strip() for a in out for b in opts}
    out.discard(w)
    return out
