from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, CLA, TER, PRO

TITLE = "Russian volunteer units fighting for Kyiv cross into Kursk and Belgorod regions; Georgian among the fighters"
TEXT = """SAKARTVELO DAILY
ქართ | ENG | РУС
Politics | Occupied Territories | War in Ukraine | Economy | Opinion
13/03/2024 - 15:20
Sakartvelo Daily staff
Russian volunteer units fighting for Kyiv cross into Kursk and Belgorod regions; Georgian among the fighters
Armed formations of Russian citizens who fight on Ukraine's side said on Tuesday that they had crossed the border into Russia's Kursk and Belgorod regions, days before the Russian presidential election.

In a video posted on Tuesday afternoon, one of the units claimed to have taken full control of Kozinka, a village of about a thousand people in the Grayvoron district of the Belgorod region. Fighters were shown raising a flag outside the village administration.

Russia's defence ministry denied that any ground had been lost. It said army and border units had repelled "attempts by Ukrainian sabotage groups" to break through the border near Kozinka and near Tyotkino, in the Kursk region, and claimed that 234 attackers had been killed and seven tanks destroyed in the two areas. The ministry also published footage of what it said were air strikes on the attackers' vehicles near Kozinka.

The governor of the Kursk region said Tyotkino itself had been shelled throughout Tuesday and a woman had been wounded. In the Belgorod region, air defence shot down eleven rockets fired from multiple launchers over the region on Tuesday evening, the regional governor said.

"We are not coming to conquer anything. We are coming home, and we will keep coming until this regime falls," the units' spokesman, who gave his name as Aleksei Baranov, told Sakartvelo Daily by phone.

Among the fighters is at least one Georgian citizen, a former officer of the Georgian army who joined one of the units last year, according to the spokesman. His family in Kutaisi asked us not to publish his name.

Residents of Kozinka who left for Belgorod described a day in cellars. "We sat underground from six in the morning. When we came up, the windows were gone and the neighbour's roof was burning," Tamara Voloshina, 61, told a Belgorod news site.

The same groups staged a similar raid in May last year, when they held parts of the Grayvoron district for about two days. Russia votes in the presidential election from Friday to Sunday.

In Tbilisi, about 300 people, most of them Russian citizens living in Georgia, rallied on Tuesday evening outside the building of the Swiss embassy that houses Russia's interests section, carrying placards against the war and the election. The police did not intervene.

The war also reached Georgian families this week. A Georgian Legion fighter from Rustavi was killed by a Russian drone near Chasiv Yar on Sunday, the Legion said. He was the fourth Georgian volunteer killed in Ukraine this year.

"For Georgians, a raid into Belgorod looks less like an adventure and more like a mirror: Russia's border regions now live the way Abkhazia's border villages have lived for thirty years," said Levan Chkhaidze, a researcher at a Tbilisi security think-tank.
Share: Facebook · X · Telegram
Tags: Russia, Ukraine, Kursk, Belgorod, Georgian Legion
Related: Georgian Legion fighter buried at Mukhatgverdi cemetery
© 2024 Sakartvelo Daily. Reproduction only with a hyperlink.
"""
DOC = {"id": "lg08", "date": "2024-03-13", "source": "Sakartvelo Daily (Georgian news site in English)",
       "url": "https://sakartvelodaily.example/en/war-in-ukraine/2024/03/13/russian-volunteers-kursk-belgorod", "text": TEXT}

D, TUE, SUN = "2024-03-13", "2024-03-12", "2024-03-10"
MOD = "Russian defence ministry"
EVENTS = [
    E("lg08-1", TER, TUE, L("Kozinka"), "UA", "RU", claimant="Russian volunteer units",
      evidence="one of the units claimed to have taken full control of Kozinka",
      note="capture claim on Tuesday 12 Mar (Wednesday page) -> required on the claim day although denied (blind53 call "
           "5); the Russian citizens' units fight for Ukraine -> actor1 UA; Kozinka 543229 (Grayvoron district, "
           "Belgorod region)"),
    E("lg08-2", CLA, TUE, H("Kozinka", "near Kozinka"), "UA", "RU", claimant=MOD,
      evidence="army and border units had repelled \"attempts by Ukrainian sabotage groups\" to break through the border near Kozinka",
      note="the denial's 'repelled … near Kozinka' -> a clash the same day, the attacking side UA as actor1; the "
           "MoD's 234 killed and seven tanks are given for 'the two areas' together -> no per-event fatalities (absent)"),
    E("lg08-3", CLA, TUE, H("Tyotkino", "near Tyotkino"), "UA", "RU", claimant=MOD,
      evidence="and near Tyotkino, in the Kursk region",
      note="the second place of the MoD's sentence -> its own clash; Tyotkino 483166 (RU-KRS)"),
    E("lg08-4", ADS, TUE, H("Kozinka", "near Kozinka"), "RU", "UA", weapons=[W("aircraft")], claimant=MOD,
      evidence="The ministry also published footage of what it said were air strikes on the attackers' vehicles near Kozinka.",
      note="Russian air strikes on the attackers near Kozinka (Tuesday): RU on the pro-Ukrainian units (UA)"),
    E("lg08-5", MAS, TUE, L("Tyotkino"), "UA", "RU", inj=N(1), weapons=[W("artillery")],
      claimant="governor of the Kursk region",
      evidence="Tyotkino itself had been shelled throughout Tuesday and a woman had been wounded",
      note="'Tyotkino itself had been shelled throughout Tuesday' -> the shelling of the village is its own strike "
           "event (UA -> RU), 1 wounded; 'shelled' = artillery"),
    E("lg08-6", INT, TUE, R("RU-BEL", "Belgorod region"), "RU", "UA", weapons=[W("mlrs", intercepted=N(11))],
      claimant="governor of the Belgorod region",
      evidence="air defence shot down eleven rockets fired from multiple launchers over the region on Tuesday evening",
      note="a region with its own count -> required interception; rockets of multiple launchers = mlrs"),
    E("lg08-7", PRO, TUE, L("Tbilisi"), "GE", None,
      evidence="In Tbilisi, about 300 people, most of them Russian citizens living in Georgia, rallied on Tuesday evening",
      note="a rally in Tbilisi on Tuesday evening -> protest of the country where it happens (blind49 call 10: rallies "
           "abroad are protests of that country), peaceful ('The police did not intervene'); GE-TB"),
    E("lg08-8", ADS, SUN, H("Chasiv Yar", "near Chasiv Yar"), "RU", "UA", fat=N(1), weapons=[W("drone")],
      claimant="Georgian Legion",
      evidence="A Georgian Legion fighter from Rustavi was killed by a Russian drone near Chasiv Yar on Sunday",
      note="'on Sunday' on a Wednesday page -> 10 Mar; the Legion fights for Ukraine -> actor2 UA; near X = precision 2"),
]
# Not events: the crossing 'into Russia's Kursk and Belgorod regions' in the lead (the clashes and the claim below);
# the flag raised (part of lg08-1); the MoD's "attempts by Ukrainian sabotage groups" and its 234 killed / seven tanks
# for two areas together (figures not placed); the Georgian citizen who 'joined … last year' (no day); the Kozinka
# residents' day in cellars (the same fighting); the raid 'in May last year' (history, month only); the election 'from
# Friday to Sunday' (future); 'The police did not intervene' (part of lg08-7); 'the fourth Georgian volunteer killed …
# this year' (tally); Chkhaidze's comparison with Abkhazia (opinion, history). Not gold statements: the MoD fragment
# "attempts by Ukrainian sabotage groups".
STATEMENTS = [
    S("Aleksei Baranov", "UA", "We are coming home, and we will keep coming until this regime falls",
      "spokesman of the Russian volunteer units fighting for Ukraine"),
    S("Tamara Voloshina", "RU", "the windows were gone and the neighbour's roof was burning", "resident of Kozinka"),
    S("Levan Chkhaidze", None, "less like an adventure and more like a mirror", "researcher, Tbilisi security think-tank"),
]
MUST_NOT = ["SAKARTVELO DAILY", "ქართ | ENG | РУС", "Politics | Occupied Territories | War in Ukraine | Economy | Opinion",
            "13/03/2024 - 15:20", "Sakartvelo Daily staff", "Share: Facebook · X · Telegram",
            "Tags: Russia, Ukraine, Kursk, Belgorod, Georgian Legion",
            "Related: Georgian Legion fighter buried at Mukhatgverdi cemetery",
            "© 2024 Sakartvelo Daily. Reproduction only with a hyperlink."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
