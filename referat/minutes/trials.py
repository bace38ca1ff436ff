"""An approval given as a trial or with a look again: "som forsøg i et halvt år", "Lad os prøve det
frem til sommerferien", "… og evaluerer til sommer", "… og se på det igen efter jul". Pure; remarks.py
reads these in the approval's own sentence."""

from __future__ import annotations

import re

# A look again agreed with the approval: "Lad os give den en chance og se på det igen efter jul".
# An evaluation agreed with the approval: "… og evaluerer til sommer", "… og evaluerer den efter et år".
_EVALUATED = re.compile(r"\bog (?:så )?(?:(?:vi )?evaluer(?:er|e)(?: vi)?(?: (?:det|den|dem|ordningen))?"
                        # in the passive: "Så igangsætter vi piloten, og den evalueres efter et år"
                        r"|(?:den|det|de|\w+(?:en|et|ne))\s+evalueres"
                        # "Vi indfører det og laver en måling efter tre måneder."
                        r"|(?:vi )?(?:laver|foretager|gennemfører) (?:vi )?en (?:måling|evaluering|opfølgning)) "
                        r"(?P<when>(?:efter|om|til|i|ved) [^,.!?]+)", re.IGNORECASE)
_LOOK_AGAIN = re.compile(r"\bog (?:så )?(?:vi )?(?:(?:se|ser(?: vi)?|kigge|kigger(?: vi)?) på "
                         # ("… igen næste år"; "…, og vi tager dem op igen om et år")
                         r"(?P<what>det|den|dem|\w+(?:en|et|ne))|tager (?:vi )?(?P<taken>det|den|dem) op) igen "
                         r"(?P<when>(?:efter|om|til|i|når|ved|næste) [^,.!?]+)",
                         re.IGNORECASE)
_TRIAL = re.compile(r"\bsom (?:et |en )?(?P<rest>(?:(?!forsøg|prøve|pilot)\w+ )?(?:forsøg|prøve|pilot)\w*\b"
                    r"[^,.!?]*)"
                    # "Godkendt på prøve.", "Godkendt i en prøveperiode på seks måneder.", "Godkendt midlertidigt."
                    r"|\bpå (?P<probation>prøve)\b|\bi en (?P<period>prøveperiode\b[^,.!?]*)"
                    r"|\b(?P<temporary>midlertidigt)\b"
                    # a time limit: "Godkendt frem til 2027.", "Godkendt, begrænset til ét år."
                    r"|\b(?P<limit>(?:frem til|begrænset til) (?:\d{4}|udgangen af \w+(?: \d{4})?|sommer\w*|årsskiftet"
                    r"|(?:et|ét|en|én|to|tre|\d+) (?:år|måneder|måned|uger)))\b"
                    # "Så laver vi et forsøg i et år i Helsinge"
                    # (a time, not a part: "… et forsøg på to skoler i stedet" is the change)
                    r"|\b(?:laver|gennemfører|starter) vi et (?P<trial>forsøg i (?:et|en|to|tre|\d+) (?:halvt )?"
                    r"(?:år|måneder|måned|uger)\b[^,.!?]*)"
                    # a trial in one place first: "Vi starter med et forsøg i By, Kultur og Miljø", "Vi prøver
                    # det i én afdeling først"
                    r"|\b(?:laver|gennemfører|starter|prøver) (?:vi )?(?:med )?(?:et forsøg|det) i "
                    r"(?P<unit>(?:én|ét|en enkelt|et enkelt) \w+|(?-i:[A-ZÆØÅ])\w*(?:,? (?:og )?(?-i:[A-ZÆØÅ])\w*)*)"
                    # a time set and a look after it: "Vi deltager i et år og ser, hvad vi får ud af det."
                    r"|\b(?:deltager|kører|fortsætter|indfører) (?:vi )?(?:med )?i "
                    r"(?P<span>(?:et|en|to|tre|fire|seks|\d+) (?:halvt )?(?:år|måneder|måned|uger))"
                    r"(?= og (?:så )?(?:ser|evaluerer|vurderer)\b)"
                    r"|\bprøve[r]? (?:vi )?(?:det|den|ordningen|strukturen|\w+(?: \w+){1,2}?) "
                    r"(?P<until>(?:frem )?til \w+"
                    r"|(?:i )?(?:et|en) (?:halvt |helt )?(?:år|måned|kvartal)|i \w+ (?:måneder|uger|år))",
                    re.IGNORECASE)


def tried_or_reviewed(text: str) -> tuple[str, str] | None:
    """(phrase, rest) of a trial, an evaluation or a look again agreed with the approval, or None."""
    if evaluated := _EVALUATED.search(text):  # "Så prøver vi hver anden uge og evaluerer til sommer"
        return "med den bemærkning,", f"at det evalueres {evaluated['when'].strip()}"
    if again := _LOOK_AGAIN.search(text):
        what = again["what"] or {"dem": "de"}.get(again["taken"].casefold(), again["taken"])  # "at de tages op igen"
        return "med den bemærkning,", f"at {what.strip()} tages op igen {again['when'].strip()}"
    if trial := _TRIAL.search(text):  # "som forsøg i et halvt år"; "Lad os prøve det frem til sommerferien"
        until = re.sub(r"^(?=(?:et|en) )", "i ", trial["until"] or "")  # "et halvt år" → "i et halvt år"
        if trial["probation"] or trial["temporary"]:
            return "med den bemærkning,", "at det er " + ("på prøve" if trial["probation"] else "midlertidigt")
        if trial["period"]:
            return "med", f"en {trial['period']}"
        if trial["limit"]:  # "… begrænset til ét år" → "at det gælder for ét år"
            return "med den bemærkning,", f"at det gælder {re.sub(r'^begrænset til', 'for', trial['limit'])}"
        if trial["unit"]:
            return "som", f"forsøg i {trial['unit']} først"
        if trial["span"]:
            return "som", f"forsøg i {trial['span']}"
        return "som", (trial["rest"] or trial["trial"] or f"forsøg {until}").strip()
    return None
