"""How a decision is said to wait on something first: seen, heard or known before the meeting decides, or handed
to the budget process, which decides later. Two pieces of the postponement family's pattern (postponements.py).
Pure; docs/minutes.md lists them.
"""

from __future__ import annotations

# The decision after something first: "Jeg vil se en business case, før vi beslutter noget.", "Så får vi en demo på
# næste møde, og så beslutter vi."
DECIDED_AFTER = (
    # "Jeg vil se en business case, før vi beslutter noget": a decision waiting on something
    r"|(?:før|inden) (?:vi|udvalget|direktionen) (?:kan )?(?:beslutter?|tager stilling|tage stilling"
    r"|træffe[r]? (?:en )?beslutning|godkende[r]?"
    r"|vedtage[r]?|anbefale[r]?|bevilge[r]?|sige[r]? ja|lægge[r]? os fast|sende[r]? (?:\w+ ){0,2}i (?:udbud|høring)"
    # "Lad os se dem begge, før vi vælger"
    r"|vælger|vælge)"
    # what must come first: "Så skal den forbi MED, inden vi går videre" (not "Jeg vil gerne høre jeres tanker, før
    # vi går videre", an opening)
    r"|\b(?:skal|må)\b[^.!?]*(?:før|inden) vi (?:kan )?gå(?:r)? videre\b"
    # the people heard first: "Så hører vi dem, før udbuddet sættes i gang"
    r"|^(?:så )?(?:hører|spørger|inddrager|involverer) vi (?:\w+,? ){1,3}?(?:først,? )?(?:før|inden)\b"
    # "Så får vi en demo på næste møde, og så beslutter vi."
    r"|,? og så (?:beslutter|tager stilling) vi(?: det| den)?(?=[.!]?$)"
    # "Så får vi tallene til næste møde og beslutter der.", "…, og så tager vi den der."
    r"|\bog (?:så )?(?:beslutter|tager) (?:vi )?(?:der|dér|(?:den|det|dem|sagen) (?:der|dér))(?=[.!]?$)"
)

# The case handed to the budget process, which decides later.
TO_THE_BUDGET = (
    # handed to the budget process, which decides later: "… ind i budgetforhandlingerne til næste år", "Pengene
    # til de første projekter tager vi i budgettet"
    r"|tager vi (?:med )?i budget(?:tet|forhandlingerne|processen)\b"
    # (also at the budget follow-up: "Så tager vi den ved budgetopfølgningen i maj.", "Lad os tage den samlet ved …")
    r"|\b(?:tager (?:vi )?|tage )(?:den|det|dem|sagen)(?: samlet)? (?:ved|i|med i) budget(?:opfølgning|revision)\w*\b"
    r"|(?:ind|med) i budget(?:forhandlingerne|processen|lægningen|seminaret|\s+\d{4}"
    r"|tet (?:for|til) (?:næste år|\d{4}))\b"
    # "Det må budgetforhandlingerne afgøre", "Det overlader vi til budgetforhandlingerne", "Det hører hjemme i
    # budgettet", "Vi finder pengene til næste år", "Måske næste år." (not "Det ser vi på i budgettet": a task)
    r"|\b(?:må|skal) budget\w+ afgøre\b|\bbudget\w+ (?:må|skal) afgøre\b"
    r"|\b(?:overlader (?:vi )?(?:det|den|dem)|(?:det|den|dem) overlader vi) til budget\w*"
    r"|\bhører (?:\w+ )?hjemme i budget\w*"
    r"|\bfinder (?:vi )?pengene (?:til )?næste år\b|^måske (?:til )?næste år(?=[.!]?$)"
)
