from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Ukrainian drones set Russian refinery ablaze in Samara region, governor says"
TEXT = """ABN NEWS
Watch Live | U.S. | World | Politics | Business | Health | Weather | Investigations
Sign in | Get the ABN News app
WORLD
Ukrainian drones set Russian refinery ablaze in Samara region, governor says
By Rachel Dunmore and Kyle Brandt
November 3, 2025, 6:14 AM EST · Updated November 3, 2025, 11:52 AM EST
Video: Flames over a refinery in Russia's Samara region
01:12
Autoplay: ON
A large fire broke out at an oil refinery in the Russian city of Novokuibyshevsk early Monday after it was attacked by Ukrainian drones, the governor of the Samara region said — one more blow in Kyiv's months-long campaign against the refineries that fuel Russia's economy and its army.

One worker was injured, the governor wrote on Telegram, and the flames at the plant's primary processing unit were brought under control by 9 a.m. local time. Videos posted by residents showed a column of black smoke over the city, which lies about 11 miles southwest of Samara.

Russia's Defense Ministry said its air defenses had downed 84 Ukrainian drones overnight over 11 regions, 23 of them above the Samara region. It did not mention the refinery.

Flights at Samara's Kurumoch airport were halted for nearly four hours, Russia's aviation authority said.

Ukraine's General Staff confirmed the strike, saying its drones had hit the Novokuibyshevsk refinery, "which supplies fuel to the occupation army," and, on the same night, an artillery ammunition depot near the town of Valuyki in the Belgorod region. The Belgorod governor said only that the debris of a drone had fallen in a field in the Valuysky district.

"We hear them flying over the house almost every night now, but this time the windows rattled and then the whole sky turned orange," Novokuibyshevsk resident Marina Tarasova told ABN News in a message.

The refinery strike came two days after drones hit the oil terminal in Feodosia, in Russian-occupied Crimea, on Saturday. Satellite images released by a European company on Sunday showed the fire there still burning.
Story continues below advertisement
Russia hit back within hours. It launched 52 attack drones and two Iskander-M ballistic missiles at Ukraine overnight, Ukraine's air force said, adding that 38 of the drones had been downed or neutralised by jamming.

In the northeastern city of Sumy, a drone struck a gas station, wounding two people, the city's acting mayor said. Energy infrastructure was damaged in the Odesa region, cutting power to about 30,000 customers, according to the regional grid operator.

"Each of these strikes takes a few percent of Russia's refining capacity offline for weeks. Add them up and you see why drivers in some Russian regions have been lining up for gasoline since August," said Jonathan Pierce, an energy analyst at Tideline Energy in Houston.

Moscow has called the attacks terrorism and has promised a "harsh" response. Kyiv says the refineries are legitimate targets because they supply the Russian military. Since August, Ukraine has struck at least 17 Russian refineries, according to an ABN News count.
ABN News' Yulia Sirenko contributed to this report from Kyiv.
Share this story: Facebook | X | Email | Print
Comments (148)
Trending now
Winter storm to bring heavy snow to the Upper Midwest
Copyright © 2025 American Broadcast Network, Inc. All rights reserved.
Terms of Use | Privacy Policy | Your US State Privacy Rights | Do Not Sell or Share My Personal Information
"""
DOC = {"id": "lj07", "date": "2025-11-03", "source": "ABN News (US television network site)",
       "url": "https://abnnews.example/world/ukrainian-drones-russian-refinery-samara-fire-story?id=128845512", "text": TEXT}

D, SAT = "2025-11-03", "2025-11-01"
RI, W2 = "lj07-2", "lj07-7"
EVENTS = [
    E("lj07-1", ADS, D, L("Novokuibyshevsk"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      claimant="governor of the Samara region",
      evidence="A large fire broke out at an oil refinery in the Russian city of Novokuibyshevsk early Monday after it "
               "was attacked by Ukrainian drones",
      note="'early Monday' -> 3 Nov; 1 worker injured; the General Staff's confirmation is the same strike; "
           "Novokuibyshevsk 518659 (RU-SAM)"),
    E(RI, INT, D, C("RU", "Russia"), "RU", "UA", claimant="Russian Ministry of Defence",
      weapons=[W("drone", intercepted=N(84))],
      evidence="its air defenses had downed 84 Ukrainian drones overnight over 11 regions",
      note="the MoD's overnight count over Russia -> interception RU -> UA at country precision; '11 regions' is no "
           "count of weapons"),
    E("lj07-3", INT, D, R("RU-SAM", "Samara region"), "RU", "UA", parent=RI, claimant="Russian Ministry of Defence",
      weapons=[W("drone", intercepted=N(23))],
      evidence="23 of them above the Samara region",
      note="a region with its own count -> required"),
    E("lj07-4", DIS, D, H("Samara", "Kurumoch airport near Samara"), None, None,
      evidence="Flights at Samara's Kurumoch airport were halted for nearly four hours",
      note="airport closure -> infrastructure_disruption with both sides null (blind49); the airport is no GeoNames "
           "town -> near Samara, precision 2"),
    E("lj07-5", ADS, D, H("Valuyki", "near Valuyki"), "UA", "RU", weapons=[W("drone")],
      claimant="Ukrainian General Staff",
      evidence="an artillery ammunition depot near the town of Valuyki in the Belgorod region",
      note="'on the same night' -> 3 Nov; the General Staff's depot hit and the governor's 'debris of a drone … in a "
           "field in the Valuysky district' are one event (blind49 call 6, blind50 call 2); no casualty figure"),
    E("lj07-6", ADS, SAT, L("Feodosia"), "UA", "RU", weapons=[W("drone")],
      evidence="drones hit the oil terminal in Feodosia, in Russian-occupied Crimea, on Saturday",
      note="recalled strike with its day: 'two days after … on Saturday' of a Monday page -> 1 Nov; occupied Crimea = "
           "UA-43; the fire 'still burning' on Sunday is its aftermath, not an event"),
    E(W2, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("drone", launched=N(52)), W("ballistic_missile", "Iskander-M", launched=N(2))],
      evidence="It launched 52 attack drones and two Iskander-M ballistic missiles at Ukraine overnight",
      note="Russia's overnight wave on Ukraine: one country-level event typed by its heaviest weapon (the missiles), "
           "3 Nov"),
    E("lj07-8", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=W2, claimant="Ukrainian Air Force",
      weapons=[W("drone", intercepted=N(38))],
      evidence="38 of the drones had been downed or neutralised by jamming",
      note="'downed or neutralised by jamming' counted together -> 38 intercepted (blind51 call 3); "
           "nothing said about the missiles (no missile entry)"),
    E("lj07-9", ADS, D, L("Sumy"), "RU", "UA", parent=W2, inj=N(2), weapons=[W("drone")],
      evidence="In the northeastern city of Sumy, a drone struck a gas station, wounding two people",
      note="a place hit in the wave: 2 wounded"),
    E("lj07-10", ADS, D, R("UA-51", "Odesa region"), "RU", "UA", parent=W2, family=[MAS],
      evidence="Energy infrastructure was damaged in the Odesa region",
      note="a place hit in the wave, weapon unsaid -> both strike types; region only -> precision 3"),
    E("lj07-11", DIS, D, R("UA-51", "Odesa region"), "RU", "UA", parent="lj07-10",
      evidence="cutting power to about 30,000 customers",
      note="outage caused by lj07-10"),
]
# Not events: the fire 'brought under control by 9 a.m.' (part of lj07-1), the Belgorod governor's debris (lj07-5
# told by the other side), the Feodosia fire 'still burning' on Sunday (aftermath), the promised 'harsh' response
# (threat), 'Since August … at least 17 Russian refineries' (cumulative), the drivers 'lining up for gasoline since
# August' (background). Video title, duration and autoplay lines, the advertisement line, the contributor line, share
# row, comment count, 'Trending now' with its headline and the legal footer are furniture.
STATEMENTS = [
    S("Marina Tarasova", "RU", "this time the windows rattled and then the whole sky turned orange",
      "resident, Novokuibyshevsk"),
    S("Jonathan Pierce", None, "takes a few percent of Russia's refining capacity offline for weeks",
      "energy analyst, Tideline Energy"),
]
# Not gold: the General Staff's "which supplies fuel to the occupation army" and Moscow's "harsh" (institutional
# fragments).
MUST_NOT = ["ABN NEWS", "Watch Live | U.S. | World | Politics | Business | Health | Weather | Investigations",
            "Sign in | Get the ABN News app", "WORLD", "By Rachel Dunmore and Kyle Brandt",
            "November 3, 2025, 6:14 AM EST · Updated November 3, 2025, 11:52 AM EST",
            "Video: Flames over a refinery in Russia's Samara region", "01:12", "Autoplay: ON",
            "Story continues below advertisement", "ABN News' Yulia Sirenko contributed to this report from Kyiv.",
            "Share this story: Facebook | X | Email | Print", "Comments (148)", "Trending now",
            "Winter storm to bring heavy snow to the Upper Midwest",
            "Copyright © 2025 American Broadcast Network, Inc. All rights reserved.",
            "Terms of Use | Privacy Policy | Your US State Privacy Rights | Do Not Sell or Share My Personal Information"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
