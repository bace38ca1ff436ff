"""The approval itself said to come later, or only after something: "Vi godkender den gerne, men først når MED har
været inddraget.", "Vi kan godkende den i næste måned.", "Vi tager godkendelsen, når …". A postponement;
postponements.py reads it with the others. docs/minutes.md lists the forms."""

# The act only when something is seen at a later meeting: "Vi sender den i høring, når vi har set de nye mål på
# næste møde." (clauses.py: no approval first either)
WHEN_AT_A_LATER_MEETING = r",? når [^.!?]*\b(?:på|til) (?:næste|et senere|et kommende) møde\b"

APPROVAL_LATER = (
    # only after something: "Vi godkender den først, når …", "Den kan først godkendes, når …", "Vi kan først godkende
    # den, når …"; also said after the approval: "Vi godkender den gerne, men først når …", "Den bliver godkendt, men
    # først efter høringen."
    r"\b(?:godkender|vedtager|tiltræder) (?:vi )?(?:den |det |dem |sagen )?først,? (?:når|efter|hvis)\b"
    # (any act, when the forum has seen something first: "Så frigiver vi først pengene, når vi har set prioriteringen.")
    r"|\b\w+er (?:vi )?(?:\w+ )?først(?: \w+)?,? (?:når|efter at) (?:vi|udvalget|direktionen) har"
    r" (?:set|fået|hørt|modtaget)\b"
    r"|\b(?:kan|skal) (?:\w+ )?først (?:godkendes|vedtages|tiltrædes)\b"
    r"|\b(?:kan|vil|skal) (?:vi |\w+ )?først (?:godkende|vedtage|tiltræde|bevilge|sige ja"
    r"|sende (?:\w+ ){0,2}i (?:udbud|høring))\b"
    r"|\b(?:godkend(?:er|e|t)|vedtag(?:er|e|et)|tiltræde[r]?|siger ja)\b[^.!?]*?,? men først,? (?:når|efter|hvis"
    r"|i \w+|til \w+|på næste)\b"  # (also at a time: "Vi godkender den, men først i marts.")
    # at a later meeting: "Vi kan godkende den i næste måned.", "Vi siger ja på næste møde, hvis …", "Vi godkender den
    # på et ekstraordinært møde i næste uge.", "Godkendelse: næste møde."
    r"|\b(?:godkender|vedtager|tiltræder|siger ja|godkende|vedtage|beslutter|beslutte)\b(?: (?:vi|den|det|dem|sagen))*"
    r" (?:på (?:næste|et (?:senere|ekstraordinært|kommende)) møde|i næste (?:måned|uge)|næste gang"
    r"|på et senere tidspunkt)\b"
    # (also when something is seen at a later meeting)
    r"|" + WHEN_AT_A_LATER_MEETING +
    # "Den beslutning må vente.", "Godkendelsen må vente."
    r"|\b(?:den beslutning|beslutningen|godkendelsen) (?:må|skal|kan) vente\b"
    r"|^godkendelse(?:n)?:? (?:på )?næste (?:møde|gang)\b"
    # the approval as a thing taken later: "Vi vender tilbage med en godkendelse i januar.", "Vi tager godkendelsen,
    # når MED har været inddraget."
    r"|\bvender (?:vi )?tilbage med (?:en )?(?:godkendelse|beslutning|afgørelse)\b"
    # the case back for its approval (not after a hearing, the act asked for: "Forslaget sendes i høring og kommer
    # tilbage til endelig vedtagelse."): "Den sendes til MED og kommer tilbage til endelig godkendelse."
    r"|^(?!.*\bhøring).*\bkommer (?:igen |tilbage )?til (?:en )?(?:endelig )?(?:godkendelse|vedtagelse|beslutning)\b"
    r"|\btager (?:vi )?(?:godkendelsen|beslutningen|afgørelsen),? (?:når|efter|senere|på)\b"
    # (also the approval first: "Godkendelsen tager vi, når tallene er her.")
    r"|^(?:så )?(?:godkendelsen|beslutningen|afgørelsen) tager vi,? (?:når|efter|senere|på)\b"
    # not today, or not before: "…, men ikke i dag" said last, "…, men ikke før budgettet"; something had first:
    # "…, men lad os få prisen først."
    # (not a start said later, which the set reads as a change: "Så sætter vi det i gang, men ikke før efter …")
    r"|,? men ikke i dag(?=[.!]?$)|,? men ikke før\b(?<!\bi gang, men ikke før)(?<!\bi gang men ikke før)"
    r"|\b(?:lad os|vi skal) (?:lige )?(?:få|have|se|høre|spørge|inddrage) (?:\w+ ){1,3}først(?=[.!]?$)"
    # too much missing for it today: "Der mangler for meget, til at vi kan godkende den i dag."
    r"|\bmangler (?:for )?(?:meget|noget)\b[^.!?]*?,? til at (?:vi|\w+) kan (?:godkende|vedtage|sige ja)\b"
    # not ready, said last: "Ordningen er ikke klar.", "Den er ikke moden endnu."
    r"|^(?:så )?(?:den|det|sagen|[\w-]+(?:en|et|ne|erne)) er ikke (?:klar|færdig|moden)(?: endnu)?(?=[.!]?$)"
    # time given to finish it: "Vi giver HR tid til at skrive den færdig."; left to lie: "Lad den ligge en måned."
    r"|\bgiver (?:vi )?\w+ (?:mere |lidt )?tid til at (?:\w+ ){1,3}færdig\b"
    # … or to answer first: "Vi giver kommunerne en måned til at svare."
    r"|\bgiver (?:vi )?\w+ (?:en|et|to|tre|fire|fem|seks|\d+) (?:uges?|uger|måneds?|måneder) (?:tid )?til at "
    r"(?:svare|udtale sig|melde tilbage|komme med bemærkninger)\b"
    r"|^(?:så )?lad (?:den|det|dem|sagen|punktet) ligge\b"
    # the decision in the passive, only after something: "…, inden der træffes beslutning."
    r"|\b(?:før|inden) der (?:træffes (?:en )?beslutning|besluttes|tages stilling)\b"
)
