from common import E, L, R, C, N, W, S, gold

TITLE = "A derailment near Unecha, burnt relay boxes near Lgov: a week on Russia's railways"
TEXT = """Severny Veter — independent journalism from exile
By decision of the Russian Justice Ministry, Severny Veter is listed as an "undesirable organisation". Reposting our materials may carry legal risk.
A derailment near Unecha, burnt relay boxes near Lgov: a week on Russia's railways
News · 14 May 2023

A freight train carrying fuel tanks derailed on Saturday near the town of Unecha in Bryansk region after an explosive device went off under the track, regional governor Pavel Rudenko said. Seven tank cars left the rails and two caught fire; no one was hurt, he said.

Traffic on the line between Unecha and Bryansk was suspended for 17 hours while recovery trains cleared the wreckage, the regional branch of Russian Railways said. Passenger trains to Moscow were diverted via Klintsy.

A group calling itself Rail Wolves claimed responsibility in a post on its Telegram channel, publishing a blurry video of the explosion. "Every train that does not reach the front is a life saved in Ukraine," the group wrote. The claim could not be independently verified.

"The perpetrators will be found and punished," Rudenko wrote, adding that patrols along the line would be stepped up and that residents who saw "suspicious persons" near the tracks should call the police.

It was not the only incident on the railways near the border this week. On Thursday night, two relay cabinets were set on fire on a stretch of the Kursk–Lgov line in the Lgovsky district of Kursk region, leaving signals dead for several hours, according to local Telegram channels and a source in the railway police. No arrests have been reported.

In Omsk, more than 2,000 kilometres from the border, the FSB detained two men aged 17 and 19 on Friday, accusing them of planning to set fire to railway equipment on the instructions of "Ukrainian handlers" who had allegedly promised them 5,000 roubles. Their lawyer told Severny Veter he had not been allowed to see them.

Earlier this month, a man threw two Molotov cocktails at a military enlistment office in Nizhny Novgorod's Avtozavodsky district; the fire was put out within minutes, and the attacker has not been found.

Rail sabotage has become a feature of the war inside Russia. Since February 2022, courts have opened more than 140 criminal cases over attacks on railway infrastructure, according to our count, and lawmakers have proposed life sentences for sabotage. Analysts expect the number of incidents to grow as Ukraine prepares its counteroffensive.

Support Severny Veter: every donation helps us keep reporting
Follow us on Telegram: @sever_veter
"""
DOC = {"id": "w03", "date": "2023-05-14", "source": "Severny Veter",
       "url": "https://severnyveter.example/en/news/2023/05/14/unecha-derailment-rail-sabotage", "text": TEXT}

EVENTS = [
    E("w03-1", "remote_explosive", "2023-05-13", L("Unecha", 2, "near Unecha"), None, "RU",
      fat=N(0), inj=N(0), claimant="Pavel Rudenko; Rail Wolves (claim of responsibility)"),
    E("w03-2", "infrastructure_disruption", "2023-05-13", L("Unecha", 2, "Unecha-Bryansk line"), None, "RU",
      claimant="Russian Railways"),
    E("w03-3", "looting_destruction", "2023-05-11", L("Lgov", 2, "Lgovsky district, Kursk region"), None, "RU",
      claimant="local Telegram channels"),
    E("w03-4", "arrest", "2023-05-12", L("Omsk"), "RU", "RU", claimant="FSB"),
    E("w03-5", "looting_destruction", "2023-05-01", L("Nizhny Novgorod"), None, "RU", prec="range",
      end="2023-05-13", optional=True, note="'earlier this month': vague date"),
]
STATEMENTS = [
    S("Rail Wolves", None, "Every train that does not reach the front is a life saved in Ukraine", "partisan group"),
    S("Pavel Rudenko", "RU", "The perpetrators will be found and punished", "Bryansk governor"),
]
MUST_NOT = ["Severny Veter — independent journalism from exile",
            "By decision of the Russian Justice Ministry, Severny Veter is listed as an \"undesirable organisation\". Reposting our materials may carry legal risk.",
            "News · 14 May 2023",
            "Support Severny Veter: every donation helps us keep reporting", "Follow us on Telegram: @sever_veter"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
