from common import E, L, R, C, N, W, S, gold

TITLE = "NATO leaders agree pilot-training hub for Ukraine as Berlin lifts limits on Taurus"
TEXT = """CAPITOL & CONTINENT
Policy news for people who make policy
Defence  |  Trade  |  Energy  |  EU  |  NATO  |  Newsletters  |  Events
NATO leaders agree pilot-training hub for Ukraine as Berlin lifts limits on Taurus
The Ankara summit avoided an open clash over Ukraine's membership, but left the hardest questions to next year.
By Margot Lindqvist, Defence Editor  |  8 July 2026, 18:40 CET  |  Updated 20:05 CET
Gift this article  ·  Copy link  ·  Save

ANKARA — NATO leaders agreed on Wednesday to set up an alliance-run training centre for Ukrainian fighter pilots in Romania, closing a two-day summit in the Turkish capital that had been expected to be dominated by quarrels over money and Ukraine's path to membership.

The centre, which officials say could train up to 60 pilots a year, is expected to open early next year. The final declaration, agreed after overnight haggling, repeats that Ukraine's future is "in NATO" but sets no date and no conditions for an invitation, a formula that allowed Hungary to sign on. Budapest denied on Wednesday that it had ever threatened to block the text.

The biggest news from the summit came from Berlin rather than Ankara. On Tuesday, the German government told Kyiv that it may use German-supplied Taurus cruise missiles against military targets on Russian territory, a government spokesman confirmed in Berlin. Until now, Germany had allowed the missiles to be used only within Ukraine's internationally recognised borders.

"The restrictions no longer reflect the reality of how Russia conducts this war, from airfields and depots across the border," German government spokesman Jan-Niklas Brenner told reporters. He said the decision had been coordinated with Paris and London.

Moscow reacted within hours. Russia's foreign ministry warned that any use of German missiles against Russian territory would make Germany "a direct party to the conflict" and threatened unspecified "countermeasures". The Kremlin's spokesman said Russia would consider its response "calmly".

Ukraine's president, who attended the summit as a guest, met his Turkish counterpart on the sidelines on Tuesday evening. The two signed a memorandum on the joint production of drones and drone engines, the Turkish presidency said, without giving figures. Ankara has positioned itself as a possible host for future peace talks and has kept open channels to both Kyiv and Moscow.

Sweden announced a new SEK 8bn (about €700m) military aid package for Ukraine on the sidelines of the summit, including air defence ammunition and two more surveillance aircraft. Sweden's prime minister said in Ankara that the country would spend 0.3 percent of its GDP on aid to Ukraine in 2027.

The United States made no new pledges. A senior US official said Washington could send additional Patriot interceptors if Congress approved the funding, but would not say when.

Hours before the final session, Russian drones attacked the Ukrainian port city of Odesa, damaging port infrastructure and injuring four people, the regional governor said. Ukraine's air force said it had shot down 52 of the 64 drones Russia launched overnight.

Diplomats said the Odesa strike, coming as leaders met, strengthened the case of those pushing for faster deliveries of air defence. "Every summit, the Russians send us a message. Every summit, we should answer with interceptors," said Lithuania's defence minister, Rasa Vaitkutė, on her way into the hall.

Some allies were less enthusiastic about the German move. If Russia were to retaliate against German territory, one Southern European diplomat said, the alliance would face "a debate we are not ready for". The diplomat spoke on condition of anonymity to discuss internal deliberations.

The next NATO summit is scheduled to take place in Tirana in 2027.

Sign up for Capitol & Continent's Defence Brief, every Thursday.
More from NATO
EU foreign ministers to discuss frozen assets again next week
The long road to the alliance's 5 percent target
© 2026 Capitol & Continent Media SA. All rights reserved.
"""
DOC = {"id": "n11", "date": "2026-07-08", "source": "Capitol & Continent",
       "url": "https://capitolcontinent.example/nato/ankara-summit-pilot-training-taurus/", "text": TEXT}

D, T = "2026-07-08", "2026-07-07"
EVENTS = [
    E("n11-1", "diplomatic_contact", T, L("Ankara"), None, None, prec="range", end=D,
      note="two-day NATO summit closing Wednesday = 7-8 July; multilateral: sides null"),
    E("n11-2", "policy_decision", D, L("Ankara"), None, "UA", family=["agreement"],
      note="allies agree to set up a pilot-training centre (to be located in Romania; decided in Ankara); its "
           "opening 'early next year' is a plan"),
    E("n11-3", "policy_decision", T, L("Berlin"), "DE", "UA",
      note="permission to use Taurus against targets in Russia, told to Kyiv 'On Tuesday' and confirmed in Berlin; "
           "'Berlin' = German government (metonymy)"),
    E("n11-4", "diplomatic_contact", T, L("Ankara"), "UA", "TR", note="bilateral meeting on the sidelines, Tuesday evening"),
    E("n11-5", "agreement", T, L("Ankara"), "UA", "TR", family=["policy_decision"],
      note="memorandum on joint drone production signed at the meeting"),
    E("n11-6", "policy_decision", D, L("Ankara"), "SE", "UA",
      note="Swedish SEK 8bn package announced on the sidelines (article day); 2027 spending target is a plan"),
    E("n11-7", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", launched=N(64))],
      claimant="Ukrainian air force", note="drones-only overnight wave"),
    E("n11-8", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(52))],
      claimant="Ukrainian air force"),
    E("n11-9", "air_drone_strike", D, L("Odesa"), "RU", "UA", inj=N(4), weapons=[W("drone")], parent="n11-7",
      claimant="Odesa regional governor", note="'Hours before the final session' = Wednesday"),
    E("n11-10", "agreement", D, L("Ankara"), None, None, optional=True, family=["policy_decision"],
      note="final declaration 'agreed after overnight haggling': optional (the summit and the training-centre "
           "decision are the required events)"),
]
STATEMENTS = [
    S("Jan-Niklas Brenner", "DE", "The restrictions no longer reflect the reality", "German government spokesman"),
    S("Russian Foreign Ministry", "RU", "a direct party to the conflict"),
    S("Rasa Vaitkutė", "LT", "Every summit, the Russians send us a message", "Lithuanian defence minister"),
]
MUST_NOT = [
    "CAPITOL & CONTINENT",
    "Policy news for people who make policy",
    "Defence  |  Trade  |  Energy  |  EU  |  NATO  |  Newsletters  |  Events",
    "By Margot Lindqvist, Defence Editor  |  8 July 2026, 18:40 CET  |  Updated 20:05 CET",
    "Gift this article  ·  Copy link  ·  Save",
    "Sign up for Capitol & Continent's Defence Brief, every Thursday.",
    "More from NATO",
    "EU foreign ministers to discuss frozen assets again next week",
    "The long road to the alliance's 5 percent target",
    "© 2026 Capitol & Continent Media SA. All rights reserved.",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
