from common import E, L, R, C, N, W, S, gold

TITLE = "Berlin allows Taurus strikes on Russian territory, Moscow threatens \"response\"; Riigikogu votes for assets law"
TEXT = """TOOMPEA TEATAJA | in English
Eesti | Maailm | Kaitse | Majandus | Arvamus
Berlin allows Taurus strikes on Russian territory, Moscow threatens "response"; Riigikogu votes for assets law
17.06.2026 16:40
Kristjan Tamm, Toompea Teataja
⏱ Lugemisaeg 4 min
The German federal government on Tuesday approved the delivery of Taurus cruise missiles to Ukraine and allowed Kyiv to use them against military targets on Russian territory, the German government spokesman told journalists in Berlin. The first missiles could be in Ukraine "within weeks", but the exact number will not be disclosed, he said.

Berlin had refused the delivery for more than two years, fearing an escalation. According to the spokesman, the decision was agreed with Paris and London and does not allow strikes on "civilian objects or the political leadership".

Moscow reacted angrily. The Kremlin spokesman said Germany is becoming "a direct party to the conflict", and the deputy chairman of the Russian Security Council wrote that German factories producing the missiles "could become legitimate targets". The Russian foreign ministry promised a response "which Berlin will feel".

Hours after the decision, Russia attacked Kyiv with missiles in the night to Wednesday. In the Sviatoshynskyi district the debris damaged a kindergarten and three people were injured, the Kyiv city military administration said.

Kaitse-uudised otse postkasti: telli uudiskiri
In Tallinn, the Riigikogu on Wednesday adopted with 68 votes a law which allows the government to use frozen Russian state assets for compensation to Ukraine. The Russian embassy in Tallinn called the law "theft under the cover of legislation" and said Estonia "will bear the consequences".

"Small country does not have the luxury to wait for the big ones. We decided, and others will follow," said Riigikogu member Liis Sepp (Reform Party), who led the bill.

The defence minister of Estonia, who met his German counterpart in Tallinn on Monday, said that Estonia would be ready to send a company to Ukraine if a ceasefire is signed and a mandate exists. He also said that the purchase of additional HIMARS launchers will be decided in autumn.

German security analyst Dr. Jonas Weber from Hamburg says that the Taurus decision is more political than military. "Several dozen missiles will not change the front. But they tell Moscow that German red lines can move," he said to Toompea Teataja.

Does the decision make Estonia, a neighbour of Russia, less safe? Most of the experts asked by Toompea Teataja say no.

Kommentaarid on suletud
© Toompea Teataja AS, 2026 · Kõik õigused kaitstud
"""
DOC = {"id": "kg11", "date": "2026-06-17", "source": "Toompea Teataja (Estonian news site, English version)",
       "url": "https://toompeateataja.example/en/maailm/2026/06/17/taurus-berlin-riigikogu-assets", "text": TEXT}

EVENTS = [
    E("kg11-1", "policy_decision", "2026-06-16", L("Berlin"), "DE", None,
      note="'The German federal government on Tuesday approved the delivery … and allowed Kyiv to use them' = 16 Jun, "
           "a weapons permission = policy_decision placed in the capital that gave it (blind28 call 5); the rules of "
           "use, 'within weeks', 'will not be disclosed' are not events"),
    E("kg11-2", "missile_artillery_strike", "2026-06-17", L("Kyiv"), "RU", "UA", inj=N(3), weapons=[W("missile")],
      claimant="Kyiv City Military Administration",
      note="'in the night to Wednesday' = 17 Jun; Sviatoshynskyi district = the city; debris of missiles = missile type"),
    E("kg11-3", "policy_decision", "2026-06-17", L("Tallinn"), "EE", None,
      note="the Riigikogu 'on Wednesday adopted … a law' on frozen Russian assets for Ukraine: a decision about the "
           "war taken on a day, in Tallinn"),
    E("kg11-4", "diplomatic_contact", "2026-06-15", L("Tallinn"), None, None,
      note="the Estonian defence minister 'met his German counterpart in Tallinn on Monday' (15 Jun): two states' "
           "officials, sides null (blind31 call 4)"),
]
# Not events: Berlin's refusal for two years (history), the threats ('a direct party', 'could become legitimate
# targets', 'a response which Berlin will feel', 'will bear the consequences'), 'would be ready to send a company … if'
# (conditional), HIMARS 'will be decided in autumn' (plan), the question and the experts' opinion.
# Not gold statements: title-only speakers (the German government spokesman's 'within weeks' and 'civilian objects or
# the political leadership', the Kremlin spokesman's 'a direct party to the conflict', the Security Council deputy
# chairman's 'could become legitimate targets'), the Russian foreign ministry fragment 'which Berlin will feel', the
# embassy's second fragment 'will bear the consequences', the headline's scare-quoted "response".
STATEMENTS = [
    S("Russian embassy in Tallinn", "RU", "theft under the cover of legislation", "Russian embassy"),
    S("Liis Sepp", "EE", "Small country does not have the luxury to wait for the big ones", "member of the Riigikogu"),
    S("Jonas Weber", None, "Several dozen missiles will not change the front", "security analyst"),
]
MUST_NOT = ["TOOMPEA TEATAJA | in English", "Eesti | Maailm | Kaitse | Majandus | Arvamus", "17.06.2026 16:40",
            "Kristjan Tamm, Toompea Teataja", "⏱ Lugemisaeg 4 min",
            "Kaitse-uudised otse postkasti: telli uudiskiri", "Kommentaarid on suletud",
            "© Toompea Teataja AS, 2026 · Kõik õigused kaitstud"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
