from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIP

TITLE = "Indian sailor among three injured as Russian missile hits cargo ship in Odesa port"
TEXT = """THE DECCAN LEDGER
e-Paper | Subscribe | Sign In
India | World | Business | Sport | Opinion | Cities | Science
World › Europe
Indian sailor among three injured as Russian missile hits cargo ship in Odesa port
Deck cadet from Kochi treated for burns; Indian mission in Kyiv in touch with the crew, says MEA
Special Correspondent
NEW DELHI
Updated - August 16, 2023 05:48 pm IST
READ LATER
PRINT
An Indian seafarer was among three crew members injured when a Russian missile struck a Marshall Islands-flagged bulk carrier berthed in Odesa port in the early hours of Wednesday, Ukrainian officials said, in the latest attack on Black Sea ports since Moscow walked out of the grain export deal in July.

Russia launched 19 Shahed drones and three Oniks supersonic missiles at the Odesa region overnight, according to Ukraine's Air Force, which said 15 of the drones were destroyed. None of the missiles was intercepted.

The cadet, 22-year-old Arjun Pillai from Kochi, suffered burns to his hands and face and is in a stable condition at a city hospital. The other two injured crew members are Filipino nationals, the port administration said.

“The whole deck lifted under my feet. I remember the fire and then the medics, nothing in between,” Mr. Pillai told The Deccan Ledger over the phone from the hospital.

Elsewhere in the region, drones damaged a grain elevator and two warehouses at the Danube port of Izmail; no casualties were reported there. In Chornomorsk, south of Odesa, a port worker was killed when debris from a downed drone set fire to a grain terminal, the regional governor said.

Last Wednesday, a drone had hit a ferry berth in Reni, injuring two workers.

India's ambassador to Ukraine met Ukraine's first deputy foreign minister in Kyiv on Wednesday afternoon and conveyed New Delhi's concern over the safety of Indian crews, the embassy said in a post on X.

“The safety of Indian seafarers is of paramount importance to us. Our mission is in regular contact with the shipping company and with the crew,” MEA spokesperson Vikram Sethi told reporters at the weekly briefing.

Around 20 Indian seafarers are believed to be serving on ships currently in Ukrainian ports. The Directorate General of Shipping is expected to review its advisory for Indian crews this week, officials said, and insurance premiums for Black Sea voyages could rise further.

“Our boys go to these ports for wages, not for war. Companies must be told to keep them away,” said Manoj Verghese, general secretary of the Seafarers' Welfare Union of India.

Russia's Defence Ministry said its forces had carried out a strike with precision weapons on fuel and military infrastructure in the Odesa region and that all targets had been hit.
Related Topics
Russia-Ukraine Crisis / shipping / India-Ukraine relations
Copyright© 2023, Deccan Ledger Publications Ltd.
"""
DOC = {"id": "le08", "date": "2023-08-16", "source": "The Deccan Ledger (Indian newspaper site)",
       "url": "https://www.deccanledger.example/news/international/indian-sailor-injured-odesa-port-missile/article67198412.ece",
       "text": TEXT}

D, LW = "2023-08-16", "2023-08-09"
WAVE = "le08-1"
EVENTS = [
    E(WAVE, MAS, D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", "Shahed-136", launched=N(19)), W("cruise_missile", "Oniks", launched=N(3))],
      ev="Russia launched 19 Shahed drones and three Oniks supersonic missiles at the Odesa region overnight",
      note="the wave 'overnight' on the Odesa region (Wednesday page): 19 Shaheds + 3 Oniks (a supersonic cruise "
           "missile) -> one parent typed by the missiles, country level as for a wave on named regions (blind43 "
           "call 1); the MoD's 'strike with precision weapons … all targets had been hit' is this wave"),
    E("le08-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=WAVE,
      weapons=[W("drone", intercepted=N(15)), W("cruise_missile", intercepted=N(0))],
      ev="which said 15 of the drones were destroyed. None of the missiles was intercepted",
      note="15 drones destroyed; 'None of the missiles was intercepted' is an exact 0 (blind43 call 1)"),
    E("le08-3", MAS, D, L("Odesa"), "RU", "UA", parent=WAVE, inj=N(3), weapons=[W("cruise_missile", "Oniks")],
      ev="a Russian missile struck a Marshall Islands-flagged bulk carrier berthed in Odesa port in the early hours of "
         "Wednesday",
      note="missile on a bulk carrier in Odesa port 'in the early hours of Wednesday': 3 crew injured (the Indian "
           "cadet and two Filipinos); the port is the city"),
    E("le08-4", ADS, D, L("Izmail"), "RU", "UA", parent=WAVE, fat=N(0), inj=N(0), weapons=[W("drone")],
      ev="drones damaged a grain elevator and two warehouses at the Danube port of Izmail",
      note="drones on the Izmail port elevator and warehouses; 'no casualties were reported there' -> 0/0 (blind44 "
           "call 4)"),
    E("le08-5", ADS, D, L("Chornomorsk"), "RU", "UA", parent=WAVE, fat=N(1), weapons=[W("drone")],
      ev="In Chornomorsk, south of Odesa, a port worker was killed when debris from a downed drone set fire to a grain "
         "terminal",
      note="debris of a downed drone set a grain terminal on fire in Chornomorsk (707688): 1 killed"),
    E("le08-6", ADS, LW, L("Reni"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      ev="Last Wednesday, a drone had hit a ferry berth in Reni, injuring two workers",
      note="recalled with a day: 'Last Wednesday' on a Wednesday page = 9 Aug (a week earlier, not the publication "
           "day) -> required; 2 injured"),
    E("le08-7", DIP, D, L("Kyiv"), "IN", "UA",
      ev="India's ambassador to Ukraine met Ukraine's first deputy foreign minister in Kyiv on Wednesday afternoon",
      note="a meeting in Kyiv 'on Wednesday afternoon', the ambassador who 'met' as actor1 (IN)"),
]
# Not events: 'since Moscow walked out of the grain export deal in July' (history without a day), the cadet's
# treatment (part of le08-3), 'Around 20 Indian seafarers are believed to be serving' (statistic), the Directorate
# General of Shipping 'is expected to review its advisory' (future), premiums 'could rise further' (modal), the union's
# 'must be told' (demand), the MoD's claim (same wave as le08-1).
STATEMENTS = [
    S("Arjun Pillai", "IN", "The whole deck lifted under my feet", "deck cadet, injured seafarer"),
    S("Vikram Sethi", "IN", "The safety of Indian seafarers is of paramount importance to us", "MEA spokesperson"),
    S("Manoj Verghese", "IN", "Our boys go to these ports for wages, not for war",
      "general secretary, Seafarers' Welfare Union of India"),
]
MUST_NOT = ["THE DECCAN LEDGER", "e-Paper | Subscribe | Sign In", "India | World | Business | Sport | Opinion | Cities | Science",
            "World › Europe", "Special Correspondent", "NEW DELHI", "Updated - August 16, 2023 05:48 pm IST",
            "READ LATER", "PRINT", "Related Topics", "Russia-Ukraine Crisis / shipping / India-Ukraine relations",
            "Copyright© 2023, Deccan Ledger Publications Ltd."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
