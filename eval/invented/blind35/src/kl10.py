from common import E, L, R, C, N, W, S, gold

TITLE = "Ukrainian army enters Kherson after Russian retreat across the Dnieper"
TEXT = """BELGRADE EVENING TELEGRAPH
Latinica | Ћирилица | English
Saturday, 12 November 2022 · Belgrade 9°C
World / Ukraine war
Ukrainian army enters Kherson after Russian retreat across the Dnieper
Author: Nikola Radić · 12.11.2022. 10:48
Ukrainian troops entered Kherson on Friday, hours after Russia said it had completed the withdrawal of its forces from the city and the rest of the right bank of the Dnieper, ending eight months of occupation of the only regional capital Moscow had captured since February.

Crowds gathered on the central square on Friday evening, waving flags and hugging soldiers. "We waited for this day for 255 days. They took our phones, our neighbours, our electricity, but they did not take this square," said Maryna Bilyk, a 52-year-old pharmacist.

Russia's Defence Ministry said on Friday that all 30,000 troops had crossed to the left bank by 5 am Moscow time. "Not a single piece of military equipment or weapons has been left on the right bank," the ministry said. Ukrainian officers said they had found abandoned armoured vehicles and ammunition in villages north of the city.

Early on Friday, spans of the Antonovsky bridge, the main road crossing over the river near Kherson, collapsed into the water. Ukrainian officials said the retreating Russian troops had blown the bridge up to cover their withdrawal; Moscow did not comment.

The day before, on Thursday, Ukrainian forces recaptured the town of Snihurivka in the Nikolaev region, and entered the village of Kyselivka north-west of Kherson, the regional governor said.
Komentari su isključeni za ovaj tekst / Comments are switched off for this article
The Russian-installed authorities of the Kherson region had moved their headquarters to Henichesk, near the boundary with Crimea, on Wednesday, their spokesman said.

The retreat did not stop the strikes on the south. On Friday morning, a Russian S-300 missile hit a five-storey apartment building in Nikolaev, killing seven people, the regional governor said.

The Kremlin said on Friday that the Kherson region remained "a subject of the Russian Federation" and that the withdrawal did not change its status. "For Moscow this is the most humiliating moment of the war so far, and it will try to make the winter as hard as possible for Ukraine in return," said Dragan Petković, a military analyst at the Belgrade Institute for Security Studies.
Najčitanije: Partizan pobedio u derbiju posle produžetka
Tagovi: Ukrajina · Rusija · Herson · rat
Belgrade Evening Telegraph d.o.o. · Sva prava zadržana / All rights reserved
"""
DOC = {"id": "kl10", "date": "2022-11-12", "source": "Belgrade Evening Telegraph (Serbian daily, English page)",
       "url": "https://belgradetelegraph.example/en/world/ukrainian-army-enters-kherson-12-11-2022", "text": TEXT}

EVENTS = [
    E("kl10-1", "territory_change", "2022-11-11", L("Kherson"), "UA", "RU",
      note="'Ukrainian troops entered Kherson on Friday' (11 Nov)"),
    E("kl10-2", "territory_change", "2022-11-11", R("UA-65", "right bank of the Dnieper, Kherson region", 2), "UA", "RU",
      optional=True,
      note="Russia 'had completed the withdrawal … from … the rest of the right bank' ('retreat across the Dnieper'): "
           "a region-wide change told through the city; optional beside kl10-1"),
    E("kl10-3", "looting_destruction", "2022-11-11", L("Kherson", 2, "Antonovsky bridge near Kherson"), "RU", "UA",
      family=["remote_explosive"],
      note="'Early on Friday, spans of the Antonovsky bridge … collapsed'; Ukraine says the retreating troops blew it "
           "up (Moscow silent): demolition, remote_explosive accepted; near Kherson = precision 2; Russian form Antonovsky"),
    E("kl10-4", "territory_change", "2022-11-10", L("Snihurivka"), "UA", "RU",
      note="'The day before, on Thursday, Ukrainian forces recaptured the town of Snihurivka in the Nikolaev region'"),
    E("kl10-5", "territory_change", "2022-11-10", L("Kyselivka"), "UA", "RU",
      note="same sentence: 'entered the village of Kyselivka north-west of Kherson' (Mykolaiv oblast's Kyselivka, "
           "705782)"),
    E("kl10-6", "armed_group_change", "2022-11-09", L("Henichesk"), "RU", None, family=["military_mobilization"],
      note="occupation authorities 'had moved their headquarters to Henichesk … on Wednesday' (9 Nov): headquarters "
           "relocated"),
    E("kl10-7", "missile_artillery_strike", "2022-11-11", L("Mykolaiv", name="Nikolaev"), "RU", "UA", fat=N(7),
      weapons=[W("missile", "S-300", launched=N(1))],
      note="'On Friday morning, a Russian S-300 missile hit a five-storey apartment building in Nikolaev, killing "
           "seven' (count in words); Russian form Nikolaev"),
]
# Not events: the celebration on the square (no type), the MoD's 30,000 'crossed to the left bank' (kl10-2),
# abandoned vehicles found (no day), the Kremlin's 'status' statement, the analyst's forecast, '255 days' (history).
STATEMENTS = [
    S("Maryna Bilyk", "UA", "We waited for this day for 255 days", "Kherson resident"),
    S("Russian Defence Ministry", "RU", "Not a single piece of military equipment or weapons has been left on the right bank",
      "Russian Defence Ministry"),
    S("Dragan Petković", None, "the most humiliating moment of the war so far",
      "military analyst, Belgrade Institute for Security Studies"),
]
MUST_NOT = ["BELGRADE EVENING TELEGRAPH", "Latinica | Ћирилица | English", "Saturday, 12 November 2022 · Belgrade 9°C",
            "World / Ukraine war", "Author: Nikola Radić · 12.11.2022. 10:48",
            "Komentari su isključeni za ovaj tekst / Comments are switched off for this article",
            "Najčitanije: Partizan pobedio u derbiju posle produžetka", "Tagovi: Ukrajina · Rusija · Herson · rat",
            "Belgrade Evening Telegraph d.o.o. · Sva prava zadržana / All rights reserved"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
