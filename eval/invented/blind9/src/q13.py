from common import E, L, R, C, N, W, S, gold

TITLE = "157 for 157: another prisoner swap, another verdict in Rostov, and wives outside the Defence Ministry"
TEXT = """PEREKRESTOK — English edition
This material was produced by Perekrestok, which the Russian authorities have designated an "undesirable organisation". Reposting it from Russia may be punishable.
157 for 157: another prisoner swap, another verdict in Rostov, and wives outside the Defence Ministry
5 November 2026 · by Anastasia Lind
Our week in review

Russia and Ukraine exchanged 157 prisoners of war each on Wednesday on the border with Belarus, in a swap mediated by the United Arab Emirates. It was the first exchange since early September.

Ukraine's coordination headquarters for the treatment of prisoners of war said most of those released had been held since 2022, among them marines captured in Mariupol. "Every name on this list was fought for over months of talks. We are not stopping," headquarters spokesman Yaroslav Tkach said.

Russia's human rights commissioner, Irina Sviridova, said the sides had also agreed to "continue working on the return of civilians". Asked whether an all-for-all exchange, which Kyiv has proposed several times, was possible, the Kremlin said there were "no such plans at the moment".

Support independent journalism — donate to Perekrestok by card, crypto or PayPal

A day earlier, on Tuesday, the Southern District Military Court in Rostov-on-Don sentenced eleven Ukrainian prisoners of war to between 16 and 22 years in a strict-regime colony on terrorism charges, for serving in a unit Russia has designated a terrorist organisation. None of the men pleaded guilty, their lawyers said. Human rights groups say such trials are used to keep prisoners off exchange lists.

"My client was a cook. He did not fire a single shot, and the court did not even pretend to look for evidence," said lawyer Denis Arkhipov, who defended one of the men.

Could the convicted men still be exchanged? Ukraine's ombudsman says yes: more than 20 prisoners sentenced in Russia have been swapped since 2023. But the process takes longer, and Russia has never confirmed such cases officially.

Meanwhile, wives and mothers of mobilised soldiers held a rally outside the Defence Ministry building in Moscow on Saturday, demanding that men called up in 2022 be sent home. About 40 women came with placards reading "Four years is enough". Police detained seven of them after about half an hour, according to the monitoring group Svoboda Sobraniy.

"We are not against anybody. We just want a date — when will they come home?" said one of the organisers, Yekaterina Zorina, before she was taken to a police van.

In Tbilisi, several hundred people rallied on Sunday outside the Russian interests section of the Swiss embassy, demanding the release of Georgian volunteers captured while fighting for Ukraine. The rally passed peacefully.

Since 2022, Russia and Ukraine have carried out more than 70 exchanges. Ukrainian officials estimate that several thousand Ukrainians remain in Russian captivity, though Moscow has never published figures. The next exchange could take place before the New Year if the talks continue, a source in the headquarters told Perekrestok.

Read more
— How Russia's "terrorism" trials of Ukrainian POWs work
— The mobilised men's wives who stopped being afraid
Share: Telegram · VK · X · Copy link
Perekrestok is available via VPN and mirror sites. Bookmark our mirror list.
"""
DOC = {"id": "q13", "date": "2026-11-05", "source": "Perekrestok (Russian exile outlet, English edition)",
       "url": "https://perekrestok.example/en/2026/11/05/157-for-157", "text": TEXT}

EVENTS = [
    E("q13-1", "agreement", "2026-11-04", C(None, "border with Belarus"), "RU", "UA",
      claimant="Ukrainian coordination headquarters",
      note="157-for-157 exchange 'on Wednesday' 'on the border with Belarus' (border: no usable country, blind4 judgment 10)"),
    E("q13-2", "agreement", "2026-09-01", C(None, "unspecified"), "RU", "UA", prec="month", end="2026-09-15",
      optional=True, note="previous exchange 'early September': recalled, vague"),
    E("q13-3", "policy_decision", "2026-11-03", L("Rostov-on-Don"), "RU", "UA", optional=True,
      claimant="Perekrestok", note="court verdict against POWs: no taxonomy type fits well; optional as in blind2 y22"),
    E("q13-4", "protest", "2026-10-31", L("Moscow"), "RU", "RU", claimant="Svoboda Sobraniy",
      note="soldiers' wives' rally 'on Saturday'; police detained seven: protest with intervention (blind4 judgment 2)"),
    E("q13-5", "arrest", "2026-10-31", L("Moscow"), "RU", "RU", optional=True,
      note="detentions at the protest (blind4 judgment 1)"),
    E("q13-6", "protest", "2026-11-01", L("Tbilisi"), "GE", None, note="'on Sunday', peaceful"),
]
STATEMENTS = [
    S("Yaroslav Tkach", "UA", "Every name on this list was fought for over months of talks", "coordination HQ spokesman"),
    S("Irina Sviridova", "RU", "continue working on the return of civilians", "Russian human rights commissioner"),
    S("Kremlin", "RU", "no such plans at the moment"),
    S("Denis Arkhipov", None, "He did not fire a single shot", "lawyer"),
    S("Yekaterina Zorina", "RU", "We just want a date", "protest organiser"),
]
MUST_NOT = ["PEREKRESTOK — English edition",
            "This material was produced by Perekrestok, which the Russian authorities have designated an \"undesirable organisation\". Reposting it from Russia may be punishable.",
            "5 November 2026 · by Anastasia Lind", "Our week in review",
            "Support independent journalism — donate to Perekrestok by card, crypto or PayPal",
            "Read more", "— How Russia's \"terrorism\" trials of Ukrainian POWs work",
            "— The mobilised men's wives who stopped being afraid", "Share: Telegram · VK · X · Copy link",
            "Perekrestok is available via VPN and mirror sites. Bookmark our mirror list."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
