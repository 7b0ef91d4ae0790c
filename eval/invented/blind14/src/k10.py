from common import E, L, R, C, N, W, S, gold

TITLE = "Protection of Civilians in Ukraine: Monthly Update, November 2025"
TEXT = """International Civilian Protection Monitoring Mission in Ukraine (ICPMM)
Home | Reports | Data | Press | About the Mission | Українською
Protection of Civilians in Ukraine: Monthly Update, November 2025
Published 9 December 2025 · Reference ICPMM/POC/2025/11 · PDF, 14 pages
This update covers the period 1–30 November 2025. Figures are based on cases the Mission has verified; actual numbers are likely considerably higher.

1. Overview

In November 2025, the Mission verified 163 civilian deaths and 894 civilian injuries in Ukraine. The number of civilians killed was 9 per cent lower than in October 2025 but 31 per cent higher than in November 2024. Most casualties (81 per cent) occurred in territory controlled by the Government of Ukraine, and most were caused by long-range missile and drone attacks and by short-range drones near the front line. Older persons continued to be disproportionately affected: people aged 60 and over made up 42 per cent of those killed in front-line areas, largely because many of them cannot or will not leave.

The Mission notes that the share of casualties caused by short-range drones has grown every month this year. In Kherson and Nikopol, residents describe streets where any moving vehicle is likely to be attacked. Such attacks on civilians and civilian objects, if deliberate, would amount to violations of international humanitarian law.

2. Long-range attacks

The Mission documented several attacks that caused mass civilian casualties. On 4 November, a Russian ballistic missile struck a residential area of Poltava, killing seven civilians, including two children, and injuring 31. On the night of 13 to 14 November, Russian armed forces launched a combined attack with some 430 drones and 19 missiles against energy and other infrastructure across Ukraine. In Chernihiv, a drone hit a student dormitory during that attack, killing two civilians and injuring 11. The damage to the power system caused scheduled outages of up to 16 hours a day in most regions from 14 November.

On 27 November, Russian glide bombs struck an industrial area and nearby apartment buildings in Zaporizhzhia, killing four civilians and injuring 19. "These were not stray munitions. Residential blocks were hit in broad daylight, and the people inside had nowhere to go," said Ingrid Solheim, Head of the Mission, who visited the site two days later.

3. Front-line areas

Short-range drones were the leading cause of civilian casualties in front-line areas. On 21 November, a short-range drone attacked a clearly marked vehicle of a humanitarian organization in Kherson, injuring two aid workers. "We heard the drone for ten seconds before it hit," said Halyna, a 54-year-old resident who witnessed the attack. The Mission also documented civilian casualties from artillery shelling in Nikopol and Marhanets, and from guided bombs in the Kupiansk area, where access for humanitarian actors remained extremely limited throughout the month.

In territory of Ukraine occupied by the Russian Federation, the Mission documented the deaths of three civilians in Horlivka on 9 November, when artillery shells hit a market. The Mission could not determine which party fired the shells.

4. Essential services and humanitarian access

Attacks on energy infrastructure had cascading effects on water supply, heating and health care. Hospitals in at least nine regions relied on generators for part of the month, and in Kherson and Nikopol the water supply was interrupted repeatedly after damage to pumping stations and power lines. Humanitarian organizations reported that access to front-line communities in Donetsk region and the Kupiansk area was more dangerous than at any time since 2022, largely because of short-range drones, and several organizations suspended mobile deliveries to villages within 20 kilometres of the front line. Education remained disrupted: in Kharkiv, Zaporizhzhia and Sumy regions most schools continued to teach online or in underground classrooms. The cumulative effect of these disruptions falls heaviest on those least able to leave. Evacuations from front-line communities slowed in November, as many residents who had stayed through earlier winters told the Mission that they did not intend to move now.

5. Civilian casualties in the Russian Federation

The Mission has no access to the Russian Federation and relies on official and open sources for reports of civilian casualties there. According to the regional authorities, a Ukrainian drone struck a passenger bus in Starodub, Bryansk region, on 18 November, killing one passenger and injuring three. The Mission was not able to verify this report independently.

6. Arbitrary detention and enforced disappearance

The Mission documented 14 new cases of arbitrary detention of civilians by Russian authorities in occupied territory during November. In one case, a 62-year-old teacher was detained at her home in Berdiansk on 6 November by men in military uniforms; her family has received no information about her whereabouts. The Mission has recorded similar patterns since 2022 and considers that some of these cases may amount to enforced disappearance.

7. Prisoners of war

On 22 November, Ukraine and the Russian Federation exchanged 120 prisoners of war each, with the mediation of the United Arab Emirates. The Mission interviewed 38 of the released Ukrainian prisoners, most of whom described torture or ill-treatment during their captivity. The Mission continues to request unimpeded access to prisoners of war held by both parties.

8. Outlook

With the onset of winter, the Mission is concerned that further attacks on energy infrastructure could leave millions of people without heating, water and electricity for long periods. Older persons, persons with disabilities and residents of front-line communities would be most at risk. If the current pattern of attacks continues, the coming months may see the highest number of civilian casualties from cold-related conditions since the winter of 2022-2023.

9. Recommendations

The Mission calls on all parties to take all feasible precautions to avoid and minimise harm to civilians, to refrain from attacks on objects indispensable to the survival of the civilian population, to release all civilians arbitrarily detained, and to grant independent monitors access to all places of detention.

Methodology: figures cover only casualties the Mission has verified through interviews, site visits and corroborated open sources. Download the data (XLSX) · Previous updates
Media contact: press@icpmm.example
"""
DOC = {"id": "k10", "date": "2025-12-09", "source": "International Civilian Protection Monitoring Mission in Ukraine",
       "url": "https://icpmm.example/reports/poc-monthly-update-november-2025", "text": TEXT}

EVENTS = [
    E("k10-1", "missile_artillery_strike", "2025-11-01", C("UA", "Ukraine"), None, "UA", prec="month",
      end="2025-11-30", agg=True, fat=N(163), inj=N(894), optional=True, family=["air_drone_strike"],
      note="monthly verified total: optional aggregate (real-gold convention)"),
    E("k10-2", "missile_artillery_strike", "2025-11-04", L("Poltava"), "RU", "UA", fat=N(7), inj=N(31),
      weapons=[W("ballistic_missile", launched=N(1))],
      note="'a Russian ballistic missile'"),
    E("k10-3", "missile_artillery_strike", "2025-11-14", C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(430, "about")), W("missile", launched=N(19))],
      note="'On the night of 13 to 14 November' = 14 Nov; 'some 430' = about; interception not given"),
    E("k10-4", "air_drone_strike", "2025-11-14", L("Chernihiv"), "RU", "UA", fat=N(2), inj=N(11),
      weapons=[W("drone")], parent="k10-3"),
    E("k10-5", "infrastructure_disruption", "2025-11-14", C("UA", "Ukraine"), "RU", "UA", parent="k10-3",
      note="scheduled outages of up to 16 hours a day in most regions from 14 November"),
    E("k10-6", "air_drone_strike", "2025-11-27", L("Zaporizhzhia"), "RU", "UA", fat=N(4), inj=N(19),
      weapons=[W("guided_bomb")], note="'Russian glide bombs'; the Head of Mission's quote is about this attack"),
    E("k10-7", "air_drone_strike", "2025-11-21", L("Kherson"), None, "UA", inj=N(2), weapons=[W("drone")],
      note="humanitarian vehicle attacked; the paragraph names no perpetrator (actor1 null)"),
    E("k10-8", "missile_artillery_strike", "2025-11-01", L("Nikopol"), None, "UA", prec="month", end="2025-11-30",
      optional=True, weapons=[W("artillery")], note="casualties from shelling during the month, undated: optional"),
    E("k10-9", "missile_artillery_strike", "2025-11-01", L("Marhanets"), None, "UA", prec="month", end="2025-11-30",
      optional=True, weapons=[W("artillery")], note="undated, optional"),
    E("k10-10", "air_drone_strike", "2025-11-01", L("Kupiansk", 2, "Kupiansk area"), None, "UA", prec="month",
      end="2025-11-30", optional=True, weapons=[W("guided_bomb")], note="undated, optional"),
    E("k10-11", "missile_artillery_strike", "2025-11-09", L("Horlivka"), None, None, fat=N(3),
      weapons=[W("artillery")], note="'could not determine which party fired': sides null (occupied city)"),
    E("k10-16", "infrastructure_disruption", "2025-11-01", L("Kherson"), None, "UA", prec="month", end="2025-11-30",
      optional=True, note="water supply 'interrupted repeatedly' during the month, undated: optional"),
    E("k10-17", "infrastructure_disruption", "2025-11-01", L("Nikopol"), None, "UA", prec="month", end="2025-11-30",
      optional=True, note="as k10-16"),
    E("k10-12", "air_drone_strike", "2025-11-18", L("Starodub"), "UA", "RU", fat=N(1), inj=N(3), weapons=[W("drone")],
      claimant="Bryansk regional authorities", note="reported by Russian regional authorities, not verified: still "
                                                     "the event as reported (required)"),
    E("k10-13", "abduction", "2025-11-01", C("UA", "occupied territory of Ukraine"), "RU", "UA", prec="month",
      end="2025-11-30", agg=True, optional=True, family=["arrest"], note="14 detentions during November: optional aggregate"),
    E("k10-14", "abduction", "2025-11-06", L("Berdiansk"), "RU", "UA", family=["arrest"],
      note="detained at home by men in uniform, whereabouts unknown (enforced disappearance)"),
    E("k10-15", "agreement", "2025-11-22", C(None, "place not given"), "RU", "UA",
      note="prisoner exchange 120 for 120 (an agreement); UAE mediation, no place named: country null"),
]
STATEMENTS = [
    S("Ingrid Solheim", None, "These were not stray munitions", "Head of the Mission"),
]
MUST_NOT = [
    "International Civilian Protection Monitoring Mission in Ukraine (ICPMM)",
    "Home | Reports | Data | Press | About the Mission | Українською",
    "Published 9 December 2025 · Reference ICPMM/POC/2025/11 · PDF, 14 pages",
    "Methodology: figures cover only casualties the Mission has verified through interviews, site visits and "
    "corroborated open sources. Download the data (XLSX) · Previous updates",
    "Media contact: press@icpmm.example",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
