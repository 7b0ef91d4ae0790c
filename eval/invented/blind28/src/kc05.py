from common import E, L, R, C, N, W, S, gold

TITLE = "Defence forces liberate Staromaiorske, push on south of Velyka Novosilka"
TEXT = """PRYDNIPROVIA TODAY — English edition
UKR | ENG | RUS
Front | Economy | Society | Culture | Opinion
Defence forces liberate Staromaiorske, push on south of Velyka Novosilka
12 June 2023 · 11:27 · Views: 3 412
Author: Maryna Tkachuk
Ukrainian troops liberated the village of Staromaiorske in the Donetsk region on Sunday and advanced up to two kilometres south of Velyka Novosilka over the past day, the deputy defence minister said on Monday.

The village lies on the Mokri Yaly river, about 10 km south of Velyka Novosilka. Soldiers of a marine brigade raised the national flag over the village council building, according to a video posted by the brigade.

"We entered from two sides at dawn, the Russians left their positions and a lot of ammunition. Now we are clearing the basements," brigade spokesman Captain Ivan Dovhal told Prydniprovia Today.

Read also:
→ Dam breach: the water in Kherson is going down slowly
→ How volunteers in Dnipro build drones for the front

Russia's Defence Ministry gave a different picture. It said its forces had repelled five attacks near Urozhaine on Sunday and that the attacking units had been pushed back with losses. It did not mention Staromaiorske.

On the Bakhmut front, Ukrainian units pushed Russian forces back by 1.5 km on the southern flank of the city over the past day, the eastern command said, while fighting went on near Bakhmut's northern approaches.

The General Staff said Russian troops had attacked near Marinka and Avdiivka over the past 24 hours and that all attacks were repelled.

Russian artillery shelled Velyka Novosilka on Sunday, killing two civilians, the regional military administration said.

Is this the beginning of the long-awaited counteroffensive? Officials in Kyiv declined to say, and the president said only that "counteroffensive and defensive actions" were under way. Moscow said Ukraine had made no gains.

Bakhmut itself fell to Russian forces in May after months of fighting.

Photo: press service of the marine brigade
Subscribe to our Telegram channel so you don't miss the main news
Found a mistake? Select the text and press Ctrl+Enter
Copying materials is allowed only with a hyperlink to Prydniprovia Today
"""
DOC = {"id": "kc05", "date": "2023-06-12", "source": "Prydniprovia Today (Ukrainian news site)",
       "url": "https://prydniprovia.example/en/front/2023/06/12/staromaiorske-liberated", "text": TEXT}

D, Y = "2023-06-12", "2023-06-11"
EVENTS = [
    E("kc05-1", "territory_change", Y, L("Staromaiorske"), "UA", "RU", claimant="deputy defence minister",
      note="'liberated the village of Staromaiorske … on Sunday'; the flag-raising is the same event"),
    E("kc05-2", "territory_change", Y, L("Velyka Novosilka", 2, "south of Velyka Novosilka"), "UA", "RU", end=D,
      prec="range", note="'advanced up to two kilometres south of Velyka Novosilka over the past day': direction from a "
      "town = precision 2; past day = range"),
    E("kc05-3", "armed_clash", Y, L("Urozhaine", 2, "near Urozhaine"), "UA", "RU", claimant="Russian Defence Ministry",
      note="Russian counter-claim 'repelled five attacks near Urozhaine on Sunday … pushed back': a clash with the "
           "attacker (UA) as actor1; the push-back is not a territory change for Russia"),
    E("kc05-4", "territory_change", Y, L("Bakhmut", 2, "southern flank of Bakhmut"), "UA", "RU", end=D, prec="range",
      note="'pushed Russian forces back by 1.5 km on the southern flank' = ground regained by UA (blind8 call 8)"),
    E("kc05-5", "armed_clash", Y, L("Bakhmut", 2, "northern approaches of Bakhmut"), None, None, end=D, prec="range",
      optional=True, note="'fighting went on near Bakhmut's northern approaches': vague, no attacker, optional"),
    E("kc05-6", "armed_clash", Y, L("Marinka", 2, "near Marinka"), "RU", "UA", end=D, prec="range",
      claimant="General Staff of the Armed Forces of Ukraine", note="'attacked near Marinka … over the past 24 hours'"),
    E("kc05-7", "armed_clash", Y, L("Avdiivka", 2, "near Avdiivka"), "RU", "UA", end=D, prec="range",
      claimant="General Staff of the Armed Forces of Ukraine", note="'attacked … near Avdiivka over the past 24 hours'"),
    E("kc05-8", "missile_artillery_strike", Y, L("Velyka Novosilka"), "RU", "UA", fat=N(2), weapons=[W("artillery")],
      note="artillery shelling 'on Sunday', two civilians killed"),
]
STATEMENTS = [
    S("Ivan Dovhal", "UA", "the Russians left their positions and a lot of ammunition", "brigade spokesman"),
]
MUST_NOT = ["PRYDNIPROVIA TODAY — English edition", "UKR | ENG | RUS",
            "Front | Economy | Society | Culture | Opinion", "12 June 2023 · 11:27 · Views: 3 412",
            "Author: Maryna Tkachuk", "Read also:", "→ Dam breach: the water in Kherson is going down slowly",
            "→ How volunteers in Dnipro build drones for the front", "Photo: press service of the marine brigade",
            "Subscribe to our Telegram channel so you don't miss the main news",
            "Found a mistake? Select the text and press Ctrl+Enter",
            "Copying materials is allowed only with a hyperlink to Prydniprovia Today"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
