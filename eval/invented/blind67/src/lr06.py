from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, DIS

TITLE = "Outage notes for Friday, 22 November"
TEXT = """SUMY GRID COMPANY
customer notices · dispatch centre
Outage notes for Friday, 22 November
Page updated 22.11.2024, 18:10
Dear customers, here is the state of the grid in the region today. Notes are added during the day; the newest is at the bottom.

07:30. After the drone attack overnight, two substations near Shostka were damaged. 41,000 customers in Shostka and twelve villages around it are without power. Crews are on site.
07:45. Stabilisation outage schedules apply across the whole region today from 06:00 to 22:00, by order of the national grid operator. Check your queue number in the customer bot.
09:20. Okhtyrka: yesterday evening, at about 19:40, a 10 kV line was cut by shelling. 2,300 customers lost supply; dispatchers restored it to all of them at 21:30.
11:05. In the Bilopillia hromada an FPV drone went for a repair crew that was restoring a line. An electrician, 44, was injured; the crew's vehicle was damaged. The work there has been stopped until the military say it is safe.
13:40. Shostka update: supply has been returned to 17,000 customers; 24,000 remain without power.
15:15. In five villages of the Krasnopillia hromada there has been no electricity for the third day: the lines are damaged by constant shelling and crews cannot reach them.
16:50. In Putyvl all customers disconnected yesterday for planned maintenance are back on supply.
"My people go out to the lines knowing that a drone can come back for them. Today we were lucky — one wounded, not three," said Iryna Moroz, head of the dispatch service.
Tomorrow's schedules may be shorter if the weather stays mild. We will post them by 20:00.
Do not approach broken wires. Report them on 15-44.
© Sumy Grid Company · licence of the energy regulator No. 2019-114
Customer bot: @sumy_grid_bot · Hotline 15-44
"""
DOC = {"id": "lr06", "date": "2024-11-22", "source": "Sumy Grid Company (regional distribution operator), customer notices",
       "url": "https://sumy-grid.example/notices/2024-11-22", "text": TEXT}

D, PREV = "2024-11-22", "2024-11-21"
GRID = "Sumy Grid Company"
EVENTS = [
    E("lr06-1", ADS, D, H("Shostka", "near Shostka"), "RU", "UA", weapons=[W("drone")], claimant=GRID,
      evidence="After the drone attack overnight, two substations near Shostka were damaged.",
      note="'overnight' in a Friday notice -> 22 Nov; 'near Shostka' -> precision 2; casualties not stated"),
    E("lr06-2", DIS, D, L("Shostka"), "RU", "UA", parent="lr06-1", claimant=GRID,
      evidence="41,000 customers in Shostka and twelve villages around it are without power.",
      note="the outage caused by the substation damage, in the town and twelve villages -> placed at Shostka itself; the "
           "13:40 update (17,000 restored, 24,000 still cut) is part of it, no event"),
    E("lr06-3", DIS, D, R("UA-59", "Sumy region"), None, None, claimant=GRID,
      evidence="Stabilisation outage schedules apply across the whole region today from 06:00 to 22:00, by order of the national grid operator.",
      note="region-wide outage schedules 'today' are a consumption restriction caused by the war's damage to the grid -> "
           "disruption in the region with sides null (blind53 ld13 'from today')"),
    E("lr06-4", MAS, PREV, L("Okhtyrka"), "RU", "UA", weapons=[W("artillery")], claimant=GRID,
      evidence="Okhtyrka: yesterday evening, at about 19:40, a 10 kV line was cut by shelling.",
      note="'yesterday evening, at about 19:40' -> 21 Nov; shelling -> artillery; casualties not stated"),
    E("lr06-5", DIS, PREV, L("Okhtyrka"), "RU", "UA", parent="lr06-4", claimant=GRID,
      evidence="2,300 customers lost supply; dispatchers restored it to all of them at 21:30.",
      note="an outage of two hours on 21 Nov, restored the same evening: still an outage"),
    E("lr06-6", ADS, D, H("Bilopillia", "Bilopillia hromada"), "RU", "UA", inj=N(1), weapons=[W("drone")], claimant=GRID,
      evidence="In the Bilopillia hromada an FPV drone went for a repair crew that was restoring a line.",
      note="a repair crew attacked by a drone (a strike on civilians); hromada only -> precision 2; 'An electrician, 44, "
           "was injured' -> 1 w"),
    E("lr06-7", DIS, None, H("Krasnopillia", "five villages of the Krasnopillia hromada"), "RU", "UA", prec="unknown",
      optional=True, claimant=GRID,
      evidence="In five villages of the Krasnopillia hromada there has been no electricity for the third day",
      note="an outage 'for the third day' caused by 'constant shelling': an ongoing state whose start is only implied and "
           "no single shelling is told -> optional, date unknown"),
]
# Not events: the 13:40 Shostka update (part of lr06-2); Putyvl customers disconnected 'for planned maintenance' (not
# the war); 'The work there has been stopped until …' (consequence, no incident); tomorrow's schedules 'may be shorter
# if' (conditional future); the broken-wires advice. Company name, notices line, page-updated line, © licence line and
# customer-bot line are furniture.
STATEMENTS = [
    S("Iryna Moroz", "UA", "Today we were lucky — one wounded, not three", "head of the dispatch service"),
]
MUST_NOT = ["SUMY GRID COMPANY", "customer notices · dispatch centre", "Page updated 22.11.2024, 18:10",
            "© Sumy Grid Company · licence of the energy regulator No. 2019-114",
            "Customer bot: @sumy_grid_bot · Hotline 15-44"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
