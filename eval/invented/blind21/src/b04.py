from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine brings home 130 prisoners of war in first swap since February"
NOWHERE = {"name": "unnamed exchange point", "country_code": None, "admin1_code": None, "precision": 4}
TEXT = """THE KYIV LEDGER
War · Politics · Business · Culture · Investigations
Become a member — from $5 a month
War › Prisoners of war
Ukraine brings home 130 prisoners of war in first swap since February
Ostap Hnatyuk · Reporter
March 9, 2023 4:37 pm
Share: Facebook · X · LinkedIn · Copy link
One hundred and thirty Ukrainian soldiers, border guards and National Guard members returned home on March 7 in an exchange that saw 90 Russian servicemen handed back to Moscow, Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said on Thursday, disclosing details two days after the swap took place on the border in the Sumy region.

Among those freed were 87 defenders of Mariupol, including 35 who had been held since the surrender of the Azovstal steel plant last May, and a 19-year-old marine captured near Bakhmut in January. Several of them have serious wounds and were taken straight to hospitals in Sumy and Kyiv.

"Some of the guys could barely stand when they crossed the line. They were starved, and many of them were beaten every day," said Bohdan Okhrimenko, a spokesman for the Coordination Headquarters.

The exchange was made possible through mediation by the United Arab Emirates, according to the headquarters.

Sergeant Vitalii Kravets, who spent ten months in a prison in the Russian-occupied part of the Donetsk region, said he had lost 24 kilograms. "The first thing I asked for was my mother's phone number. I had repeated it to myself every night," he told the Ledger by phone from a hospital ward.

Russia's Defence Ministry confirmed the swap. It said the 90 returned servicemen would be "delivered to Moscow by military transport aviation for treatment and rehabilitation".

In a separate handover on Wednesday, the bodies of 64 fallen Ukrainian soldiers were returned to Ukraine, the headquarters said, without giving the location.

The previous exchange, on Feb. 4, brought home 116 Ukrainians. According to the headquarters, more than 1,900 Ukrainians have been freed from Russian captivity since the start of the full-scale invasion, while thousands remain in detention.

Okhrimenko said negotiations on the next exchange were already under way but declined to give a timeline. "We do not announce exchanges in advance, because every public word can cost someone a place on the list," he said.

The news came as Russian shelling continued to batter the south. In Kherson, an artillery strike on the Korabel neighbourhood killed two civilians and injured five on Wednesday evening, the regional military administration reported. "The Russians fired at a bus stop at the time when people return from work," the administration said on Telegram.

Ostap Hnatyuk is a reporter at the Kyiv Ledger covering human rights and prisoners of war.
Before you go — the Kyiv Ledger is funded by its readers. Support our newsroom.
"""
DOC = {"id": "b04", "date": "2023-03-09", "source": "The Kyiv Ledger (Ukrainian English-language site)",
       "url": "https://kyivledger.example/war/ukraine-brings-home-130-prisoners-of-war", "text": TEXT}

D, Y = "2023-03-09", "2023-03-08"
EVENTS = [
    E("b04-1", "agreement", "2023-03-07", R("UA-59", "border in the Sumy region"), "UA", "RU",
      claimant="Coordination Headquarters for the Treatment of Prisoners of War",
      note="prisoner exchange = agreement; 'on March 7' (explicit, two days before publication); 'on the border in the "
           "Sumy region' names no town -> region precision 3; UAE mediation is background of the same event"),
    E("b04-2", "agreement", Y, NOWHERE, "UA", "RU",
      claimant="Coordination Headquarters for the Treatment of Prisoners of War",
      note="repatriation of 64 bodies 'on Wednesday' = 8 March; 'without giving the location' -> country_code null "
           "(blind4 call 10)"),
    E("b04-3", "agreement", "2023-02-04", NOWHERE, "UA", "RU",
      note="recalled earlier exchange 'on Feb. 4' (116 freed): a recalled event with a resolvable day is its own event; "
           "no place given -> country_code null"),
    E("b04-4", "missile_artillery_strike", Y, L("Kherson", 1, "Korabel neighbourhood, Kherson"), "RU", "UA", fat=N(2),
      inj=N(5), weapons=[W("artillery")], claimant="Kherson regional military administration",
      note="artillery on a bus stop 'on Wednesday evening' = 8 March; neighbourhood = the city"),
]
STATEMENTS = [
    S("Bohdan Okhrimenko", "UA", "They were starved, and many of them were beaten every day",
      "Coordination Headquarters spokesman"),
    S("Vitalii Kravets", "UA", "The first thing I asked for was my mother's phone number", "freed sergeant"),
    S("Russian Defence Ministry", "RU", "delivered to Moscow by military transport aviation for treatment and rehabilitation"),
    S("Bohdan Okhrimenko", "UA", "every public word can cost someone a place on the list",
      "Coordination Headquarters spokesman"),
    S("Kherson regional military administration", "UA", "The Russians fired at a bus stop"),
]
MUST_NOT = ["THE KYIV LEDGER", "War · Politics · Business · Culture · Investigations",
            "Become a member — from $5 a month", "War › Prisoners of war", "Ostap Hnatyuk · Reporter",
            "March 9, 2023 4:37 pm", "Share: Facebook · X · LinkedIn · Copy link",
            "Ostap Hnatyuk is a reporter at the Kyiv Ledger covering human rights and prisoners of war.",
            "Before you go — the Kyiv Ledger is funded by its readers. Support our newsroom."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
