from common import E, L, R, C, N, W, S, gold

TITLE = "Russia and Ukraine swap 157 prisoners each, Kyiv receives 1,000 bodies"
TEXT = """Crescent Global English
News | Russia-Ukraine war
Russia and Ukraine swap 157 prisoners each, Kyiv receives 1,000 bodies
The UAE-mediated exchange is the second in a month, but relatives say thousands of soldiers remain unaccounted for.
Published On 15 Jan 2026
Last update 15 Jan 2026, 18:05 GMT
Save
Listen (4 mins)
Russia and Ukraine have exchanged 157 prisoners of war each in a deal mediated by the United Arab Emirates, a day after Kyiv took back the remains of 1,000 people that Moscow says are Ukrainian soldiers killed in combat.

Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said the men freed on Thursday included marines captured during the defence of Mariupol in 2022, border guards and four civilians. Some had spent more than three years in Russian detention.

"Every name on this list is a family that can finally exhale. We are already working on the next list," said Halyna Shevchuk, a spokesperson for the headquarters.

The swap took place at an undisclosed location on the Belarusian-Ukrainian border. Photographs released by Ukrainian officials showed gaunt men wrapped in blue-and-yellow flags stepping off buses, some in tears, others calling relatives on borrowed phones.

Russia's Ministry of Defence confirmed that 157 Russian servicemen had been returned from territory controlled by Kyiv. It said they were receiving psychological and medical assistance in Belarus and would later be flown to Moscow.

The UAE foreign ministry said it was the 19th exchange it had brokered between the two sides and thanked both governments for their "cooperation and responsiveness".

Bodies returned
On Wednesday, Ukraine received the bodies of 1,000 people in a separate repatriation, and handed 24 bodies of Russian soldiers to the Russian side, Ukrainian officials said. Forensic experts in Kyiv would now begin the process of identification, which can take months.

Read more
Ukrainian families of missing soldiers turn to DNA databases
Inside the Belarus border crossing where POWs come home

The previous exchange took place on December 30, when 150 prisoners from each side were returned.

Prisoner swaps are one of the few areas where the warring parties still cooperate nearly four years into Russia's full-scale invasion. At talks in Istanbul on Monday, Ukrainian and Russian delegations discussed a possible "all for all" exchange, according to a source in the Ukrainian delegation, but no agreement was reached.

On Saturday, several hundred relatives of missing and captured soldiers rallied in central Kyiv, holding portraits of their loved ones and demanding faster exchanges.

"My son has been in captivity for 22 months. I only know he is alive because a released prisoner saw him in September," said Olena, 54, from the Sumy region, who did not give her surname.

Ukraine says more than 8,000 of its citizens remain in Russian captivity, while tens of thousands of soldiers are listed as missing.

SOURCE: CRESCENT GLOBAL AND NEWS AGENCIES
"""
DOC = {"id": "g07", "date": "2026-01-15", "source": "Crescent Global (news channel site)",
       "url": "https://www.crescentglobal.example/news/2026/1/15/russia-ukraine-swap-157-prisoners-each", "text": TEXT}

D = "2026-01-15"
BORDER = C(None, "Belarusian-Ukrainian border")
EVENTS = [
    E("g07-1", "agreement", D, BORDER, "UA", "RU", claimant="Coordination Headquarters",
      note="prisoner exchange 157-for-157 on Thursday = agreement (convention); 'undisclosed location on the "
           "Belarusian-Ukrainian border': no usable country (country null, any place compatible)"),
    E("g07-2", "agreement", "2026-01-14", BORDER, "UA", "RU",
      note="repatriation of bodies on Wednesday (1,000 received, 24 handed over): a deal between the parties, its "
           "own agreement; place unnamed (country null)"),
    E("g07-3", "agreement", "2025-12-30", BORDER, "UA", "RU",
      note="recalled previous exchange with a resolvable day (December 30): its own event; place not given"),
    E("g07-4", "diplomatic_contact", "2026-01-12", L("Istanbul"), "UA", "RU",
      note="talks in Istanbul on Monday; 'no agreement was reached' (no agreement event)"),
    E("g07-5", "protest", "2026-01-10", L("Kyiv"), "UA", None,
      note="rally of relatives in central Kyiv on Saturday; peaceful (actor2 null)"),
]
STATEMENTS = [
    S("Halyna Shevchuk", "UA", "We are already working on the next list", "spokesperson, Coordination Headquarters"),
]
MUST_NOT = ["Crescent Global English", "News | Russia-Ukraine war", "Published On 15 Jan 2026",
            "Last update 15 Jan 2026, 18:05 GMT", "Save",
            "Listen (4 mins)", "Read more", "Ukrainian families of missing soldiers turn to DNA databases",
            "Inside the Belarus border crossing where POWs come home", "SOURCE: CRESCENT GLOBAL AND NEWS AGENCIES"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
