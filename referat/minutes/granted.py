"""A yes to what was just asked, in the words people grant a request with: "Det gør vi.", "Det kan vi godt.",
"Selvfølgelig.", "Den får vi med.", "Det skriver jeg ind." (not a look at it: "Det kan vi se på."). Pure; requests.py,
remarks.py and closing.py read a request granted by it.
"""

from __future__ import annotations

import re

from referat.minutes.remark_words import AGREEING_FIRST
from referat.minutes.task_words import DOCUMENTS

# Yes to what was just asked: "Det gør vi.", "Det kan vi godt.", "Selvfølgelig."
GRANTED = re.compile(AGREEING_FIRST +
                      r"(?:det gør vi\b(?![^.!?]*\b(?:altid|allerede|forvejen)\b)[^.!?]*|det kan vi (?:godt|sagtens)"
                      r"|selvfølgelig\b[^.!?]*|det sørger (?:jeg|vi|\w+) for(?=[.!]?$)"
                      r"|det skal (?:de|den|det|han|hun)(?=[.!]?$)"
                      r"|det bliver (?:de|den|det)(?=[.!]?$)"
                      # another body doing it: "Lejerbo holder et informationsmøde om det."
                      r"|(?-i:[A-ZÆØÅ])\w+ (?!har\b|er\b|var\b)\w+er (?:\w+ ){0,5}(?:om|for) det(?=[.!]?$)"
                      # how many of what was asked for: "Der skal være ladestandere." "Der kommer fire."
                      r"|der kommer (?:en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv|femten|tyve|tredive|\d+)\b[^.!?]*"
                      # "Det kan vi godt indarbejde.", "Den kan vi lave.", "Det kan vi godt love." (not a look at it)
                      # (also "Det kan vi nemt tilføje.", "… let", "… hurtigt")
                      r"|(?:det|den|dem) kan (?:vi|jeg) (?:godt |sagtens |nemt |let |hurtigt )?"
                      r"(?!ikke\b|se\b|kigge\b|undersøge\b|drøfte\b|overveje\b|vurdere\b|tage op\b)\w+e\b[^.!?]*"
                      r"|det kan (?:godt |sagtens )?lade sig gøre|det kan (?:godt )?indgå\b[^.!?]*"
                      r"|det er der (?:bred |et )?(?:flertal|opbakning|enighed) (?:for|til)|enig,? og\b[^.!?]*"
                      r"|(?:det|den) har \w+ (?:sagt ja til|accepteret)"
                      r"|det vil (?:vi|de|\w+(?:en|et|ne|erne)) (?:gerne|godt)"
                      r"|det (?:ville|vil) være (?:fint|godt|dejligt)"  # an offer taken: "Det ville være fint."
                      # "Det er med i projektet nu.", "Det er tilføjet."
                      r"|(?:det|den) er (?:nu )?(?:kommet med|lagt ind|tilføjet|skrevet ind|rettet)\b[^.!?]*"
                      r"|(?:det|den) er med (?:i \w+ )?nu"
                      # a yes with when or where: "Ja, tirsdag aften."
                      r"|ja,?\s+(?:\w+dag|klokken|kl\.|i|om|fra)\s[^.!?]*"
                      # "Det kommer på hver gang fremover.", "Den får vi med.", "Ja, det bliver muligt.", "Gerne.",
                      # "De kan få 50 procent.", "Det skal nok komme med." (not later: "Den kommer i version to.")
                      r"|(?:det|den|de) (?:kommer (?:på|med|ind)|skal nok komme med)\b[^.!?]*"
                      r"|(?:det|den|dem) får vi (?:med|ind)\b[^.!?]*"
                      # the thing by name: "Klausulen kommer med i udbuddet."; kept as asked: "Den bliver."
                      r"|(?!sagen\b|punktet\b)[\w-]{3,}(?:en|et|ne|erne) kommer (?:med|ind)\b[^.!?]*"
                      r"|(?:den|det|de) bliver"
                      r"|(?:det|den) bliver (?:muligt|gjort|tilføjet|rettet|ændret|indarbejdet|ordnet)\b[^.!?]*|gerne"
                      r"|(?:de|den|det) kan (?:godt )?få\b[^.!?]*"
                      r"|det skal (?:de|han|hun|den|det|i) (?:nok )?have"
                      r"|(?:ja,?\s+)?vi \w+er (?:den|det|dem|en|et)\b[^.!?]*"
                      # "Den følger med.", "Den får en.", "Ja, det må de gerne."
                      r"|(?:den|det|de) følger med|(?:den|de) får (?:en|et|dem|den|det)\b[^.!?]*"
                      r"|(?:det|den) (?:må|kan) (?:de|den|det|i) gerne"
                      # the presenter: "Det kan det godt.", "Det kan leverandøren godt."
                      r"|det kan (?:det|den|de|\w+(?:en|et|ne|erne)) godt(?: acceptere| leve med| gå med til)?"
                      # taken into the document itself: "Det tager vi med i kontrakten."
                      # (also the plan approved or the letter it goes with: "Det tager vi med i planen / brevet.")
                      r"|(?:det|den|dem) tager vi med i (?:\w+ ){0,2}(?:" + DOCUMENTS + r"|plan|brev)\w*"
                      r"|det kan vi (?:godt |sagtens )?(?:skrive|tage|føje|lægge) (?:ind|med)"
                      # the presenter's own: "Det skriver jeg ind.", "Jeg tilføjer et afsnit."
                      r"|(?:det|den|dem) (?:skriver|retter|tilføjer|indarbejder) jeg(?: ind| til)?(?=[.!]?$)"
                      r"|jeg (?:tilføjer|skriver|indarbejder) (?:det|den|et afsnit|en sætning)\b[^.!?]*"
                      r"|(?:den|det|de) (?:rettelse|ændring|tilføjelse)\w* (?:tager|skriver|laver) vi"
                      r"|det er en god idé(?:,? og (?:det|den) (?:gør|laver|får) (?:de|vi|han|hun))?"
                      # (not what they have already: "Det får de allerede.")
                      r"|det får (?:de|du|i|han|hun|det|den)\b(?![^.!?]*\b(?:allerede|forvejen|altid)\b)[^.!?]*"
                      r"|(?:helt )?enig|klart|absolut|helt sikkert|fair nok"
                      # agreeing in so many words: "Det kan jeg godt se fornuften i.", "Det giver mening.", "Det
                      # er vi enige i.", "Jo, det er en god tanke.", "Ja, lad os få det med."
                      r"|det (?:er|var) (?:en )?(?:god|fin|klog|rimelig|fornuftig)\w* (?:idé|tanke|pointe|tilføjelse)"
                      r"|det er (?:helt |meget )?(?:klogt|rimeligt|fornuftigt|i orden)|det giver (?:god )?mening"
                      r"|det skal vi nok"
                      r"|det synes jeg,? (?:også|vi skal)"
                      r"|det (?:kan|vil) jeg (?:godt )?(?:se fornuften i|støtte|gå med til|leve med)"
                      r"|det er (?:jeg|vi) (?:enig|enige|med på)(?: i| om)?|lad os (?:få det med|gøre det|det)"
                      # what was asked for, taken on: "Det sørger centrene for", "Den forhandler vi ind",
                      # "Det lægger vi ind i maj", "Det skriver vi i købsaftalen", "De får et halvt år"
                      # (not "Det noterer vi", nor "Det tager vi med i budgetopfølgningen": another process; nor "Dem
                      # kommer vi med til efteråret": a delivery later, a follow-up)
                      r"|(?:det|den|dem) "
                      r"(?!er\b|var\b|noterer\b|kommer\b|undersøger\b|overvejer\b|vurderer\b|drøfter\b)"
                      r"\w+er (?:vi|\w+(?:ne|erne))\b"
                      r"(?! ikke\b| med i\b)"
                      r"[^.!?]*"
                      r"|de får \w[^.!?]*)[.!]?$", re.IGNORECASE)
