from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, POL

TITLE = "Odesa grain terminals burn as Russia quits Black Sea deal; millers warn of dearer flour"
TEXT = """THE NAIROBI HERALD
News | Business | Counties | Africa | World | Sports | Opinion | Epaper
Global
Odesa grain terminals burn as Russia quits Black Sea deal; millers warn of dearer flour
By Wanjiru Mwangi and agencies
Thursday, July 20, 2023
Russian missiles and drones pounded grain terminals in the Ukrainian ports of Odesa and Chornomorsk for a second night running, destroying some 60,000 tonnes of grain, Ukraine's agriculture ministry said on Wednesday, two days after Moscow walked out of the UN-brokered deal that let Ukrainian grain reach buyers in Africa and Asia.

On Monday, the Kremlin announced that Russia was pulling out of the Black Sea Grain Initiative rather than renewing it; the deal lapsed at midnight. Moscow says its own demands on food and fertiliser exports were never met.

Hours earlier on the same day, a married couple died and their 14-year-old daughter was hurt when Ukrainian sea drones struck the road bridge linking Russia to occupied Crimea near Kerch, Russian officials said. Moscow described the strikes on the ports as retaliation.

The first wave came overnight into Tuesday: missiles and drones damaged port infrastructure in Odesa and wounded six people, the regional governor said.

The second was heavier. Nineteen missiles, Kalibr cruise missiles and Kh-22s among them, and 19 drones were launched at the Odesa region overnight into Wednesday, according to the governor; air defence destroyed all 19 drones and five of the Kalibrs. In Chornomorsk, south of Odesa, a grain terminal was set on fire and two security guards were injured.

"The silos burned until morning. We carried out what we could with our hands, but most of it was already ash," said Serhii Pavlenko, a loader at the Chornomorsk terminal.

Kenya buys most of its wheat from Russia and Ukraine, and prices at the Nairobi Commodities Exchange rose for the third straight day.

Paul Kamau, chief executive of the Cereal Millers Association, warned that shoppers would see the rise in the price of a two-kilo packet of flour within weeks, because members had bought July cargoes at one price and would pay for September cargoes at another.

Kenya's deputy permanent representative to the UN, Njeri Wambugu, said Nairobi would raise the matter when the Security Council meets on Friday. "When a port in Odesa burns, the price of a loaf in Kisumu changes within a week," she said.
ALSO READ: Treasury defends fuel levy as matatu operators threaten strike
Get breaking news alerts straight to your phone — download our app
(c) Nation-Herald Media Group 2023
"""
DOC = {"id": "ll12", "date": "2023-07-20", "source": "The Nairobi Herald (Kenyan daily)",
       "url": "https://nairobiherald.example/world/odesa-grain-terminals-burn-as-russia-quits-black-sea-deal-4311905",
       "text": TEXT}

WED, TUE, MON = "2023-07-19", "2023-07-18", "2023-07-17"
W2 = "ll12-4"
EVENTS = [
    E("ll12-1", POL, MON, C("RU", "Russia"), "RU", None, claimant="Kremlin",
      note="'On Monday, the Kremlin announced that Russia was pulling out of the Black Sea Grain Initiative' (Thursday page "
           "-> 17 Jul): a government decision about the war at the deciding country; its reasons are part of it"),
    E("ll12-2", ADS, MON, H("Kerch", "Crimean bridge near Kerch"), "UA", "RU", fat=N(2), inj=N(1), weapons=[W("drone")],
      claimant="Russian officials",
      note="'Hours earlier on the same day' (Monday) 'a married couple died and their 14-year-old daughter was hurt when "
           "Ukrainian sea drones struck the road bridge … near Kerch': sea drones are drone strikes (blind50 la11-6); "
           "near X = precision 2 in Crimea (UA-43); the target is held by Russia -> actor2 RU"),
    E("ll12-3", MAS, TUE, L("Odesa"), "RU", "UA", inj=N(6), weapons=[W("missile"), W("drone")],
      claimant="Odesa regional governor",
      note="'The first wave came overnight into Tuesday: missiles and drones damaged port infrastructure in Odesa and "
           "wounded six people' -> 18 Jul; the heaviest weapon (missiles) types it"),
    E(W2, MAS, WED, R("UA-51", "Odesa region"), "RU", "UA", claimant="Odesa regional governor",
      weapons=[W("missile", launched=N(19)), W("drone", launched=N(19))],
      note="'Nineteen missiles, Kalibr cruise missiles and Kh-22s among them, and 19 drones were launched at the Odesa "
           "region overnight into Wednesday' -> 19 Jul: a regional launch with its counts is the parent of the region's "
           "hits; the nineteen missiles are counted together with only some kinds named ('among them') -> one "
           "`missile` entry"),
    E("ll12-5", INT, WED, R("UA-51", "Odesa region"), "UA", "RU", parent=W2, claimant="Odesa regional governor",
      weapons=[W("drone", intercepted=N(19)), W("cruise_missile", "Kalibr", intercepted=N(5))],
      note="'air defence destroyed all 19 drones and five of the Kalibrs': a regional interception, required"),
    E("ll12-6", MAS, WED, L("Chornomorsk"), "RU", "UA", parent=W2, inj=N(2), family=[ADS],
      note="'In Chornomorsk, south of Odesa, a grain terminal was set on fire and two security guards were injured' "
           "(overnight into Wednesday); the weapon that hit it is not said -> both strike types; the ministry's 60,000 "
           "tonnes are the two nights together"),
]
# Not events: the ministry's '60,000 tonnes' over two nights (damage tally), Moscow's 'retaliation' (its word on the
# same strikes), the deal that 'lapsed at midnight' (part of ll12-1), prices on the Nairobi exchange (economy), the
# Security Council meeting 'on Friday' (future), Kenya's wheat imports; the millers' warning is reported speech (no gold statement). The lede's 'for a second night running' is the
# two waves ll12-3 and ll12-4.
STATEMENTS = [
    S("Serhii Pavlenko", "UA", "most of it was already ash", "loader, Chornomorsk grain terminal"),
    S("Njeri Wambugu", "KE", "the price of a loaf in Kisumu changes within a week",
      "Kenya's deputy permanent representative to the UN"),
]
MUST_NOT = ["THE NAIROBI HERALD", "News | Business | Counties | Africa | World | Sports | Opinion | Epaper", "Global",
            "By Wanjiru Mwangi and agencies", "Thursday, July 20, 2023",
            "ALSO READ: Treasury defends fuel levy as matatu operators threaten strike",
            "Get breaking news alerts straight to your phone — download our app", "(c) Nation-Herald Media Group 2023"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
