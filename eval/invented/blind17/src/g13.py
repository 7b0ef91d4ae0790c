from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine claims small gains in south as Russian missiles kill two in Zaporizhzhia"
TEXT = """CGN  |  Cable Global News
World  /  Europe  /  Ukraine-Russia war
Ukraine claims small gains in south as Russian missiles kill two in Zaporizhzhia
By Olga Petrenko, Daniel Reyes and Anna Kowal, CGN
Updated 7:41 AM EDT, Tue June 20, 2023
Source: CGN
Ukrainian forces have pushed forward by up to a kilometer near the village of Mala Tokmachka in the Zaporizhzhia region over the past week, Ukraine's deputy defense minister said Tuesday, as Kyiv's counteroffensive grinds slowly through heavily mined Russian defensive lines.

"Our troops are moving, meter by meter. The enemy has had months to build these lines and is fighting for every tree line," she said on Telegram.

Russia's Defense Ministry said its forces had repelled five Ukrainian attacks near Orikhiv on Monday and destroyed several Western-supplied armored vehicles. CGN cannot independently verify battlefield claims from either side.

Ad Feedback

Late Monday, Russian S-300 missiles struck an industrial facility in the city of Zaporizhzhia, killing two workers and wounding five, the regional military administration said. On Tuesday morning, shelling wounded a man in Stepnohirsk, a village near the front line, officials said.

In the Russian-occupied town of Tokmak, the Moscow-installed regional administration claimed that Ukrainian forces had fired HIMARS rockets at a warehouse on Monday, injuring two people. Kyiv did not comment on the claim.

Meanwhile, the Zaporizhzhia nuclear power plant, Europe's largest, lost its last remaining external power line for about five hours on Monday and had to rely on a backup line, the International Atomic Energy Agency said, without saying what had caused the outage. "The nuclear safety situation at the plant remains extremely fragile," the agency's director general said in a statement.

Video · Ad feedback
Video: See what is left of a village on the southern front line  02:41
Ukraine launched its long-anticipated counteroffensive in early June, but Western officials have cautioned that progress will be slow. Analysts say Russian forces spent the winter building layered defenses of minefields, anti-tank ditches and concrete obstacles known as "dragon's teeth".

"There will be no sudden breakthrough here. This is attritional fighting, and both sides know it," said Mark Hennessey, a senior fellow at the London-based Institute for Land Warfare.

CGN's Ivan Melnyk contributed reporting from Kyiv.
Paid Content
"""
DOC = {"id": "g13", "date": "2023-06-20", "source": "Cable Global News (broadcaster site)",
       "url": "https://edition.cgn.example/2023/06/20/europe/ukraine-counteroffensive-zaporizhzhia-intl", "text": TEXT}

D = "2023-06-20"
D0 = "2023-06-19"
EVENTS = [
    E("g13-1", "territory_change", "2023-06-14", L("Mala Tokmachka", 2, "near Mala Tokmachka"), "UA", "RU", prec="week",
      end=D, claimant="Ukraine's deputy defense minister",
      note="advance 'by up to a kilometer … over the past week' (convention: reference-6 … reference), precision 2"),
    E("g13-2", "armed_clash", D0, L("Orikhiv", 2, "near Orikhiv"), "UA", "RU", claimant="Russian Defense Ministry",
      note="five Ukrainian attacks repelled near Orikhiv on Monday: actor1 UA (attacker), precision 2"),
    E("g13-3", "missile_artillery_strike", D0, L("Zaporizhzhia"), "RU", "UA", fat=N(2), inj=N(5),
      weapons=[W("missile", "S-300")], note="'Late Monday' S-300 missiles on an industrial facility (missile type)"),
    E("g13-4", "missile_artillery_strike", D, L("Stepnohirsk"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      note="'shelling' on Tuesday morning; perpetrator implicit (Russian side in a report of Russian fire on "
           "Ukrainian-held villages): RU", family=None),
    E("g13-5", "missile_artillery_strike", D0, L("Tokmak"), "UA", None, inj=N(2), weapons=[W("mlrs", "HIMARS")],
      claimant="Moscow-installed regional administration",
      note="occupation authorities' claim of HIMARS on a warehouse in occupied Tokmak; actor2 null for occupied "
           "territory (earlier sets); Kyiv's silence is no event"),
    E("g13-6", "infrastructure_disruption", D0, L("Enerhodar"), None, None,
      note="ZNPP lost its last external line for five hours 'without saying what had caused the outage': sides null "
           "(blind8 r09 convention); plant coded to Enerhodar"),
]
STATEMENTS = [
    S("Ukraine's deputy defense minister", "UA", "Our troops are moving, meter by meter", "deputy defense minister"),
    S("IAEA director general", None, "The nuclear safety situation at the plant remains extremely fragile",
      "director general, International Atomic Energy Agency"),
    S("Mark Hennessey", None, "There will be no sudden breakthrough here", "senior fellow, Institute for Land Warfare"),
]
MUST_NOT = ["CGN  |  Cable Global News", "World  /  Europe  /  Ukraine-Russia war",
            "By Olga Petrenko, Daniel Reyes and Anna Kowal, CGN", "Updated 7:41 AM EDT, Tue June 20, 2023",
            "Source: CGN", "Ad Feedback", "Video · Ad feedback",
            "Video: See what is left of a village on the southern front line  02:41",
            "CGN's Ivan Melnyk contributed reporting from Kyiv.", "Paid Content"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
