from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine and Russia swap 205 prisoners each as drones cut power in Chernihiv"
TEXT = """THE BALTIC SIGNAL
Latvia | Lithuania | Estonia | Region | Opinion | Русская версия
Ukraine and Russia swap 205 prisoners each as drones cut power in Chernihiv
Staff and agencies · Riga
09.04.2026. 17:52
Listen to this article ▶ 4:10

Ukraine and Russia exchanged 205 prisoners of war each on Thursday, the second swap in a month, as Russian drones knocked out power to tens of thousands of homes in the northern city of Chernihiv overnight.

The exchange took place in the Chernihiv region near the border with Belarus, Ukraine's coordination headquarters for the treatment of prisoners of war said. It was mediated by the United Arab Emirates. Among the Ukrainians released were soldiers captured in Mariupol in 2022 and several civilians detained in occupied territories, the headquarters said.

"Some of these men have spent four years in captivity. Today they are home, and we will not stop until every one of them is," said Petro Yakovchuk, the headquarters' secretary, in a video from the exchange site.

Russia's defence ministry confirmed the exchange and said the released Russian servicemen would be flown to Moscow for medical treatment. A day earlier, on Wednesday, Ukraine received the bodies of 1,000 fallen soldiers from Russia, the headquarters said.

Overnight, Russia attacked Ukraine with 127 drones, of which 98 were shot down or suppressed, Ukraine's air force said. In Chernihiv, drones hit an energy facility, leaving about 40,000 households without electricity, the regional governor said. Nobody was hurt. In the Odesa region, a drone hit port infrastructure and injured one worker, the regional administration said.

Russian authorities in occupied Sevastopol said their forces had destroyed six Ukrainian uncrewed surface vessels off the city early on Thursday. The Russian-installed governor of the city said there was no damage on shore.

The swap and the night of strikes came as Kyiv and Moscow traded accusations over a proposed ceasefire on energy infrastructure for the Easter holidays. The Ukrainian president said on Wednesday that Ukraine was ready to stop its strikes on Russian refineries if Russia stopped attacking Ukrainian power plants. The Kremlin said it would "study" the proposal but gave no answer.

Kārlis Ozols, a researcher at the Riga Centre for Eastern Studies, said the exchange showed that "humanitarian tracks can work even when political ones do not". Riga has repeatedly called on its partners to increase military support for Ukraine.

Read also: Latvia extends border restrictions with Belarus until October
Follow The Baltic Signal on Bluesky and Threads
© The Baltic Signal, 2026
"""
DOC = {"id": "kb11", "date": "2026-04-09", "source": "The Baltic Signal (Latvian English-language news site)",
       "url": "https://balticsignal.example.lv/region/ukraine-russia-swap-205-prisoners", "text": TEXT}

D = "2026-04-09"
EVENTS = [
    E("kb11-1", "agreement", D, R("UA-74", "Chernihiv region near the border with Belarus", precision=2), "UA", "RU",
      note="prisoner exchange on Thursday = agreement; 'in the Chernihiv region near the border with Belarus': UA-74 at "
           "precision 2 (blind4 call 10); the first swap 'in a month' is undated"),
    E("kb11-2", "agreement", "2026-04-08", C(None, "unspecified"), "UA", "RU", optional=True,
      note="return of 1,000 bodies on Wednesday: a repatriation, not a prisoner exchange — optional agreement, no place"),
    E("kb11-3", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", launched=N(127))],
      note="overnight wave of 127 drones"),
    E("kb11-4", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(98))],
      note="98 shot down or suppressed"),
    E("kb11-5", "air_drone_strike", D, L("Chernihiv"), "RU", "UA", fat=N(0), inj=N(0), parent="kb11-3",
      note="energy facility in Chernihiv hit; 'Nobody was hurt' = 0/0"),
    E("kb11-6", "infrastructure_disruption", D, L("Chernihiv"), "RU", "UA", parent="kb11-3",
      note="about 40,000 households without electricity"),
    E("kb11-7", "air_drone_strike", D, R("UA-51", "Odesa region"), "RU", "UA", inj=N(1), parent="kb11-3",
      note="port infrastructure in the Odesa region, one worker injured: region only"),
    E("kb11-8", "interception", D, L("Sevastopol", 2, "off Sevastopol"), "RU", "UA",
      weapons=[W("drone", intercepted=N(6))],
      note="six uncrewed surface vessels destroyed 'off the city': interception near Sevastopol (precision 2, UA-40); "
           "sea drones = drone category (blind16 h11-3)"),
]
STATEMENTS = [
    S("Petro Yakovchuk", "UA", "Some of these men have spent four years in captivity",
      role="secretary of the coordination headquarters"),
    S("Kārlis Ozols", "LV", "humanitarian tracks can work even when political ones do not", role="researcher"),
]
MUST_NOT = ["THE BALTIC SIGNAL", "Latvia | Lithuania | Estonia | Region | Opinion | Русская версия",
            "Staff and agencies · Riga", "09.04.2026. 17:52", "Listen to this article ▶ 4:10",
            "Read also: Latvia extends border restrictions with Belarus until October",
            "Follow The Baltic Signal on Bluesky and Threads", "© The Baltic Signal, 2026"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
