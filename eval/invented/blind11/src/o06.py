from common import E, L, R, C, N, W, S, gold

TITLE = "Russian rockets hit Mykolaiv as Ukraine says it struck key Kherson bridge again"
TEXT = """LEVANT 360
News | Russia-Ukraine war
Russian rockets hit Mykolaiv as Ukraine says it struck key Kherson bridge again
Ukraine's southern command says the Antonivskyi bridge can no longer carry heavy vehicles, as Russian shelling kills three people in the Mykolaiv region.
Published On 10 Aug 2022 10 Aug 2022
Save
Click here to share on social media
share2

Russian rockets have hit residential areas of the southern Ukrainian city of Mykolaiv overnight, killing two people and wounding five, according to the regional governor, as Ukraine said it had again struck the main bridge supplying Russian forces in the occupied Kherson region.

At least 12 rockets fired from Uragan multiple-launch systems landed in the city's Korabelnyi and Inhulskyi districts shortly after 1am local time (22:00 GMT on Tuesday), damaging two apartment buildings and a kindergarten, the governor said.

"We hear the launches from across the river and have maybe 20 seconds," said Svitlana Moroz, a 58-year-old nurse whose building in the Korabelnyi district lost its windows. "Most people here have stopped going to the shelter."

Earlier, Russian artillery shelled the town of Bashtanka, north of Mykolaiv, on Tuesday afternoon, killing a 70-year-old man, regional officials said.

Keep reading
list of 3 items
Ukraine grain ship reaches Turkish waters after delay
Russia-Ukraine war: List of key events, day 168
Analysis: Can Ukraine retake Kherson before winter?
end of list

In occupied Kherson, the Russian-installed authorities said Ukrainian forces had fired HIMARS rockets at the Antonivskyi bridge across the Dnieper River on Tuesday evening, the fourth such attack since late July.

Ukraine's southern military command confirmed the strike, saying the bridge could no longer be used by heavy vehicles and that Russian forces were relying on a pontoon crossing and ferries to supply their troops on the right bank.

"The occupiers are effectively cut off from their supplies. Every barge they use becomes a target," Olena Hrytsak, a spokeswoman for the command, told Levant 360.

Andrei Sizov, an official in the Russian-installed administration, said the strike had damaged the roadway but that traffic for civilian cars would resume "within days". He said two civilians were wounded when debris fell near the bridge.

The southern command also said its troops had pushed Russian forces back about 3km near the village of Arkhanhelske, in the north of the Kherson region, on Monday, and that fighting in the area was continuing on Wednesday. These claims could not be independently verified.

Russia's defence ministry said on Wednesday its forces had repelled Ukrainian attacks near Arkhanhelske and Vysokopillia and that "the enemy suffered heavy losses". It also said its air defences had shot down 11 Ukrainian drones and intercepted six HIMARS rockets over the Kherson region over the past day.

Officials in Kyiv have said they aim to retake Kherson, the only regional capital captured by Russia since the invasion began on February 24, before the end of the year.

Mykolaiv, a shipbuilding city of about 470,000 people before the war, has come under almost daily bombardment since March.

Source: Levant 360 and news agencies
Follow Levant 360 on WhatsApp for breaking news alerts
"""
DOC = {"id": "o06", "date": "2022-08-10", "source": "Levant 360",
       "url": "https://www.levant360.example/news/2022/8/10/russian-rockets-hit-mykolaiv-kherson-bridge", "text": TEXT}

D, TUE, MON = "2022-08-10", "2022-08-09", "2022-08-08"
EVENTS = [
    E("o06-1", "missile_artillery_strike", D, L("Mykolaiv", 1, "Mykolaiv, Korabelnyi and Inhulskyi districts"), "RU",
      "UA", fat=N(2), inj=N(5), weapons=[W("mlrs", "Uragan", launched=N(12, "at_least"))],
      claimant="Mykolaiv regional governor",
      note="'overnight' shortly after 1am local = Wednesday; '22:00 GMT on Tuesday' is the same moment in UTC"),
    E("o06-2", "missile_artillery_strike", TUE, L("Bashtanka"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      claimant="Mykolaiv regional officials"),
    E("o06-3", "missile_artillery_strike", TUE, L("Antonivka", 2, "Antonivskyi bridge near Kherson"), "UA", "RU",
      inj=N(2), weapons=[W("mlrs", "HIMARS")], claimant="Russian-installed authorities; Ukrainian southern command",
      note="bridge at Antonivka on the edge of Kherson -> precision 2; two civilians wounded by debris (Sizov)"),
    E("o06-4", "territory_change", MON, L("Arkhanhelske", 2, "near Arkhanhelske"), "UA", "RU",
      claimant="Ukrainian southern command", note="'pushed Russian forces back about 3km' on Monday"),
    E("o06-5", "armed_clash", D, L("Arkhanhelske", 2, "near Arkhanhelske"), "UA", "RU",
      claimant="Ukrainian southern command; Russian defence ministry",
      note="fighting continuing on Wednesday; the Russian 'repelled attacks near Arkhanhelske' is a claim of it"),
    E("o06-6", "armed_clash", D, L("Vysokopillia", 2, "near Vysokopillia"), "UA", "RU",
      claimant="Russian defence ministry",
      note="repelled Ukrainian attacks (actor1 = attacker); no day given -> the day of the statement"),
    E("o06-7", "interception", TUE, R("UA-65", "Kherson region"), "RU", "UA", end=D, prec="range", agg=True,
      weapons=[W("drone", intercepted=N(11)), W("mlrs", "HIMARS", intercepted=N(6))],
      claimant="Russian defence ministry", note="past-day tally over the occupied region"),
]
STATEMENTS = [
    S("Svitlana Moroz", "UA", "Most people here have stopped going to the shelter", "nurse, resident"),
    S("Olena Hrytsak", "UA", "Every barge they use becomes a target", "spokeswoman, southern command"),
    S("Russian defence ministry", "RU", "the enemy suffered heavy losses"),
]
MUST_NOT = ["LEVANT 360", "News | Russia-Ukraine war", "Published On 10 Aug 2022 10 Aug 2022", "Save",
            "Click here to share on social media", "share2", "Keep reading", "list of 3 items",
            "Ukraine grain ship reaches Turkish waters after delay", "Russia-Ukraine war: List of key events, day 168",
            "Analysis: Can Ukraine retake Kherson before winter?",
            "end of list", "Source: Levant 360 and news agencies", "Follow Levant 360 on WhatsApp for breaking news alerts"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
