from common import E, L, R, C, N, W, S, H, gold, POL, ATT

TITLE = "Kyiv court jails Russian soldier for 12 years over killing of cyclist in Kolonshchyna"
TEXT = """PRAVO DAILY
Ukrainian law and justice, in English
Courts | War crimes | Anti-corruption | Legislation | Opinion
War crimes › Verdicts
Kyiv court jails Russian soldier for 12 years over killing of cyclist in Kolonshchyna
20.06.2023 · 17:05 · Author: Nazar Tkachuk
A Russian soldier who shot dead an unarmed man on a bicycle during the occupation of the west of the Kyiv region was sentenced on Tuesday to 12 years in prison by the Sviatoshynskyi District Court of Kyiv.

The court found Junior Sergeant Aleksei Voronin, 23, of a Russian motor rifle brigade, guilty of violating the laws and customs of war. He was taken prisoner by Ukrainian forces later in the spring of 2022 and has been held in a pre-trial detention centre since.

According to the verdict, on the morning of 9 March 2022 Voronin and two other soldiers stopped Petro Maliuk, 61, on the main street of Kolonshchyna, a village west of Kyiv, as he was cycling to his sister's house with a bag of bread. After checking his phone, Voronin fired three shots at him from his assault rifle. Maliuk died at the scene. His body lay in the street for five days before neighbours were allowed to bury him in his garden.

"He was not a fighter, he was not a spotter, he was a man with a loaf of bread. The court has said so today in the name of Ukraine," said Olha Synytsia, the prosecutor of the Kyiv regional prosecutor's office who led the case.

His widow, Halyna Maliuk, 59, followed the hearing from the back row. "Twelve years. My husband had forty more in him, his doctor said. But at least the judge read his name aloud," she told Pravo Daily outside the courtroom.

In his last word, Voronin asked the family for forgiveness and said he had been following an order to "check everyone on the street". His state-appointed lawyer, Ruslan Demydenko, said the defence would appeal. "The court ignored that my client was a conscript under the command of officers who have never been identified," Demydenko said.

Prosecutors say the same unit killed two more civilians in Kolonshchyna in the days that followed; those cases are still under investigation, and nobody has yet been charged.

Ukrainian courts have delivered more than 60 verdicts in war-crimes cases since the full-scale invasion began, most of them in absentia. Voronin could yet be included in a prisoner exchange, as has happened with several convicted soldiers before, if Russia requests him.
Read also: What the law says about trials in absentia
Subscribe to Pravo Daily's weekly war crimes digest
Pravo Daily, 2023. Quoting is allowed with a hyperlink to pravo-daily.example
"""
DOC = {"id": "li12", "date": "2023-06-20", "source": "Pravo Daily (Ukrainian legal news site)",
       "url": "https://pravo-daily.example/war-crimes/verdicts/kolonshchyna-cyclist-12-years", "text": TEXT}

D = "2023-06-20"
EVENTS = [
    E("li12-1", POL, D, L("Kyiv"), "UA", "RU", family=["arrest"], claimant="Sviatoshynskyi District Court of Kyiv",
      evidence="was sentenced on Tuesday to 12 years in prison by the Sviatoshynskyi District Court of Kyiv",
      note="the page's news: a Ukrainian court's war-crimes verdict 'on Tuesday' (the publication day) -> a state "
           "decision about the war, placed at the named court in Kyiv (the text names the venue); the taxonomy has no "
           "verdict type, so policy_decision with arrest accepted (a custodial sentence); the defendant is RU"),
    E("li12-2", ATT, "2022-03-09", L("Kolonshchyna"), "RU", "UA", fat=N(1),
      evidence="According to the verdict, on the morning of 9 March 2022 Voronin and two other soldiers stopped Petro Maliuk, 61, on the main street of Kolonshchyna",
      note="the crime is history with its own day: a recalled event with a resolvable day is required on that day (9 "
           "March 2022), not on the verdict day; direct shooting of a civilian by a soldier -> attack_on_civilians, "
           "1 k; Kolonshchyna 705303 (Kyiv oblast, west of Kyiv)"),
    E("li12-3", ATT, None, L("Kolonshchyna"), "RU", "UA", prec="unknown", fat=N(2), optional=True,
      evidence="Prosecutors say the same unit killed two more civilians in Kolonshchyna in the days that followed",
      note="killings 'in the days that followed', without a day and still under investigation -> optional, date null"),
]
# Not events: the capture 'later in the spring of 2022' and the detention since (history without a day); the body
# left in the street 'for five days' and the burial in the garden (aftermath of li12-2); the defendant's last word
# and the order he cites; the appeal the defence 'would' lodge (future); 'more than 60 verdicts … since the full-scale
# invasion began' (cumulative); 'could yet be included in a prisoner exchange … if Russia requests him' (conditional).
# Quoted fragment that is not a gold statement: the order to "check everyone on the street" (reported, unnamed source).
STATEMENTS = [
    S("Olha Synytsia", "UA", "he was a man with a loaf of bread", "prosecutor, Kyiv regional prosecutor's office"),
    S("Halyna Maliuk", "UA", "at least the judge read his name aloud", "widow of the victim"),
    S("Ruslan Demydenko", "UA", "my client was a conscript under the command of officers who have never been identified",
      "state-appointed defence lawyer"),
]
MUST_NOT = ["PRAVO DAILY", "Ukrainian law and justice, in English",
            "Courts | War crimes | Anti-corruption | Legislation | Opinion", "War crimes › Verdicts",
            "20.06.2023 · 17:05 · Author: Nazar Tkachuk", "Read also: What the law says about trials in absentia",
            "Subscribe to Pravo Daily's weekly war crimes digest",
            "Pravo Daily, 2023. Quoting is allowed with a hyperlink to pravo-daily.example"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
