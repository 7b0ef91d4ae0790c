from common import E, L, R, C, N, W, S, gold

TITLE = "Russian shelling kills two in Kupiansk; Kyiv claims gains near Verbove"
TEXT = """THE DECCAN LEDGER
e-Paper | Markets | Politics | World | Cricket | Tech
Home / World / Russian shelling kills two in Kupiansk; Kyiv claims gains near Verbove
Russian shelling kills two in Kupiansk; Kyiv claims gains near Verbove
Published: 06 Sep 2023, 02:41 PM IST
Kyiv [Ukraine], September 6 (DLNS): Two civilians were killed on Tuesday when Russian forces shelled the town of Kupiansk in the Kharkiv region, the regional governor said, as Ukraine's military reported further progress in its southern counteroffensive.

A man and a woman, both in their 60s, died when shells hit a residential street in the town centre, the governor said on Telegram. Three more people were wounded.

Overnight, a Russian S-300 missile struck the city of Kharkiv, injuring six people, including a 12-year-old girl, said Kharkiv Mayor Ihor Sinchenko. "The missile hit a courtyard between two residential buildings. All windows are gone," he wrote.

Also Read | Explained: What is the S-300 and why does Russia fire it at cities?
In the south, Ukraine's General Staff said its troops had "achieved partial success" near the village of Verbove in the Zaporizhzhia region over the past day and were consolidating their positions.

Russia's Defence Ministry, however, claimed that its troops had repelled five Ukrainian attacks near Verbovoye and Rabotino, the Russian names for Verbove and the neighbouring village of Robotyne, inflicting heavy losses. Neither claim could be verified independently.

In the town of Orikhiv, a Russian guided aerial bomb destroyed a cultural centre on Wednesday morning. There was no immediate information on casualties, regional officials said.

Also Read | Ukraine war: India calls for 'dialogue and diplomacy' at UN Security Council
India has consistently called for a peaceful resolution through dialogue and diplomacy. "Our position on the conflict is well known and has been stated at the highest levels," the External Affairs Ministry spokesperson said at a weekly briefing on Tuesday.

(This story has not been edited by Deccan Ledger staff and is auto-generated from a syndicated feed.)
Catch all the Latest World News, Breaking News Event and Latest News Updates on The Deccan Ledger.
Download The Deccan Ledger App to get Daily Market Updates & Live Business News.
Subscribe to Deccan Ledger Newsletters
* Enter a valid email
* Thank you for subscribing to our newsletter.
"""
DOC = {"id": "e08", "date": "2023-09-06", "source": "The Deccan Ledger (Indian daily, syndicated wire)",
       "url": "https://www.deccanledger.example/world/russian-shelling-kills-two-in-kupiansk-11693991234567.html",
       "text": TEXT}

EVENTS = [
    E("e08-1", "missile_artillery_strike", "2023-09-05", L("Kupiansk"), "RU", "UA", fat=N(2), inj=N(3),
      weapons=[W("artillery")], claimant="Kharkiv regional governor",
      note="'on Tuesday' in a Wednesday report; 'Three more people were wounded'"),
    E("e08-2", "missile_artillery_strike", "2023-09-06", L("Kharkiv"), "RU", "UA", inj=N(6),
      weapons=[W("missile", "S-300")], claimant="Ihor Sinchenko",
      note="'Overnight' in a Wednesday report; S-300 on a ground target = missile type"),
    E("e08-3", "armed_clash", "2023-09-05", L("Verbove", 2, "near Verbove"), "UA", "RU", end="2023-09-06",
      prec="range", claimant="Ukraine's General Staff; Russian Defence Ministry",
      note="'achieved partial success near … over the past day' = past-day range; the Russian counter-claim of "
           "repelled attacks 'near Verbovoye' (Russian form) is the same fighting: one event, two claims; no capture"),
    E("e08-4", "armed_clash", "2023-09-05", L("Orikhiv", 2, "near Robotyne (Rabotino)"), "UA", "RU", end="2023-09-06",
      prec="range", optional=True,
      note="Russian claim names 'Rabotino' (Robotyne) too, undated and merged with Verbove; Robotyne is not in the "
           "gazetteer (nearest town Orikhiv, UA-23): optional"),
    E("e08-5", "air_drone_strike", "2023-09-06", L("Orikhiv"), "RU", "UA", weapons=[W("guided_bomb")],
      note="guided aerial bomb = air_drone_strike (rule 4); casualties unknown ('no immediate information') = absent"),
]
STATEMENTS = [
    S("Ihor Sinchenko", "UA", "The missile hit a courtyard between two residential buildings", "Kharkiv mayor"),
    S("General Staff of the Armed Forces of Ukraine", "UA", "achieved partial success"),
    S("External Affairs Ministry spokesperson", "IN", "Our position on the conflict is well known", "title only"),
]
MUST_NOT = ["THE DECCAN LEDGER", "e-Paper | Markets | Politics | World | Cricket | Tech",
            "Home / World / Russian shelling kills two in Kupiansk; Kyiv claims gains near Verbove",
            "Published: 06 Sep 2023, 02:41 PM IST",
            "Also Read | Explained: What is the S-300 and why does Russia fire it at cities?",
            "Also Read | Ukraine war: India calls for 'dialogue and diplomacy' at UN Security Council",
            "(This story has not been edited by Deccan Ledger staff and is auto-generated from a syndicated feed.)",
            "Catch all the Latest World News, Breaking News Event and Latest News Updates on The Deccan Ledger.",
            "Download The Deccan Ledger App to get Daily Market Updates & Live Business News.",
            "Subscribe to Deccan Ledger Newsletters", "* Enter a valid email",
            "* Thank you for subscribing to our newsletter."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
