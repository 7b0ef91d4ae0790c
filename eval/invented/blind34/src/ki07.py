from common import E, L, R, C, N, W, S, gold

TITLE = "Civilian harm in Ukraine: January 2026 update"
TEXT = """CIVILIAN HARM OBSERVATORY — UKRAINE
An independent monitoring project · Data · Methodology · Reports
Monthly Update No. 46
Civilian harm in Ukraine: January 2026 update
Release date: 10 February 2026
Embargo lifted 10:00 CET
Download the data tables (CSV, 64 KB)
Summary
In January 2026, the Observatory verified 187 civilian deaths and 842 injuries in Ukraine, the highest monthly total of injuries since October 2024. Long-range missile and drone attacks caused 58 per cent of verified casualties, a share that has grown every month since the autumn. Most of the rest were caused by artillery, glide bombs and short-range drones in towns within 30 kilometres of the front line.

The figures are a minimum. Verification takes time, and the Observatory expects the January totals to rise by 5 to 10 per cent as reports from Russian-occupied areas and front-line communities are checked. Since February 2022, the Observatory has verified more than 15,400 civilian deaths in Ukraine.

Major incidents in January
On 9 January, a Russian ballistic missile struck a nine-storey apartment building in Kyiv's Obolonskyi district, killing seven civilians, including a child, and injuring 31. It was the deadliest single incident of the month.

On 17 January, two Russian guided bombs hit an industrial area of Zaporizhzhia, injuring 12 workers at a machine-building plant. Such attacks on Zaporizhzhia, which had been rare before 2025, now happen several times a month.

On 22 January, a Russian drone struck a minibus on the road between Kherson and the village of Bilozerka, killing two passengers and injuring four. The Observatory documented 38 attacks on civilian vehicles in the Kherson region in January alone, most of them by short-range drones.

On 28 January, Russian artillery shelled residential areas of Kupiansk, killing an elderly couple in their home. Fewer than 1,000 residents remain in the town, down from 27,000 before the full-scale invasion.

"In Kherson and Kupiansk we are no longer documenting strikes on the town, we are documenting a hunt for people on its roads," said Ines Falkenrath, the Observatory's head of monitoring.

Energy
Attacks on energy infrastructure in January left up to 1.2 million households without power on the worst days, and hundreds of thousands without heating for more than 24 hours in freezing temperatures. The Observatory counts deaths from hypothermia only when a direct link to an attack can be established; it has verified three such cases this winter and is reviewing eleven more.

Where civilians were harmed
The Donetsk region accounted for roughly a third of verified deaths in January, followed by the Kharkiv, Kherson and Zaporizhzhia regions. Almost nine in ten casualties in front-line communities occurred in populated areas under Ukrainian government control. Women and older people made up a growing share of the dead, because many working-age men have left the most exposed towns and those who remain are often too old or too ill to move.

Children
The Observatory verified harm to 47 children in January. Most were injured at home or in the street, not in schools, which in the most exposed regions have taught remotely since 2022. Underground classrooms built in Kharkiv and Zaporizhzhia over the past two years have been used without incident, according to regional education officials.

Casualties in the Russian Federation
Russian authorities reported 16 civilians killed and 94 injured in the Belgorod, Kursk and Bryansk regions in January as a result of Ukrainian shelling and drone attacks. The Observatory has not been able to verify these figures independently, and it reports them separately.

Early February
Preliminary reports indicate that civilian harm continued at a similar level in the first days of February. On 3 February, a Russian drone hit a city bus in Pavlohrad during the morning rush hour, injuring six passengers, according to the regional authorities. The Observatory is still verifying this incident.

Outlook
If the current intensity of long-range attacks on energy infrastructure continues, the Observatory expects civilian deaths linked to the cold, the loss of water supply and medical services to rise through February. A partial ceasefire on strikes against energy facilities, discussed in recent talks, would be likely to reduce casualties sharply if it were agreed and respected.

"Numbers do not stop anything. But they make it harder to say later that nobody knew," Falkenrath said.

Methodology note: the Observatory counts only casualties it can link to a specific incident through at least two independent sources.
Media enquiries: press@harm-observatory.example · +32 2 555 01 46
Supported by three European foundations. The Observatory receives no government funding.
"""
DOC = {"id": "ki07", "date": "2026-02-10", "source": "Civilian Harm Observatory — Ukraine (monitoring NGO)",
       "url": "https://harm-observatory.example/reports/monthly-update-46-january-2026", "text": TEXT}

EVENTS = [
    E("ki07-1", "missile_artillery_strike", "2026-01-01", C("UA", "Ukraine"), "RU", "UA", end="2026-01-31",
      prec="month", agg=True, fat=N(187), inj=N(842), optional=True,
      note="January totals (verified minimum): monthly aggregate, optional (blind31 call 6); strike type of the whole is "
           "unknown, the share from missiles and drones is analysis"),
    E("ki07-2", "missile_artillery_strike", "2026-01-09", L("Kyiv"), "RU", "UA", fat=N(7), inj=N(31),
      weapons=[W("ballistic_missile")], note="'On 9 January' ballistic missile on a building in Obolonskyi district "
                                             "(a district of the city = Kyiv), 7 killed 31 injured"),
    E("ki07-3", "air_drone_strike", "2026-01-17", L("Zaporizhzhia"), "RU", "UA", inj=N(12), weapons=[W("guided_bomb", launched=N(2))],
      note="'On 17 January, two Russian guided bombs hit an industrial area of Zaporizhzhia', 12 injured"),
    E("ki07-4", "air_drone_strike", "2026-01-22", L("Kherson", 2), "RU", "UA", fat=N(2), inj=N(4), weapons=[W("drone")],
      note="'on the road between Kherson and the village of Bilozerka' = near Kherson (precision 2; Bilozerka is not "
           "in the table), 2 killed 4 injured"),
    E("ki07-5", "air_drone_strike", "2026-01-01", R("UA-65", "Kherson region"), "RU", "UA", end="2026-01-31", prec="month",
      agg=True, optional=True, note="38 attacks on civilian vehicles in the Kherson region 'in January alone': monthly tally"),
    E("ki07-6", "missile_artillery_strike", "2026-01-28", L("Kupiansk"), "RU", "UA", fat=N(2), weapons=[W("artillery")],
      note="'On 28 January, Russian artillery shelled … Kupiansk, killing an elderly couple'"),
    E("ki07-7", "infrastructure_disruption", "2026-01-01", C("UA", "Ukraine"), "RU", "UA", end="2026-01-31", prec="month",
      agg=True, optional=True, note="up to 1.2 million households without power on the worst days of January: monthly"),
    E("ki07-8", "missile_artillery_strike", "2026-01-01", C("RU", "Russia"), "UA", "RU", end="2026-01-31", prec="month",
      agg=True, fat=N(16), inj=N(94), family=["air_drone_strike"], optional=True,
      note="Russian authorities' January figures for three regions, unverified: monthly aggregate, optional"),
    E("ki07-9", "air_drone_strike", "2026-02-03", L("Pavlohrad"), "RU", "UA", inj=N(6), weapons=[W("drone")],
      note="'On 3 February' drone on a city bus in Pavlohrad, six injured; required although 'still verifying' "
           "(blind31 call 6)"),
]
# Not events: the regional shares and the profile of victims; 47 children harmed in January (a sub-total of the
# monthly aggregate); remote schooling since 2022 and underground classrooms; cumulative deaths since February 2022; the expected rise of the January totals; the share of
# casualties by weapon and its growth 'since the autumn'; attacks on Zaporizhzhia 'several times a month' (habitual);
# residents remaining in Kupiansk; hypothermia cases 'this winter' (three verified, eleven under review: no day);
# 'continued at a similar level in the first days of February'; the outlook ('If … continues', 'would be likely to
# reduce … if it were agreed'); the 'recent talks' without day or place; methodology.
STATEMENTS = [
    S("Ines Falkenrath", None, "we are documenting a hunt for people on its roads",
      "head of monitoring, Civilian Harm Observatory"),
    S("Ines Falkenrath", None, "Numbers do not stop anything", "head of monitoring, Civilian Harm Observatory"),
]
MUST_NOT = ["CIVILIAN HARM OBSERVATORY — UKRAINE", "An independent monitoring project · Data · Methodology · Reports",
            "Monthly Update No. 46", "Release date: 10 February 2026", "Embargo lifted 10:00 CET",
            "Download the data tables (CSV, 64 KB)",
            "Media enquiries: press@harm-observatory.example · +32 2 555 01 46",
            "Supported by three European foundations. The Observatory receives no government funding."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
