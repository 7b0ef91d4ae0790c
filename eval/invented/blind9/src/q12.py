from common import E, L, R, C, N, W, S, gold

TITLE = "Washington lets Kyiv fire US missiles into Kursk and Bryansk regions, officials say"
TEXT = """TRANSATLANTIC REVIEW DAILY
Defense · Diplomacy · Trade · Energy · Newsletters · Events
Washington lets Kyiv fire US missiles into Kursk and Bryansk regions, officials say
The decision follows weeks of Russian troop build-up near Ukraine's Sumy border. Moscow summoned the US chargé d'affaires.
By Caroline Weiss and Mykhailo Bondar
June 29, 2026 5:14 pm CEST
Gift this article

WASHINGTON — The administration has allowed Ukraine to use US-supplied long-range missiles to strike military targets in Russia's Kursk and Bryansk regions, two US officials said on Monday.

The decision was taken on Friday at a meeting of the National Security Council, after Russian forces had massed troops and equipment across the border from Ukraine's Sumy region for several weeks, the officials said. It applies to command posts, ammunition depots and airfields within 300 kilometers of the border, but not to targets in Moscow or other large cities.

The Pentagon declined to confirm the decision. "We do not discuss operational details of the support we provide to Ukraine," spokesperson Lauren Whitfield said.

Kyiv welcomed the move. "Our soldiers will finally be able to hit the forces that are preparing to attack them, not wait until they cross the border," said Ukraine's defense minister, Oleh Vasylenko.

Moscow reacted sharply. Russia's foreign ministry summoned the US chargé d'affaires on Monday and handed him a note of protest. Deputy Foreign Minister Gennady Rubtsov said any strike with American missiles on Russian territory would be "a direct attack by the United States" and that Russia "reserves the right to respond in any region of the world."

Will the decision change the situation on the battlefield? Analysts are divided. Several said Russia had already moved many of its aircraft and depots out of range after Washington first allowed limited strikes across the border in 2024. "The permission comes late. The best targets left months ago," said Elena Brandt, a researcher at the Nordic Defence Institute.

Germany, by contrast, again ruled out sending Taurus cruise missiles. Chancellor's spokesman Markus Lindner said Berlin's position "has not changed" and that the issue was "not on the table."

The permission also came up at a meeting of the Ukraine Defense Contact Group in Brussels last Thursday, where defense ministers discussed air defense deliveries for the coming winter. Several European officials said they would consider similar permissions for their own long-range weapons if Washington moved first, but none announced a decision.

Sweden announced its largest aid package so far on Sunday, worth 9 billion kronor, including air defense systems and ammunition, defense minister Anders Holm said in Stockholm.

Ukraine's foreign minister proposed an "energy truce" over the summer, under which both sides would stop attacking power plants and refineries. Moscow has not responded to the proposal.

If Russian forces launch an offensive into the Sumy region, US officials said, Washington could widen the permission to cover other border regions. The United States has provided more than $70 billion in military aid to Ukraine since 2022.

More from Transatlantic Review Daily
The EU's €90 billion loan: where the money goes
Inside NATO's plan for a drone wall on its eastern flank
Newsletter: Morning Defense — sign up for free
© 2026 Transatlantic Review Daily LLC
"""
DOC = {"id": "q12", "date": "2026-06-29", "source": "Transatlantic Review Daily",
       "url": "https://www.transatlanticreview.example/news/2026/06/29/us-permission-kursk-bryansk-strikes", "text": TEXT}

D = "2026-06-29"
EVENTS = [
    E("q12-1", "policy_decision", "2026-06-26", L("Washington"), "US", "RU", claimant="two US officials",
      note="permission to strike taken 'on Friday' at the NSC; reported Monday. The 2024 permission is history; the "
           "possible widening is conditional"),
    E("q12-2", "diplomatic_contact", D, L("Moscow"), "RU", "US", claimant="Russian foreign ministry",
      note="metonymy 'Moscow reacted': the foreign ministry summoned the US chargé d'affaires on Monday"),
    E("q12-3", "diplomatic_contact", "2026-06-25", L("Brussels"), "UA", None, claimant="Transatlantic Review Daily",
      note="Contact Group meeting 'last Thursday'; 'would consider' permissions are not decisions"),
    E("q12-4", "policy_decision", "2026-06-28", L("Stockholm"), "SE", None, claimant="Anders Holm",
      note="aid package announced 'on Sunday'"),
]
STATEMENTS = [
    S("Lauren Whitfield", "US", "We do not discuss operational details", "Pentagon spokesperson"),
    S("Oleh Vasylenko", "UA", "hit the forces that are preparing to attack them", "Ukrainian defense minister"),
    S("Gennady Rubtsov", "RU", "a direct attack by the United States", "Russian deputy foreign minister"),
    S("Gennady Rubtsov", "RU", "reserves the right to respond in any region of the world", "Russian deputy foreign minister"),
    S("Elena Brandt", None, "The best targets left months ago", "researcher"),
    S("Markus Lindner", "DE", "has not changed", "German chancellor's spokesman"),
    S("Markus Lindner", "DE", "not on the table", "German chancellor's spokesman"),
]
MUST_NOT = ["TRANSATLANTIC REVIEW DAILY", "Defense · Diplomacy · Trade · Energy · Newsletters · Events",
            "By Caroline Weiss and Mykhailo Bondar", "June 29, 2026 5:14 pm CEST", "Gift this article",
            "More from Transatlantic Review Daily", "The EU's €90 billion loan: where the money goes",
            "Inside NATO's plan for a drone wall on its eastern flank", "Newsletter: Morning Defense — sign up for free",
            "© 2026 Transatlantic Review Daily LLC"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
