from common import E, L, R, C, N, W, S, gold

TITLE = "Mariupol theater sheltering hundreds destroyed in airstrike, city says"
TEXT = """SRI | Spree Radio International — English
News · Topics · Media Center · Learn German · Newsletter
Mariupol theater sheltering hundreds destroyed in airstrike, city says
Date 17.03.2022
Author Jana Wolff (with agencies)
Permalink https://p.spree.example/p/4Xk2q
Officials in Mariupol said a Russian airstrike on Wednesday destroyed the city's Drama Theater, where hundreds of civilians had been sheltering for more than a week. On Thursday the number of casualties was still unknown, as continued shelling of the besieged port hampered rescue work.

Aerial images taken days earlier showed the word "children" written in large letters on the paving in front of and behind the building. The city council said the bomb hit the center of the theater and that debris had blocked the entrance to the basement shelter.

"People are coming out of the shelter alive, but we still do not know how many were inside at the moment of the strike," deputy mayor Andriy Kovtun told Spree Radio by phone. Mobile networks in the city have been down for days, and many residents learn what happened only from neighbors.

Later on Wednesday, a swimming pool complex where women with small children were sheltering was also hit, the regional governor said, without giving casualty figures.

Russia's Defense Ministry denied striking the theater and blamed the nationalist Azov regiment. "Russian aviation did not carry out any missions involving strikes on ground targets in the city of Mariupol," the ministry said in a statement.
Audio: Mariupol residents describe the siege (02:41)
More than 6,000 cars left Mariupol on Wednesday through a humanitarian corridor toward Zaporizhzhia, local officials said, but the road remains dangerous and buses sent to the city were turned back at Russian checkpoints.

Elsewhere, ten people were killed on Wednesday in Chernihiv, north of Kyiv, when artillery shells landed on a line of residents waiting for bread, regional prosecutors said.

In the capital, debris of a Russian missile shot down by air defenses crashed into a 16-story apartment block in the Podilskyi district early on Thursday, killing one person and injuring three, the State Emergency Service said.

Negotiators from both countries continued talks by video link on Wednesday. Ukraine's chief negotiator said the positions remained "fundamentally different", while Moscow said a neutral status for Ukraine modeled on Austria or Sweden could be a compromise.
Related Subjects Mariupol, Russian invasion of Ukraine, War crimes
Send Facebook Twitter WhatsApp E-Mail Print
"""
DOC = {"id": "kl02", "date": "2022-03-17", "source": "Spree Radio International (German international broadcaster, English service)",
       "url": "https://spreeradio.example/en/mariupol-theater-sheltering-hundreds-destroyed-in-airstrike/a-61133620", "text": TEXT}

EVENTS = [
    E("kl02-1", "air_drone_strike", "2022-03-16", L("Mariupol"), "RU", "UA", weapons=[W("aircraft")],
      family=["missile_artillery_strike", "remote_explosive"],
      note="'a Russian airstrike on Wednesday destroyed the city's Drama Theater' (16 Mar); casualties 'still unknown' "
           "= null; Moscow's denial ('blamed the nationalist Azov regiment') is a counter-claim on the same event, hence "
           "remote_explosive accepted"),
    E("kl02-2", "air_drone_strike", "2022-03-16", L("Mariupol"), "RU", "UA", family=["missile_artillery_strike"],
      note="'Later on Wednesday, a swimming pool complex … was also hit': weapon unstated (the article is about an "
           "airstrike), the other strike type accepted; no casualty figures"),
    E("kl02-3", "missile_artillery_strike", "2022-03-16", L("Chernihiv"), "RU", "UA", fat=N(10),
      weapons=[W("artillery")],
      note="'ten people were killed on Wednesday in Chernihiv … when artillery shells landed on a line' (count in words); "
           "actor RU from the context of the siege"),
    E("kl02-4", "missile_artillery_strike", "2022-03-17", L("Kyiv"), "RU", "UA", fat=N(1), inj=N(3),
      weapons=[W("missile")],
      note="debris of a downed missile on a block 'in the Podilskyi district early on Thursday' (publication day): "
           "district = the city; typed by the missile"),
    E("kl02-5", "interception", "2022-03-17", L("Kyiv"), "UA", "RU", weapons=[W("missile", intercepted=N(1))],
      note="'a Russian missile shot down by air defenses' over the capital: one missile intercepted, defender UA"),
    E("kl02-6", "diplomatic_contact", "2022-03-16", C(None, "video link"), None, None,
      note="'continued talks by video link on Wednesday': no place, sides null (two states' negotiators); the "
           "neutral-status idea is a proposal"),
]
# Not events: cars leaving through the humanitarian corridor (evacuation, no type), buses turned back (no day, no
# violence stated), the aerial images 'taken days earlier', network outage 'for days' (background).
STATEMENTS = [
    S("Andriy Kovtun", "UA", "People are coming out of the shelter alive", "deputy mayor of Mariupol"),
    S("Russian Defense Ministry", "RU", "Russian aviation did not carry out any missions involving strikes on ground targets",
      "Russian Defense Ministry"),
]
MUST_NOT = ["SRI | Spree Radio International — English", "News · Topics · Media Center · Learn German · Newsletter",
            "Date 17.03.2022", "Author Jana Wolff (with agencies)", "Permalink https://p.spree.example/p/4Xk2q",
            "Audio: Mariupol residents describe the siege (02:41)",
            "Related Subjects Mariupol, Russian invasion of Ukraine, War crimes",
            "Send Facebook Twitter WhatsApp E-Mail Print"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
