from common import E, L, R, C, N, W, S, gold

TITLE = "Zaporizhzhia nuclear plant loses outside power again as sides agree repair truce"
TEXT = """NWB News
Home | World | Europe | Ukraine war | Business | Climate
Zaporizhzhia nuclear plant loses outside power again as sides agree repair truce
Published 2 hours ago
Share
Save
By Claire Ashdown, Europe correspondent
Image source, NWB/Handout
Image caption, The plant's six reactors have been in cold shutdown since 2024

Europe's largest nuclear power plant has again been cut off from the Ukrainian grid, forcing engineers to rely on emergency diesel generators to keep its reactors cool, the UN's nuclear watchdog says.

The last remaining external power line to the Russian-occupied Zaporizhzhia plant was disconnected on Monday evening, the International Atomic Energy Agency (IAEA) said. It did not say what had caused the damage, but noted that its team on site had heard "repeated explosions" in the area during the day.

On Tuesday, the IAEA said both Russia and Ukraine had agreed to a localised ceasefire so that repair crews could reach the damaged section of the line. "This is a small but important step. Nuclear safety must never be a bargaining chip," IAEA spokesperson Fredrik Olsson told the NWB.

It is the eleventh time since the plant was seized by Russian troops in March 2022 that it has lost all off-site power. The generators have fuel for at least ten days, according to the agency.

Moscow and Kyiv blamed each other. Maxim Tolkachev, a spokesman for the Russian-installed administration in nearby Enerhodar, said a Ukrainian drone had struck a transformer at the town's training centre on Monday. "Kyiv is playing with fire, literally," he said.

Ukraine's deputy energy minister Svitlana Hrynchuk said Russia was deliberately preparing to connect the plant to its own grid. "They want to steal the plant, and they are ready to risk a radiation accident to do it," she said.

Across the Dnipro river, Russian artillery shelled Nikopol overnight, wounding two people, the regional governor said.

Drones hit the city of Zaporizhzhia

Russian drones also struck the city of Zaporizhzhia, about 50km (30 miles) upstream, early on Tuesday, damaging an energy facility and cutting power to 8,000 homes, local officials said.

Experts warn that if the diesel generators were to fail, operators would have only a few hours before fuel in the storage pools began to overheat. The IAEA has repeatedly called for a protection zone around the plant, a proposal neither side has accepted.

Related topics
Ukraine
Nuclear power
Russia-Ukraine war
More on this story
What happens if the Zaporizhzhia plant loses its generators?
"""
DOC = {"id": "r09", "date": "2026-01-20", "source": "NWB News (Western broadcaster)",
       "url": "https://www.nwb.example/news/world-europe-70218431", "text": TEXT}

D, Y = "2026-01-20", "2026-01-19"
EVENTS = [
    E("r09-1", "infrastructure_disruption", Y, L("ZNPP", 1), None, None, claimant="IAEA",
      note="last external power line disconnected on Monday evening; cause not stated"),
    E("r09-2", "agreement", D, L("ZNPP", 1), "RU", "UA", claimant="IAEA",
      note="localised ceasefire for repairs agreed on Tuesday"),
    E("r09-3", "air_drone_strike", Y, L("Enerhodar"), "UA", "RU", weapons=[W("drone")], claimant="Maxim Tolkachev",
      note="Russian-installed official's claim"),
    E("r09-4", "missile_artillery_strike", D, L("Nikopol"), "RU", "UA", inj=N(2), weapons=[W("artillery")],
      claimant="regional governor"),
    E("r09-5", "air_drone_strike", D, L("Zaporizhzhia"), "RU", "UA", weapons=[W("drone")], claimant="local officials"),
    E("r09-6", "infrastructure_disruption", D, L("Zaporizhzhia"), "RU", "UA", claimant="local officials",
      note="8,000 homes without power"),
]
STATEMENTS = [
    S("Fredrik Olsson", None, "Nuclear safety must never be a bargaining chip", "IAEA spokesperson"),
    S("Maxim Tolkachev", "RU", "Kyiv is playing with fire", "spokesman for the Russian-installed Enerhodar administration"),
    S("Svitlana Hrynchuk", "UA", "ready to risk a radiation accident", "Ukraine's deputy energy minister"),
]
MUST_NOT = ["NWB News", "Home | World | Europe | Ukraine war | Business | Climate", "Published 2 hours ago",
            "By Claire Ashdown, Europe correspondent", "Image source, NWB/Handout",
            "Related topics", "More on this story", "What happens if the Zaporizhzhia plant loses its generators?"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
