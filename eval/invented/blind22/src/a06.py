from common import E, L, R, C, N, W, S, gold

TITLE = "UAE brokers 84-for-84 prisoner swap as drones kill two in Zaporizhzhia"
TEXT = """GULF DISPATCH
World | Europe | Mediation
UAE brokers 84-for-84 prisoner swap as drones kill two in Zaporizhzhia
Last updated: Fri 14 Nov 2025 – 20:10 GST
Staff Reporter, Abu Dhabi
Russia and Ukraine exchanged 84 prisoners of war each on Friday in a swap mediated by the United Arab Emirates, officials in Abu Dhabi, Kyiv and Moscow said, hours after a Russian drone attack killed two people in the Ukrainian city of Zaporizhzhia.

The freed Ukrainians, most of them captured in 2022 and 2023, crossed the border from Belarus into Ukraine's Chernihiv region on Friday afternoon, Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said.

"Among those returning today are defenders of Mariupol and of the Kinburn Spit, and two civilians who were held for more than three years," the headquarters said in a statement.

Russia's Defence Ministry said 84 Russian servicemen "were returned from territory controlled by the Kyiv regime" and were receiving medical help in Belarus.

The UAE Ministry of Foreign Affairs said it was the 17th exchange it had mediated since the start of the war. On Thursday, the UAE's minister of state for foreign affairs met Ukrainian and Russian envoys in Abu Dhabi to finalise the lists, the ministry said.

MORE FROM THE DISPATCH
› Oil holds steady as traders weigh new sanctions on Russian crude
› Explainer: how Gulf mediation in the Ukraine war works

Serhii Tkachuk, a 29-year-old marine, held a Ukrainian flag as he stepped off the bus. "I did not believe it until I saw the flag and heard our language," he said in a video released by the headquarters.

Hours earlier, the war showed no sign of easing. Russia launched 110 drones at Ukraine overnight, of which 94 were shot down or jammed, Ukraine's air force said.

In Zaporizhzhia, drones hit a nine-storey building and a car service station in the Shevchenkivskyi district, killing two people and injuring seven, the regional governor said. On Thursday evening, a guided aerial bomb hit a private house in Vilniansk, north of the city, injuring a woman.

Diplomats in the Gulf said a larger exchange was being discussed, but no date had been set.

Follow Gulf Dispatch on Google News
Copyright © 2025 Gulf Dispatch Media LLC. All rights reserved.
"""
DOC = {"id": "a06", "date": "2025-11-14", "source": "Gulf Dispatch (news site)",
       "url": "https://gulfdispatch.example/world/europe/uae-brokers-84-for-84-prisoner-swap", "text": TEXT}

D, THU = "2025-11-14", "2025-11-13"
EVENTS = [
    E("a06-1", "agreement", D, R("UA-74", "Chernihiv region"), "UA", "RU",
      claimant="Coordination Headquarters for the Treatment of Prisoners of War",
      note="prisoner exchange = agreement; the only place given for it is the crossing into the Chernihiv region "
           "(region precision); sides: the two parties (actor1 UA as reported by the Ukrainian side)"),
    E("a06-2", "diplomatic_contact", THU, L("Abu Dhabi"), "AE", None,
      note="UAE minister of state meets Ukrainian and Russian envoys in Abu Dhabi 'On Thursday'; actor2 null (both "
           "parties)"),
    E("a06-3", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", launched=N(110))],
      claimant="Ukrainian Air Force", note="drone wave overnight: country parent"),
    E("a06-4", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(94))],
      parent="a06-3", claimant="Ukrainian Air Force", note="94 'shot down or jammed' (jamming = EW, still interception)"),
    E("a06-5", "air_drone_strike", D, L("Zaporizhzhia", 1, "Zaporizhzhia (Shevchenkivskyi district)"), "RU", "UA",
      fat=N(2), inj=N(7), weapons=[W("drone")], parent="a06-3", note="city district = the city; 'Hours earlier' = "
                                                                   "the overnight wave, Friday"),
    E("a06-6", "air_drone_strike", THU, L("Vilniansk"), None, "UA", inj=N(1), weapons=[W("guided_bomb", launched=N(1))],
      note="'On Thursday evening' guided bomb on Vilniansk; 'a guided aerial bomb hit' names no perpetrator (actor1 null, blind16 call 7)"),
]
STATEMENTS = [
    S("Coordination Headquarters for the Treatment of Prisoners of War", "UA",
      "Among those returning today are defenders of Mariupol and of the Kinburn Spit"),
    S("Russian Defence Ministry", "RU", "were returned from territory controlled by the Kyiv regime"),
    S("Serhii Tkachuk", "UA", "I did not believe it until I saw the flag and heard our language", "freed marine"),
]
MUST_NOT = ["GULF DISPATCH", "World | Europe | Mediation", "Last updated: Fri 14 Nov 2025 – 20:10 GST",
            "Staff Reporter, Abu Dhabi", "MORE FROM THE DISPATCH",
            "› Oil holds steady as traders weigh new sanctions on Russian crude",
            "› Explainer: how Gulf mediation in the Ukraine war works", "Follow Gulf Dispatch on Google News",
            "Copyright © 2025 Gulf Dispatch Media LLC. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
