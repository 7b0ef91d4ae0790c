from common import E, L, H, R, C, N, W, S, gold, ADS, POL, DIP

TITLE = "Moscow warns of 'consequences' over Israeli early-warning radars for Kyiv; two Israelis hurt in Uman drone strike"
TEXT = """THE CARMEL TIMES
Israel | Middle East | Jewish Times | World | Blogs | עברית | Français
Sign in | Join our Community
Ukraine war
Moscow warns of 'consequences' over Israeli early-warning radars for Kyiv; two Israelis hurt in Uman drone strike
Foreign Ministry calls in Russian envoy for a 'clarification conversation'; pilgrims describe night of broken glass
By Noa Ben-Ami
7 April 2025, 3:47 pm
Share: Facebook | X | WhatsApp | Email
Russia on Monday warned Israel that its decision to send early-warning radar systems to Ukraine would "not go unanswered," hours after two Israeli citizens were among four people hurt when a Russian drone slammed into a guesthouse in the Ukrainian city of Uman.

The drone hit the three-storey building, a few hundred meters from the grave of Rabbi Nachman of Breslov, shortly after 2 a.m., Ukrainian officials said. The Israelis, both men in their twenties who had traveled to Uman for a private pilgrimage, were lightly hurt and treated at the city hospital. A Ukrainian couple who run the guesthouse were also injured.

"We heard a buzzing like a motorbike and then the glass came in on us. My friend was praying, so he did not even see it," Yosef Halperin, 24, one of the two, told The Carmel Times by phone from Uman.

Approved by the security cabinet on Sunday, the transfer covers an unspecified number of radar systems that detect incoming missiles and drones and send alerts to civilians' phones, according to two officials familiar with the decision. Israel has declined to send weapons to Ukraine since 2022, and officials stressed that the systems are purely defensive.

Moscow did not see it that way. A Russian deputy foreign minister told state media that Russia would "draw conclusions" and could reconsider its cooperation with Israel on several issues, which he did not name, if the radars were delivered.

In a statement, the Russian Embassy in Israel said the move "draws Israel into a conflict that it had wisely kept away from until now."

The Foreign Ministry summoned the Russian ambassador in Jerusalem on Monday afternoon for what it called a "clarification conversation" over the remarks, a ministry spokesperson said. On Sunday evening, the foreign minister had also spoken by phone with his Ukrainian counterpart, the ministry said.

"Israelis know better than anyone what a siren three minutes earlier is worth. That is all we asked for," Ukraine's ambassador to Israel, Oleh Marchenko, said.

Dr. Amit Sasson of the Institute for Regional Strategy in Tel Aviv said Moscow had several levers, from Syria to Iran, but that pulling any of them would cost Russia too. "Threats are cheap. Actually changing its policy toward Israel would be expensive for the Kremlin," he said.

The radars are expected to reach Ukraine in the coming weeks.
Join our WhatsApp channel for breaking news
Related: Israeli aid groups expand field hospitals in western Ukraine
Support The Carmel Times' independent journalism about Israel and the Jewish world
"""
DOC = {"id": "lc05", "date": "2025-04-07", "source": "The Carmel Times (Israeli news site, English)",
       "url": "https://www.carmeltimes.example/moscow-warns-israel-early-warning-radars-uman-drone/", "text": TEXT}

D, SUN = "2025-04-07", "2025-04-06"
EVENTS = [
    E("lc05-1", ADS, D, L("Uman"), "RU", "UA", inj=N(4), weapons=[W("drone")],
      ev="The drone hit the three-storey building, a few hundred meters from the grave of Rabbi Nachman of Breslov, shortly after 2 a.m., Ukrainian officials said.",
      note="Russian drone on a guesthouse in Uman 'shortly after 2 a.m.' (Monday report -> Monday 7 Apr): 'four people "
           "hurt' (two Israelis and the Ukrainian couple); actor2 UA, the place hit is in Ukraine"),
    E("lc05-2", POL, SUN, C("IL", "Israel"), "IL", "UA",
      ev="Approved by the security cabinet on Sunday, the transfer covers an unspecified number of radar systems",
      note="'Approved by the security cabinet on Sunday' (6 Apr; fronted participle): a government decision to transfer "
           "early-warning radars at the deciding country (precision 4); the delivery is future"),
    E("lc05-3", DIP, D, L("Jerusalem"), "IL", "RU",
      ev="The Foreign Ministry summoned the Russian ambassador in Jerusalem on Monday afternoon",
      note="summons of the Russian ambassador in Jerusalem 'on Monday afternoon': diplomatic_contact in the named "
           "capital, the summoning state as actor1"),
    E("lc05-4", DIP, SUN, C(None, "phone call"), "IL", "UA",
      ev="On Sunday evening, the foreign minister had also spoken by phone with his Ukrainian counterpart",
      note="phone call 'On Sunday evening' (6 Apr, pluperfect): diplomatic_contact without a place"),
]
# Not events: the warning that it 'would "not go unanswered"' and 'could reconsider its cooperation … if the radars
# were delivered' (threats, conditional), 'has declined to send weapons … since 2022' (history, negation), the
# embassy's statement (opinion), 'levers, from Syria to Iran' (analysis), 'expected to reach Ukraine in the coming
# weeks' (future), the Related headline (furniture).
STATEMENTS = [
    S("Yosef Halperin", "IL", "We heard a buzzing like a motorbike and then the glass came in on us",
      "Israeli pilgrim injured in Uman"),
    S("Russian Embassy", "RU", "draws Israel into a conflict that it had wisely kept away from until now",
      "Russian Embassy in Israel"),
    S("Oleh Marchenko", "UA", "what a siren three minutes earlier is worth", "Ukraine's ambassador to Israel"),
    S("Amit Sasson", None, "Threats are cheap", "Institute for Regional Strategy, Tel Aviv"),
]
# Not gold: the deputy foreign minister's "draw conclusions" and the warning "not go unanswered" (title-only speaker,
# fragments), the ministry's "clarification conversation" (term).
MUST_NOT = ["THE CARMEL TIMES", "Israel | Middle East | Jewish Times | World | Blogs | עברית | Français",
            "Sign in | Join our Community", "Ukraine war", "By Noa Ben-Ami", "7 April 2025, 3:47 pm",
            "Share: Facebook | X | WhatsApp | Email", "Join our WhatsApp channel for breaking news",
            "Related: Israeli aid groups expand field hospitals in western Ukraine",
            "Support The Carmel Times' independent journalism about Israel and the Jewish world"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
