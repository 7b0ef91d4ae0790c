from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, POL, DIP

TITLE = "UK pledges £1.2bn for air defence as foreign secretary visits Kyiv under sirens"
TEXT = """THE ALBION HERALD · Est. 1887
News | UK | World | Politics | Money | Sport | Comment | Culture
This site and selected partners place cookies on your device. Change your choices at any time. Yes, I'm happy | Manage preferences
World › Europe › Ukraine
UK pledges £1.2bn for air defence as foreign secretary visits Kyiv under sirens
By Imogen Trelawney, Diplomatic Editor, in Kyiv
Thursday 05 March 2026 18:22 GMT
Comments: 214
The foreign secretary stepped off the overnight train from Poland in Kyiv on Thursday morning, a day after the government announced £1.2bn of new military aid, the bulk of it earmarked for air defence missiles.

Twice during the visit the sirens sounded, and the delegation spent part of the morning in a shelter beneath the Ukrainian foreign ministry. In the afternoon the foreign secretary held talks with the Ukrainian president and with her Ukrainian counterpart, then laid flowers at the memorial wall to fallen soldiers on Mykhailivska Street.

The package, which the defence secretary announced in London on Wednesday, will pay for about 5,000 short-range missiles to be built in Belfast and delivered over the next twelve months. Separately, the Treasury on Thursday added 45 tankers of Russia's so-called shadow fleet and two Dubai-registered shipping companies to the sanctions list.
Photograph: Owen Pryce/The Albion Herald
Hours before the train pulled in, Russia had attacked again. A ballistic missile hit an industrial district of Kharkiv, killing two workers at a bakery, the regional governor said, and drones damaged a substation near Obukhiv, south of Kyiv, where nobody was hurt.

"Air defence is not charity. Every missile that is stopped over Kharkiv is one that does not have to be paid for in funerals and rebuilding," said Taras Bondaruk, deputy chair of the Verkhovna Rada's committee on foreign policy.

Among the people the foreign secretary met was Ellie Hartwell, a 29-year-old volunteer paramedic from Leeds, who was hurt on Monday when a Russian drone struck her ambulance near Kramatorsk. She and her Ukrainian driver were both wounded; she is being treated in a hospital in Dnipro.

"I was in the back with a patient when the windscreen went white. The driver got us out before the second drone came," Hartwell said.

The Kremlin's spokesman said that British-made missiles would be "legitimate targets" wherever they were stored, and that London was "prolonging the war".

"The money is welcome. The real test is whether the lines in Belfast can run at the pace ministers are promising, month after month," said Alastair Wemyss, a defence economist at the Hadrian Institute.
Share on Facebook | Share on X | Share via WhatsApp | Share via Email
Sign up to The Front Line, our free weekly briefing on the war in Ukraine
This article was amended on 5 March 2026. An earlier version gave the wrong home town for the volunteer paramedic.
Imogen Trelawney is the Herald's diplomatic editor. She has reported from Ukraine since 2014.
More from the Herald
Kremlin dismisses British package as a provocation
© 2026 Albion Herald Media Group Ltd. Registered in England and Wales No. 04417731.
"""
DOC = {"id": "lj13", "date": "2026-03-05", "source": "The Albion Herald (British newspaper)",
       "url": "https://albionherald.example/world/2026/mar/05/uk-air-defence-package-foreign-secretary-kyiv", "text": TEXT}

D, WED, MON = "2026-03-05", "2026-03-04", "2026-03-02"
EVENTS = [
    E("lj13-1", DIP, D, L("Kyiv"), "GB", "UA",
      evidence="In the afternoon the foreign secretary held talks with the Ukrainian president and with her Ukrainian "
               "counterpart",
      note="the visitor who holds talks is actor1 (blind49 call 10), Kyiv, Thursday 5 Mar; the arrival by train and the "
           "flowers are parts of the same visit"),
    E("lj13-2", POL, WED, C("GB", "United Kingdom"), "GB", "UA",
      evidence="The package, which the defence secretary announced in London on Wednesday",
      note="the £1.2bn aid package announced 'a day after' / 'on Wednesday' -> 4 Mar, at the deciding country although "
           "London is named; the missiles 'to be built … over the next twelve months' are plans"),
    E("lj13-3", POL, D, C("GB", "United Kingdom"), "GB", "RU",
      evidence="the Treasury on Thursday added 45 tankers of Russia's so-called shadow fleet and two Dubai-registered "
               "shipping companies to the sanctions list",
      note="a sanction on Thursday at the deciding country (blind49 kz16-11)"),
    E("lj13-4", MAS, D, L("Kharkiv"), "RU", "UA", fat=N(2), weapons=[W("ballistic_missile")],
      evidence="A ballistic missile hit an industrial district of Kharkiv, killing two workers at a bakery",
      note="'Hours before the train pulled in' on Thursday morning -> 5 Mar; 2 killed"),
    E("lj13-5", ADS, D, H("Obukhiv", "near Obukhiv"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      evidence="drones damaged a substation near Obukhiv, south of Kyiv, where nobody was hurt",
      note="the same night; 'nobody was hurt' -> 0/0; near X -> precision 2 (Kyiv oblast, UA-32)"),
    E("lj13-6", ADS, MON, H("Kramatorsk", "near Kramatorsk"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      evidence="who was hurt on Monday when a Russian drone struck her ambulance near Kramatorsk",
      note="recalled strike with its own day: 'on Monday' of a Thursday page -> 2 Mar; 'She and her Ukrainian driver "
           "were both wounded' -> 2 injured; the treatment in Dnipro is no event"),
]
# Not events: the sirens and the time in the shelter (alerts without an attack on the page's place), the flowers at the
# memorial wall (part of lj13-1), the missiles 'to be built … and delivered over the next twelve months' (plan), the
# Kremlin's 'legitimate targets' and 'prolonging the war' (threat, title-only speaker). The own-line photograph credit,
# share row, newsletter box, correction note, author bio, 'More from the Herald' with its headline and the legal footer
# are furniture.
STATEMENTS = [
    S("Taras Bondaruk", "UA", "Air defence is not charity", "deputy head, Verkhovna Rada foreign affairs committee"),
    S("Ellie Hartwell", "GB", "The driver got us out before the second drone came", "volunteer paramedic from Leeds"),
    S("Alastair Wemyss", None, "whether the lines in Belfast can run at the pace ministers are promising",
      "defence economist, Hadrian Institute"),
]
# Not gold: the Kremlin spokesman's "legitimate targets" and "prolonging the war" (title only, fragments).
MUST_NOT = ["THE ALBION HERALD · Est. 1887",
            "News | UK | World | Politics | Money | Sport | Comment | Culture",
            "This site and selected partners place cookies on your device. Change your choices at any time. Yes, "
            "I'm happy | Manage preferences",
            "World › Europe › Ukraine", "By Imogen Trelawney, Diplomatic Editor, in Kyiv",
            "Thursday 05 March 2026 18:22 GMT", "Comments: 214", "Photograph: Owen Pryce/The Albion Herald",
            "Share on Facebook | Share on X | Share via WhatsApp | Share via Email",
            "Sign up to The Front Line, our free weekly briefing on the war in Ukraine",
            "This article was amended on 5 March 2026. An earlier version gave the wrong home town for the volunteer "
            "paramedic.",
            "Imogen Trelawney is the Herald's diplomatic editor. She has reported from Ukraine since 2014.",
            "More from the Herald", "Kremlin dismisses British package as a provocation",
            "© 2026 Albion Herald Media Group Ltd. Registered in England and Wales No. 04417731."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
