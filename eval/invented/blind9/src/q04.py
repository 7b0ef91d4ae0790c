from common import E, L, R, C, N, W, S, gold

TITLE = "Ukrainian sea drones target Novorossiysk as missiles strike air defences in Crimea"
TEXT = """MERIDIAN 24
News | Russia-Ukraine war
Ukrainian sea drones target Novorossiysk as missiles strike air defences in Crimea
Russia says it destroyed six uncrewed boats off its main Black Sea naval base; Kyiv says it hit an S-400 battery in northern Crimea.
Published On 23 Jul 2024
Save
Click here to share on social media

Ukraine has attacked the Russian port of Novorossiysk with sea drones, and a separate missile strike has hit an air defence battery in occupied Crimea, officials on both sides say.

Russia's Ministry of Defence said on Tuesday that ships and aircraft of the Black Sea Fleet had destroyed six uncrewed surface vessels heading for Novorossiysk overnight and that no warships had been damaged.

But the mayor of Novorossiysk, Vadim Tsygankov, said the explosion of one of the boats close to the shore had blown out windows in three apartment buildings near the Sheskharis oil terminal, injuring two residents. Oil loading at the terminal was halted for several hours as a precaution, its operator said.

"People were woken by the blasts and the shooting from the ships. The glass is being replaced today," Tsygankov wrote on Telegram.

Earlier this month, Ukrainian sea drones damaged a Russian tugboat off Novorossiysk, according to Ukraine's navy.

Novorossiysk has become the Black Sea Fleet's main base since Ukrainian missile and drone attacks forced Russia to move most of its warships out of Sevastopol last year.

In Crimea, Ukraine's General Staff said its forces had struck an S-400 surface-to-air missile battery near Dzhankoi on Monday evening with ATACMS missiles, destroying a radar and two launchers.

The Russian-installed governor of Crimea, Viktor Lanin, said air defences had shot down five missiles over the north of the peninsula on Monday evening. He said no one had been hurt, without mentioning any damage.

On Sunday, a Ukrainian drone hit an oil depot in Feodosia, setting a fuel tank on fire, according to Russian-installed officials in the town. The fire was put out on Monday morning, they said.

Keep reading
Kremlin says Black Sea grain deal cannot be revived ‘under current conditions’
Turkey urges restraint after shipping insurer raises war-risk premiums
Photos: A year of Ukraine’s sea-drone war
Who controls the Black Sea?

Meanwhile, a Palau-flagged bulk carrier struck a sea mine off the coast of the Odesa region on Monday, injuring two crew members, Ukraine's navy said. The ship was able to continue to the port of Chornomorsk under its own power.

"Russia keeps dropping drifting mines along the shipping routes. The sea will stay dangerous for years after this war ends," navy spokesman Captain Roman Hordiienko said.

More than 60 million tonnes of cargo have left Ukrainian ports through the corridor that Kyiv opened along its coast last August, according to the infrastructure ministry.

Moscow has repeatedly threatened to treat ships bound for Ukrainian ports as potential military targets but has not attacked vessels at sea since last year. Russian Deputy Foreign Minister Yevgeny Markov said on Tuesday that attacks on Novorossiysk were "terrorism sponsored by Washington and London".

Source: Meridian 24 and news agencies
"""
DOC = {"id": "q04", "date": "2024-07-23", "source": "Meridian 24",
       "url": "https://www.meridian24.example/news/2024/7/23/ukrainian-sea-drones-target-novorossiysk", "text": TEXT}

D, Y, SUN = "2024-07-23", "2024-07-22", "2024-07-21"
EVENTS = [
    E("q04-1", "interception", D, C(None, "Black Sea, off Novorossiysk"), "RU", "UA",
      weapons=[W("drone", intercepted=N(6))], claimant="Russian Ministry of Defence",
      note="six uncrewed surface vessels destroyed at sea 'overnight': open sea, no country (blind4 judgment 10)"),
    E("q04-2", "air_drone_strike", D, L("Novorossiysk"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      family=["remote_explosive"], claimant="Vadim Tsygankov",
      note="sea drone exploding near the shore; sea drones = drone (blind4 judgment 8)"),
    E("q04-3", "infrastructure_disruption", D, L("Novorossiysk", 1, "Sheskharis oil terminal, Novorossiysk"), "UA", "RU",
      claimant="terminal operator", note="oil loading halted for several hours"),
    E("q04-8", "air_drone_strike", "2024-07-01", L("Novorossiysk", 2, "off Novorossiysk"), "UA", "RU", prec="month",
      end="2024-07-22", optional=True, weapons=[W("drone")], claimant="Ukrainian navy",
      note="'Earlier this month': optional, month range (blind4 judgment 5)"),
    E("q04-4", "missile_artillery_strike", Y, L("Dzhankoi", 2, "near Dzhankoi"), "UA", "RU",
      weapons=[W("ballistic_missile", "ATACMS")], claimant="Ukrainian General Staff",
      note="'on Monday evening'; the Russian 'no one had been hurt' is about the attack as Lanin tells it and is not "
           "put on the Ukrainian version of the strike (casualties left absent)"),
    E("q04-5", "interception", Y, R("UA-43", "Crimea"), "RU", "UA", weapons=[W("missile", intercepted=N(5))],
      claimant="Viktor Lanin", note="'over the north of the peninsula': region precision"),
    E("q04-6", "air_drone_strike", SUN, L("Feodosia"), "UA", "RU", weapons=[W("drone")],
      claimant="Russian-installed officials in Feodosia", note="'On Sunday'"),
    E("q04-7", "remote_explosive", Y, R("UA-51", "off the coast of the Odesa region"), None, None, inj=N(2),
      claimant="Ukrainian navy", note="sea mine, perpetrator not established for this mine (blind4 judgment 8)"),
]
STATEMENTS = [
    S("Vadim Tsygankov", "RU", "The glass is being replaced today", "mayor of Novorossiysk"),
    S("Roman Hordiienko", "UA", "The sea will stay dangerous for years after this war ends", "navy spokesman"),
    S("Yevgeny Markov", "RU", "terrorism sponsored by Washington and London", "Russian deputy foreign minister"),
]
MUST_NOT = ["MERIDIAN 24", "News | Russia-Ukraine war", "Published On 23 Jul 2024", "Save",
            "Click here to share on social media", "Keep reading",
            "Kremlin says Black Sea grain deal cannot be revived ‘under current conditions’",
            "Turkey urges restraint after shipping insurer raises war-risk premiums",
            "Photos: A year of Ukraine’s sea-drone war", "Who controls the Black Sea?",
            "Source: Meridian 24 and news agencies"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
