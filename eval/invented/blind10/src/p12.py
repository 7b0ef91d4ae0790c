from common import E, L, R, C, N, W, S, gold

TITLE = "Allies promise air defence 'surge' as the Netherlands lifts limits on F-16 strikes inside Russia"
TEXT = """THE BRUSSELS COURIER
Politics · EU Affairs · Defence · Economy · Opinion · Events
Defence & Security
Allies promise air defence 'surge' as the Netherlands lifts limits on F-16 strikes inside Russia
By Annelies Vermeer | 13 February 2026, 07:30 CET
This article is part of our NATO Ministerial coverage. Editorial independence guaranteed.

NATO defence ministers meeting in Brussels on Thursday promised to speed up deliveries of air defence systems to Ukraine, while the Netherlands said it would allow Kyiv to use Dutch-supplied F-16 fighter jets against military targets inside Russia.

The Dutch decision, announced by the defence minister on the sidelines of the meeting, makes the Netherlands the third ally to lift such restrictions on its aircraft. The Hague had until now allowed the jets to be used only over Ukrainian territory and against Russian targets in occupied areas.

"Ukraine has the right to defend itself against the airfields from which its cities are bombed every night," said Jeroen Vink, a spokesman for the Dutch defence ministry. "That is not escalation. That is common sense."

Moscow hit back within hours. "Any strike by Dutch aircraft on Russian territory will be regarded as direct participation of the Netherlands in the conflict, with all the consequences that follow from that," Russian foreign ministry spokesman Artyom Belyakov told reporters. The Kremlin did not say what those consequences might be.

Hours before the ministers sat down, Russia had launched 96 drones and two Kh-101 cruise missiles at Ukraine overnight. Ukraine's air force said it shot down 81 of the drones and both missiles. In Kharkiv, a drone hit an apartment block in the Saltivskyi district, injuring six people, including a child, the city's mayor said.

In Berlin, the Bundestag's budget commitee on Wednesday approved a €3bn package of air defence missiles and artillery ammunition for Ukraine, the largest single German contribution since the start of the war. And on Thursday, a group of eight countries led by Norway signed a letter of intent in Brussels to finance jointly the purchase of Patriot interceptors worth €1.2bn.

Washington, represented at the meeting by the deputy defence secretary, made no new pledges. US officials have said repeatedly that future American weapons for Ukraine will be sold to European allies rather than donated. Asked whether the administration might reconsider its refusal to supply long-range Tomahawk missiles, a senior US official said only that "all options remain on the table". If Washington were to approve such deliveries, the Kremlin warned last month, relations between Russia and the United States would "collapse completely".

Budapest, meanwhile, denied on Friday that it was holding up the next tranche of EU military aid. "Hungary is not blocking anything. We simply ask that our questions be answered," said Zoltán Szabados, a spokesman for the Hungarian government. Diplomats in Brussels see it differently. EU ambassadors, meeting separately on Wednesday, again failed to agree on a 21st package of sanctions against Russia because of objections from Slovakia and Hungary. The package is now expected to be adopted before 24 February, the fourth anniversary of the full-scale invasion.

Kyiv welcomed the Dutch move. Ukraine's defence minister, who attended the meeting, said it would "save lives in Kharkiv and Sumy" by allowing Ukrainian pilots to hit Russian jets before they release their glide bombs. Russia has used the bombs, some weighing three tonnes, to devastating effect along the front line and in border cities since 2023.

NATO's secretary-general said the alliance would review progress on the air defence pledges at a meeting of the Ukraine Defence Contact Group in March. "What we promise in February must be in Ukraine by the summer," he told a closing news conference.

Free newsletter: The Courier Morning Brief. Every weekday at 7am. Sign up here
Related: Inside the Patriot coalition: who pays for what
Comments are closed for this article.
© 2026 The Brussels Courier SRL · Rue de la Loi 00, 1040 Brussels
"""
DOC = {"id": "p12", "date": "2026-02-13", "source": "The Brussels Courier",
       "url": "https://www.brusselscourier.example/defence/2026/02/13/nato-air-defence-surge-dutch-f16", "text": TEXT}

THU, WED = "2026-02-12", "2026-02-11"
EVENTS = [
    E("p12-1", "diplomatic_contact", THU, L("Brussels"), None, None,
      note="multilateral meeting of NATO defence ministers (Ukraine's minister attended): sides not single states"),
    E("p12-2", "policy_decision", THU, L("Brussels"), "NL", "UA",
      note="permission to use Dutch F-16s against military targets inside Russia, announced in Brussels; 'The Hague' "
           "is metonymy for the Dutch government, not a place of the event"),
    E("p12-3", "missile_artillery_strike", THU, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(96)), W("cruise_missile", "Kh-101", launched=N(2))],
      claimant="Ukraine's air force",
      note="'Hours before the ministers sat down' on Thursday … 'overnight' = night into Thursday 12 Feb"),
    E("p12-4", "interception", THU, C("UA", "Ukraine"), "UA", "RU", parent="p12-3",
      weapons=[W("drone", intercepted=N(81)), W("cruise_missile", "Kh-101", intercepted=N(2))]),
    E("p12-5", "air_drone_strike", THU, L("Kharkiv", 1, "Kharkiv, Saltivskyi district"), "RU", "UA", inj=N(6),
      weapons=[W("drone")], parent="p12-3", claimant="the city's mayor"),
    E("p12-6", "policy_decision", WED, L("Berlin"), "DE", "UA", note="Bundestag budget committee approval on Wednesday"),
    E("p12-7", "policy_decision", THU, L("Brussels"), "NO", "UA", family=["agreement"],
      note="eight-country letter of intent led by Norway, signed in Brussels: a funding decision among allies"),
    E("p12-8", "diplomatic_contact", WED, L("Brussels"), None, None, optional=True,
      note="EU ambassadors' meeting that 'failed to agree' on sanctions: the meeting happened, the decision did not"),
]
STATEMENTS = [
    S("Jeroen Vink", "NL", "That is not escalation. That is common sense.", "Dutch defence ministry spokesman"),
    S("Artyom Belyakov", "RU", "will be regarded as direct participation of the Netherlands in the conflict",
      "Russian foreign ministry spokesman"),
    S("Zoltán Szabados", "HU", "Hungary is not blocking anything", "Hungarian government spokesman"),
]
MUST_NOT = [
    "THE BRUSSELS COURIER",
    "Politics · EU Affairs · Defence · Economy · Opinion · Events",
    "Defence & Security",
    "By Annelies Vermeer | 13 February 2026, 07:30 CET",
    "This article is part of our NATO Ministerial coverage. Editorial independence guaranteed.",
    "Free newsletter: The Courier Morning Brief. Every weekday at 7am. Sign up here",
    "Related: Inside the Patriot coalition: who pays for what",
    "Comments are closed for this article.",
    "© 2026 The Brussels Courier SRL · Rue de la Loi 00, 1040 Brussels",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
