"""Pure tests of the rule-based draft Beslutning, on discussions modelled on the seeds."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from danish_meetings import CHEFFORUM, DIREKTIONEN, item, utt
from decision_cases import draft_of, load_cases
from referat.minutes.build import draft_decisions
from referat.minutes.commas import written_out
from referat.minutes.decisions import chair_name, draft_decision
from referat.minutes.proposal import indstilling_kinds
from referat.minutes.quotes import as_clause
from referat.minutes.sentences import as_one_sentence, fluent, iter_sentences
from referat.types import AgendaItem, DraftDecision, Evidence, Mark, Meeting

AI_ITEM = CHEFFORUM.items[3]  # seed 001 punkt 5: "Beslutning om AI og nye teknologier i AK"
BUDGET_ITEM = CHEFFORUM.items[1]
THEMES_ITEM = CHEFFORUM.items[4]
KI_ITEM = DIREKTIONEN.items[2]  # seed 000 punkt 7: "Afprøvning af kunstig intelligens …"
LEADERS_ITEM = DIREKTIONEN.items[1]  # seed 000 punkt 3: "Lederudviklingsaktiviteter"


def test_seed_001_item_5_approved_with_remark():
    discussion = (
        utt("Taler 1", 600.0, "Punkt fem handler om AI og nye teknologier."),
        utt("Taler 2", 605.0, "Vi foreslår retningslinjer og et AI-Awarenessforløb fra MetaCompliance."),
        utt("Taler 3", 615.0, "Hvad med økonomien til opkvalificering af medarbejdere?"),
        utt("Taler 2", 620.0, "Den skal vi drøfte senere."),
        utt("Taler 1", 630.0, "Godt. Så godkender vi indstillingen med bemærkning om, at hver afdeling "
                              "udpeger to til fire superbrugere."),
    )
    draft = draft_decision(AI_ITEM, discussion, CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark"
    assert draft.text == ("Chefforum godkendte indstillingen med bemærkning om, at hver afdeling udpeger "
                          "to til fire superbrugere.")
    quote = ("Så godkender vi indstillingen med bemærkning om, at hver afdeling udpeger to til fire superbrugere.")
    assert Evidence("Taler 1", 630.4, quote) in draft.evidence
    assert 0.5 < draft.confidence <= 0.95


def test_seed_000_item_7_not_approved_despite_earlier_approval_words():
    discussion = (
        utt("Taler 2", 100.0, "Løsningen er godkendt af IT-projektrådet, og vi vil afprøve AI i mindre skala."),
        utt("Taler 3", 108.0, "Jeg savner en kvalificering af ambitionsniveauet."),
        utt("Taler 1", 112.0, "Jeg er enig. Vi godkender ikke sagens indstillinger i dag."),
        utt("Taler 1", 118.0, "Bæredygtighed og etik skal tydeliggøres."),
    )
    draft = draft_decision(KI_ITEM, discussion, DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "rejected"
    assert draft.text == "Direktionen godkendte ikke indstillingen."
    assert [e.text for e in draft.evidence] == ["Vi godkender ikke sagens indstillinger i dag."]
    assert draft.evidence[0].speaker == "Taler 1" and draft.evidence[0].start > 112


def test_orientation_with_agreement_is_taken_to_efterretning():
    discussion = (
        utt("Taler 1", 10.0, "Der er kun få udeståender med enkelte budgetforslag."),
        utt("Taler 2", 16.0, "Tak for orienteringen."),
        utt("Taler 3", 18.0, "Fint, ingen bemærkninger."),
    )
    draft = draft_decision(BUDGET_ITEM, discussion, CHEFFORUM)
    assert indstilling_kinds(BUDGET_ITEM)[0] == "noted"
    assert draft.kind == "noted"
    assert draft.text == "Chefforum tog orienteringen til efterretning."
    # Found from the Indstilling, not from decision words: the draft quotes how the item opened too.
    assert [e.text for e in draft.evidence] == ["Der er kun få udeståender med enkelte budgetforslag.",
                                                "Tak for orienteringen.", "Fint, ingen bemærkninger."]


def test_approving_an_orientation_reads_as_efterretning():
    draft = draft_decision(BUDGET_ITEM, (utt("Taler 1", 5.0, "Så er det godkendt."),), CHEFFORUM)
    assert draft.kind == "noted"


def test_explicit_efterretning_is_found():
    draft = draft_decision(
        CHEFFORUM.items[2], (utt("Taler 1", 5.0, "Vi tager orienteringen til efterretning."),), CHEFFORUM)
    assert (draft.kind, draft.text) == ("noted", "Chefforum tog orienteringen til efterretning.")


def test_discussed_and_postponed():
    drafted = draft_decision(THEMES_ITEM, (utt("Taler 1", 5.0, "Vi har drøftet temaerne for efteråret."),), CHEFFORUM)
    assert (drafted.kind, drafted.text) == ("discussed", "Chefforum drøftede punktet.")
    postponed = draft_decision(AI_ITEM, (utt("Taler 1", 5.0, "Vi udsætter punktet til næste møde."),), CHEFFORUM)
    assert (postponed.kind, postponed.text) == ("postponed", "Chefforum udsatte punktet.")


def test_decided_quotes_what_was_decided():
    draft = draft_decision(THEMES_ITEM, (utt("Taler 1", 5.0, "Vi besluttede at holde lederdagen i oktober."),),
                           CHEFFORUM)
    assert draft.kind == "decided"
    assert draft.text == "Chefforum besluttede at holde lederdagen i oktober."  # an infinitive: no comma


def test_the_chair_weighs_more():
    discussion = (
        utt("Taler 2", 0.0, "Sagen handler om retningslinjer."),
        utt("Taler 1", 10.0, "Vi godkender indstillingen."),
        utt("Taler 2", 12.0, "Jeg mener, det bør udsættes."),
    )
    assert draft_decision(AI_ITEM, discussion, CHEFFORUM, chair="Taler 1").kind == "approved"
    # A member's view after the decision ("bør") is not a decision, with or without a known chair.
    assert draft_decision(AI_ITEM, discussion, CHEFFORUM, chair=None).kind == "approved"
    # The last decision statement decides when the chair made none.
    later = (*discussion[:2], utt("Taler 2", 12.0, "Så udsætter vi det til næste møde."))
    assert draft_decision(AI_ITEM, later, CHEFFORUM, chair=None).kind == "postponed"
    assert draft_decision(AI_ITEM, later, CHEFFORUM, chair="Taler 1").kind == "approved"


def test_a_decision_mark_boosts_what_was_said_before_it():
    discussion = (
        utt("Taler 2", 10.0, "Jeg mener, det bør udsættes."),
        utt("Taler 3", 20.0, "Vi har drøftet det længe nok."),
    )
    marked = draft_decision(AI_ITEM, discussion, CHEFFORUM, chair="Taler 3", marks=(Mark(12.0, 4, "decision"),))
    # A decision mark for another item does not count.
    unmarked = draft_decision(AI_ITEM, discussion, CHEFFORUM, chair="Taler 3", marks=(Mark(12.0, 2, "decision"),))
    assert marked.kind == "postponed"
    assert unmarked.kind == "discussed"


def test_existing_beslutning_is_never_replaced():
    decided = replace(AI_ITEM, decision="Chefforum godkendte indstillingen.")
    discussion = (utt("Taler 1", 5.0, "Vi godkender ikke noget i dag."),)
    draft = draft_decision(decided, discussion, CHEFFORUM)
    assert (draft.kind, draft.text) == ("existing", "Chefforum godkendte indstillingen.")
    assert draft.evidence  # the discussion is still quoted for the reader


def test_item_never_discussed_and_no_decision_language():
    assert draft_decision(AI_ITEM, (), CHEFFORUM).kind == "not_discussed"
    draft = draft_decision(AI_ITEM, (utt("Taler 2", 5.0, "Slide to viser tallene for juni."),), CHEFFORUM)
    assert draft.kind == "undetermined" and draft.confidence == 0.0
    assert "Indstillingen: Kommunaldirektøren indstiller" in draft.text


def test_assent_without_an_indstilling_is_not_a_decision():
    bare = item(9, "Ledelsesinformation", None)
    draft = draft_decision(bare, (utt("Taler 1", 1.0, "Ja, fint."),), CHEFFORUM)
    assert draft.kind == "undetermined"


def test_an_item_without_an_indstilling_asks_for_what_its_title_says():
    told = (utt("Taler 1", 1.0, "Der er to meddelelser. Miljøministeriet har godkendt jordforureningsindsatsen."),
            utt("Taler 2", 9.0, "Tak."))
    draft = draft_decision(item(3, "Meddelelser", None), told, CHEFFORUM)
    # Another body's approval is news told to the meeting, not the meeting's decision.
    assert (draft.kind, draft.text) == ("noted", "Chefforum tog orienteringen til efterretning.")
    talk = (utt("Taler 2", 1.0, "Der er konference om grøn vækst i november."), utt("Taler 1", 6.0, "Godt at vide."))
    assert draft_decision(item(4, "Eventuelt", None), talk, CHEFFORUM).kind == "discussed"
    assert indstilling_kinds(item(1, "Godkendelse af dagsorden", None)) == ("approved",)
    # An Indstilling that proposes an act in no listed words is still approved by agreeing to it.
    assert indstilling_kinds(item(5, "Netværk", None, "CBA indstiller, at kommunen deltager i netværket.")) == (
        "approved",)


SALE = item(8, "Salg af grund på havnen", None,
            "Borgmesteren indstiller, at grunden sælges til højestbydende for mindst 400.000 kr.")
GRANT = item(14, "Anlægsbevilling", None, "Koncerndirektionen indstiller, at der gives en anlægsbevilling.")


def test_doing_what_the_indstilling_proposes_approves_it_and_not_doing_it_refuses_it():
    def kind_of(an_item, text):
        return draft_decision(an_item, (utt("Taler 1", 1.0, "Der er kommet tre bud."), utt("Taler 1", 6.0, text)),
                              CHEFFORUM).kind

    assert kind_of(SALE, "Så sælger vi grunden til højestbydende.") == "approved"
    assert kind_of(SALE, "Så sælger vi ikke grunden i år.") == "rejected"
    assert kind_of(SALE, "Grunden er solgt til højestbydende.") == "approved"
    assert kind_of(GRANT, "Så er bevillingen givet.") == "approved"
    assert kind_of(GRANT, "Så giver vi ikke bevillingen.") == "rejected"
    assert kind_of(GRANT, "Vi kigger på bevillingen igen, når tallene er der.") == "postponed"
    assert kind_of(SALE, "Hvor mange bud er der kommet?") == "undetermined"


def test_a_case_that_comes_back_after_a_refusal_was_refused_and_one_that_only_comes_back_was_postponed():
    refused = (utt("Taler 2", 1.0, "Etikken mangler."),
               utt("Taler 1", 6.0, "Jeg kan ikke anbefale, at vi godkender det i dag. Sagen kommer tilbage, når "
                                   "etikken er beskrevet."))
    assert draft_decision(KI_ITEM, refused, DIREKTIONEN, chair="Taler 1").kind == "rejected"
    later = (utt("Taler 2", 1.0, "Lejemålet er dyrt."), utt("Taler 1", 6.0, "Sagen kommer igen i januar."))
    assert draft_decision(KI_ITEM, later, DIREKTIONEN, chair="Taler 1").kind == "postponed"


def test_a_point_noted_in_a_discussion_item_is_a_discussion_and_a_recommending_indstilling_is_recommended():
    said = (utt("Taler 2", 1.0, "Vi må ikke skære i hjemmeplejen."), utt("Taler 1", 6.0, "Det er noteret."))
    assert draft_decision(THEMES_ITEM, said, CHEFFORUM).kind == "discussed"
    recommending = item(4, "Udmøntning", None, "Administrationen indstiller, at udvalget anbefaler regionsrådet at "
                                               "godkende udmøntningen.")
    agreed = (utt("Taler 2", 1.0, "Det er fornuftigt."), utt("Taler 1", 6.0, "Så går vi videre med det."))
    assert draft_decision(recommending, agreed, CHEFFORUM).kind == "recommended"


def test_following_an_indstilling_that_refuses_is_a_rejection_in_its_words():
    refusal = item(9, "Forslag om gratis parkering i midtbyen", None,
                   "Forvaltningen indstiller, at forslaget ikke imødekommes.")
    said = (utt("Taler 3", 1.0, "Det koster fire millioner om året."), utt("Taler 1", 6.0, "Vi følger forvaltningen."))
    draft = draft_decision(refusal, said, CHEFFORUM)
    assert (draft.kind, draft.text) == ("rejected", "Chefforum fulgte indstillingen: forslaget imødekommes ikke.")
    named = (said[0], utt("Taler 1", 6.0, "Vi følger forvaltningens indstilling."))
    assert draft_decision(refusal, named, CHEFFORUM).text == "Chefforum fulgte indstillingen: forslaget imødekommes ikke."
    against = (said[0], utt("Taler 1", 6.0, "Vi godkender ikke indstillingen, parkeringen skal være gratis."))
    assert draft_decision(refusal, against, CHEFFORUM).text == "Chefforum godkendte ikke indstillingen."


@pytest.mark.parametrize(("said", "drafted"), [
    ("Så er politikken vedtaget med et afsnit om løn ved ansættelse.",
     "godkendte indstillingen med et afsnit om løn ved ansættelse."),
    ("Politikken er vedtaget med et stort flertal.", "godkendte indstillingen."),
    ("Vi godkender planen, men kun for beboere i første omgang.",
     "godkendte indstillingen, dog kun for beboere i første omgang."),
    ("Vi godkender planen, når der er tilføjet et afsnit om idræt.",
     "godkendte indstillingen under forudsætning af, at der er tilføjet et afsnit om idræt."),
    ("Så rykker vi junimødet en uge, og ellers er planen godkendt.",
     "godkendte indstillingen med den ændring, at vi rykker junimødet en uge."),
    ("Så sælger vi grunden, på betingelse af at der er adgang langs kajen.",
     "godkendte indstillingen på betingelse af, at der er adgang langs kajen."),
    ("Så sælger vi grunden, med adgang for offentligheden langs kajen.",
     "godkendte indstillingen med adgang for offentligheden langs kajen."),
    ("Så vil jeg foreslå, at planen godkendes, og at HR tilføjer et afsnit om mangfoldighed.",
     "godkendte indstillingen med den bemærkning, at HR tilføjer et afsnit om mangfoldighed."),
    ("Så godkender vi planen som forsøg i et halvt år.", "godkendte indstillingen som forsøg i et halvt år."),
    ("Så sælger vi grunden til tre hundrede og halvtreds tusind.",
     "godkendte indstillingen med den ændring, der blev nævnt: »Så sælger vi grunden til tre hundrede og "
     "halvtreds tusind.«."),
    ("Så sælger vi grunden til kommunen i stedet.",
     "godkendte indstillingen med den ændring, der blev nævnt: »Så sælger vi grunden til kommunen i stedet.«."),
])
def test_remarks_in_the_forms_said(said, drafted):
    an_item = SALE if "grunden" in said else item(4, "Plan", None, "Forvaltningen indstiller, at planen godkendes.")
    draft = draft_decision(an_item, (utt("Taler 2", 1.0, "Det ser fornuftigt ud."), utt("Taler 1", 6.0, said)),
                           CHEFFORUM)
    assert draft.text == f"Chefforum {drafted}"


def test_english_speech_drafts_a_danish_decision():
    discussion = (utt("Taler 1", 1.0, "The committee approved the recommendation with the remark that "
                                      "the parks get more trees."),)
    draft = draft_decision(AI_ITEM, discussion, CHEFFORUM)
    assert draft.kind == "approved_with_remark"
    assert draft.text == "Chefforum godkendte indstillingen med bemærkning om, at the parks get more trees."


def test_chair_is_the_director_or_the_first_listed():
    assert chair_name(CHEFFORUM) == "Henrik Harder"
    assert chair_name(DIREKTIONEN) == "Lars Holte"


def test_english_remark_without_that():
    discussion = (utt("Taler 1", 1.0, "The committee approved the plan with the remark the harbour path gets lights."),)
    draft = draft_decision(AI_ITEM, discussion, CHEFFORUM)
    assert draft.text.endswith("med bemærkning om, at the harbour path gets lights.")


def test_a_partial_grant_an_appointment_and_a_grant_against_a_refusing_indstilling():
    roof = item(7, "Anlægsbevilling til renovering af rådhuset", None,
                "Borgmesteren indstiller, at der gives en anlægsbevilling på 12 mio. kr.")
    said = (utt("Taler 2", 1.0, "Vi har ikke tolv millioner i år."),
            utt("Taler 1", 6.0, "Vi bevilger de fire millioner til taget, og resten venter til budgettet for næste år."))
    draft = draft_decision(roof, said, CHEFFORUM)
    assert (draft.kind, draft.text) == ("partly_approved", "Chefforum godkendte de fire millioner til taget og udsatte "
                                                           "resten til budgettet for næste år.")
    seat = item(13, "Udpegning af medlem", None, "Administrationen indstiller, at udvalget udpeger et medlem.")
    chosen = (utt("Taler 2", 1.0, "Jeg foreslår Ole Madsen."), utt("Taler 3", 6.0, "Enig."))
    assert draft_decision(seat, chosen, CHEFFORUM).kind == "decided"
    refusal = item(51, "Tilskud til velgørenhed", None, "Forvaltningen indstiller, at tilskuddet ikke imødekommes.")
    granted = (utt("Taler 2", 1.0, "Det er et godt formål."), utt("Taler 1", 6.0, "Der er flertal for at give "
                                                                             "tilskuddet alligevel. Tilskuddet gives."))
    draft = draft_decision(refusal, granted, CHEFFORUM)
    assert (draft.kind, draft.text) == ("approved", "Chefforum fulgte ikke indstillingen: tilskuddet imødekommes.")


def test_an_ordinal_date_does_not_end_the_sentence_that_carries_the_remark():
    caféer = item(54, "Genåbning af caféer", None, "Administrationen indstiller, at caféerne genåbnes 15. juni.")
    said = (utt("Taler 2", 1.0, "Smittetallene er lave."),
            utt("Taler 1", 6.0, "Vi åbner caféerne den 15. juni, men kun for beboere i første omgang."))
    draft = draft_decision(caféer, said, CHEFFORUM)
    assert draft.text == "Chefforum godkendte indstillingen, dog kun for beboere i første omgang."
    assert [e.text for e in draft.evidence] == ["Vi åbner caféerne den 15. juni, men kun for beboere i første omgang."]


def test_all_but_one_point_a_recommendation_sent_on_and_a_wish_with_the_approval():
    said = (utt("Taler 2", 1.0, "Punkt 5 mangler finansiering."),
            utt("Taler 1", 6.0, "Så godkender vi alle indstillinger undtagen nummer fem, som kommer igen senere."))
    draft = draft_decision(KI_ITEM, said, DIREKTIONEN, chair="Taler 1")
    assert (draft.kind, draft.text) == ("partly_approved", "Direktionen godkendte alle indstillinger, men ikke "
                                                           "indstilling 5.")
    sent = (utt("Taler 2", 1.0, "Det er flot."), utt("Taler 1", 6.0, "Vi sender afrapporteringen videre til "
                                                                    "forretningsudvalget med anbefaling om godkendelse."))
    assert draft_decision(AI_ITEM, sent, CHEFFORUM).kind == "recommended"
    wish = (utt("Taler 2", 1.0, "Det ser fint ud."),
            utt("Taler 1", 6.0, "Så godkender vi indstillingerne, og vi skal have en status efter et halvt år."))
    assert draft_decision(KI_ITEM, wish, DIREKTIONEN, chair="Taler 1").text == (
        "Direktionen godkendte indstillingen med ønske om en status efter et halvt år.")


def test_tasks_said_after_their_object_or_agreed_on_and_the_decision_itself_is_no_task():
    said = (utt("Taler 2", 1.0, "Mindreforbruget skal bruges på ventelisterne."),
            utt("Taler 1", 6.0, "Det tager vi med i budgetopfølgningen. Rapporten er godkendt."),
            utt("Taler 1", 12.0, "Så er vi enige om, at administrationen laver en opdatering."),
            utt("Taler 1", 18.0, "Så sender vi taksterne tilbage til forvaltningen."))
    found = {(f.who, f.what) for f in draft_decision(AI_ITEM, said, CHEFFORUM).followups}
    assert found == {("Chefforum", "tager det med i budgetopfølgningen"), ("Administrationen", "laver en opdatering")}


def test_a_child_in_a_word_is_no_should_and_an_adjective_is_no_verb_of_the_indstilling():
    # "børneområdet" holds "bør", and "det fælles indkøb" an "-es" that is no passive verb.
    purchase = item(19, "Fælles indkøb", None, "Koncerndirektionen indstiller, at regionen indgår i det fælles indkøb.")
    said = (utt("Taler 2", 1.0, "Jeg vil ikke binde regionen."),
            utt("Taler 1", 6.0, "Så indgår regionen ikke i det fælles indkøb."))
    assert draft_decision(purchase, said, CHEFFORUM, chair="Taler 1").kind == "rejected"
    noted = (utt("Taler 2", 1.0, "Ventetiderne er for lange for børn."),
             utt("Taler 1", 6.0, "Udvalget tager orienteringen til efterretning og beder om en plan for børneområdet."))
    draft = draft_decision(BUDGET_ITEM, noted, CHEFFORUM, chair="Taler 1")
    assert draft.kind == "noted" and "til efterretning" in draft.evidence[-1].text


@pytest.mark.parametrize(("said", "kind", "drafted"), [
    ("Jeg tager det som et ja til planen.", "approved", "godkendte indstillingen."),
    ("Så er der enighed om planen.", "approved", "godkendte indstillingen."),
    ("Så flytter vi det til den 3. maj, og planen er godkendt.", "approved_with_remark",
     "godkendte indstillingen med den ændring, at vi flytter det til den 3. maj."),
    ("Så godkender vi planen og lader børneprisen være.", "approved_with_remark",
     "godkendte indstillingen med den ændring, at børneprisen er uændret."),
])
def test_closings_in_everyday_words(said, kind, drafted):
    plan = item(4, "Plan", None, "Forvaltningen indstiller, at planen godkendes.")
    draft = draft_decision(plan, (utt("Taler 2", 1.0, "Det ser fornuftigt ud."), utt("Taler 1", 6.0, said)),
                           CHEFFORUM)
    assert (draft.kind, draft.text) == (kind, f"Chefforum {drafted}")


def test_the_opposite_of_the_proposal_a_choice_and_all_but_one_recommendation():
    closed = item(10, "Lukning af svømmehal", None, "Administrationen indstiller, at svømmehallen holdes lukket.")
    said = (utt("Taler 1", 1.0, "Renoveringen er flyttet."), utt("Taler 1", 6.0, "Den holdes åben."))
    assert draft_decision(closed, said, CHEFFORUM, chair="Taler 1").kind == "rejected"
    choice = item(55, "Opfølgning på politikker", None,
                  "Administrationen indstiller, at udvalget beslutter, hvilke politikker der følges op på.")
    chosen = (utt("Taler 2", 1.0, "Jeg foreslår demensstrategien."), utt("Taler 1", 6.0, "Det bliver demensstrategien."))
    assert draft_decision(choice, chosen, CHEFFORUM, chair="Taler 1").kind == "decided"
    advice = item(50, "Anbefalinger", None, "Administrationen indstiller, at anbefalingerne godkendes.")
    most = (utt("Taler 2", 1.0, "Nummer fire går for langt."),
            utt("Taler 1", 6.0, "Så godkender vi anbefalingerne bortset fra nummer fire."))
    assert draft_decision(advice, most, CHEFFORUM, chair="Taler 1").text == (
        "Chefforum godkendte anbefalingerne, men ikke anbefaling 4.")
    moved = (utt("Taler 4", 1.0, "Et møde ligger i vinterferien."),
             utt("Taler 1", 6.0, "Det flytter vi til uge 8, og så er årshjulet godkendt."))
    assert draft_decision(advice, moved, CHEFFORUM, chair="Taler 1").text == (
        "Chefforum godkendte indstillingen med den ændring, at vi flytter det til uge 8.")


def test_a_proposal_reported_is_no_decision_and_an_orientation_with_its_approval_put_off_is_a_postponement():
    grant = item(121, "Anlægsbevilling", None, "Økonomiudvalget indstiller, at der gives en anlægsbevilling.")
    said = (utt("Taler 2", 1.0, "Der er stillet forslag om at udskyde byggeriet et år."),
            utt("Taler 1", 6.0, "Forslaget er faldet. Bevillingen er givet."))
    assert draft_decision(grant, said, CHEFFORUM, chair="Taler 2").kind == "approved"
    both = item(9, "Opfølgning", None, "Koncerndirektionen indstiller, at opfølgningen tages til efterretning og at den "
                                        "videre proces godkendes.")
    later = (utt("Taler 2", 1.0, "Processen er uklar."),
             utt("Taler 1", 6.0, "Vi tager opfølgningen til efterretning, og processen kommer på igen, når den er "
                                 "beskrevet bedre."))
    assert draft_decision(both, later, CHEFFORUM, chair="Taler 1").kind == "postponed"
    joined = (utt("Taler 2", 1.0, "Jeg er for."), utt("Taler 1", 6.0, "Så er regionen med."))
    assert draft_decision(grant, joined, CHEFFORUM, chair="Taler 1").kind == "approved"


def test_a_new_amount_said_with_the_proposal_s_own_words_and_a_task_given_with_the_approval():
    budget = item(11, "Budget for lederdagen", None, "Kommunaldirektøren indstiller, at budgettet på 80.000 kr. godkendes.")
    said = (utt("Taler 4", 1.0, "Prisen er steget."), utt("Taler 1", 6.0, "Så hæver vi budgettet til hundrede tusind."))
    draft = draft_decision(budget, said, CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "hundrede tusind" in draft.text
    plan = item(14, "Handleplan", None, "Kommunaldirektøren indstiller, at handleplanen godkendes.")
    asked = (utt("Taler 3", 1.0, "Jeg savner noget om arbejdsmiljø."),
             utt("Taler 1", 6.0, "Så godkender vi den og beder HR tilføje et afsnit om arbejdsmiljø."))
    assert draft_decision(plan, asked, CHEFFORUM, chair="Taler 1").text == (
        "Chefforum godkendte indstillingen med den bemærkning, at HR skal tilføje et afsnit om arbejdsmiljø.")


CANTEEN = item(9, "Beslutning om ny kantineordning", "00.01.00", "CBA indstiller, at den nye kantineordning godkendes.")


def test_the_chairs_closing_without_decision_words_follows_the_indstilling():
    discussion = (
        utt("Taler 3", 10.0, "Kantineordningen er ændret, så prisen kun stiger med fem kroner."),
        utt("Taler 2", 16.0, "Det var det, vi bad om."),
        utt("Taler 1", 20.0, "Dermed skifter vi leverandør."),  # no decision word, and not the Indstilling's
    )
    draft = draft_decision(CANTEEN, discussion, DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved" and draft.text == "Direktionen godkendte indstillingen."
    assert "Dermed skifter vi leverandør." in [e.text for e in draft.evidence]
    assert draft.confidence <= 0.35  # a weak reason: the secretary checks it


@pytest.mark.parametrize("closing", [
    "Så bliver ordningen, som den er.",  # kept as it is: a refusal said without a refusal word
    "Vi ser på ordningen igen efter sommer.",  # a delay
    "Vi holder et møde med kantineudvalget først.",  # a condition first
])
def test_a_closing_that_holds_back_does_not_confirm_the_indstilling(closing):
    discussion = (
        utt("Taler 3", 10.0, "Kantineordningen er ændret, så prisen kun stiger med fem kroner."),
        utt("Taler 1", 20.0, closing),
    )
    assert draft_decision(CANTEEN, discussion, DIREKTIONEN, chair="Taler 1").kind != "approved"


def test_talk_ended_by_a_member_is_no_closing():
    discussion = (
        utt("Taler 1", 10.0, "Kantineordningen er ændret, så prisen kun stiger med fem kroner."),
        utt("Taler 3", 20.0, "Dermed skifter vi leverandør."),
    )
    assert draft_decision(CANTEEN, discussion, DIREKTIONEN, chair="Taler 1").kind == "undetermined"


def test_votes_a_body_s_advice_and_a_case_that_comes_back():
    moving = item(6, "Neurorehabilitering", None,
                  "Koncerndirektionen indstiller, at regionsrådet beslutter at samle neurorehabiliteringen i Brønderslev.")
    voted = (utt("Taler 2", 1.0, "Venstre stemmer for."),
             utt("Taler 1", 6.0, "Så er der flertal. Neurorehabiliteringen samles i Brønderslev."))
    assert draft_decision(moving, voted, CHEFFORUM, chair="Taler 1").kind == "approved"
    # The Indstilling's author recommends; the forum is asked to approve, not to recommend.
    pool = item(11, "Kulturpulje", None, "Udvalget for regional udvikling anbefaler, at puljen udmøntes som foreslået.")
    assert indstilling_kinds(pool)[0] == "approved"
    followed = (utt("Taler 3", 1.0, "Himmerland får for lidt."),
                utt("Taler 1", 6.0, "Puljen udmøntes efter udvalgets anbefaling."))
    assert draft_decision(pool, followed, CHEFFORUM, chair="Taler 1").kind == "approved"
    # Another body's advice is a view, not the meeting's postponement.
    cafes = item(54, "Caféer", None, "Administrationen indstiller, at caféerne genåbnes 15. juni.")
    advised = (utt("Taler 2", 1.0, "Sundhedsstyrelsen anbefaler, at vi venter til juli med caféerne."),
               utt("Taler 1", 6.0, "Så genåbner vi caféerne den 15. juni."))
    assert draft_decision(cafes, advised, CHEFFORUM, chair="Taler 1").kind == "approved"
    hearing = item(50, "Plan for svømmehaller", None, "Forvaltningen indstiller, at planen sendes i høring.")
    back = (utt("Taler 4", 1.0, "Vi bør have et borgermøde, før vi sender noget i høring."),
            utt("Taler 1", 6.0, "Vi holder et borgermøde i Jyllinge først, og så kommer planen tilbage til udvalget."))
    draft = draft_decision(hearing, back, CHEFFORUM, chair="Taler 1")
    assert draft.kind == "postponed"  # and the member's "før vi sender …" approved nothing
    assert [(f.who, f.what) for f in draft.followups] == [("Chefforum", "holder et borgermøde i Jyllinge først")]
    grant = item(121, "Anlægsbevilling", None, "Økonomiudvalget indstiller, at der gives en anlægsbevilling.")
    given = (utt("Taler 3", 1.0, "Byggeriet må ikke blive dyrere."),
             utt("Taler 1", 6.0, "Bevillingen er givet. Og forvaltningen kommer tilbage, hvis økonomien skrider."))
    assert draft_decision(grant, given, CHEFFORUM, chair="Taler 1").kind == "approved"  # a body, not the case


def test_a_condition_in_the_approval_a_point_taken_in_and_a_second_price():
    lease = item(17, "Leje af lokaler", None, "Koncerndirektionen indstiller, at lejemålet godkendes.")
    said = (utt("Taler 2", 1.0, "Udlejer siger ja til en klausul."),
            utt("Taler 1", 6.0, "Så godkender vi lejemålet med opsigelse efter fem år."))
    assert draft_decision(lease, said, CHEFFORUM, chair="Taler 1").text == (
        "Chefforum godkendte indstillingen med opsigelse efter fem år.")
    policy = item(8, "Idrætspolitik", None, "Administrationen indstiller, at idrætspolitikken sendes i høring.")
    taken = (utt("Taler 3", 1.0, "Jeg mangler noget om ældreidræt."),
             utt("Taler 1", 6.0, "Det kommer med i høringsudgaven. Politikken kan sendes i høring."))
    draft = draft_decision(policy, taken, CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "ældreidræt" in draft.text
    price = item(5, "Timepriser", None, "Forvaltningen indstiller, at timeprisen fastsættes til 400 kr.")
    two = (utt("Taler 2", 1.0, "Det er for dyrt for ungdomshold."),
           utt("Taler 1", 6.0, "Timeprisen bliver fire hundrede kroner, og for ungdomshold to hundrede kroner."))
    draft = draft_decision(price, two, CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "ungdomshold to hundrede" in draft.text


def test_a_named_organisation_takes_a_task_and_an_item_opened_with_a_question_quotes_its_first_statement():
    rent = item(119, "Lejeforhøjelse", None, "Økonomidirektøren indstiller, at lejeforhøjelsen godkendes.")
    said = (utt("Taler 3", 1.0, "Det er en stor stigning."),
            utt("Taler 1", 6.0, "Lejeforhøjelsen er godkendt, og Lejerbo orienterer beboerne om boligstøtte."))
    draft = draft_decision(rent, said, CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved"  # a task said with the approval is a follow-up, not a remark
    assert [(f.who, f.what) for f in draft.followups] == [("Lejerbo", "orienterer beboerne om boligstøtte")]
    # At the start of a sentence a capital says nothing: "Kantinen laver …" names no one.
    own = (utt("Taler 1", 1.0, "Kantinen laver mad til hele huset."), utt("Taler 2", 6.0, "Godkendt."))
    assert draft_decision(rent, own, CHEFFORUM, chair="Taler 2").followups == ()
    news = item(5, "Meddelelser", None)
    asked = (utt("Taler 1", 1.0, "Er der nogen meddelelser?"),
             utt("Taler 2", 4.0, "Idrætsrådet holder årsmøde den 12. maj."), utt("Taler 1", 9.0, "Tak for det."))
    quoted = [e.text for e in draft_decision(news, asked, CHEFFORUM, chair="Taler 1").evidence]
    assert quoted[:2] == ["Er der nogen meddelelser?", "Idrætsrådet holder årsmøde den 12. maj."]


PLAN = item(4, "Plan", None, "Forvaltningen indstiller, at planen godkendes.")


@pytest.mark.parametrize(("said", "kind", "drafted"), [
    ("Så venter vi, til de er blevet informeret. Vi tager den på næste møde.", "postponed", "udsatte punktet."),
    ("Ja, vi lader den ligge, til vi har KL's anbefaling.", "postponed", "udsatte punktet."),
    ("Lad os prøve det frem til sommerferien og så se på det igen.", "approved_with_remark",
     "godkendte indstillingen som forsøg frem til sommerferien."),
    ("Godt, så siger vi den 9. juni, og resten af planen er godkendt.", "approved_with_remark",
     "godkendte indstillingen med den ændring, at vi siger den 9. juni."),
    ("Det sørger vi for. Planen er godkendt.", "approved_with_remark",
     "godkendte indstillingen med den ændring, der blev nævnt: »Jeg vil gerne have ungdomsrådet med.«."),
])
def test_waiting_a_trial_a_date_changed_and_a_wish_taken_in(said, kind, drafted):
    discussion = (utt("Taler 2", 1.0, "Jeg vil gerne have ungdomsrådet med."), utt("Taler 1", 6.0, said))
    draft = draft_decision(PLAN, discussion, CHEFFORUM, chair="Taler 1")
    assert (draft.kind, draft.text) == (kind, f"Chefforum {drafted}")


def test_a_yes_to_a_change_then_the_approval_quotes_the_change_asked_for():
    discussion = (utt("Taler 5", 1.0, "Kan vi bytte rundt, så kulturtemaet kommer i september?"),
                  utt("Taler 1", 6.0, "Det gør vi. Med den ændring er planen godkendt."))
    assert draft_decision(PLAN, discussion, CHEFFORUM, chair="Taler 1").text == (
        "Chefforum godkendte indstillingen med den ændring, der blev nævnt: »Kan vi bytte rundt, så kulturtemaet "
        "kommer i september?«.")
    rewrite = (utt("Taler 3", 1.0, "Tredje afsnit er for pænt."),
               utt("Taler 1", 6.0, "Fint, vi skriver tredje afsnit om, og så sender vi planen."))
    draft = draft_decision(PLAN, rewrite, CHEFFORUM, chair="Taler 1")
    assert draft.text == "Chefforum godkendte indstillingen med den ændring, at vi skriver tredje afsnit om."


def test_the_indstilling_s_act_on_a_choice_is_the_choice_and_tasks_are_not_the_decision():
    choice = item(55, "Opfølgning på politikker", None,
                  "Administrationen indstiller, at udvalget beslutter, hvilke politikker der følges op på.")
    chosen = (utt("Taler 3", 1.0, "Værdighedspolitikken er vigtigst."),
              utt("Taler 1", 6.0, "Så følger vi op på værdighedspolitikken."))
    assert draft_decision(choice, chosen, CHEFFORUM, chair="Taler 1").kind == "decided"
    sale = item(8, "Salg af grund", None, "Borgmesteren indstiller, at grunden sælges til højestbydende.")
    sold = (utt("Taler 2", 1.0, "Højeste bud er fra en investor."),
            utt("Taler 1", 6.0, "Så sælger vi grunden, og forvaltningen sender kontrakten i morgen."))
    assert [(f.who, f.what) for f in draft_decision(sale, sold, CHEFFORUM, chair="Taler 1").followups] == [
        ("Forvaltningen", "sender kontrakten")]  # selling is the decision; the contract is the task
    network = item(14, "KL's netværk", None, "CBA indstiller, at kommunen deltager i netværket.")
    joined = (utt("Taler 2", 1.0, "Netværket koster femten tusind."), utt("Taler 1", 6.0, "Vi melder os ind."))
    assert draft_decision(network, joined, CHEFFORUM, chair="Taler 1").followups == ()


@pytest.mark.parametrize(("said", "expected"), [
    ("Det følger vi op på med afdelingen.", [("Chefforum", "følger det op på med afdelingen")]),
    ("Administrationen regner på begge modeller til næste møde.", [("Administrationen", "regner på begge modeller")]),
    ("Regionen kortlægger råstoffer og planlægger, hvor der må graves.", []),  # what it does, not a task
])
def test_follow_ups_said_in_these_ways(said, expected):
    talk = (utt("Taler 4", 1.0, said), utt("Taler 1", 6.0, "Tak for det."))
    found = draft_decision(BUDGET_ITEM, talk, CHEFFORUM, chair="Taler 1").followups
    assert [(f.who, f.what) for f in found] == expected


def test_an_item_opened_with_a_question_quotes_it_with_the_answer():
    anything = item(4, "Eventuelt", None)
    said = (utt("Taler 3", 1.0, "Kan vi få en tur ud til en af grusgravene i foråret?"),
            utt("Taler 1", 6.0, "Det er en god idé."))
    quoted = [e.text for e in draft_decision(anything, said, CHEFFORUM, chair="Taler 1").evidence]
    assert quoted == ["Kan vi få en tur ud til en af grusgravene i foråret?", "Det er en god idé."]


def test_following_advice_a_pool_given_in_part_keeping_closed_and_a_change_said_before():
    grant = item(7, "Anlægsbevilling", None, "Borgmesteren indstiller, at der gives en anlægsbevilling på 12 mio. kr.")
    advised = (utt("Taler 2", 1.0, "Rådgiveren anbefaler, at vi tager det hele på én gang."),
               utt("Taler 1", 6.0, "Så følger vi rådgiverens anbefaling og giver anlægsbevillingen."))
    assert draft_decision(grant, advised, CHEFFORUM, chair="Taler 1").kind == "approved"
    pool = item(11, "Kulturpulje", None, "Udvalget for regional udvikling anbefaler, at puljen udmøntes som foreslået.")
    part = (utt("Taler 3", 1.0, "Et projekt har ikke sendt budget."),
            utt("Taler 1", 6.0, "Så udmønter vi puljen til de elleve, og det sidste projekt kommer igen, når "
                                "budgettet er der."))
    draft = draft_decision(pool, part, CHEFFORUM, chair="Taler 1")
    assert draft.kind == "partly_approved"
    assert draft.text == "Chefforum godkendte puljen til de elleve og udsatte det sidste projekt."
    cafes = item(54, "Caféer", None, "Administrationen indstiller, at caféerne genåbnes 15. juni.")
    closed = (utt("Taler 3", 1.0, "Jeg tør ikke åbne."), utt("Taler 1", 6.0, "Så holder vi caféerne lukket indtil videre."))
    assert draft_decision(cafes, closed, CHEFFORUM, chair="Taler 1").kind == "rejected"
    agenda = item(4, "Godkendelse af dagsorden", None)
    extra = (utt("Taler 1", 1.0, "Vi har et ekstra punkt om svømmehallen. Med det er dagsordenen godkendt."),)
    assert draft_decision(agenda, extra, CHEFFORUM, chair="Taler 1").text == (
        "Chefforum godkendte punktet med den ændring, der blev nævnt: »Vi har et ekstra punkt om svømmehallen.«.")
    plan = item(9, "Opfølgning", None, "Koncerndirektionen indstiller, at opfølgningen tages til efterretning og at den "
                                        "videre proces godkendes.")
    later = (utt("Taler 3", 1.0, "Marts er for stramt."),
             utt("Taler 1", 6.0, "Så forlænger vi fristen til april, og ellers tager vi opfølgningen til efterretning "
                                 "og godkender processen."))
    assert draft_decision(plan, later, CHEFFORUM, chair="Taler 1").text == (
        "Chefforum godkendte indstillingen med den ændring, at vi forlænger fristen til april.")
    report = item(2, "Kvartalsrapport", None, "Koncerndirektionen indstiller, at kvartalsrapporten godkendes.")
    budget = (utt("Taler 2", 1.0, "Det skal bruges på ventelisterne."),
              utt("Taler 1", 6.0, "Det tager vi med i budgetopfølgningen. Rapporten er godkendt."))
    assert draft_decision(report, budget, CHEFFORUM, chair="Taler 1").kind == "approved"  # another process: a task


@pytest.mark.parametrize(("said", "kind"), [
    ("Så stopper vi forsøget.", "rejected"),  # "Så <verb>er vi" agrees, but not to stop
    ("Så melder vi fra.", "rejected"),
    ("Den må vente, til udbuddet er færdigt.", "postponed"),
])
def test_stopping_withdrawing_and_waiting_are_not_agreement(said, kind):
    trial = item(12, "Mødefri fredag", None, "CBA indstiller, at der indføres mødefri fredag.")
    talk = (utt("Taler 4", 1.0, "Det har ikke virket i Teknik."), utt("Taler 1", 6.0, said))
    assert draft_decision(trial, talk, CHEFFORUM, chair="Taler 1").kind == kind


def test_a_part_left_out_a_change_before_ellers_and_a_refusal_then_sent_back():
    plan = item(14, "Handleplan", None, "Kommunaldirektøren indstiller, at handleplanen godkendes.")
    without = (utt("Taler 3", 1.0, "Mål to kan vi ikke måle på."),
               utt("Taler 1", 6.0, "Hvis jeg skal opsummere, så godkender vi handleplanen uden mål to."))
    assert draft_decision(plan, without, CHEFFORUM, chair="Taler 1").text == (
        "Chefforum godkendte indstillingen uden mål to.")
    plain = (utt("Taler 3", 1.0, "Fint."), utt("Taler 1", 6.0, "Så godkender vi handleplanen uden bemærkninger."))
    assert draft_decision(plan, plain, CHEFFORUM, chair="Taler 1").kind == "approved"
    dates = item(6, "Mødeplan", None, "Administrationen indstiller, at mødeplanen godkendes.")
    moved = (utt("Taler 3", 1.0, "Et møde ligger juleaften."),
             utt("Taler 1", 6.0, "Nej, den retter vi til den 20. december. Mødeplanen er ellers godkendt."))
    assert draft_decision(dates, moved, CHEFFORUM, chair="Taler 1").text == (
        "Chefforum godkendte indstillingen med den ændring, at vi retter den til den 20. december.")
    rent = item(119, "Lejeforhøjelse", None, "Økonomidirektøren indstiller, at lejeforhøjelsen godkendes.")
    back = (utt("Taler 3", 1.0, "Beboerne er ikke hørt."),
            utt("Taler 1", 6.0, "Så kan vi ikke godkende den i dag. Sagen sendes tilbage til boligselskabet."))
    assert draft_decision(rent, back, CHEFFORUM, chair="Taler 1").kind == "rejected"


def test_a_body_asked_to_look_at_something_and_looking_again_which_postpones():
    dogs = item(10, "Hundeskov", None, "Forvaltningen indstiller, at der etableres en hundeskov.")
    task = (utt("Taler 3", 1.0, "Vi kan finde et andet sted."),
            utt("Taler 1", 6.0, "Så kigger forvaltningen på et andet areal, og sagen kommer tilbage."))
    draft = draft_decision(dogs, task, CHEFFORUM, chair="Taler 1")
    assert draft.kind == "postponed"
    assert [(f.who, f.what) for f in draft.followups] == [("Forvaltningen", "kigger på et andet areal")]
    again = (utt("Taler 3", 1.0, "Det er for dyrt."), utt("Taler 1", 6.0, "Vi kigger på den igen til foråret."))
    assert draft_decision(dogs, again, CHEFFORUM, chair="Taler 1").followups == ()


def test_minutes_notes_news_after_a_colon_agenda_changes_and_as_the_guidelines_say():
    rules = item(10, "Hjemmearbejde", None, "Kommunaldirektøren indstiller, at retningslinjerne godkendes.")
    kept = (utt("Taler 2", 1.0, "Tre dage kan vi ikke gå med til for lederne."),
            utt("Taler 1", 6.0, "Vi holder fast i to dage, som retningslinjerne siger."))
    assert draft_decision(rules, kept, CHEFFORUM, chair="Taler 1").kind == "approved"  # the chair's, not the member's
    ai = CHEFFORUM.items[3]
    noted = (utt("Taler 2", 1.0, "Forløbet koster femoghalvfjerds tusind."),
             utt("Taler 1", 6.0, "Så skriver vi i referatet, at Chefforum godkender indstillingen under forudsætning "
                                 "af, at pengene findes i den centrale pulje."))
    draft = draft_decision(ai, noted, CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and draft.followups == ()  # a note for the minutes is no task
    agenda = item(4, "Godkendelse af dagsorden", None)
    dropped = (utt("Taler 1", 1.0, "Dagsordenen. Punkt 9 udgår, fordi materialet ikke er klar."),
               utt("Taler 1", 6.0, "Den er godkendt."))
    assert "Punkt 9 udgår" in draft_decision(agenda, dropped, CHEFFORUM, chair="Taler 1").text
    wheel = item(15, "Årshjul", None, "Kommunaldirektøren indstiller, at årshjulet godkendes.")
    added = (utt("Taler 2", 1.0, "Årshjulet mangler budgetseminaret."),
             utt("Taler 1", 6.0, "Det sætter vi ind i juni. Så er årshjulet godkendt med det."))
    assert "sætter vi ind i juni" in draft_decision(wheel, added, CHEFFORUM, chair="Taler 1").text
    policy = item(8, "Idrætspolitik", None, "Administrationen indstiller, at idrætspolitikken sendes i høring.")
    two = (utt("Taler 3", 1.0, "Den mangler noget om handicapidræt."),
           utt("Taler 1", 6.0, "Så sender vi den i høring med de to tilføjelser, der er nævnt."))
    assert draft_decision(policy, two, CHEFFORUM, chair="Taler 1").kind == "approved_with_remark"
    onboarding = item(16, "Onboarding", None, "Kommunaldirektøren indstiller, at der indføres fælles onboarding.")
    small = (utt("Taler 3", 1.0, "Kan vi ikke starte i det små?"),
             utt("Taler 1", 6.0, "Jo, vi starter med en onboardingdag om året uden koordinator."))
    assert "uden koordinator" in draft_decision(onboarding, small, CHEFFORUM, chair="Taler 1").text
    money = item(19, "Kompetencepulje", None, "Kommunaldirektøren indstiller, at puljen øges med 200.000 kr.")
    before = (utt("Taler 4", 1.0, "Jeg ved ikke, hvor pengene skal komme fra."),
              utt("Taler 1", 6.0, "Vi beslutter ikke noget, før Marie har fundet finansieringen."))
    assert draft_decision(money, before, CHEFFORUM, chair="Taler 1").kind == "postponed"
    news = item(3, "Meddelelser", None)
    told = (utt("Taler 1", 1.0, "Jeg har en meddelelse: Regionsrådet har godkendt budgettet for 2013."),
            utt("Taler 2", 6.0, "Det er godt at høre."))
    draft = draft_decision(news, told, CHEFFORUM, chair="Taler 1", names={"Taler 1": "Henrik Harder"})
    assert draft.text.startswith("Kommunaldirektøren orienterede om meddelelser.")


def test_an_amount_as_proposed_a_state_kept_or_not_a_case_sent_back_and_a_task_for_a_meeting():
    grant = item(14, "Anlægsbevilling", None, "Koncerndirektionen indstiller, at der gives en anlægsbevilling på 3,5 "
                                              "mio. kr.")
    same = (utt("Taler 3", 1.0, "Kan vi nøjes med tre?"),
            utt("Taler 1", 6.0, "Så giver vi de 3,5 millioner, som indstillet."))
    assert draft_decision(grant, same, CHEFFORUM, chair="Taler 1").kind == "approved"  # the same amount: no change
    pool = item(15, "Lukning af svømmehal", None, "Administrationen indstiller, at svømmehallen holdes lukket i uge "
                                                  "28-31.")
    no = (utt("Taler 3", 1.0, "Det er for meget."), utt("Taler 1", 6.0, "Så lukker vi ikke i år."))
    assert draft_decision(pool, no, CHEFFORUM, chair="Taler 1").kind == "rejected"
    standard = item(59, "Kvalitetsstandard", None, "Administrationen indstiller, at kvalitetsstandarden godkendes.")
    back = (utt("Taler 3", 1.0, "Hver tredje uge er for lidt."),
            utt("Taler 1", 6.0, "Så sender vi standarden tilbage med besked om rengøring hver anden uge."))
    draft = draft_decision(standard, back, CHEFFORUM, chair="Taler 1")
    assert draft.kind == "postponed" and draft.followups == ()  # sending it back is the decision
    it = item(13, "IT-support", None, "CBA indstiller, at den nye organisering godkendes.")
    but = (utt("Taler 4", 1.0, "Skolerne får længere svartider."),
           utt("Taler 1", 6.0, "Vi godkender organiseringen, men skolerne beholder en fast supporter."))
    assert draft_decision(it, but, CHEFFORUM, chair="Taler 1").text == (
        "Chefforum godkendte indstillingen med den bemærkning, at skolerne beholder en fast supporter.")
    process = item(9, "Opfølgning", None, "Koncerndirektionen indstiller, at opfølgningen tages til efterretning og at "
                                          "den videre proces godkendes.")
    waits = (utt("Taler 3", 1.0, "To kommuner mangler."),
             utt("Taler 1", 6.0, "Vi tager orienteringen til efterretning, men processen må vente, til alle er med."))
    assert draft_decision(process, waits, CHEFFORUM, chair="Taler 1").kind == "postponed"
    budget = (utt("Taler 3", 1.0, "Rengøring vil jeg ikke spare på."),
              utt("Taler 1", 6.0, "Tak for drøftelsen. Vi tager det med til budgetseminaret."))
    found = draft_decision(THEMES_ITEM, budget, CHEFFORUM, chair="Taler 1").followups
    assert [(f.who, f.what) for f in found] == [("Chefforum", "tager det med til budgetseminaret")]


def test_an_active_indstilling_refused_a_presentation_noted_and_tasks_in_these_words():
    network = item(14, "KL's netværk", None, "CBA indstiller, at kommunen deltager i netværket.")
    no = (utt("Taler 3", 1.0, "Vi har ikke tid."), utt("Taler 1", 6.0, "Så deltager vi ikke i år."))
    assert draft_decision(network, no, CHEFFORUM, chair="Taler 1").kind == "rejected"
    talk = item(1, "Oplæg om råstofområdet", None)
    given = (utt("Taler 2", 1.0, "Regionen giver tilladelse til råstofindvinding og fører tilsyn med de store grave."),
             utt("Taler 1", 6.0, "Tak. Så har vi fået oplægget."))
    draft = draft_decision(talk, given, CHEFFORUM, chair="Taler 1", names={"Taler 2": "Kristine Klæbel"})
    assert draft.kind == "noted"  # "giver tilladelse" describes the region's work, it grants nothing here
    assert draft.text.startswith("Kristine Klæbel orienterede om råstofområdet.")
    ai = KI_ITEM
    refused = (utt("Taler 3", 1.0, "Etikken er ikke beskrevet."),
               utt("Taler 1", 6.0, "Så godkender vi ikke indstillingen i dag, og CBA beskriver etikken til næste møde."))
    found = draft_decision(ai, refused, DIREKTIONEN, chair="Taler 1").followups
    assert [(f.who, f.what, f.when) for f in found] == [("CBA", "beskriver etikken", "til næste møde")]
    notes = item(7, "Bemærkninger", None, "Koncerndirektionen indstiller, at bemærkningerne godkendes.")
    rewrite = (utt("Taler 3", 1.0, "Tonen er for defensiv."),
               utt("Taler 1", 6.0, "Så beder vi administrationen om at skrive dem om, og så tager vi dem på næste møde."))
    draft = draft_decision(notes, rewrite, CHEFFORUM, chair="Taler 1")
    assert draft.kind == "postponed"
    assert [(f.who, f.what) for f in draft.followups] == [("Administrationen", "skrive dem om")]


def test_a_members_request_taken_up_by_the_chair_is_the_remark_but_an_answered_question_is_not():
    strategy = item(3, "Vækststrategi", None, "Borgmesteren indstiller, at Vækststrategien godkendes.")
    taken = (utt("Taler 3", 1.0, "Jeg savner turismen."),
             utt("Taler 1", 6.0, "Turismen får et afsnit. Strategien er hermed godkendt."))
    assert draft_decision(strategy, taken, CHEFFORUM, chair="Taler 1").text == (
        "Chefforum godkendte indstillingen med den ændring, der blev nævnt: »Turismen får et afsnit.«.")
    plan = item(20, "Mødeplan", None, "Koncerndirektionen indstiller, at mødeplanen godkendes.")
    place = (utt("Taler 3", 1.0, "Kan vi holde et af dem i Thisted?"),
             utt("Taler 1", 6.0, "Ja, septembermødet holdes i Thisted. Mødeplanen er godkendt."))
    assert "Thisted" in draft_decision(plan, place, CHEFFORUM, chair="Taler 1").text
    answered = (utt("Taler 2", 1.0, "Hvorfor ikke bare udvide det system, vi har?"),
                utt("Taler 3", 4.0, "Det kan ikke det, vi har brug for."),
                utt("Taler 1", 6.0, "Så køber vi et nyt system."))
    system = item(16, "LIS", None, "CBA indstiller, at der indkøbes et nyt ledelsesinformationssystem.")
    assert draft_decision(system, answered, CHEFFORUM, chair="Taler 1").kind == "approved"  # a word of the Indstilling
    task = (utt("Taler 3", 1.0, "Jeg vil gerne have, at vi måler effekten."),
            utt("Taler 1", 6.0, "Vi godkender planen, og Marie kommer med en måling af effekten til efteråret."))
    assert draft_decision(plan, task, CHEFFORUM, chair="Taler 1").kind == "approved"  # a task, not a change


@pytest.mark.parametrize(("said", "kind", "part"), [
    ("Okay, så hører vi dem først og tager retningslinjerne i juni.", "postponed", ""),
    ("Så må organiseringen vente på budgettet.", "postponed", ""),
    ("Vi sælger ikke, før vi har fået flere bud.", "postponed", ""),
    ("Fint, så tager vi indsats et til fire nu, og fem kommer næste år.", "partly_approved", ""),
    ("Vi skærer ned til otte. Med det godkender vi kommissoriet.", "approved_with_remark", "skærer ned til otte"),
    ("Det lægger vi ind i maj, og så er den godkendt.", "approved_with_remark", "vi lægger det ind i maj"),
    ("Så bliver det 350.", "approved_with_remark", "350"),
])
def test_later_not_yet_part_now_and_changes_said_as_facts(said, kind, part):
    price = item(5, "Plan", None, "Forvaltningen indstiller, at planen godkendes, og at prisen fastsættes til 400 kr.")
    sale = item(8, "Salg af grund", None, "Borgmesteren indstiller, at grunden sælges til højestbydende.")
    talk = (utt("Taler 2", 1.0, "Der er kun kommet ét bud."), utt("Taler 1", 6.0, said))
    draft = draft_decision(sale if "sælger" in said else price, talk, CHEFFORUM, chair="Taler 1")
    assert draft.kind == kind and part in draft.text


def _spoken(talk: list[tuple[str, str]]) -> tuple:
    """(speaker, sentence) pairs as utterances four seconds apart."""
    return tuple(utt(speaker, 1.0 + 4 * k, text) for k, (speaker, text) in enumerate(talk))


def _closed_by_chair(agenda_item: AgendaItem, before: str, said: str, after: str | None = None) -> DraftDecision:
    """The draft when a member says ``before`` and the chair ``said``; with ``after``, someone asks a
    question after the decision, so that it is no closing and its own words must decide."""
    talk = [utt("Taler 2", 1.0, before), utt("Taler 1", 6.0, said)]
    if after is not None:
        talk.append(utt("Taler 3", 9.0, after))
    return draft_decision(agenda_item, tuple(talk), CHEFFORUM, chair="Taler 1")


@pytest.mark.parametrize(("said", "kind"), [
    ("Nej, det har vi ikke råd til. Vi bliver ved den nuværende ordning.", "rejected"),
    ("Jeg vil gerne se en business case, før vi beslutter noget.", "postponed"),
    ("Så lægger vi det ind i budgetforhandlingerne til næste år i stedet.", "postponed"),
    ("Det synes jeg, vi prøver.", "approved"),
])
def test_the_old_way_kept_a_case_awaited_the_budget_process_and_a_trial(said, kind):
    canteen = item(9, "Ny kantineordning", None, "CBA indstiller, at den nye kantineordning godkendes.")
    assert _closed_by_chair(canteen, "Ordningen koster mere, end vi regnede med.", said).kind == kind


def test_changes_said_before_otherwise_a_request_granted_what_was_laid_out_and_within_the_frame():
    mandate = item(17, "Kommissorium", None, "Kommunaldirektøren indstiller, at kommissoriet godkendes.")
    moved = (utt("Taler 2", 1.0, "Tidsplanen er urealistisk."),
             utt("Taler 1", 6.0, "Så rykker vi fristen til februar og godkender i øvrigt kommissoriet."))
    assert draft_decision(mandate, moved, CHEFFORUM, chair="Taler 1").text == (
        "Chefforum godkendte indstillingen med den ændring, at vi rykker fristen til februar.")
    asked = (utt("Taler 3", 1.0, "Så vil jeg bede om, at der kommer eksempler med i vejledningen."),
             utt("Taler 1", 6.0, "Det gør vi. Kommissoriet er godkendt."))
    assert "eksempler med i vejledningen" in draft_decision(mandate, asked, CHEFFORUM, chair="Taler 1").text
    cafes = item(54, "Genåbning af caféer", None, "Administrationen indstiller, at caféerne genåbnes 15. juni.")
    laid_out = (utt("Taler 2", 1.0, "Der bliver værnemidler og faste hold."),
                utt("Taler 1", 6.0, "Så åbner vi caféerne den 15. juni med de forholdsregler, Per har beskrevet."))
    assert draft_decision(cafes, laid_out, CHEFFORUM, chair="Taler 1").text == (
        "Chefforum godkendte indstillingen med de forholdsregler, Per har beskrevet.")
    onboarding = item(16, "Fælles onboarding", None, "Kommunaldirektøren indstiller, at der indføres fælles onboarding.")
    framed = (utt("Taler 2", 1.0, "Det kræver en koordinator."),
              utt("Taler 1", 6.0, "Det synes jeg, vi prøver. HR løfter det inden for rammen."))
    draft = draft_decision(onboarding, framed, CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "HR løfter det inden for rammen" in draft.text


def test_a_proposal_put_to_the_room_is_decided_when_nobody_objects():
    grant = item(121, "Daginstitution i Arden", None, "Økonomiudvalget indstiller, at der gives en anlægsbevilling på "
                 "18 mio. kr.")
    proposal = utt("Taler 1", 6.0, "Jeg foreslår, at vi giver de 21 millioner. Er der nogen imod?")
    carried = draft_decision(grant, (utt("Taler 2", 1.0, "Licitationen kom ind på 21 millioner."), proposal,
                                     utt("Taler 3", 9.0, "Nej.")), CHEFFORUM, chair="Taler 1")
    assert carried.kind == "approved_with_remark" and "21 millioner" in carried.text
    objected = draft_decision(grant, (utt("Taler 2", 1.0, "Licitationen kom ind på 21 millioner."), proposal,
                                      utt("Taler 3", 9.0, "Ja, jeg er imod.")), CHEFFORUM, chair="Taler 1")
    assert objected.kind != "approved_with_remark"


def test_a_change_written_in_the_proposal_presented_and_a_wish_after_the_decision():
    policy = item(9, "Rekrutteringspolitik", None, "Kommunaldirektøren indstiller, at politikken godkendes.")
    written = (utt("Taler 5", 1.0, "Jeg mangler noget om mænd i dagtilbud."),
               utt("Taler 1", 6.0, "Så skriver vi et afsnit om det ind, og ellers er politikken godkendt."))
    assert draft_decision(policy, written, CHEFFORUM, chair="Taler 1").followups == ()
    support = item(13, "Ny organisering af IT-support", None, "CBA indstiller, at den nye organisering godkendes.")
    presented = (utt("Taler 2", 1.0, "Vi samler supporten i ét team med fælles telefonnummer."),
                 utt("Taler 1", 6.0, "Den er godkendt."))
    assert draft_decision(support, presented, CHEFFORUM, chair="Taler 1").followups == ()
    profile = item(7, "Sundhedsprofil", None, "Administrationen indstiller, at sundhedsprofilen tages til efterretning.")
    wish = (utt("Taler 2", 1.0, "Hver femte unge ryger dagligt."),
            utt("Taler 1", 6.0, "Vi tager profilen til efterretning og vil gerne have et oplæg om en røgfri indsats."))
    assert [(f.who, f.what) for f in draft_decision(profile, wish, CHEFFORUM, chair="Taler 1").followups] == [
        (None, "et oplæg om en røgfri indsats")]


@pytest.mark.parametrize(("said", "kind", "part"), [
    ("Nej, vi dropper den ikke. Vi prøver den et halvt år og ser på prisen igen.", "approved_with_remark",
     "som forsøg i et halvt år"),
    ("Lad os give den en chance og se på det igen efter jul.", "approved_with_remark", "tages op igen efter jul"),
    ("Status tager vi til efterretning, og retningslinjerne sender vi til MED, før vi godkender dem.", "postponed", ""),
    ("Vi bevilger pengene til taget nu, og resten af renoveringen tager vi stilling til i budgettet.",
     "partly_approved", ""),
    ("Velkomstpakken godkender vi. Mentorordningen må vente, til vi har mentorerne.", "partly_approved", ""),
    ("Det er der ikke flertal for. Ordningen er vedtaget som foreslået.", "approved", ""),
])
def test_a_trial_with_a_look_again_not_before_approving_and_one_thing_now_another_later(said, kind, part):
    canteen = item(9, "Ny kantineordning", None, "CBA indstiller, at den nye ordning godkendes.")
    draft = _closed_by_chair(canteen, "Det er blevet dyrere end forventet.", said)
    assert draft.kind == kind and part in draft.text


def test_not_now_but_again_later_is_put_off_and_not_now_alone_refuses():
    sale = item(8, "Salg af grund", None, "Borgmesteren indstiller, at grunden sælges til højestbydende.")
    bids = utt("Taler 2", 1.0, "Det højeste bud er under vurderingen.")
    later = (bids, utt("Taler 1", 6.0, "Så sælger vi ikke nu, men sætter grunden til salg igen til foråret."))
    assert draft_decision(sale, later, CHEFFORUM, chair="Taler 1").kind == "postponed"
    refused = (bids, utt("Taler 1", 6.0, "Nej, grunden sælges ikke nu."))
    assert draft_decision(sale, refused, CHEFFORUM, chair="Taler 1").kind == "rejected"


def test_remarks_from_a_reordered_agenda_a_meeting_placed_and_not_from_a_wish_for_next_time_or_a_delivery():
    agenda = item(117, "Godkendelse af dagsorden", None, "Borgmesteren indstiller, at dagsordenen godkendes.")
    reordered = (utt("Taler 1", 1.0, "Enhedslisten har bedt om at få punkt 130 behandlet før punkt 125."),
                 utt("Taler 2", 4.0, "Det har vi ingen problemer med."),
                 utt("Taler 1", 6.0, "Så er dagsordenen godkendt med den ændring."))
    assert "punkt 130 behandlet før punkt 125" in draft_decision(agenda, reordered, CHEFFORUM, chair="Taler 1").text
    next_time = (utt("Taler 2", 1.0, "Jeg vil gerne have et punkt om hjemmeplejens biler på næste møde."),
                 utt("Taler 1", 6.0, "Det noterer vi til næste gang. Dagsordenen er godkendt."))
    assert draft_decision(agenda, next_time, CHEFFORUM, chair="Taler 1").kind == "approved"
    plan = item(6, "Mødeplan", None, "Administrationen indstiller, at mødeplanen godkendes.")
    placed = (utt("Taler 3", 1.0, "Kan vi holde et af dem på Sygehus Lillebælt?"),
              utt("Taler 1", 6.0, "God idé. Vi holder junimødet i Vejle, og mødeplanen er godkendt."))
    assert "junimødet i Vejle" in draft_decision(plan, placed, CHEFFORUM, chair="Taler 1").text
    process = item(9, "Opfølgning", None, "Koncerndirektionen indstiller, at opfølgningen tages til efterretning og "
                   "at den videre proces godkendes.")
    status = (utt("Taler 2", 1.0, "Kan vi få en samlet status om et år?"), utt("Taler 1", 4.0, "Det kan vi godt."),
              utt("Taler 1", 6.0, "Så går vi videre med processen som beskrevet."))
    assert draft_decision(process, status, CHEFFORUM, chair="Taler 1").kind == "approved"
    taken = (utt("Taler 3", 1.0, "Jeg savner mere om transport."),
             utt("Taler 1", 6.0, "Det tager vi med i den videre proces, som vi i øvrigt godkender."))
    draft = draft_decision(process, taken, CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved"
    assert [(f.who, f.what) for f in draft.followups] == [("Chefforum", "tager det med i den videre proces")]


def test_a_suggestion_someone_takes_on_is_their_task_and_a_list_written_is_none():
    news = item(5, "Meddelelser", None, None)
    hilsen = (utt("Taler 1", 1.0, "Svømmeklubben har vundet DM."), utt("Taler 2", 4.0, "Vi bør sende en hilsen."),
              utt("Taler 1", 6.0, "Det gør jeg."))
    found = draft_decision(news, hilsen, CHEFFORUM, chair="Taler 1", names={"Taler 1": "Henrik Harder"}).followups
    assert [(f.who, f.what) for f in found] == [("Henrik Harder", "sende en hilsen")]
    themes = item(7, "Temaer til kommende møder", None, "Kommunaldirektøren indstiller, at punktet drøftes.")
    listed = (utt("Taler 3", 1.0, "Jeg vil gerne have et tema om rekruttering."),
              utt("Taler 1", 6.0, "Dem skriver vi på listen."))
    assert draft_decision(themes, listed, CHEFFORUM, chair="Taler 1").followups == ()


@pytest.mark.parametrize(("said", "kind", "part"), [
    ("Det er der flertal for. Timeprisen er 400 kroner.", "approved", ""),
    ("Så er halfordelingen på plads.", "approved", ""),
    ("Så sender vi den ikke i høring endnu.", "postponed", ""),
    ("Vi øger med de 200.000 nu og ser på det igen ved budgetopfølgningen.", "approved_with_remark",
     "tages op igen ved budgetopfølgningen"),
    ("Ja. Tilskuddet fordeles med en forholdsmæssig reduktion.", "approved_with_remark",
     "med en forholdsmæssig reduktion"),
])
def test_a_majority_for_it_in_place_not_yet_a_look_again_and_a_grant_shared_out(said, kind, part):
    grant = item(45, "Tilskud", None, "Forvaltningen indstiller, at tilskuddet godkendes, og at puljen øges med "
                 "200.000 kr., og at planen sendes i høring.")
    draft = _closed_by_chair(grant, "Der er søgt for mere, end der er i puljen.", said, "Hvornår kommer de nye tal?")
    assert draft.kind == kind and part in draft.text


def test_news_since_last_a_report_of_another_body_and_heard():
    since = item(8, "Siden sidst", None, None)
    told = (utt("Taler 1", 1.0, "Jeg har været til møde i Danske Regioner."), utt("Taler 2", 4.0, "Kom der noget ud af det?"),
            utt("Taler 1", 6.0, "Ikke endnu."))
    assert draft_decision(since, told, CHEFFORUM, chair="Taler 1").kind == "noted"
    status = item(2, "Orientering om specialeplanlægning", None,
                  "Administrationen indstiller, at orienteringen tages til efterretning.")
    moved = (utt("Taler 2", 1.0, "Sundhedsstyrelsen har af hensyn til regionerne udskudt fristen til marts."),
             utt("Taler 1", 6.0, "Fint. Så har vi hørt det."))
    assert draft_decision(status, moved, CHEFFORUM, chair="Taler 1").kind == "noted"


def test_a_refusal_the_chair_agrees_to_before_the_case_goes_back_is_a_refusal():
    rent = item(119, "Lejeforhøjelse", None, "Økonomidirektøren indstiller, at lejeforhøjelsen godkendes.")
    talk = (utt("Taler 2", 1.0, "Beboerne har ikke været hørt."), utt("Taler 3", 3.0, "Så kan vi ikke godkende den."),
            utt("Taler 1", 6.0, "Nej. Sagen sendes tilbage til Lejerbo, som skal holde et beboermøde først."))
    assert draft_decision(rent, talk, CHEFFORUM, chair="Taler 1").kind == "rejected"


def test_a_correction_taken_and_a_change_said_by_a_member_before_the_chairs_approval():
    minutes = item(1, "Godkendelse af dagsorden og referat", None,
                   "Kommunaldirektøren indstiller, at dagsordenen og referatet godkendes.")
    corrected = (utt("Taler 3", 1.0, "Det var Trine og ikke mig, der skulle sende notatet."),
                 utt("Taler 1", 6.0, "Den retter vi. Så er dagsorden og referat godkendt."))
    assert "Det var Trine og ikke mig" in draft_decision(minutes, corrected, CHEFFORUM, chair="Taler 1").text
    plan = item(17, "Procesplan", None, "CBA indstiller, at procesplanen godkendes.")
    moved = (utt("Taler 3", 1.0, "Den dag er der KL-topmøde."),
             utt("Taler 2", 3.0, "Så flytter vi seminaret til den 12."),
             utt("Taler 1", 6.0, "Godt. Dermed er procesplanen godkendt."))
    assert "flytter vi seminaret til den 12" in draft_decision(plan, moved, CHEFFORUM, chair="Taler 1").text
    unless = (utt("Taler 3", 1.0, "Den dag er der KL-topmøde."),
              utt("Taler 2", 3.0, "Så flytter vi seminaret, hvis det kan lade sig gøre?"),
              utt("Taler 1", 6.0, "Godt. Dermed er procesplanen godkendt."))
    assert draft_decision(plan, unless, CHEFFORUM, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize(("said", "kind", "part"), [
    ("Så er det et klart nej.", "rejected", ""),
    ("Så venter vi og ser, hvad de siger.", "postponed", ""),
    ("Jeg fornemmer, at vi ikke er enige. Vi tager en runde mere på den.", "postponed", ""),
    ("Vi bakker op og sender den videre til byrådet.", "recommended", ""),
    ("Jeg tolker det som et ja.", "approved", ""),
    ("Så er den i hus.", "approved", ""),
    ("Så tilføjer vi, at interne opslag kan bruges, og så er den hjemme.", "approved_with_remark", "interne opslag"),
    ("Godt. Med klimamødet i november er årshjulet godkendt.", "approved_with_remark", "med klimamødet i november"),
])
def test_the_chairs_summaries_a_clear_no_another_round_and_on_to_the_council(said, kind, part):
    wheel = item(15, "Årshjul", None, "Kommunaldirektøren indstiller, at årshjulet godkendes.")
    draft = _closed_by_chair(wheel, "Der mangler et møde om klima.", said, "Hvornår får vi det nye udkast?")
    assert draft.kind == kind and part in draft.text


def test_not_agreeing_is_no_assent_and_a_wish_on_what_was_said_is_a_follow_up():
    profile = item(7, "Sundhedsprofil", None, "Administrationen indstiller, at sundhedsprofilen tages til efterretning.")
    wish = (utt("Taler 2", 1.0, "Vi har flere overvægtige børn."),
            utt("Taler 1", 6.0, "Det vil vi gerne have et oplæg om på næste møde."))
    found = draft_decision(profile, wish, CHEFFORUM, chair="Taler 1").followups
    assert [(f.who, f.what, f.when) for f in found] == [(None, "et oplæg", "på næste møde")]
    plan = item(15, "Årshjul", None, "Kommunaldirektøren indstiller, at årshjulet godkendes.")
    split = (utt("Taler 2", 1.0, "Der mangler et møde om klima."), utt("Taler 3", 3.0, "Vi er ikke enige om det."),
             utt("Taler 2", 6.0, "Hvad gør vi så?"))
    assert draft_decision(plan, split, CHEFFORUM, chair="Taler 1").kind != "approved"


@pytest.mark.parametrize(("said", "kind", "part"), [
    ("Vi godkender planen men kun for beboere og pårørende.", "approved_with_remark", "dog kun for beboere"),
    ("Vi godkender planen men skolerne beholder en fast supporter.", "approved_with_remark", "skolerne beholder"),
    ("Så godkender vi planen og vi skal have en status efter et halvt år.", "approved_with_remark",
     "med ønske om en status efter et halvt år"),
    ("Vi sender planen i høring når der er tilføjet et afsnit om idræt.", "approved_with_remark", "under forudsætning"),
    ("Vi godkender dog planen.", "approved", ""),
    ("Ingen har indvendinger så de er godkendt.", "approved", ""),  # not news of someone else's decision
])
def test_remarks_said_without_the_comma_whisper_may_leave_out(said, kind, part):
    plan = item(8, "Plan", None, "Forvaltningen indstiller, at planen godkendes, og at planen sendes i høring.")
    draft = _closed_by_chair(plan, "Planen er klar.", said)
    assert draft.kind == kind and part in draft.text


@pytest.mark.parametrize(("said", "kind", "part"), [
    ("Så er der ingen grund til at gøre mere ved det. Vi skriver under.", "approved", ""),
    ("Så kan vi ikke godkende den i dag. Vi tager stilling, når MED har været hørt.", "postponed", ""),
    ("Aftalen tages til efterretning. Den videre proces venter, til vi har talt med KKR.", "postponed", ""),
    ("Så er det godkendt med overgangsordningen.", "approved_with_remark", "med overgangsordningen"),
])
def test_no_reason_to_wait_a_stand_taken_later_and_a_definite_thing_approved_with(said, kind, part):
    deal = item(8, "Indkøbsaftale", None, "CBA indstiller, at aftalen godkendes.")
    draft = _closed_by_chair(deal, "Der er en overgangsordning på to år.", said, "Hvornår hører vi nærmere?")
    assert draft.kind == kind and part in draft.text


def test_with_the_extra_item_quotes_the_change_and_a_discussion_taken_on_is_a_follow_up():
    agenda = item(117, "Godkendelse af dagsorden", None, "Borgmesteren indstiller, at dagsordenen godkendes.")
    extra = (utt("Taler 1", 1.0, "Dagsordenen. Der er kommet et ekstra punkt om vinterberedskab."),
             utt("Taler 2", 4.0, "Fint."), utt("Taler 1", 6.0, "Så er dagsordenen godkendt med det ekstra punkt."))
    assert "vinterberedskab" in draft_decision(agenda, extra, CHEFFORUM, chair="Taler 1").text
    budget = item(52, "Drøftelse af budget", None, "Administrationen indstiller, at udvalget drøfter budgettet.")
    onward = (utt("Taler 2", 1.0, "Vi har et hul på 9 millioner."),
              utt("Taler 1", 6.0, "Vi tager drøftelsen med videre til budgetseminaret."))
    found = draft_decision(budget, onward, CHEFFORUM, chair="Taler 1").followups
    assert [(f.who, f.what) for f in found] == [("Chefforum", "tager drøftelsen med videre til budgetseminaret")]


@pytest.mark.parametrize(("said", "kind", "part"), [
    ("Vi lægger os op ad indstillingen.", "approved", ""),
    ("Så er den landet.", "approved", ""),
    ("Vi sælger ikke, før grunden har været i offentligt udbud.", "postponed", ""),
    ("Så godkender vi anbefalingerne på nær koordinatoren.", "approved_with_remark", "med undtagelse af koordinatoren"),
    ("Så er bevillingen givet med alle stemmer undtagen Enhedslistens.", "approved", ""),
])
def test_the_jargon_of_agreeing_not_until_and_all_but_one_part(said, kind, part):
    sale = item(8, "Salg af grund", None, "Borgmesteren indstiller, at grunden sælges, og at bevillingen gives.")
    draft = _closed_by_chair(sale, "Anbefalingerne kræver en koordinator.", said, "Hvornår sker det?")
    assert draft.kind == kind and part in draft.text


def test_a_short_report_is_still_a_presentation():
    status = item(56, "Status på arbejdsprogrammet", None, "Administrationen indstiller, at status tages til efterretning.")
    talk = (utt("Taler 2", 1.0, "Status på arbejdsprogrammet: ni initiativer er gennemført."),
            utt("Taler 1", 6.0, "Tak for status."))
    draft = draft_decision(status, talk, CHEFFORUM, chair="Taler 1", names={"Taler 2": "Per Holm"})
    assert draft.text.startswith("Per Holm orienterede om status på arbejdsprogrammet.")


@pytest.mark.parametrize(("said", "kind"), [
    ("Så beholder vi den nuværende organisering.", "rejected"),
    ("Charlotte arrangerer en demo, og så beslutter vi på næste møde.", "postponed"),
    ("Så anbefaler udvalget, at planen godkendes.", "recommended"),
    ("Vi giver ikke tilskud.", "rejected"),
])
def test_kept_as_it_is_decided_next_time_recommended_by_the_committee_and_no_grant(said, kind):
    plan = item(5, "Plan", None, "Administrationen indstiller, at planen godkendes.")
    assert _closed_by_chair(plan, "Det koster en ekstra stilling.", said, "Hvornår hører vi mere?").kind == kind


def test_a_wish_granted_with_det_goer_vi_and_tasks_to_talk_with_someone_or_raise_it():
    agenda = item(4, "Godkendelse af dagsorden", None, None)
    closed = (utt("Taler 2", 1.0, "Jeg ønsker punkt 9 behandlet for lukkede døre."),
              utt("Taler 1", 6.0, "Ja, det gør vi. Så er den godkendt."))
    assert "for lukkede døre" in draft_decision(agenda, closed, CHEFFORUM, chair="Taler 1").text
    halls = item(9, "Halfordeling", None, "Administrationen indstiller, at halfordelingen godkendes.")
    talk = (utt("Taler 2", 1.0, "Badminton er utilfreds."),
            utt("Taler 1", 6.0, "Vi godkender fordelingen, men administrationen skal tale med badmintonklubben."))
    assert [(f.who, f.what) for f in draft_decision(halls, talk, CHEFFORUM, chair="Taler 1").followups] == [
        ("Administrationen", "tale med badmintonklubben")]
    status = item(56, "Status", None, "Administrationen indstiller, at status tages til efterretning.")
    raised = (utt("Taler 2", 1.0, "Der mangler byggegrunde."),
              utt("Taler 1", 6.0, "Det tager vi op med økonomiudvalget. Status er taget til efterretning."))
    assert [(f.who, f.what) for f in draft_decision(status, raised, CHEFFORUM, chair="Taler 1").followups] == [
        ("Chefforum", "tager det op med økonomiudvalget")]


def test_a_delivery_asked_for_and_put_straight_into_what_is_approved_is_no_follow_up():
    plan = item(17, "Procesplan", None, "CBA indstiller, at procesplanen godkendes.")
    put_in = (utt("Taler 3", 1.0, "Kan vi få et ekstra møde om anlæg?"),
              utt("Taler 1", 6.0, "Det kan vi godt. Procesplanen er godkendt med et ekstra møde om anlæg."))
    assert draft_decision(plan, put_in, CHEFFORUM, chair="Taler 1").followups == ()
    programme = item(1, "Program for heldagsmødet", None, None)
    added = (utt("Taler 2", 1.0, "Kan vi få en time til budgettet om eftermiddagen?"),
             utt("Taler 1", 6.0, "Ja, det lægger vi ind."))
    assert draft_decision(programme, added, CHEFFORUM, chair="Taler 1").followups == ()
    later = (utt("Taler 3", 1.0, "Kan vi få en samlet status om et år?"), utt("Taler 1", 4.0, "Det kan vi godt."),
             utt("Taler 1", 6.0, "Procesplanen er godkendt."))
    assert [(f.who, f.what, f.when) for f in draft_decision(plan, later, CHEFFORUM, chair="Taler 1").followups] == [
        (None, "en samlet status", "om et år")]


@pytest.mark.parametrize(("before", "said", "kind", "part"), [
    ("Der står ikke noget om de selvorganiserede.",
     "Så får de selvorganiserede et afsnit, inden den sendes i høring. Det er vi enige om.",
     "approved_with_remark", "selvorganiserede et afsnit"),
    ("Jeg vil bare have, at det står tydeligt, at samtalen er frivillig.",
     "Samtalen er frivillig, det skriver vi ind. Og så er politikken godkendt.", "approved_with_remark", "frivillig"),
    # a shortage is no gap in the text: the chair repeating its words changes nothing
    ("Der mangler pladser i Arden.", "Der mangler pladser, ja. Så er politikken godkendt.", "approved", ""),
    ("Et af projekterne har søgt for sent.", "Så tager vi Thisted ud og godkender politikken.",
     "approved_with_remark", "at Thisted tages ud"),
    ("Vi har ikke fire millioner.", "Så det, vi siger, er nej til politikken.", "rejected", ""),
])
def test_a_gap_pointed_out_a_part_taken_out_and_a_plain_no(before, said, kind, part):
    policy = item(8, "Idrætspolitik", None, "Administrationen indstiller, at politikken sendes i høring og godkendes.")
    draft = _closed_by_chair(policy, before, said, "Hvornår sker det?")
    assert draft.kind == kind and part in draft.text


def test_a_view_put_on_record_and_what_the_chair_heard_are_not_decisions():
    sale = item(9, "Salg af grund på havnen", None, "Borgmesteren indstiller, at grunden sælges til højestbydende.")
    talk = (utt("Taler 2", 1.0, "Jeg havde hellere set erhverv på havnen."),
            utt("Taler 1", 6.0, "Vi følger indstillingen og sælger til højestbydende. Ole, du er noteret for at "
                                "ville erhverv."))
    assert draft_decision(sale, talk, CHEFFORUM, chair="Taler 1").kind == "approved"
    savings = item(53, "Drøftelse af effektiviseringer", None, "Administrationen indstiller, at forslagene drøftes.")
    talk = (utt("Taler 2", 1.0, "Jeg kan ikke gå ind for at lukke dagcentret."),
            utt("Taler 1", 6.0, "Så har vi drøftet forslagene, og vi har hørt, at dagcentret ikke har opbakning."))
    assert draft_decision(savings, talk, CHEFFORUM, chair="Taler 1").kind == "discussed"


@pytest.mark.parametrize(("said", "kind", "part"), [
    ("Så gør vi det sådan: de første fire går vi videre med, og talentudviklingen venter til efter budgettet.",
     "partly_approved", ""),
    ("Så har vi ikke pengene. Puljen forbliver, som den er.", "rejected", ""),
    ("Nej. Vi beholder den ordning, vi har.", "rejected", ""),
    ("Jeg er enig med Charlotte. Vi melder os ikke ind i år.", "rejected", ""),
    ("Det sælger vi ikke til. Vi prøver igen efter sommer med en ny mægler.", "postponed", ""),
    ("Så tager vi de tre første i år. Sådan godkender vi planen.", "approved_with_remark", "de tre første i år"),
    ("Det rykker vi til uge 8. Så er planen godkendt.", "approved_with_remark", "uge 8"),
    ("Så er der flertal. Planen vedtages med rengøring hver anden uge.", "approved_with_remark", "hver anden uge"),
    ("Vi udfører planen på næste møde, når I har set den.", "postponed", ""),
])
def test_the_management_register_parts_kept_as_they_are_and_changes_pointed_back_to(said, kind, part):
    plan = item(5, "Plan", None, "Administrationen indstiller, at planen udføres og godkendes.")
    draft = _closed_by_chair(plan, "Planen har fem dele, og den sidste er dyr.", said, "Hvornår hører vi mere?")
    assert draft.kind == kind and part in draft.text


def test_a_trial_granted_against_the_indstilling_and_a_member_wanting_a_meeting_first():
    parking = item(9, "Gratis parkering", None, "Forvaltningen indstiller, at forslaget ikke imødekommes.")
    talk = (utt("Taler 2", 1.0, "Det vil jeg gerne prøve."),
            utt("Taler 1", 6.0, "Så prøver vi gratis lørdagsparkering i et år."))
    assert draft_decision(parking, talk, CHEFFORUM, chair="Taler 1").kind == "approved"
    pools = item(50, "Plan for svømmehaller", None, "Forvaltningen indstiller, at planen sendes i høring.")
    talk = (utt("Taler 2", 1.0, "Jeg synes, vi skal have et borgermøde, før den sendes ud."),
            utt("Taler 1", 6.0, "Det gør vi. Borgermødet holdes først, og så går planen i høring."))
    assert "borgermøde" in draft_decision(pools, talk, CHEFFORUM, chair="Taler 1").text
    # a proposal of the request itself is no change to it
    talk = (utt("Taler 2", 1.0, "Jeg synes, vi skal give det en chance i december."),
            utt("Taler 1", 6.0, "Der er flertal for gratis parkering i december. Så imødekommer vi forslaget."))
    assert draft_decision(parking, talk, CHEFFORUM, chair="Taler 1").kind == "approved"


def test_left_to_each_department_and_a_fix_pointed_back_to_past_the_chairs_own_thanks():
    fridays = item(12, "Mødefri fredag", None, "CBA indstiller, at der indføres mødefri fredag.")
    talk = (utt("Taler 2", 1.0, "Evalueringen er blandet."),
            utt("Taler 1", 6.0, "Så lader vi det være op til den enkelte afdeling."))
    assert draft_decision(fridays, talk, CHEFFORUM, chair="Taler 1").kind == "decided"
    agenda = item(1, "Godkendelse af dagsorden og referat", None, "Kommunaldirektøren indstiller, at referatet godkendes.")
    talk = (utt("Taler 4", 1.0, "I referatet står der Vallensbæk. Det er i Albertslund."),
            utt("Taler 1", 6.0, "Godt set, Marie. Det retter vi, og så er begge dele på plads."))
    draft = draft_decision(agenda, talk, CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "Albertslund" in draft.text


def test_the_process_as_planned_a_trial_with_a_majority_the_old_way_kept_and_closed_doors_as_sent():
    follow_up = item(9, "Opfølgning på klimahandlingsplaner", None,
                     "Koncerndirektionen indstiller, at opfølgningen tages til efterretning og at den videre proces "
                     "godkendes.")
    talk = (utt("Taler 2", 1.0, "Ti af elleve kommuner har en plan."),
            utt("Taler 1", 6.0, "Godt. Det tager vi til efterretning, og processen fortsætter som planlagt."))
    assert draft_decision(follow_up, talk, CHEFFORUM, chair="Taler 1").kind == "approved"
    fruit = item(123, "Gratis frugt i skolerne", None, "Økonomiudvalget indstiller, at forslaget ikke imødekommes.")
    talk = (utt("Taler 3", 1.0, "Jeg foreslår, at vi prøver det på tre skoler først."),
            utt("Taler 1", 6.0, "Så er der flertal for et forsøg på tre skoler."))
    draft = draft_decision(fruit, talk, CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "tre skoler" in draft.text
    canteen = item(9, "Ny kantineordning", None, "CBA indstiller, at den nye kantineordning godkendes.")
    talk = (utt("Taler 2", 1.0, "Medarbejderne vil hellere have den gamle."),
            utt("Taler 1", 6.0, "Så bliver det ved det gamle."))
    assert draft_decision(canteen, talk, CHEFFORUM, chair="Taler 1").kind == "rejected"
    agenda = item(117, "Godkendelse af dagsorden", None, "Borgmesteren indstiller, at Byrådet godkender dagsordenen.")
    talk = (utt("Taler 1", 1.0, "Der er et punkt, der skal behandles for lukkede døre, det er punkt 130."),
            utt("Taler 2", 4.0, "Ingen bemærkninger."), utt("Taler 1", 6.0, "Så er dagsordenen godkendt."))
    assert draft_decision(agenda, talk, CHEFFORUM, chair="Taler 1").kind == "approved"


def test_a_change_written_in_and_the_approved_thing_sent_on_are_no_tasks_but_taking_input_to_hr_is():
    remarks = item(7, "Bemærkninger til beretningen", None, "Koncerndirektionen indstiller, at bemærkningerne godkendes.")
    talk = (utt("Taler 3", 1.0, "Jeg synes, vi skal være mere selvkritiske i andet afsnit."),
            utt("Taler 1", 6.0, "Så skriver vi i andet afsnit, at vi har været for langsomme, og så sender vi "
                                "bemærkningerne."))
    draft = draft_decision(remarks, talk, CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and draft.followups == ()
    programme = item(6, "Temadrøftelse om ledelsesprogram", None, "Kommunaldirektøren indstiller, at det drøftes.")
    talk = (utt("Taler 2", 1.0, "Det skal være tæt på hverdagen."),
            utt("Taler 1", 6.0, "Det er gode input. Dem tager jeg med til HR."))
    found = draft_decision(programme, talk, CHEFFORUM, chair="Taler 1", names={"Taler 1": "Henrik Harder"}).followups
    assert [(f.who, f.what) for f in found] == [("Henrik Harder", "tager dem med til HR")]


@pytest.mark.parametrize(("before", "said", "kind", "part"), [
    ("Så lad os skrive et mål om 100 nye virksomheder om året ind.",
     "Det kan alle vist gå med til. Med det mål er strategien vedtaget.", "approved_with_remark", "100 nye virksomheder"),
    ("Kan møderne begynde kl. 15?", "Så begynder møderne kl. 15, og med det er strategien godkendt.",
     "approved_with_remark", "kl. 15"),
    ("SF vil gerne have billigere frokost.",
     "Nej. Vi godkender strategien, som den er, og SF's ønske tager vi med i budgetforhandlingerne.", "approved", ""),
])
def test_the_thing_named_before_an_amount_added_and_another_wish_sent_to_the_budget(before, said, kind, part):
    strategy = item(3, "Vækststrategi", None, "Borgmesteren indstiller, at strategien godkendes til 400 kr.")
    draft = _closed_by_chair(strategy, before, said, "Hvornår sker det?")
    assert draft.kind == kind and part in draft.text


@pytest.mark.parametrize(("before", "said", "kind"), [
    ("Socialdemokratiet foreslår 300 kroner for børnehold.", "Så er prisen 400 kroner og 300 kroner for børnehold.",
     "approved_with_remark"),
    ("Det koster 400 kroner i 2026.", "Så er prisen 400 kroner fra 2026.", "approved"),  # a year is no amount
])
def test_the_indstillings_amount_with_another_beside_it(before, said, kind):
    prices = item(5, "Timepriser", None, "Forvaltningen indstiller, at timeprisen fastsættes til 400 kr.")
    assert _closed_by_chair(prices, before, said).kind == kind


def test_an_item_put_first_on_the_agenda_is_a_change_to_it():
    agenda = item(117, "Godkendelse af dagsorden", None, "Borgmesteren indstiller, at Byrådet godkender dagsordenen.")
    talk = (utt("Taler 1", 1.0, "Jeg skal bede om, at vi tager punkt 125 som det første, da ordføreren skal gå."),
            utt("Taler 2", 4.0, "Det er fint."), utt("Taler 1", 6.0, "Så gør vi det, og dagsordenen er godkendt."))
    draft = draft_decision(agenda, talk, CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "punkt 125 som det første" in draft.text


def test_the_meeting_writing_its_own_text_is_no_task_but_writing_elsewhere_and_a_named_request_are():
    policy = item(9, "Rekrutteringspolitik", None, "Kommunaldirektøren indstiller, at politikken godkendes.")
    rewritten = (utt("Taler 2", 1.0, "Tredje afsnit er for svagt."),
                 utt("Taler 1", 6.0, "Vi skriver tredje afsnit om. Så er politikken godkendt."))
    assert draft_decision(policy, rewritten, CHEFFORUM, chair="Taler 1").followups == ()
    answered = (utt("Taler 2", 1.0, "Ministeriet har spurgt til vores politik."),
                utt("Taler 1", 6.0, "Vi skriver til ministeriet. Så er politikken godkendt."))
    assert [f.what for f in draft_decision(policy, answered, CHEFFORUM, chair="Taler 1").followups] == [
        "skriver til ministeriet"]
    system = item(16, "Nyt ledelsesinformationssystem", None, "CBA indstiller, at der indkøbes et nyt system.")
    asked = (utt("Taler 1", 1.0, "Jeg vil gerne se en business case, før vi beslutter noget."),
             utt("Taler 1", 3.0, "Charlotte, vil du lave den til næste møde?"), utt("Taler 3", 6.0, "Ja."))
    found = draft_decision(system, asked, CHEFFORUM, chair="Taler 1", names={"Taler 3": "Charlotte Markussen"}).followups
    assert [(f.who, f.what, f.when) for f in found] == [("Charlotte Markussen", "lave en business case",
                                                           "til næste møde")]


def test_a_members_we_should_proposes_and_only_whoever_closes_the_item_commits():
    budget = item(52, "Drøftelse af budget", None, "Administrationen indstiller, at udvalget drøfter budgettet.")
    talk = (utt("Taler 2", 1.0, "Hjemmeplejen har et pres på seks millioner."),
            utt("Taler 3", 3.0, "Vi skal kigge på visitationen."),
            utt("Taler 1", 6.0, "Det er de to ting, vi tager med videre. Tak for drøftelsen."))
    assert draft_decision(budget, talk, CHEFFORUM, chair="Taler 1").followups == ()
    closing = (utt("Taler 2", 1.0, "Hjemmeplejen er presset."),
               utt("Taler 1", 6.0, "Tak for drøftelsen. Vi skal kigge på visitationen til næste møde."))
    assert [f.what for f in draft_decision(budget, closing, CHEFFORUM, chair="Taler 1").followups] == [
        "kigge på visitationen"]


@pytest.mark.parametrize(("said", "fluent_said"), [
    ("Så øh, så godkender vi den.", "Så godkender vi den."),
    ("Ja, det, øh, det skriver vi ind.", "Ja, det skriver vi ind."),
    ("Jo, lad os, øh, lad os sige 350.", "Jo, lad os sige 350."),
    ("Forslaget er, øh, faldet.", "Forslaget er faldet."),
    ("Vi bevarer hmm ordningen.", "Vi bevarer ordningen."),
    ("Så er den godkendt.", "Så er den godkendt."),
    ("Til hundrede tusind, tusind tak.", "Til hundrede tusind, tusind tak."),  # no restart: an amount and thanks
])
def test_hesitation_and_restarts_are_read_past(said, fluent_said):
    assert fluent(said) == fluent_said


def test_a_change_said_through_hesitation_and_one_coming_into_the_text():
    policy = item(8, "Idrætspolitik", None, "Administrationen indstiller, at politikken sendes i høring.")
    talk = (utt("Taler 3", 1.0, "Der mangler, øh, der mangler noget om handicapidræt."),
            utt("Taler 1", 6.0, "Ja, det, øh, det skriver vi ind. Og så sender vi den i høring."))
    draft = draft_decision(policy, talk, CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "handicapidræt" in draft.text
    remarks = item(7, "Bemærkninger til beretningen", None, "Koncerndirektionen indstiller, at bemærkningerne godkendes.")
    talk = (utt("Taler 3", 1.0, "Vi skal sige undskyld."),
            utt("Taler 1", 6.0, "Ja. Øh, der kommer en undskyldning med. Så er bemærkningerne godkendt."))
    draft = draft_decision(remarks, talk, CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "undskyldning" in draft.text


@pytest.mark.parametrize(("before", "said", "kind", "part"), [
    ("Der er ikke penge i år.", "Det er et no-go i år. Vi tager den med i budget 2027.", "postponed", ""),
    ("Vi har ikke en business case.", "Så er den on hold, til vi har en business case.", "postponed", ""),
    ("Der er kun kommet ét bud.", "Så sætter vi salget on hold og sender grunden i udbud igen.", "postponed", ""),
    ("Street art er for dyrt.", "Vi kører med fordelingen, som den er.", "approved", ""),
    ("Tre indsatser er nok.", "Så skærer vi ned til tre indsatser, og dem kører vi med.", "approved_with_remark",
     "tre indsatser"),
    ("Forløbet er for langt.", "Ok. Forløbet bliver på max en time, og så er alle tre punkter godkendt.",
     "approved_with_remark", "max en time"),
    ("Undtag de borgerrettede.", "Vi tilføjer en undtagelse for borgerrettede funktioner og kører med planen.",
     "approved_with_remark", "undtagelse for borgerrettede funktioner"),
    ("Talentforløbet er for dyrt.", "Så siger vi ja til de fire første. Talentforløbet er parkeret.",
     "partly_approved", ""),
])
def test_office_jargon_on_hold_run_with_cut_down_and_some_points_parked(before, said, kind, part):
    plan = item(5, "Plan", None, "Administrationen indstiller, at planen godkendes.")
    draft = _closed_by_chair(plan, before, said, "Hvornår hører vi mere?")
    assert draft.kind == kind and part in draft.text


def test_a_request_to_do_answered_with_how_and_a_condition_with_a_hyphenated_word():
    grants = item(45, "Tilskud til lokaler", None, "Forvaltningen indstiller, at tilskuddet godkendes.")
    talk = (utt("Taler 3", 1.0, "Kan vi lave en soft landing for spejderne?"),
            utt("Taler 1", 6.0, "Ja, spejderne får en overgang på to år. Så er tilskuddet godkendt."))
    draft = draft_decision(grants, talk, CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "overgang på to år" in draft.text
    lease = item(17, "Leje af lokaler", None, "Koncerndirektionen indstiller, at lejemålet godkendes.")
    asked_a_fact = (utt("Taler 2", 1.0, "Er det lige så godt?"),
                    utt("Taler 1", 6.0, "Ja, og det ligger tættere på hospitalet. Så lejer vi det."))
    assert draft_decision(lease, asked_a_fact, CHEFFORUM, chair="Taler 1").kind == "approved"
    meetings = item(8, "Ny mødestruktur", None, "Kommunaldirektøren indstiller, at mødestrukturen godkendes.")
    talk = (utt("Taler 3", 1.0, "Det er fint for mig, så længe vi har en kort tjek-ind de andre uger."),
            utt("Taler 1", 6.0, "Godt, så laver vi en kort tjek-ind i de mellemliggende uger. Så er den approved."))
    assert "tjek-ind" in draft_decision(meetings, talk, CHEFFORUM, chair="Taler 1").text
    follow_up = item(9, "Opfølgning på klimaplaner", None, "Koncerndirektionen indstiller, at opfølgningen tages til "
                     "efterretning og at den videre proces godkendes.")
    talk = (utt("Taler 2", 1.0, "Planerne er on track."),
            utt("Taler 1", 6.0, "Godt. Opfølgningen tages til efterretning, og vi fortsætter processen."))
    assert draft_decision(follow_up, talk, CHEFFORUM, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize(("before", "said", "kind", "part"), [
    ("Jeg støtter den, hvis vi evaluerer den efter to år.", "Det gør vi. Strategien vedtages, og den evalueres efter "
     "to år.", "approved_with_remark", "efter to år"),
    ("Hvis foreningerne får tre måneder til at svare, er det fint.", "Det får de. Høringsperioden er tre måneder, og "
     "strategien vedtages.", "approved_with_remark", "tre måneder"),
    ("Hvis klima kommer på, er jeg tilfreds.", "Klima kommer på i oktober. Strategien er godkendt.",
     "approved_with_remark", "oktober"),
    ("Intranettet kan tidligst leveres i april.", "Så vælger vi intranettet med levering i april.",
     "approved_with_remark", "levering i april"),
    ("Leverandøren vil ikke give en prøveperiode.", "Så køber vi ikke systemet.", "rejected", ""),
    # a condition already met, or a task given along, or where the money comes from: no change
    ("Jeg kan godt, hvis administrationen taler med klubben.", "Så vedtager vi strategien, og administrationen tager "
     "en snak med klubben.", "approved", ""),
    ("Jeg kan gå med til 45 kroner, hvis børneprisen fastholdes.", "Så er strategien vedtaget til 45 kroner.",
     "approved", ""),
])
def test_support_on_a_condition_taken_in_and_conditions_that_change_nothing(before, said, kind, part):
    strategy = item(3, "Vækststrategi", None, "Borgmesteren indstiller, at strategien vedtages til 45 kr.")
    draft = _closed_by_chair(strategy, before, said)
    assert draft.kind == kind and part in draft.text


def test_where_the_money_comes_from_is_no_change_to_what_was_decided():
    pool = item(19, "Budget til kompetenceudvikling", None,
                "Kommunaldirektøren indstiller, at puljen til kompetenceudvikling øges med 200.000 kr.")
    talk = (utt("Taler 4", 1.0, "Puljen kan øges, hvis vi tager pengene fra konsulentbudgettet."),
            utt("Taler 2", 3.0, "Det er en god idé."),
            utt("Taler 1", 6.0, "Så gør vi det. Puljen øges med to hundrede tusind fra konsulentbudgettet."))
    assert draft_decision(pool, talk, CHEFFORUM, chair="Taler 1").kind == "approved"


def test_numbered_points_decided_apart_in_everyday_words():
    ai = item(5, "AI og nye teknologier", None, "Kommunaldirektøren indstiller,\n1) at status tages til efterretning\n"
              "2) at retningslinjerne godkendes\n3) at awarenessforløbet godkendes")
    for said in ("Så tager vi status til efterretning og godkender forløbet. Retningslinjerne kommer igen, når "
                 "ophavsretten er med.",
                 "Så siger vi ja til et og to og nej til forløbet.",
                 "Så godkender vi de to og udsætter forløbet til næste år."):
        talk = (utt("Taler 2", 1.0, "Der mangler noget om ophavsret."), utt("Taler 1", 6.0, said))
        assert draft_decision(ai, talk, CHEFFORUM, chair="Taler 1").kind == "partly_approved", said
    leaders = item(3, "Lederudvikling", None, "CBA indstiller, at Direktionen:\n1. Godkender en velkomstpakke\n"
                   "2. Godkender at netværkene justeres\n3. Godkender en erfaringsindsamling")
    talk = (utt("Taler 2", 1.0, "Erfaringsindsamlingen er spild af tid."),
            utt("Taler 1", 6.0, "Så godkender vi alle undtagen erfaringsindsamlingen."))
    assert draft_decision(leaders, talk, CHEFFORUM, chair="Taler 1").kind == "partly_approved"
    agenda = item(1, "Godkendelse af dagsorden og referat", None,
                  "Kommunaldirektøren indstiller,\n1. at dagsordenen godkendes\n2. at referat godkendes")
    talk = (utt("Taler 3", 1.0, "Referatet mangler min bemærkning."),
            utt("Taler 1", 6.0, "Dagsordenen er godkendt. Referatet retter vi og godkender på næste møde."))
    assert draft_decision(agenda, talk, CHEFFORUM, chair="Taler 1").kind == "partly_approved"
    plan = item(8, "Godkendelse af dagsorden", None, "Borgmesteren indstiller, at dagsordenen godkendes.")
    talk = (utt("Taler 3", 1.0, "Punkt 5 er ikke klar."),
            utt("Taler 1", 6.0, "Dagsordenen er godkendt. Planen for punkt 5 venter til næste møde."))
    assert draft_decision(plan, talk, CHEFFORUM, chair="Taler 1").kind != "partly_approved"  # not two of its points


@pytest.mark.parametrize(("before", "said", "kind", "part"), [
    ("Reserven skal ikke bruges nu.", "Så godkender vi rapporten, men merforbruget finder vi på anden vis.",
     "approved_with_remark", "merforbruget finder vi på anden vis"),
    ("Thisted-projektet er ikke modent.", "Så udmønter vi til de 13 og lader Thisted-projektet søge igen næste år.",
     "approved_with_remark", "Thisted-projektet søge igen"),
    ("Møderne i juni og december skal være heldagsmøder.", "Ja, juni og december bliver heldagsmøder. Så er "
     "rapporten godkendt.", "approved_with_remark", "heldagsmøder"),
    ("Den er fin.", "Den anbefales godkendt. Næste punkt.", "recommended", ""),
])
def test_the_object_first_after_men_a_part_left_to_apply_again_a_demand_and_a_passive_recommendation(
        before, said, kind, part):
    report = item(2, "Kvartalsrapport", None, "Koncerndirektionen indstiller, at rapporten godkendes.")
    draft = _closed_by_chair(report, before, said)
    assert draft.kind == kind and part in draft.text


def test_a_question_for_a_fact_and_a_status_told_decide_nothing():
    status = item(56, "Status på arbejdsprogrammet", None, "Administrationen indstiller, at status tages til efterretning.")
    talk = (utt("Taler 2", 1.0, "15 af 22 initiativer er gennemført, og resten er i gang eller udskudt."),
            utt("Taler 1", 4.0, "Tak for status."), utt("Taler 3", 6.0, "Hvilke er udskudt?"),
            utt("Taler 2", 8.0, "Sundhedshuset og frivilligstrategien."))
    assert draft_decision(status, talk, CHEFFORUM, chair="Taler 1").kind == "noted"


def test_the_decision_dictated_as_a_question_and_a_party_groups_minority_note():
    prices = item(5, "Timepriser", None, "Forvaltningen indstiller, at timeprisen fastsættes til 400 kr.")
    talk = (utt("Taler 3", 1.0, "For ungdomshold skal den være 200."),
            utt("Taler 1", 4.0, "Kan vi skrive, at timeprisen er 400 kroner og 200 for ungdomshold?"),
            utt("Taler 3", 6.0, "Ja."))
    assert draft_decision(prices, talk, CHEFFORUM, chair="Taler 1").kind == "approved_with_remark"
    school = item(125, "Salg af skolen i Rold", None, "Økonomiudvalget indstiller, at skolen sælges til højestbydende.")
    talk = (utt("Taler 3", 1.0, "Buddet er for lavt."),
            utt("Taler 1", 6.0, "Kan vi skrive, at skolen sælges, men at vi beklager den lave pris? Ja."))
    draft = draft_decision(school, talk, CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "beklager den lave pris" in draft.text
    sale = item(10, "Salg af arealer", None, "Administrationen indstiller, at udvalget anbefaler salget.")
    talk = (utt("Taler 3", 1.0, "Dansk Folkeparti kan ikke anbefale salget."),
            utt("Taler 1", 6.0, "Til referat: Et flertal anbefaler salget. Dansk Folkeparti kunne ikke anbefale."))
    assert draft_decision(sale, talk, CHEFFORUM, chair="Taler 1").kind == "recommended"
    fees = item(122, "Takster for renovation", None, "Økonomiudvalget indstiller, at taksterne godkendes.")
    talk = (utt("Taler 3", 1.0, "De stiger meget."),
            utt("Taler 1", 6.0, "Ja, men de skal hvile i sig selv. Til referat: Taksterne blev godkendt."))
    assert draft_decision(fees, talk, CHEFFORUM, chair="Taler 1").kind == "approved"  # a rule restated, no change


@pytest.mark.parametrize(("before", "said", "kind"), [
    ("Den centrale reserve er brugt op.", "Så kan vi ikke gøre det i år. Forslaget falder.", "rejected"),
    ("Det billige kan først leveres om et år.", "Det skal vi tænke over. Vi træffer beslutningen i næste måned.",
     "postponed"),
])
def test_a_proposal_that_falls_and_a_decision_taken_next_month(before, said, kind):
    pool = item(19, "Budget til kompetenceudvikling", None,
                "Kommunaldirektøren indstiller, at puljen til kompetenceudvikling øges med 200.000 kr.")
    assert _closed_by_chair(pool, before, said).kind == kind


def test_part_of_the_recommendations_waiting_and_a_price_proposed_and_agreed_to():
    recommendations = item(50, "Anbefalinger fra projektudvalget", None,
                           "Administrationen indstiller, at anbefalingerne godkendes.")
    draft = _closed_by_chair(recommendations, "Nummer fire kræver et nyt system.",
                             "Så godkender vi anbefaling et til tre og fem, og nummer fire venter, til vi kender "
                             "prisen.")
    assert draft.kind == "partly_approved"
    prices = item(5, "Timepriser", None, "Forvaltningen indstiller, at timeprisen fastsættes til 400 kr.")
    talk = (utt("Taler 3", 1.0, "Kan vi ikke lave en lavere pris for børn og unge?"),
            utt("Taler 1", 4.0, "Lad os gøre det sådan, at prisen er 400 kroner, men 250 kroner for hold med børn "
                                "under 18. Er alle enige? Godt."))
    draft = draft_decision(prices, talk, CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "250 kroner" in draft.text


def test_another_figure_than_the_presentations_is_a_change_but_not_one_kept_as_proposed():
    lease = item(17, "Leje af lokaler", None, "Koncerndirektionen indstiller, at lejemålet godkendes.")
    talk = (utt("Taler 2", 1.0, "Lejemålet er på ti år med en husleje på 1,2 millioner om året."),
            utt("Taler 3", 4.0, "Kan vi få en kortere periode?"),
            utt("Taler 2", 6.0, "Udlejer har sagt ja til fem år."),
            utt("Taler 1", 8.0, "Så tager vi lejemålet på fem år."))
    draft = draft_decision(lease, talk, CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "fem år" in draft.text
    rules = item(10, "Retningslinjer for hjemmearbejde", None, "Kommunaldirektøren indstiller, at retningslinjerne "
                 "godkendes.")
    talk = (utt("Taler 4", 1.0, "Der er kommet et ønske om tre hjemmearbejdsdage."),
            utt("Taler 2", 4.0, "Det kan vi ikke gå med til for lederne."),
            utt("Taler 1", 6.0, "Vi holder fast i to dage, som retningslinjerne siger."))
    assert draft_decision(rules, talk, CHEFFORUM, chair="Taler 1").kind == "approved"


def test_a_plan_announced_from_a_body_input_passed_on_and_the_proposal_itself_is_no_task():
    apv = item(11, "Orientering om APV-resultater", None, "CBA indstiller, at orienteringen tages til efterretning.")
    talk = (utt("Taler 3", 1.0, "Der kommer en handleplan fra jobcentret i september."),
            utt("Taler 1", 4.0, "Godt. Vi tager resultaterne til efterretning."))
    found = draft_decision(apv, talk, CHEFFORUM, chair="Taler 1").followups
    assert [(f.who, f.what, f.when) for f in found] == [("jobcentret", "en handleplan", "i september")]
    museum = item(44, "Ny strategiplan for museet", None, "Forvaltningen indstiller, at strategien drøftes.")
    found = _closed_by_chair(museum, "De skal samarbejde mere med skolerne.",
                             "Tak for en god snak. Vi giver de input videre til museet.").followups
    assert [(f.who, f.what) for f in found] == [("Chefforum", "giver de input videre til museet")]
    dogs = item(10, "Hundeskov", None, "Forvaltningen indstiller, at der etableres en hundeskov ved Fovrfelt.")
    assert _closed_by_chair(dogs, "Jeg er for.", "Så laver vi en hundeskov ved Fovrfelt.").followups == ()
    assert _closed_by_chair(dogs, "Jeg er for.", "Så laver vi en plan for hundeskoven.").followups != ()


def test_points_kept_as_they_are_a_view_on_one_proposal_and_a_recommendation_taken_up():
    leaders = item(3, "Lederudvikling", None, "CBA indstiller, at Direktionen:\n1. Godkender en velkomstpakke\n"
                   "2. Godkender at netværkene justeres\n3. Godkender en erfaringsindsamling")
    draft = _closed_by_chair(leaders, "Netværkene fungerer fint, som de er.", "Så går vi videre med velkomstpakken og "
                             "erfaringsindsamlingen, og netværkene forbliver uændrede.")
    assert draft.kind == "partly_approved"
    savings = item(53, "Drøftelse af effektiviseringer", None, "Administrationen indstiller, at forslagene drøftes.")
    draft = _closed_by_chair(savings, "Færre rengøringstimer rammer mange.", "Det vil jeg gerne have, at vi kigger på "
                             "igen. De andre kan vi godt leve med.")
    assert draft.kind == "discussed"
    put_off = _closed_by_chair(savings, "Vi mangler tallene.", "Vi udsætter drøftelsen til næste møde.")
    assert put_off.kind == "postponed"
    loans = item(2, "Låneadgang for hospitalsbyggerier", None)
    talk = (utt("Taler 2", 1.0, "Vi kan anbefale det over for regionsrådet."), utt("Taler 1", 4.0, "Så gør vi det."))
    assert draft_decision(loans, talk, CHEFFORUM, chair="Taler 1").kind == "recommended"


def test_figures_with_a_decimal_comma_or_a_date_stay_whole_in_the_remark_and_a_correction_is_quoted():
    plan = item(12, "Plan for sygefravær", None, "Kommunaldirektøren indstiller, at planen godkendes.")
    draft = _closed_by_chair(plan, "Vi kan skrive et mål ind.", "Så godkender vi planen med et mål på 4,5 procent.")
    assert "med et mål på 4,5 procent" in draft.text
    meetings = item(20, "Mødeplan 2021", None, "Koncerndirektionen indstiller, at mødeplanen godkendes.")
    draft = _closed_by_chair(meetings, "Det kan godt lade sig gøre.",
                             "Så er mødeplanen godkendt med mødet den 15. december.")
    assert "med mødet den 15. december" in draft.text
    minutes = item(1, "Godkendelse af dagsorden og referat", None,
                   "Kommunaldirektøren indstiller,\n1. at dagsordenen godkendes\n2. at referat godkendes")
    draft = _closed_by_chair(minutes, "Under punkt fire står der, at jeg var fraværende, men jeg var der.",
                             "Tak, det retter vi. Ellers er dagsorden og referat godkendt.")
    assert draft.kind == "approved_with_remark" and "jeg var fraværende" in draft.text


def test_a_theme_put_on_the_year_plan_an_offer_agreed_to_and_approval_by_someone_else_described():
    themes = item(7, "Temaer til kommende møder", None, "Kommunaldirektøren indstiller, at punktet drøftes.")
    found = _closed_by_chair(themes, "Rekruttering og klimaplanen.", "Dem sætter vi på årshjulet.").followups
    assert [(f.who, f.what) for f in found] == [("Chefforum", "sætter dem på årshjulet")]
    survey = item(18, "Orientering om trivselsmåling", None, "Kommunaldirektøren indstiller, at orienteringen tages "
                  "til efterretning.")
    found = _closed_by_chair(survey, "Vi foreslår en temadrøftelse om ledelse på et senere møde.",
                             "Det gør vi.").followups
    assert [(f.who, f.what, f.when) for f in found] == [(None, "en temadrøftelse om ledelse", "på et senere møde")]
    ai = item(7, "Afprøvning af AI", None, "CBA indstiller, at der bevilges 100.000 kr. til afprøvning af AI.")
    talk = (utt("Taler 2", 1.0, "Vi bruger kun løsninger, der er godkendt af vores DPO."),
            utt("Taler 1", 4.0, "Godt. Så sætter vi afprøvningen i gang."))
    draft = draft_decision(ai, talk, CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved" and any("sætter vi afprøvningen i gang" in e.text for e in draft.evidence)


@pytest.mark.parametrize(("said", "kind"), [
    ("Så lægger vi det ind i budgettet for næste år.", "postponed"),
    ("Vi har ikke set demoen endnu. Lad os tage det, når vi har set den.", "postponed"),
    ("Så bliver der ingen hundeskov i år.", "rejected"),
    ("Vi starter med indsats et, to og tre, og resten venter til næste år.", "partly_approved"),
    ("Godt forslag. Vi bevilger seks millioner nu til taget og tager ventilationen med i budgettet for næste år.",
     "partly_approved"),
])
def test_budget_next_year_taking_it_when_a_no_with_ingen_and_a_start_with_part(said, kind):
    plan = item(14, "Handleplan", None, "Kommunaldirektøren indstiller, at handleplanen godkendes.")
    assert _closed_by_chair(plan, "Det er en god idé, men vi har ikke pengene.", said).kind == kind


def test_keeping_the_price_refuses_a_rise_and_a_yes_reads_what_it_agrees_to():
    prices = item(52, "Ny billetpris", None, "Forvaltningen indstiller, at billetprisen hæves til 45 kr.")
    assert _closed_by_chair(prices, "Det er for meget.", "Så beholder vi prisen på 40 kroner.").kind == "rejected"
    budget = item(11, "Budget for lederdagen", None, "Kommunaldirektøren indstiller, at budgettet på 80.000 kr. "
                  "godkendes.")
    draft = _closed_by_chair(budget, "Kan vi holde den lidt billigere, for eksempel 60.000?",
                             "Ja. Budgettet er 60.000 kroner.")
    assert draft.kind == "approved_with_remark" and "60.000" in draft.text
    pool = item(11, "Udmøntning af kulturpuljen", None, "Udvalget for regional udvikling anbefaler, at puljen "
                "udmøntes som foreslået.")
    talk = (utt("Taler 2", 1.0, "Udvalget anbefaler, at puljen udmøntes som foreslået."),
            utt("Taler 1", 4.0, "Så gør vi det. Tak."))
    assert draft_decision(pool, talk, CHEFFORUM, chair="Taler 1").kind == "approved"  # asked of us, not ours


def test_doing_it_with_a_thing_is_a_remark_and_the_weeks_counted_back_are_none():
    grants = item(45, "Tilskud til lokaler", None, "Forvaltningen indstiller, at tilskuddet godkendes.")
    draft = _closed_by_chair(grants, "Ja, men med en overgangsordning for de små foreninger.",
                             "Det er fint. Så gør vi det med en overgangsordning.")
    assert draft.kind == "approved_with_remark" and "med en overgangsordning" in draft.text
    pool = item(10, "Lukning af svømmehal", None, "Administrationen indstiller, at svømmehallen holdes lukket i uge "
                "28-31.")
    assert _closed_by_chair(pool, "Det er aftalt.", "Så lukker vi hallen i de fire uger.").kind == "approved"


@pytest.mark.parametrize(("said", "kind"), [
    ("Ja. Så tager vi dem igen på næste møde.", "postponed"),
    ("Så tager vi den tilbage og kigger på den.", "postponed"),
    ("Ja. Vi godkender den nok, men jeg vil lige have beboernes høringssvar først.", "postponed"),
    ("Så tror jeg ikke, vi skal gøre det igen. Nej tak.", "rejected"),
    ("Jeg er også imod. Så lader vi den være.", "rejected"),
    ("Så lader vi det være op til den enkelte afdeling.", "decided"),
    ("Så tager vi de fire første.", "partly_approved"),
])
def test_small_words_and_tags_around_a_postponement_a_refusal_and_a_part(said, kind):
    choice = item(12, "Beslutning", None, "Kommunaldirektøren indstiller, at udvalget beslutter, hvilke anbefalinger "
                  "der følges." if kind == "decided" else "Kommunaldirektøren indstiller, at anbefalingerne godkendes.")
    assert _closed_by_chair(choice, "Det er altså for dyrt.", said).kind == kind


def test_the_outcome_said_after_a_yes_an_evaluation_agreed_and_a_request_with_lige():
    meetings = item(6, "Mødeplan", None, "Administrationen indstiller, at mødeplanen for 2017 godkendes.")
    talk = (utt("Taler 2", 1.0, "Mødeplanen har ti møder."),
            utt("Taler 3", 3.0, "Det er lige lidt mange. Kan vi ikke nøjes med otte?"),
            utt("Taler 2", 5.0, "Jo, det kan vi godt."), utt("Taler 1", 7.0, "Så bliver det otte møder."))
    draft = draft_decision(meetings, talk, CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "otte møder" in draft.text
    structure = item(8, "Ny mødestruktur", None, "Kommunaldirektøren indstiller, at den nye mødestruktur godkendes.")
    draft = _closed_by_chair(structure, "Lad os lige evaluere efter et halvt år.",
                             "Ja, det gør vi. Så prøver vi hver anden uge og evaluerer til sommer.")
    assert draft.kind == "approved_with_remark" and "evalueres til sommer" in draft.text
    policy = item(8, "Idrætspolitik", None, "Administrationen indstiller, at idrætspolitikken sendes i høring.")
    draft = _closed_by_chair(policy, "Altså, jeg vil lige have et afsnit om e-sport med.",
                             "Det får du. Så sender vi den i høring.")
    assert draft.kind == "approved_with_remark" and "e-sport" in draft.text
    themes = item(6, "Temadrøftelse om ledelsesprogram", None, "Kommunaldirektøren indstiller, at et ledelsesprogram "
                  "drøftes.")
    found = _closed_by_chair(themes, "Ikke for teoretisk.", "Godt, det tager vi med videre.").followups
    assert [(f.who, f.what) for f in found] == [("Chefforum", "tager det med videre")]


@pytest.mark.parametrize("said", ["Så godkender vi det hele, ikke?", "Så godkender vi det hele ikke?",
                                  "Den er godkendt ik'?"])
def test_a_tag_asking_for_a_yes_is_no_negation_with_or_without_its_comma(said):
    plan = item(12, "Plan for sygefravær", None, "Kommunaldirektøren indstiller, at planen godkendes.")
    talk = (utt("Taler 2", 1.0, "Planen er fin."), utt("Taler 1", 4.0, said), utt("Taler 3", 6.0, "Jo."))
    assert draft_decision(plan, talk, CHEFFORUM, chair="Taler 1").kind == "approved"
    talk = (utt("Taler 2", 1.0, "Planen er fin."), utt("Taler 1", 4.0, "Godkender vi ikke?"),
            utt("Taler 3", 6.0, "Nej, vi venter til næste møde."))
    assert draft_decision(plan, talk, CHEFFORUM, chair="Taler 1").kind != "approved"


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    ("CBA indstiller, at kommunen deltager i netværket.", "Konklusionen er, at vi ikke deltager.", "rejected"),
    ("Borgmesteren indstiller, at grunden sælges til højestbydende.",
     "Det, jeg hører, er, at vi ikke sælger til den pris.", "rejected"),
    ("Økonomidirektøren indstiller, at lejeforhøjelsen godkendes.",
     "Så konkluderer jeg, at vi ikke kan tage stilling, før beboerne har været hørt.", "postponed"),
    ("CBA indstiller, at rengøringen sendes i udbud.",
     "Så konkluderer vi, at MED skal høres, før vi sender den i udbud.", "postponed"),
    ("CBA indstiller, at den nye kantineordning godkendes.",
     "Jeg fornemmer, at vi ikke vil have den. Den bliver ikke indført.", "rejected"),
    ("Koncerndirektionen indstiller, at regionsrådet beslutter at samle neurorehabiliteringen i Brønderslev.",
     "Konklusionen er, at et flertal vil samle i Brønderslev.", "approved"),
])
def test_what_the_chair_concludes_is_read_without_the_summing_up(indstilling, said, kind):
    case = item(9, "Beslutning", None, indstilling)
    assert _closed_by_chair(case, "Det er vi ikke enige om.", said).kind == kind


def test_summed_up_remarks_a_figure_said_before_the_act_a_second_verb_and_a_trial_of_a_refusal():
    rules = item(10, "Retningslinjer for hjemmearbejde", None, "Kommunaldirektøren indstiller, at retningslinjerne "
                 "godkendes.")
    draft = _closed_by_chair(rules, "Der er stor forskel på områderne.", "Konklusionen er, at hvert område laver sine "
                             "egne retningslinjer inden for en fælles ramme.")
    assert draft.text.endswith("med den bemærkning, at hvert område laver sine egne retningslinjer inden for en fælles "
                               "ramme.")
    prices = item(5, "Timepriser", None, "Forvaltningen indstiller, at timeprisen fastsættes til 400 kr.")
    draft = _closed_by_chair(prices, "Jeg synes, 350 er mere rimeligt.",
                             "Jeg hører, at vi er enige om 350 kroner. Så fastsætter vi den til det.")
    assert draft.kind == "approved_with_remark" and "350 kroner" in draft.text
    system = item(16, "Nyt ledelsesinformationssystem", None, "CBA indstiller, at der indkøbes et nyt system.")
    draft = _closed_by_chair(system, "Men dyrt.",
                             "Jeg hører, at vi vil have det. Så køber vi det, men forhandler prisen.")
    assert "at vi forhandler prisen" in draft.text
    friday = item(12, "Mødefri fredag", None, "CBA indstiller, at der indføres mødefri fredag.")
    draft = _closed_by_chair(friday, "Ja, et halvt år.",
                             "Så konkluderer vi, at vi prøver mødefri fredag i et halvt år.")
    assert draft.kind == "approved_with_remark" and "som forsøg i et halvt år" in draft.text
    parking = item(9, "Gratis parkering", None, "Forvaltningen indstiller, at forslaget ikke imødekommes.")
    assert _closed_by_chair(parking, "Det vil jeg gerne prøve.",
                            "Så prøver vi gratis lørdagsparkering i et år.").kind == "approved"
    policy = item(8, "Idrætspolitik", None, "Administrationen indstiller, at idrætspolitikken sendes i høring.")
    draft = _closed_by_chair(policy, "Vi savner et afsnit om ældre.",
                             "Jeg hører, at vi vil have et afsnit om ældre med. Så sender vi den i høring med det.")
    assert draft.kind == "approved_with_remark" and "ældre" in draft.text


@pytest.mark.parametrize(("said", "kind"), [
    ("Så lægger vi den til side igen.", "postponed"),
    ("Så gemmer vi den til senere.", "postponed"),
    ("Så bygger vi ingen ny hal.", "rejected"),
    ("Så kan vi ikke tage stilling i dag. Sagen kommer tilbage, når beboerne har været hørt.", "postponed"),
    ("Så vender vi tilbage med et nyt forslag.", "rejected"),
    ("Så gør vi den permanent fra næste måned.", "approved"),
    ("Godt. Så går vi videre til næste punkt.", "approved"),
])
def test_the_chairs_so_we_that_says_no_or_later_in_words_no_family_has(said, kind):
    hall = item(10, "Ny idrætshal", None, "Forvaltningen indstiller, at der bygges en ny hal.")
    assert _closed_by_chair(hall, "Det er for dyrt lige nu.", said).kind == kind
    support = item(13, "Ny organisering af IT-support", None, "CBA indstiller, at den nye organisering godkendes.")
    talk = (utt("Taler 3", 1.0, "Hvad med skolerne? De har deres egen support."),
            utt("Taler 2", 3.0, "Skolerne er ikke med i første omgang."),
            utt("Taler 1", 6.0, "Okay. Så går vi videre med det, og skolerne tager vi stilling til senere."))
    later_part = draft_decision(support, talk, CHEFFORUM, chair="Taler 1")
    assert later_part.kind == "approved_with_remark"  # only what comes after ", og" waits


def test_a_vote_counted_is_no_figure_and_an_indstilling_followed_in_the_perfect():
    grant = item(14, "Anlægsbevilling", None, "Koncerndirektionen indstiller, at der gives en anlægsbevilling på "
                 "3,5 mio. kr.")
    draft = _closed_by_chair(grant, "Dansk Folkeparti kan ikke støtte bevillingen.",
                             "Vi stemmer. For 35, imod 6. Bevillingen er givet.")
    assert draft.kind == "approved"
    parking = item(9, "Gratis parkering", None, "Forvaltningen indstiller, at forslaget ikke imødekommes.")
    talk = (utt("Taler 1", 1.0, "Gratis parkering. Ingen ønsker ordet. Forvaltningens indstilling er fulgt."),)
    assert draft_decision(parking, talk, CHEFFORUM, chair="Taler 1").kind == "rejected"


@pytest.mark.parametrize(("asked", "said", "part"), [
    ("Der skal være håndsprit ved indgangen.", "Det sørger centrene for. Caféerne åbner den 15. juni.", "håndsprit"),
    ("Der skal være en klausul om, at vi kan komme ud efter tre år.", "Den forhandler vi ind. Lejemålet er godkendt.",
     "klausul"),
    ("Vi skal have et ekstra seminar om anlæg.", "Det lægger vi ind i maj. Planen er godkendt.", "seminar om anlæg"),
    ("Plejecentrene skal have tid til at omstille sig.", "De får et halvt år. Så er anbefalingerne godkendt.",
     "omstille sig"),
    ("Den skal også gælde vikarer.", "Enig. Vi indfører fælles onboarding, også for vikarer.", "vikarer"),
    ("Skolerne skal kunne bruge banerne gratis om formiddagen.", "Det er fint. Prisen er 400 kroner, og skolerne "
     "bruger banerne gratis om formiddagen.", "skolerne"),
    ("Høringen skal være på otte uger, ikke seks.", "Det er fint. Den sendes i høring i otte uger.", "otte uger"),
])
def test_a_demand_with_skal_taken_in_by_the_chair(asked, said, part):
    case = item(9, "Sag", None, "Administrationen indstiller, at sagen godkendes.")
    draft = _closed_by_chair(case, asked, said)
    assert draft.kind == "approved_with_remark" and part in draft.text


@pytest.mark.parametrize(("asked", "said"), [
    ("Jeg vil gerne have et punkt om haltider på næste gang.", "Det noterer vi. Dagsordenen er godkendt."),
    ("Det skal vi bruge på at nedbringe ventelisterne.", "Det tager vi med i budgetopfølgningen. Rapporten er godkendt."),
    ("Jeg er for, men det skal gælde fra 1. januar, ikke før.", "Så indfører vi fælles onboarding fra 1. januar."),
])
def test_a_demand_noted_put_into_another_process_or_only_a_start_date_changes_nothing(asked, said):
    case = item(9, "Sag", None, "Administrationen indstiller, at der indføres fælles onboarding.")
    assert _closed_by_chair(case, asked, said).kind == "approved"


def test_a_part_dropped_a_matter_left_to_the_leader_a_trial_instead_and_waiting_with_a_comma():
    onboarding = item(16, "Fælles onboarding", None, "Kommunaldirektøren indstiller, at der indføres fælles "
                      "onboarding for nye medarbejdere.")
    draft = _closed_by_chair(onboarding, "Ja, hvis vi dropper jobmessen.",
                             "Så dropper vi jobmessen og indfører fælles onboarding.")
    assert draft.kind == "approved_with_remark" and "jobmessen" in draft.text
    dogs = item(10, "Hundeskov", None, "Forvaltningen indstiller, at der etableres en hundeskov ved Fovrfelt.")
    assert _closed_by_chair(dogs, "Det er for dyrt.", "Vi dropper hundeskoven.").kind == "rejected"
    rules = item(10, "Retningslinjer for hjemmearbejde", None, "Kommunaldirektøren indstiller, at retningslinjerne "
                 "godkendes.")
    draft = _closed_by_chair(rules, "Kan vi lade lederne vurdere det?", "Så godkender vi retningslinjerne, men det er "
                             "op til lederen, om det er en eller to dage.")
    assert "med den bemærkning, at det er op til lederen" in draft.text
    fruit = item(123, "Gratis frugt i skolerne", None, "Økonomiudvalget indstiller, at forslaget ikke imødekommes.")
    draft = _closed_by_chair(fruit, "Kan vi lave et forsøg på to skoler?",
                             "Så laver vi et forsøg på to skoler i stedet.")
    assert draft.kind == "approved_with_remark" and draft.followups == ()
    areas = item(10, "Salg af arealer", None, "Administrationen indstiller, at udvalget anbefaler salget.")
    draft = _closed_by_chair(areas, "Vi får måske brug for dem.",
                             "Jeg synes, vi skal vente, til psykiatriplanen er færdig.")
    assert draft.kind == "postponed"


@pytest.mark.parametrize(("said", "kind"), [
    ("Så siger byrådet fra.", "rejected"),
    ("Det må være slut nu. Ingen garanti i år.", "rejected"),
    ("Så må den en tur forbi MED først.", "postponed"),
    ("Så venter den på strategien.", "postponed"),
    ("Dem skal vi have, før vi siger noget.", "postponed"),
    ("Så giver vi den en tur mere i forvaltningen.", "postponed"),
    ("Ingen indvendinger.", "approved"),
    ("Så gør vi det ikke.", "rejected"),
    ("Den kan vi ikke sige ja til.", "rejected"),
    ("Så gør vi det til næste år.", "postponed"),
    ("Så bliver den, hvor den er.", "rejected"),
    ("Så fortsætter vi, som vi plejer.", "rejected"),
    ("Så retter I den til, og så ser vi den igen.", "postponed"),
])
def test_the_chairs_last_word_holds_back_in_everyday_words(said, kind):
    plan = item(12, "Plan", None, "Kommunaldirektøren indstiller, at planen godkendes.")
    assert _closed_by_chair(plan, "Det er jeg ikke sikker på.", said).kind == kind


def test_a_held_back_last_word_is_read_only_on_what_asks_for_approval_and_old_for_new_refuses():
    themes = item(6, "Temadrøftelse om ledelsesprogram", None, "Kommunaldirektøren indstiller, at et "
                  "ledelsesprogram drøftes.")
    assert _closed_by_chair(themes, "Det skal være praktisk.", "Det tager vi op igen.").kind == "discussed"
    system = item(16, "Nyt ledelsesinformationssystem", None, "CBA indstiller, at der indkøbes et nyt system.")
    assert _closed_by_chair(system, "Det gamle kan opgraderes.",
                            "Så opgraderer vi det gamle i stedet.").kind == "rejected"
    surplus = item(47, "Årsregnskab", None, "Forvaltningen indstiller, at regnskabet godkendes.")
    draft = _closed_by_chair(surplus, "Hvad gør vi med overskuddet?",
                             "Regnskabet er godkendt, og overskuddet overføres til næste år.")
    assert draft.kind != "postponed"


@pytest.mark.parametrize(("said", "kind"), [
    ("Så holder vi den igen i år.", "approved"),
    ("Så åbner vi igen.", "approved"),
    ("Så melder vi os ind igen.", "approved"),
    ("Så bruger vi den fra næste måned.", "approved"),
    ("Så går udbuddet ud i næste uge.", "approved"),
    ("Så går den ud til alle ledere før sommerferien.", "approved"),
    ("Så kan gruppen gå i gang, og den melder tilbage før jul.", "approved"),
    ("Så kører den, og vi følger op på den igen til næste år.", "approved"),
    ("Så skal forvaltningen lige regne på det igen.", "postponed"),
    ("Så lægger vi den til side igen.", "postponed"),
    ("Så prøver vi den, og vi ser på den igen om et år.", "approved_with_remark"),
])
def test_words_of_time_in_an_approval_do_not_hold_it_back(said, kind):
    plan = item(12, "Plan", None, "Kommunaldirektøren indstiller, at planen godkendes.")
    assert _closed_by_chair(plan, "Den er fin.", said).kind == kind


def test_doing_the_proposal_by_its_pronoun_is_no_task():
    dogs = item(10, "Hundeskov", None, "Forvaltningen indstiller, at der etableres en hundeskov ved Fovrfelt.")
    assert _closed_by_chair(dogs, "Hundeejerne bliver glade.", "Så laver vi den, og den åbner før sommer.").followups == ()


def test_an_ordinal_part_waiting_selling_again_later_the_object_first_with_and_a_status_given_at_once():
    advice = item(50, "Anbefalinger", None, "Administrationen indstiller, at anbefalingerne godkendes.")
    draft = _closed_by_chair(advice, "Fem anbefalinger.", "De fire første er fine. Den femte om nattevagterne venter "
                             "vi med.")
    assert draft.kind == "partly_approved"
    plot = item(8, "Salg af grund", None, "Borgmesteren indstiller, at grunden sælges til højestbydende.")
    assert _closed_by_chair(plot, "Der er kun ét bud.", "Så prøver vi at sælge igen til foråret.").kind == "postponed"
    standard = item(59, "Kvalitetsstandard", None, "Administrationen indstiller, at kvalitetsstandarden godkendes.")
    draft = _closed_by_chair(standard, "Rengøring hver tredje uge er for lidt.",
                             "Den godkender vi med rengøring hver anden uge.")
    assert draft.kind == "approved_with_remark" and "hver anden uge" in draft.text
    budget = item(2, "Orientering om status på Budget 2026", None, "Kommunaldirektøren indstiller, at status tages "
                  "til efterretning.")
    talk = (utt("Taler 1", 1.0, "Marie giver en kort status på budgettet."),
            utt("Taler 4", 3.0, "Vi er i balance, men der er pres på det specialiserede område."),
            utt("Taler 1", 6.0, "Tak, Marie. Det tager vi til efterretning."))
    found = draft_decision(budget, talk, CHEFFORUM, chair="Taler 1", names={"Taler 4": "Marie Aasøe"}).followups
    assert found == ()


@pytest.mark.parametrize(("said", "part"), [
    ("Den er vedtaget, så længe vi får en årlig status.", "vi får en årlig status"),
    ("Godkendt, bare lederne får et kort kursus i den.", "lederne får et kort kursus"),
    ("Godkendt, forudsat at MED også siger god for den.", "MED også siger god for den"),
    ("Den er godkendt. Og så præciserer vi, at skolerne ikke betaler.", "skolerne ikke betaler"),
    ("De er godkendt. Vi bemærker, at hjemmehjælpen stiger mest.", "hjemmehjælpen stiger mest"),
    ("Den er godkendt, og vi beder om en særlig opfølgning på psykiatrien.", "opfølgning på psykiatrien"),
    ("Den giver vi, men det er sidste gang.", "sidste gang"),
    ("Vi melder os ind for et år ad gangen.", "for et år ad gangen"),
    ("Godkendt. Men skolerne skal have besked i god tid.", "skolerne skal have besked"),
    ("Den sælges, og køberen skal holde bygningen i god stand.", "køberen skal holde bygningen"),
    ("Godkendt. Klima kommer med i oktober.", "Klima kommer med i oktober"),
    ("Den samles i Brønderslev, og medarbejderne i Hjørring får jobgaranti.", "jobgaranti"),
])
def test_what_the_chair_adds_in_own_words_around_the_approval(said, part):
    case = item(9, "Sag", None, "Administrationen indstiller, at sagen godkendes.")
    draft = _closed_by_chair(case, "Den er fin.", said)
    assert draft.kind == "approved_with_remark" and part in draft.text


@pytest.mark.parametrize("said", [
    "Så skal vi bare godkende den. Det gør vi.",
    "Godkendt, som sidste gang.",
    "Godkendt. Tak for et flot regnskab.",
    "Så køber vi det, og lederne får det først.",
    "Den er godkendt, og sagen skal videre til byrådet.",
    "Godkendt. Det kommer med i budgettet.",
])
def test_words_around_an_approval_that_add_nothing_to_it(said):
    case = item(9, "Sag", None, "Administrationen indstiller, at sagen godkendes.")
    assert _closed_by_chair(case, "Den er fin.", said).kind == "approved"


@pytest.mark.parametrize(("said", "part"), [
    ("Vi godkender begge dele, men netværket evalueres efter et år.", "netværket evalueres efter et år"),
    ("Den er godkendt, og vi evaluerer den til jul.", "evalueres til jul"),
    ("Anbefalingerne er godkendt, og udvalget lægger vægt på, at de pårørende inddrages.", "de pårørende inddrages"),
    ("Så godkender vi det hele, og Trine skriver det om borgerdata ind i retningslinjerne.", "borgerdata"),
])
def test_a_remark_in_a_clause_after_the_approval(said, part):
    case = item(9, "Sag", None, "Administrationen indstiller, at sagen godkendes.")
    draft = _closed_by_chair(case, "Den er fin.", said)
    assert draft.kind == "approved_with_remark" and part in draft.text


def test_a_recommendation_keeps_its_kind_and_its_remark():
    report = item(64, "Afrapportering", None, "Administrationen indstiller, at udvalget anbefaler afrapporteringen "
                  "godkendt.")
    draft = _closed_by_chair(report, "Ventetiden er for lang.", "Vi anbefaler afrapporteringen godkendt med en "
                             "bemærkning om ventetiden på fødselsforberedelse.")
    assert draft.kind == "recommended" and "anbefaler indstillingen med en bemærkning om ventetiden" in draft.text


def test_starting_one_part_while_another_waits_and_taking_it_up_when_someone_has_had_it():
    cafes = item(46, "Genåbning af caféer og udendørs aktiviteter", None,
                 "Administrationen indstiller, at caféerne genåbnes 15. juni.")
    draft = _closed_by_chair(cafes, "Kan vi nøjes med de udendørs aktiviteter?",
                             "Så starter vi de udendørs aktiviteter nu, og caféerne venter til august.")
    assert draft.kind == "partly_approved"
    canteen = item(83, "Kantineordning", None, "CBA indstiller, at den nye kantineordning godkendes.")
    assert _closed_by_chair(canteen, "MED skal have den forbi.",
                            "Så tager vi den, når MED har behandlet den.").kind == "postponed"


def test_keeping_it_in_house_deciding_next_month_a_rate_kept_and_a_wish_for_the_next_agenda():
    cleaning = item(84, "Udbud af rengøring", None, "CBA indstiller, at rengøringen sendes i udbud.")
    assert _closed_by_chair(cleaning, "Jeg er imod udbud.", "Så fortsætter vi med egen rengøring.").kind == "rejected"
    intranet = item(94, "Nyt intranet", None, "Kommunaldirektøren indstiller, at det nye intranet godkendes.")
    assert _closed_by_chair(intranet, "Prisen er steget.", "Trine henter de andre tilbud ind igen, og så tager vi "
                            "beslutningen i næste måned.").kind == "postponed"
    rates = item(109, "Takster for 2015", None, "Forvaltningen indstiller, at taksterne godkendes.")
    draft = _closed_by_chair(rates, "Pensionisterne skal have den gamle takst.", "Så godkender vi taksterne, men "
                             "pensionisttaksten i svømmehallen er uændret.")
    assert draft.kind == "approved_with_remark" and "pensionisttaksten er uændret" in draft.text
    agenda = item(1, "Beslutninger om dagsordenen", None, "Forvaltningen indstiller, at dagsordenen godkendes.")
    assert _closed_by_chair(agenda, "Jeg vil gerne have et punkt om dyreskuet på næste gang.",
                            "Det sætter vi på. Ellers er dagsordenen godkendt.").kind == "approved"
    moved = _closed_by_chair(agenda, "Kan vi tage punkt fem før punkt fire?", "Det gør vi. Ellers er dagsordenen "
                             "godkendt.")
    assert moved.kind == "approved_with_remark"  # a change of this meeting's agenda stays a remark


def test_the_forums_own_act_that_decides_is_no_task_but_what_a_discussion_closes_on_is():
    support = item(103, "Ny organisering af IT-support", None, "CBA indstiller, at den nye organisering godkendes.")
    draft = _closed_by_chair(support, "Det giver mening.", "Så samler vi supporten fra næste kvartal.")
    assert draft.kind == "approved" and draft.followups == ()
    budget = item(44, "Drøftelse af budget", None, "Administrationen indstiller, at udvalget drøfter budgettet.")
    draft = _closed_by_chair(budget, "Vi skal prioritere ældreområdet.", "Det er noteret. Vi tager drøftelsen med "
                             "til budgetseminaret.")
    assert [(f.who, f.what) for f in draft.followups] == [("Chefforum", "tager drøftelsen med til budgetseminaret")]


@pytest.mark.parametrize(("said", "who", "what"), [
    # (one task of two verbs since round 118: "tager dem med og kommer tilbage med …")
    ("Gode input. Marie tager dem med og kommer tilbage med et konkret forslag.", "Marie Aasøe",
     "tager dem med og kommer tilbage med et konkret forslag"),
    ("Trine henter de andre tilbud ind igen.", "Trine Holm", "henter de andre tilbud ind igen"),
    ("Godt. Trine tager de to ting med i revisionen af politikken.", "Trine Holm",
     "tager de to ting med i revisionen af politikken"),
])
def test_a_named_colleague_taking_work_along(said, who, what):
    theme = item(14, "Temadrøftelse om ledelsesprogram", None, "Kommunaldirektøren indstiller, at programmet drøftes.")
    talk = (utt("Taler 2", 1.0, "Jeg savner noget om effekten."), utt("Taler 1", 6.0, said))
    names = {"Taler 4": "Marie Aasøe", "Taler 5": "Trine Holm"}
    found = draft_decision(theme, talk, CHEFFORUM, chair="Taler 1", names=names).followups
    assert [(f.who, f.what) for f in found] == [(who, what)]


def test_round_50_consensus_parts_kept_or_waiting_and_standing_over():
    ai = item(6, "AI og nye teknologier", None, "Kommunaldirektøren indstiller,\n1) at status tages til efterretning\n"
              "2) at retningslinjerne godkendes")
    talk = (utt("Taler 2", 1.0, "Kan vi tilslutte os alle tre indstillinger?"), utt("Taler 3", 3.0, "Ja."),
            utt("Taler 1", 5.0, "Så er vi enige."))
    assert draft_decision(ai, talk, CHEFFORUM, chair="Taler 1").kind == "approved"
    leaders = item(3, "Lederudvikling", None, "CBA indstiller, at Direktionen:\n1. Godkender en velkomstpakke\n"
                   "2. Godkender at netværkene justeres\n3. Godkender en erfaringsindsamling")
    assert _closed_by_chair(leaders, "Netværkene fungerer.", "Så siger vi ja til velkomstpakken og "
                            "erfaringsindsamlingen, og netværkene lader vi være.").kind == "partly_approved"
    trial = item(7, "Afprøvning af kunstig intelligens", None, "CBA indstiller, at Direktionen godkender en "
                 "afprøvende tilgang, og at der bevilges 100.000 kr.")
    assert _closed_by_chair(trial, "Vi skal have styr på GDPR.", "Så bakker vi op om tilgangen, men pengene venter, "
                            "til jura har set på det.").kind == "partly_approved"
    network = item(104, "KL's digitaliseringsnetværk", None, "CBA indstiller, at kommunen deltager i netværket.")
    assert _closed_by_chair(network, "Vi har ikke kapacitet.", "Så står vi over denne gang.").kind == "rejected"
    price = item(32, "Timepriser", None, "Forvaltningen indstiller, at timeprisen fastsættes til 400 kr.")
    talk = (utt("Taler 2", 1.0, "Klubberne kan leve med 400 kroner."),
            utt("Taler 3", 3.0, "Så er der ingen grund til at ændre den."),
            utt("Taler 1", 5.0, "Nej. Så bliver det 400 kroner."))
    assert draft_decision(price, talk, CHEFFORUM, chair="Taler 1").kind == "approved"
    policy = item(89, "Idrætspolitik", None, "Administrationen indstiller, at idrætspolitikken sendes i høring.")
    assert _closed_by_chair(policy, "Der mangler mål.", "Så får forvaltningen den tilbage og skriver mål ind."
                            ).kind == "postponed"
    grants = item(71, "Tilskud til lokaler", None, "Forvaltningen indstiller, at tilskuddet godkendes.")
    draft = _closed_by_chair(grants, "Den skal indfases.", "Så godkender vi modellen med indfasning over tre år.")
    assert draft.kind == "approved_with_remark" and "indfasning over tre år" in draft.text


def test_approving_the_frame_of_a_theme_discussion_and_a_remark_that_brings_a_part_back():
    theme = item(6, "Temadrøftelse om ledelsesprogram", None, "Kommunaldirektøren indstiller,\n1. at et "
                 "ledelsesprogram i Albertslund Kommune drøftes.")
    assert _closed_by_chair(theme, "Det skal ikke være for omfattende.", "Så godkender vi rammen, og styregruppen "
                            "kommer med et udkast til lederdagen i oktober.").kind == "discussed"
    ai = item(5, "AI og nye teknologier", None, "Kommunaldirektøren indstiller,\n1) at status tages til "
              "efterretning\n2) at AI retningslinjer godkendes")
    draft = _closed_by_chair(ai, "Formålsbeskrivelsen skal godkendes her.", "Godkendt, med den tilføjelse, at "
                             "formålsbeskrivelsen kommer tilbage til godkendelse i Chefforum.")
    assert draft.kind == "approved_with_remark" and "formålsbeskrivelsen kommer tilbage" in draft.text


def test_round_52_a_wish_object_first_a_delivery_granted_parts_kept_closed_agreed_and_not_yet():
    leaders = item(3, "Lederudvikling", None, "CBA indstiller, at Direktionen godkender indstillingerne.")
    draft = _closed_by_chair(leaders, "Talentforløbet skal i gang.", "Godkendt, og sagen om talentforløbet vil vi "
                             "gerne have forelagt snarest.")
    assert draft.kind == "approved_with_remark" and "talentforløbet forelagt snarest" in draft.text
    advice = item(42, "Anbefalinger", None, "Administrationen indstiller, at anbefalingerne godkendes.")
    assert _closed_by_chair(advice, "Jeg vil gerne have en status på, hvordan plejecentrene udmønter dem.",
                            "Anbefalingerne er godkendt, og vi får en status om et år.").kind == "approved"
    cafes = item(46, "Genåbning af caféer og udendørs aktiviteter", None,
                 "Administrationen indstiller, at caféerne genåbnes 15. juni.")
    for said in ("Så åbner vi udendørs, men caféerne forbliver lukket indtil videre.",
                 "Så starter vi med de udendørs aktiviteter, og caféerne kommer, når personalet er klar."):
        assert _closed_by_chair(cafes, "Caféerne er for tidligt.", said).kind == "partly_approved"
    news = item(37, "Meddelelser", None, "")
    talk = (utt("Taler 1", 1.0, "Og så skal vi flytte maj-mødet. Forslaget er den 30. maj."),
            utt("Taler 2", 4.0, "Fint."), utt("Taler 1", 6.0, "Så er det aftalt."))
    assert draft_decision(news, talk, CHEFFORUM, chair="Taler 1").kind == "decided"
    savings = item(45, "Drøftelse af effektiviseringer", None, "Administrationen indstiller, at forslagene drøftes.")
    assert _closed_by_chair(savings, "Ikke færre aktivitetsmedarbejdere.", "Så giver vi administrationen det med, at "
                            "aktivitetsmedarbejderne ikke skal røres.").kind == "discussed"
    accounts = item(73, "Årsregnskab", None, "Forvaltningen indstiller, at regnskabet godkendes.")
    talk = (utt("Taler 2", 1.0, "Revisionen er ikke færdig."), utt("Taler 3", 3.0, "Så kan vi ikke godkende det endnu."),
            utt("Taler 1", 6.0, "Nej. Det kommer på igen i maj."))
    assert draft_decision(accounts, talk, CHEFFORUM, chair="Taler 1").kind == "postponed"


def test_round_53_a_reservation_said_with_det_and_a_promise_after_noting():
    pool = item(57, "Kulturpuljen", None, "Udvalget for regional udvikling anbefaler, at puljen udmøntes som foreslået.")
    draft = _closed_by_chair(pool, "Thisted først, når finansieringen er på plads.", "Det er der enighed om. Så "
                             "udmøntes puljen med det forbehold for Thisted.")
    assert draft.kind == "approved_with_remark" and "forbehold for Thisted" in draft.text
    profile = item(38, "Sundhedsprofil 2017", None, "Administrationen indstiller, at sundhedsprofilen tages til "
                   "efterretning.")
    draft = _closed_by_chair(profile, "Flere unge er ensomme.", "Ja. Vi tager profilen til efterretning og vender "
                             "tilbage til ensomheden.")
    assert draft.kind == "noted"
    assert [(f.who, f.what) for f in draft.followups] == [("Chefforum", "vender tilbage til ensomheden")]


@pytest.mark.parametrize(("talk", "kind"), [
    ((("Taler 2", "Jeg foreslår, at vi udsætter sagen, til kommunen har svaret."), ("Taler 1", "Kan vi følge det?"),
      ("Taler 3", "Ja."), ("Taler 1", "Så gør vi det.")), "postponed"),
    ((("Taler 2", "Jeg foreslår, at vi ikke giver garantien."), ("Taler 1", "Er der nogen imod det? Nej. Så er det "
                                                                              "besluttet.")), "rejected"),
    ((("Taler 2", "Jeg foreslår, at vi ikke godkender det nu, men tager en dialog med centercheferne først."),
      ("Taler 1", "Er vi enige om det?"), ("Taler 3", "Ja.")), "rejected"),
    ((("Taler 1", "Lejemålet. Skal vi skrive, at regionsrådet ikke godkendte lejemålet?"),
      ("Taler 2", "Ja, det er det, vi er enige om.")), "rejected"),
    ((("Taler 2", "Caféerne er for tidligt."), ("Taler 1", "Til referat: de udendørs aktiviteter genoptages, caféerne "
                                                           "forbliver lukkede til august.")), "partly_approved"),
])
def test_a_proposal_put_to_the_room_by_the_chair_and_the_minutes_dictated(talk, kind):
    case = item(9, "Sag", None, "Administrationen indstiller, at der gives en garanti, og at caféerne genåbnes.")
    said = tuple(utt(speaker, 1.0 + 3 * k, text) for k, (speaker, text) in enumerate(talk))
    assert draft_decision(case, said, CHEFFORUM, chair="Taler 1").kind == kind


def test_round_55_the_chair_landing_the_item():
    price = item(32, "Timepriser", None, "Forvaltningen indstiller, at timeprisen fastsættes til 400 kr.")
    assert _closed_by_chair(price, "Vi kan gå ned på 350.", "Så er vi nået frem til tre hundrede og halvtreds kroner "
                            "i timen.").kind == "approved_with_remark"
    festival = item(74, "Underskudsgaranti", None, "Forvaltningen indstiller, at der gives en underskudsgaranti på "
                    "200.000 kr.")
    assert _closed_by_chair(festival, "Ikke med en garanti.", "Så er vi landet på, at garantien ikke gives."
                            ).kind == "rejected"
    advice = item(42, "Anbefalinger", None, "Administrationen indstiller, at anbefalingerne godkendes.")
    draft = _closed_by_chair(advice, "Vi savner tid til nærvær.", "Så siger vi ja til anbefalingerne med et "
                             "supplement om tid til nærvær.")
    assert draft.kind == "approved_with_remark" and "tid til nærvær" in draft.text
    theme = item(6, "Temadrøftelse om ledelsesprogram", None, "Kommunaldirektøren indstiller,\n1. at et "
                 "ledelsesprogram drøftes.")
    draft = _closed_by_chair(theme, "Den er god.", "Så er vi nået frem til, at styregruppen arbejder videre med "
                             "rammen.")
    assert draft.kind == "discussed"
    assert [(f.who, f.what) for f in draft.followups] == [("Styregruppen", "arbejder videre med rammen")]


def test_round_56_a_shorter_extension_and_another_amount_given():
    winter = item(126, "Forlængelse af aftale", None, "Økonomiudvalget indstiller, at aftalen forlænges med to år.")
    draft = _closed_by_chair(winter, "To år er lang tid.", "Så forlænger vi kun med et år.")
    assert draft.kind == "approved_with_remark" and "dog kun med et år" in draft.text
    club = item(5, "Tilskud til klubhus", None, "Administrationen indstiller, at ansøgningen imødekommes med "
                "250.000 kr.")
    assert _closed_by_chair(club, "Vi kan gå op på 300.000.", "Så giver vi 300.000 kroner.").kind == \
        "approved_with_remark"
    assert _closed_by_chair(club, "Det er et godt projekt.", "Så giver vi 250.000 kroner.").kind == "approved"


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    ("Administrationen indstiller, at ansøgningen afslås.", "Der er flertal for at følge administrationen. "
     "Ansøgningen afslås.", "rejected"),
    ("Administrationen indstiller, at ansøgningen afslås.", "Så giver vi dispensationen for en prøveperiode på tre "
     "måneder.", "approved"),
    ("CBA indstiller, at Direktionen beslutter, om der skal gælde særlige regler for hjemmearbejde i sommerperioden.",
     "Så gælder de almindelige regler også om sommeren.", "decided"),
    ("Forvaltningen indstiller, at udvalget tager stilling til, om åbningstiden skal udvides.",
     "Så udvider vi åbningstiden med selvbetjening.", "decided"),
    ("Borgmesteren indstiller, at kommunens aktier sælges.", "Så beholder vi aktierne.", "rejected"),
])
def test_round_57_indstilling_wordings_not_seen_before(indstilling, said, kind):
    case = item(9, "Sag", None, indstilling)
    assert _closed_by_chair(case, "Det har jeg en holdning til.", said).kind == kind


@pytest.mark.parametrize(("said", "part"), [
    ("Så giver vi tillægsbevillingen, men finansieret inden for teknik og miljøs ramme.", "dog finansieret"),
    ("Så vedtager vi standarden med to hovedretter.", "med to hovedretter"),
    ("Så godkender vi åbningstiderne med åbning klokken seks om morgenen.", "klokken seks"),
])
def test_round_57_remarks_with_a_number_a_time_and_the_funding(said, part):
    case = item(9, "Sag", None, "Administrationen indstiller, at sagen godkendes.")
    draft = _closed_by_chair(case, "Den er fin.", said)
    assert draft.kind == "approved_with_remark" and part in draft.text


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    ("Borgmesteren indstiller, at revisionsberetningen tages til efterretning, og at forvaltningens svar godkendes.",
     "Så tager vi beretningen til efterretning, men svaret om indkøb kommer igen i en skarpere udgave.", "postponed"),
    ("Økonomiudvalget indstiller, at lokalplan 45 vedtages endeligt.",
     "Så tager vi lokalplanen af dagsordenen, til indsigelsen er behandlet.", "postponed"),
    ("Forvaltningen indstiller, at Trekroner Bibliotek nedlægges pr. 1. januar.", "Så bevarer vi Trekroner Bibliotek.",
     "rejected"),
    ("Administrationen indstiller, at udvalget tager stilling til forslaget.",
     "Så laver vi et forsøg i et år i Helsinge.", "approved_with_remark"),
    ("CBA indstiller, at procesplanen godkendes.", "Så godkender vi planen med høring af medarbejderne før "
     "sommerferien.", "approved_with_remark"),
])
def test_round_58(indstilling, said, kind):
    case = item(9, "Sag", None, indstilling)
    assert _closed_by_chair(case, "Det har jeg en holdning til.", said).kind == kind


def test_round_59_a_date_moved_an_amount_given_by_its_receivers_an_evaluation_in_the_passive_and_a_habit():
    course = item(34, "IT-sikkerhedskursus", None, "Kommunaldirektøren indstiller,\n1. at alle ledere gennemfører "
                  "kurset inden 1. oktober")
    assert _closed_by_chair(course, "Første oktober er for tidligt.", "Så rykker vi fristen til 1. november."
                            ).kind == "approved_with_remark"
    club = item(14, "Tilskud til personaleforeningen", None, "CBA indstiller, at personaleforeningen får et tilskud "
                "på 50.000 kr.")
    talk = (utt("Taler 2", 1.0, "Lad os give 25.000."), utt("Taler 3", 3.0, "Enig."),
            utt("Taler 1", 5.0, "Så får de 25.000 kroner."))
    assert draft_decision(club, talk, CHEFFORUM, chair="Taler 1").kind == "approved_with_remark"
    pilot = item(25, "Pilotprojekt", None, "CBA indstiller, at der igangsættes et pilotprojekt i to centre.")
    draft = _closed_by_chair(pilot, "Det skal evalueres.", "Så igangsætter vi piloten, og den evalueres efter et år.")
    assert draft.kind == "approved_with_remark" and "evalueres efter et år" in draft.text
    draft = _closed_by_chair(club, "Foreningen laver mange gode arrangementer.", "Så giver vi tilskuddet.")
    assert draft.followups == ()


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    ("CBA indstiller, at styregruppen nedlægges, og at opgaven overgår til IT.",
     "Så fortsætter styregruppen et år mere.", "rejected"),
    ("Kommunaldirektøren indstiller,\n1. at der afholdes en fælles onboardingdag to gange årligt",
     "Så holder vi den fire gange om året.", "approved_with_remark"),
    ("Administrationen indstiller, at\n1. anbefalingerne godkendes", "Så godkender vi alle fem anbefalinger.",
     "approved"),
    ("Forvaltningen indstiller, at ordningen med gratis entré gøres permanent.",
     "Så forlænger vi forsøget et år og tager stilling igen i budgettet.", "postponed"),
])
def test_round_60(indstilling, said, kind):
    case = item(9, "Sag", None, indstilling)
    assert _closed_by_chair(case, "Det har jeg en holdning til.", said).kind == kind


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    ("Forvaltningen indstiller, at udvalget vælger placering ved stationen.",
     "Så får vi en trafikanalyse og vælger placering på næste møde.", "postponed"),
    ("Økonomiudvalget indstiller, at buslinje 236 nedlægges.",
     "Så nedlægger vi aftenafgangene og beholder morgenafgangene.", "approved_with_remark"),
    ("Økonomiudvalget indstiller, at buslinje 236 nedlægges.", "Så beholder vi linjen.", "rejected"),
    ("Kommunaldirektøren indstiller,\n1. at Chefforum mødes hver anden uge", "Så prøver vi hver anden uge i et halvt år.",
     "approved_with_remark"),
    ("Forvaltningen indstiller, at biblioteket holdes lukket om lørdagen.", "Så holder vi åbent om lørdagen.",
     "rejected"),
    ("Kommunaldirektøren indstiller,\n1. at frokostordningen gøres obligatorisk", "Så bliver den frivillig.",
     "rejected"),
])
def test_round_61(indstilling, said, kind):
    case = item(9, "Sag", None, indstilling)
    assert _closed_by_chair(case, "Det har jeg en holdning til.", said).kind == kind


def test_round_62_an_alternative_adopted_on_an_indstilling_that_refuses():
    fruit = item(142, "Forslag om økologi", None, "Økonomiudvalget indstiller, at forslaget ikke imødekommes.")
    talk = (utt("Taler 2", 1.0, "Vi foreslår i stedet et mål om 60 procent økologi i 2025."),
            utt("Taler 3", 3.0, "Det kan vi støtte."),
            utt("Taler 1", 5.0, "Så vedtager vi et mål om 60 procent økologi i 2025."))
    assert draft_decision(fruit, talk, CHEFFORUM, chair="Taler 1").kind == "approved_with_remark"
    assert _closed_by_chair(fruit, "Vi følger forvaltningen.", "Så vedtager vi indstillingen.").kind == "rejected"


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    ("Kommunaldirektøren indstiller,\n1. at ledelsesgrundlaget godkendes",
     "Så tager vi det med på lederdagen som et udkast og godkender det bagefter.", "postponed"),
    ("Kommunaldirektøren indstiller,\n1. at Chefforum beslutter temaet for lederdagen",
     "Lad os tage arbejdsglæde i år og AI næste år.", "decided"),
])
def test_round_63(indstilling, said, kind):
    case = item(9, "Sag", None, indstilling)
    assert _closed_by_chair(case, "Det har jeg en holdning til.", said).kind == kind


def test_round_64_waiting_deciding_afterwards_a_task_given_along_and_news_from_a_national_body():
    canteen = item(83, "Kantineordning", None, "CBA indstiller, at den nye kantineordning godkendes.")
    talk = (utt("Taler 2", 1.0, "MED har ikke set den."), utt("Taler 1", 3.0, "Så venter vi. Jørgen, vil du tage den "
                                                                              "med på næste MED-møde?"),
            utt("Taler 2", 6.0, "Det gør jeg."))
    assert draft_decision(canteen, talk, CHEFFORUM, chair="Taler 1").kind == "postponed"
    system = item(106, "Ledelsesinformationssystem", None, "CBA indstiller, at der indkøbes et nyt system.")
    assert _closed_by_chair(system, "Vi skal se en demo.", "Så indkalder Lars leverandøren til en demo, og vi "
                            "beslutter bagefter.").kind == "postponed"
    pools = item(76, "Plan for svømmehaller", None, "Forvaltningen indstiller, at planen sendes i høring.")
    draft = _closed_by_chair(pools, "Skal vi holde et borgermøde i Jyllinge?", "Ja. Planen sendes i høring, og "
                             "udvalget holder et borgermøde i Jyllinge i høringsperioden.")
    assert draft.kind == "approved"
    plan = item(62, "Orientering om specialeplanlægning", None, "Administrationen indstiller, at orienteringen tages "
                "til efterretning.")
    assert _closed_by_chair(plan, "Sundhedsstyrelsen sender den endelige plan i oktober.", "Tak. Vi er orienteret."
                            ).followups == ()


def test_round_65_a_hesitation_between_commas_keeps_the_remark_clause():
    lights = item(150, "Gadebelysning", None, "Økonomiudvalget indstiller, at gadebelysningen udskiftes til LED.")
    draft = _closed_by_chair(lights, "LED-lyset er meget hvidt.", "Så skifter vi til LED, øh, med varmt lys.")
    assert draft.kind == "approved_with_remark" and "varmt lys" in draft.text
    cafes = item(46, "Genåbning af caféer og udendørs aktiviteter", None,
                 "Administrationen indstiller, at caféerne genåbnes 15. juni.")
    assert _closed_by_chair(cafes, "Caféerne er for tidligt.", "Så åbner vi udendørs, og caféerne, øh, venter til "
                            "august.").kind == "partly_approved"


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    ("Administrationen indstiller, at orienteringen tages til efterretning.",
     "Vi har besluttet at indføre en ny vagtplan. Tak for orienteringen.", "noted"),
    ("Administrationen indstiller, at orienteringen tages til efterretning.",
     "Vi har afvist 20 ansøgninger om tider. Tak for orienteringen.", "noted"),
    ("Administrationen indstiller, at klubhusene holdes lukket i juli.",
     "Så holder vi fodboldklubbens hus åbent og lukker resten.", "approved"),
    ("Forvaltningen indstiller, at udvalget vælger mellem de tre kunstnere.",
     "Så holder vi en udstilling og vælger på næste møde.", "postponed"),
    ("Økonomiudvalget indstiller, at vandplanen godkendes.", "Så sender vi den i høring hos landbruget først.",
     "postponed"),
])
def test_round_66(indstilling, said, kind):
    case = item(9, "Sag", None, indstilling)
    assert _closed_by_chair(case, "Det har jeg en holdning til.", said).kind == kind


@pytest.mark.parametrize(("talk", "indstilling", "kind"), [
    ((("Taler 2", "Vi anbefaler at deltage. Nabokommunerne har allerede meldt sig ind."),
      ("Taler 1", "Så melder vi os ind.")), "CBA indstiller, at kommunen deltager i netværket.", "approved"),
    ((("Taler 2", "Golfklubben. Vi har godkendt lignende ansøgninger fra andre klubber."),
      ("Taler 1", "Så giver vi 100.000.")), "Administrationen indstiller, at ansøgningen ikke imødekommes.", "approved"),
    ((("Taler 2", "Køberen har trukket sit bud tilbage."),
      ("Taler 1", "Så kan vi ikke sælge nu. Sagen kommer igen, når der er en ny køber.")),
     "Administrationen indstiller, at udvalget anbefaler salget.", "postponed"),
    ((("Taler 3", "Kan vi ikke nøjes med 10 og vente med taget?"),
      ("Taler 1", "Jo. Så giver vi 10 millioner, og taget venter til næste år.")),
     "Borgmesteren indstiller, at der gives en anlægsbevilling på 14 mio. kr.", "partly_approved"),
])
def test_round_67_advice_reports_not_now_and_a_part_given(talk, indstilling, kind):
    case = item(9, "Sag", None, indstilling)
    said = tuple(utt(speaker, 1.0 + 3 * k, text) for k, (speaker, text) in enumerate(talk))
    assert draft_decision(case, said, CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    ("Kommunaldirektøren indstiller,\n1. at et ledelsesprogram drøftes.",
     "Konklusionen bliver, at styregruppen arbejder videre med rammen.", "discussed"),
    ("Administrationen indstiller, at caféerne genåbnes 15. juni.",
     "Opsummerende genåbnes de udendørs aktiviteter, mens caféerne forbliver lukket.", "partly_approved"),
    ("Administrationen indstiller, at mødeplanen godkendes.",
     "Opsummerende godkendes mødeplanen med flytning af junimødet.", "approved_with_remark"),
])
def test_round_68_a_formal_summing_up(indstilling, said, kind):
    case = item(9, "Sag", None, indstilling)
    assert _closed_by_chair(case, "Det har jeg en holdning til.", said).kind == kind


def test_round_68_the_agreed_work_after_konklusionen_bliver_is_a_follow_up():
    theme = item(6, "Temadrøftelse om ledelsesprogram", None, "Kommunaldirektøren indstiller,\n1. at et "
                 "ledelsesprogram drøftes.")
    draft = _closed_by_chair(theme, "Rammen er god.", "Konklusionen bliver, at styregruppen arbejder videre med rammen.")
    assert [(f.who, f.what) for f in draft.followups] == [("Styregruppen", "arbejder videre med rammen")]


@pytest.mark.parametrize(("indstilling", "said"), [
    ("Borgmesteren indstiller,\n1. at driftsaftalen forlænges\n2. at tilskuddet hæves med 300.000 kr.",
     "Så forlænger vi aftalen, og tilskuddet venter til budgettet."),
    ("Administrationen indstiller, at udvalget anbefaler\n1. psykiatriplanen\n2. et akutteam\n3. lukning af afsnit 12",
     "Så anbefaler vi 1 og 2, men ikke 3."),
    ("CBA indstiller, at Direktionen:\n1. Godkender digital post\n2. Godkender lukning af postrummet\n"
     "3. Godkender opsigelse af frankeringsaftalen", "Så godkender vi indstilling 1 og 3, men postrummet lukker "
                                                     "først om et år."),
    ("Økonomiudvalget indstiller,\n1. at politikken vedtages\n2. at der nedsættes et landdistriktsråd",
     "Så vedtager vi politikken, men nedsætter ikke et nyt råd."),
    ("Økonomiudvalget indstiller,\n1. at Rold Skole lukkes\n2. at Arden Skole udbygges",
     "Så udbygger vi Arden, men Rold Skole fortsætter."),
])
def test_round_69_some_numbered_points_settled(indstilling, said):
    case = item(9, "Sag", None, indstilling)
    assert _closed_by_chair(case, "Det har jeg en holdning til.", said).kind == "partly_approved"


def test_round_69_a_remark_naming_a_point_is_no_point_left_out():
    leaders = item(3, "Lederudvikling", None, "CBA indstiller, at Direktionen:\n1. Godkender en velkomstpakke\n"
                   "2. Godkender at netværkene justeres\n3. Godkender en erfaringsindsamling")
    draft = _closed_by_chair(leaders, "Mentor til alle.", "Direktionen godkendte sagens indstillinger med præcisering "
                             "til indstilling 1, at alle nye ledere får en mentor.")
    assert draft.kind == "approved_with_remark"


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    # one numbered point kept for later by its name, after the approval of the others
    ("Kommunaldirektøren indstiller,\n1) at status tages til efterretning\n2) at AI retningslinjer godkendes\n"
     "3) at igangsættelse af AI-Awarenessforløb godkendes",
     "Så godkender vi retningslinjerne, og forløbet tager vi stilling til efter sommerferien.", "partly_approved"),
    # … but a thing the Indstilling does not name is no point of it
    ("CBA indstiller, at den nye organisering godkendes.",
     "Så går vi videre med det, og skolerne tager vi stilling til senere.", "approved"),
    # the thing as the subject of the Indstilling's verb, on another date than proposed
    ("Administrationen indstiller, at caféerne genåbnes 15. juni.", "Så genåbner caféerne 1. juli.",
     "approved_with_remark"),
    ("Administrationen indstiller, at caféerne genåbnes 15. juni.", "Så genåbner caféerne ikke.", "rejected"),
    # the opposite of the Indstilling for now, looked at again later
    ("Administrationen indstiller, at caféerne genåbnes 15. juni.",
     "Så holder vi caféerne lukket indtil videre og ser på det igen i august.", "postponed"),
    ("Administrationen indstiller, at caféerne genåbnes 15. juni.", "Så holder vi caféerne lukket.", "rejected"),
    # "Så giver det ingen mening" is no grant
    ("Borgmesteren indstiller, at der gives en anlægsbevilling på 12 mio. kr.",
     "Så giver det ingen mening at renovere. Nej fra os.", "rejected"),
])
def test_round_70(indstilling, said, kind):
    case = item(9, "Sag", None, indstilling)
    assert _closed_by_chair(case, "Det har jeg en holdning til.", said).kind == kind


def test_round_70_the_forum_joining_recommendations_approves_them():
    advice = item(50, "Godkendelse af anbefalinger fra Projektudvalget", None,
                  "Administrationen indstiller, at\n  1. anbefalinger til plejecentre godkendes")
    draft = _closed_by_chair(advice, "Projektudvalget anbefaler, at plejecentrene samarbejder med frivillige.",
                             "Det er gode anbefalinger. Udvalget kan tilslutte sig dem.")
    assert draft.kind == "approved"


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    # the verb before its subject after "så"
    ("Borgmesteren indstiller, at Vækststrategien godkendes.", "Så udgår punktet i dag.", "postponed"),
    ("Administrationen indstiller, at caféerne genåbnes 15. juni.",
     "Så lader vi den ligge, til vi kender de nye retningslinjer.", "postponed"),
    # on to the body that decides
    ("Administrationen indstiller, at udvalget anbefaler afrapporteringen godkendt.",
     "Så indstiller vi til forretningsudvalget, at afrapporteringen godkendes.", "recommended"),
    # the thing first as the item's last words, with other weeks than proposed
    ("Administrationen indstiller, at svømmehallen holdes lukket i uge 28-31.",
     "Lad os gøre det. Svømmehallen lukker i uge 29 og 30.", "approved_with_remark"),
])
def test_round_71(indstilling, said, kind):
    case = item(9, "Sag", None, indstilling)
    assert _closed_by_chair(case, "Det har jeg en holdning til.", said).kind == kind


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    # a remark referred back to by its noun
    ("Administrationen indstiller, at der frigives 1,2 mio. kr. til renovering af legepladser.",
     "Godt. Midlerne frigives med den prioritering.", "approved_with_remark"),
    # keeping what there is, against something new
    ("CBA indstiller, at kommunen tilslutter sig den fælles rekrutteringsportal.", "Så bliver vi på den, vi har.",
     "rejected"),
    ("Administrationen indstiller, at kontrakten med den nuværende leverandør forlænges i to år.",
     "Så fortsætter vi med den, vi har.", "approved"),
    # looked into further first
    ("Økonomiudvalget indstiller, at takstbladet godkendes.", "Udvalget ønsker sagen belyst yderligere.", "postponed"),
    # another duration or amount than proposed
    ("Administrationen indstiller, at kontrakten med den nuværende leverandør forlænges i to år.",
     "Så forlænger vi kontrakten med et år.", "approved_with_remark"),
    ("Forvaltningen indstiller, at der bevilges 250.000 kr. til nyt lydanlæg.",
     "Så giver vi dem 200.000, og resten må de selv finde.", "approved_with_remark"),
    ("Forvaltningen indstiller, at der bevilges 250.000 kr. til nyt lydanlæg.", "Så giver vi dem 250.000.",
     "approved"),
])
def test_round_72(indstilling, said, kind):
    case = item(9, "Sag", None, indstilling)
    assert _closed_by_chair(case, "Det har jeg en holdning til.", said).kind == kind


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    # the chair's decision in the main-clause order reads as "Så <verb>er vi …"
    ("Kommunaldirektøren indstiller, at kommissoriet godkendes.", "Vi nedsætter ikke nogen gruppe. HR tager opgaven.",
     "rejected"),
    ("Økonomiudvalget indstiller, at forslaget ikke imødekommes.", "Vi laver et forsøg på to skoler i stedet.",
     "approved_with_remark"),
    ("Administrationen indstiller, at ansøgningen afslås.", "Vi giver dispensationen for en prøveperiode på tre måneder.",
     "approved"),
    ("Administrationen indstiller, at ansøgningen imødekommes med 250.000 kr.", "Vi giver 300.000 kroner.",
     "approved_with_remark"),
    ("Kommunaldirektøren indstiller,\n1. at alle ledere gennemfører kurset inden 1. oktober",
     "Godt, vi rykker fristen til 1. november.", "approved_with_remark"),
    ("Økonomiudvalget indstiller, at politikken vedtages.", "Vi vedtager politikken med et afsnit om de unge.",
     "approved_with_remark"),
    # … but a "nej" that answers stays where it was said, and opinions and advice are not moved
    ("Administrationen indstiller, at programmet drøftes.", "Nej, vi holder rækkefølgen.", "discussed"),
])
def test_round_73_the_main_clause_order(indstilling, said, kind):
    case = item(9, "Sag", None, indstilling)
    assert _closed_by_chair(case, "Det har jeg en holdning til.", said).kind == kind


def test_round_73_a_remark_quoted_in_the_order_it_was_said():
    grant = item(9, "Tilskud", None, "Administrationen indstiller, at ansøgningen imødekommes med 250.000 kr.")
    draft = _closed_by_chair(grant, "Det har jeg en holdning til.", "Vi giver 300.000 kroner.")
    assert "»Vi giver 300.000 kroner.«" in draft.text


def test_round_73_deciding_not_to_on_an_item_that_asks_whether_is_a_decision():
    folkemode = item(9, "Deltagelse i Folkemødet", None,
                     "Kommunaldirektøren indstiller,\n1. at Chefforum beslutter, om kommunen deltager i Folkemødet")
    assert _closed_by_chair(folkemode, "Så synes jeg, vi skal stå over.", "Enig. Vi deltager ikke i år.").kind == \
        "decided"


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    ("Koncerndirektionen indstiller, at regionen indgår i det fælles indkøb.",
     "Så indgår regionen ikke i det fælles indkøb. Så går vi videre til næste punkt.", "rejected"),
    ("Forvaltningen indstiller, at timeprisen fastsættes til 400 kr.",
     "Så bliver den ikke hævet. Næste punkt er onboarding.", "rejected"),
    ("Forvaltningen indstiller, at regnskabet godkendes.",
     "Så godkender vi regnskabet med den tilføjelse, at revisionen ser på lønnen. Vi går videre til punkt 5.",
     "approved_with_remark"),
])
def test_round_74_the_chair_moving_on_is_not_the_last_word(indstilling, said, kind):
    case = item(9, "Sag", None, indstilling)
    assert _closed_by_chair(case, "Det er for dyrt.", said).kind == kind


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    # a full stop where the chair paused before "men" or "og"
    ("Administrationen indstiller, at caféerne genåbnes 15. juni.",
     "Vi åbner caféerne den 15. juni. Men kun for beboere og pårørende i første omgang.", "approved_with_remark"),
    ("CBA indstiller, at Direktionen:\n1. Godkender a\n2. Godkender b\n3. Godkender c\n4. Godkender d\n5. Godkender e",
     "Ja. Så godkender vi 1 til 3. Og 4 og 5 udsætter vi til næste møde.", "partly_approved"),
    # … not a decision of its own after it
    ("Borgmesteren indstiller, at orienteringen tages til efterretning.",
     "Det må vi tage med i budgetlægningen. Men for nu tager vi prognosen til orientering.", "noted"),
])
def test_round_75_a_sentence_that_goes_on(indstilling, said, kind):
    case = item(9, "Sag", None, indstilling)
    assert _closed_by_chair(case, "Det har jeg en holdning til.", said).kind == kind


def test_round_75_the_remark_after_a_full_stop_is_carried():
    leaders = item(3, "Lederudvikling", None, "CBA indstiller, at Direktionen godkender de seks indstillinger.")
    draft = _closed_by_chair(leaders, "Erfaringsindsamlingen er for løst beskrevet.",
                             "Vi godkender alle seks indstillinger. Men erfaringsindsamlingen skal have en tidsplan.")
    assert draft.kind == "approved_with_remark" and "erfaringsindsamlingen skal have en tidsplan" in draft.text


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    ("Forvaltningen indstiller, at timeprisen fastsættes til 400 kr.", "Så bliver den ikke hævet. Tak.", "rejected"),
    ("Forvaltningen indstiller, at timeprisen fastsættes til 400 kr.", "Så må den en tur forbi MED først. Tak for det.",
     "postponed"),
    ("Administrationen indstiller, at idrætspolitikken sendes i høring.",
     "Okay. Ja, det skriver vi ind. Og så sender vi den i høring.", "approved_with_remark"),
])
def test_round_76_thanks_after_and_an_okay_before_change_nothing(indstilling, said, kind):
    case = item(9, "Sag", None, indstilling)
    assert _closed_by_chair(case, "Der mangler noget om handicapidræt.", said).kind == kind


def test_round_76_a_members_thanks_after_the_decision_changes_nothing():
    fee = item(9, "Timepriser", None, "Forvaltningen indstiller, at timeprisen fastsættes til 400 kr.")
    talk = [utt("Taler 2", 1.0, "Det er for dyrt."), utt("Taler 1", 6.0, "Så bliver den ikke hævet."),
            utt("Taler 2", 9.0, "Tak.")]
    meeting = Meeting("Økonomiudvalget", dt.date(2025, 6, 19), items=(fee,))
    assert draft_decisions(meeting, {9: talk}, talk)[9].kind == "rejected"


def test_round_76_thanks_that_answer_a_message_stay():
    news = item(5, "Meddelelser", None, None)
    talk = [utt("Taler 1", 1.0, "Meddelelser: Sekretariatet er flyttet til Hillerød."), utt("Taler 2", 6.0, "Tak for det.")]
    meeting = Meeting("Udvalget", dt.date(2025, 6, 19), items=(news,))
    assert draft_decisions(meeting, {5: talk}, talk)[5].kind == "noted"


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    # modal particles and a spoken opening say nothing of the decision
    ("Administrationen indstiller, at svømmehallen holdes lukket i uge 28-31.",
     "Så holder vi jo bare lukket i uge 29 til 31 i stedet.", "approved_with_remark"),
    ("Kommunaldirektøren indstiller, at kommissoriet godkendes.", "Jamen, så nedsætter vi ikke nogen gruppe.",
     "rejected"),
    ("Koncerndirektionen indstiller, at puljen udmøntes som foreslået.",
     "Jamen, det er der ikke flertal for. Puljen udmøntes som foreslået.", "approved"),
    # "ikke bare" is "not only", and stays
    ("Økonomiudvalget indstiller, at politikken vedtages.", "Så vedtager vi ikke bare politikken, men også en plan.",
     "approved"),
    # the forum naming itself
    ("Økonomiudvalget indstiller, at politikken vedtages.", "Så vedtager udvalget politikken med et afsnit om de unge.",
     "approved_with_remark"),
])
def test_round_77_the_small_words_of_speech(indstilling, said, kind):
    case = item(9, "Sag", None, indstilling)
    assert _closed_by_chair(case, "Der er et forslag om at udskyde.", said).kind == kind


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    # some points backed by the room, one kept waiting
    ("CBA indstiller, at Direktionen:\n1. Godkender velkomstpakken\n2. Godkender netværkene\n3. Godkender lederdagen",
     "Så er der opbakning til de to første, og lederdagen venter vi med til efter budgettet.", "partly_approved"),
    # no call to decide today, and a thing shelved until something is known, put it off
    ("Borgmesteren indstiller, at Vækststrategien godkendes.",
     "Så er der ingen grund til at beslutte noget i dag. Den kommer på igen på næste møde.", "postponed"),
    ("Administrationen indstiller, at udvalget anbefaler salget.",
     "Så lægger vi salget på hylden, indtil den plan ligger klar.", "postponed"),
    # the object first: "Den kan vi tilslutte os"
    ("Koncerndirektionen indstiller, at den videre proces godkendes.", "Den kan vi tilslutte os.", "approved"),
    # waiting to see how things turn out on an orientation puts nothing off; on a case to decide it does
    ("Administrationen indstiller, at orienteringen tages til efterretning.",
     "Så må vi vente og se. Tak for orienteringen.", "noted"),
    ("CBA indstiller, at den nye kantineordning godkendes.", "Så venter vi og ser, hvad de siger.", "postponed"),
    # another month than the Indstilling's date, also in the second clause, and another price in words
    ("Administrationen indstiller, at caféerne genåbnes 15. juni.", "Så åbner caféerne i august.",
     "approved_with_remark"),
    ("Administrationen indstiller, at caféerne genåbnes 15. juni.",
     "Så starter udendørsaktiviteterne 15. juni, og caféerne åbner i august.", "approved_with_remark"),
    ("Administrationen indstiller, at caféerne genåbnes 15. juni.", "Så åbner caféerne 15. juni.", "approved"),
    ("Forvaltningen indstiller, at timeprisen fastsættes til 400 kr.",
     "Så fastsætter vi prisen til 400 kroner, og børne- og ungdomshold får halv pris.", "approved_with_remark"),
])
def test_round_78_shelved_backed_and_another_month(indstilling, said, kind):
    case = item(9, "Sag", None, indstilling)
    assert _closed_by_chair(case, "Det er der flere holdninger til.", said).kind == kind


@pytest.mark.parametrize(("title", "indstilling", "said", "kind"), [
    # what the room agrees on is read for what it decides: a name
    ("Navngivning af ny idrætshal", "Forvaltningen indstiller, at udvalget beslutter navnet på den nye hal.",
     "Så er der enighed om, at hallen skal hedde Trekroner Hallen.", "decided"),
    # the meeting's own date settled under Meddelelser
    ("Meddelelser", None, "Så holder vi mødet onsdag den 30. maj klokken 18.30.", "decided"),
    ("Meddelelser", None, "Opsummerende holder udvalget sit møde den 30. maj.", "decided"),
    # agreement on an approval stays an approval
    ("Godkendelse af halfordeling", "Administrationen indstiller, at halfordelingen godkendes.",
     "Så er der enighed om, at vi godkender halfordelingen.", "approved"),
])
def test_round_79_agreed_names_and_dates(title, indstilling, said, kind):
    case = item(9, title, None, indstilling)
    assert _closed_by_chair(case, "Der er flere forslag.", said).kind == kind


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    # the meeting's date settled under Meddelelser, however it is said
    (None, "Så afholder vi mødet onsdag den 30. maj klokken 18.30.", "decided"),
    (None, "Så rykker vi det ordinære møde til den 30. maj.", "decided"),
    (None, "Så afholdes det ordinære møde den 30. maj.", "decided"),
    (None, "Godt, så bliver det onsdag den 30. maj.", "decided"),
    (None, "Så mødes vi onsdag den 30. maj i stedet.", "decided"),
    # news of a date is taken to efterretning
    (None, "Næste møde flyttes til den 9. oktober.", "noted"),
    # an Indstilling that proposes the date: another date is its remark
    ("Administrationen indstiller, at mødet flyttes til den 3. december.",
     "Så flytter vi mødet til den 10. december i stedet.", "approved_with_remark"),
])
def test_round_79_a_meetings_date_settled(indstilling, said, kind):
    case = item(5, "Meddelelser", None, indstilling)
    talk = [utt("Taler 1", 1.0, "Vi skal finde en ny dato for det ordinære møde i maj, fordi det falder sammen med byrådet."),
            utt("Taler 2", 6.0, "Onsdag den 30. maj passer mig."), utt("Taler 1", 11.0, said)]
    meeting = Meeting("Udvalget", dt.date(2025, 6, 19), items=(case,))
    assert draft_decisions(meeting, {5: talk}, talk)[5].kind == kind


_AI_TALK = ("Kommunaldirektøren indstiller,\n1) at status på anvendelse af AI-løsninger tages til efterretning\n"
            "2) at AI retningslinjer godkendes\n3) at igangsættelse af AI-Awarenessforløb godkendes")


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    # a condition on each unit, said after the approval in either word order, or in the sentence after it
    (_AI_TALK, "Godkendt, men hver afdeling skal udpege to til fire superbrugere.", "approved_with_remark"),
    (_AI_TALK, "Vi siger ja til alle tre, og så udpeger hver afdeling to til fire superbrugere.", "approved_with_remark"),
    (_AI_TALK, "Indstillingerne er godkendt. Hver afdeling udpeger to til fire superbrugere, og formålsbeskrivelsen "
               "kommer tilbage til Chefforum.", "approved_with_remark"),
    ("Økonomiudvalget indstiller,\n1. at affaldsplanen vedtages\n2. at der indføres sortering",
     "Alle tre indstillinger er vedtaget.", "approved"),
    # the case itself coming back after an approval still puts it off
    ("Kommunaldirektøren indstiller, at planen godkendes.", "Planen er godkendt. Sagen kommer tilbage i maj.",
     "postponed"),
    # a condition in the passive with a modal
    ("CBA indstiller, at Direktionen godkender de fem indstillinger.",
     "Alle fem er godkendt, og lederdagen kan holdes som to halve dage.", "approved_with_remark"),
    # a refusal, then what is wanted first, is the refusal (seed 000, item 7); the case put off stays put off
    ("CBA indstiller, at Direktionen godkender en afprøvende tilgang til AI.",
     "Så godkender vi ikke indstillingerne. Vi er enige i den afprøvende tilgang, men vil have ambitionsniveauet "
     "kvalificeret først.", "rejected"),
    ("CBA indstiller, at Direktionen godkender en afprøvende tilgang til AI.",
     "Så godkender vi ikke indstillingerne i dag. Vi udsætter dem, til vi har talt med centercheferne først.",
     "postponed"),
    # one part opened, another waiting or said no to in few words
    ("Administrationen indstiller, at caféerne genåbnes 15. juni.",
     "Så genåbner vi de udendørs aktiviteter, men caféerne venter.", "partly_approved"),
    ("Administrationen indstiller, at caféerne genåbnes 15. juni.", "Udendørs ja, caféerne nej, indtil videre.",
     "partly_approved"),
    # on to the bodies that decide
    ("Administrationen indstiller, at udvalget anbefaler udmøntningen.",
     "Så indstiller vi det til forretningsudvalget og regionsrådet.", "recommended"),
])
def test_round_80_closing_variants_of_the_real_items(indstilling, said, kind):
    case = item(9, "Sag", None, indstilling)
    assert _closed_by_chair(case, "Der er et par bemærkninger.", said).kind == kind


@pytest.mark.parametrize("said", ["Så lander vi på onsdag den 30. maj klokken 18.30.",
                                  "Godt. Udvalget holder sit ordinære møde onsdag den 30. maj klokken 18.30."])
def test_round_80_the_date_landed_on(said):
    case = item(5, "Meddelelser", None, None)
    talk = [utt("Taler 1", 1.0, "Vi skal finde en ny dato for det ordinære møde i maj."),
            utt("Taler 2", 6.0, "Onsdag den 30. maj passer mig."), utt("Taler 1", 11.0, said)]
    meeting = Meeting("Udvalget", dt.date(2025, 6, 19), items=(case,))
    assert draft_decisions(meeting, {5: talk}, talk)[5].kind == "decided"


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    # not taking a stand today, and taking a thing when something is there, put it off
    ("Borgmesteren indstiller, at Vækststrategien godkendes.", "Så tager vi ikke stilling i dag.", "postponed"),
    ("Forvaltningen indstiller, at regnskabet godkendes.",
     "Så tager vi regnskabet, når revisionens bemærkninger foreligger.", "postponed"),
    # a refusal said as "et afslag"; not a part refused inside an approval
    ("Forvaltningen indstiller, at der gives en underskudsgaranti på 200.000 kr.", "Det bliver et afslag.", "rejected"),
    ("Udvalget for regional udvikling anbefaler, at puljen udmøntes som foreslået.",
     "Til referat: Puljen udmøntes som foreslået, dog ikke projektet i Thisted, som får afslag.",
     "approved_with_remark"),
    # one part started on a date, the other taken up in a named month; "senere" about a thing the Indstilling
    # does not name stays an approval
    ("Administrationen indstiller, at caféerne genåbnes 15. juni.",
     "Så genåbner de udendørs aktiviteter den 15. juni, og caféerne tager vi stilling til i august.", "partly_approved"),
    ("Administrationen indstiller, at caféerne genåbnes 15. juni.",
     "De udendørs aktiviteter kan starte, caféerne forbliver lukkede indtil videre.", "partly_approved"),
    ("CBA indstiller, at den nye it-support godkendes.",
     "Så går vi videre med det, og skolerne tager vi stilling til senere.", "approved"),
])
def test_round_81_stands_not_taken_and_refusals_in_a_word(indstilling, said, kind):
    case = item(9, "Sag", None, indstilling)
    assert _closed_by_chair(case, "Der er et par bemærkninger.", said).kind == kind


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    # "går igennem" passes it, "går ikke igennem" does not
    ("Koncerndirektionen indstiller, at der gives en anlægsbevilling på 3,5 mio. kr.",
     "Anlægsbevillingen på 3,5 millioner. Den går igennem.", "approved"),
    ("CBA indstiller, at Direktionen godkender en afprøvende tilgang til AI.", "Så den går ikke igennem i dag.",
     "rejected"),
    # something to be approved later, made by others, is the approval's remark
    (_AI_TALK, "Chefforum godkender indstillingen, og superbrugerne laver en formålsbeskrivelse, som vi skal godkende.",
     "approved_with_remark"),
])
def test_round_82_passed_and_to_be_approved_later(indstilling, said, kind):
    case = item(9, "Sag", None, indstilling)
    assert _closed_by_chair(case, "Der er et par bemærkninger.", said).kind == kind


def test_round_82_goes_through_said_by_the_chair_alone():
    grant = item(14, "Anlægsbevilling", None, "Koncerndirektionen indstiller, at der gives en anlægsbevilling på 3,5 mio. kr.")
    talk = [utt("Taler 1", 1.0, "Anlægsbevillingen på 3,5 millioner. Den går igennem.")]
    meeting = Meeting("Regionsrådet", dt.date(2020, 11, 24), items=(grant,))
    assert draft_decisions(meeting, {14: talk}, talk)[14].kind == "approved"


@pytest.mark.parametrize("said", ["Jeg har ingen meddelelser i dag.",
                                  "Der er afbud fra Thomas Hav, og Per Larsen er forsinket. Og så har jeg truffet en "
                                  "formandsbeslutning om en kontrakt, som I kan læse om i bilaget."])
def test_round_83_news_told_by_the_chair_alone_is_taken_to_efterretning(said):
    news = item(1, "Meddelelse fra formanden", None, None)
    talk = [utt("Taler 1", 1.0, said)]
    meeting = Meeting("Regionsrådet", dt.date(2020, 11, 24), items=(news,))
    assert draft_decisions(meeting, {1: talk}, talk)[1].kind == "noted"


def test_round_83_an_item_only_announced_is_not_taken_to_efterretning():
    news = item(1, "Meddelelser", None, None)
    talk = [utt("Taler 1", 1.0, "Meddelelser.")]
    meeting = Meeting("Regionsrådet", dt.date(2020, 11, 24), items=(news,))
    assert draft_decisions(meeting, {1: talk}, talk)[1].kind != "noted"


@pytest.mark.parametrize(("indstilling", "talk", "kind"), [
    # nobody wants the floor: a yes
    ("Koncerndirektionen indstiller, at afskrivningen godkendes.",
     [("Taler 1", "Afskrivningen for 2020. Ingen ønsker ordet.")], "approved"),
    # an Indstilling that notes one thing and approves another, assented to, is approved
    ("Koncerndirektionen indstiller, at opfølgningen tages til efterretning og at den videre proces godkendes.",
     [("Taler 1", "Klimahandlingsplanerne. Den videre proces er beskrevet. Der er ingen indvendinger.")], "approved"),
    ("Administrationen indstiller, at orienteringen tages til efterretning.",
     [("Taler 2", "Udgiftsdriverne peger på hjemmeplejen."), ("Taler 1", "Det er fint.")], "noted"),
    # the secretary writing down the choice takes nothing to efterretning
    ("Administrationen indstiller, at udvalget beslutter, hvilke politikker der følges op på.",
     [("Taler 2", "Hvilke politikker vil I følge op på?"), ("Taler 1", "Værdighedspolitikken."),
      ("Taler 2", "Den noterer jeg.")], "decided"),
    # "Den er fin." assents
    ("Administrationen indstiller, at dagsordenen godkendes.",
     [("Taler 1", "Dagsordenen for i dag."), ("Taler 2", "Den er fin.")], "approved"),
])
def test_round_84_no_decision_word(indstilling, talk, kind):
    case = item(9, "Sag", None, indstilling)
    said = [utt(speaker, 1.0 + 5 * k, text) for k, (speaker, text) in enumerate(talk)]
    meeting = Meeting("Udvalget", dt.date(2025, 6, 19), items=(case,))
    assert draft_decisions(meeting, {9: said}, said)[9].kind == kind


@pytest.mark.parametrize(("indstilling", "talk", "kind"), [
    # nobody objects: the "Nej." answers the objection, not the case
    ("Borgmesteren indstiller, at Vækststrategien godkendes.",
     [("Taler 2", "Vækststrategien."), ("Taler 1", "Er der nogen, der er imod?"), ("Taler 3", "Nej.")], "approved"),
    # "Så er den faldet" refuses; "… faldet på plads" does not
    ("Økonomidirektøren indstiller, at lejeforhøjelsen godkendes.",
     [("Taler 1", "Kan byrådet godkende den?"), ("Taler 3", "Nej."), ("Taler 4", "Nej."), ("Taler 1", "Så er den faldet.")],
     "rejected"),
    ("Økonomidirektøren indstiller, at lejeforhøjelsen godkendes.",
     [("Taler 3", "Beboerne er med."), ("Taler 1", "Så er den faldet på plads.")], "approved"),
    # not able to approve it yet, and a case dealt with when an answer has come, put it off
    ("Forvaltningen indstiller, at regnskabet godkendes.",
     [("Taler 3", "Revisionen mangler."), ("Taler 1", "Så kan vi ikke godkende det endnu.")], "postponed"),
    ("Borgmesteren indstiller, at Vækststrategien godkendes.",
     [("Taler 3", "Erhvervsrådets svar mangler."), ("Taler 1", "Så behandler vi den, når svaret er kommet.")],
     "postponed"),
    # the passive negated with its object between
    ("Forvaltningen indstiller, at der gives en underskudsgaranti på 200.000 kr.",
     [("Taler 1", "Skal vi give den?"), ("Taler 3", "Nej."), ("Taler 1", "Så gives den ikke.")], "rejected"),
])
def test_round_85_the_issues_forms_said_anew(indstilling, talk, kind):
    case = item(9, "Sag", None, indstilling)
    said = [utt(speaker, 1.0 + 5 * k, text) for k, (speaker, text) in enumerate(talk)]
    meeting = Meeting("Udvalget", dt.date(2025, 6, 19), items=(case,))
    assert draft_decisions(meeting, {9: said}, said)[9].kind == kind


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    # a requirement added to the approval
    ("CBA indstiller, at Direktionen godkender de fem indstillinger.", "Alle godkendt, og mentor er et krav.",
     "approved_with_remark"),
    # one part open, the other waiting, with only a comma between
    ("Administrationen indstiller, at caféerne genåbnes 15. juni.", "Udendørs åbner 15. juni, caféerne venter.",
     "partly_approved"),
    # talk after the decision does not change it
    ("Økonomidirektøren indstiller, at lejeforhøjelsen godkendes.",
     "Den godkender vi ikke. Boligselskabet får besked i morgen.", "rejected"),
])
def test_round_86_requirements_and_parts_after_a_comma(indstilling, said, kind):
    case = item(9, "Sag", None, indstilling)
    assert _closed_by_chair(case, "Der er et par bemærkninger.", said).kind == kind


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    # "vedtage" reads as "godkende" in every form the rules know
    ("Kommunaldirektøren indstiller, at årshjulet godkendes.",
     "Det sætter vi ind i juni. Så er årshjulet vedtaget med det.", "approved_with_remark"),
    ("Kommunaldirektøren indstiller,\n1. at dagsordenen godkendes\n2. at referat godkendes",
     "Dagsordenen er vedtaget. Referatet retter vi og vedtager på næste møde.", "partly_approved"),
    (_AI_TALK, "Chefforum vedtager indstillingen, og superbrugerne laver en formålsbeskrivelse, som vi skal vedtage.",
     "approved_with_remark"),
])
def test_round_87_the_decision_verbs_synonyms(indstilling, said, kind):
    case = item(9, "Sag", None, indstilling)
    assert _closed_by_chair(case, "Der er et par bemærkninger.", said).kind == kind


@pytest.mark.parametrize(("said", "kind"), [
    # "skyde" is to put off, said every way "udsætte" is; "skyde i gang" is to start
    ("Så skyder vi den.", "postponed"),
    ("Så skyder vi punktet, til vi har fået forklaringen.", "postponed"),
    ("Den skyder vi til november.", "postponed"),
    ("Så skyder vi den, og forvaltningen sender den til erhvervsrådet.", "postponed"),
    ("Så godkender vi 1 til 3, og 4 og 5 skyder vi til næste møde.", "partly_approved"),
    ("Så skyder vi den i gang.", "approved"),
])
def test_round_88_skyde_puts_off(said, kind):
    case = item(9, "Sag", None, "CBA indstiller,\n1. at a godkendes\n2. at b godkendes\n3. at c godkendes\n"
                                "4. at d godkendes\n5. at e godkendes")
    assert _closed_by_chair(case, "Der er et par bemærkninger.", said).kind == kind


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    # the meeting's support read as its approval, with every reading an approval has
    ("Kommunaldirektøren indstiller, at budgettet på 80.000 kr. godkendes.",
     "Så bakker vi op om den på betingelse af, at servicemålene følges op hvert kvartal.", "approved_with_remark"),
    ("Kommunaldirektøren indstiller, at den nye mødestruktur godkendes.",
     "Så fastholder vi torsdage, og ellers bakker vi op om den nye struktur.", "approved_with_remark"),
    ("Kommunaldirektøren indstiller, at kommissoriet godkendes.",
     "Vi skærer ned til otte. Med det siger vi ja til kommissoriet.", "approved_with_remark"),
    ("CBA indstiller, at rengøringen godkendes.", "Den bakker vi op om med rengøring hver anden uge.",
     "approved_with_remark"),
    (_AI_TALK, "Så siger vi ja til et og to og nej til forløbet.", "partly_approved"),
    (_AI_TALK, "Så bakker vi ikke op om indstillingen.", "rejected"),
    # some points by their place, the rest parked
    ("CBA indstiller,\n1. at a godkendes\n2. at b godkendes\n3. at c godkendes\n4. at d godkendes\n5. at e godkendes",
     "Så siger vi ja til de fire første. Talentforløbet er parkeret.", "partly_approved"),
    # "indstiller vi" recommends as "anbefaler vi" does
    ("Administrationen indstiller, at udvalget anbefaler afrapporteringen godkendt.",
     "Så indstiller vi afrapporteringen godkendt.", "recommended"),
    ("Administrationen indstiller, at udvalget anbefaler bevillingen.", "Så indstiller vi bevillingen over for byrådet.",
     "recommended"),
    # "parkere" puts off as "skyde" does
    ("Forvaltningen indstiller, at regnskabet godkendes.", "Det parkerer vi, til revisionen har været der.",
     "postponed"),
])
def test_round_89_support_said_as_approval(indstilling, said, kind):
    case = item(9, "Sag", None, indstilling)
    assert _closed_by_chair(case, "Der er et par bemærkninger.", said).kind == kind


def test_round_89_only_the_meetings_support_reads_as_approval():
    from referat.minutes.sentences import said_plainly
    assert said_plainly("Så bakker vi op om planen.") == "Så godkender vi planen."
    assert said_plainly("Vi siger ja til planen.") == "Vi godkender planen."
    assert said_plainly("Jeg bakker op om planen.") == "Jeg bakker op om planen."  # a member's view


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    # what the meeting agreed to do is read as doing it, with every reading that has
    ("CBA indstiller, at den nye organisering godkendes.",
     "Så er vi enige om at godkende organiseringen med en fast træffetid på institutionerne.", "approved_with_remark"),
    ("Borgmesteren indstiller, at grunden sælges til højestbydende.", "Så er vi enige om ikke at sælge grunden.",
     "rejected"),
    ("Kommunaldirektøren indstiller, at planen godkendes.", "Vi er enige om at udsætte planen til august.",
     "postponed"),
])
def test_round_90_agreed_to_do_is_doing(indstilling, said, kind):
    case = item(9, "Sag", None, indstilling)
    assert _closed_by_chair(case, "Der er et par bemærkninger.", said).kind == kind


@pytest.mark.parametrize(("indstilling", "said", "kind", "text"), [
    # points by their numbers alone, the rest to come back
    ("CBA indstiller,\n1. at a godkendes\n2. at b godkendes\n3. at c godkendes\n4. at d godkendes\n5. at e godkendes",
     "Så gør vi sådan, at et til tre er godkendt, og fire og fem kommer tilbage på et senere møde.", "partly_approved",
     "Chefforum godkendte indstilling 1 til 3 og udsatte indstilling 4 og 5."),
    # what it is settled with
    ("Administrationen indstiller, at halfordelingen godkendes.",
     "Godt, så er halfordelingen på plads med de to timer til håndbold.", "approved_with_remark",
     "Chefforum godkendte indstillingen med de to timer til håndbold."),
    # something still to come into it
    ("Borgmesteren indstiller, at Vækststrategien godkendes.",
     "Vi godkender strategien, men der skal et afsnit ind om landdistrikterne.", "approved_with_remark",
     "Chefforum godkendte indstillingen med den bemærkning, at der skal et afsnit ind om landdistrikterne."),
    # the act done for some only; "for voksne" is said of the whole
    ("CBA indstiller, at der indføres mødefri fredag.", "Så indfører vi mødefri fredag for interne møder.",
     "approved_with_remark", None),
    ("Forvaltningen indstiller, at billetprisen hæves til 45 kr.", "Så er prisen hævet til 45 kroner for voksne.",
     "approved", None),
])
def test_round_91_points_by_number_and_what_an_approval_is_settled_with(indstilling, said, kind, text):
    draft = _closed_by_chair(item(9, "Sag", None, indstilling), "Der er et par bemærkninger.", said)
    assert draft.kind == kind
    assert text is None or draft.text == text


def test_round_91_a_new_proposal_wished_for_after_a_refusal_is_a_follow_up():
    draft = _closed_by_chair(KI_ITEM, "Jeg kan ikke se, hvad pengene skal bruges til.",
                             "Vi siger nej til indstillingen i dag, og så vil vi gerne se et nyt oplæg med en konkret plan.")
    assert draft.kind == "rejected"
    assert [(f.who, f.what, f.when) for f in draft.followups] == [(None, "et nyt oplæg med en konkret plan", None)]


@pytest.mark.parametrize(("wish", "kind"), [
    # a point added to today's agenda is a change of it; one wished for a later meeting is not
    ("Jeg vil gerne tilføje et punkt om sommerferieplanen under eventuelt.", "approved_with_remark"),
    ("Jeg vil gerne tilføje et punkt om sommerferieplanen på næste møde.", "approved"),
])
def test_round_92_a_point_added_to_the_agenda(wish, kind):
    agenda = item(1, "Godkendelse af dagsorden og referat", None, "Kommunaldirektøren indstiller, at dagsordenen godkendes.")
    talk = (utt("Taler 1", 1.0, f"Dagsorden og referat. {wish}"), utt("Taler 2", 6.0, "Fint."),
            utt("Taler 1", 9.0, "Så er dagsordenen godkendt med det ekstra punkt."))
    assert draft_decision(agenda, talk, CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("said", "followups"), [
    ("Regionen går med i det fælles indkøb, og administrationen ser på et lokalt lager.",
     [("Administrationen", "ser på et lokalt lager")]),
    ("Så godkender vi det, og vi ser på den i næste måned.", []),  # the case itself looked at again
])
def test_round_92_someone_looking_into_something_is_a_follow_up(said, followups):
    case = item(19, "Fælles indkøb", None, "Koncerndirektionen indstiller, at regionen indgår i det fælles indkøb.")
    draft = _closed_by_chair(case, "Vi skal også have et lokalt lager.", said)
    assert [(f.who, f.what) for f in draft.followups] == followups


@pytest.mark.parametrize(("indstilling", "talk", "kind"), [
    # no remarks from the chair either is no refusal
    ("Administrationen indstiller, at halfordelingen godkendes.",
     [("Taler 2", "Halfordelingen."), ("Taler 3", "Ingen bemærkninger."), ("Taler 1", "Heller ikke herfra.")], "approved"),
    # a figure that fell is news, not a proposal that fell
    ("Forvaltningen indstiller, at orienteringen tages til efterretning.",
     [("Taler 2", "Besøgstallet for de unge?"), ("Taler 3", "Det er faldet lidt."), ("Taler 1", "Tak.")], "noted"),
    # the thing voted for by name
    ("Borgmesteren indstiller, at Vækststrategien godkendes.",
     [("Taler 3", "Vi stemmer imod."), ("Taler 1", "Så er der flertal for strategien. Henning stemmer imod.")],
     "approved"),
    # agreeing with a member's no, and staying out
    ("CBA indstiller, at kommunen deltager i netværket.",
     [("Taler 1", "Skal vi være med?"), ("Taler 3", "Nej, det giver ikke nok."), ("Taler 4", "Enig."),
      ("Taler 1", "Så står vi udenfor.")], "rejected"),
    ("CBA indstiller, at kommunen deltager i netværket.",
     [("Taler 1", "Skal vi være med?"), ("Taler 3", "Nej, det giver ikke nok."), ("Taler 4", "Enig."),
      ("Taler 1", "Så går vi videre.")], "undetermined"),
])
def test_round_93_answers_that_say_no_and_yes_in_other_words(indstilling, talk, kind):
    said = _spoken(talk)
    assert draft_decision(item(9, "Sag", None, indstilling), said, CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("indstilling", "talk", "text"), [
    # a condition in the answer to the question that approves, taken into what is approved
    ("CBA indstiller, at rengøringen sendes i udbud.",
     [("Taler 1", "Kan vi sende den i udbud?"), ("Taler 2", "Ja, men med krav om miljømærkede midler."),
      ("Taler 1", "Fint, det tager vi med i udbuddet.")],
     "Chefforum godkendte indstillingen med krav om miljømærkede midler."),
    ("CBA indstiller, at den nye organisering godkendes.",
     [("Taler 3", "Skolerne mister deres supporter."),
      ("Taler 1", "Så gør vi det sådan, at skolerne beholder en fast kontaktperson.")],
     "Chefforum godkendte indstillingen med den bemærkning, at skolerne beholder en fast kontaktperson."),
    # what a member said, made the condition
    ("Økonomidirektøren indstiller, at skema C godkendes.",
     [("Taler 3", "Vi skal være sikre på, at huslejen holder sig under 8.000."),
      ("Taler 1", "Det er en forudsætning for godkendelsen. Så er skema C godkendt.")],
     "Chefforum godkendte indstillingen under den forudsætning, der blev nævnt: »Vi skal være sikre på, at huslejen "
     "holder sig under 8.000.«."),
])
def test_round_93_conditions_said_by_members_and_taken_in(indstilling, talk, text):
    said = _spoken(talk)
    draft = draft_decision(item(9, "Sag", None, indstilling), said, CHEFFORUM, chair="Taler 1")
    assert (draft.kind, draft.text) == ("approved_with_remark", text)
    assert draft.followups == ()  # "det tager vi med i udbuddet" is the change, not work for later


@pytest.mark.parametrize(("talk", "followups"), [
    ([("Taler 3", "Men hvor er de unge?"), ("Taler 1", "Det giver vi videre til museet.")],
     [("Chefforum", "giver det videre til museet", None)]),
    ([("Taler 1", "Jeg savner mere om pårørende."), ("Taler 2", "Det tager jeg med.")],
     [("Kristine Klæbel", "tager det med", None)]),
    ([("Taler 2", "Det er faldet lidt."), ("Taler 1", "Det vil vi gerne høre mere om på et senere møde.")],
     [(None, "høre mere om", "på et senere møde")]),
    ([("Taler 2", "Er der en handleplan?"), ("Taler 3", "Den kommer til september.")],
     [(None, "en handleplan", "til september")]),
    ([("Taler 3", "Jeg mangler en plan for uddannelse af redaktørerne."), ("Taler 5", "Den kan jeg lave.")],
     [("Trine Holm", "lave en plan for uddannelse af redaktørerne", None)]),
])
def test_round_93_tasks_taken_on_in_few_words(talk, followups):
    said = _spoken(talk)
    names = {"Taler 1": "Henrik Harder", "Taler 2": "Kristine Klæbel", "Taler 5": "Trine Holm"}
    draft = draft_decision(item(9, "Drøftelse", None, "Kommunaldirektøren indstiller, at punktet drøftes."), said,
                           CHEFFORUM, chair="Taler 1", names=names)
    assert [(f.who, f.what, f.when) for f in draft.followups] == followups


@pytest.mark.parametrize(("said", "text"), [
    # anything else said after ", men" in the approval, when no other form took it
    ("De er godkendt, men de skal indføres i et roligt tempo.",
     "Chefforum godkendte indstillingen med den bemærkning, at de skal indføres i et roligt tempo."),
    ("Vi er med, men vi vil have lov at købe lokalt i nødstilfælde.",
     "Chefforum godkendte indstillingen med den bemærkning, at vi vil have lov at købe lokalt i nødstilfælde."),
    ("Så holder vi lukket, men borgerservice har åbent den 27. og 28. december.", None),
    # not a part refused, thanks or a yes
    ("Den er godkendt, men tak for et grundigt arbejde.", "Chefforum godkendte indstillingen."),
    ("Det var en lang drøftelse, men det er fint. Så er den godkendt.", "Chefforum godkendte indstillingen."),
])
def test_round_94_whatever_follows_but_in_the_approval_is_its_remark(said, text):
    case = item(9, "Sag", None, "CBA indstiller, at planen godkendes.")
    draft = _closed_by_chair(case, "Der er et par bemærkninger.", said)
    assert draft.kind == ("approved" if text == "Chefforum godkendte indstillingen." else "approved_with_remark")
    assert text is None or draft.text == text


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    # refusals and postponements in everyday words
    ("Kommunaldirektøren indstiller, at den nye mødestruktur godkendes.", "Så dropper vi den og fortsætter som nu.",
     "rejected"),
    ("Kommunaldirektøren indstiller, at politikken godkendes.",
     "Nej, den kan vi ikke stå på mål for i den her form. Den må skrives om fra bunden.", "rejected"),
    ("Kommunaldirektøren indstiller, at der indføres fælles onboarding.", "Så lader vi være.", "rejected"),
    ("CBA indstiller, at der indføres mødefri fredag.", "Så lader vi det være op til den enkelte afdeling.",
     "decided"),  # left to each, not refused
    ("Forvaltningen indstiller, at billetprisen hæves til 45 kr.", "Prisen forbliver på 40 kroner.", "rejected"),
    ("Borgmesteren indstiller, at Vækststrategien godkendes.", "Strategien behandles igen efter høringen.",
     "postponed"),
    ("Forvaltningen indstiller, at timeprisen fastsættes til 400 kr.",
     "Vi holder sagen tilbage, indtil klubberne har haft en chance for at udtale sig.", "postponed"),
    ("Administrationen indstiller, at halfordelingen godkendes.",
     "Så kigger administrationen på klagerne, og vi tager fordelingen på næste møde.", "postponed"),
])
def test_round_95_refusals_and_postponements_in_everyday_words(indstilling, said, kind):
    assert _closed_by_chair(item(9, "Sag", None, indstilling), "Der er indvendinger.", said).kind == kind


@pytest.mark.parametrize(("indstilling", "said", "text"), [
    ("Kommunaldirektøren indstiller, at planen godkendes.",
     "Planen er godkendt, og udvalget opfordrer til særligt fokus på de langtidssyge.",
     "Chefforum godkendte indstillingen med en opfordring til særligt fokus på de langtidssyge."),
    ("Kommunaldirektøren indstiller, at handleplanen godkendes.",
     "Vi godkender handleplanen, blot skal der også være et mål for sygefraværet.",
     "Chefforum godkendte indstillingen med den bemærkning, at der også skal være et mål for sygefraværet."),
    ("Kommunaldirektøren indstiller, at puljen til kompetenceudvikling øges med 200.000 kr.",
     "Puljen øges med 200.000, og de små faggrupper prioriteres.",
     "Chefforum godkendte indstillingen med den bemærkning, at de små faggrupper prioriteres."),
    ("CBA indstiller, at den nye kantineordning godkendes.",
     "Den nye ordning er godkendt. Direktionen lægger vægt på et vegetarisk alternativ hver dag.",
     "Chefforum godkendte indstillingen med den bemærkning, at der lægges vægt på et vegetarisk alternativ hver dag."),
    ("Administrationen indstiller, at kvalitetsstandarden godkendes.",
     "Den godkendes. Udvalget ønsker en status på rengøringen om et år.",
     "Chefforum godkendte indstillingen med ønske om en status på rengøringen om et år."),
    ("Forvaltningen indstiller, at der etableres en hundeskov ved Fovrfelt.",
     "Hundeskoven etableres med hegn hele vejen rundt.", "Chefforum godkendte indstillingen med hegn hele vejen rundt."),
    ("Forvaltningen indstiller, at taksterne godkendes.",
     "Taksterne godkendes. Udvalget beder om, at stigningen på madservice forklares bedre i næste års sag.",
     "Chefforum godkendte indstillingen med ønske om, at stigningen på madservice forklares bedre i næste års sag."),
])
def test_round_96_remarks_said_by_the_forum_after_its_approval(indstilling, said, text):
    draft = _closed_by_chair(item(9, "Sag", None, indstilling), "Der er et par bemærkninger.", said)
    assert (draft.kind, draft.text) == ("approved_with_remark", text)


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    (_AI_TALK, "Status tager vi til efterretning, og retningslinjerne godkender vi, men awarenessforløbet siger vi nej "
               "til.", "partly_approved"),
    ("Borgmesteren indstiller, at grunden sælges til højestbydende.", "Salget stilles i bero, til havneplanen er klar.",
     "postponed"),
])
def test_round_96_a_part_refused_object_first_and_a_sale_stopped_for_now(indstilling, said, kind):
    assert _closed_by_chair(item(9, "Sag", None, indstilling), "Der er et par bemærkninger.", said).kind == kind


def test_round_96_the_forums_wish_after_its_approval_is_a_follow_up():
    case = item(9, "Sag", None, "Administrationen indstiller, at kvalitetsstandarden godkendes.")
    draft = _closed_by_chair(case, "Rengøringen er skåret ned.", "Den godkendes. Udvalget ønsker en status på "
                                                                  "rengøringen om et år.")
    assert [(f.who, f.what, f.when) for f in draft.followups] == [(None, "en status på rengøringen", "om et år")]


@pytest.mark.parametrize(("indstilling", "said", "kind", "text"), [
    ("Kommunaldirektøren indstiller, at budgettet på 80.000 kr. godkendes.",
     "Vi godkender, men beløbet nedsættes til 60.000 kroner.", "approved_with_remark",
     "Chefforum godkendte indstillingen med den bemærkning, at beløbet nedsættes til 60.000 kroner."),
    ("Kommunaldirektøren indstiller, at handleplanen godkendes.",
     "Vi godkender principperne i dag. Detaljerne kommer på et senere møde.", "approved_with_remark",
     "Chefforum godkendte indstillingen med den bemærkning, at detaljerne kommer på et senere møde."),
    ("Kommunaldirektøren indstiller, at der indføres fælles onboarding.",
     "Godkendt, inklusive tilføjelsen om mentorordning.", "approved_with_remark",
     "Chefforum godkendte indstillingen inklusive tilføjelsen om mentorordning."),
    ("CBA indstiller, at den nye organisering godkendes.", "Den godkendes, så snart MED har været hørt.",
     "approved_with_remark", "Chefforum godkendte indstillingen under forudsætning af, at MED har været hørt."),
    ("Forvaltningen indstiller, at der gives en underskudsgaranti på 200.000 kr.", "Sagen afsluttes uden bevilling.",
     "rejected", None),
    ("Administrationen indstiller, at udvalget anbefaler salget.",
     "Vi vil gerne se en ny vurdering af prisen, før vi anbefaler noget.", "postponed", None),
    ("Administrationen indstiller, at udvalget anbefaler forretningsudvalget at godkende udmøntningen.",
     "Udvalget indstiller samlingen til godkendelse i forretningsudvalget.", "recommended", None),
])
def test_round_97_amounts_conditions_and_what_comes_later(indstilling, said, kind, text):
    draft = _closed_by_chair(item(9, "Sag", None, indstilling), "Der er et par bemærkninger.", said)
    assert draft.kind == kind
    assert text is None or draft.text == text


def test_round_97_a_condition_before_deciding_is_no_part_of_the_task():
    case = item(9, "Sag", None, "Administrationen indstiller, at udvalget anbefaler salget.")
    draft = _closed_by_chair(case, "Prisen er lav.", "Vi vil gerne se en ny vurdering af prisen, før vi anbefaler noget.")
    assert [(f.who, f.what, f.when) for f in draft.followups] == [
        (None, "en ny vurdering af prisen", "før vi anbefaler noget")]


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    ("Kommunaldirektøren indstiller, at budgettet på 80.000 kr. godkendes.", "Ja. Så melder vi pas på lederdagen i år.",
     "rejected"),
    ("Administrationen indstiller, at svømmehallen holdes lukket i uge 28-31.",
     "Vi holder fast i de normale åbningstider.", "rejected"),
    ("Økonomidirektøren indstiller, at lejeforhøjelsen godkendes.", "Den får ikke byrådets godkendelse.", "rejected"),
    ("Kommunaldirektøren indstiller, at rekrutteringspolitikken godkendes.",
     "Den får lov at ligge en måned, så alle kan nå at læse den.", "postponed"),
    ("Kommunaldirektøren indstiller, at planen godkendes.", "Lad os lige give den en tur mere i MED, før vi siger ja.",
     "postponed"),
    ("Administrationen indstiller,\n1. at naturplanen godkendes\n2. at der udlægges 200 ha ny skov",
     "Naturplanen er godkendt. Den nye skov må vente til næste budget.", "partly_approved"),
    ("Borgmesteren indstiller,\n1. at driftsaftalen forlænges\n2. at tilskuddet hæves med 300.000 kr.",
     "Aftalen forlænges, men tilskuddet hæves ikke.", "partly_approved"),
    ("Borgmesteren indstiller, at dagsordenen godkendes.", "Dagsordenen. Punkt 125 udsættes. Resten er godkendt.",
     "approved_with_remark"),
])
def test_round_98_refusals_parts_and_agenda_changes_in_few_words(indstilling, said, kind):
    assert _closed_by_chair(item(9, "Sag", None, indstilling), "Der er et par bemærkninger.", said).kind == kind


@pytest.mark.parametrize(("indstilling", "talk", "kind"), [
    # "not deciding anything today" on a discussion item is a discussion
    ("Kommunaldirektøren indstiller,\n1. at et ledelsesprogram i Albertslund Kommune drøftes.",
     [("Taler 2", "Jeg synes, vi skal godkende rammen hurtigt."),
      ("Taler 1", "Min konklusion er, at vi ikke beslutter noget i dag.")], "discussed"),
    # one proposal among several refused in a discussion item
    ("Administrationen indstiller, at effektiviseringsforslagene drøftes.",
     [("Taler 2", "Der ligger otte forslag."), ("Taler 1", "Jeg godkender ikke forslaget om færre rengøringer."),
      ("Taler 2", "Det er noteret.")], "discussed"),
    # a delivery promised for later is no change of what is approved
    ("Kommunaldirektøren indstiller, at planen godkendes.",
     [("Taler 4", "Jeg mangler tal for effekten."), ("Taler 1", "Dem kommer vi med til efteråret. Planen er godkendt.")],
     "approved"),
    ("Koncerndirektionen indstiller, at opfølgningen tages til efterretning og at den videre proces godkendes.",
     [("Taler 3", "Vi skal have transporten med."),
      ("Taler 1", "Opfølgningen tages til efterretning, og processen godkendes med transport som fokusområde.")],
     "approved_with_remark"),
])
def test_round_99_views_before_the_summing_up_and_what_comes_later(indstilling, talk, kind):
    said = _spoken(talk)
    assert draft_decision(item(9, "Sag", None, indstilling), said, CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("said", "followups"), [
    ("Så godkender vi de tre første, og indstilling fire og fem ønsker direktionen forelagt snarest.",
     [(None, "indstilling fire og fem forelagt", "snarest")]),
    ("Tak for drøftelsen. Udvalgets bemærkninger sendes til museets bestyrelse.",
     [(None, "Udvalgets bemærkninger sendes til museets bestyrelse", None)]),
    ("Sagen sendes tilbage til forvaltningen.", []),
    ("Udvalget ønsker sagen belyst yderligere.", []),
])
def test_round_99_wishes_and_things_sent_on(said, followups):
    case = item(3, "Sag", None, "CBA indstiller, at Direktionen:\n1. Godkender a\n2. Godkender b\n3. Godkender c\n"
                                "4. Godkender d\n5. Godkender e")
    draft = _closed_by_chair(case, "Der er et par bemærkninger.", said)
    assert [(f.who, f.what, f.when) for f in draft.followups] == followups


@pytest.mark.parametrize(("said", "text"), [
    ("Godkendt med krav om, at de nye ledere får en mentor.",
     "Chefforum godkendte indstillingen med krav om, at de nye ledere får en mentor."),
    ("Vi godkender det i den form, at hvert center selv står for dag to.",
     "Chefforum godkendte indstillingen med den bemærkning, at hvert center selv står for dag to."),
    ("Halfordelingen godkendes på den måde, at badminton får onsdag aften.",
     "Chefforum godkendte indstillingen med den bemærkning, at badminton får onsdag aften."),
    ("Godkendt, så det også omfatter elever og praktikanter.",
     "Chefforum godkendte indstillingen med den bemærkning, at det også omfatter elever og praktikanter."),
    ("Godkendt, herunder at der kommer salatbar.", "Chefforum godkendte indstillingen med den bemærkning, at der kommer "
                                                   "salatbar."),
    ("Godkendt, og det præciseres, at medarbejderne får tilbud om at følge med.",
     "Chefforum godkendte indstillingen med den bemærkning, at medarbejderne får tilbud om at følge med."),
    ("Godkendt, og det skal fremgå, at borgerservice er undtaget.",
     "Chefforum godkendte indstillingen med den bemærkning, at borgerservice er undtaget."),
    ("Godkendt, og vi forventer, at svartiden holdes under en time.",
     "Chefforum godkendte indstillingen med den bemærkning, at svartiden holdes under en time."),
    ("Godkendt, hvor taksten for madservice dog holdes i ro.",
     "Chefforum godkendte indstillingen med den bemærkning, at taksten for madservice holdes i ro."),
    ("Godkendt. Bemærkning: institutionen skal kunne udvides.",
     "Chefforum godkendte indstillingen med den bemærkning, at institutionen skal kunne udvides."),
    ("Godkendt. Vi vil gerne have et program senest en måned før.",
     "Chefforum godkendte indstillingen med ønske om et program senest en måned før."),
    ("Planen godkendes med henblik på en genforhandling om to år.",
     "Chefforum godkendte indstillingen med henblik på en genforhandling om to år."),
])
def test_round_100_remarks_in_forms_not_met_before(said, text):
    draft = _closed_by_chair(item(9, "Sag", None, "Kommunaldirektøren indstiller, at planen godkendes."),
                             "Der er et par bemærkninger.", said)
    assert (draft.kind, draft.text) == ("approved_with_remark", text)


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    ("Forvaltningen indstiller, at billetprisen hæves til 45 kr.", "Den holdes på 40 kroner i år.", "rejected"),
    ("Administrationen indstiller, at udvalget anbefaler salget.", "Den tager vi, når kommunen har svaret.",
     "postponed"),
])
def test_round_100_a_price_held_and_a_case_taken_later(indstilling, said, kind):
    assert _closed_by_chair(item(9, "Sag", None, indstilling), "Der er et par bemærkninger.", said).kind == kind


def test_round_100_a_wish_after_a_dash_is_a_follow_up():
    draft = _closed_by_chair(item(9, "Sag", None, "Kommunaldirektøren indstiller, at planen godkendes."), "Fint.",
                             "Godkendt – men vi vil gerne have en evaluering til jul.")
    assert [(f.who, f.what, f.when) for f in draft.followups] == [(None, "en evaluering", "til jul")]


def test_round_101_awaiting_news_told_puts_nothing_off():
    status = item(2, "Orientering om status på arbejdet med Budget 2026", None,
                  "Kommunaldirektøren indstiller,\n1. at status på Budget 2026 tages til efterretning")
    talk = (utt("Taler 1", 1.0, "Kort om budgettet: vi er næsten i mål."), utt("Taler 4", 5.0, "Vi får tallene i juli."),
            utt("Taler 1", 9.0, "Så venter vi på det."))
    assert draft_decision(status, talk, CHEFFORUM, chair="Taler 1").kind == "noted"


def test_round_101_a_remark_in_the_passive_with_a_modal_and_a_dialog_asked_of_someone():
    leaders = item(3, "Lederudviklingsaktiviteter", None, "CBA indstiller, at Direktionen:\n1. Godkender a\n2. Godkender b")
    said = "Indstillingerne er godkendt, og store lederdag kan holdes som to halve dage."
    draft = _closed_by_chair(leaders, "Store lederdag kunne vi holde som to halve dage.", said)
    assert draft.text == ("Chefforum godkendte indstillingen med den bemærkning, at store lederdag kan holdes som to "
                          "halve dage.")
    talk = (utt("Taler 2", 1.0, "Pengene er ikke begrundet."),
            utt("Taler 1", 5.0, "Nej. Indstillingerne er ikke godkendt. Charlotte, vil du tage en dialog med "
                                "centercheferne?"), utt("Taler 3", 9.0, "Ja."))
    names = {"Taler 1": "Lars Holte", "Taler 3": "Charlotte Markussen"}
    found = draft_decision(KI_ITEM, talk, DIREKTIONEN, chair="Taler 1", names=names).followups
    assert [(f.who, f.what) for f in found] == [("Charlotte Markussen", "tage en dialog med centercheferne")]


@pytest.mark.parametrize(("indstilling", "talk", "kind", "text"), [
    # a remark word pointing back at the end of the approval quotes what the member said
    ("Forvaltningen indstiller, at taksterne godkendes.",
     [("Taler 3", "Madservice skal ikke stige mere end fem procent."),
      ("Taler 1", "Det kan vi godt leve med. Taksterne godkendes med det loft.")], "approved_with_remark",
     "Chefforum godkendte indstillingen med den ændring, der blev nævnt: »Madservice skal ikke stige mere end fem "
     "procent.«."),
    # a change said in the passive by the administration, then the approval
    ("Koncerndirektionen indstiller, at mødeplanen godkendes.",
     [("Taler 3", "Kan vi undgå fredage?"), ("Taler 2", "Ja, de to fredagsmøder flyttes til torsdag."),
      ("Taler 1", "Så er mødeplanen godkendt.")], "approved_with_remark", None),
    ("Forvaltningen indstiller, at tilskuddet godkendes.", [("Taler 2", "Tilskuddet."),
                                                            ("Taler 1", "Tilskuddet bortfalder i år.")], "rejected", None),
    ("Administrationen indstiller, at svømmehallen holdes lukket i uge 28-31.",
     [("Taler 2", "Svømmehallen."), ("Taler 1", "Sagen går tilbage til administrationen, som ser på alternativer.")],
     "postponed", None),
    ("Forvaltningen indstiller, at der gives en underskudsgaranti på 200.000 kr.",
     [("Taler 2", "Garantien."), ("Taler 1", "Vi beder festivalen om et revideret budget og behandler sagen igen.")],
     "postponed", None),
    ("Administrationen indstiller, at anbefalingerne godkendes.",
     [("Taler 2", "Anbefalingerne."), ("Taler 1", "De kommer igen, når MED har set dem.")], "postponed", None),
])
def test_round_102_remarks_pointing_back_and_cases_sent_back(indstilling, talk, kind, text):
    said = _spoken(talk)
    draft = draft_decision(item(9, "Sag", None, indstilling), said, CHEFFORUM, chair="Taler 1")
    assert draft.kind == kind
    assert text is None or draft.text == text


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    ("", "Ja, mødet bliver den 30. maj kl. 18.30.", "decided"),
    (_AI_TALK, "Retningslinjerne er godkendt, men forløbet skal vi se på igen.", "partly_approved"),
    ("CBA indstiller, at Direktionen:\n1. Godkender a\n2. Godkender b\n3. Godkender c\n4. Godkender d\n5. Godkender e",
     "Et, to og tre er godkendt. Fire og fem venter til september.", "partly_approved"),
    ("Borgmesteren indstiller,\n1. at planen godkendes\n2. at der gives 3 mio. kr. til de første projekter",
     "Planen godkendes. Pengene til de første projekter tager vi i budgettet.", "partly_approved"),
])
def test_round_103_parts_said_apart_and_a_meeting_date(indstilling, said, kind):
    meddelelser = item(5, "Meddelelser", None, indstilling) if indstilling else item(5, "Meddelelser", None)
    assert _closed_by_chair(meddelelser, "Den 30. maj passer mig.", said).kind == kind


@pytest.mark.parametrize(("indstilling", "talk", "kind"), [
    # a condition in the members' yes, agreed to by the chair
    ("Kommunaldirektøren indstiller, at rekrutteringspolitikken godkendes.",
     [("Taler 1", "Kan vi sige ja til den?"), ("Taler 3", "Ja, men praktikanterne skal nævnes."),
      ("Taler 1", "Det gør vi. Så er den godkendt.")], "approved_with_remark"),
    ("CBA indstiller, at Direktionen:\n1. Godkender a\n2. Godkender b",
     [("Taler 1", "Godkender vi alle fem?"), ("Taler 2", "Ja, men mentor skal være et krav."),
      ("Taler 1", "Det er vi enige om.")], "approved_with_remark"),
    ("Administrationen indstiller, at mødeplanen for 2017 godkendes.",
     [("Taler 1", "Er den i orden?"), ("Taler 3", "Ja, bortset fra junimødet, som skal rykkes en uge."),
      ("Taler 1", "Det gør vi.")], "approved_with_remark"),
    # an answer to a condition is no refusal (round 482: and the condition met is the remark, as the set reads c4719)
    ("CBA indstiller, at den nye kantineordning godkendes.",
     [("Taler 1", "Er alle med?"), ("Taler 2", "Ja, hvis prisen ikke stiger mere end fem kroner."),
      ("Taler 3", "Det gør den ikke."), ("Taler 1", "Så kører vi.")], "approved_with_remark"),
    ("Koncerndirektionen indstiller, at lejemålet godkendes.",
     [("Taler 1", "Er der flertal?"), ("Taler 3", "Nej, ikke fra os."), ("Taler 4", "Heller ikke fra os."),
      ("Taler 1", "Så falder lejemålet.")], "rejected"),
    ("Koncerndirektionen indstiller, at mødeplanen godkendes.",
     [("Taler 2", "Mødeplanen."), ("Taler 1", "Nogen ønsker til ændringer?"), ("Taler 3", "Nej.")], "approved"),
])
def test_round_104_the_chair_asks_and_the_members_answer(indstilling, talk, kind):
    said = _spoken(talk)
    assert draft_decision(item(9, "Sag", None, indstilling), said, CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("said", "text"), [
    ("Vi godkender den, og vi gør opmærksom på, at hastesager kan tages på mail.",
     "Chefforum godkendte indstillingen med den bemærkning, at hastesager kan tages på mail."),
    ("Godkendt. Chefforum anmoder om, at politikken evalueres om to år.",
     "Chefforum godkendte indstillingen med ønske om, at politikken evalueres om to år."),
    ("Det er godkendt i princippet. Detaljerne aftaler vi med IT.",
     "Chefforum godkendte indstillingen med den bemærkning, at det er godkendt i princippet."),
    ("Godkendt, under hensyntagen til de centre, der allerede er i gang.",
     "Chefforum godkendte indstillingen under hensyntagen til de centre, der allerede er i gang."),
    ("Vi siger ja, mod at centrene selv betaler for forplejningen.",
     "Chefforum godkendte indstillingen under forudsætning af, at centrene selv betaler for forplejningen."),
    ("Godkendt, betinget af at MED får en plads i gruppen.",
     "Chefforum godkendte indstillingen under forudsætning af, at MED får en plads i gruppen."),
    ("Godkendt, forudsat finansieringen findes i den centrale pulje.",
     "Chefforum godkendte indstillingen under forudsætning af, at finansieringen findes i den centrale pulje."),
    ("Godkendt som en toårig forsøgsordning.", "Chefforum godkendte indstillingen som toårig forsøgsordning."),
    ("Godkendt, og samtidig beder vi om en brugerundersøgelse efter et år.",
     "Chefforum godkendte indstillingen med ønske om en brugerundersøgelse efter et år."),
    # the forum's note on what it decided is a remark, not a decision of its own
    ("Planen godkendes. Udvalget gør opmærksom på, at prisen tages op igen om et år.",
     "Chefforum godkendte indstillingen med den bemærkning, at prisen tages op igen om et år."),
])
def test_round_105_remarks_in_yet_more_forms(said, text):
    draft = _closed_by_chair(item(9, "Sag", None, "Kommunaldirektøren indstiller, at planen godkendes."),
                             "Der er et par bemærkninger.", said)
    assert (draft.kind, draft.text) == ("approved_with_remark", text)


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    ("CBA indstiller, at Direktionen godkender at afprøve AI.", "Direktionen kan ikke tilslutte sig indstillingerne.",
     "rejected"),
    ("Økonomidirektøren indstiller, at lejeforhøjelsen godkendes.", "Byrådet siger fra over for forhøjelsen.",
     "rejected"),
    ("Administrationen indstiller, at caféerne genåbnes 15. juni.", "Caféerne forbliver lukkede indtil videre.",
     "rejected"),
    ("Administrationen indstiller, at caféerne genåbnes 15. juni.",
     "Udvalget godkender genåbning af de udendørs aktiviteter. Caféerne afventer.", "partly_approved"),
])
def test_round_105_refusals_and_a_part_named_by_its_verb_noun(indstilling, said, kind):
    assert _closed_by_chair(item(9, "Sag", None, indstilling), "Der er et par bemærkninger.", said).kind == kind


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    ("Kommunaldirektøren indstiller, at den nye mødestruktur godkendes.", "Så lad os blive ved det, vi har.", "rejected"),
    ("Kommunaldirektøren indstiller, at rekrutteringspolitikken godkendes.",
     "Den er ikke moden. Vi lader den falde.", "rejected"),
    ("Kommunaldirektøren indstiller, at det nye intranet godkendes.", "Det projekt stopper vi her.", "rejected"),
    ("CBA indstiller, at der indføres mødefri fredag.", "Den idé lægger vi i graven.", "rejected"),
    ("CBA indstiller, at der indkøbes et nyt ledelsesinformationssystem.", "Indkøbet droppes.", "rejected"),
    ("Forvaltningen indstiller, at der etableres en hundeskov ved Fovrfelt.",
     "Der kommer ingen hundeskov ved Fovrfelt.", "rejected"),
    ("Administrationen indstiller, at halfordelingen godkendes.", "Fordelingen underkendes. Den skal laves om.",
     "rejected"),
    ("Forvaltningen indstiller, at der gives en underskudsgaranti på 200.000 kr.",
     "Festivalen må klare sig uden garanti.", "rejected"),
    ("Forvaltningen indstiller, at taksterne godkendes.", "De er for høje, og vi vil ikke godkende dem.", "rejected"),
    ("Kommunaldirektøren indstiller, at planen godkendes.", "Lad os vende tilbage til planen i september.",
     "postponed"),
    ("Administrationen indstiller, at idrætspolitikken sendes i høring.",
     "Vi skal lige have foreningerne med, før den sendes ud.", "postponed"),
    ("Koncerndirektionen indstiller, at regionsrådet beslutter at samle neurorehabiliteringen i Brønderslev.",
     "Vi træffer ikke beslutningen i dag. Den kommer igen i december.", "postponed"),
    ("Forvaltningen indstiller, at udvalget beslutter navnet på den nye hal.",
     "Navnet finder vi, når hallen står færdig.", "postponed"),
    ("Administrationen indstiller, at udvalget beslutter, hvilke politikker der følges op på.",
     "Det valg tager vi efter sommerferien.", "postponed"),
])
def test_round_106_refusals_and_postponements_without_a_decision_word(indstilling, said, kind):
    assert _closed_by_chair(item(9, "Sag", None, indstilling), "Der er indvendinger.", said).kind == kind


@pytest.mark.parametrize(("title", "talk", "kind"), [
    # a change to a programme taken up: no decision on an item that asks for none
    ("Program heldagsmøde i direktionen 13-08-2024",
     [("Taler 1", "Programmet for heldagsmødet."), ("Taler 2", "Kan vi flytte budgettet til formiddagen?"),
      ("Taler 3", "Det er fint med mig."), ("Taler 1", "Så gør vi det.")], "discussed"),
    # a proposal with a decision word is still carried by it
    ("Program heldagsmøde i direktionen 13-08-2024",
     [("Taler 1", "Programmet."), ("Taler 2", "Jeg synes, vi godkender det, som det er."),
      ("Taler 1", "Så gør vi det.")], "approved"),
    # "Beslutninger om dagsordenen" asks, like "Godkendelse af dagsorden", for the agenda's approval
    ("Beslutninger om dagsordenen", [("Taler 1", "Dagsordenen."), ("Taler 2", "Ingen bemærkninger.")], "approved"),
    ("Beslutninger om dagsordenen",
     [("Taler 1", "Er der bemærkninger til dagsordenen?"), ("Taler 2", "Kan vi tage punkt 49 før punkt 45?"),
      ("Taler 1", "Så gør vi det.")], "approved_with_remark"),
])
def test_round_107_a_change_taken_up_on_an_item_that_asks_for_no_decision(title, talk, kind):
    assert draft_decision(item(1, title, None), _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_107_a_request_for_money_is_no_task():
    talk = [("Taler 4", "AI-afprøvningen. Vi beder om 100.000 kroner."),
            ("Taler 1", "Jeg synes, det er for tidligt at bevilge penge. Vi ved ikke, hvad vi vil opnå."),
            ("Taler 2", "Jeg er enig."),
            ("Taler 1", "Så bliver det et nej til indstillingerne. Vi skal have et overblik først.")]
    ki = item(7, "Afprøvning af kunstig intelligens i Høje-Taastrup Kommune", None,
              "CBA indstiller, at Direktionen godkender at:\nHTK tilgår anvendelse af AI med en nysgerrig og "
              "afprøvende tilgang.\nDer bevilges 100.000 kr. fra direktionens udviklingspulje til afprøvning af AI.")
    names = {"Taler 1": "Lars Holte", "Taler 2": "Jørgen Lerhard", "Taler 4": "Anya Krogh Manghezi"}
    draft = draft_decision(ki, _spoken(talk), DIREKTIONEN, chair="Taler 1", names=names)
    assert draft.kind == "rejected" and draft.followups == ()


_AI_TALK = ("Taler 2", "Vi har tre indstillinger: status, AI-retningslinjer og et awarenessforløb.")
_LEADERS_TALK = ("Taler 3", "Der er seks indstillinger om lederudvikling.")


@pytest.mark.parametrize(("seed_item", "talk", "kind"), [
    (AI_ITEM, [("Taler 1", "Godkendt, på den betingelse at alle afdelinger har superbrugere inden september.")],
     "approved_with_remark"),
    (AI_ITEM, [("Taler 5", "Jeg synes, formålsbeskrivelsen skal bygge på KL's fem spor."),
               ("Taler 1", "God idé. Så godkender vi indstillingen med dét.")], "approved_with_remark"),
    (AI_ITEM, [("Taler 3", "Kan vi godkende det med superbrugere i alle afdelinger?"), ("Taler 1", "Ja, det kan vi.")],
     "approved_with_remark"),
    (AI_ITEM, [("Taler 1", "Vi godkender de tre indstillinger. Dertil kommer, at hver afdeling udpeger superbrugere.")],
     "approved_with_remark"),
    (AI_ITEM, [("Taler 1", "Vi kan godkende det. Der skal bare være superbrugere i hver afdeling.")],
     "approved_with_remark"),
    (AI_ITEM, [("Taler 1", "Godkendt. Bemærk, at formålsbeskrivelsen skal bygge på KL's fem spor.")],
     "approved_with_remark"),
    (LEADERS_ITEM, [("Taler 2", "Kan vi godkende det, hvis mentor bliver obligatorisk?"), ("Taler 1", "Ja, det kan vi."),
                    ("Taler 4", "Ja.")], "approved_with_remark"),
    (LEADERS_ITEM, [("Taler 1", "Det er godkendt. Jeg vil bare understrege, at mentor er et krav.")],
     "approved_with_remark"),
    (LEADERS_ITEM, [("Taler 1", "Ja til alle seks. Mentoren er dog et krav.")], "approved_with_remark"),
    # a question whether to approve, answered with an opinion, is no change asked for
    (LEADERS_ITEM, [("Taler 2", "Skal vi godkende dem alle?"), ("Taler 1", "Ja, det synes jeg. Så er de godkendt.")],
     "approved"),
])
def test_round_108_remarks_in_plain_words_on_the_seeds_items(seed_item, talk, kind):
    opening = _AI_TALK if seed_item is AI_ITEM else _LEADERS_TALK
    chair_of = CHEFFORUM if seed_item is AI_ITEM else DIREKTIONEN
    assert draft_decision(seed_item, _spoken([opening, *talk]), chair_of, chair="Taler 1").kind == kind


@pytest.mark.parametrize("said", ["Vi godkender indstillingerne, og vi ønsker indstilling fem forelagt snarest.",
                                  "Vi godkender det hele og vil have indstilling fem forelagt snarest."])
def test_round_108_a_wish_with_the_verb_first_is_a_remark_and_a_follow_up(said):
    names = {"Taler 1": "Lars Holte", "Taler 3": "Charlotte Markussen"}
    draft = draft_decision(LEADERS_ITEM, _spoken([_LEADERS_TALK, ("Taler 1", said)]), DIREKTIONEN, chair="Taler 1",
                           names=names)
    assert draft.kind == "approved_with_remark"
    assert [(f.who, f.what, f.when) for f in draft.followups] == [(None, "indstilling fem forelagt", "snarest")]


_PROGRAMME = item(6, "Temadrøftelse om ledelsesprogram i Albertslund Kommune", None,
                  "Kommunaldirektøren indstiller,\n1. at et ledelsesprogram i Albertslund Kommune drøftes.")


@pytest.mark.parametrize(("said", "expected"), [
    ("Vi godkender rammen, og så arbejder styringsgruppen videre.", [("Styringsgruppen", "arbejder videre", None)]),
    ("Rammen er på plads, og styringsgruppen går videre med den.",
     [("Styringsgruppen", "går videre med den", None)]),
    ("Det tager styringsgruppen med.", [("Styringsgruppen", "tager det med", None)]),
    # the forum's own work on the item is no body's task
    ("Så arbejder vi videre med den og tager den op igen i efteråret.", []),
])
def test_round_109_a_working_group_named_as_the_body_that_takes_the_task(said, expected):
    talk = [("Taler 1", "Her er rammen for ledelsesprogrammet."), ("Taler 4", "Jeg savner noget om faglig ledelse."),
            ("Taler 1", said)]
    draft = draft_decision(_PROGRAMME, _spoken(talk), CHEFFORUM, chair="Taler 1", names={"Taler 1": "Henrik Harder"})
    assert [(f.who, f.what, f.when) for f in draft.followups] == expected


def test_round_109_going_on_with_the_process_as_described_is_the_decision():
    climate = item(9, "Opfølgning på de lokale klimahandlingsplaner", None,
                   "Koncerndirektionen indstiller, at opfølgningen tages til efterretning og at den videre proces godkendes.")
    talk = [("Taler 2", "Alle elleve kommuner er med."), ("Taler 1", "Regionsrådet går videre med processen som beskrevet.")]
    draft = draft_decision(climate, _spoken(talk), CHEFFORUM, chair="Taler 1", names={"Taler 1": "Ulla Astman"})
    assert draft.followups == ()


@pytest.mark.parametrize(("seed_item", "talk", "kind"), [
    # the chair's own sentence after a short approval that demands something of what was approved
    (AI_ITEM, [("Taler 1", "Godkendt. Afdelingerne udpeger superbrugere inden august.")], "approved_with_remark"),
    (LEADERS_ITEM, [("Taler 1", "Vi tiltræder indstillingerne. Mentorordningen gøres obligatorisk.")],
     "approved_with_remark"),
    (LEADERS_ITEM, [("Taler 1", "De er godkendt. Et tillæg: Store lederdag skal have mere tid til netværk.")],
     "approved_with_remark"),
    (LEADERS_ITEM, [("Taler 1", "Direktionen godkender. Husk at tilføje mentorordningen i indstilling et.")],
     "approved_with_remark"),
    # not thanks, praise, the next item, a vote for the minutes or a task of the meeting's own
    (AI_ITEM, [("Taler 1", "Godkendt. Tak til IT for et flot stykke arbejde.")], "approved"),
    (AI_ITEM, [("Taler 1", "Godkendt. Det er i øvrigt et flot program.")], "approved"),
    (AI_ITEM, [("Taler 1", "Godkendt. Vi skal huske at orientere afdelingerne.")], "approved"),
    # other words for the remark
    (AI_ITEM, [("Taler 1", "Vi godkender alle tre, og jeg vil gerne, at formålsbeskrivelsen tager afsæt i KL's fem spor.")],
     "approved_with_remark"),
    (LEADERS_ITEM, [("Taler 1", "Godkendt med den ene ændring, at netværket starter i lederens første år.")],
     "approved_with_remark"),
    (AI_ITEM, [("Taler 3", "Superbrugerne bør lave en formålsbeskrivelse."),
               ("Taler 1", "Det er en god idé, og det gør de. Indstillingen er godkendt.")], "approved_with_remark"),
])
def test_round_110_what_the_chair_demands_next_to_a_short_approval(seed_item, talk, kind):
    opening = _AI_TALK if seed_item is AI_ITEM else _LEADERS_TALK
    chair_of = CHEFFORUM if seed_item is AI_ITEM else DIREKTIONEN
    assert draft_decision(seed_item, _spoken([opening, *talk]), chair_of, chair="Taler 1").kind == kind


def test_round_110_the_forums_wish_for_the_case_forelagt_is_a_follow_up():
    said = "Indstillingerne godkendes. Vi ønsker sagen om talentforløbet forelagt hurtigst muligt."
    draft = draft_decision(LEADERS_ITEM, _spoken([_LEADERS_TALK, ("Taler 1", said)]), DIREKTIONEN, chair="Taler 1",
                           names={"Taler 1": "Lars Holte"})
    assert draft.kind == "approved_with_remark"
    assert [(f.who, f.what, f.when) for f in draft.followups] == [
        (None, "sagen om talentforløbet forelagt", "hurtigst muligt")]


_SICK_PLAN = item(12, "Godkendelse af plan for sygefravær", None, "Kommunaldirektøren indstiller, at planen godkendes.")


@pytest.mark.parametrize(("talk", "kind"), [
    # a member's suggestion, taken up in a few words, then the approval
    ([("Taler 3", "Jeg foreslår, at vi evaluerer efter et halvt år."),
      ("Taler 1", "Det kan jeg godt se fornuften i. Så godkender vi den.")], "approved_with_remark"),
    ([("Taler 3", "Der skal være et mål for korttidsfravær."), ("Taler 1", "Ja, lad os få det med. Planen er godkendt.")],
     "approved_with_remark"),
    ([("Taler 4", "Der skal stadig være en fast kontaktperson."), ("Taler 1", "Det er vi enige i. Planen er godkendt.")],
     "approved_with_remark"),
    ([("Taler 3", "Vi mangler et mål for langtidsfravær."), ("Taler 1", "Det lægger vi ind. Planen er godkendt.")],
     "approved_with_remark"),
    ([("Taler 3", "Kan vi stille krav om en årlig status?"), ("Taler 1", "Ja, det gør vi. Planen er godkendt.")],
     "approved_with_remark"),
    # the chair's own wish, taken in by the presenter
    ([("Taler 1", "Jeg synes, lederne skal inddrages."), ("Taler 2", "Det kan vi skrive ind."),
      ("Taler 1", "Så er planen godkendt.")], "approved_with_remark"),
    # not: a suggestion turned down, a delivery asked for, a view for the minutes, a task given along
    ([("Taler 3", "Kan vi ikke vente et år?"), ("Taler 1", "Nej, det kan vi ikke. Planen er godkendt.")], "approved"),
    ([("Taler 3", "Kan vi få en status om et år?"), ("Taler 1", "Det kan vi godt. Planen er godkendt.")], "approved"),
    ([("Taler 3", "Vi vil gerne have ført til referat, at vi er imod planen."), ("Taler 1", "Det skriver vi. Planen er godkendt.")],
     "approved"),
    ([("Taler 3", "Jeg vil gerne have, at vi måler effekten."),
      ("Taler 1", "Helt enig. Vi godkender planen, og Marie kommer med en måling af effekten til efteråret.")], "approved"),
    ([("Taler 3", "Skal vi godkende den?"), ("Taler 1", "Ja, det synes jeg også. Planen er godkendt.")], "approved"),
])
def test_round_111_a_suggestion_taken_up_in_few_words_before_the_approval(talk, kind):
    names = {"Taler 1": "Henrik Harder", "Taler 4": "Marie Aasøe"}
    opening = ("Taler 2", "Planen for sygefravær har tre indsatser.")
    assert draft_decision(_SICK_PLAN, _spoken([opening, *talk]), CHEFFORUM, chair="Taler 1", names=names).kind == kind


def test_round_111_a_change_and_then_the_rest_as_proposed():
    pool = item(11, "Udmøntning af den store kulturpulje 2020", None,
                "Udvalget for regional udvikling anbefaler, at puljen udmøntes som foreslået.")
    talk = [("Taler 3", "Vendsyssel har fået for lidt."),
            ("Taler 1", "Så flytter vi 200.000 til Vendsyssel og udmønter ellers puljen som foreslået.")]
    assert draft_decision(pool, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved_with_remark"


@pytest.mark.parametrize(("indstilling", "said", "kind"), [
    ("Forvaltningen indstiller, at der gives en underskudsgaranti på 200.000 kr.", "Så giver vi ingen garanti i år.",
     "rejected"),
    ("Forvaltningen indstiller, at billetprisen hæves til 45 kr.", "Vi holder prisen på 40 kroner.", "rejected"),
    ("Kommunaldirektøren indstiller, at retningslinjerne godkendes.", "Så skrotter vi dem.", "rejected"),
    ("Borgmesteren indstiller, at grunden sælges til højestbydende.", "Så sætter vi salget på pause til foråret.",
     "postponed"),
    ("Koncerndirektionen indstiller, at regionsrådet beslutter at samle neurorehabiliteringen i Brønderslev.",
     "Vi træffer beslutningen, når de er hørt.", "postponed"),
])
def test_round_112_refusals_and_postponements_that_read_as_approvals(indstilling, said, kind):
    assert _closed_by_chair(item(9, "Sag", None, indstilling), "Der er indvendinger.", said).kind == kind


# seed 000 punkt 3 with its numbered points, as the development set has it
_LEADERS_POINTS = item(3, "Lederudviklingsaktiviteter", None,
                       "Center for Byråd og Administration indstiller, at Direktionen:\n"
                       "1. Godkender at der udarbejdes en velkomstpakke til nye ledere\n"
                       "2. Godkender at netværk for niveau 4 og 5 ledere justeres\n"
                       "3. Godkender at der igangsættes en erfaringsindsamling\n"
                       "4. Godkender at der forelægges en ny sag med konkrete anbefalinger\n"
                       "5. Godkender at der forelægges en ny sag om talentudviklingsforløb")


@pytest.mark.parametrize(("seed_item", "said", "kind"), [
    # none of them
    (AI_ITEM, "Vi godkender ingen af de tre i dag. Sagen er ikke gennemarbejdet.", "rejected"),
    (LEADERS_ITEM, "Ingen af indstillingerne kan vi godkende i den form.", "rejected"),
    # some points now, the others later or not at all
    (LEADERS_ITEM, "De første fire er godkendt. Talentforløbet vil vi se igen.", "partly_approved"),
    (LEADERS_ITEM, "Så dropper vi den og godkender de fire andre.", "partly_approved"),
    (LEADERS_ITEM, "Så venter indstilling fem, og resten er godkendt.", "partly_approved"),
    (LEADERS_ITEM, "Så godkender vi alle undtagen talentforløbet.", "partly_approved"),
    (LEADERS_ITEM, "Velkomstpakken godkender vi. Resten må vente til efter sommerferien.", "partly_approved"),
    (LEADERS_ITEM, "Vi er klar til at godkende nummer et, to og tre. Fire og fem venter.", "partly_approved"),
    (AI_ITEM, "Vi tager hele AI-sagen igen i september, når MED har set retningslinjerne.", "postponed"),
    (LEADERS_ITEM, "Vi godkender alle, og indstilling fem skal frem hurtigst muligt.", "approved_with_remark"),
])
def test_round_113_none_some_or_all_of_a_numbered_indstilling(seed_item, said, kind):
    seed_item = _LEADERS_POINTS if seed_item is LEADERS_ITEM else seed_item
    opening = _AI_TALK if seed_item is AI_ITEM else _LEADERS_TALK
    chair_of = CHEFFORUM if seed_item is AI_ITEM else DIREKTIONEN
    assert draft_decision(seed_item, _spoken([opening, ("Taler 1", said)]), chair_of, chair="Taler 1").kind == kind


def test_round_113_some_of_the_agenda_and_the_minutes():
    agenda = CHEFFORUM.items[0]  # seed 001 punkt 1: "1. at dagsordenen godkendes 2. at referat godkendes"
    talk = [("Taler 1", "Dagsorden og referat."), ("Taler 2", "Der er en fejl i referatet."),
            ("Taler 1", "Så godkender vi ikke referatet endnu, men dagsordenen er fin.")]
    assert draft_decision(agenda, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"


def test_round_114_a_change_asked_for_agreed_to_and_written_in():
    talk = [_AI_TALK, ("Taler 3", "Kun at GDPR-kurset skal være taget, før man bruger værktøjerne."),
            ("Taler 1", "Det er en god pointe. Det skriver vi ind. Så er indstillingen godkendt.")]
    assert draft_decision(AI_ITEM, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved_with_remark"


def test_round_114_the_meetings_date_by_its_pronoun():
    news = item(5, "Meddelelser", None)
    talk = [("Taler 1", "Meddelelser. Mødet i maj skal flyttes, fordi der er Folkemøde."),
            ("Taler 2", "Hvad med onsdag den 30. maj?"), ("Taler 3", "Det kan jeg."),
            ("Taler 1", "Så holder vi det onsdag den 30. maj kl. 18.30.")]
    assert draft_decision(news, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "decided"


@pytest.mark.parametrize("talk", [
    [("Taler 1", "Programmet for dagen."), ("Taler 2", "Kan vi få en kort pause efter budgettet?"), ("Taler 1", "Ja.")],
    [("Taler 1", "Programmet for dagen."), ("Taler 2", "Jeg kommer en halv time senere."), ("Taler 1", "Det skriver jeg ned.")],
])
def test_round_115_a_break_asked_for_or_a_note_taken_is_no_follow_up(talk):
    programme = item(1, "Program heldagsmøde i direktionen 13-08-2024", None)
    names = {"Taler 1": "Lars Holte", "Taler 2": "Jørgen Lerhard"}
    assert draft_decision(programme, _spoken(talk), DIREKTIONEN, chair="Taler 1", names=names).followups == ()


@pytest.mark.parametrize(("agenda_item", "said"), [
    (_SICK_PLAN, "Den er godkendt. Vi evaluerer den efter et år."),
    (_SICK_PLAN, "Planen er godkendt. Vi vil se en status om et halvt år."),
    (_SICK_PLAN, "Planen er godkendt. Regionen ønsker en midtvejsevaluering."),
    (item(16, "Beslutning om fælles onboarding", None,
          "Kommunaldirektøren indstiller, at der indføres fælles onboarding for nye medarbejdere."),
     "Vi indfører fælles onboarding, og den skal være digital."),
    (item(8, "Salg af grund på havnen", None, "Borgmesteren indstiller, at grunden sælges til højestbydende."),
     "Den sælges til højestbydende med en byggepligt på tre år."),
])
def test_round_116_one_demand_added_in_plain_words(agenda_item, said):
    talk = [("Taler 2", "Sagen."), ("Taler 1", said)]
    assert draft_decision(agenda_item, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved_with_remark"


@pytest.mark.parametrize(("agenda_item", "talk", "kind"), [
    (item(16, "Beslutning om fælles onboarding", None,
          "Kommunaldirektøren indstiller, at der indføres fælles onboarding for nye medarbejdere."),
     [("Taler 1", "Den indføres, og HR får ansvaret for den.")], "approved_with_remark"),
    (item(2, "Formulering i retningslinjer", None, "Direktionen indstiller, at formuleringen godkendes."),
     [("Taler 3", "Ordet 'kan' skal være 'skal'."), ("Taler 1", "Ja, den rettelse tager vi. Formuleringen er godkendt.")],
     "approved_with_remark"),
    (item(8, "Idrætspolitik 2018-2022", None, "Administrationen indstiller, at idrætspolitikken sendes i høring."),
     [("Taler 1", "Den kan komme i høring, når afsnittet om handicapidræt er skrevet ind.")], "approved_with_remark"),
    (item(45, "Tilskud til foreningernes lokaler", None, "Forvaltningen indstiller, at tilskuddet godkendes."),
     [("Taler 1", "Tilskuddet er godkendt, og de små foreninger skal have fortrinsret.")], "approved_with_remark"),
    # "vi" is no body named in capitals: a delivery to the meeting stays a follow-up
    (item(50, "Godkendelse af anbefalinger", None, "Administrationen indstiller, at anbefalingerne godkendes."),
     [("Taler 1", "Anbefalingerne er godkendt, og vi får en status om et år.")], "approved"),
])
def test_round_117_remarks_in_yet_other_words(agenda_item, talk, kind):
    assert draft_decision(agenda_item, _spoken([("Taler 2", "Sagen."), *talk]), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("said", "expected"), [
    ("Styringsgruppen tager jeres input med og arbejder videre.",
     [("Styringsgruppen", "tager jeres input med og arbejder videre", None)]),
    ("Rammen er godkendt, men vi vil have et særligt fokus på de små afdelinger.", []),
])
def test_round_118_two_verbs_of_one_task_and_a_focus_that_is_no_task(said, expected):
    talk = [("Taler 1", "Her er rammen for ledelsesprogrammet."), ("Taler 4", "Jeg savner noget om faglig ledelse."),
            ("Taler 1", said)]
    draft = draft_decision(_PROGRAMME, _spoken(talk), CHEFFORUM, chair="Taler 1", names={"Taler 1": "Henrik Harder"})
    assert [(f.who, f.what, f.when) for f in draft.followups] == expected


@pytest.mark.parametrize(("agenda_item", "talk", "kind"), [
    (item(119, "Ansøgning om lejeforhøjelse", None, "Økonomidirektøren indstiller, at lejeforhøjelsen godkendes."),
     [("Taler 2", "Lejeforhøjelsen."), ("Taler 1", "Den afvises."), ("Taler 3", "Hvad siger Lejerbo?"),
      ("Taler 2", "De er orienteret.")], "rejected"),
    (item(8, "Godkendelse af ny mødestruktur", None, "Kommunaldirektøren indstiller, at den nye mødestruktur godkendes."),
     [("Taler 2", "Mødestrukturen."), ("Taler 1", "Den er godkendt."), ("Taler 4", "Jeg er stadig imod."),
      ("Taler 1", "Det noterer vi, men flertallet er for.")], "approved"),
])
def test_round_119_talk_after_the_decision_that_decides_nothing(agenda_item, talk, kind):
    # (with no chair known too, as in a Byråd whose participants carry no roles)
    assert draft_decision(agenda_item, _spoken(talk), CHEFFORUM, chair=None).kind == kind


_TIME_PRICE = item(5, "Fastsættelse af timepriser", None, "Forvaltningen indstiller, at timeprisen fastsættes til 400 kr.")
_HALLS = item(9, "Halfordeling", None, "Administrationen indstiller, at halfordelingen godkendes.")


@pytest.mark.parametrize(("agenda_item", "talk", "kind", "part"), [
    # a figure of the chair's own, then a bare approval
    (_TIME_PRICE, [("Taler 3", "Vi foreslår 320."), ("Taler 1", "Så ender vi på 330 kroner."),
                   ("Taler 1", "Den er vedtaget.")], "approved_with_remark", "330 kroner"),
    # "Med den er …" points to what was just said
    (_HALLS, [("Taler 3", "Badminton skal have hallen om tirsdagen."), ("Taler 1", "Fornuftigt."),
              ("Taler 1", "Med den er halfordelingen godkendt.")], "approved_with_remark", "badminton"),
    (_HALLS, [("Taler 2", "Fodbold får tre timer mere."), ("Taler 1", "Med de tre timer er fordelingen godkendt.")],
     "approved_with_remark", "tre timer"),
    # the chair's own proposal, agreed to, then "og ellers følger vi indstillingen"
    (_HALLS, [("Taler 1", "Jeg foreslår, at de små klubber får weekenden."), ("Taler 3", "God idé."),
              ("Taler 4", "Enig."), ("Taler 1", "Så gør vi det sådan, og ellers følger vi indstillingen.")],
     "approved_with_remark", "de små klubber"),
    # a point for eventuelt is no change of the item
    (_HALLS, [("Taler 3", "Jeg har noget om hallens lys, men det kan vi tage under eventuelt."),
              ("Taler 1", "Ja, det gør vi."), ("Taler 1", "Så er vi enige.")], "approved", "godkendte indstillingen."),
])
def test_round_120_a_figure_set_a_thing_pointed_to_and_a_point_for_eventuelt(agenda_item, talk, kind, part):
    draft = draft_decision(agenda_item, _spoken([("Taler 2", "Sagen."), *talk]), CHEFFORUM, chair="Taler 1")
    assert (draft.kind, part.casefold() in draft.text.casefold()) == (kind, True)


_HEARING = item(8, "Idrætspolitik", None, "Administrationen indstiller, at idrætspolitikken sendes i høring.")
_LOCAL_PLAN = item(120, "Lokalplan 42", None, "Økonomiudvalget indstiller, at lokalplanen vedtages endeligt.")


@pytest.mark.parametrize(("agenda_item", "said", "part"), [
    (_HEARING, "Den kan godkendes, hvis børneidrætten får et afsnit.", "under forudsætning af, at børneidrætten"),
    (_HEARING, "Vi kan godkende den, hvis MED har set den først.", "under forudsætning af, at MED"),
    (_HEARING, "Den sendes i høring. Vi skal huske at få skoleidrætten med.", "at skoleidrætten kommer med"),
    (_HEARING, "Så sender vi politikken i høring med et ekstra møde for foreningerne.", "med et ekstra møde"),
    (_HALLS, "Vi godkender den og opfordrer foreningerne til at bytte tider.", "opfordring til foreningerne om at"),
    (_LOCAL_PLAN, "Planen vedtages, og stien ved Hadsund Syd skal belyses.", "at stien ved Hadsund Syd skal"),
    (_LOCAL_PLAN, "Den vedtager vi, og Assens beholder sin busrute.", "at Assens beholder"),
])
def test_round_121_conditions_inclusions_and_demands_in_the_chairs_words(agenda_item, said, part):
    draft = draft_decision(agenda_item, _spoken([("Taler 2", "Sagen."), ("Taler 1", said)]), CHEFFORUM, chair="Taler 1")
    assert (draft.kind, part in draft.text) == ("approved_with_remark", True)


def test_round_121_a_reminder_of_a_fact_is_no_remark():
    talk = [("Taler 2", "Sagen."), ("Taler 1", "Den sendes i høring. Vi skal huske, at den også går til byrådet.")]
    assert draft_decision(_HEARING, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


_AGENDA_AND_MINUTES = item(1, "Godkendelse af dagsorden og referat", None,
                           "Kommunaldirektøren indstiller,\n1. at dagsordenen godkendes\n2. at referatet godkendes")
_THREE_THINGS = item(5, "Beslutning om ny struktur", None,
                     "Kommunaldirektøren indstiller,\n1. at mødeplanen godkendes\n2. at budgettet godkendes\n"
                     "3. at kommissoriet for netværket godkendes")


@pytest.mark.parametrize(("agenda_item", "said", "kind"), [
    (_HALLS, "Fordelingen kommer på mødet i november.", "postponed"),
    (_HALLS, "Fordelingen kommer til godkendelse i juni.", "postponed"),
    (_HALLS, "Vi tager stilling om tre uger.", "postponed"),
    (_HALLS, "Det vil vi se nærmere på.", "postponed"),
    (_AGENDA_AND_MINUTES, "Så godkender vi dagsordenen, og referatet tager vi på næste møde.", "partly_approved"),
    (_AGENDA_AND_MINUTES, "Vi godkender kun referatet i dag.", "partly_approved"),
    (_THREE_THINGS, "Mødeplan og budget er godkendt. Netværks-kommissoriet tager vi, når MED har set det.",
     "partly_approved"),
    (item(50, "Godkendelse af anbefalinger", None, "Administrationen indstiller, at anbefalingerne godkendes."),
     "Vi godkender dem alle på nær den om parkering, som vi afviser.", "approved_with_remark"),
])
def test_round_122_later_in_plain_words_and_one_part_only(agenda_item, said, kind):
    draft = draft_decision(agenda_item, _spoken([("Taler 2", "Sagen."), ("Taler 1", said)]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == kind


@pytest.mark.parametrize(("agenda_item", "talk", "part"), [
    (_HALLS, [("Taler 1", "Så er vi enige om fordelingen, og badmintontiden kan blive om søndagen.")],
     "at badmintontiden kan blive om søndagen"),
    (_TIME_PRICE, [("Taler 1", "Det tror jeg, der er bred opbakning til."),
                   ("Taler 1", "Så bliver prisen 400 kroner og 150 for børnehold.")], "150 for børnehold"),
    (item(4, "Godkendelse af dagsorden", None, ""),
     [("Taler 3", "Kan vi tage budgettet først?"), ("Taler 1", "Ja. Så tager vi punkt ni først, og ellers følger vi dagsordenen.")],
     "punkt ni først"),
    (_HALLS, [("Taler 3", "Jeg foreslår, at svømmeklubben får en time mere."), ("Taler 4", "Det kan jeg støtte."),
              ("Taler 1", "Så gør vi det, og ellers fordeles tiderne som foreslået.")], "svømmeklubben får en time mere"),
])
def test_round_123_leeway_a_figure_after_and_the_rest_as_proposed(agenda_item, talk, part):
    draft = draft_decision(agenda_item, _spoken([("Taler 2", "Sagen."), *talk]), CHEFFORUM, chair="Taler 1")
    assert (draft.kind, part in draft.text) == ("approved_with_remark", True)


_CANTEEN = item(9, "Beslutning om ny kantineordning", None, "CBA indstiller, at den nye kantineordning godkendes.")


@pytest.mark.parametrize("talk", [
    # the approver's own word before the approval takes up what was asked, past the answers that point back
    [("Taler 3", "Kunne vi ikke få fisk to gange om ugen?"), ("Taler 1", "Jo, fisk. Det tager vi med."),
     ("Taler 1", "Så er ordningen godkendt.")],
    [("Taler 1", "Står der noget om allergener?"), ("Taler 2", "Nej, det er ikke med."), ("Taler 1", "Det skal med."),
     ("Taler 1", "Så er den godkendt.")],
    [("Taler 3", "Salaten skal være økologisk."), ("Taler 1", "Det er klart."), ("Taler 1", "Så indfører vi ordningen.")],
    [("Taler 3", "Prisen er for høj for de deltidsansatte."), ("Taler 2", "Vi kan give dem en rabat."),
     ("Taler 1", "Gør det."), ("Taler 1", "Ordningen er godkendt.")],
    [("Taler 3", "Vi mangler et tilbud om aftenen."), ("Taler 2", "Vi kan åbne til klokken 19."),
     ("Taler 1", "Så gør vi det, og ordningen er godkendt.")],
    # the presenter saying it can be done, then the approval
    [("Taler 3", "Kan caféen i stueetagen også være med?"), ("Taler 2", "Det kan den godt."),
     ("Taler 1", "Så er ordningen godkendt.")],
    [("Taler 3", "Jeg vil foreslå, at kaffen er gratis."), ("Taler 1", "Det kan vi godt."),
     ("Taler 1", "Så er ordningen godkendt med gratis kaffe.")],
    # a requirement made of what a member said
    [("Taler 3", "Vi skal sikre, at der er plads til alle."), ("Taler 1", "Det bliver en betingelse."),
     ("Taler 1", "Så godkender vi ordningen.")],
])
def test_round_124_a_suggestion_taken_up_in_a_word_before_the_approval(talk):
    draft = draft_decision(_CANTEEN, _spoken([("Taler 2", "Sagen."), *talk]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark"


@pytest.mark.parametrize("talk", [
    # an assent from the room to a member's view is no change taken in; a proposal turned down is none either
    [("Taler 3", "Jeg synes, vi skal give den."), ("Taler 4", "Enig."), ("Taler 1", "Så er ordningen godkendt.")],
    [("Taler 3", "Jeg vil foreslå, at den gælder for 80 ansatte."), ("Taler 2", "Det har vi ikke råd til."),
     ("Taler 1", "Nej."), ("Taler 1", "Vi holder os til de 60 ansatte."), ("Taler 1", "Ordningen er godkendt.")],
    # a delivery asked for is a follow-up
    [("Taler 3", "Kan vi få en status om et halvt år?"), ("Taler 1", "Det kan vi godt. Så er ordningen godkendt.")],
])
def test_round_124_what_is_no_suggestion_taken_up(talk):
    draft = draft_decision(_CANTEEN, _spoken([("Taler 2", "Sagen."), *talk]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved"


_RULES = item(10, "Godkendelse af retningslinjer for hjemmearbejde", None,
              "Kommunaldirektøren indstiller, at retningslinjerne godkendes.")


@pytest.mark.parametrize("talk", [
    # the presenter's answer takes it up, then the chair's plain approval
    [("Taler 3", "Der står ikke noget om deltidsansatte."), ("Taler 2", "Det tilføjer vi."),
     ("Taler 1", "Så er retningslinjerne godkendt.")],
    [("Taler 3", "Kan vi ikke kræve en fast mødedag?"), ("Taler 2", "Det kan indgå i retningslinjerne."),
     ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Lederne vil gerne have en skabelon til aftalerne."), ("Taler 2", "Det kan godt lade sig gøre."),
     ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Kan vi holde en evaluering i Hillerød?"), ("Taler 2", "Det kan vi godt."),
     ("Taler 2", "Vi lægger den i november."), ("Taler 1", "Så er retningslinjerne godkendt.")],
    # the chair's own words
    [("Taler 2", "Vi kunne give en dag om ugen, to pr. afdeling."), ("Taler 1", "Det synes jeg, vi skal."),
     ("Taler 1", "Så er det godkendt.")],
    [("Taler 3", "Aftalerne skal især gælde de nyansatte."), ("Taler 1", "Det er vi enige om."),
     ("Taler 1", "Retningslinjerne er godkendt.")],
    [("Taler 3", "Retningslinjerne skal også omfatte vikarer."), ("Taler 1", "Ja."),
     ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Jeg foreslår, at lederne kan sige nej i højsæsonen."), ("Taler 4", "Det kan jeg støtte."),
     ("Taler 1", "Så er vi enige."), ("Taler 1", "Retningslinjerne vedtages sådan.")],
])
def test_round_125_a_suggestion_taken_up_by_the_presenter_or_in_the_chairs_own_words(talk):
    draft = draft_decision(_RULES, _spoken([("Taler 2", "Sagen."), *talk]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark"


@pytest.mark.parametrize("talk", [
    [("Taler 3", "Retningslinjerne burde have et afsnit om udstyr."), ("Taler 2", "Det kan vi have med fra næste år."),
     ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Der er mange spørgsmål. Det skal vi holde øje med."), ("Taler 1", "Ja."),
     ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Skal vi prøve de nye retningslinjer?"), ("Taler 2", "Ja, lad os det."), ("Taler 4", "Enig.")],
    [("Taler 3", "Kan vi få en oversigt over aftalerne?"), ("Taler 2", "Ja, den er med i materialet."),
     ("Taler 1", "Så er de godkendt.")],
])
def test_round_125_what_the_presenter_or_the_room_says_that_takes_nothing_in(talk):
    draft = draft_decision(_RULES, _spoken([("Taler 2", "Sagen."), *talk]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved"


def test_round_125_an_answer_to_an_if_question_is_no_task():
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Hvad sker der, hvis de ikke virker?"),
            ("Taler 2", "Så kommer vi tilbage til Chefforum."), ("Taler 1", "Så er de godkendt.")]
    assert draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1").followups == ()


@pytest.mark.parametrize("talk", [
    [("Taler 3", "Jeg vil foreslå en fast kontaktperson."), ("Taler 4", "Godt forslag."), ("Taler 1", "Den tager vi."),
     ("Taler 1", "Retningslinjerne er godkendt.")],
    [("Taler 3", "Vi mangler et afsnit om udstyr."), ("Taler 2", "Det kommer med i den endelige udgave."),
     ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Retningslinjerne bør nævne pauser."), ("Taler 2", "Det får de et afsnit om."),
     ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Kan aftalerne gemmes digitalt?"), ("Taler 2", "Ja, det bliver muligt."),
     ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Der burde være en evaluering."), ("Taler 1", "Det er rigtigt."), ("Taler 1", "Det skriver vi på."),
     ("Taler 1", "Retningslinjerne er godkendt.")],
    [("Taler 3", "Aftalerne bør gælde fra august, ikke fra juni."), ("Taler 1", "Så flytter vi datoen."),
     ("Taler 1", "Retningslinjerne er godkendt.")],
    [("Taler 2", "Vi kan lave en vejledning til lederne."), ("Taler 1", "Gerne."), ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Vi bør have en skabelon."), ("Taler 2", "Den får vi med."), ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "De skal også gælde for elever."), ("Taler 1", "Selvfølgelig gør de det."),
     ("Taler 1", "Retningslinjerne er godkendt.")],
    [("Taler 3", "Kan vi få en klausul om nedsat tid i aftalen?"), ("Taler 2", "Det forhandler vi ind."),
     ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Kan seniorerne få en ekstra dag?"), ("Taler 2", "De kan få to om måneden."),
     ("Taler 1", "Så er de godkendt.")],
    [("Taler 1", "Vi skal sikre, at ingen bliver isoleret."), ("Taler 2", "Det tager vi højde for."),
     ("Taler 1", "Så er retningslinjerne godkendt.")],
    [("Taler 3", "Kan vi få en prøveordning på et år?"), ("Taler 2", "Det har HovedMED accepteret."),
     ("Taler 1", "Så er de godkendt.")],
])
def test_round_126_yet_more_answers_that_take_a_suggestion_in(talk):
    draft = draft_decision(_RULES, _spoken([("Taler 2", "Sagen."), *talk]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark"


@pytest.mark.parametrize("talk", [
    [("Taler 3", "Jeg vil gerne have en oversigt over aftalerne."), ("Taler 1", "Den får vi på næste møde."),
     ("Taler 1", "Retningslinjerne er godkendt.")],
    [("Taler 3", "Kan vi få en status om et halvt år?"), ("Taler 2", "Det kan vi godt."),
     ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Kan de nye få en mentor?"), ("Taler 2", "Det har vi aftalt."), ("Taler 1", "Så er de godkendt.")],
])
def test_round_126_answers_that_take_nothing_in(talk):
    draft = draft_decision(_RULES, _spoken([("Taler 2", "Sagen."), *talk]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved"


@pytest.mark.parametrize("talk", [
    [("Taler 3", "Jeg foreslår en fast mødedag."), ("Taler 4", "Det støtter jeg."),
     ("Taler 1", "Så godkender vi dem med Annes forslag.")],
    [("Taler 1", "Så er retningslinjerne godkendt med månedlig opfølgning.")],
    [("Taler 1", "Retningslinjerne er godkendt, og tre kommer i september.")],
    [("Taler 3", "Kan vi få færre møder om ugen?"), ("Taler 2", "Det vil lederne gerne."), ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Der er for lidt om ergonomi."), ("Taler 2", "Det kan vi uddybe."),
     ("Taler 1", "Så uddyber vi det, og retningslinjerne er godkendt.")],
    [("Taler 3", "Det skal sikres, at alle har en aftale."), ("Taler 2", "Det er tilføjet."),
     ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Mødet i påsken bør aflyses."), ("Taler 1", "Så aflyser vi det, og retningslinjerne er godkendt.")],
    [("Taler 3", "Kan HR få en plads i følgegruppen?"), ("Taler 2", "Ja, fra september."), ("Taler 1", "Så er de godkendt.")],
])
def test_round_127_a_remark_named_by_the_approval_or_answered_in_other_words(talk):
    draft = draft_decision(_RULES, _spoken([("Taler 2", "Sagen."), *talk]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark"


def test_round_127_a_plain_answer_with_what_is_there_takes_nothing_in():
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Kan lederne se aftalerne?"), ("Taler 2", "Ja, det kan de."),
            ("Taler 1", "Så er de godkendt.")]
    assert draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize(("agenda_item", "said", "kind"), [
    (_RULES, "Dem lægger vi i skuffen indtil videre.", "postponed"),
    (_RULES, "Så beslutter vi det om tre uger.", "postponed"),
    (_RULES, "Lad os tage dem næste gang.", "postponed"),
    (item(10, "Salg af arealer", None, "Administrationen indstiller, at udvalget anbefaler salget."),
     "Så sætter vi handlen i bero.", "postponed"),
    (item(12, "Beslutning om fælles mødefri fredag", None, "CBA indstiller, at der indføres mødefri fredag."),
     "Så fortsætter vi som hidtil.", "rejected"),
    (item(16, "Nyt system", None, "CBA indstiller, at der indkøbes et nyt ledelsesinformationssystem."),
     "Vi bliver ved det gamle.", "rejected"),
])
def test_round_128_later_and_no_in_plain_words(agenda_item, said, kind):
    draft = draft_decision(agenda_item, _spoken([("Taler 2", "Sagen."), ("Taler 1", said)]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == kind


@pytest.mark.parametrize("talk", [
    [("Taler 3", "Der skal stå noget om pauser."), ("Taler 2", "Vi laver et afsnit."), ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Lederne skal have en vejledning."), ("Taler 2", "Den følger med."), ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Må aftalerne også gælde om lørdagen?"), ("Taler 2", "Ja, det må de gerne."),
     ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Jeg siger ja, hvis der kommer et afsnit om udstyr."), ("Taler 1", "Det kommer der."),
     ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Den skal have en klagevej."), ("Taler 2", "Den får en."), ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Tillidsrepræsentanterne vil gerne læse dem først."), ("Taler 2", "De kan få dem i morgen."),
     ("Taler 1", "Så er de godkendt.")],
])
def test_round_129_still_more_answers_that_take_a_suggestion_in(talk):
    draft = draft_decision(_RULES, _spoken([("Taler 2", "Sagen."), *talk]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark"


def test_round_129_looking_into_it_takes_nothing_in():
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Kan aftalerne ligge i intranettet?"), ("Taler 2", "Det undersøger vi."),
            ("Taler 1", "Så er de godkendt.")]
    assert draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


def test_round_129_a_numbered_point_dropped_by_its_pronoun_and_the_rest_approved():
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Budgettet virker overflødigt."), ("Taler 1", "Det dropper vi."),
            ("Taler 1", "Resten er godkendt.")]
    assert draft_decision(_THREE_THINGS, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"


def test_round_130_approved_with_the_additions_named_right_after_the_verb():
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Der skal stå noget om udstyr og om pauser."),
            ("Taler 1", "Så godkender vi med de to præciseringer.")]
    draft = draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert (draft.kind, "med de to præciseringer" in draft.text) == ("approved_with_remark", True)


def test_round_130_a_choice_written_down_is_no_orientation():
    choice = item(55, "Beslutning om opfølgning på politikker", None,
                  "Administrationen indstiller, at udvalget beslutter, hvilke politikker der følges op på.")
    talk = [("Taler 2", "Hvilke skal vi følge op på?"), ("Taler 1", "Klimaplanen og sundhedspolitikken."),
            ("Taler 2", "Så noterer vi dem.")]
    assert draft_decision(choice, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "decided"


_THREE_POINTS = item(5, "Beslutning om AI", None,
                     "Kommunaldirektøren indstiller,\n1. at status tages til efterretning\n"
                     "2. at retningslinjerne godkendes\n3. at et awarenessforløb igangsættes")


@pytest.mark.parametrize(("agenda_item", "said", "kind"), [
    # one part approved, another by name put off or dropped, in two sentences
    (_THREE_POINTS, "Status og retningslinjer siger vi ja til. Awareness kommer igen i januar.", "partly_approved"),
    (_THREE_POINTS, "Retningslinjerne godkender vi. Forløbet tager vi ved budgettet.", "partly_approved"),
    (_THREE_POINTS, "Vi godkender punkt et og to. Punkt tre skal vi have regnet på.", "partly_approved"),
    (_THREE_POINTS, "Vi godkender retningslinjerne. Awareness dropper vi.", "partly_approved"),
    (_HALLS, "Hverdagene er fordelt. Weekenderne tager vi på næste møde.", "partly_approved"),
    (_HALLS, "Så venter weekenderne. Hverdagene er fine.", "partly_approved"),
    (_HALLS, "De første tre godkender vi. Resten vil vi drøfte igen.", "partly_approved"),
    (_HALLS, "Vi er klar til at godkende tre af dem. Den sidste skal vi have mere at vide om.", "partly_approved"),
    (_HALLS, "Så springer vi badminton over og godkender de andre.", "partly_approved"),
    # a point only taken to efterretning is no part approved
    (_THREE_POINTS, "Vi tager status til efterretning. Resten tager vi på næste møde.", "postponed"),
    # the part left out, put off in its own relative clause, is the remark
    (item(50, "Plan for svømmehaller", None, "Forvaltningen indstiller, at planen sendes i høring."),
     "Planen sendes i høring uden afsnittet om Ørsted, som vi tager op igen.", "approved_with_remark"),
    # not a part: the thing approved comes back after its hearing; a trip's date; an agenda item put off
    (item(50, "Plan for svømmehaller", None, "Forvaltningen indstiller, at planen sendes i høring."),
     "Den går i høring nu og kommer tilbage til os efter sommerferien.", "approved"),
])
def test_round_131_parts_named_apart_in_plain_words(agenda_item, said, kind):
    draft = draft_decision(agenda_item, _spoken([("Taler 2", "Sagen."), ("Taler 1", said)]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == kind


@pytest.mark.parametrize(("said", "part"), [
    ("Tretten af dem får pengene. Hobro-projektet må søge igen.", "at Hobro-projektet må søge igen"),
    ("Planen er godkendt. Vi vil dog gerne se den igen om et år.", "at den tages op igen om et år"),
])
def test_round_131_a_part_to_apply_again_and_a_look_again_after_a_short_approval(said, part):
    draft = draft_decision(_HALLS, _spoken([("Taler 2", "Sagen."), ("Taler 1", said)]), CHEFFORUM, chair="Taler 1")
    assert (draft.kind, part in draft.text) == ("approved_with_remark", True)


@pytest.mark.parametrize(("said", "part"), [
    ("Vi godkender dem under den betingelse, at de evalueres efter et år.", "at de evalueres efter et år"),
    ("Godkendt på det vilkår, at HovedMED bakker op.", "at HovedMED bakker op"),
    ("Vi godkender, og vi vil samtidig gerne have, at lederne får et kursus.", "at lederne får et kursus"),
    ("Godkendt, og så beder vi om, at de evalueres til jul.", "at de evalueres til jul"),
    ("De godkendes, og vi lægger til grund, at ingen mister deres arbejdsplads.", "at ingen mister"),
    ("Vi vedtager dem med mulighed for at sige nej i travle perioder.", "mulighed for at sige nej"),
    ("De godkendes, og elever får tre dage ekstra om året.", "elever får tre dage ekstra"),
    ("De vedtages, og vi beder HR se på skabelonen igen.", "HR skal se på skabelonen igen"),
    ("Det vedtages, og udvalget ønsker en status om et halvt år.", "en status om et halvt år"),
])
def test_round_132_remarks_in_the_approvals_own_words(said, part):
    draft = draft_decision(_RULES, _spoken([("Taler 2", "Sagen."), ("Taler 1", said)]), CHEFFORUM, chair="Taler 1")
    assert (draft.kind, part in draft.text) == ("approved_with_remark", True)


@pytest.mark.parametrize("said", [
    "De er godkendt, og vi får en status om et år.",
    "Godkendt, og tak for et godt stykke arbejde.",
])
def test_round_132_no_remark_in_a_delivery_or_thanks(said):
    draft = draft_decision(_RULES, _spoken([("Taler 2", "Sagen."), ("Taler 1", said)]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved"


@pytest.mark.parametrize("said", [
    "Vi er ikke enige, og så falder forslaget.",
    "Ingen af os kan godkende den. Den falder.",
    "Der gives ingen bevilling til det i år.",
])
def test_round_133_refusals_said_near_approval_words(said):
    draft = draft_decision(_RULES, _spoken([("Taler 2", "Sagen."), ("Taler 1", said)]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "rejected"


@pytest.mark.parametrize("talk", [
    [("Taler 3", "Vikarerne skal have en introduktion."), ("Taler 2", "Den er lagt ind i forslaget nu."),
     ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Det ville være godt med en fast kontaktperson."), ("Taler 2", "Vi udpeger en i hver afdeling."),
     ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Aftalerne bør have en udløbsdato."), ("Taler 2", "De får et år."), ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Skærmene skal være ergonomiske."), ("Taler 2", "Det bliver et krav."), ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Lederne skal have et kursus."), ("Taler 2", "Det har HR lovet."), ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Lad os give de nyansatte tre dage."), ("Taler 1", "Det er der flertal for. De er godkendt.")],
    [("Taler 3", "Trivslen er et must."), ("Taler 1", "Enig, og det skal stå i referatet. De er godkendt.")],
])
def test_round_134_an_answer_that_promises_the_change_in_its_own_words(talk):
    draft = draft_decision(_RULES, _spoken([("Taler 2", "Sagen."), *talk]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark"


@pytest.mark.parametrize("talk", [
    [("Taler 3", "Vi vil gerne have en evaluering til jul."), ("Taler 2", "Den får I."), ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Jeg mangler tal for brugen."), ("Taler 1", "Dem kommer vi med til sommer. De er godkendt.")],
    [("Taler 3", "Aftalerne skal gemmes."), ("Taler 2", "Det tager vi med i budgetopfølgningen."),
     ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Lederne skal kunne sige nej."), ("Taler 2", "Det står der allerede."), ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Der skal være en søgefunktion."), ("Taler 2", "Det er også planen."), ("Taler 1", "Så er de godkendt.")],
])
def test_round_134_answers_that_promise_no_change(talk):
    draft = draft_decision(_RULES, _spoken([("Taler 2", "Sagen."), *talk]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved"


@pytest.mark.parametrize("talk", [
    [("Taler 3", "Aftalerne bør gælde fra april."), ("Taler 2", "Vi sætter dem til 1. april."), ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Der bør være et tilskud til udstyr."), ("Taler 2", "Vi indfører et tilskud på 2.000."),
     ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Lederne skal have en vejledning."), ("Taler 2", "De tilbydes en vejledning i maj."),
     ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "De skal nævne pauserne."), ("Taler 2", "Vi skriver dem ind."), ("Taler 1", "Så er de godkendt.")],
])
def test_round_135_the_presenters_promise_with_a_date_an_amount_or_in_the_passive(talk):
    draft = draft_decision(_RULES, _spoken([("Taler 2", "Sagen."), *talk]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark"


def test_round_135_the_approvers_own_act_is_no_promise_taken_up():
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Er de så nødvendige?"), ("Taler 2", "De er en sikkerhed, hvis det går galt."),
            ("Taler 1", "Vi vedtager dem."), ("Taler 1", "Der er flertal for det.")]
    assert draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("talk", [
    [("Taler 3", "Vi bør have en fælles kalender."), ("Taler 1", "Godt forslag. Det gør vi."), ("Taler 1", "De er godkendt.")],
    [("Taler 3", "Lederne skal kunne kræve fremmøde."), ("Taler 1", "Det er meget rimeligt."), ("Taler 1", "De er godkendt.")],
    [("Taler 3", "HR bør tjekke aftalerne."), ("Taler 1", "Det sørger jeg for."), ("Taler 1", "De er godkendt.")],
    [("Taler 3", "Elever skal undtages."), ("Taler 1", "Det bliver de."), ("Taler 1", "Vi vedtager dem.")],
    [("Taler 3", "Der skal være en klagemulighed."), ("Taler 1", "Det er naturligvis en forudsætning."),
     ("Taler 1", "De er godkendt.")],
    [("Taler 3", "Lederne skal inddrages."), ("Taler 1", "Det skal de."), ("Taler 1", "De er godkendt.")],
    [("Taler 3", "Kantinen mangler et tilbud."), ("Taler 1", "Så får den en salatbar."), ("Taler 1", "De er godkendt.")],
    [("Taler 3", "Ordet 'kan' er for vagt."), ("Taler 1", "Vi skriver 'skal'."), ("Taler 1", "Så er de godkendt.")],
])
def test_round_136_a_suggestion_taken_up_in_the_chairs_own_words(talk):
    draft = draft_decision(_RULES, _spoken([("Taler 2", "Sagen."), *talk]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark"


def test_round_136_what_is_always_done_is_no_change():
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Vi bør sende dem til MED."), ("Taler 1", "Det gør vi altid."),
            ("Taler 1", "De er godkendt.")]
    assert draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


def test_round_137_announcing_a_status_given_at_once_is_no_task():
    talk = [("Taler 1", "Jeg giver en status på lederdagen."), ("Taler 1", "Programmet er klar, og stedet er booket."),
            ("Taler 3", "Godt."), ("Taler 1", "Tak.")]
    draft = draft_decision(BUDGET_ITEM, _spoken(talk), CHEFFORUM, chair="Taler 1", names={"Taler 1": "Henrik Harder"})
    assert draft.followups == ()


@pytest.mark.parametrize("talk", [
    [("Taler 3", "De bør have et mål."), ("Taler 2", "Et mål på to dage om ugen skriver vi ind."), ("Taler 1", "Så er de godkendt.")],
    [("Taler 3", "Prøveperioden er for kort."), ("Taler 2", "Vi giver den et halvt år mere."), ("Taler 1", "Så er de godkendt.")],
])
def test_round_138_the_thing_promised_first_and_a_fault_of_length(talk):
    draft = draft_decision(_RULES, _spoken([("Taler 2", "Sagen."), *talk]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark"


@pytest.mark.parametrize("said", [
    "Jeg vil vente med retningslinjerne, til vi kender tallene.",
    "Jeg vil gerne vente på MED's høringssvar.",
    "Ja, tallene først. Så tager vi stilling.",
    "Så taler vi med tillidsrepræsentanterne og vender tilbage.",
    "Så får sekretariatet retningslinjerne tilbage og kommer igen.",
])
def test_round_139_later_after_members_said_approval_words(said):
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Jeg kan godt godkende dem."), ("Taler 1", said)]
    assert draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "postponed"


@pytest.mark.parametrize("said", [
    "Status og retningslinjer siger vi ja til. Jamen, awareness kommer igen i januar.",
    "Retningslinjerne, øh, godkender vi. Forløbet, øh, tager vi ved budgettet.",
])
def test_round_140_parts_named_apart_read_without_the_small_words_of_speech(said):
    draft = draft_decision(_THREE_POINTS, _spoken([("Taler 2", "Sagen."), ("Taler 1", said)]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "partly_approved"


def test_round_141_the_other_points_taken_when_something_is_ready():
    said = "Så godkender vi status, og de to andre tager vi, når budgettet er kendt."
    draft = draft_decision(_THREE_POINTS, _spoken([("Taler 2", "Sagen."), ("Taler 1", said)]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "partly_approved"
    assert "udsatte de to andre" in draft.text


@pytest.mark.parametrize(("talk", "kind"), [
    # a suggestion answered for next time is no change now
    ([("Taler 3", "Jeg synes, vi skal huske de frivillige."), ("Taler 1", "Det gør vi næste gang."),
      ("Taler 1", "Retningslinjerne godkendes som foreslået.")], "approved"),
    # the chair's own demand on the thing, in the passive, granted by the presenter
    ([("Taler 1", "De skal også oversættes til engelsk."), ("Taler 2", "Det gør vi."), ("Taler 1", "Så vedtager vi dem.")],
     "approved_with_remark"),
    # a member's "Men X skal …" restated in the approval as a standing duty
    ([("Taler 3", "Enig. Men HR skal rapportere til os hvert kvartal."), ("Taler 1", "Det er en god idé."),
      ("Taler 1", "Retningslinjerne er godkendt, og HR rapporterer til Chefforum hvert kvartal.")], "approved_with_remark"),
])
def test_round_141_a_suggestion_for_later_and_demands_taken_up(talk, kind):
    draft = draft_decision(_RULES, _spoken([("Taler 2", "Sagen."), *talk]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == kind


def test_round_141_a_task_asked_by_name_after_taking_the_case_back():
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Den er for generel."),
            ("Taler 1", "Marie, kan du tage den med hjem og komme med et nyt udkast til næste møde?"),
            ("Taler 4", "Ja, det gør jeg.")]
    draft = draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1", names={"Taler 4": "Marie Aasøe"})
    assert [(f.who, f.what, f.when) for f in draft.followups] == [
        ("Marie Aasøe", "komme med et nyt udkast", "til næste møde")]


def test_round_141_a_task_on_a_pronoun_said_first_reads_in_plain_order():
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Vi skal have flere praktikpladser."), ("Taler 1", "Gode input."),
            ("Taler 1", "Dem arbejder forvaltningen videre med.")]
    draft = draft_decision(_PROGRAMME, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert [(f.who, f.what) for f in draft.followups] == [("Forvaltningen", "arbejder videre med dem")]


@pytest.mark.parametrize(("said", "text"), [
    ("Så er vi enige. Indstilling et og to er godkendt, og awarenessforløbet dropper vi.",
     "Chefforum godkendte indstilling 1 og 2, men ikke awarenessforløbet."),
    ("Vi godkender status og retningslinjerne, og forløbet siger vi nej til.", None),
])
def test_round_142_a_part_dropped_beside_the_points_approved(said, text):
    draft = draft_decision(_THREE_POINTS, _spoken([("Taler 2", "Sagen."), ("Taler 1", said)]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "partly_approved"
    assert text is None or text in draft.text



@pytest.mark.parametrize("said", [
    "Vi godkender retningslinjerne, og forslaget afviser vi.",
    "Vi godkender retningslinjerne, og forslaget dropper vi.",
    "Retningslinjerne er godkendt. Forslaget om rabat afviser vi.",
    "Ændringsforslaget er faldet. Retningslinjerne er godkendt.",
])
def test_round_143_a_members_proposal_refused_beside_the_approval_is_no_refusal(said):
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Jeg foreslår en rabat til de små klubber."), ("Taler 1", said)]
    draft = draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert (draft.kind, draft.text) == ("approved", "Chefforum godkendte indstillingen.")


@pytest.mark.parametrize(("agenda_item", "said"), [
    (_RULES, "Vi godkender ikke retningslinjerne, og ønsket afviser vi."),
    (_RULES, "Forslaget afviser vi."),
    # on an item that is a proposal, the proposal refused is the item refused
    (item(123, "Forslag fra Enhedslisten om gratis frugt", None, "Økonomiudvalget indstiller, at forslaget vedtages."),
     "Vi godkender dagsordenen, og forslaget afviser vi."),
])
def test_round_143_the_proposal_refused_alone_or_as_the_item_stays_a_refusal(agenda_item, said):
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Jeg foreslår en rabat til de små klubber."), ("Taler 1", said)]
    assert draft_decision(agenda_item, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "rejected"


def test_round_144_the_promise_that_made_the_remark_is_no_task():
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Der skal stå noget om elever."), ("Taler 2", "Vi tilføjer et afsnit."),
            ("Taler 1", "Så er de godkendt.")]
    draft = draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert (draft.kind, draft.followups) == ("approved_with_remark", ())


def test_round_144_a_task_in_the_approval_or_a_delivery_promised_stays():
    said = [("Taler 2", "Sagen."), ("Taler 3", "Der skal stå noget om elever."), ("Taler 2", "Vi tilføjer et afsnit."),
            ("Taler 1", "Så er de godkendt, og vi evaluerer dem igen om et halvt år.")]
    draft = draft_decision(_RULES, _spoken(said), CHEFFORUM, chair="Taler 1")
    assert [(f.who, f.what) for f in draft.followups] == [("Chefforum", "evaluerer dem igen")]
    sent = [("Taler 2", "Sagen."), ("Taler 3", "Vi bør sende dem til MED."), ("Taler 2", "Vi sender dem i morgen."),
            ("Taler 1", "Så er de godkendt.")]
    draft = draft_decision(_RULES, _spoken(sent), CHEFFORUM, chair="Taler 1")
    assert [(f.who, f.what) for f in draft.followups] == [("Chefforum", "sender dem")]


@pytest.mark.parametrize(("talk", "kind"), [
    ([("Taler 3", "Jeg kan ikke se behovet."), ("Taler 1", "Så fortsætter vi med den ordning, vi har.")], "rejected"),
    ([("Taler 3", "MED skal høres."), ("Taler 1", "Så beslutter vi den, når MED har været hørt.")], "postponed"),
    ([("Taler 3", "Lederne skal have en vejledning."), ("Taler 2", "Det sørger HR for."), ("Taler 1", "Så er de godkendt.")],
     "approved_with_remark"),
    ([("Taler 3", "Enig, men lad os sikre, at vikarerne også er med."),
      ("Taler 1", "Så er de godkendt, og vikarerne er med.")], "approved_with_remark"),
])
def test_round_145_going_on_as_now_deciding_later_and_requests_taken_up(talk, kind):
    draft = draft_decision(_RULES, _spoken([("Taler 2", "Sagen."), *talk]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == kind


def test_round_145_a_trial_in_one_place_first():
    draft = draft_decision(_RULES, _spoken([("Taler 2", "Sagen."), ("Taler 1", "Vi prøver det i én afdeling først.")]),
                           CHEFFORUM, chair="Taler 1")
    assert (draft.kind, draft.text) == ("approved_with_remark", "Chefforum godkendte indstillingen som forsøg i én "
                                                                "afdeling først.")


def test_round_145_how_many_approved_and_a_thing_by_adjective_and_noun_put_off():
    said = "Så godkender vi to, og nye forløb venter, til budgettet er kendt."
    draft = draft_decision(_THREE_POINTS, _spoken([("Taler 2", "Sagen."), ("Taler 1", said)]), CHEFFORUM, chair="Taler 1")
    assert (draft.kind, draft.text) == ("partly_approved", "Chefforum godkendte de to og udsatte nye forløb.")


def test_round_145_a_majority_and_the_grant_against_a_refusing_indstilling():
    grant = item(51, "Tilskud", None, "Forvaltningen indstiller, at tilskuddet ikke imødekommes.")
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Vi bør give noget."), ("Taler 1", "Så er der flertal, og tilskuddet gives.")]
    assert draft_decision(grant, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize(("said", "task"), [
    ("Så er de godkendt, og Marie udpeger en kontaktperson.", ("Marie Aasøe", "udpeger en kontaktperson")),
    ("Så er de godkendt, og forvaltningen tilpasser vejledningen.", ("Forvaltningen", "tilpasser vejledningen")),
    ("Så venter vi, og Marie får teksten gennemgået af en jurist.",
     ("Marie Aasøe", "får teksten gennemgået af en jurist")),
])
def test_round_145_tasks_to_appoint_adapt_and_have_done(said, task):
    draft = draft_decision(_RULES, _spoken([("Taler 2", "Sagen."), ("Taler 1", said)]), CHEFFORUM, chair="Taler 1")
    assert [(f.who, f.what) for f in draft.followups] == [task]


def test_round_145_the_case_sent_to_med_before_the_decision_is_no_task():
    said = "Så sender vi retningslinjerne til MED og beslutter dem bagefter."
    draft = draft_decision(_RULES, _spoken([("Taler 2", "Sagen."), ("Taler 1", said)]), CHEFFORUM, chair="Taler 1")
    assert (draft.kind, draft.followups) == ("postponed", ())


def test_round_146_the_indstilling_said_again_after_the_approval_is_no_remark():
    merge = item(23, "Skolestruktur", None, "Borgmesteren indstiller, at de to afdelinger sammenlægges fra 1. august.")
    talk = [("Taler 2", "Sagen."), ("Taler 1", "Så er den vedtaget, og afdelingerne lægges sammen.")]
    assert draft_decision(merge, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


def test_round_146_an_outside_authority_that_will_not_approve_refuses_nothing():
    speed = item(31, "Hastighed", None, "Borgmesteren indstiller, at hastigheden nedsættes til 40 km/t.")
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Hvorfor ikke 30?"), ("Taler 2", "Politiet vil ikke godkende 30."),
            ("Taler 1", "Så bliver det 40 kilometer i timen.")]
    assert draft_decision(speed, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize(("agenda_item", "said", "kind"), [
    (_RULES, "Så godkender vi ikke noget i dag.", "postponed"),
    (_THREE_POINTS, "Retningslinjerne sætter vi i gang, og forløbet venter.", "partly_approved"),
    (item(40, "Kunst", None, "Forvaltningen indstiller, at skulpturen indkøbes."),
     "Skulpturen købes, og den opstilles ved biblioteket.", "approved_with_remark"),
    (item(46, "Julefrokost", None, "Kommunaldirektøren indstiller, at der holdes en fælles julefrokost."),
     "Så aflyser vi julefrokosten.", "rejected"),
    (item(20, "Mødeplan", None, "Kommunaldirektøren indstiller, at mødeplanen godkendes."),
     "Så aflyser vi juli, og mødeplanen er godkendt.", "approved_with_remark"),
])
def test_round_146_nothing_yet_a_part_started_a_placement_and_a_cancellation(agenda_item, said, kind):
    draft = draft_decision(agenda_item, _spoken([("Taler 2", "Sagen."), ("Taler 1", said)]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == kind


@pytest.mark.parametrize(("said", "kind", "text"), [
    ("Vi følger administrationen.", "rejected", "Chefforum fulgte indstillingen: ansøgningen afslås."),
    ("Så giver vi dispensationen alligevel.", "approved", "Chefforum fulgte ikke indstillingen."),
])
def test_round_146_an_indstilling_that_refuses_in_its_own_verb_is_followed_or_not(said, kind, text):
    refusal = item(7, "Dispensation", None, "Administrationen indstiller, at ansøgningen afslås.")
    draft = draft_decision(refusal, _spoken([("Taler 2", "Sagen."), ("Taler 1", said)]), CHEFFORUM, chair="Taler 1")
    assert (draft.kind, draft.text) == (kind, text)


@pytest.mark.parametrize(("talk", "kind"), [
    ([("Taler 3", "Svartiden er for lang."), ("Taler 2", "Den nye aftale har et krav om svar inden for to dage."),
      ("Taler 1", "Så er de godkendt.")], "approved"),
    ([("Taler 3", "Der skal være cykelparkering."), ("Taler 2", "Der kommer tyve pladser."), ("Taler 1", "Så er de godkendt.")],
     "approved_with_remark"),
    ([("Taler 3", "Ungdomsholdene har ingen træningstider."), ("Taler 2", "De kan få torsdag."),
      ("Taler 1", "Så er de godkendt.")], "approved_with_remark"),
    ([("Taler 3", "Vi har ingen bemærkninger."), ("Taler 1", "Så er de godkendt.")], "approved"),
])
def test_round_147_what_the_thing_already_holds_how_many_come_and_a_lack(talk, kind):
    draft = draft_decision(_RULES, _spoken([("Taler 2", "Sagen."), *talk]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == kind


@pytest.mark.parametrize(("said", "text"), [
    ("Retningslinjerne godkendes. Vikarerne skal dog have en kortere udgave.",
     "Chefforum godkendte indstillingen med den bemærkning, at vikarerne skal have en kortere udgave."),
    ("De er godkendt. Chefforum noterer sig med tilfredshed, at fraværet falder.",
     "Chefforum godkendte indstillingen med den bemærkning, at Chefforum noterer sig med tilfredshed, at fraværet "
     "falder."),
    ("De er godkendt, og vi følger op på dem hvert kvartal.",
     "Chefforum godkendte indstillingen med den bemærkning, at vi følger op på dem hvert kvartal."),
])
def test_round_147_a_limit_with_dog_a_concern_noted_and_a_standing_duty(said, text):
    draft = draft_decision(_RULES, _spoken([("Taler 2", "Sagen."), ("Taler 1", said)]), CHEFFORUM, chair="Taler 1")
    assert (draft.kind, draft.text, draft.followups) == ("approved_with_remark", text, ())


@pytest.mark.parametrize(("said", "text"), [
    ("Godkendt – men første år er en forsøgsperiode.",
     "Chefforum godkendte indstillingen med den bemærkning, at første år er en forsøgsperiode."),
    ("Vi godkender dem. Det er en forudsætning, at MED bliver hørt.",
     "Chefforum godkendte indstillingen under forudsætning af, at MED bliver hørt."),
    ("De godkendes med de faldne bemærkninger om elever og vikarer.",
     "Chefforum godkendte indstillingen med de faldne bemærkninger om elever og vikarer."),
])
def test_round_148_a_but_after_a_dash_a_condition_of_its_own_and_the_remarks_made_about(said, text):
    draft = draft_decision(_RULES, _spoken([("Taler 2", "Sagen."), ("Taler 1", said)]), CHEFFORUM, chair="Taler 1")
    assert (draft.kind, draft.text) == ("approved_with_remark", text)


def test_round_148_the_forum_by_name_wishes_a_delivery():
    said = "De godkendes. Chefforum ønsker en status efter et halvt år."
    draft = draft_decision(_RULES, _spoken([("Taler 2", "Sagen."), ("Taler 1", said)]), CHEFFORUM, chair="Taler 1")
    assert [(f.who, f.what, f.when) for f in draft.followups] == [(None, "en status", "efter et halvt år")]


def test_round_149_a_majority_to_recommend_is_a_recommendation():
    advice = item(4, "Udmøntning", None,
                  "Administrationen indstiller, at udvalget anbefaler regionsrådet at godkende udmøntningen.")
    talk = [("Taler 2", "Sagen."), ("Taler 1", "Der er et flertal for at anbefale udmøntningen.")]
    assert draft_decision(advice, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "recommended"


@pytest.mark.parametrize(("said", "kind"), [
    ("Vi er enige om tilgangen, men indstillingerne godkender vi ikke.", "rejected"),
    ("Så tager vi status og retningslinjer og lader awarenessforløbet vente til næste år.", "partly_approved"),
])
def test_round_149_the_whole_indstilling_refused_beside_the_approach_and_a_point_left_to_wait(said, kind):
    draft = draft_decision(_THREE_POINTS, _spoken([("Taler 2", "Sagen."), ("Taler 1", said)]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == kind


def test_round_149_the_choice_written_down_is_no_noting():
    choice = item(55, "Opfølgning på politikker", None,
                  "Administrationen indstiller, at udvalget beslutter, hvilke politikker der følges op på.")
    talk = [("Taler 2", "Sagen."), ("Taler 1", "Vi tager demensstrategien."), ("Taler 2", "Det er noteret."),
            ("Taler 1", "Så er det den.")]
    assert draft_decision(choice, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "decided"


def test_round_149_another_body_doing_what_was_asked_takes_it_up():
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Kan vi sikre, at lederne får en vejledning?"),
            ("Taler 2", "KL laver en skabelon for det."), ("Taler 1", "Så er de godkendt.")]
    assert draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved_with_remark"


@pytest.mark.parametrize(("said", "kind"), [
    ("Så lader vi det hele hvile, til vi har set, hvad KL anbefaler.", "postponed"),
    ("Jeg vil gerne høre MED, før vi lægger os fast.", "postponed"),
    ("Jeg er ked af det, men der er ikke råd til det i år.", "rejected"),
    ("Det vil vi ikke.", "rejected"),
])
def test_round_150_later_and_no_in_plain_words_after_approval_words(said, kind):
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Jeg kan godt godkende dem."), ("Taler 1", said)]
    assert draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("agenda_item", "said"), [
    (_THREE_POINTS, "Retningslinjerne kan vi vedtage. Awareness må vente til august."),
    (item(49, "Sundhedshuse", None, "Koncerndirektionen indstiller,\n1. at der etableres et sundhedshus i Hobro\n"
                                    "2. at der etableres et sundhedshus i Skagen"),
     "Hobro går vi videre med. Skagen venter på kommunens svar."),
    (item(157, "Skolestruktur", None, "Økonomiudvalget indstiller,\n1. at Rold Skole lukkes\n2. at Arden Skole udbygges"),
     "Arden udbygges. Rold Skole forbliver åben."),
])
def test_round_150_a_part_done_in_the_part_first_order_and_a_school_kept_open(agenda_item, said):
    draft = draft_decision(agenda_item, _spoken([("Taler 2", "Sagen."), ("Taler 1", said)]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "partly_approved"


def test_round_151_a_correction_answered_by_the_one_who_fixes_it_past_the_chairs_thanks():
    talk = [("Taler 1", "Dagsorden og referat."), ("Taler 4", "Under punkt fire står der mig. Det var Lise."),
            ("Taler 1", "Tak."), ("Taler 1", "Det retter Trine."), ("Taler 1", "Så er begge dele godkendt.")]
    agenda_and_minutes = item(1, "Godkendelse af dagsorden og referat", None,
                              "Kommunaldirektøren indstiller,\n1. at dagsordenen godkendes\n2. at referatet godkendes")
    draft = draft_decision(agenda_and_minutes, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark"


def test_round_151_the_remark_in_the_chairs_question_answered_yes_and_adopted():
    talk = [("Taler 2", "Sagen."), ("Taler 1", "Skal vi sige, at vi godkender dem, og at der kommer en FAQ?"),
            ("Taler 3", "Ja."), ("Taler 1", "Godt, så gør vi det.")]
    draft = draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert (draft.kind, draft.text) == ("approved_with_remark",
                                        "Chefforum godkendte indstillingen med den bemærkning, at der kommer en FAQ.")


def test_round_151_a_delivery_wished_and_said_to_come():
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Jeg vil gerne have en plan for implementeringen."),
            ("Taler 2", "Den kommer i marts."), ("Taler 1", "Så er de godkendt.")]
    draft = draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1", names={"Taler 1": "Henrik Harder"})
    assert [(f.who, f.what, f.when) for f in draft.followups] == [(None, "en plan for implementeringen", "i marts")]


@pytest.mark.parametrize(("agenda_item", "said", "kind"), [
    (item(45, "Tidsregistrering", None, "CBA indstiller, at tidsregistrering for chefer ophører."),
     "Så fortsætter tidsregistreringen.", "rejected"),
    (_THREE_POINTS, "Opdaterede retningslinjer er godkendt. Forløbet vil jeg gerne vente med til efteråret.",
     "partly_approved"),
])
def test_round_152_going_on_against_an_end_and_a_part_by_adjective_with_the_other_put_off(agenda_item, said, kind):
    draft = draft_decision(agenda_item, _spoken([("Taler 2", "Sagen."), ("Taler 1", said)]), CHEFFORUM, chair="Taler 1")
    assert draft.kind == kind


def test_round_152_a_request_turned_down_in_the_approvers_words_is_no_change():
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Kan det vente et år?"), ("Taler 2", "Nej, reglerne gælder fra januar."),
            ("Taler 1", "Så kan det ikke vente. De er godkendt.")]
    assert draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


def test_round_153_no_remarks_asked_for_and_none_given_approves():
    talk = [("Taler 2", "Sagen."), ("Taler 1", "Nogen bemærkninger?"), ("Taler 3", "Nej."), ("Taler 1", "Næste punkt.")]
    assert draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


def test_round_153_a_figure_that_fell_on_an_orientation_refuses_nothing():
    news = item(15, "Orientering om sygefravær", None, "CBA indstiller, at orienteringen tages til efterretning.")
    talk = [("Taler 2", "Sygefraværet."), ("Taler 3", "Det er faldet. Godt."), ("Taler 1", "Ja, fint.")]
    assert draft_decision(news, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "noted"


def test_round_154_a_report_that_nothing_was_decided_decides_nothing():
    news = item(4, "Orientering om KommuneMED møde", None, "Kommunaldirektøren indstiller, at orienteringen tages til "
                "efterretning.")
    talk = [("Taler 5", "Vi drøftede sygefraværet, og der blev ikke besluttet noget nyt."),
            ("Taler 1", "Tak. Kommentarer? Nej. Så går vi videre.")]
    assert draft_decision(news, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "noted"


def test_round_154_a_decision_reported_still_decides():
    choice = item(12, "Beslutning", None, "Kommunaldirektøren indstiller, at udvalget beslutter, hvilke politikker "
                  "der følges op på.")
    talk = [("Taler 2", "Politikkerne."), ("Taler 1", "Det er besluttet, at vi følger op på ældrepolitikken.")]
    assert draft_decision(choice, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "decided"


def test_round_154_a_condition_on_a_members_yes_taken_up_is_the_remark():
    talk = [("Taler 2", "Retningslinjerne."), ("Taler 1", "Kan vi godkende dem?"),
            ("Taler 3", "Det kan vi. Jeg synes dog, at de skal gælde for alle centre."), ("Taler 4", "Enig."),
            ("Taler 1", "Så gør vi det sådan.")]
    draft = draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark"
    assert "at de skal gælde for alle centre" in draft.text


def test_round_154_a_view_without_a_condition_is_no_remark():
    talk = [("Taler 2", "Retningslinjerne."), ("Taler 1", "Kan vi godkende dem?"),
            ("Taler 3", "Det kan vi. Jeg synes, at de er gode."), ("Taler 4", "Enig."), ("Taler 1", "Så gør vi det sådan.")]
    assert draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


def test_round_154_the_chairs_word_before_the_administrations_yes_closes_the_item():
    talk = [("Taler 2", "Retningslinjerne er klar."), ("Taler 1", "De er rigtig gode."),
            ("Taler 1", "Jeg vil bare gerne have en status om et år."), ("Taler 2", "Det kan vi sagtens lave.")]
    assert draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


def test_round_154_a_choice_taken_up_with_so_we_do_it_is_decided():
    choice = item(55, "Beslutning om opfølgning på politikker", None,
                  "Administrationen indstiller, at udvalget beslutter, hvilke politikker der følges op på.")
    talk = [("Taler 2", "Hvilke politikker skal vi følge op på?"),
            ("Taler 1", "Jeg synes, vi skal tage ældrepolitikken. De andre kan vente."), ("Taler 2", "Så gør vi det.")]
    assert draft_decision(choice, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "decided"


_DOGS = item(10, "Hundeskov", None, "Forvaltningen indstiller, at der etableres en hundeskov ved Fovrfelt.")
_ONBOARDING = item(16, "Fælles onboarding", None, "Kommunaldirektøren indstiller, at der indføres fælles onboarding "
                   "for nye medarbejdere.")
_WINTER = item(126, "Forlængelse af aftale", None, "Økonomiudvalget indstiller, at aftalen forlænges med to år.")


def test_round_155_keeping_what_we_have_refuses_something_new():
    intranet = item(13, "Beslutning om nyt intranet", None, "Kommunaldirektøren indstiller, at det nye intranet "
                    "godkendes.")
    assert _closed_by_chair(intranet, "Det gamle virker.", "Vi klarer os med det, vi har.").kind == "rejected"
    assert _closed_by_chair(intranet, "Det gamle virker.",
                            "Nej. Vi lader det ligge og klarer os med det, vi har.").kind == "rejected"
    assert _closed_by_chair(intranet, "Vi mangler prisen.", "Vi lader det ligge til næste møde.").kind == "postponed"


def test_round_155_the_act_done_with_something_added_is_the_remark():
    draft = _closed_by_chair(_DOGS, "Den skal hegnes ind.", "Så etablerer vi hundeskoven med hegn mod stien.")
    assert draft.kind == "approved_with_remark" and "med hegn mod stien" in draft.text
    draft = _closed_by_chair(_ONBOARDING, "Den må ikke erstatte den lokale.",
                             "Så indfører vi fælles onboarding som et supplement til den lokale introduktion.")
    assert draft.kind == "approved_with_remark" and "som et supplement til den lokale introduktion" in draft.text


def test_round_155_what_the_act_is_done_with_in_the_indstilling_or_at_once_is_no_remark():
    assert _closed_by_chair(_WINTER, "Det har gået godt.", "Så forlænger vi aftalen med to år.").kind == "approved"
    assert _closed_by_chair(_DOGS, "Den er god.", "Så etablerer vi hundeskoven med det samme.").kind == "approved"
    assert _closed_by_chair(_ONBOARDING, "Fint.", "Så indfører vi fælles onboarding som foreslået.").kind == "approved"


def test_round_155_written_in_by_the_administration_is_a_change():
    draft = _closed_by_chair(_HEARING, "Den mangler noget om de selvorganiserede.",
                             "Det skriver administrationen ind. Så sender vi den i høring.")
    assert draft.kind == "approved_with_remark"


def test_round_155_all_but_one_and_that_one_put_off_by_its_pronoun_is_partly_approved():
    talk = [("Taler 2", "Anbefalingerne."),
            ("Taler 1", "Vi godkender alle undtagen den om fælles dokumentation. Den skal vi vente med.")]
    assert draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"


def test_round_155_something_that_goes_on_beside_the_approval_is_a_remark_but_not_the_work_itself():
    structure = item(8, "Godkendelse af ny mødestruktur", None, "Kommunaldirektøren indstiller, at den nye "
                     "mødestruktur godkendes.")
    draft = _closed_by_chair(structure, "Vi må ikke miste de korte møder.",
                             "Så er strukturen godkendt, og koordineringsmøderne fortsætter.")
    assert draft.kind == "approved_with_remark" and "koordineringsmøderne fortsætter" in draft.text
    assert _closed_by_chair(structure, "Fint.", "Så er strukturen godkendt, og arbejdet fortsætter.").kind == "approved"


def test_round_156_a_look_again_next_year_beside_the_approval_is_a_remark():
    structure = item(8, "Godkendelse af socialaftale", None, "Koncerndirektionen indstiller, at socialaftalen godkendes.")
    draft = _closed_by_chair(structure, "Den er uambitiøs.", "Så godkender vi den, og vi ser på ambitionerne igen "
                             "næste år.")
    assert draft.kind == "approved_with_remark" and "ambitionerne tages op igen næste år" in draft.text


def test_round_157_someone_given_or_keeping_something_next_to_a_short_approval_is_a_remark():
    halls = item(9, "Halfordeling", None, "Administrationen indstiller, at halfordelingen godkendes.")
    draft = _closed_by_chair(halls, "Badminton mangler tider.",
                             "Fordelingen er godkendt. Badminton får en ekstra time om onsdagen.")
    assert draft.kind == "approved_with_remark" and "badminton får en ekstra time" in draft.text.casefold()
    draft = _closed_by_chair(halls, "Hvad med rådhuset?", "Den er godkendt. Rådhuset beholder en fysisk support.")
    assert draft.kind == "approved_with_remark"


def test_round_157_news_for_the_clubs_next_to_a_short_approval_is_no_remark():
    halls = item(9, "Halfordeling", None, "Administrationen indstiller, at halfordelingen godkendes.")
    assert _closed_by_chair(halls, "Fint.", "Fordelingen er godkendt. Klubberne får besked i morgen.").kind == "approved"


def test_round_157_a_demand_made_with_the_approval_is_the_remark():
    draft = _closed_by_chair(_LEADERS_POINTS, "Jeg synes, vi skal kræve en mentor.",
                             "Så siger vi ja til indstillingerne og kræver en mentor til alle nye ledere.")
    assert draft.kind == "approved_with_remark" and "med krav om en mentor til alle nye ledere" in draft.text
    draft = _closed_by_chair(_LEADERS_POINTS, "Mentor bør være et krav.",
                             "Vi godkender dem og kræver, at alle nye ledere har en mentor.")
    assert draft.kind == "approved_with_remark" and "med krav om, at alle nye ledere har en mentor" in draft.text


def test_round_158_going_on_as_we_have_it_and_dropping_the_idea_refuse():
    structure = item(8, "Godkendelse af ny mødestruktur", None, "Kommunaldirektøren indstiller, at den nye "
                     "mødestruktur godkendes.")
    assert _closed_by_chair(structure, "Den virker ikke.", "Så bliver det ikke den struktur. Vi fortsætter, som vi "
                            "har det nu.").kind == "rejected"
    friday = item(12, "Beslutning om fælles mødefri fredag", None, "CBA indstiller, at der indføres mødefri fredag.")
    assert _closed_by_chair(friday, "Det kan ikke lade sig gøre.", "Så lad os droppe den idé.").kind == "rejected"


def test_round_158_going_on_as_now_on_a_discussion_refuses_nothing():
    theme = item(6, "Temadrøftelse om erhvervssamarbejdet", None, "CBA indstiller, at samarbejdet drøftes.")
    assert _closed_by_chair(theme, "Det fungerer godt.", "Så fortsætter vi som nu.").kind == "discussed"


def test_round_158_asking_for_the_case_reworked_and_brought_again_puts_it_off():
    grants = item(45, "Tilskud til foreningernes lokaler", None, "Forvaltningen indstiller, at tilskuddet godkendes.")
    draft = _closed_by_chair(grants, "Den er svær at forstå.", "Så beder vi forvaltningen om at forenkle den og "
                             "komme igen.")
    assert draft.kind == "postponed"


def test_round_158_one_detail_refused_and_the_rest_fine_is_a_change():
    standard = item(59, "Kvalitetsstandard for hjemmehjælp", None, "Administrationen indstiller, at "
                    "kvalitetsstandarden godkendes.")
    talk = [("Taler 2", "Standarden."),
            ("Taler 1", "Jeg kan ikke godkende, at rengøringen bliver hver tredje uge. Resten er fint."),
            ("Taler 2", "Så ændrer vi det til hver anden uge.")]
    assert draft_decision(standard, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved_with_remark"
    alone = [("Taler 2", "Standarden."), ("Taler 1", "Jeg kan ikke godkende, at rengøringen bliver hver tredje uge.")]
    assert draft_decision(standard, _spoken(alone), CHEFFORUM, chair="Taler 1").kind == "rejected"


def test_round_158_a_change_put_as_the_chairs_proposal_with_the_rest_approved():
    rates = item(11, "Godkendelse af takster", None, "Forvaltningen indstiller, at taksterne godkendes.")
    draft = _closed_by_chair(rates, "Svømning stiger meget.", "Så vil jeg foreslå, at vi holder svømmetaksten på "
                             "sidste års niveau og godkender resten.")
    assert draft.kind == "approved_with_remark"
    assert "med den ændring, at vi holder svømmetaksten på sidste års niveau" in draft.text


def test_round_159_parts_by_number_in_words_and_by_name_put_off_after_a_comma_or_mens():
    talk = [("Taler 2", "Fem indstillinger."), ("Taler 1", "Et og to er godkendt, tre til fem kommer igen efter budgettet.")]
    draft = draft_decision(_LEADERS_POINTS, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "partly_approved" and "indstilling 1 og 2" in draft.text
    talk = [("Taler 2", "Tre indstillinger."),
            ("Taler 1", "Så er status og forløbet godkendt, mens retningslinjerne kommer igen.")]
    assert draft_decision(_THREE_POINTS, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"


def test_round_159_the_case_itself_coming_again_beside_the_approval_is_no_part():
    talk = [("Taler 2", "Planen."), ("Taler 1", "Så er planen godkendt, og sagen kommer igen til orientering i maj.")]
    assert draft_decision(_SICK_PLAN, _spoken(talk), CHEFFORUM, chair="Taler 1").kind != "partly_approved"


def test_round_159_one_part_fine_with_an_adverb_and_another_kept_closed():
    reopening = item(54, "Beslutning om genåbning af caféer og udendørs aktiviteter", None,
                     "Administrationen indstiller, at caféerne genåbnes 15. juni.")
    talk = [("Taler 2", "Caféer og udendørs aktiviteter."),
            ("Taler 1", "Udendørs er helt fint. Caféerne synes jeg, vi skal holde lukket lidt endnu.")]
    assert draft_decision(reopening, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"


def test_round_159_a_part_put_to_next_years_budget_and_a_part_reworked():
    town_hall = item(7, "Anlægsbevilling til renovering af rådhuset", None, "Borgmesteren indstiller, at der gives "
                     "en anlægsbevilling på 12 mio. kr.")
    talk = [("Taler 2", "Tag, vinduer og ventilation."),
            ("Taler 1", "Så bevilger vi til tag og vinduer nu. Ventilationen tager vi med i næste års budget.")]
    assert draft_decision(town_hall, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"
    talk = [("Taler 2", "Planen."), ("Taler 1", "Så godkender vi forebyggelsesdelen, og opfølgningsdelen laver vi om.")]
    assert draft_decision(_SICK_PLAN, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"


def test_round_159_the_process_sent_back_beside_an_orientation_puts_it_off():
    climate = item(9, "Opfølgning på klimahandlingsplaner", None, "Koncerndirektionen indstiller, at opfølgningen "
                   "tages til efterretning og at den videre proces godkendes.")
    talk = [("Taler 2", "Klimaplanerne."),
            ("Taler 1", "Så tager vi opfølgningen til efterretning, og processen skal tilbage og strammes op.")]
    assert draft_decision(climate, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "postponed"


def test_round_159_the_approvers_own_condition_granted_is_the_remark_but_not_one_already_met():
    talk = [("Taler 2", "Retningslinjerne."),
            ("Taler 1", "Jeg kan godkende dem, hvis lederne selv får lov at vælge dagene."), ("Taler 2", "Det kan de godt.")]
    draft = draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark"
    assert "under forudsætning af, at lederne selv får lov at vælge dagene" in draft.text
    talk[2] = ("Taler 2", "Det står allerede i retningslinjerne.")
    assert draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


def test_round_159_a_wish_the_remark_grants_is_no_follow_up():
    plan = item(6, "Mødeplan", None, "Administrationen indstiller, at mødeplanen for 2017 godkendes.")
    talk = [("Taler 2", "Mødeplanen."), ("Taler 3", "Kan vi få et møde mere i efteråret?"), ("Taler 2", "Ja, i oktober."),
            ("Taler 1", "Så er mødeplanen godkendt med et ekstra møde i oktober.")]
    draft = draft_decision(plan, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and draft.followups == ()


def test_round_160_a_choice_put_to_the_next_meeting_is_put_off():
    appoint = item(13, "Udpegning af medlem", None, "Administrationen indstiller, at udvalget udpeger et medlem.")
    assert _closed_by_chair(appoint, "Vi har ingen kandidat.", "Så udpeger vi på næste møde.").kind == "postponed"
    assert _closed_by_chair(appoint, "Jeg foreslår Karin.", "Så udpeger vi Karin Andersen.").kind == "decided"


def test_round_160_a_part_by_a_name_of_its_own_left_waiting_in_a_summing_up():
    talk = [("Taler 2", "AI. Tre indstillinger."),
            ("Taler 1", "Konklusion: status taget til efterretning, retningslinjerne godkendt, og awareness venter til "
                        "efteråret.")]
    assert draft_decision(_THREE_POINTS, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"


def test_round_160_a_task_read_without_hesitation_and_a_delivery_the_meeting_gets():
    programme = _PROGRAMME
    talk = [("Taler 2", "Rammen."), ("Taler 3", "Den ser god ud."),
            ("Taler 1", "Gode input. Så, øh, Kristine tager dem med og laver en ny version.")]
    draft = draft_decision(programme, _spoken(talk), CHEFFORUM, chair="Taler 1", names={"Taler 2": "Kristine Klæbel"})
    assert [(f.who, f.what) for f in draft.followups] == [("Kristine Klæbel", "tager dem med og laver en ny version")]
    grant = item(14, "Anlægsbevilling", None, "Koncerndirektionen indstiller, at der gives en anlægsbevilling.")
    draft = _closed_by_chair(grant, "Vi skal have styr på pengene.",
                             "Bevillingen er givet, og vi får en status, før der bruges flere penge.")
    assert [(f.who, f.what, f.when) for f in draft.followups] == [(None, "en status", "før der bruges flere penge")]
    assert _closed_by_chair(grant, "Fint.", "Bevillingen er givet, og vi får en ekstra time.").followups == ()


def test_round_161_a_reminder_joined_to_a_short_approval_is_a_remark():
    intranet = item(13, "Beslutning om nyt intranet", None, "Kommunaldirektøren indstiller, at det nye intranet "
                    "godkendes.")
    draft = _closed_by_chair(intranet, "Det er dyrt.", "Godkendt. Og husk at involvere kommunikation fra starten.")
    assert draft.kind == "approved_with_remark" and "involvere kommunikation" in draft.text


def test_round_161_the_meetings_own_business_and_what_we_are_given_are_no_remarks():
    terms = item(13, "Revurdering af vilkår", None, "Koncerndirektionen indstiller, at vilkårene revurderes.")
    assert _closed_by_chair(terms, "Fint.", "Revurderingen er godkendt. Og så skal vi huske, at ejeren skal "
                            "orienteres.").kind == "approved"
    draft = _closed_by_chair(_HALLS, "Fint.", "Fordelingen er godkendt, og vi får en status om et år.")
    assert draft.kind == "approved" and [(f.what, f.when) for f in draft.followups] == [("en status", "om et år")]


def test_round_161_the_thing_wished_back_for_evaluation_is_a_follow_up():
    draft = _closed_by_chair(_HALLS, "Fint.", "Den godkendes, og vi vil gerne have den til evaluering om et år.")
    assert [(f.who, f.what, f.when) for f in draft.followups] == [(None, "den til evaluering", "om et år")]


def test_round_162_the_chairs_proposal_with_a_part_taken_into_the_budget_talks_is_partly_approved():
    talk = [("Taler 2", "Tre indstillinger."),
            ("Taler 1", "Jeg foreslår, at vi godkender status og retningslinjer i dag og tager forløbet med i "
                        "budgetforhandlingerne."),
            ("Taler 4", "Det kan jeg leve med.")]
    assert draft_decision(_THREE_POINTS, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"


def test_round_162_the_other_points_approved_after_one_left_to_wait():
    talk = [("Taler 2", "Seks anbefalinger."), ("Taler 1", "Den om dokumentation er jeg usikker på."),
            ("Taler 2", "Vi kan vente med den."), ("Taler 1", "Så gør vi det. De fem andre godkender jeg.")]
    assert draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"
    talk = [("Taler 2", "Seks anbefalinger."), ("Taler 1", "Jeg kan godkende dem alle sammen.")]
    assert draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


def test_round_163_a_change_written_in_past_another_members_seconding():
    process = item(17, "Godkendelse af procesplan", None, "CBA indstiller, at procesplanen godkendes.")
    talk = [("Taler 2", "Procesplanen."), ("Taler 3", "Vi skal have en ekstra runde med direktionen i august."),
            ("Taler 4", "Det er en god idé."), ("Taler 2", "Det lægger vi ind."),
            ("Taler 1", "Godt. Procesplanen er godkendt.")]
    assert draft_decision(process, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved_with_remark"


def test_round_163_a_year_set_with_a_look_after_it_is_a_trial():
    network = item(14, "Deltagelse i netværk", None, "CBA indstiller, at kommunen deltager i netværket.")
    draft = _closed_by_chair(network, "Lad os prøve.", "Fint. Vi deltager i et år og ser, hvad vi får ud af det.")
    assert draft.kind == "approved_with_remark" and "som forsøg i et år" in draft.text


def test_round_163_where_the_money_comes_from_is_a_remark_unless_the_indstilling_says_it():
    pool = item(19, "Budget til kompetenceudvikling", None, "Kommunaldirektøren indstiller, at puljen til "
                "kompetenceudvikling øges med 200.000 kr.")
    draft = _closed_by_chair(pool, "Hvor kommer pengene fra?", "Så øger vi puljen med 200.000 fra den centrale pulje.")
    assert draft.kind == "approved_with_remark" and "med finansiering fra den centrale pulje" in draft.text
    funded = item(7, "Afprøvning af AI", None, "CBA indstiller, at der bevilges 100.000 kr. fra direktionens "
                  "udviklingspulje.")
    assert _closed_by_chair(funded, "Fint.", "Så bevilger vi pengene fra udviklingspuljen.").kind == "approved"


def test_round_163_something_new_made_beside_the_act_is_a_remark_but_not_its_practical_side():
    price = item(52, "Ny billetpris", None, "Forvaltningen indstiller, at billetprisen hæves til 45 kr.")
    draft = _closed_by_chair(price, "Lav et familiekort.", "Så hæves prisen til 45 kroner, og der laves et familiekort.")
    assert draft.kind == "approved_with_remark" and "at der laves et familiekort" in draft.text
    assert _closed_by_chair(price, "Fint.", "Så hæves prisen til 45 kroner, og der laves skilte.").kind == "approved"


def test_round_164_announcing_it_is_a_task():
    reopening = item(54, "Genåbning", None, "Administrationen indstiller, at caféerne genåbnes 15. juni.")
    talk = [("Taler 2", "Genåbningen."), ("Taler 1", "Godkendt."), ("Taler 2", "Vi melder ud i morgen.")]
    draft = draft_decision(reopening, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert [(f.who, f.what, f.when) for f in draft.followups] == [("Chefforum", "melder ud", "i morgen")]


def test_round_165_the_case_itself_lapsing_in_the_chairs_close_refuses():
    system = item(16, "Nyt ledelsesinformationssystem", None, "CBA indstiller, at der indkøbes et nyt "
                  "ledelsesinformationssystem.")
    talk = [("Taler 2", "Systemet."), ("Taler 3", "Vi har ikke brug for det."),
            ("Taler 1", "Nej, det har vi ikke. Forslaget bortfalder.")]
    assert draft_decision(system, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


def test_round_165_a_members_amendment_that_lapsed_refuses_nothing():
    assert _closed_by_chair(_HALLS, "Jeg foreslår en anden fordeling.", "Forslaget er bortfaldet. Fordelingen er "
                            "godkendt.").kind == "approved"


@pytest.mark.parametrize("said", [
    "Så lad os se tiden an.",
    "Så må den modnes lidt endnu.",
    "Så giver vi den en tur forbi KommuneMED.",
    "Fint. Vi beslutter efter prøvesmagningen.",
    "Der mangler noget, før vi kan beslutte. Vi kender ikke driftsudgifterne.",
])
def test_round_166_postponements_in_plain_words(said):
    assert _closed_by_chair(_CANTEEN, "Vi mangler noget.", said).kind == "postponed"


def test_round_166_a_decision_taken_after_looking_at_it_is_no_postponement():
    assert _closed_by_chair(_CANTEEN, "Vi har smagt maden.", "Vi beslutter efter at have smagt den, at den er "
                            "godkendt.").kind != "postponed"


@pytest.mark.parametrize("said", [
    "Nummer et og to er på plads. Nummer tre tager vi stilling til i september.",
    "Vi siger ja til retningslinjerne og status, men nej til forløbet.",
    "Indsats et, to og tre kører vi med. De to sidste afventer trivselsmålingen.",
])
def test_round_167_parts_by_number_and_name_in_plain_words(said):
    talk = [("Taler 2", "Tre indstillinger."), ("Taler 1", said)]
    assert draft_decision(_THREE_POINTS, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"


def test_round_167_a_part_said_yes_to_and_another_decided_when_there_is_a_plan():
    ai = item(7, "Afprøvning af AI", None, "CBA indstiller, at Direktionen godkender at: HTK tilgår anvendelse af AI "
              "med en nysgerrig og afprøvende tilgang. Der bevilges 100.000 kr. til afprøvning.")
    talk = [("Taler 2", "Tilgang og bevilling."),
            ("Taler 1", "Tilgangen siger vi ja til. Bevillingen tager vi stilling til, når vi har en plan.")]
    assert draft_decision(ai, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"
    talk = [("Taler 2", "Tilgang og bevilling."), ("Taler 1", "Så går vi videre med det, og skolerne tager vi "
                                                                "stilling til senere.")]
    assert draft_decision(ai, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind != "postponed"


def test_round_167_money_given_for_one_part_now_and_the_rest_to_the_budget():
    town_hall = item(7, "Anlægsbevilling til renovering af rådhuset", None, "Borgmesteren indstiller, at der gives "
                     "en anlægsbevilling på 12 mio. kr.")
    talk = [("Taler 2", "Tolv millioner."),
            ("Taler 1", "Der gives fire millioner til taget nu, og resten tages med i budgettet for 2016.")]
    assert draft_decision(town_hall, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"


def test_round_167_the_first_ones_approved_and_the_last_to_be_discussed_first():
    talk = [("Taler 2", "Seks anbefalinger."),
            ("Taler 1", "Jeg kan godkende de tre første. De sidste tre vil jeg gerne drøfte med plejecentrene først.")]
    assert draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"


def test_round_168_the_part_left_out_put_off_in_its_relative_clause():
    talk = [("Taler 2", "Lederudvikling."),
            ("Taler 1", "Så godkender vi alt undtagen velkomstpakken, som vi ser på igen.")]
    assert draft_decision(_LEADERS_POINTS, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


def test_round_168_the_part_done_said_with_the_forum_first_and_the_rest_put_off():
    talk = [("Taler 2", "Lederudvikling."),
            ("Taler 1", "Vi går videre med velkomstpakken og netværkene. Resten venter til efter sommerferien.")]
    assert draft_decision(_LEADERS_POINTS, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"
    reopening = item(54, "Genåbning af caféer og udendørs aktiviteter", None,
                     "Administrationen indstiller, at caféerne genåbnes 15. juni.")
    talk = [("Taler 2", "Genåbningen."),
            ("Taler 1", "Vi åbner for de udendørs aktiviteter. Caféerne holder lukket lidt endnu.")]
    assert draft_decision(reopening, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"


def test_round_168_the_others_said_approved_in_the_passive():
    talk = [("Taler 2", "Seks anbefalinger."),
            ("Taler 1", "Anbefaling seks er vi ikke enige i. De andre fem er godkendt.")]
    assert draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"


def test_round_169_taken_up_again_in_a_year_beside_the_approval_is_a_remark():
    draft = _closed_by_chair(_RULES, "Skal det gælde for alle?", "Så er retningslinjerne godkendt, og vi tager dem op "
                             "igen om et år.")
    assert draft.kind == "approved_with_remark" and "at de tages op igen om et år" in draft.text


@pytest.mark.parametrize("agreed", ["Det er rigtigt.", "Det har du ret i.", "Godt forslag.", "God idé."])
def test_round_170_a_demand_agreed_to_in_a_word_before_the_approval_is_the_remark(agreed):
    draft = _closed_by_chair(_RULES, "Lederne skal selv kunne bestemme antallet af dage.", f"{agreed} Godkendt.")
    assert draft.kind == "approved_with_remark" and "Lederne skal selv kunne bestemme" in draft.text


def test_round_170_praise_agreed_to_before_the_approval_is_no_remark():
    assert _closed_by_chair(_RULES, "Det er en god plan.", "Det er rigtigt. Godkendt.").kind == "approved"


def test_round_171_the_standard_that_must_go_back_to_the_administration_is_put_off():
    talk = [("Taler 2", "Rengøring hver tredje uge."), ("Taler 1", "Det kan vi ikke stå inde for."),
            ("Taler 2", "Det er besparelsen fra budgetaftalen."),
            ("Taler 1", "Så må standarden tilbage til forvaltningen, og vi må se på besparelsen igen.")]
    assert draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "postponed"


_MEETINGS_POINTS = item(41, "Beslutning om ny mødestruktur i direktionen", None,
                        "CBA indstiller, at Direktionen:\n1. Godkender ugentlige møder\n"
                        "2. Godkender et månedligt strategimøde")


@pytest.mark.parametrize("said", [
    "Så mødes vi hver uge, og strategimødet bliver ikke til noget.",
    "Så holder vi ugentlige møder. Strategimødet venter vi med.",
    "Vi siger ja til de ugentlige møder, men strategimødet dropper vi.",
])
def test_round_172_one_numbered_point_held_off_by_name_beside_the_act_is_a_partial_approval(said):
    talk = [("Taler 2", "Mødestrukturen."), ("Taler 3", "Ugentlige møder er fint. Strategimødet kan vi undvære."),
            ("Taler 1", said)]
    draft = draft_decision(_MEETINGS_POINTS, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "partly_approved"


@pytest.mark.parametrize(("said", "kind"), [
    ("Så bliver der ingen nye møder.", "rejected"),
    ("Så godkender vi ikke de ugentlige møder, og strategimødet bliver ikke til noget.", "rejected"),
    ("Så venter vi med det hele til efter sommerferien.", "postponed"),
])
def test_round_172_every_point_held_off_stays_a_refusal_or_postponement(said, kind):
    talk = [("Taler 2", "Mødestrukturen."), ("Taler 3", "Det er for mange møder."), ("Taler 1", said)]
    assert draft_decision(_MEETINGS_POINTS, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


_JOINT_PURCHASE = item(19, "Beslutning om fælles indkøb af værnemidler", None,
                       "Koncerndirektionen indstiller, at regionen indgår i det fælles indkøb.")


@pytest.mark.parametrize(("said", "kind"), [
    ("Så melder vi os ikke ind, før kontrakten er på plads.", "postponed"),
    ("Så melder vi os ikke ind.", "rejected"),
    ("Så kan vi ikke gøre det færdigt i dag. Indkøbet kommer på næste møde.", "postponed"),
    ("Så kan vi ikke gå med i indkøbet.", "rejected"),
    ("Så giver vi den en måned mere.", "postponed"),
    ("Så giver vi administrationen lidt mere tid.", "postponed"),
])
def test_round_173_a_no_that_only_waits_is_a_postponement(said, kind):
    talk = [("Taler 2", "Værnemidlerne."), ("Taler 3", "Vi mangler at se den endelige kontrakt."), ("Taler 1", said)]
    assert draft_decision(_JOINT_PURCHASE, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize("said", ["Så bliver der hverken ugentlige møder eller strategimøder.",
                                  "Så holder vi hverken ugentlige møder eller strategimøder."])
def test_round_174_neither_of_two_is_a_refusal(said):
    talk = [("Taler 2", "Mødestrukturen."), ("Taler 3", "Det er for mange møder."), ("Taler 1", said)]
    assert draft_decision(_MEETINGS_POINTS, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


_SCHOOL_SALE = item(125, "Salg af den tidligere skole i Rold", None,
                    "Økonomiudvalget indstiller, at skolen sælges til højestbydende.")


@pytest.mark.parametrize(("said", "kind"), [
    ("Så sælger vi aldrig skolen.", "rejected"),
    ("Vi sælger ingenting.", "rejected"),
    ("Så sælger vi ingen af dem.", "rejected"),
    ("Så bliver der intet salg.", "rejected"),
    ("Så sælger vi skolen.", "approved"),
])
def test_round_175_any_negation_after_the_indstillings_verb_refuses_it(said, kind):
    talk = [("Taler 2", "Skolen i Rold."), ("Taler 3", "Borgerne vil gerne bruge den."), ("Taler 1", said)]
    assert draft_decision(_SCHOOL_SALE, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_175_nothing_said_for_remarks_is_no_refusal():
    talk = [("Taler 1", "Dagsordenen."), ("Taler 2", "Intet.")]
    agenda = item(1, "Godkendelse af dagsorden", None)
    assert draft_decision(agenda, _spoken(talk), DIREKTIONEN).kind == "approved"


@pytest.mark.parametrize(("said", "kind"), [
    ("Skolen skal ikke sælges.", "rejected"),
    ("Den kan ikke sælges.", "rejected"),
    ("Skolen skal sælges.", "approved"),
])
def test_round_176_a_modal_before_the_negated_passive_refuses(said, kind):
    talk = [("Taler 2", "Skolen i Rold."), ("Taler 3", "Borgerne vil gerne bruge den."), ("Taler 1", said)]
    assert draft_decision(_SCHOOL_SALE, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


_PILOT = item(25, "Beslutning om pilotprojekt med 4-dages arbejdsuge", None,
              "CBA indstiller, at der igangsættes et pilotprojekt med 4-dages arbejdsuge i to centre.")
_TIME_RECORDING = item(45, "Beslutning om tidsregistrering for chefer", None,
                       "CBA indstiller, at tidsregistrering for chefer ophører.")


@pytest.mark.parametrize(("agenda", "said", "kind"), [
    (_PILOT, "Så afblæser vi pilotprojektet.", "rejected"),
    (_PILOT, "Så stopper vi pilotprojektet her.", "rejected"),
    (_PILOT, "Pilotprojektet er afblæst.", "rejected"),
    (_PILOT, "Så stopper vi diskussionen og godkender projektet.", "approved"),
    (_TIME_RECORDING, "Så stopper vi tidsregistreringen.", "approved"),
])
def test_round_176_what_was_to_start_stopped_is_a_refusal_unless_the_stop_was_asked(agenda, said, kind):
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Der er mange meninger."), ("Taler 1", said)]
    assert draft_decision(agenda, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize("said", [
    "Skolen sælges først til foråret.", "Vi sælger skolen senere.", "Vi skubber salget.",
    "Salget skubbes til efteråret.", "Salget er sat på standby.", "Vi tager en pause med salget.",
    "Vi vender tilbage til salget.", "Salget bliver taget op igen i marts.", "Salget kommer til at vente.",
    "Vi lader salget vente.", "Skolen bliver ikke solgt før til sommer.",
    "Skolen sættes først til salg, når borgerforeningen har svaret.",
])
def test_round_177_a_clear_postponement_of_the_indstillings_act_is_no_approval(said):
    talk = [("Taler 2", "Skolen i Rold."), ("Taler 3", "Borgerne vil gerne bruge den."), ("Taler 1", said)]
    assert draft_decision(_SCHOOL_SALE, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "postponed"


def test_round_177_the_thing_left_to_wait_after_another_act_is_no_postponement_of_the_case():
    talk = [("Taler 2", "Sundhedsprofilen."), ("Taler 3", "Flere unge er ensomme."),
            ("Taler 1", "Vi tager profilen til efterretning og vender tilbage til ensomheden.")]
    profile = item(6, "Orientering om sundhedsprofilen", None,
                   "Administrationen indstiller, at sundhedsprofilen tages til efterretning.")
    assert draft_decision(profile, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "noted"


_CANTEEN = item(9, "Beslutning om ny kantineordning", None, "CBA indstiller, at den nye kantineordning godkendes.")


def test_round_178_a_second_from_the_room_before_the_grant_keeps_the_wish_granted():
    talk = [("Taler 2", "Kantineordningen."), ("Taler 3", "Handicapidrætten skal have et ekstra tillæg."),
            ("Taler 4", "Det er jeg også for."), ("Taler 1", "Det får de."), ("Taler 1", "Ordningen er godkendt.")]
    draft = draft_decision(_CANTEEN, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "Handicapidrætten" in draft.text


def test_round_178_the_presenter_saying_another_party_can_accept_it_grants_the_demand():
    talk = [("Taler 2", "Kantineordningen."), ("Taler 3", "Løbetiden skal ned på to år."),
            ("Taler 2", "Det kan leverandøren godt acceptere."), ("Taler 1", "Så er den godkendt på de vilkår.")]
    assert draft_decision(_CANTEEN, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved_with_remark"


@pytest.mark.parametrize(("promise", "kind", "tasks"), [
    ("Det tager vi med i kontrakten.", "approved_with_remark", 0),
    ("Det tager vi med i budgetopfølgningen.", "approved", 1),
])
def test_round_178_taken_into_the_contract_is_the_remark_and_no_task(promise, kind, tasks):
    talk = [("Taler 2", "Kantineordningen."), ("Taler 3", "Der skal være et glutenfrit alternativ hver dag."),
            ("Taler 1", promise), ("Taler 1", "Ordningen er godkendt.")]
    draft = draft_decision(_CANTEEN, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == kind and len(draft.followups) == tasks


_LEASE = item(17, "Beslutning – leje af lokaler til Digitalisering og IT", None,
              "Administrationen indstiller, at lejemålet godkendes.")


@pytest.mark.parametrize(("said", "kind"), [
    ("Vi prøver. Administrationen forhandler og kommer tilbage med et nyt forslag.", "postponed"),
    ("Så vender vi tilbage med et nyt forslag.", "rejected"),
])
def test_round_179_renegotiated_and_brought_back_is_put_off_a_new_proposal_alone_refuses(said, kind):
    talk = [("Taler 2", "Lejemålet."), ("Taler 3", "Ti års uopsigelighed er for lang tid."), ("Taler 1", said)]
    assert draft_decision(_LEASE, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


_HOME_WORK = item(10, "Godkendelse af retningslinjer for hjemmearbejde", None,
                  "Kommunaldirektøren indstiller, at retningslinjerne godkendes.")


@pytest.mark.parametrize(("said", "kind"), [
    ("Retningslinjerne ryger.", "rejected"),
    ("Den ryger ud.", "rejected"),
    ("Den er død.", "rejected"),
    ("Den må vi lade ligge.", "postponed"),
    ("Den skal have mere arbejde.", "postponed"),
    ("Den tager vi en anden dag.", "postponed"),
    ("Lad os lige sove på det.", "postponed"),
    ("Vi tænker over det.", "postponed"),
    ("Vi tager en tænkepause.", "postponed"),
    ("Nej. Vi lader det ligge og klarer os med det, vi har.", "rejected"),
])
def test_round_180_a_no_or_a_not_yet_in_plain_words_is_no_approval(said, kind):
    talk = [("Taler 2", "Retningslinjerne for hjemmearbejde."), ("Taler 3", "Jeg har mine tvivl."), ("Taler 1", said)]
    assert draft_decision(_HOME_WORK, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


def test_round_180_sent_to_the_hearing_is_no_refusal():
    talk = [("Taler 2", "Retningslinjerne for hjemmearbejde."), ("Taler 3", "De er klar."),
            ("Taler 1", "Så ryger den i høring.")]
    assert draft_decision(_HOME_WORK, _spoken(talk), CHEFFORUM, chair="Taler 1").kind != "rejected"


@pytest.mark.parametrize(("said", "kind"), [
    ("Den skal skrives om.", "postponed"),
    ("Så må Kristine lave dem om.", "postponed"),
    ("Nej, den kan vi ikke stå på mål for i den her form. Den må skrives om fra bunden.", "rejected"),
    ("Det kan vi ikke godkende. Den skal laves om.", "rejected"),
])
def test_round_181_made_again_said_alone_waits_after_a_refusal_it_is_the_refusal(said, kind):
    talk = [("Taler 2", "Retningslinjerne for hjemmearbejde."), ("Taler 3", "Jeg har mine tvivl."), ("Taler 1", said)]
    assert draft_decision(_HOME_WORK, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


_ARDEN_GRANT = item(121, "Anlægsbevilling til ny daginstitution i Arden", None,
                    "Økonomiudvalget indstiller, at der gives en anlægsbevilling på 18 mio. kr.")


@pytest.mark.parametrize("said", [
    "Vi finder pengene til næste år.", "Måske næste år.", "Det må budgetforhandlingerne afgøre.",
    "Det overlader vi til budgetforhandlingerne.", "Det hører hjemme i budgettet.",
])
def test_round_182_the_grant_handed_to_the_budget_or_next_year_waits(said):
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Der er mange meninger."), ("Taler 1", said)]
    assert draft_decision(_ARDEN_GRANT, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "postponed"


def test_round_182_looking_at_it_in_the_budget_after_a_refusal_stays_a_refusal_and_a_task():
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Vi har ikke pengene."),
            ("Taler 1", "Så giver vi ikke pengene i år. Det ser vi på i budget 2027.")]
    draft = draft_decision(_ARDEN_GRANT, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "rejected"


@pytest.mark.parametrize(("agenda", "said", "kind"), [
    (item(12, "Beslutning om fælles mødefri fredag", None, "CBA indstiller, at der indføres mødefri fredag."),
     "Så forbliver fredag en almindelig arbejdsdag.", "rejected"),
    (item(16, "Beslutning om nyt ledelsesinformationssystem", None,
          "CBA indstiller, at der indkøbes et nyt ledelsesinformationssystem."),
     "Så er det spild at købe noget nu. Vi holder os til Excel, til det kommer.", "rejected"),
    (_HOME_WORK, "Så fortsætter vi, som vi gør nu.", "rejected"),
    (_HOME_WORK, "Så må de følges ad. Vi tager dem sammen, når lønpolitikken er klar.", "postponed"),
    (_HOME_WORK, "Så får HR tid til det, og retningslinjerne kommer på, når tallene er der.", "postponed"),
    (_HOME_WORK, "Vi mødes med MED og beslutter derefter.", "postponed"),
    (_HOME_WORK, "Så må vi have høringssvarene belyst, inden retningslinjerne kan vedtages.", "postponed"),
    (_HOME_WORK, "Så får administrationen dem med hjem og retter dem til.", "postponed"),
])
def test_round_183_fresh_plain_no_and_not_yet_closes(agenda, said, kind):
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Der er mange meninger."), ("Taler 1", said)]
    assert draft_decision(agenda, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize("said", ["Vi holder os til de 80.000.", "Så kortes den ned, inden den sendes i høring."])
def test_round_183_the_amount_proposed_kept_and_a_condition_before_the_hearing_are_no_no(said):
    budget = item(11, "Godkendelse af budget for lederdagen", None,
                  "Kommunaldirektøren indstiller, at budgettet på 80.000 kr. godkendes.")
    talk = [("Taler 2", "Budgettet."), ("Taler 3", "Det bliver dyrere."), ("Taler 1", said)]
    assert draft_decision(budget, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind not in ("rejected", "postponed")


_SCHOOLS = item(157, "Skolestruktur 2021", None, "Økonomiudvalget indstiller,\n1. at Rold Skole lukkes\n2. at Arden Skole udbygges")
_PSYCHIATRY = item(54, "Psykiatriplan 2020", None, "Administrationen indstiller, at udvalget anbefaler\n1. psykiatriplanen\n"
                   "2. etablering af et akutteam\n3. lukning af afsnit 12")
_SPORTS = item(25, "Idrætsfaciliteter i Gilleleje", None,
               "Administrationen indstiller,\n1. at der udarbejdes en helhedsplan\n2. at der afsættes 1 mio. kr. til "
               "forprojekt")


@pytest.mark.parametrize(("agenda", "said"), [
    (_SCHOOLS, "Vi udbygger Arden. Spørgsmålet om Rold tager vi op igen, når vi har talt med forældrene."),
    (_PSYCHIATRY, "Så anbefaler vi planen og akutteamet, mens afsnit 12 bliver."),
    (_SPORTS, "Helhedsplanen går vi i gang med. Millionen til forprojektet kommer først i næste budget."),
    (_MEETINGS_POINTS, "Ugentlige møder er godkendt, og strategimødet rykker vi til efteråret."),
])
def test_round_184_a_point_done_and_one_held_off_in_fresh_words_is_a_partial_approval(agenda, said):
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Der er mange meninger."), ("Taler 1", said)]
    assert draft_decision(agenda, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


_AI_POINTS = item(5, "Beslutning om AI og nye teknologier i AK", None,
                  "Kommunaldirektøren indstiller,\n1) at status på anvendelse af AI-løsninger tages til efterretning\n"
                  "2) at AI retningslinjer godkendes\n3) at igangsættelse af AI-Awarenessforløb godkendes")
_ON_CALL = item(40, "Beslutning om fælles vagtordning", None,
                "CBA indstiller, at Direktionen:\n1. Godkender en fælles vagtordning\n"
                "2. Godkender et vagttillæg på 1.500 kr. om måneden")


@pytest.mark.parametrize(("agenda", "said"), [
    (_AI_POINTS, "Vi godkender det hele, men awarenessforløbet skal først starte i januar."),
    (_ON_CALL, "Så godkender vi ordningen med et vagttillæg på 2.000 kroner, ikke 1.500."),
])
def test_round_184_a_point_changed_is_no_point_held_off(agenda, said):
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Der er mange meninger."), ("Taler 1", said)]
    assert draft_decision(agenda, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved_with_remark"


def test_round_185_a_point_named_in_its_definite_form_is_that_point():
    nature = item(26, "Naturplan for Gribskov", None,
                  "Administrationen indstiller,\n1. at naturplanen godkendes\n2. at der udlægges 200 ha ny skov")
    talk = [("Taler 2", "Naturplanen."), ("Taler 3", "200 hektar er for meget landbrugsjord."),
            ("Taler 1", "Naturplanen er godkendt. Skoven må vi finde et andet sted til, så den del kommer igen.")]
    assert draft_decision(nature, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize(("asked", "granted"), [
    ("Vi skal have en social klausul med.", "Klausulen kommer med i udbuddet."),
    ("Familiebilletten skal blive på 120 kroner.", "Den bliver."),
])
def test_round_186_the_wish_granted_by_the_thing_named_or_kept(asked, granted):
    talk = [("Taler 2", "Kantineordningen."), ("Taler 3", asked), ("Taler 1", granted),
            ("Taler 1", "Ordningen er godkendt.")]
    assert draft_decision(_CANTEEN, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved_with_remark"


def test_round_186_asking_for_it_names_no_task():
    talk = [("Taler 2", "Kantineordningen."), ("Taler 3", "Bæredygtige produkter skal vægtes højere."),
            ("Taler 2", "Det kan vi bede om i kontrakten."), ("Taler 1", "Så beder vi om det. Ordningen er godkendt.")]
    draft = draft_decision(_CANTEEN, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and not draft.followups


_PLAN_TO_RECOMMEND = item(54, "Psykiatriplan 2020", None,
                          "Administrationen indstiller, at udvalget anbefaler regionsrådet at godkende psykiatriplanen.")


@pytest.mark.parametrize(("said", "kind"), [
    ("Regionsrådet får den ikke med vores anbefaling.", "rejected"),
    ("Vi anbefaler regionsrådet at sige nej.", "rejected"),
    ("Så sender vi den videre uden anbefaling.", "rejected"),
    ("Den må regionsrådet tage stilling til uden os.", "rejected"),
    ("Så sender vi den videre med vores anbefaling.", "recommended"),
])
def test_round_187_a_recommendation_withheld_or_against_is_no_recommendation(said, kind):
    talk = [("Taler 2", "Psykiatriplanen."), ("Taler 3", "Der er mange meninger."), ("Taler 1", said)]
    assert draft_decision(_PLAN_TO_RECOMMEND, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("price", "kind"), [("42", "approved_with_remark"), ("45", "approved")])
def test_round_188_another_amount_said_as_the_last_word_after_the_approval_is_the_remark(price, kind):
    ticket = item(52, "Godkendelse af ny billetpris i svømmehallen", None,
                  "Forvaltningen indstiller, at billetprisen hæves til 45 kr.")
    talk = [("Taler 2", "Billetprisen."), ("Taler 3", "Vi foreslår en anden pris."),
            ("Taler 1", f"Det vedtages med 5 mod 4. Prisen bliver {price} kroner.")]
    assert draft_decision(ticket, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize("said", [
    "Så må vi have MED's bemærkninger med, før vi kan godkende dem.",
    "Så får vi en demo på næste møde, og så beslutter vi.",
    "Vi skal høre HR, inden vi kan sige ja.",
])
def test_round_189_what_must_come_before_we_can_decide_puts_it_off(said):
    talk = [("Taler 2", "Retningslinjerne."), ("Taler 3", "MED har ikke set dem."), ("Taler 1", said)]
    assert draft_decision(_HOME_WORK, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "postponed"


@pytest.mark.parametrize(("said", "kind"), [
    ("Så sætter vi det ind, og planen er godkendt.", "approved_with_remark"),
    ("Så skriver vi den ind i retningslinjerne.", "approved"),
])
def test_round_190_the_presenters_offer_taken_in_by_the_forums_own_act(said, kind):
    plan = item(12, "Godkendelse af plan for sygefravær", None, "Kommunaldirektøren indstiller, at planen godkendes.")
    talk = [("Taler 2", "Planen for sygefravær."), ("Taler 3", "Jeg savner et mål for korttidsfraværet."),
            ("Taler 2", "Vi kan sætte et mål på 2 procent."), ("Taler 1", said)]
    assert draft_decision(plan, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


def test_round_190_agreed_on_another_number_than_the_indstilling_is_the_change():
    pool = item(10, "Lukning af svømmehal i sommerferien", None,
                "Administrationen indstiller, at svømmehallen holdes lukket i uge 28-31.")
    talk = [("Taler 2", "Svømmehallen."), ("Taler 3", "Fire uger er for lang tid. Højst to."),
            ("Taler 1", "Så er vi enige om to uger.")]
    assert draft_decision(pool, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved_with_remark"


_BUDGET_PROCESS = item(17, "Godkendelse af procesplan for budget 2026", None, "CBA indstiller, at procesplanen godkendes.")


@pytest.mark.parametrize(("wish", "said", "kind"), [
    # what the approval adds after ", og" takes up the member's wish: the wish granted
    ("Jeg vil gerne have MED ind tidligere.", "Vi godkender planen, og MED kommer med allerede i marts.",
     "approved_with_remark"),
    ("Kan høringen af lederne ikke ligge før sommerferien?",
     "Vi godkender planen, og høringen af lederne ligger i juni.", "approved_with_remark"),
    # nothing wished: only what comes next
    ("Den ser fin ud.", "Vi godkender planen, og MED kommer med allerede i marts.", "approved"),
    # a task for someone named stays a follow-up beside a plain approval
    ("Jeg vil gerne have MED ind tidligere.", "Vi godkender planen, og HR sender den til MED.", "approved"),
    ("Jeg vil gerne have MED ind tidligere.", "Vi godkender planen, og den sendes til MED til orientering.",
     "approved"),
])
def test_round_191_an_added_clause_that_takes_up_the_wish_just_made_is_the_remark(wish, said, kind):
    talk = [("Taler 2", "Procesplanen for budget 2026."), ("Taler 3", wish), ("Taler 1", said)]
    assert draft_decision(_BUDGET_PROCESS, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


def test_round_191_what_is_to_be_written_in_beside_the_approval_is_the_remark():
    standard = item(59, "Godkendelse af kvalitetsstandard for hjemmehjælp", None,
                    "Administrationen indstiller, at kvalitetsstandarden godkendes.")
    talk = [("Taler 2", "Kvalitetsstandarden."), ("Taler 3", "Rengøring hver anden uge er for lidt for nogle."),
            ("Taler 1", "Så godkender vi den, og det skrives tydeligt, at man kan få mere efter en konkret vurdering.")]
    draft = draft_decision(standard, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark"
    assert "med den bemærkning, at man kan få mere efter en konkret vurdering" in draft.text


@pytest.mark.parametrize(("said", "kind"), [
    ("Så skal den forbi MED, inden vi går videre.", "postponed"),
    ("Lad os se dem begge, før vi vælger.", "postponed"),
    ("Den skal vi have, og så tager vi sagen op i december.", "postponed"),
    ("Så hører vi dem, før udbuddet sættes i gang.", "postponed"),
    ("Så bliver vi ved den struktur, vi kender.", "rejected"),
    ("Jeg kan høre, at de ikke kan bruges, som de står. Dem lægger vi væk.", "rejected"),
])
def test_round_192_not_yet_and_no_in_fresh_plain_words(said, kind):
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Der mangler noget."), ("Taler 1", said)]
    assert draft_decision(_HOME_WORK, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


def test_round_192_an_opening_that_waits_for_the_views_puts_nothing_off():
    talk = [("Taler 1", "Ledelsesprogrammet."), ("Taler 1", "Jeg vil gerne høre jeres tanker, før vi går videre."),
            ("Taler 2", "Det skal hænge sammen med vores værdier."), ("Taler 1", "Tak for en god drøftelse.")]
    assert draft_decision(_PROGRAMME, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "discussed"


def test_round_192_each_going_on_with_its_own_against_something_shared_refuses_it():
    talk = [("Taler 2", "Fælles onboarding."), ("Taler 4", "Afdelingerne har allerede gode forløb."),
            ("Taler 1", "Så kører afdelingerne videre med deres egne forløb.")]
    assert draft_decision(_ONBOARDING, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "rejected"


@pytest.mark.parametrize(("said", "kind"), [
    ("Så åbner vi udendørs den 15. juni og lader caféerne være lukket indtil videre.", "partly_approved"),
    ("Så åbner vi udendørs den 15. juni og caféerne den 1. juli.", "approved_with_remark"),
])
def test_round_192_one_part_opened_and_the_other_left_closed_is_a_partial_approval(said, kind):
    reopening = item(54, "Beslutning om genåbning af caféer og udendørs aktiviteter", None,
                     "Administrationen indstiller, at caféerne genåbnes 15. juni.")
    talk = [("Taler 2", "Caféerne og de udendørs aktiviteter."), ("Taler 3", "Caféerne er for risikable."),
            ("Taler 1", said)]
    assert draft_decision(reopening, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


def test_round_192_the_amount_not_granted_beside_the_approach_approved_is_a_partial_approval():
    ki = item(7, "Afprøvning af kunstig intelligens i Høje-Taastrup Kommune", None,
              "CBA indstiller, at Direktionen godkender at: HTK tilgår anvendelse af AI med en nysgerrig og afprøvende "
              "tilgang. Der bevilges 100.000 kr. fra direktionens udviklingspulje til kompetenceløft og afprøvning af AI.")
    talk = [("Taler 2", "AI-sagen."), ("Taler 1", "Vi godkender tilgangen, men de 100.000 bevilger vi ikke.")]
    assert draft_decision(ki, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize(("said", "kind"), [
    ("Så giver det ikke mening at vedtage den nu. Den kommer, når resultaterne er klar.", "postponed"),
    ("Så skriver Kristine formålet skarpere, og så får vi det igen.", "postponed"),
    ("Ja, det må vi have styr på først. Vi kigger på det i næste måned.", "postponed"),
    ("Så holder vi os ude.", "rejected"),
    ("Så må det blive et andet år.", "rejected"),
    ("Måske næste år.", "postponed"),
])
def test_round_193_back_when_ready_or_left_out_in_fresh_plain_words(said, kind):
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Der mangler noget."), ("Taler 1", said)]
    assert draft_decision(_HOME_WORK, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


_COMMISSION = item(17, "Godkendelse af kommissorium for arbejdsgruppe om rekruttering", None,
                   "Kommunaldirektøren indstiller, at kommissoriet godkendes.")


@pytest.mark.parametrize(("talk", "followups"), [
    # a task asked of someone named, answered with a yes
    ([("Taler 1", "Kristine, kan du spørge afdelingerne?"), ("Taler 2", "Ja, det gør jeg.")],
     [("Kristine Klæbel", "spørge afdelingerne", None)]),
    # who will follow up, answered by a role
    ([("Taler 4", "Hvem følger op på den?"), ("Taler 1", "Det gør afdelingscheferne, hver i deres afdeling.")],
     [("afdelingscheferne", "følger op på den", None)]),
    # who does something already is no task
    ([("Taler 4", "Hvem koordinerer superbrugerne?"), ("Taler 2", "Det gør digitaliseringsenheden.")], []),
    # someone by their role asked for something
    ([("Taler 1", "Vi beder centerchefen om en handleplan for rekrutteringen.")],
     [("Centerchefen", "en handleplan for rekrutteringen", None)]),
    # something made another way, with the time said in the yes
    ([("Taler 3", "Kan vi få dem opdelt på afdelinger?"), ("Taler 2", "Det kan vi godt til næste gang.")],
     [(None, "dem opdelt på afdelinger", "til næste gang")]),
    # a status given at once is no task
    ([("Taler 1", "Kristine, vil du give en status?"), ("Taler 2", "Ja.")], []),
])
def test_round_194_tasks_asked_and_taken_in_fresh_words(talk, followups):
    said = [("Taler 2", "Kommissoriet for arbejdsgruppen."), *talk, ("Taler 1", "Så er kommissoriet godkendt.")]
    draft = draft_decision(_COMMISSION, _spoken(said), CHEFFORUM, chair="Taler 1", names={"Taler 2": "Kristine Klæbel"})
    assert [(f.who, f.what, f.when) for f in draft.followups] == followups


_TRAFFIC = item(37, "Trafiksikkerhedsplan", None,
                "Borgmesteren indstiller,\n1. at planen godkendes\n2. at der gives 3 mio. kr. til de første projekter")
_LONELINESS = item(78, "Styrket indsats mod ensomhed", None,
                   "Administrationen indstiller, at\n1. indsatsen mod ensomhed godkendes\n"
                   "2. der afsættes 500.000 kr. til frivilligkoordinering\n3. indsatsen evalueres efter et år")
_HARBOUR = item(38, "Havneudvikling", None, "Borgmesteren indstiller,\n1. at masterplanen for havnen godkendes\n"
                "2. at der igangsættes en lokalplan for etape 1")


@pytest.mark.parametrize(("points", "said", "kind"), [
    # a point noted, another done, a third held off
    (_AI_POINTS, "Status noterer vi, og forløbet sætter vi i gang. Retningslinjerne skal strammes og komme igen.",
     "partly_approved"),
    # a point left as it is, the rest said yes to (" og " before the second verb parts the clauses)
    (_LEADERS_POINTS, "Så lader vi netværkene være og siger ja til resten.", "partly_approved"),
    (_MEETINGS_POINTS, "Så holder vi de ugentlige møder og dropper strategimødet.", "partly_approved"),
    # a point waiting on something
    (_ON_CALL, "Vagtordningen indfører vi. Tillægget afventer forhandlingerne.", "partly_approved"),
    # the money named by a money word or its figure, put to the budget
    (_TRAFFIC, "Planen er godkendt. Pengene hører hjemme i budgetforhandlingerne.", "partly_approved"),
    (_LONELINESS, "Indsatsen og evalueringen godkender vi. De 500.000 må vente til budget 2021.", "partly_approved"),
    # points by number words, the first said to be in place
    (_LEADERS_POINTS, "Godt. Et til fem er på plads, seks tager vi en anden gang.", "partly_approved"),
    # every point held off, or only noted beside the others held off: no part approved
    (_HARBOUR, "Så sender vi masterplanen tilbage og venter med lokalplanen.", "postponed"),
    (_AI_POINTS, "Så må retningslinjerne vente, til vi kender reglerne. Status tager vi til efterretning.", "postponed"),
])
def test_round_195_points_done_and_held_off_in_fresh_words(points, said, kind):
    talk = [("Taler 2", "Indstillingerne."), ("Taler 3", "Der er en af dem, jeg ikke er klar til."), ("Taler 1", said)]
    assert draft_decision(points, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


_STRUCTURE = item(8, "Godkendelse af ny mødestruktur", None, "Kommunaldirektøren indstiller, at den nye mødestruktur godkendes.")


@pytest.mark.parametrize(("talk", "kind"), [
    # approved "på den måde" / "sådan", said last, past the approver's own assent
    ([("Taler 3", "Fredagsmøderne skal slutte senest klokken 14."), ("Taler 1", "Det lyder rimeligt."),
      ("Taler 1", "Vi godkender strukturen på den måde.")], "approved_with_remark"),
    ([("Taler 3", "Halvdelen af møderne bør være korte."), ("Taler 1", "Det er en god løsning."),
      ("Taler 1", "Strukturen vedtages, fordelt sådan.")], "approved_with_remark"),
    # … but not after the approver's own "Nej." to remarks: as proposed
    ([("Taler 1", "Er der bemærkninger?"), ("Taler 1", "Nej."), ("Taler 1", "Så vedtages den sådan.")], "approved"),
    # taken in by "Så kommer det med", opening the approval
    ([("Taler 3", "Vi skal altid have en fast mødeleder."), ("Taler 4", "Det er god praksis."),
      ("Taler 1", "Så kommer det med, og strukturen er godkendt.")], "approved_with_remark"),
    # a lack pointed out and the presenter's promise
    ([("Taler 3", "Hastesagerne er ikke nævnt."), ("Taler 2", "Den får et afsnit."),
      ("Taler 1", "Så er strukturen godkendt.")], "approved_with_remark"),
    # a proposal in a few words, taken up by "lad os gøre det"
    ([("Taler 3", "Vi mangler nogen til at styre det."), ("Taler 4", "Mødeledere, to pr. afdeling."),
      ("Taler 1", "Ja, lad os gøre det."), ("Taler 1", "Så er strukturen godkendt.")], "approved_with_remark"),
    # a plain view, then a plain "lad os gøre det"
    ([("Taler 3", "Den ser fornuftig ud."), ("Taler 1", "Ja, lad os gøre det."),
      ("Taler 1", "Så er strukturen godkendt.")], "approved"),
])
def test_round_196_a_remark_said_by_a_member_and_taken_up_in_few_words(talk, kind):
    said = [("Taler 2", "Mødestrukturen."), *talk]
    assert draft_decision(_STRUCTURE, _spoken(said), CHEFFORUM, chair="Taler 1").kind == kind


def test_round_197_nothing_to_the_agenda_and_on_to_the_next_item_approves_it():
    talk = [("Taler 1", "Er der noget til dagsorden eller referat?"), ("Taler 4", "Nej."), ("Taler 5", "Heller ikke her."),
            ("Taler 1", "Så er vi klar til punkt to.")]
    assert draft_decision(_AGENDA_AND_MINUTES, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


def test_round_197_a_yes_on_a_condition_past_a_second_is_the_condition():
    talk = [("Taler 2", "Status, retningslinjer og awareness."), ("Taler 1", "Kan vi godkende det?"),
            ("Taler 3", "Ja, hvis afdelingerne får superbrugere."), ("Taler 4", "Det er jeg enig i."),
            ("Taler 1", "Så gør vi det.")]
    draft = draft_decision(_AI_POINTS, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark"
    assert "under forudsætning af, at afdelingerne får superbrugere" in draft.text


def test_round_197_not_ready_to_say_yes_refuses():
    talk = [("Taler 2", "AI-afprøvningen."), ("Taler 4", "Det er for vagt."),
            ("Taler 1", "Jeg hører, at vi ikke er klar til at sige ja. Vi tager en dialog med centercheferne.")]
    assert draft_decision(_AI_POINTS, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "rejected"


@pytest.mark.parametrize(("said", "kind"), [
    ("Jeg tror ikke, vi skal ændre noget lige nu. Vi beholder strukturen, som den er.", "rejected"),
    ("Så lader vi organiseringen være, som den er.", "rejected"),
    ("Så tager vi den ikke i dag. HR afstemmer den først.", "postponed"),
    ("Så lægger vi den fast, når tilmeldingen er lukket.", "postponed"),
    ("Ja. Så beslutter vi, når tilbuddene er kommet.", "postponed"),
])
def test_round_198_kept_as_it_is_or_decided_when_something_is_there(said, kind):
    talk = [("Taler 2", "Mødestrukturen."), ("Taler 3", "Den løser ikke noget."), ("Taler 1", said)]
    assert draft_decision(_STRUCTURE, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("talk", "kind"), [
    # every unit by the plural, the verb first
    ([("Taler 5", "To til fire superbrugere i hver afdeling."),
      ("Taler 1", "Så siger vi ja til det hele, og så udpeger afdelingerne superbrugere.")], "approved_with_remark"),
    # on with the thing by its definite form, after taking in what was asked
    ([("Taler 3", "Hvad med uddannelse af redaktørerne?"), ("Taler 3", "Det synes jeg, det skal være med."),
      ("Taler 1", "Enig. Det kommer med, og så går vi videre med strukturen.")], "approved_with_remark"),
    ([("Taler 3", "Den ser fin ud."), ("Taler 1", "Så går vi videre med strukturen.")], "approved"),
    # adopted "med det", said last
    ([("Taler 3", "MED ville gerne have, at det er lederen, der godkender."),
      ("Taler 1", "Det er også vores holdning. Så vedtager vi den med det.")], "approved_with_remark"),
    # a measurement agreed with the act
    ([("Taler 3", "Vi skal måle på det."), ("Taler 1", "Vi indfører den og laver en måling efter tre måneder.")],
     "approved_with_remark"),
    # no reason to say no
    ([("Taler 3", "Alle har stemt for."), ("Taler 1", "Så er der ingen grund til at sige nej.")], "approved"),
    # "sådan" after praise alone is as proposed
    ([("Taler 3", "Det er en god model."), ("Taler 1", "Så kører vi den sådan.")], "approved"),
])
def test_round_199_longer_talk_closed_in_few_words(talk, kind):
    said = [("Taler 2", "Mødestrukturen."), *talk]
    assert draft_decision(_STRUCTURE, _spoken(said), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("said", "kind"), [
    ("Så går vi videre med undersøgelsen af alternativerne.", "postponed"),
    ("Vi går videre med at undersøge prisen.", "postponed"),
    ("Så går vi videre med intranettet.", "approved"),
])
def test_round_200_going_on_to_find_out_more_puts_it_off(said, kind):
    intranet = item(13, "Beslutning om nyt intranet", None, "Kommunaldirektøren indstiller, at det nye intranet godkendes.")
    talk = [("Taler 2", "Intranettet."), ("Taler 3", "Det er dyrt."), ("Taler 1", said)]
    assert draft_decision(intranet, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("said", "kind"), [
    ("Så sender vi den retur til HR med ønske om et mere ambitiøst udkast.", "postponed"),
    ("Ja. Beregningen først, så beslutter vi.", "postponed"),
    ("Det gør vi, og så tager vi den derefter.", "postponed"),
    ("Så afstemmer vi den med borgmesteren, og så ser vi den på næste møde.", "postponed"),
    ("Vi er ikke enige, så den må vi arbejde videre med og tage igen.", "postponed"),
    ("Ja, retningslinjerne aflyses i år.", "rejected"),
    ("Så lader vi dem ligge på det nuværende.", "rejected"),
    ("Så lader vi dem ligge.", "postponed"),
])
def test_round_201_first_this_then_we_decide_and_kept_at_its_level(said, kind):
    talk = [("Taler 2", "Retningslinjerne."), ("Taler 3", "Der mangler noget."), ("Taler 1", said)]
    draft = draft_decision(_HOME_WORK, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert draft.kind == kind and not [f for f in draft.followups if "retur" in f.what]


@pytest.mark.parametrize(("talk", "kind"), [
    # the condition confirmed in its definite form
    ([("Taler 3", "Den skal virke før 1. januar."), ("Taler 1", "Ja, det er betingelsen."),
      ("Taler 1", "Så er strukturen godkendt.")], "approved_with_remark"),
    # "Det skal der være." to a lack pointed out
    ([("Taler 3", "Der mangler et fast mødetidspunkt."), ("Taler 1", "Det skal der være."),
      ("Taler 1", "Så kan vi godkende strukturen.")], "approved_with_remark"),
    # a thing kept as a member demanded
    ([("Taler 3", "Teamene skal beholde deres egne møder."), ("Taler 1", "Dem beholder de."),
      ("Taler 1", "Strukturen er godkendt.")], "approved_with_remark"),
    # a word quoted
    ([("Taler 3", "Jeg vil have ordet 'kan' i stedet for 'skal'."), ("Taler 1", "Så er den godkendt med 'kan'.")],
     "approved_with_remark"),
    # what was asked for coming in, beside the act in the passive
    ([("Taler 3", "Den skal have en fast mødeleder."), ("Taler 1", "Strukturen vedtages, og mødelederen kommer med.")],
     "approved_with_remark"),
    # "Det skal der være." without anything asked
    ([("Taler 3", "Den ser fin ud."), ("Taler 1", "Så kan vi godkende strukturen.")], "approved"),
])
def test_round_202_a_remark_confirmed_in_a_word(talk, kind):
    said = [("Taler 2", "Mødestrukturen."), *talk]
    assert draft_decision(_STRUCTURE, _spoken(said), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("talk", "kind"), [
    # a refusal for tonight, then the case again at a set time
    ([("Taler 1", "Så kan lokalplanen ikke vedtages i aften."), ("Taler 1", "Den kommer igen i august.")], "postponed"),
    ([("Taler 1", "Så kan vi ikke vedtage den i dag."), ("Taler 1", "Den kommer igen i august.")], "postponed"),
    # waiting for something new to come with it stays a refusal (c3606)
    ([("Taler 1", "Så vedtager vi den ikke i dag."), ("Taler 1", "Den kommer igen sammen med trafikplanen.")],
     "rejected"),
    # a refusal with no time limit, then the case again: refused (c256)
    ([("Taler 1", "Så kan lokalplanen ikke vedtages."), ("Taler 1", "Sagen kommer tilbage, når trafikken er belyst.")],
     "rejected"),
])
def test_round_203_not_tonight_and_again_in_august_is_a_postponement(talk, kind):
    said = [("Taler 2", "Lokalplan 42."), ("Taler 3", "Vejdirektoratet har gjort indsigelse."), *talk]
    assert draft_decision(_LOCAL_PLAN, _spoken(said), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("said", "kind"), [
    ("Så holder vi høringen tilbage, til klubberne har været hørt.", "postponed"),
    ("Vi holder planen tilbage.", "postponed"),
    ("Så sender vi planen i høring.", "approved"),
])
def test_round_203_a_thing_held_back_by_name(said, kind):
    swimming = item(50, "Plan for svømmehaller", None, "Forvaltningen indstiller, at planen sendes i høring.")
    talk = [("Taler 2", "Planen for svømmehallerne."), ("Taler 3", "Klubberne vil høres først."), ("Taler 1", said)]
    assert draft_decision(swimming, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("talk", "kind"), [
    # the approver's own sentence makes the change a member asked for
    ([("Taler 3", "Der mangler en deadline."), ("Taler 1", "Gruppen afleverer inden sommerferien."),
      ("Taler 1", "Så er strukturen godkendt.")], "approved_with_remark"),
    ([("Taler 3", "Der skal sidde en fra MED i gruppen."), ("Taler 1", "Det bliver sådan. Strukturen er godkendt.")],
     "approved_with_remark"),
    ([("Taler 3", "Den skal også virke på telefonen."),
      ("Taler 1", "Det er et must. Vi siger ja til strukturen på den betingelse.")], "approved_with_remark"),
    # past another member's reply
    ([("Taler 3", "Vi bør holde møderne online."), ("Taler 4", "Det gør vi allerede for de fleste."),
      ("Taler 1", "Så skriver vi det ind for alle. Strukturen kan godkendes.")], "approved_with_remark"),
    # a yes to the demand opens the approval
    ([("Taler 3", "Der skal være et fast mødetidspunkt."), ("Taler 1", "Ja, og så er strukturen godkendt.")],
     "approved_with_remark"),
    # the approval's first clause does what was asked
    ([("Taler 3", "Det skal gælde for lederne også."), ("Taler 1", "Så gælder det lederne, og vi godkender strukturen.")],
     "approved_with_remark"),
    # not: already so, noted, a person's task, a vote, the lack only repeated, a question answered
    ([("Taler 3", "Vi bør sende den til MED."), ("Taler 1", "Det gør vi altid. Strukturen er godkendt.")], "approved"),
    ([("Taler 3", "Møderne skal være korte."), ("Taler 1", "Det noterer vi. Strukturen er godkendt.")], "approved"),
    ([("Taler 3", "Vi skal måle effekten."), ("Taler 1", "Helt enig. Vi godkender strukturen, og Marie kommer med en "
                                                         "måling til efteråret.")], "approved"),
    ([("Taler 3", "Der mangler pladser i mødelokalerne."), ("Taler 1", "Der mangler pladser, ja. Så er strukturen godkendt.")],
     "approved"),
    ([("Taler 3", "Hvor skal møderne holdes?"), ("Taler 1", "På rådhuset. Strukturen er godkendt.")], "approved"),
    ([("Taler 3", "Vi skal have færre møder."), ("Taler 1", "Det må teamene selv bestemme. Strukturen er godkendt.")],
     "approved"),
])
def test_round_204_a_members_demand_taken_up_without_a_remark_word(talk, kind):
    said = [("Taler 2", "Mødestrukturen."), *talk]
    assert draft_decision(_STRUCTURE, _spoken(said), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("agenda_item", "said", "kind"), [
    # a word that names both points ("skole") gives way to the name of one ("Rold")
    (_SCHOOLS, "Arden Skole udbygges som foreslået. Rold Skole får lov at bestå et år mere.", "partly_approved"),
    (_SCHOOLS, "Arden Skole udbygges som foreslået. Rold Skole lukkes.", "approved"),
    # approved next time
    (_AGENDA_AND_MINUTES, "Dagsordenen er fin. Referatet mangler en rettelse, så det godkender vi næste gang.",
     "partly_approved"),
    # a point that can start, beside one held off
    (item(25, "Idrætsfaciliteter", None, "Administrationen indstiller,\n1. at der udarbejdes en helhedsplan\n"
                                         "2. at der afsættes 1 mio. kr. til forprojekt"),
     "Helhedsplanen kan gå i gang nu, men forprojektet må finansieres senere.", "partly_approved"),
])
def test_round_205_a_point_kept_approved_next_time_or_started(agenda_item, said, kind):
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Jeg har en bemærkning."), ("Taler 1", said)]
    assert draft_decision(agenda_item, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


def test_round_205_a_lack_pointed_out_and_filled():
    talk = [("Taler 2", "Mødestrukturen."), ("Taler 3", "Der står intet om hybride møder."),
            ("Taler 1", "Det får et afsnit. Så godkender vi strukturen.")]
    assert draft_decision(_STRUCTURE, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved_with_remark"


@pytest.mark.parametrize(("said", "kind"), [
    # no new money, another one sought
    ("Det synes jeg også. Den må holdes inden for det eksisterende budget.", "rejected"),
    ("Så leder vi videre efter et andet lejemål.", "rejected"),
    # held back, something first
    ("Så holder vi igen, til vi ved, hvad det betyder.", "postponed"),
    ("Så får vi tallene, inden planen vedtages.", "postponed"),
    ("Den skal MED have set, inden vi går videre.", "postponed"),
    # the same words inside an approval stay an approval
    ("Så godkender vi den inden for den eksisterende ramme.", "approved_with_remark"),
    ("Så godkender vi den, og den sendes ud, inden ferien begynder.", "approved"),
])
def test_round_206_no_new_money_another_one_sought_or_held_back_until(said, kind):
    talk = [("Taler 2", "Retningslinjerne."), ("Taler 3", "Der er noget, der mangler."), ("Taler 1", said)]
    assert draft_decision(_HOME_WORK, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("talk", "kind"), [
    ([("Taler 3", "Vi kunne holde møderne online."), ("Taler 1", "Så holder vi dem online. Strukturen er godkendt.")],
     "approved_with_remark"),
    ([("Taler 3", "Der er for få møder."), ("Taler 1", "Vi lægger et ekstra møde ind i juni. Strukturen er godkendt.")],
     "approved_with_remark"),
    ([("Taler 3", "To dage er for meget."), ("Taler 4", "Jeg synes, det er fint."),
      ("Taler 1", "Så holder vi fast i to dage. Strukturen er godkendt.")], "approved"),
    ([("Taler 3", "Thisted får for lidt."), ("Taler 2", "De søgte kun 50.000."),
      ("Taler 1", "Nå, så er det jo fint. Strukturen er godkendt.")], "approved"),
])
def test_round_206_a_possibility_or_too_little_taken_up(talk, kind):
    said = [("Taler 2", "Mødestrukturen."), *talk]
    assert draft_decision(_STRUCTURE, _spoken(said), CHEFFORUM, chair="Taler 1").kind == kind


_AI_THREE = item(5, "Beslutning om AI og nye teknologier i AK", None,
                 "Kommunaldirektøren indstiller,\n1) at status på anvendelse af AI-løsninger tages til efterretning\n"
                 "2) at AI retningslinjer godkendes\n3) at igangsættelse af AI-Awarenessforløb godkendes")
_REOPENING = item(54, "Beslutning om genåbning af caféer og udendørs aktiviteter", None,
                  "Administrationen indstiller, at caféerne genåbnes 15. juni.")


@pytest.mark.parametrize(("agenda_item", "said", "kind"), [
    # the part done with its article and adjective, or alone after "Kun"
    (_REOPENING, "De udendørs aktiviteter kan starte. Caféerne forbliver lukkede indtil videre.", "partly_approved"),
    (_REOPENING, "Kun de udendørs aktiviteter. Caféerne må vente til august.", "partly_approved"),
    (_REOPENING, "Så åbner vi kun udendørs i første omgang.", "partly_approved"),
    # a limit, and a vote, stay what they were
    (_REOPENING, "Så genåbner vi 15. juni, dog kun for beboerne i første omgang.", "approved_with_remark"),
    (_REOPENING, "Forslaget er faldet. Kun Enhedslisten stemte for.", "rejected"),
    # a yes after the points named
    (_AI_THREE, "Status og retningslinjer, ja. Forløbet, nej.", "partly_approved"),
    (_AI_THREE, "Status og retningslinjer: ja. Forløbet: ikke endnu.", "partly_approved"),
])
def test_round_207_a_part_done_with_its_article_only_that_part_or_a_yes_after_the_points(agenda_item, said, kind):
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Der er delte meninger."), ("Taler 1", said)]
    assert draft_decision(agenda_item, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("agenda_item", "said", "kind"), [
    # a yes to the thing by name, with its condition ("men … må ikke" is no refusal)
    (_STRUCTURE, "Ja til strukturen, men møderne må ikke vare mere end en time.", "approved_with_remark"),
    (_STRUCTURE, "Ja til strukturen.", "approved"),
    # started, under a condition ("når MED er orienteret" is no noting)
    (item(10, "Beslutning om udbud af rengøring", None, "CBA indstiller, at rengøringen sendes i udbud."),
     "Udbuddet kan gå i gang, når MED er orienteret.", "approved_with_remark"),
    (_HEARING, "Politikken går i høring.", "approved"),
    (_HEARING, "Politikken går i høring. Husk foreningerne i landsbyerne.", "approved_with_remark"),
    # a change said in the passive after the approval; "ét år"
    (_STRUCTURE, "Strukturen er godkendt. Det første møde rykkes en uge.", "approved_with_remark"),
    (_STRUCTURE, "Strukturen godkendes. Decembermødet holdes i Vejle.", "approved_with_remark"),
    (_STRUCTURE, "Strukturen godkendes for ét år ad gangen.", "approved_with_remark"),
    # "vi går i udbud" instead of what was proposed is no approval
    (item(7, "Forlængelse af aftale", None, "Forvaltningen indstiller, at aftalen forlænges."),
     "Så forlænger vi ikke aftalen, og vi går i udbud i stedet.", "rejected"),
])
def test_round_208_a_yes_by_name_started_under_a_condition_or_changed_after(agenda_item, said, kind):
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Fint."), ("Taler 1", said)]
    assert draft_decision(agenda_item, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("agenda_item", "said", "kind"), [
    (_HOME_WORK, "Så må HR tilbage til tegnebrættet.", "postponed"),
    (_HOME_WORK, "Den vil vi se, før vi lukker noget.", "postponed"),
    (_HOME_WORK, "Jeg vil gerne høre jeres tanker, før vi går videre. Så er retningslinjerne godkendt.", "approved"),
    (_HOME_WORK, "Så lader vi afdelingerne fortsætte med deres egne.", "rejected"),
    (_HOME_WORK, "Så kører vi videre med den nuværende ordning et år mere.", "rejected"),
    (item(12, "Beslutning om fælles mødefri fredag", None, "CBA indstiller, at der indføres mødefri fredag."),
     "Så bliver fredag en almindelig arbejdsdag.", "rejected"),
    # one part started, the other waited with, in one sentence
    (_REOPENING, "Så genåbner vi det udendørs den 15. og venter med caféerne.", "partly_approved"),
])
def test_round_209_the_drawing_board_seen_first_going_on_with_our_own_and_waiting_with_a_part(agenda_item, said,
                                                                                               kind):
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Det er ikke godt nok."), ("Taler 1", said)]
    assert draft_decision(agenda_item, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("talk", "kind"), [
    # the thing asked for said back as fine, by a word or a figure
    ([("Taler 3", "Møderne skal slutte klokken 14."), ("Taler 1", "Klokken 14 er fint. Strukturen er godkendt.")],
     "approved_with_remark"),
    ([("Taler 3", "Møderne skal slutte klokken 14."), ("Taler 1", "Det er fint. Strukturen er godkendt.")], "approved"),
    # the change and the act joined by " og " without a comma, in the demand's words
    ([("Taler 3", "Lederne skal have en mentor."), ("Taler 1", "Vi tilføjer mentoren og godkender strukturen.")],
     "approved_with_remark"),
    ([("Taler 3", "Lederne skal have en mentor."), ("Taler 1", "Vi læser den igen og godkender strukturen.")],
     "approved"),
])
def test_round_210_a_demand_said_back_as_fine_or_done_beside_the_act(talk, kind):
    said = [("Taler 2", "Mødestrukturen."), *talk]
    assert draft_decision(_STRUCTURE, _spoken(said), CHEFFORUM, chair="Taler 1").kind == kind


_COMPETENCE = item(25, "Godkendelse af kompetencestrategi 2025-2027", None,
                   "Kommunaldirektøren indstiller,\n1. at kompetencestrategien godkendes\n2. at strategien evalueres i 2027")


@pytest.mark.parametrize(("agenda_item", "said", "kind"), [
    # a point named by a word its neighbour shares, the other held off by its own word
    (_COMPETENCE, "Strategien godkender vi. Evalueringen tager vi stilling til senere.", "partly_approved"),
    (_COMPETENCE, "Strategien godkender vi.", "approved"),
    # "Ja til …, nej til …"
    (item(50, "Intranetstrategi", None, "Kommunaldirektøren indstiller,\n1. at strategien godkendes\n"
                                        "2. at der nedsættes en redaktionsgruppe"),
     "Ja til strategien, nej til redaktionsgruppen.", "partly_approved"),
    # now and after the summer
    (_AI_THREE, "Enig. Vi tager status og retningslinjerne nu og forløbet efter sommer.", "partly_approved"),
    # a later start changes the point, it does not hold it off
    (_AI_THREE, "Vi godkender, men med det forbehold, at awareness først starter efter sommerferien.",
     "approved_with_remark"),
])
def test_round_211_a_shared_word_yes_and_no_now_and_after_summer(agenda_item, said, kind):
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Der er noget, vi skal se på."), ("Taler 1", said)]
    assert draft_decision(agenda_item, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("said", "kind", "text"), [
    ("Strukturen godkendes i lyset af drøftelsen.", "approved_with_remark",
     "Chefforum godkendte indstillingen i lyset af drøftelsen."),
    ("Strukturen vedtages, såfremt MED kan tilslutte sig.", "approved_with_remark",
     "Chefforum godkendte indstillingen under forudsætning af, at MED kan tilslutte sig."),
    ("Strukturen godkendes på vilkår af, at den evalueres om et år.", "approved_with_remark",
     "Chefforum godkendte indstillingen på vilkår af, at den evalueres om et år."),
    ("Så må vi have et nyt udkast.", "postponed", None),
    ("Så må teamene finde pengene et andet sted.", "rejected", None),
])
def test_round_212_written_remark_phrases_said_aloud_a_new_draft_and_money_elsewhere(said, kind, text):
    talk = [("Taler 2", "Mødestrukturen."), ("Taler 3", "Der er et par ting."), ("Taler 1", said)]
    draft = draft_decision(_STRUCTURE, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert draft.kind == kind and (text is None or draft.text == text)


@pytest.mark.parametrize(("agenda_item", "said", "text"), [
    (_AI_THREE, "Status og retningslinjer, ja. Forløbet, nej.",
     "Chefforum godkendte indstilling 1 og 2, men ikke indstilling 3."),
    (_AI_THREE, "Så tager vi status til efterretning og godkender forløbet. Retningslinjerne kommer igen, når "
                "ophavsretten er med.", "Chefforum godkendte indstilling 1 og 3 og udsatte indstilling 2."),
    (_AI_THREE, "Retningslinjerne venter, til juristerne har set dem. Resten er godkendt.",
     "Chefforum godkendte indstilling 1 og 3 og udsatte indstilling 2."),
    (_SCHOOLS, "Arden udbygges. Rold Skole forbliver åben.", "Chefforum godkendte indstilling 2, men ikke indstilling 1."),
    (_COMPETENCE, "Strategien godkender vi. Evalueringen tager vi stilling til senere.",
     "Chefforum godkendte indstilling 1 og udsatte indstilling 2."),
])
def test_round_213_a_partial_approval_worded_by_the_points_its_words_name(agenda_item, said, text):
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Der er noget, vi skal se på."), ("Taler 1", said)]
    draft = draft_decision(agenda_item, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert (draft.kind, draft.text) == ("partly_approved", text)


@pytest.mark.parametrize(("agenda_item", "said", "kind"), [
    (_HOME_WORK, "Så er det ikke nødvendigt med nye retningslinjer.", "rejected"),
    (_LEASE, "Så bruger vi vores egne bygninger.", "rejected"),
    (_HOME_WORK, "Så skal HR godkende dem først, og så ser vi på dem igen.", "postponed"),
    (GRANT, "Så får vi projektet forelagt, inden bevillingen gives.", "postponed"),
    (GRANT, "Så må de sende regnskabet, og så behandler vi ansøgningen igen.", "postponed"),
    (item(10, "Salg af arealer", None, "Administrationen indstiller, at udvalget anbefaler salget."),
     "Så beholder vi arealerne.", "rejected"),
    # a wish to use our own people is no refusal
    (_HOME_WORK, "Jeg vil gerne have, at vi bruger vores egne erfarne ledere. Retningslinjerne er godkendt.",
     "approved"),
])
def test_round_214_not_needed_our_own_another_body_first_and_heard_again(agenda_item, said, kind):
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Der er et problem."), ("Taler 1", said)]
    assert draft_decision(agenda_item, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


def test_round_214_a_demand_that_something_must_not_be_taken_up():
    talk = [("Taler 2", "Mødestrukturen."), ("Taler 3", "Den må ikke gælde borgerservice."),
            ("Taler 1", "Borgerservice holdes udenfor. Så er strukturen godkendt.")]
    assert draft_decision(_STRUCTURE, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved_with_remark"


@pytest.mark.parametrize(("agenda_item", "talk", "kind"), [
    (_AGENDA_AND_MINUTES, [("Taler 1", "Er der noget?"), ("Taler 2", "Nej."), ("Taler 1", "Så er de på plads.")],
     "approved"),
    (_REOPENING, [("Taler 3", "Vi bør starte med det udendørs."),
                  ("Taler 1", "Det gør vi. Caféerne må vente lidt endnu.")], "partly_approved"),
    (_REOPENING, [("Taler 3", "Vi bør vente med det hele."), ("Taler 1", "Det gør vi. Caféerne må vente lidt endnu.")],
     "postponed"),
    (_STRUCTURE, [("Taler 3", "Junimødet falder i ferien."),
                  ("Taler 1", "Så flytter vi det en uge. Strukturen er godkendt.")], "approved_with_remark"),
])
def test_round_215_a_pronoun_in_place_a_start_taken_up_and_a_move_said_verb_first(agenda_item, talk, kind):
    said = [("Taler 2", "Sagen."), *talk]
    assert draft_decision(agenda_item, _spoken(said), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("talk", "kind"), [
    # a problem pointed out, and the approver's fix just before the approval
    ([("Taler 3", "Der er kø ved middagstid."), ("Taler 1", "Vi åbner en mødesal mere. Strukturen er godkendt.")],
     "approved_with_remark"),
    ([("Taler 3", "Ventetiden er lang."), ("Taler 1", "Der kommer en chatfunktion. Strukturen er godkendt.")],
     "approved_with_remark"),
    ([("Taler 3", "Møderne er for lange."), ("Taler 1", "Vi laver en kort dagsorden. Strukturen er godkendt.")],
     "approved_with_remark"),
    # not: a problem answered with no fix, a task for someone by name, something for later, a wish of one's own
    ([("Taler 3", "Jeg har ikke set den endelige tekst."), ("Taler 1", "Den sender Lars rundt i dag. Strukturen er godkendt.")],
     "approved"),
    ([("Taler 3", "Vi mangler en app."), ("Taler 1", "Den kommer i version to. Strukturen er godkendt.")], "approved"),
    ([("Taler 3", "Der er et problem."), ("Taler 1", "Jeg vil gerne høre mere om det. Strukturen er godkendt.")],
     "approved"),
    ([("Taler 3", "Den mangler en plan for landdistrikterne."),
      ("Taler 1", "Det tager vi med i handlingsplanen. Strukturen er godkendt.")], "approved"),
])
def test_round_216_a_problem_pointed_out_and_fixed_before_the_approval(talk, kind):
    said = [("Taler 2", "Mødestrukturen."), *talk]
    assert draft_decision(_STRUCTURE, _spoken(said), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("talk", "kind"), [
    ([("Taler 3", "Nyansatte føler sig alene."), ("Taler 1", "De får en mentor. Strukturen er godkendt.")],
     "approved_with_remark"),
    ([("Taler 3", "Naboerne er bekymrede for støjen."), ("Taler 1", "Der kommer en støjvold. Strukturen er godkendt.")],
     "approved_with_remark"),
    ([("Taler 3", "Klubberne bryder sig ikke om det."), ("Taler 1", "Det forstår jeg godt. Strukturen er godkendt.")],
     "approved"),
])
def test_round_217_more_problems_and_an_understanding_that_changes_nothing(talk, kind):
    said = [("Taler 2", "Mødestrukturen."), *talk]
    assert draft_decision(_STRUCTURE, _spoken(said), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("talk", "kind"), [
    ([("Taler 3", "Velkomstpakken bliver for tyk."), ("Taler 1", "Vi holder den på ti sider. Strukturen er godkendt.")],
     "approved_with_remark"),
    ([("Taler 3", "MED er ikke hørt."), ("Taler 1", "De bliver hørt, inden vi sætter i gang. Strukturen er godkendt.")],
     "approved_with_remark"),
    ([("Taler 3", "Det er dyrt."), ("Taler 1", "Så er vi i gang. Strukturen er godkendt.")], "approved"),
])
def test_round_218_too_thick_and_heard_before_we_start(talk, kind):
    said = [("Taler 2", "Mødestrukturen."), *talk]
    assert draft_decision(_STRUCTURE, _spoken(said), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("agenda_item", "talk", "kind"), [
    (_STRUCTURE, [("Taler 3", "Der skal være et fast mødetidspunkt."),
                  ("Taler 1", "Jamen, ja, og så er strukturen godkendt.")], "approved_with_remark"),
    (_STRUCTURE, [("Taler 3", "Møderne skal være korte."), ("Taler 1", "Jamen, det er de. Strukturen er godkendt.")],
     "approved"),
    (_AI_THREE, [("Taler 3", "Forløbet er for tidligt."), ("Taler 1", "Jamen, status og retningslinjer, ja. Forløbet, nej.")],
     "partly_approved"),
])
def test_mend_a_leading_jamen_changes_no_demand_taken_up_and_no_point_held_off(agenda_item, talk, kind):
    said = [("Taler 2", "Sagen."), *talk]
    assert draft_decision(agenda_item, _spoken(said), CHEFFORUM, chair="Taler 1").kind == kind


_GROWTH = item(3, "Godkendelse af Vækststrategi", None, "Borgmesteren indstiller, at Vækststrategien godkendes.")


@pytest.mark.parametrize(("talk", "kind"), [
    # not today, and the case given to someone to rework: it comes again
    ([("Taler 3", "Den er for bred."), ("Taler 1", "Så vedtager vi den ikke i dag. Forvaltningen skriver den om.")],
     "postponed"),
    # not today, with nothing reworked: a refusal, as seed 000 item 7 was
    ([("Taler 3", "Den er for bred."),
      ("Taler 1", "Strategien godkendes ikke i dag, og vi tager en dialog med erhvervslivet.")], "rejected"),
    # the conclusion from the objections
    ([("Taler 3", "Vi kan ikke bakke op."), ("Taler 4", "Heller ikke jeg."), ("Taler 1", "Så går den ikke. Strategien er taget af bordet.")], "rejected"),
    # a member's wish to see which are approved is no approval: the approver's change and "Med det er vi enige …"
    ([("Taler 3", "Vi skal kunne se, hvilke virksomheder der er godkendt."),
      ("Taler 1", "Der kommer en liste på hjemmesiden. Med det er vi enige i indstillingen.")], "approved_with_remark"),
])
def test_round_219_not_today_reworked_a_conclusion_and_which_are_approved(talk, kind):
    said = [("Taler 2", "Vækststrategien."), *talk]
    assert draft_decision(_GROWTH, _spoken(said), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_219_with_that_we_agree_quotes_the_change_said_before():
    said = [("Taler 2", "Vækststrategien."), ("Taler 3", "Turismen mangler."),
            ("Taler 1", "Turismen får et afsnit i strategien. Med det er vi enige i indstillingen.")]
    draft = draft_decision(_GROWTH, _spoken(said), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark"
    assert "»Turismen får et afsnit i strategien.«" in draft.text and "at er vi enige" not in draft.text


@pytest.mark.parametrize(("said", "followups"), [
    ("Vi sælger ikke til den pris. Administrationen forhandler videre med køberen.",
     [("Administrationen", "forhandler videre med køberen")]),
    ("Så overdrager vi den ikke gratis. Administrationen forhandler en pris.",
     [("Administrationen", "forhandler en pris")]),
    # the change itself, said by the one who makes it, is no task for later
    ("Vi forhandler et loft på to procent. Så er salget godkendt.", []),
])
def test_round_219_a_negotiation_given_to_the_administration_is_a_followup(said, followups):
    talk = [("Taler 2", "Grunden på havnen."), ("Taler 3", "Prisen er for lav."), ("Taler 1", said)]
    draft = draft_decision(_HARBOUR_PLOT, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert [(f.who, f.what) for f in draft.followups] == followups


_HARBOUR_PLOT = item(8, "Salg af grund på havnen", None, "Forvaltningen indstiller, at grunden sælges.")


_MEETING_PLAN = item(6, "Mødeplan", None, "Administrationen indstiller, at mødeplanen for 2017 godkendes.")


@pytest.mark.parametrize(("said", "text"), [
    ("Ja. Julimødet udgår, resten står.", "med den ændring, at julimødet udgår"),
    ("Vi flytter julimødet til august, resten står ved magt.", "med den ændring, at vi flytter julimødet til august"),
])
def test_round_220_a_change_then_the_rest_kept(said, text):
    talk = [("Taler 2", "Mødeplanen."), ("Taler 3", "Mødet i juli kan vi godt droppe."), ("Taler 1", said)]
    draft = draft_decision(_MEETING_PLAN, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark"
    assert text in draft.text


def test_round_220_a_separate_case_wanted_is_a_followup_and_no_change():
    report = item(2, "Kvartalsrapport", None, "Koncerndirektionen indstiller, at kvartalsrapporten godkendes.")
    talk = [("Taler 2", "Kvartalsrapporten."), ("Taler 3", "Underskuddet på psykiatrien bekymrer mig."),
            ("Taler 1", "Det skal vi have en særskilt sag om. Rapporten er godkendt.")]
    draft = draft_decision(report, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved"
    assert [(f.who, f.what) for f in draft.followups] == [(None, "en særskilt sag")]


@pytest.mark.parametrize(("talk", "kind"), [
    # a point let lie beside the others approved
    ([("Taler 3", "Forløbet er for dyrt."), ("Taler 1", "Så lader vi forløbet ligge. Status og retningslinjer er godkendt.")],
     "partly_approved"),
    # the thing said to start as the last word, after a member's wish to wait
    ([("Taler 3", "Jeg synes, vi venter på KL."), ("Taler 1", "Vi venter ikke. Forløbet går i gang.")], "approved"),
])
def test_round_221_a_point_let_lie_and_a_thing_going_ahead(talk, kind):
    said = [("Taler 2", "AI-sagen."), *talk]
    assert draft_decision(_AI_THREE, _spoken(said), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("said", "granted"), [
    # a trial granted without a verb, on an Indstilling that refuses the proposal: it grants it
    ("Det kan vi godt gå med til. Gratis parkering i december som forsøg.", True),
    # a question is no trial granted
    ("Hvad med gratis parkering i december som forsøg?", False),
])
def test_round_221_a_trial_granted_in_a_few_words(said, granted):
    parking = item(9, "Forslag om gratis parkering i midtbyen", None,
                   "Forvaltningen indstiller, at forslaget ikke imødekommes.")
    talk = [("Taler 2", "Gratis parkering."), ("Taler 3", "Vi foreslår et forsøg i december."), ("Taler 1", said)]
    assert (draft_decision(parking, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved") == granted


_RECRUITING = item(9, "Godkendelse af rekrutteringspolitik", None, "Kommunaldirektøren indstiller, at rekrutteringspolitikken godkendes.")


@pytest.mark.parametrize(("said", "followups"), [
    # the forum's own change, said in the approval, is the remark and no task
    ("Godt set. Vi tilføjer et afsnit om seniorer, og så er politikken vedtaget.", []),
    # someone else's is still a task
    ("Godt set. HR tilføjer et afsnit om seniorer, og så er politikken vedtaget.",
     [("HR", "tilføjer et afsnit om seniorer")]),
])
def test_round_222_the_forums_own_change_in_the_approval_is_no_followup(said, followups):
    talk = [("Taler 2", "Rekrutteringspolitikken."), ("Taler 3", "Der står ikke noget om seniorer."), ("Taler 1", said)]
    draft = draft_decision(_RECRUITING, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark"
    assert [(f.who, f.what) for f in draft.followups] == followups


@pytest.mark.parametrize(("talk", "kind"), [
    # "allerede i marts": as early as March, a change
    ([("Taler 3", "MED skal inddrages tidligere."), ("Taler 1", "MED kommer ind allerede i marts. Politikken er godkendt.")],
     "approved_with_remark"),
    # already: no change
    ([("Taler 3", "MED skal inddrages."), ("Taler 1", "MED er allerede inddraget. Politikken er godkendt.")], "approved"),
    # a binding term pointed out and shortened before the approval
    ([("Taler 3", "Aftalen binder os i fem år."), ("Taler 1", "Vi tager den på tre år med option på to. Så godkender vi den.")],
     "approved_with_remark"),
])
def test_round_222_as_early_as_and_a_binding_term(talk, kind):
    said = [("Taler 2", "Rekrutteringspolitikken."), *talk]
    assert draft_decision(_RECRUITING, _spoken(said), CHEFFORUM, chair="Taler 1").kind == kind


_REOPENING = item(54, "Beslutning om genåbning af caféer og udendørs aktiviteter", None,
                  "Administrationen indstiller, at caféerne genåbnes 15. juni.")
_TIME_PRICE_400 = item(5, "Fastsættelse af timepriser", None, "Forvaltningen indstiller, at timeprisen fastsættes til 400 kr.")


@pytest.mark.parametrize(("agenda_item", "said", "kind"), [
    (_REOPENING, "Jeg er enig. Så det bliver udendørs nu og caféerne senere.", "partly_approved"),
    (_REOPENING, "Så tager vi stilling i august.", "postponed"),
    (_REOPENING, "Så tager vi stilling til det nu.", "approved"),
    # someone heard first, then the act at a later time
    (_TIME_PRICE_400, "Så hører vi klubberne, og så fastsætter vi prisen i december.", "postponed"),
    (_TIME_PRICE_400, "Så fastsætter vi prisen, og klubberne får besked i december.", "approved_with_remark"),
])
def test_round_223_now_and_later_a_stand_in_august_and_heard_first(agenda_item, said, kind):
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Jeg har et forbehold."), ("Taler 1", said)]
    assert draft_decision(agenda_item, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("said", "followups"), [
    ("Så nedsætter vi ikke nogen gruppe. HR tager opgaven.", [("HR", "tager opgaven")]),
    ("Vi giver 16 millioner, og forvaltningen skærer projektet til.", [("Forvaltningen", "skærer projektet til")]),
    # cutting down is the change itself, no task
    ("Vi skærer ned til otte. Med det godkender vi kommissoriet.", []),
])
def test_round_223_a_task_taken_and_a_project_cut_to_size(said, followups):
    talk = [("Taler 2", "Kommissoriet."), ("Taler 3", "Det er for stort."), ("Taler 1", said)]
    draft = draft_decision(_COMMISSION, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert [(f.who, f.what) for f in draft.followups] == followups


_HARBOUR_SALE = item(8, "Salg af grund på havnen", None, "Borgmesteren indstiller, at grunden sælges til højestbydende.")


@pytest.mark.parametrize(("talk", "text"), [
    # the forum's own demand, said before the approval
    ([("Taler 3", "Vi skal stille krav om boliger."),
      ("Taler 1", "Det er der ikke flertal for. Men vi kræver, at byggeriet starter inden to år. Så sælger vi.")],
     "med krav om, at byggeriet starter inden to år"),
    # a fear pointed out and met before the approval
    ([("Taler 3", "Naboerne er bange for larm."), ("Taler 1", "Byggepladsen lukker klokken 17. Så sælger vi.")],
     "»Naboerne er bange for larm.«"),
])
def test_round_224_the_forums_demand_and_a_fear_met(talk, text):
    said = [("Taler 2", "Grunden på havnen."), *talk]
    draft = draft_decision(_HARBOUR_SALE, _spoken(said), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark"
    assert text in draft.text


@pytest.mark.parametrize(("said", "followups"), [
    ("Det tager vi op i forebyggelsesudvalget. Profilen tages til efterretning.",
     [("Direktionen", "tager det op i forebyggelsesudvalget")]),
    # a later month is a time, no other body: a postponement's words, no task
    ("Det tager vi op i august. Profilen tages til efterretning.", []),
])
def test_round_224_taken_up_in_another_body_is_a_followup(said, followups):
    profile = item(7, "Sundhedsprofil 2017", None, "Administrationen indstiller, at sundhedsprofilen tages til efterretning.")
    talk = [("Taler 2", "Sundhedsprofilen."), ("Taler 3", "Vi skal sætte ind over for de unge."), ("Taler 1", said)]
    draft = draft_decision(profile, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert [(f.who, f.what) for f in draft.followups] == followups


@pytest.mark.parametrize(("said", "followups"), [
    ("Det giver vi museet besked om. Tak for drøftelsen.", [("Direktionen", "giver museet besked om det")]),
    # a reason given is no word to anyone
    ("Det giver god mening. Tak for drøftelsen.", []),
])
def test_round_225_word_given_to_someone_is_a_followup(said, followups):
    strategy = item(44, "Ny strategiplan for Museet for Samtidskunst", None, "Forvaltningen indstiller, at strategien drøftes.")
    talk = [("Taler 2", "Strategien."), ("Taler 3", "Den er for snæver."), ("Taler 1", said)]
    assert [(f.who, f.what) for f in draft_decision(strategy, _spoken(talk), DIREKTIONEN, chair="Taler 1").followups] \
        == followups


@pytest.mark.parametrize(("agenda_item", "talk", "kind"), [
    # a change made, then "og så er vi enige om …"
    (_AI_THREE, [("Taler 3", "Retningslinjerne er for lange."),
                 ("Taler 1", "Godt. Så laver vi en kortversion, og så er vi enige om alle tre.")], "approved_with_remark"),
    # a vote counted with "mod" is no other figure than the presentation's
    (_LOCAL_PLAN, [("Taler 2", "Lokalplan 42."), ("Taler 3", "Jeg stemmer imod."),
                   ("Taler 1", "Vi stemmer. Lokalplanen er vedtaget med 20 mod 7.")], "approved"),
    # another figure still is: "Lokalplanen vedtages med 12 meter i stedet for 15."
    (_LOCAL_PLAN, [("Taler 2", "Lokalplan 42 giver byggeri i 15 meters højde."), ("Taler 3", "Det er for højt."),
                   ("Taler 1", "Så vedtager vi lokalplanen med 12 meter.")], "approved_with_remark"),
])
def test_round_226_agreed_after_a_change_and_a_vote_counted(agenda_item, talk, kind):
    assert draft_decision(agenda_item, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("said", "kind"), [
    # the demand added by its pronoun before the act
    ("Det tilføjer vi, inden den sendes i høring.", "approved_with_remark"),
    # the demand taken by its pronoun into the approval: "Det skriver vi ind, og så er den sendt i høring."
    ("Det skriver vi ind, og så sender vi den i høring.", "approved_with_remark"),
    # only looked into: no change
    ("Det kigger vi på, inden den sendes i høring.", "approved"),
])
def test_round_227_the_demand_taken_by_its_pronoun(said, kind):
    talk = [("Taler 2", "Idrætspolitikken."), ("Taler 3", "Jeg savner noget om naturen som idrætsarena."), ("Taler 1", said)]
    assert draft_decision(_HEARING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("said", "kind"), [
    ("Så holder vi fast i den ordning, vi har.", "rejected"),
    ("Vi holder fast i den ordning, vi har.", "rejected"),
    # holding on to something of the new one is no refusal
    ("Så holder vi fast i prisen på 35 kroner.", "approved"),
])
def test_round_228_holding_on_to_the_arrangement_we_have(said, kind):
    talk = [("Taler 2", "Kantineordningen."), ("Taler 3", "Den er for dyr."), ("Taler 1", said)]
    assert draft_decision(_CANTEEN, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_228_taken_into_the_budget_process_on_a_budget_discussion_is_a_followup():
    budget = item(52, "Drøftelse af budget 2021-2024", None, "Administrationen indstiller, at udvalget drøfter budgettet.")
    talk = [("Taler 2", "Budget 2021."), ("Taler 3", "Der mangler penge til demens."),
            ("Taler 1", "Det tager vi med i budgetprocessen. Tak for drøftelsen.")]
    draft = draft_decision(budget, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert [(f.who, f.what) for f in draft.followups] == [("Direktionen", "tager det med i budgetprocessen")]


_WELLBEING = item(14, "Godkendelse af handleplan for trivsel", None, "Kommunaldirektøren indstiller, at handleplanen godkendes.")


@pytest.mark.parametrize(("said", "text"), [
    ("Godkendt under den forudsætning, at økonomien holder.", "under den forudsætning, at økonomien holder"),
    ("Godkendt, forudsætningen er dog, at der er penge til det.", "under forudsætning af, at der er penge til det"),
    ("Godkendt. Forudsætningen er, at MED bakker op.", "under forudsætning af, at MED bakker op"),
    ("Godkendt, og det er vigtigt, at MED inddrages.", "med den bemærkning, at det er vigtigt, at MED inddrages"),
    ("Godkendt. Jeg vil dog gerne have, at HR følger op hvert kvartal.",
     "med ønske om, at HR følger op hvert kvartal"),
])
def test_round_229_a_condition_a_stress_and_a_wish_the_approver_adds(said, text):
    talk = [("Taler 2", "Handleplanen for trivsel."), ("Taler 3", "Den ser fornuftig ud."), ("Taler 1", said)]
    draft = draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark"
    assert text in draft.text


def test_round_229_a_status_wanted_stays_a_followup_not_a_wish():
    talk = [("Taler 2", "Handleplanen for trivsel."), ("Taler 3", "Den ser fornuftig ud."),
            ("Taler 1", "Godkendt. Jeg vil gerne have, at vi får en status om et år.")]
    draft = draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved"


@pytest.mark.parametrize(("agenda_item", "talk", "kind"), [
    # a thing found too strict, met before the approval
    (_RULES, [("Taler 3", "Retningslinjerne er for stramme."),
              ("Taler 1", "Vi løsner lidt op og giver lederne mere frihed. Så er de godkendt.")], "approved_with_remark"),
    # taken at a later meeting named by its month
    (_STRUCTURE, [("Taler 3", "Vi har ikke hørt MED."), ("Taler 1", "Så tager vi den på junimødet.")], "postponed"),
    # not ready yet is not yet
    (_STRUCTURE, [("Taler 3", "MED har ikke set den."), ("Taler 1", "Den er ikke klar endnu.")], "postponed"),
    (_STRUCTURE, [("Taler 3", "MED har ikke set den."), ("Taler 1", "Den er ikke god nok.")], "rejected"),
    # held until something is known
    (_STRUCTURE, [("Taler 3", "Vi har ikke hørt MED."),
                  ("Taler 1", "Det er en god pointe. Vi holder den, til MED har haft den.")], "postponed"),
])
def test_round_230_too_strict_a_month_meeting_not_ready_yet_and_held_until(agenda_item, talk, kind):
    said = [("Taler 2", "Sagen."), *talk]
    assert draft_decision(agenda_item, _spoken(said), CHEFFORUM, chair="Taler 1").kind == kind


def test_round_230_dem_opening_a_sentence_is_no_name_given_a_task():
    talk = [("Taler 2", "Retningslinjerne."), ("Taler 3", "Vi skal tænke på medarbejdere med små børn."),
            ("Taler 1", "Dem tager vi særligt hensyn til. Godkendt.")]
    assert draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved_with_remark"


_DIGITAL_POST = item(39, "Beslutning om digital post", None,
                     "CBA indstiller, at Direktionen:\n1. Godkender overgang til digital post\n"
                     "2. Godkender lukning af postrummet\n3. Godkender opsigelse af frankeringsaftalen")


@pytest.mark.parametrize(("agenda_item", "said", "text"), [
    (_AI_THREE, "Status og retningslinjer er fine. Forløbet tager vi i efteråret.",
     "godkendte indstilling 1 og 2 og udsatte indstilling 3"),
    (_AI_THREE, "Forløbet udskyder vi, resten godkender vi.", "godkendte indstilling 1 og 2 og udsatte indstilling 3"),
    (_DIGITAL_POST, "Vi godkender overgangen og opsigelsen. Lukningen af postrummet tager vi op til efteråret.",
     "godkendte indstilling 1 og 3 og udsatte indstilling 2"),
    (_REOPENING, "Udendørs aktiviteterne kan gå i gang nu, caféerne venter til august.", "godkendte dele af indstillingen"),
    (_REOPENING, "De udendørs aktiviteter genoptages. Caféerne må vente.", "godkendte dele af indstillingen"),
])
def test_round_231_a_part_for_a_later_season_the_rest_approved_and_a_part_started(agenda_item, said, text):
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Jeg har et forbehold for en af delene."), ("Taler 1", said)]
    draft = draft_decision(agenda_item, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "partly_approved"
    assert text in draft.text


def test_round_231_the_whole_thing_for_a_later_season_is_no_partial_approval():
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Det er for tidligt."), ("Taler 1", "Det hele tager vi i efteråret.")]
    assert draft_decision(_AI_THREE, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind != "partly_approved"


_HR_STRATEGY = item(49, "Beslutning om HR-strategi", None, "Kommunaldirektøren indstiller,\n1. at HR-strategien godkendes\n"
                    "2. at der ansættes en HR-partner\n3. at strategien evalueres i 2027")


@pytest.mark.parametrize(("agenda_item", "said", "text"), [
    (_AI_THREE, "Forløbet parkerer vi. Status og retningslinjer er godkendt.",
     "godkendte indstilling 1 og 2 og udsatte indstilling 3"),
    (_AI_THREE, "Vi dropper forløbet. Resten går igennem.", "godkendte indstilling 1 og 2, men ikke indstilling 3"),
    (_DIGITAL_POST, "Overgang og opsigelse er godkendt. Postrummet beholder vi indtil videre.",
     "godkendte indstilling 1 og 3 og udsatte indstilling 2"),
    (_HR_STRATEGY, "Strategien vedtager vi, partneren kommer i budgettet.",
     "godkendte indstilling 1 og 3 og udsatte indstilling 2"),
    (_REOPENING, "Vi starter med udendørs. Caféerne kommer senere.", "godkendte dele af indstillingen"),
    (_REOPENING, "Caféerne udsættes, men de udendørs aktiviteter går i gang.", "godkendte dele af indstillingen"),
    (_REOPENING, "Kun udendørs for nu.", "godkendte dele af indstillingen"),
])
def test_round_232_a_part_parked_kept_for_now_or_coming_later(agenda_item, said, text):
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Jeg har et forbehold for en af delene."), ("Taler 1", said)]
    draft = draft_decision(agenda_item, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "partly_approved"
    assert text in draft.text


@pytest.mark.parametrize("said", ["Kun for medlemmer for nu.", "Det hele kommer senere.", "Resten kommer senere."])
def test_round_232_a_limit_or_the_whole_thing_later_is_no_part(said):
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Jeg har et forbehold."), ("Taler 1", said)]
    assert draft_decision(_REOPENING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind != "partly_approved"


_RECOMMENDATIONS = item(50, "Godkendelse af anbefalinger fra Projektudvalget for Afbureaukratisering", None,
                        "Administrationen indstiller, at\n  1. anbefalinger til at plejecentre og deres interne "
                        "samarbejdspartnere godkendes")


@pytest.mark.parametrize(("agenda_item", "said"), [
    (_AGENDA_AND_MINUTES, "Dagsordenen, ja. Referatet venter, til Trine har rettet det."),
    (_RECOMMENDATIONS, "Anbefaling et til fire er godkendt, de sidste to venter."),
    (_RECOMMENDATIONS, "Vi kører med de fire første. De to sidste tager vi op i september."),
    (_RECOMMENDATIONS, "Vi kører med de fem andre. Den tredje tager vi op i august."),
    (_MEETINGS_POINTS, "Vi kører med strategimødet. De ugentlige møder tager vi op i oktober."),
])
def test_round_233_the_agenda_yes_the_last_ones_waiting_and_a_month_for_a_point(agenda_item, said):
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Jeg har et forbehold for en af delene."), ("Taler 1", said)]
    assert draft_decision(agenda_item, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


def test_round_233_a_later_start_in_a_month_is_still_a_change_not_a_point_held_off():
    talk = [("Taler 2", "AI-sagen."), ("Taler 1", "Vi godkender det hele, men awareness skal først starte i januar.")]
    assert draft_decision(_AI_THREE, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved_with_remark"


_FESTIVAL = item(48, "Ansøgning om underskudsgaranti til musikfestival", None,
                 "Forvaltningen indstiller, at der gives en underskudsgaranti på 200.000 kr.")
_FREE_FRIDAY = item(12, "Beslutning om fælles mødefri fredag", None, "CBA indstiller, at der indføres mødefri fredag.")
_RENT_RISE = item(119, "Ansøgning Afdeling 22 om lejeforhøjelse", None, "Økonomidirektøren indstiller, at lejeforhøjelsen godkendes.")


@pytest.mark.parametrize(("agenda_item", "said", "kind"), [
    (_FESTIVAL, "Festivalen må klare sig selv.", "rejected"),
    (_FESTIVAL, "Så må de klare sig selv i år.", "rejected"),
    (_FESTIVAL, "Vi giver dem et nej.", "rejected"),
    (_FREE_FRIDAY, "Vi holder møder om fredagen som hidtil.", "rejected"),
    (_RENT_RISE, "Huslejen fastholdes.", "rejected"),
    # making do with what there is, or as before, only counts against something new or a change
    (_FESTIVAL, "Garantien gives som hidtil.", "approved"),
])
def test_round_234_making_do_kept_as_before_and_a_no_given(agenda_item, said, kind):
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Jeg har læst den grundigt."), ("Taler 1", said)]
    assert draft_decision(agenda_item, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize("said", [
    "Det er for tidligt at godkende den.",
    "Den bliver liggende, til HR har kigget på den.",
    "Vi sender den til HR og ser den igen i maj.",
    "Jeg foreslår, at vi udsætter den. Det er der enighed om.",
])
def test_round_235_too_early_left_lying_seen_again_and_agreed_by_all(said):
    talk = [("Taler 2", "Retningslinjerne."), ("Taler 3", "HR har ikke set dem."), ("Taler 1", said)]
    draft = draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "postponed"
    assert draft.followups == ()  # sending the case out to be seen again is no task


def test_round_235_a_proposal_to_approve_agreed_by_all_still_approves():
    talk = [("Taler 2", "Retningslinjerne."), ("Taler 3", "De er fine."),
            ("Taler 1", "Jeg foreslår, at vi godkender dem. Det er der enighed om.")]
    assert draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize(("said", "text"), [
    ("Godkendt, plus et afsnit om seniorer.", "godkendte indstillingen med tilføjelse af et afsnit om seniorer."),
    ("Godkendt med tilføjelse af en evaluering.", "godkendte indstillingen med tilføjelse af en evaluering."),
    ("Vi godkender den i en justeret udgave, hvor lederne selv vælger indsatser.",
     "godkendte indstillingen med den ændring, at lederne selv vælger indsatser."),
    ("Godkendt, i den form Trine foreslog.", "godkendte indstillingen i den form, som Trine foreslog."),
    # a remark that says where it was said is not quoted again from the sentence before
    ("Godkendt med de rettelser, Marie nævnte.", "godkendte indstillingen med de rettelser, Marie nævnte."),
    ("Godkendt med de bemærkninger, der faldt.", "godkendte indstillingen med de bemærkninger, der faldt."),
])
def test_round_236_plus_a_revised_version_the_form_proposed_and_remarks_named_where_said(said, text):
    talk = [("Taler 2", "Handleplanen for trivsel."), ("Taler 3", "Jeg har et par ønsker."), ("Taler 1", said)]
    draft = draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark"
    assert draft.text.endswith(text)


_CARE_STANDARD = item(59, "Godkendelse af kvalitetsstandard for hjemmehjælp", None,
                      "Administrationen indstiller, at kvalitetsstandarden godkendes.")


@pytest.mark.parametrize(("said", "kind"), [
    ("Standarden falder.", "rejected"),
    ("Så falder standarden.", "rejected"),
    ("Forslaget om den nye standard falder.", "rejected"),
    ("Så fortsætter vi med den gamle standard.", "rejected"),
    ("Vi kører videre med den gamle ordning.", "rejected"),
    # a number that falls is no refusal of the thing
    ("Prisen falder med den nye standard, så den er godkendt.", "approved"),
])
def test_round_237_the_thing_falls_and_going_on_with_the_old_one(said, kind):
    talk = [("Taler 2", "Standarden."), ("Taler 3", "Jeg har læst den grundigt."), ("Taler 1", said)]
    assert draft_decision(_CARE_STANDARD, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("proposal", "kind"), [
    ("Jeg foreslår tre dage i stedet for to.", "approved_with_remark"),
    ("Jeg foreslår, at lederen kan give en ekstra dag.", "approved_with_remark"),
    # a view put to the room is no change
    ("Jeg synes, de er fine.", "approved"),
])
def test_round_238_a_members_proposal_put_to_the_room_and_carried(proposal, kind):
    talk = [("Taler 2", "Retningslinjerne."), ("Taler 3", proposal), ("Taler 1", "Er der nogen imod? Nej. Så er det vedtaget.")]
    draft = draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert draft.kind == kind
    if kind == "approved_with_remark":
        assert proposal in draft.text


@pytest.mark.parametrize("said", [
    "Beslutningen tages i august.",
    "Vi kan godkende den i august.",
    "Endelig godkendelse sker i august.",
    "Lad os godkende den næste gang.",
    "Vi vender tilbage med den.",
    "Godkendelsen udskydes.",
    "Den er ikke moden til godkendelse.",
    "Vi behandler den færdig i august.",
])
def test_round_239_the_approval_itself_put_to_a_later_time(said):
    talk = [("Taler 2", "Retningslinjerne."), ("Taler 3", "HR har ikke set dem endnu."), ("Taler 1", said)]
    assert draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "postponed"


@pytest.mark.parametrize("said", ["Vi godkender dem, og de træder i kraft i august.", "Godkendelsen er givet."])
def test_round_239_an_approval_that_names_a_month_or_the_noun_still_approves(said):
    talk = [("Taler 2", "Retningslinjerne."), ("Taler 3", "De er fine."), ("Taler 1", said)]
    assert draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1").kind in ("approved", "approved_with_remark")


_VARICES = item(4, "Udmøntning af besparelse ved samling af varicebehandling", None,
                "Administrationen indstiller, at udvalget anbefaler forretningsudvalget og regionsrådet at godkende "
                "udmøntningen.")


@pytest.mark.parametrize(("said", "text"), [
    ("Vi bakker op om udmøntningen.", "anbefaler indstillingen."),
    ("Vi siger god for den.", "anbefaler indstillingen."),
    ("Den anbefaler vi, hvis der kommer en kørselsordning.",
     "anbefaler indstillingen under forudsætning af, at der kommer en kørselsordning."),
    ("Udvalget anbefaler den med et ønske om kørselsordning.", "anbefaler indstillingen med et ønske om kørselsordning."),
])
def test_round_240_support_on_an_item_that_asks_to_recommend_is_a_recommendation(said, text):
    talk = [("Taler 2", "Udmøntningen."), ("Taler 3", "Jeg har læst den."), ("Taler 1", said)]
    draft = draft_decision(_VARICES, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "recommended"
    assert draft.text.endswith(text)


def test_round_240_approving_on_an_item_that_asks_for_approval_stays_an_approval():
    talk = [("Taler 2", "Retningslinjerne."), ("Taler 3", "Fine."), ("Taler 1", "Vi bakker op om retningslinjerne.")]
    assert draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize(("said", "kind"), [
    # not today, the case given to someone to look into: not yet
    ("Vi kan ikke sige ja i dag. Forvaltningen undersøger alternativerne.", "postponed"),
    ("Vi godkender ikke salget i dag, men tager det op igen i foråret.", "postponed"),
    ("Vi dropper det for nu og ser på det efter valget.", "postponed"),
    # a plain "kan ikke sige ja" refuses
    ("Vi kan ikke sige ja til salget.", "rejected"),
    # not today and back with something new refuses, as before
    ("Salget er ikke godkendt i dag, og det kommer igen med en ny lokalplan.", "rejected"),
])
def test_round_241_not_today_and_taken_up_again_and_an_inability_to_say_yes(said, kind):
    talk = [("Taler 2", "Salget af grunden."), ("Taler 3", "Vi har et alternativ."), ("Taler 1", said)]
    assert draft_decision(_HARBOUR_SALE, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("agenda_item", "said", "kind"), [
    (_REOPENING, "Vi åbner udenfor, men caféerne holder vi lukket lidt endnu.", "partly_approved"),
    (_REOPENING, "Caféerne venter, men aktiviteterne udenfor kører.", "partly_approved"),
    (_REOPENING, "Det bliver udendørs først og caféerne bagefter.", "partly_approved"),
    (_REOPENING, "Kun udendørs i første omgang; caféerne tager vi i august.", "partly_approved"),
    (_AI_THREE, "Vi tager status til efterretning og godkender retningslinjerne. Forløbet skal vi have mere om.",
     "partly_approved"),
    (_DIGITAL_POST, "Overgangen til digital post kører. Lukningen af postrummet og opsigelsen afventer.", "partly_approved"),
    # a second act after the first, not a part: the meeting first and the case after
    (_REOPENING, "Så holder vi mødet med personalet først og tager sagen bagefter.", "postponed"),
])
def test_round_242_a_part_kept_closed_a_part_that_runs_and_one_first(agenda_item, said, kind):
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Jeg har et forbehold for en af delene."), ("Taler 1", said)]
    assert draft_decision(agenda_item, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("agenda_item", "said"), [
    (_AI_THREE, "Forløbet udskyder vi resten godkender vi."),
    (_HR_STRATEGY, "Strategien vedtager vi partneren kommer i budgettet."),
    (_AGENDA_AND_MINUTES, "Dagsordenen ja. Referatet venter til Trine har rettet det."),
    (_RECOMMENDATIONS, "Anbefaling et til fire er godkendt de sidste to venter."),
    (_REOPENING, "Udendørs aktiviteterne kan gå i gang nu caféerne venter til august."),
])
def test_mend_partial_approvals_read_without_the_commas_a_recogniser_leaves_out(agenda_item, said):
    talk = [("Taler 2", "Sagen."), ("Taler 3", "Jeg har et forbehold for en af delene."), ("Taler 1", said)]
    assert draft_decision(agenda_item, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


def test_mend_two_points_named_together_before_they_wait_are_both_held_off():
    talk = [("Taler 2", "Digital post."),
            ("Taler 1", "Vi går over til digital post. Postrummet og frankeringen venter til næste år.")]
    draft = draft_decision(_DIGITAL_POST, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert "godkendte indstilling 1 og udsatte indstilling 2 og 3" in draft.text


@pytest.mark.parametrize(("own", "kind"), [
    # an assent before the approver's own words that make the member's demand the approval's change
    ("Fint, det præciserer vi.", "approved_with_remark"),
    ("Godt, det retter vi til.", "approved_with_remark"),
    # an assent before words that make no change stays a plain approval
    ("Fint, det kigger vi på senere.", "approved"),
    ("Godt, det er jeg enig i.", "approved"),
])
def test_round_243_an_assent_before_the_approvers_own_change(own, kind):
    talk = [("Taler 1", "Indstilling et til fem. Kommentarer?"),
            ("Taler 2", "Ved et vil jeg gerne præcisere, at introprogrammet er et krav og ikke et tilbud."),
            ("Taler 1", own + " Så er de godkendt.")]
    assert draft_decision(_LEADERS_POINTS, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("said", "kind"), [
    # the chair's "ikke" put before the approval verb in a belief: a refusal (each read as an approval)
    ("Jeg tror ikke, vi skal godkende den her.", "rejected"),
    ("Jeg synes ikke, vi skal godkende den.", "rejected"),
    ("Jeg mener ikke, vi kan godkende den.", "rejected"),
    ("Jeg tror ikke, vi kan sige ja til den.", "rejected"),
    ("Jeg kan ikke se, at vi skal godkende den.", "rejected"),
    ("Jeg tror ikke, den skal godkendes.", "rejected"),
    # a belief without "ikke" approves, as before
    ("Jeg synes, vi skal godkende den. Så er den godkendt.", "approved"),
])
def test_round_244_a_belief_that_we_should_not_approve_refuses(said, kind):
    talk = [("Taler 2", "Hundrede tusind til AI uden en plan."), ("Taler 3", "Det er for tidligt."), ("Taler 1", said)]
    assert draft_decision(_PILOT, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("said", "kind"), [
    # nobody who will approve, no will to: a refusal (each read as an approval)
    ("Ingen vil godkende den. Så er den faldet.", "rejected"),
    ("Jeg hører ingen, der vil godkende den, som den ligger.", "rejected"),
    ("Jeg hører ikke nogen, der vil godkende indstillingen.", "rejected"),
    ("Der er ikke stemning for at godkende den.", "rejected"),
    ("Der er ingen, der kan godkende det, som det ligger.", "rejected"),
    # … and not today, with the case again: not yet, as "ikke … i dag" is
    ("Der er ingen, der vil godkende den i dag. Den kommer igen.", "postponed"),
    # the case back to us: not yet (each read as an approval, some with the condition as a remark)
    ("Vi kommer tilbage til den.", "postponed"),
    ("Vi kommer tilbage til den, når vi kender regnskabet.", "postponed"),
    ("Lad os få den tilbage med en beregning af begge dele.", "postponed"),
    ("Så vil vi gerne have den tilbage, når mobilversionen er klar.", "postponed"),
    ("Forvaltningen tager den med hjem og kommer igen, når lokalplanen er vedtaget.", "postponed"),
    # the approval only after something: not yet
    ("Vi godkender den først, når centercheferne har været inddraget.", "postponed"),
    ("Den kan først godkendes, når vi har en plan.", "postponed"),
    # a condition on the approval itself stays a conditional approval
    ("Vi godkender den, når afsnittet er tilføjet.", "approved_with_remark"),
    # a remark asked for after the approval (a request for a thing, "… og beder om en evaluering", stays a follow-up)
    ("Så godkender vi, og vi beder om, at formålet bliver skrevet tydeligere.", "approved_with_remark"),
    ("Vi godkender den og beder om en evaluering efter første år.", "approved"),
])
def test_round_245_nobody_who_will_the_case_back_to_us_and_an_approval_only_after(said, kind):
    talk = [("Taler 1", "Sagen."), ("Taler 3", "Det er for uklart, hvad vi vil, og det er mange penge."), ("Taler 1", said)]
    assert draft_decision(_PILOT, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


_FREE_PARKING = item(9, "Forslag om gratis parkering i midtbyen", None,
                     "Forvaltningen indstiller, at forslaget ikke imødekommes.")


@pytest.mark.parametrize(("agenda_item", "said", "kind"), [
    # refusals in words the rules lacked (each read as an approval, or as nothing)
    (_HARBOUR_PLOT, "Så er salget droppet.", "rejected"),
    (_HARBOUR_PLOT, "Salget er droppet.", "rejected"),
    (_FESTIVAL, "Festivalen må finde pengene selv i år.", "rejected"),
    (_FREE_PARKING, "Gratis parkering bliver det ikke til.", "rejected"),
    (_FREE_PARKING, "Nej, gratis parkering bliver det ikke til i år.", "rejected"),
    # the closer's bare "Nej." before a preference
    (_PILOT, "Nej. Vi vil hellere have et overblik over, hvad centrene allerede laver.", "rejected"),
    # a hearing when something is written in, and the case again before the hearing
    (_HEARING, "Den kan gå i høring, når afsnittet om de frivillige er skrevet ind.", "approved_with_remark"),
    (_HEARING, "Lad os få den igen med et afsnit om handicapidræt, før den går i høring.", "postponed"),
    # a limit after the approval
    (_HARBOUR_PLOT, "Så sælger vi grunden, men ikke under vurderingsprisen.", "approved_with_remark"),
    # a wish said thing first after the approval
    (_LEADERS_POINTS, "Alle fem er godkendt. Talentforløbet vil vi gerne se snarest.", "approved_with_remark"),
])
def test_round_246_refusals_limits_and_wishes_in_fresh_words(agenda_item, said, kind):
    talk = [("Taler 1", "Sagen."), ("Taler 3", "Det er for uklart, hvad vi får, og det er mange penge."), ("Taler 1", said)]
    assert draft_decision(agenda_item, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("member", "kind"), [
    # the chair's "Nej." agrees with a member's no, and answers a question: no refusal
    ("Så er der ingen grund til at ændre den.", "approved"),
    ("Skal vi bruge konsulenter?", "approved"),
])
def test_round_246_a_bare_no_that_agrees_or_answers_refuses_nothing(member, kind):
    talk = [("Taler 1", "Timeprisen."), ("Taler 3", member), ("Taler 1", "Nej. Så bliver det fire hundrede kroner.")]
    assert draft_decision(_TIME_PRICE, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_246_an_item_asked_with_its_change_and_answered_yes_keeps_the_change():
    talk = [("Taler 1", "Kantineordningen."), ("Taler 2", "Medarbejderne vil gerne have en salatbar."),
            ("Taler 1", "Kan vi godkende ordningen med salatbaren? Ja? Godt.")]
    draft = draft_decision(_CANTEEN, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "salatbaren" in draft.text


@pytest.mark.parametrize(("said", "text"), [
    # a number in what is said after the approval is no point left out: a precision or a wish (each read as a partial
    # approval)
    ("Godt. Så er indstillingerne godkendt, men vi præciserer til indstilling 1, at introprogram og mentor er et krav.",
     "Direktionen godkendte indstillingen"),
    ("Så godkender vi alle indstillingerne. Og indstilling 5 vil vi gerne se snarest muligt, så vi kan komme i gang.",
     "med ønske om at se indstilling 5 snarest muligt"),
    # a wish said thing first by its adjective
    ("Så godkender vi indstillingerne. Og store lederdag vil vi gerne have holdt som hidtil.",
     "med ønske om at have store lederdag holdt som hidtil"),
])
def test_round_247_a_number_said_after_the_approval_is_a_remark_not_a_part(said, text):
    talk = [("Taler 1", "Lederudvikling."), ("Taler 2", "Talentforløbet haster."), ("Taler 1", said)]
    draft = draft_decision(_LEADERS_POINTS, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark"
    assert text in draft.text


@pytest.mark.parametrize("said", [
    "Vi godkender indstilling 1, 2 og 3, men ikke 4 og 5.",
    "Så godkender vi indstilling 1 til 4. Punkt fem venter til budgettet.",
])
def test_round_247_points_named_in_the_approval_stay_a_partial_approval(said):
    talk = [("Taler 1", "Lederudvikling."), ("Taler 2", "Talentforløbet kan vente."), ("Taler 1", said)]
    assert draft_decision(_LEADERS_POINTS, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


def test_round_247_looking_forward_on_an_orientation_puts_nothing_off():
    status = item(2, "Orientering om status på arbejdet med Budget 2026", None,
                  "Kommunaldirektøren indstiller, at status på Budget 2026 tages til efterretning.")
    talk = [("Taler 1", "Budget 2026: der er kun få udeståender."), ("Taler 4", "Hvornår ved vi mere?"),
            ("Taler 1", "Efter budgetstyregruppens næste møde."),
            ("Taler 4", "Okay. Så venter vi spændt på budgetstyregruppens næste møde.")]
    assert draft_decision(status, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "noted"


@pytest.mark.parametrize(("talk", "kind"), [
    # a wait, a return or a no asked as a question, answered yes by the room, and "Så gør vi det." (each read as an
    # approval, one with the question as its change)
    ([("Taler 1", "Skal vi vente med den?"), ("Taler 2", "Ja."), ("Taler 4", "Ja, lad os det."),
      ("Taler 1", "Så gør vi det.")], "postponed"),
    ([("Taler 3", "Skal vi sende den tilbage til CBA?"), ("Taler 2", "Ja, den er ikke færdig."),
      ("Taler 1", "Så gør vi det.")], "postponed"),
    ([("Taler 2", "Skal vi sige nej til den nye ordning?"), ("Taler 3", "Ja."), ("Taler 4", "Ja."),
      ("Taler 1", "Godt, så gør vi det.")], "rejected"),
    ([("Taler 2", "Skal vi ikke sige nej i år?"), ("Taler 3", "Jo."), ("Taler 1", "Så gør vi det.")], "rejected"),
    # members who each say they are against, and the chair's "Så er vi enige."
    ([("Taler 2", "Jeg er imod. Den er for dyr."), ("Taler 3", "Det er jeg også imod."), ("Taler 1", "Så er vi enige.")],
     "rejected"),
    ([("Taler 2", "Jeg er imod."), ("Taler 3", "Også mig."), ("Taler 4", "Nej, heller ikke jeg."),
      ("Taler 1", "Så er vi enige.")], "rejected"),
    # … not when someone was for, nor after a yes to the approval
    ([("Taler 2", "Jeg er imod."), ("Taler 3", "Jeg er for den."), ("Taler 1", "Så er vi enige.")], "approved"),
    ([("Taler 2", "Jeg synes, vi skal tage den."), ("Taler 3", "Enig."), ("Taler 1", "Så er vi enige.")], "approved"),
    # asked to wait and answered no: the approval
    ([("Taler 2", "Skal vi vente med den?"), ("Taler 3", "Nej, lad os tage den nu."), ("Taler 1", "Så godkender vi den.")],
     "approved"),
])
def test_round_248_a_question_answered_yes_and_a_room_against(talk, kind):
    talk = [("Taler 1", "Den nye kantineordning."), *talk]
    assert draft_decision(_CANTEEN, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("agenda_item", "said", "kind"), [
    # this session's forms without the commas a recogniser leaves out (each lost under bench --stress no-commas)
    (_LEADERS_POINTS, "Fint det præciserer vi. Så er de godkendt.", "approved_with_remark"),
    (_LEADERS_POINTS, "Så er indstillingerne godkendt men vi præciserer til indstilling 1 at mentor er et krav.",
     "approved_with_remark"),
    (_HARBOUR_PLOT, "Så sælger vi grunden men ikke under vurderingsprisen.", "approved_with_remark"),
])
def test_mend_round_243_to_247_forms_read_without_commas(agenda_item, said, kind):
    talk = [("Taler 1", "Sagen."), ("Taler 2", "Ved et vil jeg gerne præcisere at mentorordningen er et krav."),
            ("Taler 1", said)]
    assert draft_decision(agenda_item, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("agenda_item", "said", "kind"), [
    # one thing refused and the rest accepted in the same sentence (each read as a refusal of the whole)
    (_RECOMMENDATIONS, "Nattevagterne kan vi ikke godkende, men resten er fint.", "approved_with_remark"),
    (_RULES, "Fast fredag kan vi ikke godkende, men resten er fint.", "approved_with_remark"),
    (_CANTEEN, "Prisstigningen kan vi ikke godkende, men resten er i orden.", "approved_with_remark"),
    # … on a numbered Indstilling the thing is a point: a partial approval
    (_LEADERS_POINTS, "Erfaringsindsamlingen kan vi ikke godkende, men resten er godkendt.", "partly_approved"),
    # a refusal with no rest accepted stays one
    (_CANTEEN, "Kantineordningen kan vi ikke godkende.", "rejected"),
    # not now, and a season named; a better ground wanted (each read as an approval)
    (_PILOT, "Ikke nu. Vi tager den i efteråret.", "postponed"),
    (_PILOT, "Ikke nu. Vi tager det efter sommerferien.", "postponed"),
    (_PILOT, "Vi skal have et bedre beslutningsgrundlag.", "postponed"),
])
def test_round_249_one_thing_refused_beside_the_rest_and_not_now(agenda_item, said, kind):
    talk = [("Taler 1", "Sagen."), ("Taler 2", "Den del kan jeg ikke støtte."), ("Taler 1", said)]
    draft = draft_decision(agenda_item, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == kind


def test_round_249_the_thing_refused_is_the_remark():
    talk = [("Taler 1", "Anbefalingerne."), ("Taler 2", "Jeg er ikke enig i den om nattevagterne."),
            ("Taler 1", "Nattevagterne kan vi ikke godkende, men resten er fint.")]
    draft = draft_decision(_RECOMMENDATIONS, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.text.endswith("godkendte indstillingen med undtagelse af nattevagterne.")


@pytest.mark.parametrize(("agenda_item", "said", "kind"), [
    # the chair's conclusion in the order of a clause after "at" (each read as an approval or a recommendation)
    (_PILOT, "Konklusionen er, at direktionen ikke kan godkende indstillingerne.", "rejected"),
    (_PILOT, "Konklusionen er, at vi ikke skal godkende den.", "rejected"),
    (_PILOT, "Konklusionen er, at vi ikke siger ja.", "rejected"),
    (_PILOT, "Jeg hører, at ingen af jer vil godkende den.", "rejected"),
    (_PILOT, "Det betyder, at vi ikke kan godkende den i den form.", "rejected"),
    (_VARICES, "Konklusionen er, at udvalget ikke anbefaler udmøntningen.", "rejected"),
    (_FESTIVAL, "Konklusionen er, at festivalen ikke får nogen garanti.", "rejected"),
    (_FESTIVAL, "Festivalen får ingen garanti i år.", "rejected"),
    # … and approving in the same order stays an approval
    (_PILOT, "Konklusionen er, at vi godkender indstillingen.", "approved"),
    # a part refused after an approval is no refusal of the whole
    (_FESTIVAL, "Garantien er godkendt, men festivalen får ikke tilskud til mad i år.", "approved_with_remark"),
])
def test_round_250_a_no_in_the_order_of_a_clause_after_at(agenda_item, said, kind):
    talk = [("Taler 1", "Sagen."), ("Taler 2", "Det er for dyrt."), ("Taler 1", said)]
    assert draft_decision(agenda_item, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("said", "kind"), [
    # "ikke" said as "på ingen måde", "under ingen omstændigheder", "aldrig" (each read as an approval)
    ("Vi kan på ingen måde godkende den.", "rejected"),
    ("Vi vil under ingen omstændigheder bevilge den.", "rejected"),
    ("Til den pris kan vi aldrig godkende den.", "rejected"),
    # the approval only after something, with a modal (each read as a conditional approval)
    ("Vi kan først godkende den, når MED har set den.", "postponed"),
    ("Vi vil først vedtage den, når den er testet.", "postponed"),
    ("Vi kan først sende den i udbud, når vi har en beregning.", "postponed"),
    # a condition said as "og det er en forudsætning / betingelse / et krav, at …" (read as a plain approval)
    ("Vi godkender den, og det er en forudsætning, at hver afdeling udpeger superbrugere.", "approved_with_remark"),
    ("Godkendt, og det er et krav, at prisen ikke stiger det første år.", "approved_with_remark"),
])
def test_round_251_other_words_for_no_first_and_a_condition(said, kind):
    talk = [("Taler 1", "Sagen."), ("Taler 2", "Det skal vi tænke over."), ("Taler 1", said)]
    assert draft_decision(_PILOT, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("member", "said", "text"), [
    # a point of weight as its own sentence after a short approval (read as a plain approval)
    ("Det er en god sag.", "Godkendt. Det er vigtigt, at formålet er klart.",
     "med den bemærkning, at det er vigtigt, at formålet er klart"),
    # praise before the approver's own words that take the wish in (read as a plain approval)
    ("Jeg synes, alle nye ledere skal have en mentor.", "Det er en god idé, det gør vi. Så er den godkendt.",
     "»Jeg synes, alle nye ledere skal have en mentor.«"),
    ("Kan vi ikke få superbrugere i alle afdelinger?", "Godt forslag, det tilføjer vi. Godkendt.",
     "»Kan vi ikke få superbrugere i alle afdelinger?«"),
])
def test_round_252_a_point_of_weight_and_praise_before_the_change(member, said, text):
    talk = [("Taler 1", "Sagen."), ("Taler 2", member), ("Taler 1", said)]
    draft = draft_decision(_CANTEEN, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark"
    assert text in draft.text


def test_round_252_praise_alone_before_the_approval_changes_nothing():
    talk = [("Taler 1", "Sagen."), ("Taler 2", "Jeg synes, alle nye ledere skal have en mentor."),
            ("Taler 1", "Det er en god idé. Men det hører til en anden sag. Så er den godkendt.")]
    assert draft_decision(_CANTEEN, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize(("said", "kind"), [
    # postponements in words the rules lacked (each read as an approval or a refusal)
    ("Vi beder CBA om at komme igen med et bedre oplæg.", "postponed"),
    ("CBA arbejder videre med den og kommer igen.", "postponed"),
    ("Den kommer på dagsordenen igen i august.", "postponed"),
    ("Vi sætter den på igen, når vi har en plan.", "postponed"),
    ("Først vil vi høre centercheferne.", "postponed"),
    ("Det når vi ikke i dag.", "postponed"),
    ("CBA tager den med tilbage.", "postponed"),
    # refusals: the forum against, shot down, not going on (each read as nothing or as an approval)
    ("Den stemmer vi imod.", "rejected"),
    ("Vi er alle imod.", "rejected"),
    ("Så er den skudt ned.", "rejected"),
    ("Vi vælger ikke at gå videre.", "rejected"),
])
def test_round_253_postponements_and_refusals_from_a_sweep_of_closings(said, kind):
    talk = [("Taler 1", "AI-sagen fra CBA."), ("Taler 3", "Det er for uklart, hvad vi vil."), ("Taler 1", said)]
    assert draft_decision(_PILOT, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_253_what_someone_takes_back_to_a_body_puts_nothing_off():
    talk = [("Taler 1", "Ledelsesprogrammet."), ("Taler 2", "Et fælles sprog."),
            ("Taler 1", "Godt. Jeg tager det med tilbage til styringsgruppen.")]
    assert draft_decision(_PROGRAMME, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "discussed"


@pytest.mark.parametrize("said", [
    # the part started with the forum first, without "med", beside the part put off (read as putting it all off)
    "Vi starter udendørs den 15. juni. Caféerne tager vi i august.",
    # the part kept closed first and the other allowed after "men" (read as a refusal)
    "Caféerne holder vi lukket, men udendørs må gerne åbne.",
    "Caféerne forbliver lukkede, men udendørs kan gå i gang.",
    # yes to one and no to the other, said with "Vi siger ja til" (read as an approval)
    "Vi siger ja til udendørs og nej til caféerne indtil videre.",
])
def test_round_254_a_part_started_or_allowed_beside_one_kept_closed(said):
    talk = [("Taler 1", "Genåbningen."), ("Taler 2", "Smitten er stadig høj indendørs."), ("Taler 1", said)]
    assert draft_decision(_REOPENING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


def test_round_254_the_whole_kept_closed_stays_a_refusal():
    talk = [("Taler 1", "Genåbningen."), ("Taler 2", "Smitten er stadig høj."),
            ("Taler 1", "Caféerne holder vi lukket.")]
    assert draft_decision(_REOPENING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


_NEWS = item(5, "Meddelelser", None, "")
_MED_MEETING = item(4, "Orientering om KommuneMED møde d. 25. juni 2025", None,
                    "Kommunaldirektøren indstiller, at orienteringen tages til efterretning.")


@pytest.mark.parametrize("said", [
    # the meeting's date settled in more words (each read as taking news to efterretning)
    "Så bliver mødet onsdag den 30. maj klokken 18.30.",
    "Godt. Vi mødes den 30. maj kl. 18.30.",
    "Det bliver onsdag den 30. maj kl. 18.30.",
])
def test_round_255_the_meetings_date_settled_in_more_words(said):
    talk = [("Taler 1", "Meddelelser. Vi skal finde en ny dato for det ordinære møde i maj."),
            ("Taler 2", "Onsdag den 30. passer mig."), ("Taler 1", said)]
    assert draft_decision(_NEWS, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "decided"


@pytest.mark.parametrize("said", ["Mødet bliver den 25. juni.", "Det bliver den 25. juni."])
def test_round_255_a_date_told_on_an_orientation_is_news(said):
    talk = [("Taler 1", "KommuneMED holder møde snart."), ("Taler 2", "Hvornår er mødet?"), ("Taler 1", said)]
    assert draft_decision(_MED_MEETING, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "noted"


@pytest.mark.parametrize(("agenda_item", "talk", "kind"), [
    # round 254's part started with the forum first, after "Jamen," or a hesitation (read as putting it all off)
    (_REOPENING, [("Taler 1", "Genåbningen."), ("Taler 1", "Jamen, vi starter udendørs den 15. juni. Caféerne tager vi i august.")],
     "partly_approved"),
    (_REOPENING, [("Taler 1", "Genåbningen."), ("Taler 1", "Vi, øh, starter udendørs i næste uge. Caféerne venter.")],
     "partly_approved"),
    # round 252's wish asked with a hesitation in it (read as a plain approval)
    (_CANTEEN, [("Taler 1", "Kantinen."), ("Taler 3", "Kan, øh, vi ikke få en salatbar?"),
                ("Taler 1", "Det er en god idé, det gør vi. Godkendt.")], "approved_with_remark"),
])
def test_mend_round_252_and_254_forms_read_through_hesitations(agenda_item, talk, kind):
    assert draft_decision(agenda_item, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_256_the_case_itself_back_is_no_follow_up():
    talk = [("Taler 1", "Kantineordningen."), ("Taler 3", "Vi mangler tal for prisen."),
            ("Taler 1", "Godt. Vi kommer tilbage til den, når vi har tallene.")]
    draft = draft_decision(_CANTEEN, _spoken(talk), DIREKTIONEN, chair="Taler 1", names={"Taler 1": "Lars Holte"})
    assert draft.kind == "postponed"
    assert draft.followups == ()


@pytest.mark.parametrize(("said", "kind"), [
    # a wish or a decision not to approve (each read as an approval)
    ("Direktionen ønsker ikke at godkende indstillingerne i denne form.", "rejected"),
    ("Vi har besluttet ikke at godkende indstillingen.", "rejected"),
    ("Vi har besluttet ikke at sende rengøringen i udbud.", "rejected"),
    ("Direktionen beslutter at sige nej.", "rejected"),
    # … not a double no
    ("Jeg kan ikke se nogen grund til ikke at godkende den.", "approved"),
    # decided or chosen to wait (read as a decision or an approval)
    ("Vi har besluttet at vente.", "postponed"),
    ("Vi har valgt at vente med sagen.", "postponed"),
    # not ready, and asked to come again: the approval word sits in the "ikke" clause (read as approved with a remark)
    ("Direktionen finder ikke, at sagen er klar til godkendelse, og beder CBA om at komme igen.", "postponed"),
])
def test_round_257_a_wish_or_a_decision_not_to_approve_or_to_wait(said, kind):
    talk = [("Taler 1", "Sagen."), ("Taler 2", "Den er ikke moden."), ("Taler 1", said)]
    assert draft_decision(_PILOT, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_mend_round_249_one_thing_refused_said_with_vedtage():
    talk = [("Taler 1", "Anbefalingerne."), ("Taler 2", "Jeg er ikke enig i den om nattevagterne."),
            ("Taler 1", "Nattevagterne kan vi ikke vedtage, men resten er fint.")]
    draft = draft_decision(_RECOMMENDATIONS, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark"
    assert draft.text.endswith("med undtagelse af nattevagterne.")


@pytest.mark.parametrize(("said", "kind", "text"), [
    # a decision on one matter named first after the approval, as the seed's Beslutning says it (read as a decision
    # or, with "som hidtil", a refusal)
    ("Vi godkender indstillingerne. Ift. store lederdag er det besluttet, at den fortsætter.", "approved_with_remark",
     "med den bemærkning om store lederdag, at den fortsætter."),
    ("Alle fem godkendes. Vedrørende store lederdag blev det besluttet, at den holdes som hidtil.",
     "approved_with_remark", "med den bemærkning om store lederdag, at den holdes som hidtil."),
    # a numbered point wished after ", og" (read as a partial approval)
    ("Så godkender vi, og indstilling 5 skal forelægges hurtigst muligt.", "approved_with_remark", ""),
    # not ready to approve (read as an approval)
    ("Vi er ikke parate til at godkende dem.", "rejected", ""),
])
def test_round_258_a_decision_on_one_matter_after_the_approval(said, kind, text):
    talk = [("Taler 1", "Lederudvikling."), ("Taler 2", "Store lederdag bør vi beholde."), ("Taler 1", said)]
    draft = draft_decision(_LEADERS_POINTS, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == kind
    assert text in draft.text


def test_round_258_a_decision_on_one_matter_alone_stays_a_decision():
    talk = [("Taler 1", "Meddelelser."), ("Taler 1", "Ift. julefrokosten er det besluttet, at den holdes i december.")]
    assert draft_decision(_NEWS, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "decided"


@pytest.mark.parametrize(("asked", "answer", "kind"), [
    # a gap pointed out as "Hvad med …?", answered with what they get, then approved (read as a plain approval)
    ("Hvad med de nye afdelingsledere?", "De får også en mentor.", "approved_with_remark"),
    ("Hvad så med de nye afdelingsledere?", "De skal også have en mentor.", "approved_with_remark"),
    ("Men hvad med de deltidsansatte?", "Dem tager vi særligt hensyn til.", "approved_with_remark"),
    # answered with what already is, or a no: the approval stays plain
    ("Hvad med økonomien?", "Den er på plads.", "approved"),
    ("Hvad med de nye afdelingsledere?", "De får ikke noget nyt.", "approved"),
    ("Hvad med medarbejderne?", "De får tilbudt job hos den nye leverandør, det er et lovkrav.", "approved"),
])
def test_round_259_a_what_about_question_answered_before_the_approval(asked, answer, kind):
    talk = [("Taler 1", "Lederudvikling."), ("Taler 2", asked),
            ("Taler 1", f"{answer} Så er indstillingerne godkendt.")]
    draft = draft_decision(_LEADERS_POINTS, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == kind
    if kind == "approved_with_remark":
        assert f"der blev svaret på »{asked}«: »{answer}«" in draft.text


@pytest.mark.parametrize("asked", [
    # objections asked in one word, or answered "Ingen." (read as a plain approval: the proposal was lost)
    ["Nogen imod? Ingen. Så er det vedtaget."],
    ["Indvendinger? Nej. Så er det vedtaget."],
    ["Nogen indvendinger?", "Ingen.", "Så er det vedtaget."],
])
def test_round_260_a_proposal_nobody_objects_to_in_few_words(asked):
    talk = [("Taler 1", "Lederudvikling."), ("Taler 2", "Jeg foreslår, at mentorordningen bliver obligatorisk.")]
    talk += [("Taler 3" if said == "Ingen." else "Taler 1", said) for said in asked]
    draft = draft_decision(_LEADERS_POINTS, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark"
    assert "mentorordningen bliver obligatorisk" in draft.text


@pytest.mark.parametrize(("demand", "answer", "kind"), [
    # a "Nej," that agrees with a demand that something should not be (read as no change)
    ("Vi skal ikke bruge penge på gaver til oplægsholderne.", "Nej, dem sparer vi.", "approved_with_remark"),
    ("Lederdagen behøver ikke en dyr foredragsholder.", "Nej, vi bruger en af vores egne.", "approved_with_remark"),
    ("Det må ikke erstatte den lokale introduktion.", "Nej, det skal være et supplement.", "approved_with_remark"),
    # … but not a no that only agrees
    ("Vi skal ikke ændre på noget.", "Nej, det er fint.", "approved"),
])
def test_round_260_a_no_that_agrees_with_a_demand_not_to(demand, answer, kind):
    talk = [("Taler 1", "Lederudvikling."), ("Taler 2", demand), ("Taler 1", f"{answer} Indstillingerne er godkendt.")]
    assert draft_decision(_LEADERS_POINTS, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("said", "kind"), [
    # the approval when something has come waits for it (read as an approval on a condition)
    ("Så godkender vi dem, når tallene er her.", "postponed"),
    ("Så godkender vi dem samlet, når budgettet foreligger.", "postponed"),
    ("Så vedtager vi det, når MED har svaret.", "postponed"),
    # a change made first stays a condition
    ("Vi godkender dem, når afsnittet om mentor er tilføjet.", "approved_with_remark"),
])
def test_round_261_an_approval_when_something_has_come_waits(said, kind):
    talk = [("Taler 1", "Lederudvikling."), ("Taler 2", "Vi har ikke set tallene endnu."), ("Taler 1", said)]
    assert draft_decision(_LEADERS_POINTS, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


_TICKET_PRICE = item(52, "Godkendelse af ny billetpris i svømmehallen", None,
                     "Forvaltningen indstiller, at billetprisen hæves til 45 kr.")
_SUMMER_CLOSING = item(10, "Lukning af svømmehal i sommerferien", None,
                       "Administrationen indstiller, at svømmehallen holdes lukket i uge 28-31.")


@pytest.mark.parametrize(("said", "kind"), [
    # the price kept where it is, said with "bliver på" (read as an approval)
    ("Så bliver prisen på 40 kroner.", "rejected"),
    ("Prisen bliver på 40 kroner i år.", "rejected"),
    # the Indstilling's own amount, or a price for each group, is no keeping
    ("Så bliver prisen på 45 kroner.", "approved"),
    ("Så bliver prisen på 42 kroner for voksne og 20 for børn.", "approved"),
])
def test_round_262_a_price_that_stays_where_it_is(said, kind):
    talk = [("Taler 2", "Billetprisen."), ("Taler 3", "En stigning rammer børnefamilierne."), ("Taler 1", said)]
    assert draft_decision(_TICKET_PRICE, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_262_another_period_sought_after_the_refusal():
    talk = [("Taler 2", "Lukningen."), ("Taler 4", "Men ikke i sommerferien."),
            ("Taler 1", "Enig. Den lukker ikke i sommerferien. Vi finder en anden periode.")]
    assert draft_decision(_SUMMER_CLOSING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


@pytest.mark.parametrize(("wish", "answer"), [
    # a proposal asked leave for, taken up in a word (read as a plain approval)
    ("Må jeg foreslå, at mentor bliver obligatorisk?", "Godt forslag."),
    ("Må jeg foreslå, at mentor bliver obligatorisk?", "Det er jeg enig i."),
    # a wish said as what would be good, taken up (read as a plain approval)
    ("Det ville være godt med en mentor til alle nye ledere.", "Lad os gøre det til et krav."),
    ("Det ville være godt med en mentor til alle nye ledere.", "Det lyder fornuftigt, det gør vi."),
])
def test_round_263_a_proposal_asked_leave_for_or_said_as_what_would_be_good(wish, answer):
    talk = [("Taler 1", "Lederudvikling."), ("Taler 3", wish), ("Taler 1", f"{answer} Så er indstillingerne godkendt.")]
    draft = draft_decision(_LEADERS_POINTS, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark"
    assert "mentor" in draft.text


@pytest.mark.parametrize(("replies", "closing", "kind"), [
    # the chair's question answered no in other words, the others agreeing, then "Så er vi enige." (read as an
    # approval: the question was a yes unanswered, and "Enig." a yes)
    (["Nej, den er for dyr.", "Enig."], "Så er vi enige.", "rejected"),
    (["Ikke med den økonomi.", "Nej."], "Så er vi enige.", "rejected"),
    (["Det kan jeg ikke støtte.", "Heller ikke mig."], "Så er vi enige.", "rejected"),
    # the question answered no, then a refusal said the other way round (read as an approval, or as nothing)
    (["Ikke med den økonomi.", "Nej."], "Så er svaret nej.", "rejected"),
    (["Jeg er imod.", "Også mig."], "Så ryger den.", "rejected"),
    (["Nej.", "Nej."], "Så er det slut med den.", "rejected"),
    # a yes, and objections answered no, stay approvals
    (["Ja.", "Enig."], "Så er vi enige.", "approved"),
])
def test_round_264_the_room_answers_the_chairs_question_no(replies, closing, kind):
    talk = [("Taler 1", "Salg af grunden."), ("Taler 1", "Kan vi godkende den?"),
            ("Taler 2", replies[0]), ("Taler 3", replies[1]), ("Taler 1", closing)]
    assert draft_decision(SALE, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_264_objections_answered_no_then_we_agree_stays_an_approval():
    talk = [("Taler 1", "Salg af grunden."), ("Taler 1", "Er der nogen imod?"),
            ("Taler 2", "Nej."), ("Taler 3", "Nej."), ("Taler 1", "Så er vi enige.")]
    assert draft_decision(SALE, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("said", [
    # points decided by their numbers, said first ("Punkt …" was read as the chair moving on, and left off)
    "Punkt 1 og 2 er godkendt, punkt 3 er udsat.",
    "Punkt 1 og 2 godkendt, punkt 3 udsat.",
    # the part put off first, the rest said last (read as putting it all off, or refusing it)
    "Indstilling 3 udsættes, resten godkendes.",
    "Forløbet kan vi ikke godkende, resten kan vi.",
    "Vi godkender ikke forløbet, men de to andre.",
    # how many, or which, said without the point's number (read as an approval)
    "Vi godkender to ud af tre.",
    "Den første og den anden er godkendt, den tredje ikke.",
    "Status og retningslinjer er godkendt, awareness tager vi senere.",
])
def test_round_265_some_points_approved_in_other_words(said):
    talk = [("Taler 1", "AI-sagen har tre indstillinger: status, retningslinjerne og et awarenessforløb."),
            ("Taler 3", "Forløbet er for dyrt lige nu."), ("Taler 1", said)]
    assert draft_decision(_AI_POINTS, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"


def test_round_265_moving_on_to_a_point_is_still_left_off():
    talk = [("Taler 1", "AI-sagen."), ("Taler 2", "Fint."), ("Taler 1", "Så er indstillingerne godkendt."),
            ("Taler 1", "Punkt 6, temadrøftelsen.")]
    assert draft_decision(_AI_POINTS, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize(("answer", "closing"), [
    # the chair's question not answered yes, then a not yet the families did not know (read as an approval: the
    # question unanswered stood)
    ("Det er for tidligt.", "Så må den en tur mere."),
    ("Det er for tidligt.", "Så er den ikke klar endnu."),
    ("Vi mangler MED's høring.", "Så må vi have den igen."),
    ("Vi mangler MED's høring.", "Så må forvaltningen arbejde videre med den."),
    ("Vi mangler MED's høring.", "Så må den blive liggende."),
    ("Vi mangler MED's høring.", "Så hviler den lidt."),
    ("Vi mangler MED's høring.", "Så går den retur."),
    # (read as a refusal)
    ("Vi mangler MED's høring.", "Så bliver den ikke behandlet i dag."),
    # (read as an approval with a remark)
    ("Vi mangler MED's høring.", "Vi giver den en måned mere."),
])
def test_round_266_a_question_not_answered_yes_then_not_yet(answer, closing):
    talk = [("Taler 1", "Salg af grunden."), ("Taler 1", "Kan vi godkende den?"), ("Taler 2", answer),
            ("Taler 3", "Enig."), ("Taler 1", closing)]
    assert draft_decision(SALE, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "postponed"


def test_round_266_a_question_answered_yes_still_approves():
    talk = [("Taler 1", "Salg af grunden."), ("Taler 1", "Kan vi godkende den?"), ("Taler 2", "Ja."),
            ("Taler 1", "Så kommer den i udbud i næste uge.")]
    assert draft_decision(SALE, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("talk", [
    # on an Indstilling that refuses, the chair's last word saying no follows it (read as no decision found)
    [("Taler 1", "Parkeringen."), ("Taler 1", "Det bliver ikke gratis at parkere i midtbyen.")],
    [("Taler 1", "Gratis parkering."), ("Taler 1", "Kan vi godkende den?"), ("Taler 2", "Nej."), ("Taler 3", "Nej."),
     ("Taler 1", "Så er svaret nej.")],
])
def test_round_267_the_chairs_no_on_an_indstilling_that_refuses(talk):
    assert draft_decision(_FREE_PARKING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


def test_round_268_news_awaited_by_its_pronoun_is_taken_to_efterretning():
    status = item(2, "Orientering om status for specialeplanlægning", None,
                  "Administrationen indstiller, at orienteringen tages til efterretning.")
    talk = [("Taler 2", "Specialeplanlægningen er forsinket, og Sundhedsstyrelsen forventer at melde ud til efteråret."),
            ("Taler 1", "Så venter vi på den. Tak.")]
    assert draft_decision(status, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "noted"


def test_round_268_the_case_back_after_its_hearing_goes_on():
    policy = item(8, "Idrætspolitik 2018-2022", None, "Forvaltningen indstiller, at idrætspolitikken sendes i høring.")
    talk = [("Taler 2", "Idrætspolitikken."), ("Taler 3", "Den er klar."),
            ("Taler 1", "Så sender vi den ud, og den kommer tilbage til os efter høringen.")]
    assert draft_decision(policy, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


def test_round_269_the_act_stands_when_only_a_question_about_it_follows():
    price = item(52, "Godkendelse af ny billetpris i svømmehallen", None,
                 "Forvaltningen indstiller, at billetprisen hæves til 45 kr.")
    talk = [("Taler 2", "Billetprisen."), ("Taler 1", "Den hæves til 45 kroner."), ("Taler 4", "Også for børn?"),
            ("Taler 2", "Nej, børn er uændret.")]
    assert draft_decision(price, _spoken(talk), DIREKTIONEN).kind == "approved"


@pytest.mark.parametrize(("indstilling", "said"), [
    # a recommendation on to another body, by the one who closes (read as an approval)
    ("Økonomiudvalget indstiller, at lokalplanen vedtages endeligt.",
     "Vi indstiller lokalplanen til endelig vedtagelse i byrådet."),
    ("Borgmesteren indstiller, at der gives en anlægsbevilling på 12 mio. kr.",
     "Vi anbefaler bevillingen over for byrådet."),
])
def test_round_269_a_recommendation_on_to_another_body(indstilling, said):
    case = item(7, "Sagen", None, indstilling)
    talk = [("Taler 2", "Sagen."), ("Taler 1", said), ("Taler 3", "Byrådet mødes i næste uge.")]
    # (said by another than the chair: not the administration's advice, "Vi anbefaler at deltage")
    assert draft_decision(case, _spoken(talk), DIREKTIONEN, chair="Taler 2").kind == "recommended"


def test_round_270_a_members_recommendation_as_the_yes_to_the_question():
    standard = item(4, "Godkendelse af kvalitetsstandard", None, "Administrationen indstiller, at standarden godkendes.")
    talk = [("Taler 2", "Standarden."), ("Taler 1", "Godkender vi den?"), ("Taler 2", "Det vil jeg anbefale.")]
    assert draft_decision(standard, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


def test_round_270_one_recommendation_named_by_its_number_is_no_recommendation():
    advice = item(50, "Godkendelse af anbefalinger fra Projektudvalget", None,
                  "Administrationen indstiller, at anbefalingerne godkendes.")
    talk = [("Taler 2", "Anbefalingerne."),
            ("Taler 1", "De godkendes. Udvalget lægger særlig vægt på anbefaling to om faste teams.")]
    draft = draft_decision(advice, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark"
    assert "godkendte indstillingen" in draft.text


@pytest.mark.parametrize(("said", "kind"), [
    # the approved thing looked at again after the approver's own approval (read as putting the case off)
    ("Godkendt for en periode på seks måneder. Så ser vi på det igen.", "approved_with_remark"),
    ("Godkendt. Vi kigger på ordningen igen om et år.", "approved"),
    # alone it still puts off
    ("Så ser vi på det igen.", "postponed"),
])
def test_round_270_the_approved_thing_looked_at_again(said, kind):
    guards = item(12, "Sikkerhedsvagter i borgerservice", None, "CBA indstiller, at der ansættes sikkerhedsvagter.")
    talk = [("Taler 2", "Sikkerhedsvagter i borgerservice."), ("Taler 1", said)]
    assert draft_decision(guards, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_271_a_point_to_wait_and_the_rest_approved():
    talk = [("Taler 2", "AI-sagen har tre indstillinger: status, retningslinjerne og awarenessforløbet."),
            ("Taler 5", "Forløbet bør vente til budgettet."), ("Taler 1", "Enig. Resten er godkendt.")]
    assert draft_decision(_AI_POINTS, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize(("answer", "kind"), [
    # the chair's "Så gør vi det." after a member's answer that does some points (read as an approval)
    (["De to første, ja.", "Forløbet skal vente."], "partly_approved"),
    (["Ja, alle tre.", "De er fine."], "approved"),
])
def test_round_271_so_we_do_it_after_an_answer_that_does_some_points(answer, kind):
    talk = [("Taler 2", "AI."), ("Taler 1", "Kan vi godkende alle tre?"), *(("Taler 3", said) for said in answer),
            ("Taler 1", "Så gør vi det.")]
    assert draft_decision(_AI_POINTS, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("said", "kind"), [
    # chosen away or kept away from (read as approvals)
    ("Det vælger vi fra.", "rejected"),
    ("Så fravælger vi det.", "rejected"),
    ("Så holder vi os fra det.", "rejected"),
    ("Så lægger vi den fra os.", "rejected"),
    ("Så bliver det uden os.", "rejected"),
    ("Så er sagen afsluttet uden bevilling.", "rejected"),
    # a new case asked for, put aside, or the decision at a later month (read as approvals)
    ("Vi beder forvaltningen om en ny sag.", "postponed"),
    ("Forvaltningen kommer med et nyt oplæg.", "postponed"),
    ("Den lader vi stå over.", "postponed"),
    ("Vi beslutter det i september.", "postponed"),
    ("Vi holder den i bero.", "postponed"),
    ("Den må ligge til efter valget.", "postponed"),
    # not able to decide today (read as a refusal)
    ("Vi når ikke at tage stilling i dag.", "postponed"),
    ("Vi har ikke grundlag for at beslutte i dag.", "postponed"),
    # a no today with a new case asked for refuses, as seed 000 item 7 writes it
    ("Så siger direktionen nej i dag og beder om en ny sag med en plan.", "rejected"),
])
def test_round_272_refusals_and_postponements_in_the_chairs_own_words(said, kind):
    talk = [("Taler 1", "Salg af grunden på havnen."), ("Taler 3", "Prisen er for lav."), ("Taler 1", said)]
    assert draft_decision(SALE, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("said", "text"), [
    # the form agreed, a revised form, a member's proposal by its owner's name (read as plain approvals)
    ("Godkendt i den form, vi har aftalt.", "godkendte indstillingen i den form, som vi har aftalt."),
    ("Vi godkender den i en revideret form.", "godkendte indstillingen i en revideret form."),
    ("Vi tager Trines forslag med, og så er den godkendt.", "godkendte indstillingen med Trines forslag."),
])
def test_round_273_a_remark_said_as_the_form_or_a_proposal_taken_along(said, text):
    talk = [("Taler 1", "Lederudvikling."), ("Taler 3", "Jeg synes, alle nye ledere skal have en mentor."),
            ("Taler 1", said)]
    draft = draft_decision(_LEADERS_POINTS, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark"
    assert draft.text.endswith(text)


@pytest.mark.parametrize("said", [
    # the case first, then "tager vi" or "vender vi tilbage til" (read as no decision, or the approval by the
    # chair's moving on after it)
    "Den tager vi igen næste gang. Så går vi videre.",
    "Den tager vi ikke i dag.",
    "Den vender vi tilbage til.",
])
def test_round_274_the_case_put_off_said_with_the_case_first(said):
    talk = [("Taler 1", "Salg af grunden på havnen."), ("Taler 3", "Prisen er for lav."), ("Taler 1", said)]
    assert draft_decision(SALE, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "postponed"


@pytest.mark.parametrize("said", [
    # points by their order, or only some named for today (read as approvals)
    "Vi godkender første og andet punkt.",
    "Kun retningslinjerne og status i dag.",
])
def test_round_275_some_points_by_their_order_or_only_some_today(said):
    talk = [("Taler 1", "AI-sagen har tre indstillinger: status, retningslinjerne og et awarenessforløb."),
            ("Taler 3", "Forløbet er for dyrt lige nu."), ("Taler 1", said)]
    assert draft_decision(_AI_POINTS, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize("said", [
    # on an item that only orients, waiting for the next news puts nothing off (read as postponements)
    "Så venter vi på næste status.",
    "Så må vi vente på tallene.",
    "Godt, så afventer vi.",
    "Så må vi se tiden an.",
    "Så beder vi om en opdatering næste gang.",
])
def test_round_276_news_awaited_on_an_orientation(said):
    status = item(2, "Orientering om status på arbejdet med Budget 2026", None,
                  "Kommunaldirektøren indstiller, at status tages til efterretning.")
    talk = [("Taler 1", "Status på budget 2026: der er kun få udeståender."), ("Taler 3", "Hvornår ved vi mere?"),
            ("Taler 1", "Efter sommerferien."), ("Taler 1", said)]
    assert draft_decision(status, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "noted"


@pytest.mark.parametrize(("said", "kind"), [
    # work made for the next meeting closes a discussion (read as putting it off)
    ("Så laver vi et oplæg til næste møde.", "discussed"),
    ("Tak. HR laver et udkast til næste møde.", "discussed"),
    # the item itself put to the next meeting still waits
    ("Så sætter vi det på næste møde.", "postponed"),
])
def test_round_277_work_for_the_next_meeting_on_a_discussion_item(said, kind):
    theme = item(6, "Temadrøftelse om ledelsesprogram", None, "Kommunaldirektøren indstiller, at et ledelsesprogram drøftes.")
    talk = [("Taler 1", "Temadrøftelse om ledelsesprogrammet."), ("Taler 3", "Jeg savner noget om faglig ledelse."),
            ("Taler 1", said)]
    assert draft_decision(theme, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("said", "kind"), [
    # a point wished presented in its own sentence after the approval of all (cut as the chair moving on to item 4,
    # or read as the approval of point 4 alone)
    ("Godkendt. Punkt 4 skal forelægges inden jul.", "approved_with_remark"),
    ("Godkendt. Og punkt 4 skal forelægges inden jul.", "approved_with_remark"),
    # some points approved by number, another wished again, stays partial
    ("Vi godkender punkt 1 til 3. Punkt 4 skal forelægges igen i januar.", "partly_approved"),
])
def test_round_278_a_point_wished_presented_after_the_approval(said, kind):
    talk = [("Taler 1", "Lederudvikling."), ("Taler 2", "Punkt fire haster."), ("Taler 1", said)]
    assert draft_decision(_LEADERS_POINTS, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_mend_round_259_and_260_forms_without_commas_or_through_a_hesitation():
    talk = [("Taler 1", "Lederudvikling."), ("Taler 2", "Hvad, øh, med de nye afdelingsledere?"),
            ("Taler 1", "De, øh, får også en mentor. Så er indstillingerne godkendt.")]
    assert draft_decision(_LEADERS_POINTS, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved_with_remark"
    talk = [("Taler 1", "Lederudvikling."), ("Taler 2", "Vi skal ikke bruge penge på gaver til oplægsholderne."),
            ("Taler 1", "Nej dem sparer vi. Indstillingerne er godkendt.")]
    assert draft_decision(_LEADERS_POINTS, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved_with_remark"


def test_mend_round_259_a_what_about_question_answered_by_another_takes_nothing_up():
    # (c1456 under the full-stops stress: the presenter answers, the chair only notes and approves)
    plans = item(9, "Beslutning - Opfølgning på de lokale Klimahandlingsplaner", None,
                 "Koncerndirektionen indstiller, at opfølgningen tages til efterretning og at den videre proces godkendes.")
    talk = [("Taler 2", "Opfølgningen viser, at ti af elleve kommuner har en klimahandlingsplan."),
            ("Taler 3", "Hvad med den sidste?"), ("Taler 2", "Den kommer til sommer."),
            ("Taler 1", "Godt. Det tager vi til efterretning. Og processen fortsætter som planlagt.")]
    assert draft_decision(plans, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


def test_mend_round_268_and_271_forms_after_jamen_or_in_the_main_clause_order():
    talk = [("Taler 2", "AI-sagen har tre indstillinger: status, retningslinjerne og awarenessforløbet."),
            ("Taler 5", "Forløbet bør vente til budgettet."), ("Taler 1", "Jamen, enig. Resten er godkendt.")]
    assert draft_decision(_AI_POINTS, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"
    status = item(2, "Orientering om status for specialeplanlægning", None,
                  "Administrationen indstiller, at orienteringen tages til efterretning.")
    talk = [("Taler 2", "Specialeplanlægningen er forsinket, og Sundhedsstyrelsen forventer at melde ud til efteråret."),
            ("Taler 1", "Vi venter på den. Tak.")]
    assert draft_decision(status, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "noted"


@pytest.mark.parametrize(("view", "agreed", "closing", "kind"), [
    # the room against, and the chair's bare settlement (read as approvals)
    ("Jeg synes ikke, vi skal gøre det.", "Nej.", "Så er det afgjort.", "rejected"),
    ("Jeg synes altså ikke, vi skal, øh, med den økonomi.", "Nej.", "Så lander vi der.", "rejected"),
    ("Det er en dårlig idé.", "Enig.", "Så er vi enige om det.", "rejected"),
    ("Jeg er imod.", "Også mig.", "Så bliver det ved det.", "rejected"),
    ("Det kan jeg ikke støtte.", "Heller ikke jeg.", "Så er den sag klar.", "rejected"),
    # a view against waiting agrees with the proposal
    ("Jeg synes ikke, vi skal vente.", "Nej.", "Så er det afgjort.", "approved"),
])
def test_round_279_the_room_against_and_the_chairs_bare_settlement(view, agreed, closing, kind):
    talk = [("Taler 1", "Salg af grunden på havnen."), ("Taler 2", view), ("Taler 3", agreed), ("Taler 1", closing)]
    assert draft_decision(SALE, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("said", "written"), [
    ("Fordelingen er godkendt men skytteforeningen får ikke tilskud i år.",
     "Fordelingen er godkendt, men skytteforeningen får ikke tilskud i år."),
    ("Vedtaget dog holdes augustmødet på OUH.", "Vedtaget, dog holdes augustmødet på OUH."),
    ("Godkendt bare lederne får et kort kursus.", "Godkendt, bare lederne får et kort kursus."),
    ("Så godkender vi indsatsen og pengene tager vi i budgettet.",
     "Så godkender vi indsatsen, og pengene tager vi i budgettet."),
    ("Regnskabet godkendes og overskuddet overføres til næste år.",
     "Regnskabet godkendes, og overskuddet overføres til næste år."),
    ("Vi godkender taksterne som de er og SF's ønske tager vi med.",
     "Vi godkender taksterne som de er, og SF's ønske tager vi med."),
    ("Vi vender tilbage til det når vi ved mere.", "Vi vender tilbage til det, når vi ved mere."),
    ("Et to og tre er godkendt.", "Et, to og tre er godkendt."),
    # no clause to open: a list of things, an adverb inside the clause, the verb "nå"
    ("Status og retningslinjerne godkender vi.", "Status og retningslinjerne godkender vi."),
    ("Vi kan dog godkende den.", "Vi kan dog godkende den."),
    ("Det når vi ikke i dag.", "Det når vi ikke i dag."),
    ("Den store sag når vi ikke i dag.", "Den store sag når vi ikke i dag."),
    ("Vi godkender planen og budgettet.", "Vi godkender planen og budgettet."),
])
def test_round_280_the_clause_commas_whisper_left_out_go_back(said, written):
    assert written_out(said) == written


@pytest.mark.parametrize(("closing", "kind"), [
    # said without the commas that open the remark's clause (read as plain approvals or refusals)
    ("Godkendt dog ikke i december hvor der er travlt.", "approved_with_remark"),
    ("Vi indfører den men borgerservice er undtaget.", "approved_with_remark"),
    ("Vi siger ja mod at centrene selv betaler for forplejningen.", "approved_with_remark"),
    ("Godkendt betinget af at MED får en plads i styregruppen.", "approved_with_remark"),
    ("Så godkender vi den og vi tager den op igen om et år.", "approved_with_remark"),
])
def test_round_280_remarks_said_without_commas(closing, kind):
    fridays = item(12, "Mødefri fredag", None, "CBA indstiller, at der indføres mødefri fredag.")
    talk = [("Taler 2", "Mødefri fredag i alle centre."), ("Taler 1", closing)]
    assert draft_decision(fridays, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_280_points_and_refusals_said_without_commas():
    talk = [("Taler 2", "AI-sagen har tre indstillinger: status, retningslinjerne og awarenessforløbet."),
            ("Taler 1", "Retningslinjerne godkender vi og status noterer vi. Forløbet skal vi have mere om.")]
    assert draft_decision(_AI_POINTS, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"
    grants = item(6, "Fordeling af aktivitetstilskud", None,
                  "Forvaltningen indstiller, at aktivitetstilskuddet fordeles som foreslået.")
    talk = [("Taler 3", "Skytteforeningen har søgt for sent. Skal de have noget?"),
            ("Taler 1", "Nej. Fordelingen er godkendt men skytteforeningen får ikke tilskud i år.")]
    assert draft_decision(grants, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved_with_remark"


@pytest.mark.parametrize("closing", [
    # a condition after a full stop where the speaker paused (read as plain approvals)
    "Den er vedtaget. Så længe vi får en årlig status.",
    "Den godkendes. Så snart MED har været hørt.",
    "Godkendt. Så det også omfatter elever og praktikanter.",
    "Det godkender vi. Forudsat at sundhedsmyndighedernes råd bliver fulgt.",
])
def test_round_281_a_condition_after_a_full_stop_goes_on_from_the_approval(closing):
    talk = [("Taler 2", "Retningslinjerne for hjemmearbejde."), ("Taler 1", closing)]
    assert draft_decision(_RULES, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved_with_remark"


def test_round_281_so_that_we_goes_on_only_as_a_condition():
    assert as_one_sentence("Den er vedtaget. Så længe vi får en årlig status.") == (
        "Den er vedtaget, så længe vi får en årlig status.")
    assert as_one_sentence("Den er vedtaget. Så går vi videre.") == "Den er vedtaget. Så går vi videre."


@pytest.mark.parametrize(("said", "written"), [
    ("1, 2 og 3 er godkendt. 4 og 5 venter til september.", "et, to og tre er godkendt. fire og fem venter til september."),
    ("Anbefaling 1 til 4 er godkendt. 5 og 6 vil vi se nærmere på.",
     "Anbefaling 1 til 4 er godkendt. fem og seks vil vi se nærmere på."),
    # not an amount, a time, a week, a date, nor a list after its noun (a Beslutning names it in digits)
    ("Så giver vi 2 og 3 millioner.", "Så giver vi 2 og 3 millioner."),
    ("Vi mødes kl. 2 og 3.", "Vi mødes kl. 2 og 3."),
    ("Hallen lukker i uge 29 og 30.", "Hallen lukker i uge 29 og 30."),
    ("Mødet er 1. og 2. juni.", "Mødet er 1. og 2. juni."),
    ("Indstilling 1, 2 og 4 er godkendt.", "Indstilling 1, 2 og 4 er godkendt."),
])
def test_round_283_a_list_of_points_in_digits_is_read_as_said_in_words(said, written):
    assert written_out(said) == written


@pytest.mark.parametrize("closing", [
    # the points' numbers as a recogniser writes them (read as putting the whole off)
    "1, 2 og 3 er godkendt. 4 og 5 venter til september.",
    "Indstilling 1, 2 og 4 er godkendt. 3 og 5 vil vi se igen.",
])
def test_round_283_points_approved_and_held_off_by_their_digits(closing):
    talk = [("Taler 3", "Lederudvikling."), ("Taler 1", closing)]
    assert draft_decision(LEADERS_ITEM, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize("closing", [
    # the points approved by "godkender" with "til" or digits, the others held off in the next sentence (read as
    # putting the whole off)
    "Vi godkender indstilling et til tre. Fire og fem venter til september.",
    "Vi godkender indstilling 1 til 3. 4 og 5 venter.",
    "Vi godkender et til tre. Fire og fem venter.",
    "Vi godkender indstilling 1, 2 og 4. 3 og 5 vil vi se igen.",
    # (the mend after the synonyms stress: "vedtager" as "godkender")
    "Så vedtager vi et til tre. Fire afviser vi, og fem kommer igen efter sommer.",
])
def test_round_284_points_approved_by_the_verb_and_the_others_held_off(closing):
    talk = [("Taler 3", "Lederudvikling."), ("Taler 1", closing)]
    assert draft_decision(LEADERS_ITEM, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize(("said", "written"), [
    ("Kan vi godkende den.", "Kan vi godkende den?"),
    ("Er der nogen, der er imod.", "Er der nogen, der er imod?"),
    ("Giver I mig mandat.", "Giver I mig mandat?"),
    ("Kan høringsfristen blive seks uger.", "Kan høringsfristen blive seks uger?"),
    ("Hvad med mentor.", "Hvad med mentor?"),
    ("Nogen imod.", "Nogen imod?"),
    ("Gør I det.", "Gør I det?"),
    # an order, a statement without its subject, a topic named first
    ("Gør det.", "Gør det."),
    ("Er enig.", "Er enig."),
    ("Er meget enig.", "Er meget enig."),
    ("Kan godt se det.", "Kan godt se det."),
    ("Hvad angår budgettet, så venter vi.", "Hvad angår budgettet, så venter vi."),
])
def test_round_285_the_question_mark_a_recogniser_left_out_goes_back(said, written):
    assert written_out(said) == written


@pytest.mark.parametrize(("talk", "kind"), [
    # asked without a question mark (the room's "Nej." read as a no to the item)
    ([("Taler 1", "Er der nogen, der er imod."), ("Taler 3", "Nej.")], "approved"),
    ([("Taler 1", "Kan vi godkende den."), ("Taler 3", "Ja.")], "approved"),
    ([("Taler 3", "Kan høringsfristen blive seks uger i stedet for fire."),
      ("Taler 1", "Ja. Så sendes den i høring i seks uger.")], "approved_with_remark"),
])
def test_round_285_questions_asked_without_their_question_mark(talk, kind):
    hearing = item(8, "Idrætspolitik", None, "Administrationen indstiller, at idrætspolitikken sendes i høring.")
    said = [("Taler 2", "Idrætspolitikken er klar til høring."), *talk]
    assert draft_decision(hearing, _spoken(said), DIREKTIONEN, chair="Taler 1").kind == kind



@pytest.mark.parametrize("closing", [
    # one point named by its digit in what the forum wants after the approval (read as that point alone approved)
    "Ja. Vi godkender det hele og vil have indstilling 5 forelagt snarest.",
    "Godt. Så godkender vi det hele, og indstilling 5 kommer i september.",
    "Vi godkender indstillingerne, og vi ønsker indstilling 5 forelagt snarest.",
])
def test_round_286_a_point_in_the_wish_after_the_approval_is_no_point_approved(closing):
    # (the development set's c5033, its chair named and its numbers in digits, as a recogniser writes them)
    case = next(c for c in load_cases() if c["id"] == "c5033")
    case = {**case, "discussion": [["Taler 4", "Indstilling 5 haster."], ["Taler 1", closing]]}
    assert draft_of(case).kind == "approved_with_remark"


def test_round_286_a_point_held_off_after_the_approval_still_parts_it():
    case = next(c for c in load_cases() if c["id"] == "c5033")
    case = {**case, "discussion": [["Taler 4", "Indstilling 5 haster ikke."],
                                   ["Taler 1", "Vi godkender indstilling 1 til 4, og indstilling 5 venter."]]}
    assert draft_of(case).kind == "partly_approved"


@pytest.mark.parametrize("closing", [
    # a point refused or put off by its name first and the verb after (read as refusing the whole)
    "Så godkender vi et til tre. Fire afviser vi, og fem kommer igen efter sommer.",
    "Velkomstpakken godkender vi. Erfaringsindsamlingen udsætter vi.",
])
def test_round_287_a_point_refused_or_put_off_object_first_beside_the_points_approved(closing):
    talk = [("Taler 3", "Nummer fire er for dyr."), ("Taler 1", closing)]
    assert draft_decision(LEADERS_ITEM, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


def test_round_288_the_rooms_no_with_a_hesitation_after_its_first_word_stays_a_no():
    # (a sweep of the room's no under the fillers stress: "Ikke, øh, med den økonomi." kept a comma before "med" and
    # was no longer read as a no, so the chair's "Så er vi enige." approved)
    assert fluent("Ikke, øh, med den økonomi.") == "Ikke med den økonomi."
    assert fluent("Så skifter vi til LED, øh, med varmt lys.") == "Så skifter vi til LED, med varmt lys."
    talk = [("Taler 1", "Salg af grunden på havnen."), ("Taler 1", "Kan vi godkende den?"),
            ("Taler 2", "Ikke, øh, med den økonomi."), ("Taler 3", "Nej."), ("Taler 1", "Så er vi enige.")]
    assert draft_decision(SALE, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


@pytest.mark.parametrize(("closing", "kind"), [
    # once a year on "to gange årligt" (the point's own number 1 and "én" were not read as figures)
    ("Så holder vi den én gang om året.", "approved_with_remark"),
    ("Så holder vi den fire gange om året.", "approved_with_remark"),
    ("Godt, så holder vi den to gange om året.", "approved"),
])
def test_round_289_once_a_year_is_another_figure_than_twice(closing, kind):
    onboarding = item(5, "Fælles onboardingdag", None,
                      "Kommunaldirektøren indstiller,\n1. at der afholdes en fælles onboardingdag to gange årligt")
    talk = [("Taler 2", "Onboardingdag for nye ledere to gange om året."), ("Taler 3", "Én gang er nok."),
            ("Taler 1", closing)]
    assert draft_decision(onboarding, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("closing", "kind"), [
    # how often, against the presentation's, where the Indstilling names none (read as a plain approval)
    ("Så indfører vi det hvert kvartal.", "approved_with_remark"),
    ("Så indfører vi den kvartalsvis.", "approved_with_remark"),
    ("Så indfører vi det hver måned.", "approved"),
])
def test_round_290_another_frequency_than_the_presentations(closing, kind):
    onboarding = item(16, "Fælles onboarding", None,
                      "Kommunaldirektøren indstiller, at der indføres fælles onboarding for nye medarbejdere.")
    talk = [("Taler 2", "Forslaget er en fælles introduktionsdag hver måned for alle nye medarbejdere."),
            ("Taler 3", "Hver måned er for ofte. Hvert kvartal er nok."), ("Taler 4", "Enig."), ("Taler 1", closing)]
    assert draft_decision(onboarding, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


def test_round_291_what_the_thing_must_also_be_is_a_remark():
    onboarding = item(16, "Fælles onboarding", None,
                      "Kommunaldirektøren indstiller, at der indføres fælles onboarding for nye medarbejdere.")
    talk = [("Taler 3", "Fælles onboarding."), ("Taler 1", "Den indfører vi, og den skal også gælde for elever.")]
    draft = draft_decision(onboarding, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert (draft.kind, draft.text) == ("approved_with_remark", "Chefforum godkendte indstillingen med den bemærkning, "
                                                                "at den også skal gælde for elever.")


@pytest.mark.parametrize(("closing", "kind"), [
    # a demand on the thing, said as something to remember (read as a plain approval)
    ("Vi køber det. Og så skal vi huske, at data skal ligge i Danmark.", "approved_with_remark"),
    # a task to remember is no remark
    ("Vi køber det. Og så skal vi huske, at leverandøren skal orienteres.", "approved"),
    ("Vi køber det. Og så skal vi huske at sende den til MED.", "approved"),
])
def test_round_292_a_demand_to_remember_is_a_remark(closing, kind):
    system = item(11, "Nyt ledelsesinformationssystem", None,
                  "CBA indstiller, at der indkøbes et nyt ledelsesinformationssystem.")
    talk = [("Taler 3", "Ledelsesinformationssystemet."), ("Taler 1", closing)]
    assert draft_decision(system, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("agenda_item", "closing", "remark"), [
    # who speaks for the forum in it, and a meeting held with it (read as plain approvals)
    (item(9, "KL's digitaliseringsnetværk", None, "CBA indstiller, at kommunen deltager i netværket."),
     "Vi melder os ind, og digitaliseringschefen repræsenterer os.", "at digitaliseringschefen repræsenterer os"),
    (item(7, "Plan for svømmehallerne", None, "Forvaltningen indstiller, at planen sendes i høring."),
     "Planen sendes i høring, og der holdes et borgermøde i Viby.", "at der holdes et borgermøde i Viby"),
])
def test_round_293_who_represents_the_forum_and_a_meeting_held_are_remarks(agenda_item, closing, remark):
    talk = [("Taler 2", "Sagen."), ("Taler 1", closing)]
    draft = draft_decision(agenda_item, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and remark in draft.text


def test_round_294_more_verbs_that_change_the_text_before_it_is_sent():
    remarks = item(7, "Bemærkninger til Rigsrevisionen", None, "Koncerndirektionen indstiller, at bemærkningerne godkendes.")
    talk = [("Taler 2", "Bemærkningerne til Rigsrevisionen."), ("Taler 3", "Tonen er for defensiv."),
            ("Taler 1", "Vi strammer formuleringerne op, og så sender vi dem.")]
    draft = draft_decision(remarks, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert (draft.kind, draft.text) == ("approved_with_remark", "Chefforum godkendte indstillingen med den ændring, at "
                                                                "vi strammer formuleringerne op.")


@pytest.mark.parametrize(("closing", "kind"), [
    # a no chosen, and the refusal they get (both read as approvals)
    ("Vi vælger at sige nej.", "rejected"),
    ("Det får de et afslag på.", "rejected"),
    ("De får et afslag.", "rejected"),
    ("Vi giver dem et afslag.", "rejected"),
    # an approval refused is no approval of some points (read as a partial approval)
    ("Vi kan ikke godkende garantien, så den afvises.", "rejected"),
    # what gets a refusal inside an approval is its remark, not a no to the whole
    ("Vi godkender garantien, men koncerten får afslag.", "approved_with_remark"),
])
def test_round_295_a_no_chosen_and_a_refusal_they_get(closing, kind):
    guarantee = item(48, "Underskudsgaranti til Roskilde Festival", None,
                     "Forvaltningen indstiller, at der gives en underskudsgaranti på 200.000 kr.")
    talk = [("Taler 2", "De har haft underskud tre år i træk."), ("Taler 1", closing)]
    assert draft_decision(guarantee, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("closing", "remark"), [
    # what the forum wants, said after a short approval in more ways (all read as plain approvals)
    ("Godkendt. Og så vil vi gerne have en status efter et år.", "med ønske om en status efter et år"),
    ("Indstillingen er godkendt. Vi vil dog gerne se mentorordningen beskrevet nærmere.",
     "med ønske om at se mentorordningen beskrevet nærmere"),
    ("Godkendt, og vi noterer os ønsket om en mentorordning.", "med ønske om en mentorordning"),
    ("Fint, godkendt. Vi tager mentorordningen med i den videre proces.",
     "med den bemærkning, at mentorordningen tages med i det videre arbejde"),
    ("Vi godkender. Det er vigtigt for os, at de nye ledere får en mentor.",
     "med den bemærkning, at det er vigtigt for os, at de nye ledere får en mentor"),
    ("Godkendt. Forvaltningen tilføjer et afsnit om mentorer.",
     "med den ændring, at forvaltningen tilføjer et afsnit om mentorer"),
])
def test_round_296_what_the_forum_wants_after_a_short_approval(closing, remark):
    leaders = item(3, "Lederudviklingsaktiviteter 2025", None, "HR indstiller, at aktiviteterne godkendes.")
    talk = [("Taler 3", "Jeg synes, alle nye ledere skal have en mentor."), ("Taler 1", closing)]
    draft = draft_decision(leaders, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and remark in draft.text, draft.text


@pytest.mark.parametrize("closing", [
    # the same forms with nothing wanted stay plain approvals
    "Godkendt. Vi vil gerne se den igen først.",
    "Godkendt. Vi tager det med i den videre proces.",
])
def test_round_296_nothing_wanted_stays_a_plain_approval(closing):
    leaders = item(3, "Lederudviklingsaktiviteter 2025", None, "HR indstiller, at aktiviteterne godkendes.")
    talk = [("Taler 3", "Det ser fint ud."), ("Taler 1", closing)]
    assert draft_decision(leaders, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind != "approved_with_remark"


@pytest.mark.parametrize("closing", [
    # a point by its bare number after the others approved by theirs (read as the refusal of the whole)
    "Indstilling et og to godkendes. Tre afvises.",
    # a point taken up later by its number (read as a plain approval)
    "Så godkender vi et og tre, og nummer to tager vi op i august.",
    # yes to one part, no to another, without "og"
    "Ja til handleplanen, nej til screeningen.",
    # all but an amount named by its figure in words (read as an approval with a remark)
    "Vi godkender alt undtagen de fire millioner.",
])
def test_round_297_points_by_bare_numbers_and_parts_without_og(closing):
    cancer = item(7, "Styrket kræftindsats", None, "Koncerndirektionen indstiller,\n1. at handleplanen godkendes\n"
                  "2. at der ansættes fem kræftkoordinatorer\n3. at der gives 4 mio. kr. til screening")
    talk = [("Taler 3", "Fire millioner til screening er meget i år."), ("Taler 1", closing)]
    assert draft_decision(cancer, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"


def test_round_297_all_but_an_amount_on_one_point_is_a_remark():
    guarantee = item(48, "Underskudsgaranti", None, "Forvaltningen indstiller, at der gives en garanti på 4 mio. kr.")
    talk = [("Taler 3", "Det er mange penge."), ("Taler 1", "Vi godkender alt undtagen de fire millioner.")]
    assert draft_decision(guarantee, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved_with_remark"


@pytest.mark.parametrize(("before", "closing"), [
    # a word on how it is after an approval said whole was read as the approval, and the member's wish as its change
    ("Jeg synes, alle nye ledere skal have en mentor.", "Den godkender vi. Den er gennemarbejdet."),
    ("Jeg synes, alle nye ledere skal have en mentor.", "Vi følger indstillingen. Det var det."),
    ("Prisen er for lav.", "Vi sælger grunden. Det er en god pris."),
    # what is so already is no change ("afsnit tre" read as another number than the Indstilling's)
    ("Jeg savner noget om de frivillige.", "Godkendt. De frivillige er jo nævnt i afsnit tre."),
    # when a status comes is no condition
    ("Det ser fint ud.", "Godkendt. Vi får en status, når vi er halvvejs."),
    # the approver's reason after "men" is no remark
    ("Jeg er bekymret for medarbejderne.", "Godkendt. Jeg forstår godt bekymringen, men det er den rigtige vej."),
])
def test_round_298_words_after_a_plain_approval_that_change_nothing(before, closing):
    proposal = "at grunden sælges" if "sælger" in closing else "at planen godkendes"
    plan = item(8, "Salg af grund og plan for frivillige", None, f"Forvaltningen indstiller, {proposal}.")
    talk = [("Taler 3", before), ("Taler 1", closing)]
    draft = draft_decision(plan, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert (draft.kind, draft.text) == ("approved", "Chefforum godkendte indstillingen.")


@pytest.mark.parametrize(("closing", "remark"), [
    # the same places still carry a remark
    ("Den godkender vi. Det er et krav, at alle får en mentor.", "at det er et krav, at alle får en mentor"),
    ("Godkendt. Vi sender den i høring, når der er tilføjet et afsnit om mentorer.",
     "under forudsætning af, at der er tilføjet et afsnit om mentorer"),
    ("Godkendt, men det er et krav, at alle får en mentor.", "at alle får en mentor"),
])
def test_round_298_a_remark_in_the_same_places_is_kept(closing, remark):
    plan = item(8, "Lederudvikling", None, "Forvaltningen indstiller, at planen godkendes.")
    talk = [("Taler 3", "Jeg synes, alle nye ledere skal have en mentor."), ("Taler 1", closing)]
    draft = draft_decision(plan, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and remark in draft.text, draft.text


@pytest.mark.parametrize("closing", [
    # each read as an approval, a refusal or an approval with a remark
    "Vi tager stilling til udbuddet, når MED har set det.",
    "Jeg vil gerne godkende den, men først skal MED høres.",
    "Vi er positive, men vi tager den endelige beslutning, når MED har udtalt sig.",
    "Vi er enige i retningen, men beslutningen tager vi i september.",
    "Vi godkender det principielt, men den endelige beslutning træffes, når MED er hørt.",
    "Vi er ikke klar til at tage stilling endnu.",
    "Indstillingen kan ikke godkendes i dag. Vi får den igen i november.",
    "Vi vedtager den ikke endeligt i dag.",
    "Punktet trækkes.",
])
def test_round_299_a_decision_kept_for_later_is_a_postponement(closing):
    cleaning = item(4, "Beslutning om udbud af rengøring", None, "CBA indstiller, at rengøringen sendes i udbud.")
    talk = [("Taler 3", "Jeg er bekymret for medarbejderne."), ("Taler 1", closing)]
    assert draft_decision(cleaning, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "postponed"


@pytest.mark.parametrize(("proposer", "proposal", "kind"), [
    # a wait or a no proposed, agreed to by another and taken up by the chair (read as an approval with the
    # proposal as its change)
    ("Taler 1", "Jeg foreslår, at vi udsætter sagen.", "postponed"),
    ("Taler 3", "Jeg foreslår, at vi venter med at beslutte, til MED har været inddraget.", "postponed"),
    ("Taler 3", "Jeg foreslår, at vi siger nej.", "rejected"),
])
def test_round_299_a_wait_proposed_agreed_and_taken_up(proposer, proposal, kind):
    cleaning = item(4, "Beslutning om udbud af rengøring", None, "CBA indstiller, at rengøringen sendes i udbud.")
    talk = [(proposer, proposal), ("Taler 2", "Enig."), ("Taler 1", "Så gør vi det.")]
    assert draft_decision(cleaning, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_299_the_rest_kept_for_later_after_a_trial_is_no_postponement():
    onboarding = item(5, "Fælles onboarding", None, "Kommunaldirektøren indstiller, at der indføres fælles onboarding.")
    talk = [("Taler 3", "Jeg synes, vi skal prøve det af først."),
            ("Taler 1", "Vi starter med et forsøg i By, Kultur og Miljø og tager stilling til resten efter et halvt år.")]
    assert draft_decision(onboarding, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved_with_remark"


@pytest.mark.parametrize("talk", [
    # the room's no settled in other words than "Så er vi enige." (each read as an approval)
    [("Taler 1", "Kan vi godkende den?"), ("Taler 2", "Nej, det synes jeg ikke."), ("Taler 4", "Heller ikke jeg."),
     ("Taler 1", "Så bliver det sådan.")],
    [("Taler 1", "Skal vi godkende den?"), ("Taler 2", "Nej."), ("Taler 3", "Nej."), ("Taler 1", "Så er det besluttet.")],
    # a member's view against, the chair agreeing with it in so many words
    [("Taler 2", "Jeg synes ikke, vi skal bruge pengene."), ("Taler 1", "Det er jeg enig i. Så siger vi det.")],
    # a no proposed and taken up, just after or after another's yes
    [("Taler 2", "Vi bør sige nej."), ("Taler 1", "Ja, det gør vi.")],
    [("Taler 2", "Jeg synes, vi skal sige nej tak."), ("Taler 3", "Enig."), ("Taler 1", "Det gør vi.")],
    # an inability to follow the Indstilling
    [("Taler 2", "Det er mange penge."), ("Taler 1", "Vi kan ikke følge indstillingen.")],
])
def test_round_300_the_room_s_no_settled_and_a_no_taken_up(talk):
    trial = item(7, "Afprøvning af kunstig intelligens", None, "CBA indstiller, at der bevilges 100.000 kr. til AI.")
    talk = [("Taler 3", "Det er for uklart, hvad vi vil."), *talk]
    assert draft_decision(trial, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


@pytest.mark.parametrize(("talk", "kind"), [
    # the same settling words after a yes still approve, and agreeing with a view against waiting does not refuse
    ([("Taler 1", "Skal vi godkende den?"), ("Taler 2", "Ja."), ("Taler 1", "Så er det besluttet.")], "approved"),
    ([("Taler 2", "Jeg synes ikke, vi skal vente."), ("Taler 1", "Det er jeg enig i. Så godkender vi den.")],
     "approved"),
    ([("Taler 2", "Vi bør vente med den."), ("Taler 1", "Ja, det gør vi.")], "postponed"),
])
def test_round_300_the_same_words_after_a_yes(talk, kind):
    trial = item(7, "Afprøvning af kunstig intelligens", None, "CBA indstiller, at der bevilges 100.000 kr. til AI.")
    assert draft_decision(trial, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("talk", "remark"), [
    # asked to be written down, answered yes (read as a plain approval)
    ([("Taler 2", "Må jeg notere, at alle nye ledere får en mentor?"), ("Taler 1", "Ja. Godkendt.")],
     "med den bemærkning, at alle nye ledere får en mentor"),
    # a demand put, a guarantee given, a review again (read as plain approvals, the last as a part held off)
    ([("Taler 1", "Udbuddet godkendes, og der stilles krav om overenskomst i udbudsmaterialet.")],
     "at der stilles krav om overenskomst i udbudsmaterialet"),
    ([("Taler 1", "Godkendt. Medarbejderne får jobgaranti.")], "at medarbejderne får jobgaranti"),
    ([("Taler 1", "Godkendt. Retningslinjerne gennemgås igen om et år.")],
     "at retningslinjerne gennemgås igen om et år"),
])
def test_round_301_remarks_asked_to_be_noted_demands_put_and_reviews(talk, remark):
    guidelines = item(6, "Beslutning om AI og udbud", None, "Kommunaldirektøren indstiller,\n1) at status tages til "
                      "efterretning\n2) at AI retningslinjer godkendes\n3) at rengøringen sendes i udbud")
    talk = [("Taler 3", "Jeg har et par ønsker."), *talk]
    draft = draft_decision(guidelines, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and remark in draft.text, draft.text


@pytest.mark.parametrize(("closing", "kind"), [
    # a thing kept out by its name first is the approval's limit, not the forum staying out
    ("Udbud ja, men rådhuset holder vi udenfor.", "approved_with_remark"),
    ("Så står vi udenfor.", "rejected"),
    ("Nej, vi holder os uden for udbuddet.", "rejected"),
])
def test_round_301_a_thing_kept_out_and_the_forum_staying_out(closing, kind):
    cleaning = item(4, "Beslutning om udbud af rengøring", None, "CBA indstiller, at rengøringen sendes i udbud.")
    talk = [("Taler 3", "Jeg er bekymret for medarbejderne."), ("Taler 1", closing)]
    assert draft_decision(cleaning, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("closing", "kind"), [
    # more news awaited on an orientation (read as postponements)
    ("Så venter vi på næste måneds tal.", "noted"),
    ("Fint. Vi afventer handleplanerne fra centrene.", "noted"),
    # the case itself awaited still waits
    ("Vi afventer sagen.", "postponed"),
])
def test_round_302_more_news_awaited_on_an_orientation(closing, kind):
    apv = item(11, "Orientering om APV-resultater", None, "CBA indstiller, at orienteringen tages til efterretning.")
    talk = [("Taler 3", "Hvordan ser det ud for hjemmeplejen?"), ("Taler 2", "Lidt under gennemsnittet."),
            ("Taler 1", closing)]
    assert draft_decision(apv, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_303_a_numbered_point_left_out_with_uden():
    leaders = item(3, "Lederudviklingsaktiviteter", None, "CBA indstiller, at Direktionen:\n1. Godkender at der "
                   "udarbejdes en velkomstpakke\n2. Godkender at der igangsættes en erfaringsindsamling")
    talk = [("Taler 3", "Erfaringsindsamlingen er overflødig."), ("Taler 1", "Vi godkender, men uden erfaringsindsamlingen.")]
    assert draft_decision(leaders, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize("closing", [
    # one part now and one by a month after a comma; one part waiting till a month, then the other started
    "Vi åbner udendørs nu, caféerne i august.",
    "Caféerne venter til august, men de udendørs aktiviteter går i gang.",
])
def test_round_303_one_part_now_and_one_later(closing):
    cafes = item(54, "Beslutning om genåbning af caféer og udendørs aktiviteter", None,
                 "Administrationen indstiller, at caféerne genåbnes 15. juni.")
    talk = [("Taler 2", "Smitten er lav nu."), ("Taler 1", closing)]
    assert draft_decision(cafes, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize(("closing", "kind"), [
    # a no ruled out approves (read as a refusal); the approval itself after "men" is no remark
    ("Det kan vi ikke sige nej til.", "approved"),
    ("Det er ikke perfekt, men vi godkender den.", "approved"),
    ("Jeg er ikke helt tryg, men vi godkender den.", "approved"),
    # "ikke sige ja" still refuses, and a remark after the approval's own "men" stays
    ("Den kan vi ikke sige ja til.", "rejected"),
    ("Vi godkender den, men vi evaluerer efter et år.", "approved_with_remark"),
])
def test_round_304_a_no_ruled_out_and_the_approval_after_men(closing, kind):
    trial = item(7, "Afprøvning af kunstig intelligens", None, "CBA indstiller, at der bevilges 100.000 kr. til AI.")
    talk = [("Taler 3", "Det er mange penge."), ("Taler 1", closing)]
    assert draft_decision(trial, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("closing", "kind"), [
    # a meeting dropped from the plan is its change (each read as a refusal of the plan)
    ("Så dropper vi julimødet, og ellers er planen godkendt.", "approved_with_remark"),
    ("Så dropper vi julimødet, og resten af planen står.", "approved_with_remark"),
    ("Vi dropper den fjerde, og resten er fint.", "approved_with_remark"),
    ("Så dropper vi julimødet.", "approved_with_remark"),  # (round 339: the dropped meeting is the change)
    # the case dropped by a word for any case still refuses
    ("Så dropper vi projektet.", "rejected"),
    ("Så dropper vi idéen.", "rejected"),
    ("Så dropper vi mødeplanen.", "rejected"),
])
def test_round_305_a_part_dropped_from_a_plan(closing, kind):
    plan = item(6, "Mødeplan", None, "Administrationen indstiller, at mødeplanen for 2017 godkendes.")
    talk = [("Taler 3", "Julimødet ligger midt i ferien. Kan vi droppe det?"), ("Taler 4", "Det er fint med mig."),
            ("Taler 1", closing)]
    assert draft_decision(plan, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("agenda_item", "talk", "kind"), [
    # the money to be found elsewhere, and going on with the present supplier (read as approvals)
    (item(48, "Underskudsgaranti til musikfestival", None, "Forvaltningen indstiller, at der gives en garanti."),
     [("Taler 3", "De har haft underskud tre år i træk."), ("Taler 1", "Så må festivalen finde pengene andetsteds.")],
     "rejected"),
    (item(9, "Beslutning om ny kantineordning", None, "CBA indstiller, at den nye kantineordning godkendes."),
     [("Taler 3", "Det er alt for meget."), ("Taler 4", "Enig. Vi må finde en anden løsning."),
      ("Taler 1", "Ja, det er jeg enig i. CBA må forhandle videre med den nuværende leverandør.")], "rejected"),
    # a deadline said before the room's agreement (read as a plain approval)
    (item(17, "Kommissorium for arbejdsgruppe", None, "Kommunaldirektøren indstiller, at kommissoriet godkendes."),
     [("Taler 3", "Der mangler en deadline."), ("Taler 2", "Gruppen kan aflevere inden sommerferien."),
      ("Taler 3", "Så er jeg med."), ("Taler 1", "Godt. Gruppen afleverer inden sommerferien, og så er vi enige.")],
     "approved_with_remark"),
])
def test_round_305_money_elsewhere_the_present_supplier_and_a_deadline(agenda_item, talk, kind):
    assert draft_decision(agenda_item, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


def test_round_306_a_change_offered_by_another_and_taken_up_before_the_act():
    sport = item(8, "Idrætspolitik 2018-2022", None, "Administrationen indstiller, at idrætspolitikken sendes i høring.")
    talk = [("Taler 1", "Idrætspolitikken skal i høring."), ("Taler 3", "Den mangler noget om handicapidræt."),
            ("Taler 2", "Det kan vi skrive ind."), ("Taler 1", "Så gør vi det, inden den sendes i høring.")]
    draft = draft_decision(sport, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "handicapidræt" in draft.text


@pytest.mark.parametrize(("closing", "kind"), [
    # the position taken after what is asked for first (read as an approval with the request as a wish)
    ("Ja. Vi beder om en høring af patientforeningerne, og så tager vi stilling.", "postponed"),
    # a position taken now still decides
    ("Så tager vi stilling til den nu: den er godkendt.", "approved"),
])
def test_round_306_a_position_taken_after_what_is_asked_for(closing, kind):
    rehab = item(6, "Rammer for neurorehabilitering", None,
                 "Koncerndirektionen indstiller, at neurorehabiliteringen samles i Brønderslev.")
    talk = [("Taler 3", "Hvad siger patientforeningerne?"), ("Taler 2", "De er ikke hørt endnu."), ("Taler 1", closing)]
    assert draft_decision(rehab, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


def test_round_307_all_but_one_joined_by_og_ikke():
    advice = item(50, "Godkendelse af anbefalinger fra Projektudvalget", None,
                  "Administrationen indstiller, at\n  1. anbefalingerne godkendes")
    talk = [("Taler 3", "Den om nattevagterne kan jeg ikke støtte."), ("Taler 4", "Heller ikke jeg. De andre er gode."),
            ("Taler 1", "Så godkender vi de fem og ikke den om nattevagterne.")]
    assert draft_decision(advice, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize(("closing", "kind"), [
    ("Så venter vi spændt.", "noted"),  # (read as a postponement)
    ("Så venter vi spændt på afgørelsen.", "noted"),
])
def test_round_307_waiting_eagerly_on_an_orientation(closing, kind):
    status = item(2, "Orientering om status for specialeplanlægning", None,
                  "Administrationen indstiller, at orienteringen tages til efterretning.")
    talk = [("Taler 3", "Hvad med karkirurgien?"), ("Taler 2", "Den afgørelse kommer til sommer."), ("Taler 1", closing)]
    assert draft_decision(status, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


def test_round_308_a_view_against_one_proposal_then_the_close_of_a_discussion():
    savings = item(53, "Drøftelse af effektiviseringer", None, "Administrationen indstiller, at forslagene drøftes.")
    talk = [("Taler 3", "Forslag tre om rengøring hos borgerne kan jeg ikke støtte."), ("Taler 4", "Heller ikke jeg."),
            ("Taler 2", "Det tager vi med i det videre arbejde."), ("Taler 1", "Godt. Så har vi drøftet dem.")]
    assert draft_decision(savings, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "discussed"


def test_round_308_who_takes_part_for_the_forum_is_a_remark():
    network = item(14, "KL's digitaliseringsnetværk", None, "CBA indstiller, at kommunen deltager i netværket.")
    talk = [("Taler 3", "Hvem skal repræsentere os?"), ("Taler 2", "Vores digitaliseringschef."),
            ("Taler 1", "Fint. Så melder vi os ind, og digitaliseringschefen deltager for os.")]
    draft = draft_decision(network, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "digitaliseringschefen deltager for os" in draft.text


@pytest.mark.parametrize(("closing", "kind"), [
    # without the recogniser's commas (read as a refusal, and as a plain approval)
    ("Vi sælger selvom prisen ikke er den højeste.", "approved"),
    ("Godkendt med jobgaranti til de nuværende medarbejdere.", "approved_with_remark"),
    # a hope after a short approval, with a hesitation (read as a remark)
    ("Godkendt, øh. Vi, øh, håber ikke, den skal bruges.", "approved"),
])
def test_round_309_a_clause_of_concession_a_thing_given_to_someone_and_a_hope(closing, kind):
    plot = item(8, "Salg af grund på havnen", None, "Borgmesteren indstiller, at grunden sælges til højestbydende.")
    talk = [("Taler 3", "Prisen er lav."), ("Taler 1", closing)]
    assert draft_decision(plot, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


def test_round_309_commas_before_a_clause_of_reason_or_concession():
    assert written_out("Vi sælger selvom prisen ikke er den højeste.") == "Vi sælger, selvom prisen ikke er den højeste."
    assert written_out("Vi godkender den fordi den er god.") == "Vi godkender den, fordi den er god."
    assert written_out("Selvom det er dyrt godkender vi.") == "Selvom det er dyrt godkender vi."


def test_round_310_a_concern_noted_with_the_approval():
    report = item(2, "Kvartalsrapport 3-2020", None, "Koncerndirektionen indstiller, at kvartalsrapporten godkendes.")
    talk = [("Taler 3", "Merforbruget på psykiatrien er bekymrende."),
            ("Taler 1", "Regionsrådet godkender rapporten og noterer sig med bekymring merforbruget på psykiatrien.")]
    draft = draft_decision(report, _spoken(talk), Meeting("Regionsrådet", None, items=(report,)), chair="Taler 1")
    assert (draft.kind, draft.text) == ("approved_with_remark", "Regionsrådet godkendte indstillingen og noterede sig "
                                        "med bekymring merforbruget på psykiatrien.")


def test_round_310_a_grant_kept_at_last_year_s_level_refuses_the_rise():
    grant = item(45, "Tilskud til foreningernes lokaler", None, "Forvaltningen indstiller, at tilskuddet godkendes.")
    talk = [("Taler 2", "Der er en stigning på tre procent."), ("Taler 3", "Stigningen har vi ikke dækning for."),
            ("Taler 1", "Så fastholder vi tilskuddet på sidste års niveau.")]
    assert draft_decision(grant, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "rejected"


@pytest.mark.parametrize(("closing", "kind"), [
    # colloquial noes and waits (read as approvals)
    ("Det er et no-go.", "rejected"),
    ("Udbuddet er lagt på is for altid.", "rejected"),
    ("Vi bliver ved med at gøre det selv.", "rejected"),
    ("Den lader vi lige hvile.", "postponed"),
    ("Vi lægger den på is.", "postponed"),
])
def test_round_311_colloquial_noes_and_waits(closing, kind):
    cleaning = item(4, "Beslutning om udbud af rengøring", None, "CBA indstiller, at rengøringen sendes i udbud.")
    talk = [("Taler 3", "Jeg er bekymret for medarbejderne."), ("Taler 1", closing)]
    assert draft_decision(cleaning, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("closing", "kind"), [
    # colloquial parts and remarks (read as plain approvals, the last as a postponement)
    ("Vi bakker op, og mentorerne kommer med.", "approved_with_remark"),
    ("Grønt lys til de fire første, talentforløbet venter.", "partly_approved"),
    ("Vi kører med velkomstpakken, resten tager vi senere.", "partly_approved"),
    ("De fire første er på plads, den sidste tager vi næste gang.", "partly_approved"),
])
def test_round_312_colloquial_parts_and_remarks(closing, kind):
    leaders = item(3, "Lederudviklingsaktiviteter", None, "CBA indstiller, at Direktionen:\n1. Godkender en "
                   "velkomstpakke\n2. Godkender netværk\n3. Godkender en erfaringsindsamling\n4. Godkender en ny sag"
                   "\n5. Godkender et talentforløb")
    talk = [("Taler 3", "Alle nye ledere skal have en mentor."), ("Taler 1", closing)]
    assert draft_decision(leaders, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_313_a_thing_asked_for_and_then_taken_on_is_one_follow_up():
    drivers = item(51, "Orientering om udgiftsdrivere", None, "Administrationen indstiller, at orienteringen tages "
                   "til efterretning.")
    talk = [("Taler 2", "Hjemmeplejen har et merforbrug på 3 millioner."),
            ("Taler 4", "Kan vi få en redegørelse på næste møde?"), ("Taler 2", "Ja."),
            ("Taler 1", "Så tager vi orienteringen til efterretning, og administrationen kommer med en redegørelse.")]
    draft = draft_decision(drivers, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert [(f.who, f.what, f.when) for f in draft.followups] == [
        ("Administrationen", "kommer med en redegørelse", "på næste møde")]


def test_round_314_keeping_the_cleaning_ourselves_refuses_the_tender():
    cleaning = item(4, "Beslutning om udbud af rengøring", None, "CBA indstiller, at rengøringen sendes i udbud.")
    talk = [("Taler 3", "Sidste gang gik kvaliteten ned."), ("Taler 1", "Vi beholder rengøringen selv.")]
    assert draft_decision(cleaning, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


@pytest.mark.parametrize(("closing", "followups"), [
    # the subject after the verb in a clause after ", så", and "retter" with its object and "og"
    ("Godt, så sender Charlotte programmet rundt.", [("Charlotte Markussen", "sender programmet rundt")]),
    ("Godt, så retter Charlotte programmet og sender det rundt.",
     [("Charlotte Markussen", "retter programmet og sender det rundt")]),
    # the case sent to a council for its hearing first is the postponement, not a task
    ("Ja, så sender vi den til ældrerådet først.", []),
])
def test_round_314_follow_ups_after_a_comma_and_so(closing, followups):
    program = item(1, "Program heldagsmøde", None, "")
    talk = [("Taler 3", "Strategien mangler tid."), ("Taler 1", closing)]
    found = draft_decision(program, _spoken(talk), DIREKTIONEN, chair="Taler 1").followups
    assert [(f.who, f.what) for f in found] == followups


@pytest.mark.parametrize(("closing", "kind"), [
    # back to the drawing board for something wholly new refuses (read as a postponement)
    ("Okay. Så må HR tilbage til tegnebrættet med en helt ny politik.", "rejected"),
    ("Så må HR lave en helt ny politik.", "rejected"),
    # back to the drawing board alone still puts it off
    ("Så må den tilbage til tegnebrættet.", "postponed"),
])
def test_round_315_back_to_the_drawing_board_for_something_wholly_new(closing, kind):
    policy = item(9, "Godkendelse af rekrutteringspolitik", None,
                  "Kommunaldirektøren indstiller, at rekrutteringspolitikken godkendes.")
    talk = [("Taler 1", "Er der opbakning?"), ("Taler 3", "Nej, ikke i den her form."), ("Taler 4", "Nej."),
            ("Taler 1", closing)]
    assert draft_decision(policy, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("talk", "followups"), [
    # the presenter's first sentence after the chair's opening describes the proposal (read as the forum's task)
    ([("Taler 1", "Den nye organisering af IT-support."),
      ("Taler 2", "Vi samler supporten i én enhed med en fælles hotline."), ("Taler 3", "Det lyder godt."),
      ("Taler 1", "Så godkender vi den nye organisering.")], []),
])
def test_round_316_the_presenters_description_is_no_follow_up(talk, followups):
    support = item(13, "Godkendelse af ny organisering", None, "CBA indstiller, at den nye organisering godkendes.")
    found = draft_decision(support, _spoken(talk), DIREKTIONEN, chair="Taler 1").followups
    assert [(f.who, f.what) for f in found] == followups


def test_round_316_a_wish_said_second_still_asks_for_work():
    # c4616: "Vi vil have en kvartalsvis status." right after the opening, then "Den får I. Bevillingen er godkendt."
    case = next(c for c in load_cases() if c["id"] == "c4616")
    assert [(f.who, f.what) for f in draft_of(case).followups] == [(None, "en kvartalsvis status")]


@pytest.mark.parametrize(("closing", "kind"), [
    # two points by their bare numbers "på plads", the third taken later (read as a postponement of the whole)
    ("Et og to er på plads. Tre tager vi næste gang.", "partly_approved"),
    ("Et og to er på plads. Tre tager vi på næste møde.", "partly_approved"),
    # a no the points get from the forum (read as a postponement after a member's "for tidligt")
    ("Indstillingerne får et nej fra chefforum.", "rejected"),
])
def test_round_317_points_in_place_by_number_and_a_no_they_get(closing, kind):
    ai = item(5, "Beslutning om AI og nye teknologier i AK", None, "Kommunaldirektøren indstiller,\n1) at status på "
              "anvendelse af AI-løsninger tages til efterretning\n2) at AI retningslinjer godkendes\n3) at "
              "igangsættelse af AI-Awarenessforløb godkendes")
    talk = [("Taler 3", "Vi har ikke styr på databeskyttelsen."),
            ("Taler 4", "Nej, det er for tidligt at sige ja til nogen af delene."), ("Taler 1", closing)]
    assert draft_decision(ai, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


def test_round_318_a_trial_carried_out_by_name():
    # the trial carried out by name, with its limit (read as the member's wait before it)
    ai = item(7, "Afprøvning af kunstig intelligens i Høje-Taastrup Kommune", None,
              "CBA indstiller, at Direktionen godkender at:\nHTK tilgår anvendelse af AI med en nysgerrig og "
              "afprøvende tilgang.")
    talk = [("Taler 3", "Vi skal have styr på GDPR, før vi tester noget med borgerdata."),
            ("Taler 4", "Enig. Ingen borgerdata i første omgang."),
            ("Taler 1", "Så kører vi afprøvningen, men kun på data uden personoplysninger i første omgang.")]
    assert draft_decision(ai, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved_with_remark"
    # going on as before still refuses something new
    canteen = item(9, "Beslutning om ny kantineordning", None, "CBA indstiller, at den nye kantineordning godkendes.")
    talk = [("Taler 3", "Den gamle ordning virker."), ("Taler 1", "Vi kører kantinen som hidtil.")]
    assert draft_decision(canteen, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


def test_round_318_the_others_followed_and_one_left_out_is_a_partial_approval():
    advice = item(50, "Godkendelse af anbefalinger fra Projektudvalget for Afbureaukratisering", None,
                  "Administrationen indstiller, at\n1. anbefalinger til at plejecentre godkendes")
    talk = [("Taler 3", "Jeg kan støtte alle undtagen den om færre nattevagter."),
            ("Taler 4", "Ja, den er for risikabel."),
            ("Taler 1", "Så følger vi de andre anbefalinger og lader den om nattevagterne ude.")]
    assert draft_decision(advice, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"


def test_round_318_a_look_ahead_before_the_news_is_taken_for_now():
    drivers = item(51, "Orientering om udgiftsdrivere", None, "Administrationen indstiller, at orienteringen tages "
                   "til efterretning.")
    talk = [("Taler 2", "Hjemmeplejen er steget med fire procent."), ("Taler 3", "Det skal vi holde øje med."),
            ("Taler 1", "Ja. Vi kigger på det igen i august, men i dag er det til orientering.")]
    assert draft_decision(drivers, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "noted"


@pytest.mark.parametrize(("talk", "kind"), [
    # offered for sale again (read as an approval of the sale), after what we do not know (read as a refusal)
    ([("Taler 3", "Der er kun kommet ét bud."), ("Taler 4", "Så ved vi ikke, om prisen er rigtig."),
      ("Taler 1", "Vi sætter den i udbud igen og ser, hvad der kommer.")], "postponed"),
    ([("Taler 3", "Der er kun ét bud."), ("Taler 1", "Så sætter vi den til salg igen.")], "postponed"),
])
def test_round_319_a_plot_offered_for_sale_again(talk, kind):
    plot = item(8, "Salg af grund på havnen", None, "Borgmesteren indstiller, at grunden sælges til højestbydende.")
    assert draft_decision(plot, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("closing", "kind"), [
    # a modal particle between the verb and "med" is not the object (read as a remark "med begge dele")
    ("Så kører vi jo med begge dele.", "approved"),
    # an object between them still is: what it is done with
    ("Så godkender vi jo planen med to ændringer.", "approved_with_remark"),
])
def test_round_320_a_modal_particle_is_not_the_object_before_with(closing, kind):
    leaders = item(3, "Lederudviklingsaktiviteter", None, "CBA indstiller, at Direktionen:\n1. Godkender en "
                   "velkomstpakke\n2. Godkender netværk")
    talk = [("Taler 3", "Det er godt arbejde."), ("Taler 1", closing)]
    assert draft_decision(leaders, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("closing", "kind"), [
    # the talk taken up again on an item put up only for discussion (read as a postponement)
    ("Det er en vigtig snak. Vi tager den op igen på næste møde.", "discussed"),
    ("Vi vender tilbage til det på næste møde.", "discussed"),
    # the item put off is still put off
    ("Vi udsætter punktet til næste møde.", "postponed"),
])
def test_round_321_the_talk_taken_up_again_on_a_discussion_item(closing, kind):
    environment = item(11, "Drøftelse af arbejdsmiljø efter omstruktureringen", None,
                       "CBA indstiller, at Direktionen drøfter arbejdsmiljøet.")
    talk = [("Taler 3", "Der er mange, der føler sig utrygge."), ("Taler 4", "Vi skal være mere synlige."),
            ("Taler 1", closing)]
    assert draft_decision(environment, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("closing", "kind"), [
    # the thing by name back to us (read as an approval with the sentence as its change)
    ("Så beder vi juristerne se på det, og så får vi aftalen igen.", "postponed"),
    # a position taken afterwards (read as an approval of the longer trial)
    ("Så forlænger vi forsøget et år og tager stilling derefter.", "postponed"),
])
def test_round_321_a_thing_back_to_us_and_a_position_taken_afterwards(closing, kind):
    agreement = item(26, "Samarbejdsaftale med Aalborg Universitet", None,
                     "Koncerndirektionen indstiller, at samarbejdsaftalen godkendes.")
    talk = [("Taler 3", "Afsnittet om rettigheder til forskningsdata er uklart."), ("Taler 1", closing)]
    assert draft_decision(agreement, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_321_the_chairs_so_must_is_written_with_the_one_who_must_first():
    budget = item(11, "Godkendelse af budget for lederdagen", None,
                  "Kommunaldirektøren indstiller, at budgettet på 80.000 kr. godkendes.")
    talk = [("Taler 3", "Det er fint."),
            ("Taler 1", "Budgettet er godkendt. Så skal alle afdelinger melde deltagere ind inden 1. december.")]
    draft = draft_decision(budget, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert "at alle afdelinger skal melde deltagere ind inden 1. december" in draft.text


@pytest.mark.parametrize(("closing", "kind"), [
    # points approved by a bare list after the verb (read as the whole approved)
    ("Så godkender vi et og tre, og postrummet bliver et år mere.", "partly_approved"),
    ("Vi godkender 1 og 3.", "partly_approved"),
    # all of them named is still the whole
    ("Vi godkender et, to og tre.", "approved"),
])
def test_round_322_points_approved_by_a_bare_list(closing, kind):
    post = item(39, "Beslutning om digital post", None, "CBA indstiller, at Direktionen:\n1. Godkender overgang til "
                "digital post\n2. Godkender lukning af postrummet\n3. Godkender opsigelse af frankeringsaftalen")
    talk = [("Taler 3", "Postrummet skal vi beholde et år endnu."), ("Taler 1", closing)]
    assert draft_decision(post, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("indstilling", "closing", "kind"), [
    # what was to go on ends as planned (read as an approval: "som planlagt")
    ("CBA indstiller, at projektet forlænges til udgangen af 2025.",
     "Projektet stopper ved årets udgang, som planlagt.", "rejected"),
    # … unless the Indstilling asks it to stop
    ("CBA indstiller, at projektet ophører ved årets udgang.", "Projektet stopper ved årets udgang, som planlagt.",
     "approved"),
    # staying home from the trip proposed (read as an approval)
    ("Kommunaldirektøren indstiller, at Chefforum tager på studietur til Aarhus.", "Så bliver vi hjemme i år.",
     "rejected"),
])
def test_round_322_ended_as_planned_and_staying_home(indstilling, closing, kind):
    case = item(12, "Ansøgning om forlængelse af projekt", None, indstilling)
    talk = [("Taler 3", "Evalueringen viser ingen effekt."), ("Taler 1", closing)]
    assert draft_decision(case, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("closing", "kind"), [
    # a plan by name fallen, and back to the administration (both read as approvals)
    ("Så er lokalplanen faldet.", "rejected"),
    ("Lokalplanen går tilbage til forvaltningen.", "postponed"),
])
def test_round_323_a_plan_by_name_fallen_or_sent_back(closing, kind):
    plan = item(120, "Lokalplan 42 for boliger ved Hadsund Syd", None,
                "Økonomiudvalget indstiller, at lokalplanen vedtages endeligt.")
    talk = [("Taler 3", "Naboerne har klaget over højden."), ("Taler 1", closing)]
    assert draft_decision(plan, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


def test_round_323_news_of_a_figure_that_fell_is_no_refusal():
    absence = item(15, "Orientering om sygefravær 1. kvartal", None, "CBA indstiller, at orienteringen tages til "
                   "efterretning.")
    talk = [("Taler 2", "Sygefraværet er faldet."), ("Taler 1", "Så er sygefraværet faldet. Tak for det.")]
    assert draft_decision(absence, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "noted"


@pytest.mark.parametrize(("closing", "kind"), [
    # something first, said as its own sentence (read as an approval by "Så tager vi den.")
    ("Først skal MED høres. Så tager vi den.", "postponed"),
    # all but one said first (read as a plain approval)
    ("Alt andet end talentforløbet er godkendt.", "partly_approved"),
    # something added beside the yes (read as a plain approval)
    ("Vi siger ja, og så tilføjer vi en mentorordning.", "approved_with_remark"),
])
def test_round_323_something_first_all_but_one_and_something_added(closing, kind):
    leaders = item(3, "Lederudviklingsaktiviteter", None, "CBA indstiller, at Direktionen:\n1. Godkender en "
                   "velkomstpakke\n2. Godkender netværk\n3. Godkender et talentforløb")
    talk = [("Taler 3", "Jeg synes, alle nye ledere skal have en mentor."), ("Taler 1", closing)]
    assert draft_decision(leaders, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("closing", "kind"), [
    # held back a while (read as approvals)
    ("Udbuddet må stå lidt.", "postponed"),
    ("Vi holder lige igen med udbuddet.", "postponed"),
])
def test_round_324_held_back_a_while(closing, kind):
    cleaning = item(4, "Beslutning om udbud af rengøring", None, "CBA indstiller, at rengøringen sendes i udbud.")
    talk = [("Taler 3", "Jeg er bekymret for medarbejderne."), ("Taler 1", closing)]
    assert draft_decision(cleaning, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("talk", "kind"), [
    # without what was asked for (read as an approval with "uden garanti fra os" as its remark)
    ([("Taler 1", "Det bliver uden garanti fra os.")], "rejected"),
    # a limit said as the next sentence (read as plain approvals)
    ([("Taler 1", "Garantien er givet. Den gælder kun for 2019.")], "approved_with_remark"),
    ([("Taler 1", "Vi giver garantien. Beløbet er højst 150.000.")], "approved_with_remark"),
    # a yes on a condition, agreed to (read as a plain approval)
    ([("Taler 1", "Kan vi give garantien?"), ("Taler 3", "Ja, hvis de sender et revideret regnskab."),
      ("Taler 1", "Det gør vi så.")], "approved_with_remark"),
    # a yes with a judgement only adds nothing (read as a change)
    ([("Taler 1", "Kan vi give garantien?"), ("Taler 3", "Ja, beløbet er fint."),
      ("Taler 1", "Så er garantien givet.")], "approved"),
])
def test_round_324_limits_conditions_and_a_grant_withheld(talk, kind):
    festival = item(48, "Ansøgning om underskudsgaranti til musikfestival", None,
                    "Forvaltningen indstiller, at der gives en underskudsgaranti på 200.000 kr.")
    talk = [("Taler 3", "De har haft underskud tre år i træk."), *talk]
    assert draft_decision(festival, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


def test_round_324_the_start_of_an_agreement_is_no_remark():
    # c5445: "Aftalen er godkendt. Den gælder fra 1. januar." stays a plain approval beside round 324's limits
    case = next(c for c in load_cases() if c["id"] == "c5445")
    assert draft_of(case).kind == "approved"


@pytest.mark.parametrize(("closing", "kind"), [
    # not in the hearing yet, in the Indstilling's own words (read as a refusal)
    ("Idrætspolitikken går ikke i høring endnu.", "postponed"),
    ("Idrætspolitikken går ikke i høring.", "rejected"),
])
def test_round_324_not_yet_in_the_indstillings_own_words(closing, kind):
    policy = item(8, "Idrætspolitik 2018-2022", None, "Administrationen indstiller, at idrætspolitikken sendes i høring.")
    talk = [("Taler 3", "Jeg savner noget om de frivillige."), ("Taler 1", closing)]
    assert draft_decision(policy, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize("closing", ["Udendørs ja. Caféerne nej.", "Vi åbner udendørs den 15. Caféerne må vente."])
def test_round_324_a_part_by_name_yes_and_another_no_or_wait(closing):
    cafes = item(54, "Beslutning om genåbning af caféer og udendørs aktiviteter i Aktive Centre", None,
                 "Administrationen indstiller, at caféerne genåbnes 15. juni.")
    talk = [("Taler 2", "Smitten er lav nu."), ("Taler 1", closing)]
    assert draft_decision(cafes, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize(("talk", "kind"), [
    # a member's proposal of some points, agreed to and taken up with "Så gør vi det." (read as the whole)
    ([("Taler 3", "Jeg foreslår, at vi godkender alle undtagen talentforløbet."), ("Taler 4", "Enig."),
      ("Taler 1", "Så gør vi det.")], "partly_approved"),
    # … or with its remark (read as a plain approval)
    ([("Taler 3", "Jeg foreslår, at vi godkender den med en obligatorisk mentorordning."), ("Taler 4", "Enig."),
      ("Taler 1", "Så gør vi det.")], "approved_with_remark"),
    # a yes with a part left out, to the chair's question, taken up (also "Så gør vi sådan.")
    ([("Taler 1", "Er vi enige?"), ("Taler 3", "Ja, bortset fra talentforløbet."), ("Taler 1", "Så gør vi det.")],
     "partly_approved"),
    ([("Taler 1", "Er vi enige?"), ("Taler 3", "Ja, bortset fra talentforløbet."), ("Taler 4", "Enig."),
      ("Taler 1", "Så gør vi sådan.")], "partly_approved"),
    # a plain yes taken up is still the whole
    ([("Taler 1", "Er vi enige?"), ("Taler 3", "Ja."), ("Taler 1", "Så gør vi det.")], "approved"),
])
def test_round_325_a_proposal_of_how_to_decide_taken_up(talk, kind):
    leaders = item(3, "Lederudviklingsaktiviteter", None, "CBA indstiller, at Direktionen:\n1. Godkender en "
                   "velkomstpakke\n2. Godkender netværk\n3. Godkender et talentforløb")
    assert draft_decision(leaders, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("closing", "followups"), [
    # a postponement's own return of the case is the postponement, no follow-up
    ("Vi vender tilbage med den.", []),
    ("Så undersøger vi det først.", []),
    ("Direktionen finder ikke, at sagen er klar til godkendelse, og beder CBA om at komme igen.", []),
    # something new to bring stays a task
    ("Vi beder CBA om at komme igen med et bedre oplæg.", [("CBA", "komme igen med et bedre oplæg")]),
])
def test_round_326_a_postponements_own_return_is_no_follow_up(closing, followups):
    cleaning = item(4, "Beslutning om udbud af rengøring", None, "CBA indstiller, at rengøringen sendes i udbud.")
    talk = [("Taler 3", "HR har ikke set den endnu."), ("Taler 1", closing)]
    draft = draft_decision(cleaning, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "postponed"
    assert [(f.who, f.what) for f in draft.followups] == followups


def test_round_327_joining_the_indstilling_with_sig_ikke_refuses():
    # an invariant case: "tilslutter sig ikke" was read as the approval "tilslutter sig … indstillingen"
    cleaning = item(4, "Beslutning om udbud af rengøring", None, "CBA indstiller, at rengøringen sendes i udbud.")
    talk = [("Taler 3", "Jeg er bekymret for medarbejderne."),
            ("Taler 1", "Direktionen tilslutter sig ikke indstillingen.")]
    assert draft_decision(cleaning, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


@pytest.mark.parametrize(("title", "indstilling", "closing", "kind"), [
    # the news taken first, then a look ahead (read as a postponement)
    ("Orientering om APV-resultater", "CBA indstiller, at orienteringen tages til efterretning.",
     "Det tager vi til efterretning, og så ser vi på det igen til næste år.", "noted"),
    # a topic of a themes item taken at a later meeting (read as a postponement of the item)
    ("Temaer til kommende møder og eventuelt", "Kommunaldirektøren indstiller,\n\n1. at punktet drøftes",
     "Godt, så tager vi rekruttering på næste møde.", "discussed"),
])
def test_round_327_a_look_ahead_after_the_news_and_a_topic_for_later(title, indstilling, closing, kind):
    case = item(7, title, None, indstilling)
    talk = [("Taler 3", "Rekruttering er et stort emne."), ("Taler 1", closing)]
    assert draft_decision(case, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("talk", "kind"), [
    # a thing the Indstilling does not name, dropped when nobody raised it, is the case (an invariant case)
    ([("Taler 3", "Det er for dyrt."), ("Taler 1", "Så dropper vi datatrækket.")], "rejected"),
    # raised before, it is a part dropped from the plan (round 339: the approval's change)
    ([("Taler 3", "Julimødet ligger midt i ferien."), ("Taler 1", "Så dropper vi julimødet.")],
     "approved_with_remark"),
])
def test_round_327_a_part_dropped_is_one_the_discussion_raised(talk, kind):
    plan = item(6, "Mødeplan", None, "Administrationen indstiller, at mødeplanen for 2017 godkendes.")
    assert draft_decision(plan, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


def test_round_328_a_question_that_names_its_own_object_is_the_proposal():
    # the chair's opening and question in one turn: the yes on a condition was read against the opening
    rent = item(119, "Ansøgning Afdeling 22, Morellgade 1-3 om lejeforhøjelse", None,
                "Økonomidirektøren indstiller, at lejeforhøjelsen godkendes.")
    talk = [("Taler 1", "Lejeforhøjelsen i Afdeling 22. Kan vi godkende forhøjelsen?"),
            ("Taler 3", "Ja, hvis den indfases over to år."), ("Taler 1", "Det gør vi så.")]
    draft = draft_decision(rent, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "at den indfases over to år" in draft.text


@pytest.mark.parametrize(("closing", "kind"), [
    # a decision said as a clause, "ikke" before the Indstilling's verb (read as an approval)
    ("Beslutningen er, at grunden ikke sælges.", "rejected"),
    ("Beslutningen er, at grunden sælges.", "approved"),
    # agreed not to, or to wait (read as approvals by "Der er enighed om")
    ("Der er enighed om ikke at sælge.", "rejected"),
    ("Der er enighed om at vente med salget.", "postponed"),
    ("Der er enighed om at sælge.", "approved"),
])
def test_round_329_a_decision_in_a_clause_and_agreed_not_to_or_to_wait(closing, kind):
    plot = item(8, "Salg af grund på havnen", None, "Borgmesteren indstiller, at grunden sælges til højestbydende.")
    talk = [("Taler 3", "Prisen er for lav."), ("Taler 1", closing)]
    assert draft_decision(plot, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


def test_round_329_decided_to_wait():
    cleaning = item(4, "Beslutning om udbud af rengøring", None, "CBA indstiller, at rengøringen sendes i udbud.")
    talk = [("Taler 3", "MED er ikke hørt."), ("Taler 1", "Så det, vi har besluttet, er at vente med udbuddet.")]
    assert draft_decision(cleaning, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "postponed"


def test_round_330_a_precision_said_as_the_next_sentence_is_a_remark():
    ai = item(5, "Beslutning om AI og nye teknologier i AK", None, "Kommunaldirektøren indstiller,\n1) at status "
              "tages til efterretning\n2) at AI retningslinjer godkendes")
    talk = [("Taler 3", "Jeg synes, vi mangler superbrugere i afdelingerne."),
            ("Taler 1", "Indstillingerne er godkendt. Der præciseres i retningslinjerne, at de gælder alle.")]
    draft = draft_decision(ai, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "at de gælder alle" in draft.text


@pytest.mark.parametrize(("closing", "kind"), [
    # the member's change said after the approval in one sentence (read as a plain approval)
    ("Så kører vi med det hele, og lederdagen bliver to halve dage.", "approved_with_remark"),
    ("Så godkender vi det hele, og lederdagen holdes som to halve dage.", "approved_with_remark"),
    # a task beside the approval is no change to the thing, nor a thing the member did not raise
    ("Så kører vi med det hele, og Marie laver en plan.", "approved"),
    ("Så kører vi med det hele, og frokosten bliver bestilt.", "approved"),
])
def test_round_331_a_change_said_after_the_approval(closing, kind):
    leaders = item(3, "Lederudviklingsaktiviteter", None, "CBA indstiller, at Direktionen:\n1. Godkender at der "
                   "udarbejdes en velkomstpakke til nye ledere\n2. Godkender at der afholdes en lederdag")
    talk = [("Taler 3", "Lederdagen kunne vi måske gøre til to halve dage i stedet."),
            ("Taler 2", "Det ville passe bedre med driften."), ("Taler 1", f"Okay. {closing}")]
    assert draft_decision(leaders, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize("closing", ["Så det bliver udendørs ja, caféer nej.", "Det bliver udendørs ja, caféerne nej."])
def test_round_331_parts_yes_and_no_as_what_it_comes_to(closing):
    cafes = item(54, "Beslutning om genåbning af caféer og udendørs aktiviteter", None,
                 "Administrationen indstiller, at caféerne genåbnes 15. juni.")
    talk = [("Taler 3", "Udendørs kan vi godt åbne."), ("Taler 4", "Men caféerne, nej."), ("Taler 1", closing)]
    assert draft_decision(cafes, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize("closing", ["Den sover vi lige på.", "Den bliver stillet i bero, til MED har sagt noget.",
                                     "Den får lov at vente, til MED er hørt."])
def test_round_332_put_off_in_more_words(closing):
    # read as the chair's closing, an approval, or as no decision at all
    cleaning = item(4, "Beslutning om udbud af rengøring", None, "CBA indstiller, at rengøringen sendes i udbud.")
    talk = [("Taler 3", "Jeg er bekymret for medarbejderne."), ("Taler 1", closing)]
    assert draft_decision(cleaning, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "postponed"


_GUARANTEE = item(48, "Ansøgning om underskudsgaranti til musikfestival", None,
                  "Forvaltningen indstiller, at der gives en underskudsgaranti på 200.000 kr.")


@pytest.mark.parametrize(("talk", "kind", "remark"), [
    # a member's change, taken up with "Så gør vi det." (read as a plain approval)
    ([("Taler 3", "Jeg foreslår, at garantien halveres til 100.000."), ("Taler 1", "Så gør vi det.")],
     "approved_with_remark", "halveres til 100.000"),
    # … past the chair's question to the room and its yes
    ([("Taler 3", "Jeg foreslår, at garantien halveres til 100.000."), ("Taler 1", "Kan vi det?"),
      ("Taler 4", "Ja."), ("Taler 1", "Så gør vi det.")], "approved_with_remark", "halveres til 100.000"),
    # the chair's own condition, asked and answered yes
    ([("Taler 1", "Kan vi godkende det, hvis festivalen sender et budget?"), ("Taler 3", "Ja."), ("Taler 4", "Ja."),
      ("Taler 1", "Så er det godkendt.")], "approved_with_remark", "at festivalen sender et budget"),
    # a proposal that is a decision of its own gives its kind and no change
    ([("Taler 3", "Jeg foreslår, at vi ikke giver garantien."), ("Taler 1", "Kan vi det?"), ("Taler 4", "Ja."),
      ("Taler 1", "Så gør vi det.")], "rejected", None),
    ([("Taler 3", "Jeg foreslår, at vi godkender den."), ("Taler 1", "Så gør vi det.")], "approved", None),
    # the chair's question not answered yes carries no condition
    ([("Taler 1", "Kan vi godkende det, hvis festivalen sender et budget?"), ("Taler 3", "Det ved jeg ikke."),
      ("Taler 1", "Så er det godkendt.")], "approved", None),
])
def test_round_333_a_change_proposed_and_carried(talk, kind, remark):
    draft = draft_decision(_GUARANTEE, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert draft.kind == kind and (remark is None or remark in draft.text)


@pytest.mark.parametrize(("talk", "kind"), [
    # "Mit forslag er, at …" is a proposal, and "Det kan jeg støtte." the room's yes (a plain approval)
    ([("Taler 3", "Mit forslag er, at garantien halveres."), ("Taler 4", "Det kan jeg støtte."),
      ("Taler 1", "Så gør vi det.")], "approved_with_remark"),
    # the Indstilling's own act in the present, carried (read as "Så er det besluttet.": a decision)
    ([("Taler 3", "Jeg vil foreslå, at garantien gives for et år ad gangen."), ("Taler 1", "Er der nogen imod?"),
      ("Taler 1", "Nej. Så er det besluttet.")], "approved_with_remark"),
    # "ikke" before the verb in the proposal's clause (read as an approval)
    ([("Taler 3", "Jeg foreslår, at garantien ikke gives."), ("Taler 4", "Enig."), ("Taler 1", "Så bliver det sådan.")],
     "rejected"),
    ([("Taler 3", "Jeg foreslår, at vi ikke anbefaler den."), ("Taler 1", "Er der nogen imod det?"),
      ("Taler 1", "Det er der ikke. Så er det vedtaget.")], "rejected"),
    # a suggestion asked as "Skal vi ikke …?" (read as a refusal)
    ([("Taler 3", "Skal vi ikke godkende den?"), ("Taler 4", "Jo."), ("Taler 1", "Så gør vi det.")], "approved"),
    # not tonight, but waiting (read as a partial approval)
    ([("Taler 1", "Vi giver den ikke i aften, men venter på regnskabet.")], "postponed"),
])
def test_round_334_proposals_in_more_forms_and_orders(talk, kind):
    assert draft_decision(_GUARANTEE, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize("closing", ["Godkendt.", "Indstillingen tiltrædes."])
def test_round_335_a_recommendation_asked_inside_the_clause(closing):
    # "anbefaler, at" after the Indstilling's own "at" is the forum's recommendation, not its author's (read as
    # an approval)
    accounts = item(7, "Kvartalsregnskab", None, "Økonomiforvaltningen indstiller, at Økonomiudvalget over for "
                    "Byrådet anbefaler, at kvartalsregnskabet godkendes.")
    talk = [("Taler 3", "Ingen bemærkninger."), ("Taler 1", closing)]
    assert draft_decision(accounts, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "recommended"


@pytest.mark.parametrize(("closing", "kind"), [
    # following an Indstilling not to join refuses (read as an approval)
    ("Så følger vi indstillingen.", "rejected"),
    ("Så deltager vi ikke.", "rejected"),
    # joining after all grants
    ("Så deltager vi alligevel.", "approved"),
    ("Så går vi med i partnerskabet.", "approved"),
])
def test_round_336_an_indstilling_not_to_join(closing, kind):
    partnership = item(5, "Deltagelse i partnerskab om grøn omstilling", None,
                       "Forvaltningen indstiller, at kommunen ikke deltager i partnerskabet.")
    talk = [("Taler 3", "Det koster for meget for det, vi får."), ("Taler 1", closing)]
    assert draft_decision(partnership, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("closing", "kind", "said"), [
    # a condition in the approval itself (read as a plain approval)
    ("Vi giver garantien, hvis festivalen sender et revideret budget.", "approved_with_remark",
     "under forudsætning af, at festivalen sender et revideret budget"),
    ("Godkendt, hvis festivalen sender et revideret budget.", "approved_with_remark", "at festivalen sender"),
    # not the room asked, nor "if" of something else after the approval
    ("Garantien er godkendt, hvis ingen har noget.", "approved", "godkendte indstillingen."),
    ("Garantien er givet. Og forvaltningen kommer tilbage, hvis økonomien skrider.", "approved",
     "godkendte indstillingen."),
])
def test_round_337_a_condition_said_with_hvis(closing, kind, said):
    draft = draft_decision(_GUARANTEE, _spoken([("Taler 3", "Festivalen har underskud."), ("Taler 1", closing)]),
                           CHEFFORUM, chair="Taler 1")
    assert draft.kind == kind and said in draft.text


def test_round_337_not_only_holds_nothing_off():
    leaders = item(3, "Lederudviklingsaktiviteter", None, "CBA indstiller, at Direktionen:\n1. Godkender at der "
                   "udarbejdes en velkomstpakke til nye ledere\n2. Godkender en mentorordning for nye ledere")
    talk = [("Taler 1", "Vi godkender det, men mentorordningen skal gælde alle nye ledere, ikke kun de første.")]
    assert draft_decision(leaders, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved_with_remark"


def test_round_338_without_commas_a_condition_and_parts_yes_and_no():
    # a recogniser's text without commas: the condition after "hvis" (read as a plain approval) and the parts'
    # yes and no (read as a refusal)
    talk = [("Taler 3", "Festivalen har underskud."),
            ("Taler 1", "Vi giver garantien hvis festivalen sender et revideret budget.")]
    assert draft_decision(_GUARANTEE, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved_with_remark"
    cafes = item(54, "Beslutning om genåbning af caféer og udendørs aktiviteter", None,
                 "Administrationen indstiller, at caféerne genåbnes 15. juni.")
    talk = [("Taler 3", "Udendørs kan vi godt åbne."), ("Taler 1", "Så det bliver udendørs ja caféer nej.")]
    assert draft_decision(cafes, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize(("closing", "kind"), [
    # a meeting raised in the discussion dropped or cancelled from the plan (read as a plain approval, or as a
    # refusal of the whole plan)
    ("Så dropper vi julimødet.", "approved_with_remark"),
    ("Så aflyser vi julimødet.", "approved_with_remark"),
    ("Så fjerner vi julimødet.", "approved_with_remark"),
    # the whole plan cancelled (read as an approval)
    ("Så aflyser vi det hele.", "rejected"),
])
def test_round_339_a_part_dropped_from_a_plan(closing, kind):
    plan = item(9, "Mødeplan", None, "Administrationen indstiller, at mødeplanen for 2017 godkendes.")
    talk = [("Taler 3", "Julimødet ligger midt i ferien. Kan vi droppe det?"), ("Taler 4", "Det er fint med mig."),
            ("Taler 1", closing)]
    assert draft_decision(plan, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


def test_round_340_a_demand_taken_in_past_the_rooms_good_point():
    # "Det er en god pointe." between the demand and the presenter's "Det skriver vi ind." (read as a plain approval)
    sport = item(8, "Idrætspolitik 2018-2022", None, "Administrationen indstiller, at idrætspolitikken sendes i høring.")
    talk = [("Taler 3", "Den mangler et mål om flere piger i idrætten."), ("Taler 4", "Det er en god pointe."),
            ("Taler 2", "Det skriver vi ind."), ("Taler 1", "Godt. Så sender vi den i høring.")]
    draft = draft_decision(sport, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "piger i idrætten" in draft.text


@pytest.mark.parametrize("backing", ["Vi bakker op om at afprøve AI, men pengene skal vi tale mere om.",
                                     "Vi støtter tanken, men ambitionsniveauet skal kvalificeres."])
def test_round_341_the_idea_backed_after_the_case_refused(backing):
    # the same speaker's backing of the idea right after the refusal (read as an approval with a remark)
    ai = item(7, "Afprøvning af kunstig intelligens i Høje-Taastrup Kommune", None,
              "CBA indstiller, at Direktionen godkender at:\nHTK tilgår anvendelse af AI med en afprøvende tilgang.\n"
              "Der bevilges 100.000 kr. fra direktionens pulje.")
    talk = [("Taler 3", "Det er for uklart."), ("Taler 1", f"Indstillingerne er ikke godkendt. {backing}")]
    assert draft_decision(ai, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


@pytest.mark.parametrize(("talk", "kind"), [
    # a member's view or vote before the chair's word is outvoted, not settled
    ([("Taler 3", "Jeg kan ikke godkende den."), ("Taler 1", "Så er det godkendt.")], "approved"),
    ([("Taler 3", "Det er ikke perfekt, men det er bedre end det gamle."), ("Taler 1", "Så er det godkendt.")],
     "approved"),
    # the no said for the forum is settled (read as an approval)
    ([("Taler 3", "Så siger vi nej."), ("Taler 1", "Så er det vedtaget.")], "rejected"),
])
def test_round_343_what_a_bare_settling_word_settles(talk, kind):
    assert draft_decision(_GUARANTEE, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


def test_round_343_no_need_to_wait_is_no_no_to_settle():
    # "Vi behøver ikke vente." before "Den er godkendt." (read as a no the word settled)
    talk = [("Taler 3", "Det er for uklart."), ("Taler 1", "Vi behøver ikke vente. Den er godkendt.")]
    assert draft_decision(_GUARANTEE, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("said_first", ["Vi siger ikke nej til den.", "Den kan vi ikke afvise.",
                                        "Det er ikke noget, vi skal vente med.", "Vi behøver ikke vente."])
def test_round_345_a_no_said_not_to_be_is_no_no_to_settle(said_first):
    # "Godkendt." after a sentence that says no no (read as settling a refusal or a postponement)
    talk = [("Taler 3", "Det er for uklart."), ("Taler 1", f"{said_first} Godkendt.")]
    assert draft_decision(_GUARANTEE, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize(("closing", "kind"), [
    # a no not said (read as a refusal)
    ("Vi siger ikke nej til den.", "approved"),
    # a not-yet or a no said not to be is no refusal (read as one; nothing else decides, so the secretary writes it)
    ("Vi udsætter den ikke.", "undetermined"),
    ("Den afviser vi ikke.", "undetermined"),
    # the no that follows still refuses
    ("Vi siger ikke nej til tanken, men i dag siger vi nej.", "rejected"),
])
def test_round_346_a_no_said_not_to_be(closing, kind):
    ai = item(7, "Afprøvning af kunstig intelligens i Høje-Taastrup Kommune", None,
              "CBA indstiller, at Direktionen godkender at:\nHTK tilgår anvendelse af AI med en afprøvende tilgang.")
    talk = [("Taler 3", "Det er for uklart."), ("Taler 1", closing)]
    assert draft_decision(ai, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize("closing", ["Vi bakker op om tilgangen, men pengene venter, til jura har set på det.",
                                     "Jamen, så bakker vi op om tilgangen, men pengene venter, til jura har set på det."])
def test_round_347_the_chairs_own_backing_after_a_members_not_yet_decides(closing):
    # the chair's partial decision after a member's "… før vi bruger penge" (read, in the main-clause order or after
    # "Jamen", as the member's not-yet kept against a backing)
    ai = item(7, "Afprøvning af kunstig intelligens i Høje-Taastrup Kommune", None,
              "CBA indstiller, at Direktionen godkender at:\nHTK tilgår anvendelse af AI med en afprøvende tilgang.\n"
              "Der bevilges 100.000 kr. fra direktionens pulje.")
    talk = [("Taler 2", "Jeg er positiv over for den nysgerrige tilgang."),
            ("Taler 3", "Men vi skal have styr på GDPR, før vi bruger penge."), ("Taler 1", closing)]
    assert draft_decision(ai, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


_HOME_WORK = item(10, "Godkendelse af retningslinjer for hjemmearbejde", None,
                  "Kommunaldirektøren indstiller, at retningslinjerne godkendes.")


@pytest.mark.parametrize(("closing", "text"), [
    # a remark word after "én"/"ét" (read as a plain approval)
    ("Vi godkender med én ændring: rengøring hver anden uge.", "med én ændring: rengøring hver anden uge."),
    ("Godkendt med ét forbehold: rengøring hver anden uge.", "med ét forbehold: rengøring hver anden uge."),
    # the remark after a colon stands as said (written "med en ændring, at : …")
    ("Godkendt med en ændring: rengøring hver anden uge.", "med en ændring: rengøring hver anden uge."),
])
def test_round_348_a_remark_after_a_colon(closing, text):
    talk = [("Taler 3", "Rengøring hver tredje uge er for lidt."), ("Taler 1", closing)]
    drafted = draft_decision(_HOME_WORK, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert drafted.kind == "approved_with_remark"
    assert drafted.text.endswith(f"godkendte indstillingen {text}")


@pytest.mark.parametrize("closing", ["Godkendt. Vi retter to dage til tre.", "Så retter vi to dage til tre.",
                                     "Godkendt. Vi retter dog to dage til tre."])
def test_round_348_the_approvers_own_change(closing):
    # the chair's change as the decision, or said after a short approval (read as a plain approval)
    talk = [("Taler 3", "To dage om ugen er for lidt."), ("Taler 1", closing)]
    drafted = draft_decision(_HOME_WORK, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert drafted.kind == "approved_with_remark"
    assert drafted.text.endswith("med den ændring, at vi retter to dage til tre.")


def test_round_348_the_indstillings_own_act_is_no_change():
    extension = item(82, "Madservice til hjemmeboende", None,
                     "Administrationen indstiller, at kontrakten med leverandøren forlænges i to år.")
    talk = [("Taler 3", "Leverandøren har gjort det godt."), ("Taler 1", "Så forlænger vi aftalen med to år.")]
    assert draft_decision(extension, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize(("closing", "text"), [
    # a wish said before the approval without its subject or "gerne" (read as a plain approval)
    ("Vi er enige i retningslinjerne, men vil have tre dage. Godkendt.", "med ønske om tre dage."),
    # "men det skal være …" (read as a plain approval)
    ("Retningslinjerne er fine, men det skal være tre dage. Godkendt.",
     "med den bemærkning, at det skal være tre dage."),
])
def test_round_348_a_demand_before_the_approval(closing, text):
    talk = [("Taler 3", "To dage om ugen er for lidt."), ("Taler 1", closing)]
    drafted = draft_decision(_HOME_WORK, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert drafted.text.endswith(f"godkendte indstillingen {text}")


@pytest.mark.parametrize(("closing", "kind"), [
    # the forum going against it (read as no decision)
    ("Vi går imod indstillingen.", "rejected"),
    # the decision taken later, and the case left to rest until then (read as approvals)
    ("Den beslutning træffer vi i august.", "postponed"),
    ("Den hviler, til vi har set regnskabet.", "postponed"),
    # what it rests on is no rest
    ("Den hviler på et godt grundlag. Godkendt.", "approved"),
])
def test_round_349_against_and_resting(closing, kind):
    talk = [("Taler 3", "De har haft underskud tre år i træk."), ("Taler 1", closing)]
    assert draft_decision(_GUARANTEE, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


_CANCER = item(47, "Styrket kræftindsats", None,
               "Koncerndirektionen indstiller,\n1. at handleplanen godkendes\n2. at der ansættes fem kræftkoordinatorer\n"
               "3. at der gives 4 mio. kr. til screening")


@pytest.mark.parametrize(("closing", "text"), [
    # money to be found elsewhere holds its point off (read as an approval of all)
    ("Handleplanen og koordinatorerne, ja. Screeningen må finde penge et andet sted.",
     "godkendte indstilling 1 og 2, men ikke indstilling 3."),
    # a yes and a no by the points' numbers in one sentence (read as an approval)
    ("Det er et ja til punkt 1 og 2 og et nej til punkt 3.", "godkendte indstilling 1 og 2, men ikke indstilling 3."),
    # the points by their place (read as an approval)
    ("Vi stemmer for de to første og imod den tredje.", "godkendte indstilling 1 og 2, men ikke indstilling 3."),
    # the next clause with its object first, after a comma (read as an approval)
    ("Handleplanen godkender vi nu, de fire millioner får vi igen til budgettet.",
     "godkendte indstilling 1 og udsatte indstilling 3."),
    # the infinitive after "Lad os" parts the clauses (read as an approval)
    ("Lad os godkende handleplanen og koordinatorerne og tage pengene til screening senere.",
     "godkendte indstilling 1 og 2 og udsatte indstilling 3."),
])
def test_round_350_a_point_held_off_in_other_words(closing, text):
    talk = [("Taler 3", "Fire millioner til screening er meget i år."), ("Taler 1", closing)]
    drafted = draft_decision(_CANCER, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert drafted.kind == "partly_approved"
    assert drafted.text.endswith(text)


def test_round_350_a_point_taken_out():
    # "… er taget ud" of a numbered point, the rest approved (read as an approval with a remark)
    talk = [("Taler 3", "Fire millioner til screening er meget."),
            ("Taler 1", "Screeningen er taget ud. Resten er godkendt.")]
    assert draft_decision(_CANCER, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize(("indstilling", "closing", "text"), [
    # "Rådet" names "et landdistriktsråd"; "for tidligt" holds it off (read as an approval)
    ("Økonomiudvalget indstiller,\n1. at politikken vedtages\n2. at der nedsættes et landdistriktsråd",
     "Ja til politikken. Rådet er for tidligt.", "godkendte indstilling 1, men ikke indstilling 2."),
    # the points by their words written out (written "godkendte dele af indstillingen")
    ("Økonomiudvalget indstiller,\n1. at politikken vedtages\n2. at der nedsættes et landdistriktsråd",
     "Politikken er vedtaget. Rådet bliver ikke nedsat.", "godkendte indstilling 1, men ikke indstilling 2."),
    # a point named by its figure (read as a postponement of all)
    ("Administrationen indstiller,\n1. at naturplanen godkendes\n2. at der udlægges 200 ha ny skov",
     "Naturplanen er godkendt. De 200 hektar kigger vi på igen.", "godkendte indstilling 1 og udsatte indstilling 2."),
])
def test_round_350_points_named_by_a_short_word_or_a_figure(indstilling, closing, text):
    numbered = item(26, "Plan", None, indstilling)
    talk = [("Taler 3", "Jeg er i tvivl."), ("Taler 1", closing)]
    drafted = draft_decision(numbered, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert drafted.kind == "partly_approved"
    assert drafted.text.endswith(text)


@pytest.mark.parametrize("closing", ["Referatet mangler en rettelse, så det godkender vi næste gang. Dagsordenen er fin.",
                                     "Referatet, nej, det retter vi. Dagsordenen er godkendt."])
def test_round_350_a_pronoun_after_a_comma_goes_on_with_its_clause(closing):
    agenda = item(1, "Godkendelse af dagsorden og referat", None,
                  "Kommunaldirektøren indstiller,\n1. at dagsordenen godkendes\n2. at referat godkendes")
    talk = [("Taler 3", "Punkt 4 i referatet er forkert."), ("Taler 1", closing)]
    drafted = draft_decision(agenda, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert drafted.kind == "partly_approved"
    assert "indstilling 1" in drafted.text and "godkendte dele" not in drafted.text


_AI_TRIAL = item(7, "Afprøvning af kunstig intelligens i Høje-Taastrup Kommune", None,
                 "CBA indstiller, at Direktionen godkender at:\nHTK tilgår anvendelse af AI med en afprøvende tilgang.\n"
                 "Der bevilges 100.000 kr. fra direktionens pulje.")


@pytest.mark.parametrize(("indstilling", "closing"), [
    # a part of an Indstilling without numbers held off beside the approval of the other (read as an approval, or
    # one with the held-off part as its remark)
    ("CBA indstiller, at lønpolitikken godkendes og sendes til høring i HovedMED.",
     "Lønpolitikken godkender vi, men den skal ikke i høring i HovedMED."),
    ("CBA indstiller, at styregruppen nedlægges, og at opgaven overgår til IT.",
     "Styregruppen nedlægges, men opgaven bliver hos CBA."),
    ("CBA indstiller, at styregruppen nedlægges, og at opgaven overgår til IT.",
     "Vi nedlægger styregruppen, men IT skal ikke have opgaven."),
    ("Kommunaldirektøren indstiller, at strategien godkendes og sendes til politisk behandling.",
     "Strategien er godkendt, men den skal ikke til politisk behandling før efter valget."),
    (_AI_TRIAL.section("Indstilling").text, "Tilgangen bakker vi op om. Pengene får CBA ikke."),
    (_AI_TRIAL.section("Indstilling").text,
     "Vi godkender den afprøvende tilgang. De 100.000 skal findes i centrenes egne budgetter."),
])
def test_round_351_a_part_without_a_number_held_off(indstilling, closing):
    in_parts = item(20, "Sagen", None, indstilling)
    talk = [("Taler 3", "Jeg er i tvivl om den sidste del."), ("Taler 1", closing)]
    assert draft_decision(in_parts, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize(("closing", "kind"), [
    # agreeing with the approach and not granting the money refuses the whole, as the seed's Direktionen did
    ("Vi er enige i tilgangen, men de 100.000 bevilger vi ikke.", "rejected"),
    # a capitalised little word names no part ("Der" in "der bevilges")
    ("Der er ikke nogen, der er imod. Så er den vedtaget.", "approved"),
    ("Der er ikke nogen grund til at udskyde den. Vi godkender.", "approved"),
])
def test_round_351_what_holds_no_part_off(closing, kind):
    talk = [("Taler 3", "Det er mange penge."), ("Taler 1", closing)]
    assert draft_decision(_AI_TRIAL, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_351_no_bemaerkninger_names_no_part():
    # "Ingen" inside "opfølgningen" named the noted part
    follow_up = item(9, "Opfølgning på de lokale Klimahandlingsplaner", None,
                     "Koncerndirektionen indstiller, at opfølgningen tages til efterretning og at den videre proces "
                     "godkendes.")
    talk = [("Taler 1", "Opfølgningen på klimahandlingsplanerne. Ingen bemærkninger. Opfølgningen er taget til "
                        "efterretning, og den videre proces er godkendt.")]
    assert draft_decision(follow_up, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("closing", [
    # a postponement said with the approval's own words (each read as an approval, or as one with a remark, or as a
    # partial approval of "i dag")
    "Vi er glade for den, men vi tager den først endeligt i september.",
    "Vi siger ja, når beboerne er hørt, og det er de ikke endnu.",
    "Den er ikke klar til godkendelse.",
    "Den skal vi have godkendt inden sommer, men ikke i dag.",
    "Den bliver godkendt på næste møde.",
    "Vi tager stilling til godkendelsen senere.",
])
def test_round_352_a_postponement_in_the_approvals_words(closing):
    rent = item(119, "Ansøgning om lejeforhøjelse", None, "Økonomidirektøren indstiller, at lejeforhøjelsen godkendes.")
    talk = [("Taler 3", "Beboerne er ikke hørt."), ("Taler 1", closing)]
    assert draft_decision(rent, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "postponed"


def test_round_352_a_part_left_till_later_stays_a_part():
    # "… og skolerne tager vi stilling til senere" is a part, not the case (the development set's c1018)
    case = next(c for c in load_cases() if c["id"] == "c1018")
    assert draft_of(case).kind == "approved_with_remark"


@pytest.mark.parametrize("closing", [
    # a reason, thanks or a look back after the approval is no remark (each read as one)
    "Godkendt, idet vi er enige i forvaltningens vurdering.",
    "Godkendt, men det har været en svær sag.",
    "Godkendt, men jeg vil gerne sige tak til Marie.",
])
def test_round_353_no_remark_in_a_reason_thanks_or_a_look_back(closing):
    talk = [("Taler 3", "Jeg savner noget om mangfoldighed."), ("Taler 1", closing)]
    assert draft_decision(_HOME_WORK, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


def test_round_353_the_forum_by_name_against():
    # "Byrådet er imod." (read as no decision)
    talk = [("Taler 3", "Beboerne er ikke hørt."), ("Taler 1", "Byrådet er imod.")]
    assert draft_decision(_GUARANTEE, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "rejected"


def test_round_354_the_secretary_asks_to_write_it_down():
    # "Skal jeg skrive det som en bemærkning?" "Ja, skriv det." — what "det" was, past "Det er vi enige om." (read as a
    # plain approval)
    ai = item(5, "Beslutning om AI og nye teknologier i AK", None,
              "Kommunaldirektøren indstiller,\n1) at status tages til efterretning\n2) at AI retningslinjer godkendes")
    talk = [("Taler 3", "Vi skal have nogen i afdelingerne, der kan hjælpe kollegerne."),
            ("Taler 4", "Superbrugere, to til fire i hver afdeling."), ("Taler 1", "Det er vi enige om."),
            ("Taler 5", "Skal jeg skrive det som en bemærkning?"), ("Taler 1", "Ja, skriv det. Indstillingerne er godkendt.")]
    drafted = draft_decision(ai, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert drafted.kind == "approved_with_remark"
    assert "»Superbrugere, to til fire i hver afdeling.«" in drafted.text


_LEADER_DAY = item(11, "Godkendelse af budget for lederdagen", None,
                   "Kommunaldirektøren indstiller, at budgettet på 80.000 kr. godkendes.")


@pytest.mark.parametrize(("agenda_item", "closing", "text"), [
    # each read as a plain approval
    (_HOME_WORK, "Godkendt for en toårig periode.", "med den bemærkning, at det gælder for en toårig periode."),
    (_HOME_WORK, "Godkendt. Retningslinjerne gælder ikke for ledere.",
     "med den bemærkning, at retningslinjerne ikke gælder for ledere."),
    (_HOME_WORK, "Godkendt. Vi forventer en status til jul.", "med forventning om en status til jul."),
    (_LEADER_DAY, "Godkendt. Beløbet må ikke overstige 60.000.",
     "med den bemærkning, at beløbet ikke må overstige 60.000."),
    (_LEADER_DAY, "Vi godkender de 80.000, og dagen holdes på rådhuset.",
     "med den bemærkning, at dagen holdes på rådhuset."),
    # a condition said verb first is no question (read as one, and the remark lost)
    (_LEADER_DAY, "Godkendt. Bliver det dyrere end 80.000, skal den forelægges igen.",
     "med den bemærkning, at den skal forelægges igen, hvis det bliver dyrere end 80.000."),
    # a return only on a condition puts nothing off (read as a postponement); the condition is written last
    (_LEADER_DAY, "Godkendt, men bliver det dyrere, kommer den tilbage.",
     "med den bemærkning, at den kommer tilbage, hvis det bliver dyrere."),
    (_LEADER_DAY, "Godkendt, men den kommer tilbage, hvis det bliver dyrere.",
     "med den bemærkning, at den kommer tilbage, hvis det bliver dyrere."),
])
def test_round_355_limits_expectations_and_conditions_after_the_approval(agenda_item, closing, text):
    talk = [("Taler 3", "Det er mange penge."), ("Taler 1", closing)]
    drafted = draft_decision(agenda_item, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert drafted.kind == "approved_with_remark"
    assert drafted.text.endswith(f"godkendte indstillingen {text}")


@pytest.mark.parametrize(("closing", "kind"), [
    ("Den kommer tilbage i august.", "postponed"),
    # thanks "for et godt år" is no period
    ("Godkendt. Tak for et godt år.", "approved"),
])
def test_round_355_what_stays(closing, kind):
    talk = [("Taler 3", "Det er mange penge."), ("Taler 1", closing)]
    assert draft_decision(_LEADER_DAY, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


_RENT = item(119, "Ansøgning om lejeforhøjelse", None, "Økonomidirektøren indstiller, at lejeforhøjelsen godkendes.")


@pytest.mark.parametrize("closing", [
    # each read as a refusal or as no decision
    "Den afviser vi ikke, men vi venter.",
    "Vi har ikke tid til den i dag, den kommer på næste gang.",
    "Så længe beboerne ikke er hørt, kan vi ikke godkende den.",
])
def test_round_356_not_yet_in_other_words(closing):
    talk = [("Taler 3", "Beboerne er ikke hørt."), ("Taler 1", closing)]
    assert draft_decision(_RENT, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "postponed"


@pytest.mark.parametrize(("closing", "kind"), [
    # the orientation taken to efterretning in the sentence that waits for something else (read as a postponement)
    ("Vi afventer de næste tal og tager orienteringen til efterretning.", "noted"),
    # … but not the noting itself waited with
    ("Så venter vi med at tage den til efterretning, til tallene er endelige.", "postponed"),
])
def test_round_356_waiting_for_figures_on_an_orientation(closing, kind):
    apv = item(11, "Orientering om APV-resultater", None, "CBA indstiller, at orienteringen tages til efterretning.")
    talk = [("Taler 3", "Hvordan ser det ud for hjemmeplejen?"), ("Taler 1", closing)]
    assert draft_decision(apv, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_357_the_forum_doing_what_a_member_asked_beside_the_approval():
    # "… regionen skal tilbyde hjælp …" and "…, og vi tilbyder de små kommuner hjælp." (read as a plain approval)
    climate = item(9, "Beslutning - Opfølgning på de lokale Klimahandlingsplaner", None,
                   "Koncerndirektionen indstiller, at opfølgningen tages til efterretning og at den videre proces "
                   "godkendes.")
    talk = [("Taler 3", "Jeg synes, regionen skal tilbyde hjælp til de små kommuner."), ("Taler 4", "Enig."),
            ("Taler 1", "Så tager vi opfølgningen til efterretning og godkender processen, og vi tilbyder de små "
                        "kommuner hjælp.")]
    drafted = draft_decision(climate, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert drafted.kind == "approved_with_remark"
    assert "tilbyde hjælp til de små kommuner" in drafted.text


def test_round_357_the_administration_back_with_what_is_missing():
    # "Så sender vi den ikke i høring nu. Forvaltningen kommer igen med driftstallene." (read as a refusal)
    pools = item(50, "Plan for svømmehaller", None, "Forvaltningen indstiller, at planen sendes i høring.")
    talk = [("Taler 3", "Vi mangler tal for driften af den nye hal."),
            ("Taler 1", "Så sender vi den ikke i høring nu. Forvaltningen kommer igen med driftstallene.")]
    assert draft_decision(pools, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "postponed"


_PARKING = item(9, "Forslag om gratis parkering i midtbyen", None,
                "Forvaltningen indstiller, at forslaget ikke imødekommes.")


@pytest.mark.parametrize(("closing", "kind"), [
    # the proposal itself granted against an Indstilling that refuses it (each read as following the Indstilling)
    ("Vi siger ja til forslaget om gratis parkering.", "approved"),
    ("Flertallet stemmer for forslaget.", "approved"),
    ("Borgerne får tilladelsen alligevel.", "approved"),
    # following the Indstilling refuses
    ("Vi følger indstillingen.", "rejected"),
    ("Flertallet stemmer for indstillingen.", "rejected"),
    ("Borgerne får ikke tilladelsen.", "rejected"),
])
def test_round_358_the_proposal_granted_against_a_refusing_indstilling(closing, kind):
    talk = [("Taler 3", "Det koster for meget."), ("Taler 1", closing)]
    assert draft_decision(_PARKING, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("said", "followups"), [
    # a body's routine, told, is no commitment (read as one)
    ("Kommunen laver hvert år en rapport om rekruttering.", []),
    # the forum's own is what it does
    ("HR udarbejder en kommunikationsplan til september.", [("HR", "udarbejder en kommunikationsplan")]),
])
def test_round_359_a_routine_told_is_no_follow_up(said, followups):
    talk = [("Taler 2", said), ("Taler 1", "Så er politikken godkendt.")]
    found = [(f.who, f.what) for f in draft_decision(_HOME_WORK, _spoken(talk), CHEFFORUM, chair="Taler 1").followups]
    assert [(who, what[:len(want)]) for (who, what), (_, want) in zip(found, followups, strict=False)] == followups
    assert len(found) == len(followups)


@pytest.mark.parametrize(("talk", "kind"), [
    # a change asked as a question, answered with a bare yes (read as a plain approval)
    ([("Taler 3", "Kan vi ikke skrive mangfoldighed ind?"), ("Taler 1", "Jo."), ("Taler 1", "Godkendt.")],
     "approved_with_remark"),
    # a topic named as a question and the approver writing it in (read as a plain approval)
    ([("Taler 3", "Mangfoldighed?"), ("Taler 1", "God pointe, den skriver vi ind."), ("Taler 1", "Godkendt.")],
     "approved_with_remark"),
    # a demand put to another time changes nothing (read as the approval's change)
    ([("Taler 3", "Mangfoldighed mangler."), ("Taler 1", "Det tager vi på et andet tidspunkt. Politikken er godkendt.")],
     "approved"),
    # a question to approve, answered yes, is no change
    ([("Taler 3", "Kan vi godkende den?"), ("Taler 1", "Ja."), ("Taler 1", "Godkendt.")], "approved"),
])
def test_round_360_a_members_ask_taken_up_or_put_off(talk, kind):
    recruiting = item(9, "Godkendelse af rekrutteringspolitik", None,
                      "Kommunaldirektøren indstiller, at rekrutteringspolitikken godkendes.")
    assert draft_decision(recruiting, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("closing", "kind"), [
    # a red light (read as an approval by the Indstilling, nothing else said) and a shelf for good (read as put off)
    ("Den får rødt lys.", "rejected"),
    ("Så er der rødt lys for kantineordningen.", "rejected"),
    ("Den lægger vi i skuffen for altid.", "rejected"),
    ("Den lægger vi i skuffen lidt endnu.", "postponed"),
    # a yes recorded (read as taking a report to efterretning)
    ("Jeg noterer et ja.", "approved"),
])
def test_round_361_colloquial_lights_shelves_and_a_yes_recorded(closing, kind):
    canteen = item(9, "Beslutning om ny kantineordning", None, "CBA indstiller, at den nye kantineordning godkendes.")
    talk = [("Taler 3", "Prisen stiger for medarbejderne."), ("Taler 1", closing)]
    assert draft_decision(canteen, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("agenda_item", "closing", "kind"), [
    # this session's forms said as the stresses say them: without commas, with hesitation (each read as before the
    # session's rounds)
    (_RENT, "Så længe beboerne ikke er hørt kan vi ikke godkende den.", "postponed"),
    (_LEADER_DAY, "Godkendt men bliver det dyrere kommer den tilbage.", "approved_with_remark"),
    (_HOME_WORK, "Godkendt. Vi, øh, retter to dage til tre.", "approved_with_remark"),
])
def test_round_362_the_sessions_forms_without_commas_or_with_hesitation(agenda_item, closing, kind):
    talk = [("Taler 3", "Det er for lidt."), ("Taler 1", closing)]
    assert draft_decision(agenda_item, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("talk", "kind"), [
    # a question asking a thing of several words for something, granted (read as a plain approval)
    ([("Taler 3", "Kan de små centre få fortrinsret?"), ("Taler 1", "Ja, det får de. Så er puljen godkendt.")],
     "approved_with_remark"),
    # a body asked to add to the text, and the yes that it does (read as a plain approval)
    ([("Taler 3", "Kan HR tilføje et afsnit om overarbejde?"), ("Taler 1", "Ja, det gør de. Så er puljen godkendt.")],
     "approved_with_remark"),
    # who holds something, answered and written into the text (read as a plain approval)
    ([("Taler 3", "Hvem styrer puljen?"),
      ("Taler 1", "Det gør HR-afdelingen, og det står nu i aftalen. Så er puljen godkendt.")], "approved_with_remark"),
    # the same answer not written in is a fact, and a condition said to hold is no grant
    ([("Taler 3", "Hvem styrer puljen?"), ("Taler 1", "Det gør HR-afdelingen. Så er puljen godkendt.")], "approved"),
    ([("Taler 3", "Jeg er med, hvis centrene beholder deres egne vikarer."), ("Taler 2", "Det gør de."),
      ("Taler 1", "Så er puljen godkendt.")], "approved"),
])
def test_round_363_a_question_asking_something_of_others_granted(talk, kind):
    pool = item(9, "Beslutning om fælles vikarpulje", None,
                "CBA indstiller, at der oprettes en fælles vikarpulje på tværs af centrene.")
    assert draft_decision(pool, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_363_the_answer_to_a_question_of_who_is_the_remark():
    pool = item(9, "Beslutning om fælles vikarpulje", None,
                "CBA indstiller, at der oprettes en fælles vikarpulje på tværs af centrene.")
    talk = [("Taler 3", "Hvem styrer puljen?"),
            ("Taler 1", "Det gør HR-afdelingen, og det står nu i aftalen. Så er puljen godkendt.")]
    assert "HR-afdelingen" in draft_decision(pool, _spoken(talk), DIREKTIONEN, chair="Taler 1").text


@pytest.mark.parametrize(("agenda_item", "closing", "kind"), [
    # each left to manage as usual, against something shared (read as an approval by the Indstilling)
    ("pool", "Centrene må finde deres vikarer selv, som de plejer.", "rejected"),
    # the forum that must say no (read as an approval; "Byrådet siger fra over for …" was a refusal)
    ("pilot", "Så må vi sige fra over for piloten.", "rejected"),
    ("pilot", "Vi vil ikke sige fra over for piloten. Godkendt.", "approved"),
    ("pilot", "Godkendt, men borgerservice kan sige fra over for ordningen.", "approved_with_remark"),
    # the application by name resting until (read as an approval; only "Den hviler, til …" put off)
    ("gimle", "Ansøgningen hviler, til vi har talt med naboerne.", "postponed"),
    # the library the Indstilling closes kept, in the passive (read as an approval); another thing kept is no refusal
    ("library", "Biblioteket bevares.", "rejected"),
    ("library", "Godkendt. Bogbussen bevares dog.", "approved"),
])
def test_round_364_refusals_and_a_rest_said_by_the_thing(agenda_item, closing, kind):
    items = {"pool": item(9, "Beslutning om fælles vikarpulje", None,
                          "CBA indstiller, at der oprettes en fælles vikarpulje på tværs af centrene."),
             "pilot": item(9, "Beslutning om pilotprojekt med 4-dages arbejdsuge", None,
                           "CBA indstiller, at der igangsættes et pilotprojekt med 4-dages arbejdsuge i to centre."),
             "gimle": item(9, "Ansøgning om forlænget åbningstid for Gimle", None,
                           "Forvaltningen indstiller, at ansøgningen imødekommes."),
             "library": item(9, "Nedlæggelse af Trekroner Bibliotek", None,
                             "Forvaltningen indstiller, at Trekroner Bibliotek nedlægges pr. 1. januar.")}
    talk = [("Taler 3", "Jeg er ikke overbevist."), ("Taler 1", closing)]
    assert draft_decision(items[agenda_item], _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_364_the_money_in_its_definite_form_not_given_refuses():
    # said alone (read as no decision: only "får ikke penge" refused; the invariant test found it)
    plan = item(9, "Plan for cykelstier", None, "Forvaltningen indstiller, at planen godkendes.")
    talk = [("Taler 1", "Udvalget får ikke pengene.")]
    assert draft_decision(plan, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


@pytest.mark.parametrize(("agenda_item", "closing", "kind"), [
    # one point taken when something has come, beside the other approved (read as an approval on a condition)
    ("harbour", "Masterplanen er godkendt, og lokalplanen tager vi, når trafikanalysen foreligger.", "partly_approved"),
    # the whole taken when something is done (read as an approval on a condition)
    ("harbour", "Vi tager det hele, når trafikanalysen foreligger.", "postponed"),
    ("harbour", "Vi tager begge dele, når forhandlingerne er færdige.", "postponed"),
    # a point that starts later in the passive is a change, not a point held off (read as a partial approval)
    ("art", "Vi godkender begge dele, men puljen øges først fra næste år.", "approved_with_remark"),
    # a point moved to a month instead is a change too (read as a partial approval)
    ("culture", "Politikken sendes i høring, og borgermødet holdes i august i stedet.", "approved_with_remark"),
    ("culture", "Politikken sendes i høring, og borgermødet tager vi op igen i august.", "partly_approved"),
])
def test_round_365_a_point_taken_when_something_has_come_or_moved(agenda_item, closing, kind):
    items = {"harbour": item(9, "Havneudvikling", None, "Borgmesteren indstiller,\n1. at masterplanen for havnen "
                                                        "godkendes\n2. at der igangsættes en lokalplan for etape 1"),
             "art": item(9, "Kunststrategi", None, "Forvaltningen indstiller,\n1. at kunststrategien godkendes\n"
                                                   "2. at kunstpuljen øges til 1 mio. kr."),
             "culture": item(9, "Ny kulturpolitik", None, "Forvaltningen indstiller,\n1. at kulturpolitikken sendes i "
                                                          "høring\n2. at der holdes et borgermøde")}
    talk = [("Taler 3", "Vi mangler noget først."), ("Taler 1", closing)]
    assert draft_decision(items[agenda_item], _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("agenda_item", "talk", "kind"), [
    # one point done in one of its places and held off in the other (read as put off)
    ("houses", [("Taler 3", "Thisted Kommune har ikke besluttet sig."),
                ("Taler 1", "Så etablerer vi Brønderslev nu. Thisted venter på kommunen.")], "partly_approved"),
    ("houses", [("Taler 3", "Thisted Kommune har ikke besluttet sig."),
                ("Taler 1", "Så etablerer vi begge nu. Thisted venter dog på kommunens svar om grunden.")],
     "approved"),
    # a point taken a stand on later, or only after a plan (read as put off)
    ("meetings", [("Taler 3", "Et strategimøde hver måned er for meget."),
                  ("Taler 1", "Så holder vi ugentlige møder. Strategimødet tager vi stilling til, når vi har prøvet "
                              "det et halvt år.")], "partly_approved"),
    ("psychiatry", [("Taler 3", "Lukningen kan jeg ikke anbefale endnu."),
                    ("Taler 1", "Så anbefaler vi planen og akutteamet. Afsnit 12 vil vi have en plan for, før vi "
                                "tager stilling.")], "partly_approved"),
    # a place asked for, granted, and said in the approval with a name (read as a task given along)
    ("dental", [("Taler 4", "Jeg synes, vi skal have klinikken i Hjørring med."),
                ("Taler 2", "Det kan sagtens lade sig gøre."),
                ("Taler 1", "Så forlænges ordningen til 2022, og Hjørring kommer med som klinik.")],
     "approved_with_remark"),
])
def test_round_366_a_point_parted_by_place_or_taken_later_and_a_place_granted(agenda_item, talk, kind):
    items = {"houses": item(9, "Sundhedshuse i Nordjylland", None, "Koncerndirektionen indstiller,\n1. at der "
                                                                   "etableres sundhedshuse i Brønderslev og Thisted\n"
                                                                   "2. at der afsættes 20 mio. kr."),
             "meetings": item(9, "Beslutning om ny mødestruktur i direktionen", None,
                              "CBA indstiller, at Direktionen:\n1. Godkender ugentlige møder\n2. Godkender et "
                              "månedligt strategimøde"),
             "psychiatry": item(9, "Psykiatriplan 2020", None, "Administrationen indstiller, at udvalget anbefaler\n"
                                                               "1. psykiatriplanen\n2. etablering af et akutteam\n"
                                                               "3. lukning af afsnit 12"),
             "dental": item(9, "Tandpleje for udsatte borgere", None,
                            "Koncerndirektionen indstiller, at ordningen forlænges til 2022.")}
    assert draft_decision(items[agenda_item], _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("closing", "kind"), [
    # the second act after "og", its "vi" said before, beside a point that comes again (read as put off)
    ("Så tager vi status til efterretning og sætter awareness i gang. Retningslinjerne kommer igen med et afsnit om "
     "persondata.", "partly_approved"),
    ("Så tager vi status til efterretning og sætter awareness i gang. Retningslinjerne godkender vi også.", "approved"),
])
def test_round_367_a_second_act_after_og_beside_a_point_that_comes_again(closing, kind):
    ai = item(5, "Beslutning om AI og nye teknologier i AK", None,
              "Kommunaldirektøren indstiller,\n1) at status på anvendelse af AI-løsninger tages til efterretning\n"
              "2) at AI retningslinjer godkendes\n3) at igangsættelse af AI-Awarenessforløb godkendes")
    talk = [("Taler 3", "Retningslinjerne er ikke klar."), ("Taler 1", closing)]
    assert draft_decision(ai, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("talk", "kind"), [
    # a conclusion said in the order of a clause after "at" (read as an approval: "går videre med piloten")
    ([("Taler 1", "Konklusionen er, at vi ikke går videre med piloten.")], "rejected"),
    # "igangsættes" said in two words, in a conclusion (read as a decision of its own)
    ([("Taler 1", "Konklusionen er, at piloten sættes i gang i to centre.")], "approved"),
    ([("Taler 1", "Konklusionen er, at piloten ikke sættes i gang.")], "rejected"),
    # asked as what we can do, and taken up (read as an approval)
    ([("Taler 1", "Kan vi sige nej?"), ("Taler 2", "Ja."), ("Taler 1", "Så gør vi det.")], "rejected"),
    ([("Taler 1", "Kan vi leve med at vente, til MED har svaret?"), ("Taler 2", "Ja."), ("Taler 1", "Så gør vi det.")],
     "postponed"),
    # a no ruled out stays a yes, and others who may wait change nothing
    ([("Taler 1", "Det kan vi ikke sige nej til.")], "approved"),
    ([("Taler 1", "Jeg synes, vi tager de to centre. De andre kan vente til næste år."), ("Taler 2", "Så gør vi det.")],
     "approved"),
    # a vote lost, told by its count (read as no decision)
    ([("Taler 1", "To stemmer for og fem imod.")], "rejected"),
    ([("Taler 1", "Tre for, tre imod.")], "undetermined"),
])
def test_round_368_conclusions_in_clause_order_asked_no_and_a_vote_lost(talk, kind):
    pilot = item(9, "Beslutning om pilotprojekt med 4-dages arbejdsuge", None,
                 "CBA indstiller, at der igangsættes et pilotprojekt med 4-dages arbejdsuge i to centre.")
    assert draft_decision(pilot, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("closing", "kind"), [
    # refraining from approving (each read as an approval)
    ("Vi afstår fra at godkende den.", "rejected"),
    ("Vi undlader at godkende den.", "rejected"),
    ("Vi afholder os fra at godkende den.", "rejected"),
    # the case reworked to come again, or put forward again (read as an approval, or as one with a remark)
    ("Vi beder forvaltningen arbejde videre og komme igen.", "postponed"),
    ("Strategien skal omskrives og komme igen.", "postponed"),
    ("Forvaltningen genfremsætter sagen i januar.", "postponed"),
    # a status to come is a delivery, not the case again
    ("Vi beder forvaltningen tage det med og komme igen med en status.", "approved"),
])
def test_round_369_refraining_from_approving_and_the_case_to_come_again(closing, kind):
    strategy = item(9, "Godkendelse af kommunikationsstrategi", None,
                    "Kommunaldirektøren indstiller,\n1. at kommunikationsstrategien godkendes")
    talk = [("Taler 3", "Den er jeg ikke helt tryg ved."), ("Taler 1", closing)]
    assert draft_decision(strategy, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("closing", "remark"), [
    # the forum's call with a clause, its stress on what matters, and a thing to be ensured (each read as plain)
    ("Godkendt. Direktionen opfordrer til, at centrene bruger puljen aktivt.",
     "med en opfordring til, at centrene bruger puljen aktivt"),
    ("Godkendt. Direktionen understreger vigtigheden af en god fordeling.", "med vægt på en god fordeling"),
    ("Godkendt, og det sikres, at de små centre ikke mister personale.",
     "med den bemærkning, at de små centre ikke mister personale"),
])
def test_round_370_the_forums_call_stress_and_assurance_after_the_approval(closing, remark):
    pool = item(9, "Beslutning om fælles vikarpulje", None,
                "CBA indstiller, at der oprettes en fælles vikarpulje på tværs af centrene.")
    talk = [("Taler 3", "Det er en god idé."), ("Taler 1", closing)]
    draft = draft_decision(pool, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert (draft.kind, remark in draft.text) == ("approved_with_remark", True), draft.text


@pytest.mark.parametrize(("closing", "kind"), [
    # the forum by its whole name, with a call after the approval (read as plain)
    ("Godkendt. Kultur- og Idrætsudvalget opfordrer til, at Gimle holder et naboskabsmøde.", "approved_with_remark"),
    # the approval's own subject wishing for more (read as plain)
    ("Kultur- og Idrætsudvalget imødekommer ansøgningen og ønsker en evaluering efter et år.",
     "approved_with_remark"),
    # the forum by name taking a stand later (read as an approval)
    ("Kultur- og Idrætsudvalget tager stilling til ansøgningen i december.", "postponed"),
    ("Vi tager stilling til ansøgningen i dag. Den er imødekommet.", "approved"),
])
def test_round_371_the_forum_by_its_whole_name(closing, kind):
    gimle = item(9, "Ansøgning om forlænget åbningstid for Gimle", None,
                 "Forvaltningen indstiller, at ansøgningen imødekommes.")
    talk = [("Taler 3", "Det lyder fornuftigt."), ("Taler 1", closing)]
    assert draft_decision(gimle, _spoken(talk), Meeting("Kultur- og Idrætsudvalget", None, items=(gimle,)),
                          chair="Taler 1").kind == kind


@pytest.mark.parametrize(("agenda_item", "closing", "kind"), [
    # all but the money (read as an approval with a remark)
    ("education", "Vi godkender det hele undtagen pengene.", "partly_approved"),
    # a long compound named by its first part (read as put off)
    ("art", "Ja til strategien. Puljeforhøjelsen tager vi ved budgettet.", "partly_approved"),
    # a point in the passive to be negotiated first (read as an approval; round 365 kept "… øges først fra …")
    ("shifts", "Vagtordningen godkender vi, tillægget må forhandles først.", "partly_approved"),
    # a point to be approved only after a change (read as put off)
    ("ai", "Vi tager status til efterretning og godkender awareness. Retningslinjerne skal have et afsnit om "
           "persondata, før vi godkender dem.", "partly_approved"),
    # the rest runs (read as an approval)
    ("leaders", "Talentforløbet parkerer vi, resten kører.", "partly_approved"),
    # a point discussed at the next meeting, beside one that starts (read as an approval)
    ("culture", "Høringen går i gang. Borgermødet drøfter vi på næste møde.", "partly_approved"),
    # a point to be looked into first (read as put off)
    ("waste", "Vi vedtager planen og udvidelsen. De ti fraktioner skal vi have belyst.", "partly_approved"),
    # all five approved and one wished presented next time stays an approval with its wish
    ("leaders", "Så godkender vi de fem. Sagen om talentforløbet vil vi gerne have forelagt på næste møde.",
     "approved_with_remark"),
])
def test_round_372_points_held_off_in_more_ways(agenda_item, closing, kind):
    items = {"education": item(9, "Regional uddannelsesstrategi", None, "Koncerndirektionen indstiller,\n1. at "
                                                                        "strategien godkendes\n2. at der afsættes "
                                                                        "2 mio. kr. til praktikpladser"),
             "art": item(9, "Kunststrategi", None, "Forvaltningen indstiller,\n1. at kunststrategien godkendes\n"
                                                   "2. at kunstpuljen øges til 1 mio. kr."),
             "shifts": item(9, "Beslutning om fælles vagtordning", None,
                            "CBA indstiller, at Direktionen:\n1. Godkender en fælles vagtordning\n"
                            "2. Godkender et vagttillæg på 1.500 kr. om måneden"),
             "ai": item(5, "Beslutning om AI og nye teknologier i AK", None,
                        "Kommunaldirektøren indstiller,\n1) at status på anvendelse af AI-løsninger tages til "
                        "efterretning\n2) at AI retningslinjer godkendes\n3) at igangsættelse af AI-Awarenessforløb "
                        "godkendes"),
             "leaders": item(3, "Lederudviklingsaktiviteter", None,
                             "Center for Byråd og Administration indstiller, at Direktionen:\n1. Godkender at der "
                             "udarbejdes en velkomstpakke til nye ledere\n2. Godkender at netværk for niveau 4 og 5 "
                             "ledere justeres\n3. Godkender at der igangsættes en erfaringsindsamling\n4. Godkender "
                             "at store lederdag gennemføres\n5. Godkender at der igangsættes et talentforløb"),
             "culture": item(9, "Ny kulturpolitik", None, "Forvaltningen indstiller,\n1. at kulturpolitikken sendes i "
                                                          "høring\n2. at der holdes et borgermøde"),
             "waste": item(9, "Affaldsplan 2020-2030", None, "Økonomiudvalget indstiller,\n1. at affaldsplanen "
                                                             "vedtages\n2. at der indføres sortering i ti fraktioner\n"
                                                             "3. at genbrugspladsen i Hadsund udvides")}
    talk = [("Taler 3", "Der er noget, vi ikke er klar til."), ("Taler 1", closing)]
    assert draft_decision(items[agenda_item], _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("closing", "kind"), [
    # the approval itself later, or only after something (each read as an approval, most with a condition)
    ("Vi godkender den gerne, men først når MED har været inddraget.", "postponed"),
    ("Vi kan godkende den i næste måned.", "postponed"),
    ("Vi godkender den på et ekstraordinært møde i næste uge.", "postponed"),
    ("Vi vender tilbage med en godkendelse i januar.", "postponed"),
    ("Vi tager godkendelsen, når MED har været inddraget.", "postponed"),
    ("Vi skal nok godkende den, men ikke før budgettet.", "postponed"),
    ("Ordningen er god, men vi beslutter os først, når prisen er forhandlet.", "postponed"),
    ("Jeg tror, vi ender med at sige ja, men lad os få prisen først.", "postponed"),
    # a condition made first is the set's remark, and a start later is no wait
    ("Vi godkender, når leverandøren har skrevet under på prisen.", "approved_with_remark"),
    ("Vi godkender den, og den træder i kraft i næste måned.", "approved"),
])
def test_round_373_the_approval_itself_later(closing, kind):
    canteen = item(9, "Beslutning om ny kantineordning", None, "CBA indstiller, at den nye kantineordning godkendes.")
    talk = [("Taler 3", "Prisen skal på plads."), ("Taler 1", closing)]
    assert draft_decision(canteen, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("closing", "kind"), [
    # not ready, time given to finish, left to lie, too much missing (each read as an approval or a refusal)
    ("Ordningen er ikke klar.", "postponed"),
    ("Vi giver CBA tid til at skrive den færdig.", "postponed"),
    ("Lad den lige ligge en måned.", "postponed"),
    ("Der mangler for meget, til at vi kan godkende den i dag.", "postponed"),
    # a condition not met, then the conclusion in two words (read as an approval on the condition)
    ("Vi kan godkende den, hvis prisen holdes. Det gør den ikke. Så nej.", "rejected"),
    ("Ordningen er klar. Den er godkendt.", "approved"),
])
def test_round_374_not_ready_time_given_and_a_conclusion_in_two_words(closing, kind):
    canteen = item(9, "Beslutning om ny kantineordning", None, "CBA indstiller, at den nye kantineordning godkendes.")
    talk = [("Taler 3", "Jeg er i tvivl."), ("Taler 1", closing)]
    assert draft_decision(canteen, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("talk", "kind"), [
    # a member's not-yet or no, agreed to in words that name nothing of their own (each read as an approval)
    ([("Taler 3", "Vi bør vente på MED."), ("Taler 1", "Enig. Sådan bliver det.")], "postponed"),
    ([("Taler 3", "Skal vi ikke droppe den?"), ("Taler 1", "Ja, lad os det.")], "rejected"),
    ([("Taler 3", "Hvad med at vente et halvt år?"), ("Taler 1", "God idé. Det gør vi.")], "postponed"),
    ([("Taler 3", "Lad os høre medarbejderne først."), ("Taler 1", "Det er en god idé. Sådan gør vi.")], "postponed"),
    ([("Taler 3", "Jeg synes, vi skal afvise den."), ("Taler 1", "Er der andre, der mener det?"), ("Taler 2", "Ja."),
      ("Taler 1", "Så er det besluttet.")], "rejected"),
    ([("Taler 3", "Prisen stiger."), ("Taler 3", "Vi skal ikke bruge penge på en ny ordning."), ("Taler 2", "Enig."),
      ("Taler 1", "Så er vi enige.")], "rejected"),
    # a member's yes agreed to stays a yes
    ([("Taler 3", "Jeg synes, vi skal godkende den."), ("Taler 1", "Det er vi enige om.")], "approved"),
])
def test_round_375_a_members_no_or_not_yet_agreed_to_in_bare_words(talk, kind):
    canteen = item(9, "Beslutning om ny kantineordning", None, "CBA indstiller, at den nye kantineordning godkendes.")
    assert draft_decision(canteen, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("closing", "kind"), [
    # recommended against: what there is kept (read as a recommendation of the Indstilling)
    ("Udvalget anbefaler regionsrådet at fastholde den nuværende åbningstid.", "rejected"),
    ("Udvalget anbefaler den kortere åbningstid over for regionsrådet.", "recommended"),
])
def test_round_376_recommended_against_by_keeping_what_there_is(closing, kind):
    clinic = item(9, "Akutklinikkens åbningstid i Haderslev", None,
                  "Administrationen indstiller, at udvalget anbefaler at reducere åbningstiden til kl. 8-22.")
    talk = [("Taler 3", "Borgerne i Haderslev har mistet nok."), ("Taler 1", closing)]
    assert draft_decision(clinic, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("closing", "kind"), [
    # a no on an Indstilling that asks whether: the decision (each read as a refusal)
    ("Vi bliver hjemme i år.", "decided"),
    ("Det bliver et nej til Folkemødet i år.", "decided"),
    ("Vi deltager med et lille telt.", "decided"),
    # the decision itself at the next meeting (read as the decision)
    ("Vi beslutter det på næste møde, når vi kender prisen.", "postponed"),
])
def test_round_377_a_no_decides_a_yes_or_no_choice_and_the_decision_taken_later(closing, kind):
    meeting_day = item(9, "Beslutning om deltagelse i Folkemødet 2025", None,
                       "Kommunaldirektøren indstiller,\n1. at Chefforum beslutter, om kommunen deltager i Folkemødet")
    talk = [("Taler 2", "Det koster 150.000 med telt og transport."), ("Taler 1", closing)]
    assert draft_decision(meeting_day, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize("closing", [
    "Så siger vi ja til Brønderslev, og Thisted kommer, når kommunen har meldt tilbage.",
    # without its commas, as a recogniser writes it (read as an approval on a condition; the stress found it)
    "Så siger vi ja til Brønderslev og Thisted kommer når kommunen har meldt tilbage.",
])
def test_round_378_a_place_held_off_after_og_without_its_comma(closing):
    houses = item(9, "Sundhedshuse i Nordjylland", None, "Koncerndirektionen indstiller,\n1. at der etableres "
                                                         "sundhedshuse i Brønderslev og Thisted\n2. at der afsættes "
                                                         "20 mio. kr.")
    talk = [("Taler 3", "Thisted Kommune har ikke svaret endnu."), ("Taler 1", closing)]
    assert draft_decision(houses, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize(("closing", "kind"), [
    # a limit on the price is no refusal (read as one)
    ("Solgt til højestbydende, dog ikke under fire millioner.", "approved_with_remark"),
    ("Solgt til højestbydende, dog ikke under 4 mio. kr.", "approved_with_remark"),
    # … and a refusal stays one
    ("Skolen sælges ikke til højestbydende.", "rejected"),
    ("Vi sælger ikke over hovedet på byen.", "rejected"),
])
def test_round_379_a_limit_is_no_refusal(closing, kind):
    school = item(9, "Salg af den tidligere skole i Rold", None,
                  "Økonomiudvalget indstiller, at skolen sælges til højestbydende.")
    talk = [("Taler 3", "Vi skal have en mindstepris."), ("Taler 1", closing)]
    assert draft_decision(school, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("closing", "said"), [
    # the rest approved in the passive after the chair's change (read as a plain approval)
    ("Enig, den fryses. Resten godkendes som foreslået.", "Svømmetaksten stiger for meget"),
    ("Pensionister betaler den gamle takst. Resten vedtages.", "Pensionister betaler den gamle takst"),
    # a change said of the member's thing by its pronoun names the member's words
    ("Ja, den holder vi i ro. Resten vedtages.", "Svømmetaksten stiger for meget"),
])
def test_round_379_the_rest_approved_in_the_passive_after_a_change(closing, said):
    rates = item(9, "Godkendelse af takster for 2015", None, "Forvaltningen indstiller, at taksterne godkendes.")
    talk = [("Taler 3", "Svømmetaksten stiger for meget."), ("Taler 1", closing)]
    draft = draft_decision(rates, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark"
    assert said in draft.text


@pytest.mark.parametrize(("agenda_item", "closing", "kind"), [
    # the thing first, let fall (read as an approval)
    (item(9, "Beslutning om kørselspolitik", None, "CBA indstiller, at den nye kørselspolitik godkendes."),
     "Den lader vi falde.", "rejected"),
    # the rates kept where they were, in the passive (read as an approval)
    (item(9, "Godkendelse af takster for 2015", None, "Forvaltningen indstiller, at taksterne godkendes."),
     "Taksterne holdes på sidste års niveau.", "rejected"),
    (item(9, "Godkendelse af takster for 2015", None, "Forvaltningen indstiller, at taksterne godkendes."),
     "Svømmetaksten holdes på sidste års niveau. Resten vedtages.", "approved_with_remark"),
    # something else in place of what is proposed, or done without it (read as an approval with a remark)
    (item(9, "Ny demensenhed på Solgården", None, "Administrationen indstiller, at der etableres en demensenhed på "
                                                 "Solgården."),
     "Så prioriterer vi hjemmeplejen i stedet for enheden.", "rejected"),
    (item(9, "Retningslinjer for hjemmearbejde", None, "Kommunaldirektøren indstiller, at retningslinjerne godkendes."),
     "Så bliver det uden retningslinjer for hjemmearbejde.", "rejected"),
    # … not a detail in place of another
    (item(9, "Ny demensenhed på Solgården", None, "Administrationen indstiller, at der etableres en demensenhed på "
                                                 "Solgården."),
     "Vi etablerer den med to nattevagter i stedet for én.", "approved_with_remark"),
])
def test_round_380_refusals_by_letting_fall_keeping_the_level_and_something_instead(agenda_item, closing, kind):
    talk = [("Taler 3", "Jeg er ikke overbevist."), ("Taler 1", closing)]
    assert draft_decision(agenda_item, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize("closing", ["Den skrives ind, og så er politikken vedtaget.", "De tilføjes. Så sender vi det.",
                                     "Det tages med. Politikken er godkendt."])
def test_round_380_a_demand_written_in_said_in_the_passive(closing):
    policy = item(9, "Beslutning om kørselspolitik", None, "CBA indstiller, at den nye kørselspolitik godkendes.")
    talk = [("Taler 3", "Kørselsgodtgørelsen mangler."), ("Taler 1", closing)]
    draft = draft_decision(policy, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "Kørselsgodtgørelsen mangler" in draft.text


@pytest.mark.parametrize(("talk", "kind"), [
    # praise, a reminder and what comes in time, agreed to, change nothing (each read as the approval's change)
    ([("Taler 3", "Jeg vil gerne rose personalet for arbejdet."), ("Taler 1", "Det er vi enige i. Enheden etableres.")],
     "approved"),
    ([("Taler 3", "Vi skal huske at følge op på den."), ("Taler 1", "Det gør vi. Enheden etableres.")], "approved"),
    ([("Taler 3", "Jeg havde gerne set flere pladser, men det kommer vel."),
      ("Taler 1", "Det kommer med tiden. Enheden etableres.")], "approved"),
    # … a wish agreed to still does
    ([("Taler 3", "Jeg vil gerne have en have til enheden."), ("Taler 1", "Det er vi enige i. Enheden etableres.")],
     "approved_with_remark"),
])
def test_round_381_praise_a_reminder_and_time_are_no_change(talk, kind):
    unit = item(9, "Ny demensenhed på Solgården", None, "Administrationen indstiller, at der etableres en demensenhed på "
                                                      "Solgården.")
    assert draft_decision(unit, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize("closing", [
    # the grant waiting on what must come first, and the decision at the meeting named (each read as an approval)
    "Så må vi have tilbuddene, før vi bevilger noget.",
    "Så får vi tilbuddene til næste møde og beslutter der.",
])
def test_round_381_the_grant_after_what_must_come_first(closing):
    grant = item(9, "Anlægsbevilling til ny daginstitution i Arden", None,
                 "Økonomiudvalget indstiller, at der gives en anlægsbevilling på 18 mio. kr.")
    talk = [("Taler 3", "Tilbuddene er ikke kommet."), ("Taler 1", closing)]
    assert draft_decision(grant, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "postponed"


@pytest.mark.parametrize("closing", ["Ordningen er godkendt, tillægget er ikke.",
                                     "Ordningen godkender vi, tillægget ikke."])
def test_round_381_one_point_not_said_after_a_comma_alone(closing):
    # (read as an approval of both)
    shifts = item(9, "Beslutning om fælles vagtordning", None, "CBA indstiller, at Direktionen:\n1. Godkender en "
                                                               "fælles vagtordning\n2. Godkender et vagttillæg på "
                                                               "1.500 kr. om måneden")
    talk = [("Taler 3", "Tillægget er for højt."), ("Taler 1", closing)]
    assert draft_decision(shifts, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize(("closing", "kind"), [
    # the money spent on something else instead (read as the approval's change)
    ("Så bruger vi pengene på legepladser i stedet.", "rejected"),
    # … not on the thing proposed
    ("Så bruger vi pengene på hundeskoven i stedet.", "approved_with_remark"),
])
def test_round_382_the_money_spent_on_something_else_instead(closing, kind):
    dogs = item(9, "Hundeskov ved Fovrfelt", None, "Forvaltningen indstiller, at der etableres en hundeskov ved "
                                                   "Fovrfelt.")
    talk = [("Taler 3", "Pengene skal bruges på legepladser."), ("Taler 4", "Enig."), ("Taler 1", closing)]
    assert draft_decision(dogs, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_382_a_point_by_its_count_and_the_thing_of_the_clause_before():
    talent = item(9, "Talentprogram", None, "Kommunaldirektøren indstiller,\n1. at talentprogrammet godkendes\n"
                                            "2. at der optages 12 deltagere")
    talk = [("Taler 3", "12 deltagere er for mange første gang."),
            ("Taler 1", "Antallet udskyder vi, resten godkender vi.")]
    assert draft_decision(talent, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"
    minutes = item(1, "Godkendelse af dagsorden og referat", None,
                   "Kommunaldirektøren indstiller,\n1. at dagsordenen godkendes\n2. at referat godkendes")
    for closing in ("Dagsorden: ja. Referatet retter vi og tager næste gang.",
                    "Dagsordenen er godkendt. Referatet retter vi og tager næste gang."):
        talk = [("Taler 3", "Referatet har en fejl om budgettet."), ("Taler 1", closing)]
        assert draft_decision(minutes, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"
    fixed = [("Taler 3", "Referatet har en fejl om budgettet."),
             ("Taler 1", "Dagsordenen er godkendt. Referatet retter vi og godkender.")]
    assert draft_decision(minutes, _spoken(fixed), DIREKTIONEN, chair="Taler 1").kind != "partly_approved"


@pytest.mark.parametrize(("closing", "kind"), [
    # a start said later is a change, as the set reads a later start (read as put off)
    ("Så sætter vi det i gang, men ikke før efter sommerferien.", "approved_with_remark"),
    ("Vi godkender det og sætter det i gang, men ikke før efter sommerferien.", "approved_with_remark"),
    # … the approval itself not before something stays put off, and no start refuses
    ("Vi godkender det, men ikke før budgettet er vedtaget.", "postponed"),
    ("Så sætter vi det ikke i gang.", "rejected"),
])
def test_round_383_a_start_said_later_is_a_change(closing, kind):
    intranet = item(9, "Beslutning om nyt intranet", None, "Kommunaldirektøren indstiller, at det nye intranet "
                                                           "godkendes.")
    talk = [("Taler 3", "Det virker godt."), ("Taler 1", closing)]
    assert draft_decision(intranet, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_383_time_given_to_answer_and_the_case_taken_then():
    rehab = item(9, "Beslutning om neurorehabilitering", None,
                 "Koncerndirektionen indstiller, at regionsrådet beslutter at samle neurorehabiliteringen i Brønderslev.")
    talk = [("Taler 3", "Vi har ikke hørt personalet."),
            ("Taler 1", "Det skal vi. Vi giver personalet tre uger til at svare og tager den så.")]
    assert draft_decision(rehab, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "postponed"


@pytest.mark.parametrize(("talk", "said"), [
    # the answer to "Hvad med …?" in the passive or as what comes along (read as a plain approval)
    ([("Taler 3", "Hvad med borgere, der ikke taler dansk?"), ("Taler 1", "Der bruges tolk. Standarden er godkendt.")],
     "Der bruges tolk"),
    ([("Taler 3", "Hvad med parkering?"), ("Taler 1", "Der følger 20 pladser med. Standarden er godkendt.")],
     "Der følger 20 pladser med"),
    # a demand or a fault said back in two words (read as a plain approval)
    ([("Taler 3", "Fristen er for kort."), ("Taler 1", "Godt, længere frist. Standarden er godkendt.")],
     "Fristen er for kort"),
    ([("Taler 3", "Leverandørerne mangler."), ("Taler 1", "Ja, leverandørerne også. Standarden er godkendt.")],
     "Leverandørerne mangler"),
    ([("Taler 3", "Vi skal bruge en ekstern jurist i stedet."), ("Taler 1", "Fint, ekstern jurist. Standarden er godkendt.")],
     "ekstern jurist"),
])
def test_round_384_an_answer_in_the_passive_and_a_demand_said_back(talk, said):
    standard = item(9, "Godkendelse af kvalitetsstandard", None, "Administrationen indstiller, at standarden godkendes.")
    draft = draft_decision(standard, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and said in draft.text


@pytest.mark.parametrize(("closing", "kind"), [
    # what someone else may refuse, inside what we approve (read as our refusal)
    ("Godkendt, men med tilføjelse af, at lederen kan afslå.", "approved_with_remark"),
    ("Godkendt, men medarbejderne kan sige nej.", "approved_with_remark"),
    # … not the thing first and we who refuse, nor our own refusal beside it
    ("Retningslinjerne må vi afslå.", "rejected"),
    ("Vi afviser dem, men lederen kan afslå.", "rejected"),
])
def test_round_385_what_someone_else_may_refuse_is_no_refusal(closing, kind):
    rules = item(9, "Retningslinjer for hjemmearbejde", None, "Kommunaldirektøren indstiller, at retningslinjerne "
                                                              "godkendes.")
    talk = [("Taler 3", "Ledere skal kunne sige nej."), ("Taler 1", closing)]
    assert draft_decision(rules, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_385_taken_up_again_at_the_next_meeting():
    strategy = item(9, "Regionens klimastrategi", None, "Forretningsudvalget indstiller, at regionsrådet godkender "
                                                        "klimastrategien.")
    talk = [("Taler 3", "Den skal drøftes i grupperne."),
            ("Taler 1", "Sagen henvises til gruppedrøftelse og optages på næste møde.")]
    assert draft_decision(strategy, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "postponed"


@pytest.mark.parametrize(("talk", "kind"), [
    # the members' no, closed by the chair in words that name it fallen or heard (each read as an approval)
    ([("Taler 2", "Jeg er imod."), ("Taler 3", "Også mig."), ("Taler 1", "Så er de faldet.")], "rejected"),
    ([("Taler 2", "Jeg kan ikke se behovet."), ("Taler 3", "Enig."), ("Taler 1", "Jeg hører et nej.")], "rejected"),
    # … a no heard from one, then the approval, stays the approval
    ([("Taler 2", "Jeg er imod."), ("Taler 1", "Jeg hører et nej fra Lise. Retningslinjerne er godkendt.")],
     "approved"),
    # time given to answer first (read as an approval)
    ([("Taler 2", "MED har ikke svaret."), ("Taler 1", "Vi giver MED en måned til at svare.")], "postponed"),
])
def test_round_386_fallen_a_no_heard_and_time_given_to_answer(talk, kind):
    rules = item(9, "Retningslinjer for hjemmearbejde", None, "Kommunaldirektøren indstiller, at retningslinjerne "
                                                              "godkendes.")
    assert draft_decision(rules, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize("talk", [
    # a wish put to next year, or under another point of this meeting, changes nothing (each read as a change)
    [("Taler 3", "Vi vil bare gerne have, at de små spillesteder får mere næste år."),
     ("Taler 1", "Det tager vi med næste år. Så er udmøntningen godkendt.")],
    [("Taler 3", "Jeg vil gerne have et punkt om skolebusser på."),
     ("Taler 1", "Det kan vi tage under informationer. Så er udmøntningen godkendt.")],
])
def test_round_387_a_wish_put_to_next_year_or_under_informationer(talk):
    pool = item(9, "Udmøntning af kulturpuljen", None, "Udvalget for regional udvikling anbefaler, at puljen udmøntes "
                                                        "som foreslået.")
    assert draft_decision(pool, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize(("view", "closing", "kind"), [
    # a view for, or a no said not to be, agreed to stays a yes (the views against are in test_decisions_devset.py)
    ("Det er ikke spild af penge.", "Enig.", "approved"),
    ("Jeg stemmer ja.", "Så er vi enige.", "approved"),
    ("Vi bør ikke udsætte den.", "Det er vi enige om.", "approved"),
    # the title read out names no approval
    ("Den er god.", "Tak.", "approved"),
])
def test_round_388_a_view_for_agreed_to_and_the_title_read_out(view, closing, kind):
    plan = item(3, "Godkendelse af plan for cykelstier", None, "Administrationen indstiller, at planen godkendes.")
    talk = [("Taler 1", "Godkendelse af plan for cykelstier."), ("Taler 3", view), ("Taler 1", closing)]
    assert draft_decision(plan, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("closing", "kind"), [
    # the grant dropped, after the title read out that names it in a compound (read as a part dropped, an approval)
    ("Vi dropper bevillingen.", "rejected"),
    ("Vi dropper bevillingen. Tak for drøftelsen.", "rejected"),
    # … a part the Indstilling does not name, raised before, is still a part
    ("Vi dropper legepladsen.", "approved_with_remark"),
])
def test_round_389_the_thing_dropped_named_in_a_compound_of_the_indstilling(closing, kind):
    grant = item(121, "Anlægsbevilling til ny daginstitution i Arden", None,
                 "Økonomiudvalget indstiller, at der gives en anlægsbevilling på 18 mio. kr.")
    talk = [("Taler 1", "Godkendelse af anlægsbevilling til ny daginstitution i Arden."),
            ("Taler 3", "Legepladsen er dyr."), ("Taler 1", closing)]
    assert draft_decision(grant, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("agenda_item", "talk"), [
    # the title read out with its number and date, or its decision word, was quoted as the approval's change
    (item(49, "Godkendelse af dagsorden til mødet den 4. juni 2020", None,
          "Administrationen indstiller, at:\n  1. dagsorden for mødet den 4. juni bliver godkendt"),
     [("Taler 1", "Er dagsordenen godkendt?"), ("Taler 2", "Ja."), ("Taler 3", "Ja.")]),
    (item(45, "Beslutning om tidsregistrering for chefer", None, "CBA indstiller, at tidsregistrering for chefer "
                                                                 "ophører."),
     [("Taler 3", "Vi foreslår, at chefer ikke længere registrerer tid."), ("Taler 2", "Det sparer tid."),
      ("Taler 1", "Jeg er enig. Tidsregistreringen for chefer ophører fra 1. januar.")]),
])
def test_round_390_the_title_read_out_is_no_change(agenda_item, talk):
    opening = ("Taler 1", f"Punkt {agenda_item.number}: {agenda_item.title}.")
    draft = draft_decision(agenda_item, _spoken([opening, *talk]), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved" and "Punkt" not in draft.text


def test_round_390_a_title_read_by_one_who_says_nothing_else_stays():
    # (who speaks still tells a presentation from a discussion: "Fælles indkøb." "Vi er med i det fælles indkøb.")
    buying = item(8, "Beslutning om fælles indkøb af værnemidler", None,
                  "Koncerndirektionen indstiller, at regionen indgår i det fælles indkøb.")
    talk = [("Taler 2", "Beslutning om fælles indkøb af værnemidler 2021."), ("Taler 1", "Vi er med i det fælles indkøb.")]
    assert draft_decision(buying, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("closing", [
    # a point held off in words the partial reader did not know (each read as putting all off or approving all)
    "Vagtordningen godkender vi, men tillægget vil vi se nærmere på.",
    "Ja til vagtordningen. Tillægget skal have en tur mere.",
    "Vagtordningen godkender vi. Tillægget skubber vi.",
    "Vagtordningen siger vi ja til, men tillægget hviler.",
    "Vagtordningen kører vi med, men tillægget lægger vi på is.",
    "Vagtordningen er på plads. Tillægget ser vi på til næste år.",
    "Vi er klar til vagtordningen. Tillægget mangler vi tal på.",
])
def test_round_391_a_point_held_off_in_more_words(closing):
    shifts = item(9, "Beslutning om fælles vagtordning", None, "CBA indstiller, at Direktionen:\n1. Godkender en "
                                                               "fælles vagtordning\n2. Godkender et vagttillæg på "
                                                               "1.500 kr. om måneden")
    talk = [("Taler 3", "Det ene er klart, det andet ikke."), ("Taler 1", closing)]
    assert draft_decision(shifts, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


def test_round_391_a_point_that_starts_next_year_is_not_held_off():
    shifts = item(9, "Beslutning om fælles vagtordning", None, "CBA indstiller, at Direktionen:\n1. Godkender en "
                                                               "fælles vagtordning\n2. Godkender et vagttillæg på "
                                                               "1.500 kr. om måneden")
    talk = [("Taler 3", "Tillægget kan først betales fra januar."),
            ("Taler 1", "Vagtordningen er godkendt, og tillægget gælder fra næste år.")]
    assert draft_decision(shifts, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind != "partly_approved"


@pytest.mark.parametrize(("problem", "closing", "said"), [
    # a problem raised after the chair's own opening, then the chair's change and the approval (read as plain)
    ("Sproget er svært.", "Vi forenkler sproget. Godkendt.", "Sproget er svært"),
    ("Mange kan ikke om mandagen.", "Så flytter vi det til tirsdag. Så godkender vi den.", "flytter det til tirsdag"),
    # … and problems in more words: dear, unrealistic
    ("Det bliver dyrt for de små klubber.", "Så får de en rabat. Proceduren er godkendt.", "dyrt for de små klubber"),
    ("Tidsplanen er urealistisk.", "Det laver vi om. Godkendt.", "Tidsplanen er urealistisk"),
    # a demand taken in past "Det er en god pointe," (read as plain)
    ("Husk at inddrage MED.", "Det er en god pointe, den kommer med. Godkendt.", "Husk at inddrage MED"),
])
def test_round_392_a_problem_after_the_chairs_opening_and_the_change_that_answers_it(problem, closing, said):
    procedure = item(9, "Godkendelse af procedure for whistleblowerordning", None,
                     "Kommunaldirektøren indstiller, at proceduren godkendes.")
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 3", problem), ("Taler 1", closing)]
    draft = draft_decision(procedure, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and said in draft.text


@pytest.mark.parametrize("closing", [
    # the chair's own limit after the approval, by "må ikke" (read as a plain approval)
    "Proceduren godkendes. Prisen må ikke stige.",
    "Proceduren godkendes, og prisen må ikke stige.",
    "Vi godkender proceduren. Udgiften må ikke overstige 50.000 kroner.",
])
def test_round_393_the_chairs_own_limit_by_ma_ikke(closing):
    procedure = item(9, "Godkendelse af procedure for whistleblowerordning", None,
                     "Kommunaldirektøren indstiller, at proceduren godkendes.")
    talk = [("Taler 2", "Kort om sagen."), ("Taler 3", "Den ser fornuftig ud."), ("Taler 1", closing)]
    draft = draft_decision(procedure, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "ikke må" in draft.text


@pytest.mark.parametrize("closing", [
    # not-yets the postponement family did not know (each read as an approval)
    "Salget skal have et ekstra kig.",
    "Salget bliver sat på næste dagsorden.",
    "Vi parkerer det indtil videre.",
])
def test_round_394_more_not_yets(closing):
    school = item(9, "Salg af den tidligere skole i Rold", None,
                  "Økonomiudvalget indstiller, at skolen sælges til højestbydende.")
    talk = [("Taler 2", "Vi mangler tal."), ("Taler 1", closing)]
    assert draft_decision(school, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "postponed"


@pytest.mark.parametrize(("closing", "kind"), [
    # refusals in words the refusal family did not know (each read as an approval or as nothing decided)
    ("Vi holder os til det, vi har.", "rejected"),
    ("Det bliver uden os.", "rejected"),
    ("Der er ingen opbakning til den.", "rejected"),
    ("Proceduren stopper her.", "rejected"),
    ("Vi lukker proceduren ned.", "rejected"),
    ("Vi går imod proceduren.", "rejected"),
    # … not opbakning to something else, nor keeping the proposal itself
    ("Der er ingen opbakning til at vente. Proceduren er godkendt.", "approved"),
])
def test_round_395_more_refusals(closing, kind):
    procedure = item(9, "Godkendelse af procedure for whistleblowerordning", None,
                     "Kommunaldirektøren indstiller, at proceduren godkendes.")
    talk = [("Taler 2", "Den er for dyr."), ("Taler 1", closing)]
    assert draft_decision(procedure, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_395_a_close_asked_for_is_no_refusal():
    stop = item(9, "Beslutning om tidsregistrering for chefer", None,
                "CBA indstiller, at tidsregistrering for chefer ophører.")
    talk = [("Taler 2", "Den koster meget tid."), ("Taler 1", "Vi lukker tidsregistreringen ned.")]
    assert draft_decision(stop, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


def test_round_395_a_members_bare_enig_to_another_member_is_not_the_rooms_no():
    # (round 388's bare take-ups count only said last: a member's "Enig." to another took the chair's refusal's
    # place as the evidence)
    savings = item(4, "Udmøntning af besparelse", None, "Administrationen indstiller, at udvalget anbefaler "
                                                        "forretningsudvalget og regionsrådet at godkende udmøntningen.")
    talk = [("Taler 2", "Samling af varicebehandlingen."), ("Taler 3", "Det er en dårlig idé for patienterne i syd."),
            ("Taler 4", "Enig."), ("Taler 1", "Så går den ikke videre herfra.")]
    draft = draft_decision(savings, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "rejected" and any("går den ikke videre" in e.text for e in draft.evidence)


def test_round_396_the_passive_answer_read_past_a_hesitation():
    # (the fillers stress found round 384's "Der bruges tolk." missed as "Der, øh, bruges tolk.")
    standard = item(9, "Godkendelse af kvalitetsstandard", None, "Administrationen indstiller, at standarden godkendes.")
    talk = [("Taler 3", "Hvad med borgere, der ikke taler dansk?"),
            ("Taler 1", "Der, øh, bruges tolk. Standarden er godkendt.")]
    assert draft_decision(standard, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved_with_remark"


def test_round_397_so_it_is_adopted_approves_after_a_members_mixed_view():
    # (the synonyms stress found round 388's settle words taking "Så er det vedtaget." as a take-up of the member's
    # "Det er ikke perfekt, …", a refusal)
    intranet = item(13, "Beslutning om nyt intranet", None, "Kommunaldirektøren indstiller, at det nye intranet "
                                                            "godkendes.")
    talk = [("Taler 2", "Intranettet."), ("Taler 3", "Det er ikke perfekt, men det er bedre end det gamle."),
            ("Taler 1", "Så er det vedtaget.")]
    assert draft_decision(intranet, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("closing", [
    "Så siger vi ja, hvis borgerne inddrages.",
    "Vi kan sige ja, hvis borgerne inddrages.",
    "Ja til politikken, hvis borgerne inddrages.",
])
def test_round_398_a_yes_said_with_its_condition(closing):
    policy = item(9, "Beslutning om kørselspolitik", None, "CBA indstiller, at den nye kørselspolitik godkendes.")
    talk = [("Taler 2", "Jeg synes, det ser fornuftigt ud."), ("Taler 1", closing)]
    draft = draft_decision(policy, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "under forudsætning af, at borgerne inddrages" in draft.text


def test_round_398_a_members_own_conditional_yes_is_no_remark_by_itself():
    policy = item(9, "Beslutning om kørselspolitik", None, "CBA indstiller, at den nye kørselspolitik godkendes.")
    talk = [("Taler 2", "Jeg kan sige ja, hvis borgerne inddrages."), ("Taler 1", "Godkendt.")]
    assert draft_decision(policy, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("closing", [
    "Vi har besluttet ikke at hjemtage rengøringen på skolerne.",
    "Vi vælger ikke at hjemtage rengøringen.",
    "Vi har valgt ikke at hjemtage rengøringen.",
])
def test_round_399_an_act_decided_not_to_be_done_refuses(closing):
    cleaning = item(9, "Hjemtagelse af rengøring", None, "CBA indstiller, at rengøringen på skolerne hjemtages.")
    talk = [("Taler 2", "Det er jeg imod."), ("Taler 1", closing)]
    assert draft_decision(cleaning, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


def test_round_399_a_wait_chosen_against_is_no_refusal():
    cleaning = item(9, "Hjemtagelse af rengøring", None, "CBA indstiller, at rengøringen på skolerne hjemtages.")
    talk = [("Taler 2", "Skal vi vente?"), ("Taler 1", "Nej, vi vælger ikke at vente. Rengøringen hjemtages.")]
    assert draft_decision(cleaning, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize(("closing", "remark"), [
    ("Vi godkender den og tager bemærkningerne med.", "med de bemærkninger, der faldt"),
    ("Godkendt, og administrationen indarbejder bemærkningerne.", "med de bemærkninger, der faldt"),
    ("Kommentarerne tages med, og så er den godkendt.", "med de bemærkninger, der faldt"),
    ("Godkendt. Forvaltningen retter det, vi har nævnt.", "med de rettelser, der blev nævnt"),
])
def test_round_400_the_remarks_made_taken_in_by_reference(closing, remark):
    policy = item(9, "Beslutning om kørselspolitik", None, "CBA indstiller, at den nye kørselspolitik godkendes.")
    talk = [("Taler 2", "Der mangler et afsnit om klima."), ("Taler 1", closing)]
    draft = draft_decision(policy, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and remark in draft.text


def test_round_400_the_remarks_taken_along_without_an_approval_stay_a_discussion():
    theme = item(9, "Temadrøftelse om ledelse af ledere", None, "CBA indstiller, at temaet drøftes.")
    talk = [("Taler 2", "Der mangler noget om klima."),
            ("Taler 1", "Godt. Administrationen tager bemærkningerne med i det videre arbejde.")]
    assert draft_decision(theme, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "discussed"


@pytest.mark.parametrize("closing", ["Der gives afslag.", "Det forbliver som i dag.", "Status quo."])
def test_round_401_more_refusals_said_as_the_close(closing):
    policy = item(9, "Beslutning om kørselspolitik", None, "CBA indstiller, at den nye kørselspolitik godkendes.")
    talk = [("Taler 2", "Den er for dyr."), ("Taler 1", closing)]
    assert draft_decision(policy, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


def test_round_401_the_rest_as_today_beside_an_approval_is_no_refusal():
    policy = item(9, "Beslutning om kørselspolitik", None, "CBA indstiller, at den nye kørselspolitik godkendes.")
    talk = [("Taler 2", "Den er fin."), ("Taler 1", "Godkendt. Resten bliver som i dag.")]
    assert draft_decision(policy, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize(("closing", "kind"), [
    ("Så er forslaget vedtaget.", "approved"),
    ("Forslaget er hermed vedtaget.", "approved"),
    ("To imod og en for. Indstillingen om at afvise forslaget er vedtaget.", "rejected"),
    ("Forslaget er ikke vedtaget.", "rejected"),
])
def test_round_402_the_members_proposal_passed_against_an_indstilling_that_refuses(closing, kind):
    parking = item(9, "Forslag om gratis parkering i midtbyen", None,
                   "Forvaltningen indstiller, at forslaget ikke imødekommes.")
    talk = [("Taler 2", "Jeg er for."), ("Taler 3", "Jeg er imod."), ("Taler 1", closing)]
    assert draft_decision(parking, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("closing", "kind"), [
    ("Den må komme igen.", "postponed"),
    ("Den skal omarbejdes og fremlægges igen.", "postponed"),
    ("Sagen skal forelægges igen.", "postponed"),
    ("Godkendt. Budgettet skal forelægges igen.", "approved_with_remark"),
])
def test_round_403_the_case_to_come_again_by_its_pronoun(closing, kind):
    procedure = item(9, "Godkendelse af procedure for whistleblowerordning", None,
                     "Kommunaldirektøren indstiller, at proceduren godkendes.")
    talk = [("Taler 2", "Vi mangler tal."), ("Taler 1", closing)]
    assert draft_decision(procedure, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize("closing", [
    "Strategien kan godkendes nu, evalueringen først i juni.",
    "Strategien godkendes, evalueringen gør vi ikke.",
    "Vi tager strategien i dag og evalueringen næste gang.",
])
def test_round_404_the_other_point_held_off_in_an_elliptic_clause(closing):
    strategy = item(9, "Godkendelse af kompetencestrategi 2025-2027", None,
                    "Kommunaldirektøren indstiller,\n1. at kompetencestrategien godkendes\n2. at strategien evalueres "
                    "i 2027")
    talk = [("Taler 2", "Der mangler noget i evalueringen."), ("Taler 1", closing)]
    assert draft_decision(strategy, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize(("demand", "closing"), [
    ("Den skal også gælde vikarer.", "Helt sikkert. Så er den godkendt."),
    ("Jeg savner et afsnit om de frivillige.", "Det er en god tilføjelse. Godkendt."),
    ("Der skal stå noget om klima.", "Det er helt i orden. Godkendt."),
    ("Fristen bør være tre måneder.", "Det skal vi nok. Godkendt."),
    ("Den skal også gælde vikarer.", "Godkendt, og ja, det tager vi med."),
    ("Den skal også gælde vikarer.", "Godkendt. Og ja, det kommer med."),
    ("Datoen er forkert, det er den 12.", "Det gør vi. Den er godkendt."),
])
def test_round_405_a_demand_taken_up_in_more_words_or_after_the_approval(demand, closing):
    policy = item(9, "Beslutning om kørselspolitik", None, "CBA indstiller, at den nye kørselspolitik godkendes.")
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 3", demand), ("Taler 1", closing)]
    draft = draft_decision(policy, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and demand in draft.text


def test_round_405_it_is_arranged_already_is_no_take_up():
    # (the set reads "Det er aftalt." as told, arranged already: c6436)
    arden = item(9, "Anlægsbevilling til Arden", None, "Administrationen indstiller, at der gives en anlægsbevilling.")
    talk = [("Taler 2", "Arden."), ("Taler 3", "Institutionen bør have solceller."),
            ("Taler 1", "Det er aftalt. Bevillingen gives.")]
    assert draft_decision(arden, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("closing", [
    "Den bliver godkendt, men først efter høringen.",
    "Vi kan sagtens godkende den, men først når MED har sagt god for den.",
    "Den skal rettes til og så på næste møde.",
])
def test_round_406_the_approval_only_later_and_the_next_meeting_without_its_verb(closing):
    procedure = item(9, "Godkendelse af procedure for whistleblowerordning", None,
                     "Kommunaldirektøren indstiller, at proceduren godkendes.")
    talk = [("Taler 2", "Den er god."), ("Taler 3", "Men MED skal høres."), ("Taler 1", closing)]
    assert draft_decision(procedure, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "postponed"


@pytest.mark.parametrize("said", [
    "Datoen rettes til den 12.", "Vi stryger afsnit tre.", "Der indsættes et afsnit om klima.",
    "Vi udvider den til også at gælde vikarer.", "Perioden afkortes til to år.", "Der skrives et afsnit om klima ind.",
])
def test_round_407_the_approvers_change_said_after_a_short_approval(said):
    policy = item(9, "Beslutning om kørselspolitik", None, "CBA indstiller, at den nye kørselspolitik godkendes.")
    talk = [("Taler 2", "Den er god."), ("Taler 1", f"Godkendt. {said}")]
    draft = draft_decision(policy, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and said.rstrip(".")[1:] in draft.text


@pytest.mark.parametrize("closing", [
    "Vi godkender alle undtagen talentforløbet. Talentforløbet kommer igen.",
    "Alt andet end talentforløbet er godkendt. Talentforløbet kommer igen.",
    "Vi siger ja til det hele undtagen talentforløbet. Den venter.",
])
def test_round_409_the_point_an_approval_excepts_is_held_off_not_done(closing):
    leaders = item(3, "Lederudviklingsaktiviteter", None, "CBA indstiller, at Direktionen:\n1. Godkender at der "
                   "udarbejdes en velkomstpakke til nye ledere\n2. Godkender at netværk for niveau 4 og 5 ledere justeres\n"
                   "3. Godkender at der igangsættes en erfaringsindsamling\n4. Godkender at der forelægges en ny sag om "
                   "talentudviklingsforløb")
    talk = [("Taler 2", "Jeg er usikker på talentforløbet."), ("Taler 1", closing)]
    assert draft_decision(leaders, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize(("said", "written"), [
    ("Indstilling 1 og 2 godkendes. 3 afvises.", "Indstilling 1 og 2 godkendes. Tre afvises."),
    ("Så godkender vi 1 til 3. 4 afviser vi, og 5 kommer igen.", "Så godkender vi et til tre. Fire afviser vi, og fem kommer igen."),
    ("Vi starter med de 2 første.", "Vi starter med de to første."),
    ("Vi giver 2 millioner den 2. juni klokken 5.", "Vi giver 2 millioner den 2. juni klokken 5."),
    ("Punkt 1, 2 og 4 godkendes.", "Punkt 1, 2 og 4 godkendes."),
])
def test_round_410_a_point_said_alone_by_its_digit_is_written_in_words(said, written):
    assert written_out(said) == written


@pytest.mark.parametrize(("closing", "kind"), [
    ("Indstilling 1 og 2 godkendes. 3 afvises.", "partly_approved"),
    ("1 og 2 er på plads. 3 tager vi næste gang.", "partly_approved"),
    ("Så godkender vi 1 til 3. 4 afviser vi, og 5 kommer igen efter sommer.", "partly_approved"),
])
def test_round_410_points_by_their_digits_as_a_recogniser_writes_them(closing, kind):
    cancer = item(47, "Styrket kræftindsats", None, "Koncerndirektionen indstiller,\n1. at handleplanen godkendes\n"
                  "2. at der ansættes fem kræftkoordinatorer\n3. at der gives 4 mio. kr. til screening\n"
                  "4. at der oprettes et patientpanel\n5. at der laves en evaluering")
    talk = [("Taler 2", "Screeningen kan vente."), ("Taler 1", closing)]
    assert draft_decision(cancer, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize("closing", [
    "Så holder udvalget de ugentlige møder og dropper strategimødet.",
    "Så lader udvalget strategimødet ligge. De ugentlige møder er godkendt.",
])
def test_round_411_the_forum_naming_itself_in_a_partial_approval(closing):
    meetings = item(5, "Ny mødestruktur", None, "CBA indstiller, at Direktionen:\n1. Godkender ugentlige møder\n"
                    "2. Godkender et månedligt strategimøde")
    talk = [("Taler 2", "Et strategimøde hver måned er for meget."), ("Taler 1", closing)]
    assert draft_decision(meetings, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


def test_round_411_the_forum_adopting_a_target_on_a_refusing_indstilling_grants_it():
    organic = item(8, "Forslag fra SF om økologi i kommunens køkkener", None,
                   "Økonomiudvalget indstiller, at forslaget ikke imødekommes.")
    talk = [("Taler 2", "Det kan vi støtte."), ("Taler 1", "Så vedtager udvalget et mål om 60 procent økologi i 2025.")]
    # (the grant stands; said with "vi" the target is also the remark, here not yet)
    assert draft_decision(organic, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize(("talk", "said"), [
    ([("Taler 2", "Tonen er for hård."), ("Taler 1", "Vi bløder tonen op og sender det.")], "bløder tonen op"),
    ([("Taler 2", "Tonen er for hård."), ("Taler 1", "Vi nedtoner kritikken og sender det.")], "nedtoner kritikken"),
])
def test_round_412_softening_the_text_is_a_change(talk, said):
    answer = item(7, "Høringssvar", None, "Administrationen indstiller, at høringssvaret sendes.")
    draft = draft_decision(answer, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and said in draft.text


def test_round_412_something_approved_besides_with_samt():
    unit = item(9, "Ny demensenhed på Solgården", None, "Administrationen indstiller, at der etableres en demensenhed på "
                                                        "Solgården.")
    talk = [("Taler 2", "Beboerne savner udeliv."), ("Taler 1", "Vi etablerer enheden samt en sansehave.")]
    draft = draft_decision(unit, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "med tilføjelse af en sansehave" in draft.text


@pytest.mark.parametrize(("closing", "kind"), [
    ("Det er et nej for i dag, men sagen kommer igen.", "postponed"),
    ("Den bliver ikke godkendt i dag, men på næste møde.", "postponed"),
    ("Den kan vi ikke godkende, før MED har set den.", "postponed"),
    # (not today together with something new refuses, as the set has it)
    ("Så godkender vi ikke indstillingen i dag, og CBA beskriver etikken til næste møde.", "rejected"),
])
def test_round_413_a_no_for_today_that_waits(closing, kind):
    procedure = item(9, "Godkendelse af procedure for whistleblowerordning", None,
                     "Kommunaldirektøren indstiller, at proceduren godkendes.")
    talk = [("Taler 2", "Vi mangler tal."), ("Taler 1", closing)]
    assert draft_decision(procedure, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize("closing", ["Det lader vi være.", "Vi må melde pas.", "Vi trækker stikket.",
                                     "Den får lov at falde."])
def test_round_414_idioms_of_a_no(closing):
    grant = item(9, "Anlægsbevilling til klimatilpasning", None, "Borgmesteren indstiller, at der gives en "
                                                                  "anlægsbevilling på 12 mio. kr.")
    talk = [("Taler 2", "Jeg synes, det er en god idé, men økonomien holder ikke."), ("Taler 1", closing)]
    assert draft_decision(grant, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


@pytest.mark.parametrize(("closing", "remark"), [
    ("Godkendt som en prøve i et år.", "som prøve i et år"),
    ("Godkendt som pilotprojekt i to afdelinger.", "som pilotprojekt i to afdelinger"),
    ("Godkendt i en prøveperiode på seks måneder.", "med en prøveperiode på seks måneder"),
    ("Godkendt på prøve.", "at det er på prøve"),
    ("Godkendt midlertidigt.", "at det er midlertidigt"),
    ("Godkendt frem til 2027.", "at det gælder frem til 2027"),
    ("Godkendt, begrænset til ét år.", "at det gælder for ét år"),
])
def test_round_415_an_approval_on_trial_or_limited_in_time(closing, remark):
    policy = item(9, "Beslutning om kørselspolitik", None, "CBA indstiller, at den nye kørselspolitik godkendes.")
    talk = [("Taler 2", "Den er god."), ("Taler 1", closing)]
    draft = draft_decision(policy, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and remark in draft.text


@pytest.mark.parametrize("closing", [
    "Godkendt med undtagelse af erfaringsindsamlingen.", "Godkendt minus erfaringsindsamlingen.",
    "Godkendt, eksklusive erfaringsindsamlingen.", "Godkendt, erfaringsindsamlingen undtaget.",
    "Godkendt, dog uden erfaringsindsamlingen.", "Vi godkender det hele, dog ikke erfaringsindsamlingen.",
    "Godkendt, idet erfaringsindsamlingen udgår.", "Godkendt, når vi ser bort fra erfaringsindsamlingen.",
])
def test_round_416_a_numbered_point_left_out_in_more_words(closing):
    leaders = item(3, "Lederudviklingsaktiviteter", None, "CBA indstiller, at Direktionen:\n1. Godkender at der "
                   "udarbejdes en velkomstpakke til nye ledere\n2. Godkender at netværk for niveau 4 og 5 ledere justeres\n"
                   "3. Godkender at der igangsættes en erfaringsindsamling")
    talk = [("Taler 2", "Jeg er usikker på erfaringsindsamlingen."), ("Taler 1", closing)]
    assert draft_decision(leaders, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


def test_round_416_a_part_that_is_no_numbered_point_left_out_is_a_remark():
    cafes = item(54, "Genåbning af caféer", None, "Administrationen indstiller, at caféerne genåbnes 15. juni.")
    talk = [("Taler 2", "Den er god."), ("Taler 1", "Godkendt minus koordinatoren.")]
    draft = draft_decision(cafes, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "med undtagelse af koordinatoren" in draft.text


def test_round_417_the_case_sent_back_with_the_remarks_made_is_put_off():
    procedure = item(9, "Godkendelse af procedure for whistleblowerordning", None,
                     "Kommunaldirektøren indstiller, at proceduren godkendes.")
    talk = [("Taler 2", "Der mangler noget om klima."), ("Taler 1", "Den går retur med bemærkningerne.")]
    assert draft_decision(procedure, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "postponed"


def test_round_400_mend_the_remarks_taken_to_efterretning_are_no_remark_by_reference():
    # (reading git diff 7d45396: "tager bemærkningerne" matched without "med", so "… og tager bemærkningerne til
    # efterretning" would have become "med de bemærkninger, der faldt")
    policy = item(9, "Beslutning om kørselspolitik", None, "CBA indstiller, at den nye kørselspolitik godkendes.")
    talk = [("Taler 2", "Fin."), ("Taler 1", "Vi godkender politikken og tager bemærkningerne fra MED til efterretning.")]
    assert "med de bemærkninger, der faldt" not in draft_decision(policy, _spoken(talk), DIREKTIONEN,
                                                                   chair="Taler 1").text


def test_round_418_new_material_wished_for_the_next_meeting_puts_the_decision_off():
    onboarding = item(16, "Beslutning om fælles onboarding", None,
                      "Kommunaldirektøren indstiller, at der indføres fælles onboarding for nye medarbejdere.")
    talk = [("Taler 2", "Vi mangler at høre, hvad det koster."), ("Taler 3", "Og HR skal være med i designet."),
            ("Taler 1", "Så lad os få et oplæg med økonomien og HR's vurdering til næste møde.")]
    assert draft_decision(onboarding, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "postponed"


def test_round_419_the_change_asked_for_made_by_the_administration_is_a_remark():
    grants = item(45, "Tilskud til foreningernes lokaler", None, "Forvaltningen indstiller, at tilskuddet godkendes.")
    talk = [("Taler 2", "Kunne vi ikke have et grundtilskud i bunden?"), ("Taler 3", "Det er jeg enig i."),
            ("Taler 1", "Så godkender vi modellen, og forvaltningen lægger et grundtilskud ind for de små foreninger.")]
    draft = draft_decision(grants, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "grundtilskud" in draft.text


def test_round_419_a_delivery_given_along_stays_a_follow_up():
    grants = item(45, "Tilskud til foreningernes lokaler", None, "Forvaltningen indstiller, at tilskuddet godkendes.")
    talk = [("Taler 2", "Kunne vi ikke have et grundtilskud i bunden?"), ("Taler 3", "Det er jeg enig i."),
            ("Taler 1", "Godkendt, og forvaltningen sender et notat om grundtilskud til foreningerne.")]
    assert draft_decision(grants, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("closing", [
    "Så etablerer vi hundeskoven, og der kommer et hegn mod cykelstien.",
    "Så er vi enige om at etablere hundeskoven, og at der kommer et hegn mod cykelstien.",
])
def test_round_420_what_the_own_act_adds_after_og_is_a_remark(closing):
    dogs = item(10, "Forslag om etablering af hundeskov", None,
                "Forvaltningen indstiller, at der etableres en hundeskov ved Fovrfelt.")
    talk = [("Taler 2", "Jeg er positiv, men vi skal huske hegnet mod cykelstien."), ("Taler 1", closing)]
    draft = draft_decision(dogs, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "at der kommer et hegn mod cykelstien" in draft.text


def test_round_420_the_items_next_step_by_its_noun_is_no_remark():
    grant = item(7, "Anlægsbevilling", None, "Koncerndirektionen indstiller, at der gives en anlægsbevilling på 3,5 mio. kr.")
    talk = [("Taler 3", "Men vi har ikke set projektet endnu."),
            ("Taler 1", "Vi giver bevillingen, og projektet forelægges regionsrådet i marts.")]
    assert draft_decision(grant, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


def test_round_421_the_second_part_by_its_ordinal_coming_back_is_a_partial_approval():
    advice = item(4, "Godkendelse af anbefalinger fra projektudvalget", None,
                  "Administrationen indstiller, at\n1. anbefalinger til plejecentre godkendes")
    talk = [("Taler 2", "Den første kan jeg godt støtte."), ("Taler 3", "Men den anden kræver en vurdering af jura."),
            ("Taler 1", "Så godkender vi den første anbefaling, og den anden kommer tilbage.")]
    assert draft_decision(advice, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


def test_round_422_the_decision_taken_afterwards_is_put_off():
    hall = item(12, "Navngivning af ny idrætshal", None, "Forvaltningen indstiller, at udvalget beslutter navnet på "
                                                          "den nye hal.")
    talk = [("Taler 2", "Jeg synes, borgerne skal høres."),
            ("Taler 1", "God idé. Vi laver en afstemning blandt borgerne og træffer beslutning bagefter.")]
    assert draft_decision(hall, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "postponed"


def test_round_423_a_numbered_point_to_be_treated_at_the_next_meeting_in_the_passive_is_held_off():
    acute = item(5, "Ny struktur for akutmodtagelser", None, "Administrationen indstiller, at udvalget anbefaler\n"
                 "1. at akutmodtagelsen i Sønderborg fastholdes\n2. at åbningstiden i Haderslev reduceres")
    talk = [("Taler 2", "Sønderborg er der enighed om."), ("Taler 3", "Haderslev skal vi drøfte mere."),
            ("Taler 1", "Så anbefaler vi, at Sønderborg fastholdes. Åbningstiden i Haderslev behandles på næste møde.")]
    assert draft_decision(acute, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


def test_round_424_the_case_treated_afterwards_is_put_off():
    policy = item(9, "Godkendelse af rekrutteringspolitik", None,
                  "Kommunaldirektøren indstiller, at rekrutteringspolitikken godkendes.")
    talk = [("Taler 2", "MED har ikke haft den."),
            ("Taler 1", "Så forelægges den MED, og vi behandler den derefter.")]
    assert draft_decision(policy, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "postponed"


def test_round_425_the_thing_asked_for_taken_in_by_name_before_the_approval_is_a_remark():
    canteen = item(9, "Beslutning om ny kantineordning", None, "CBA indstiller, at den nye kantineordning godkendes.")
    talk = [("Taler 2", "Vi bør have en salatbar."), ("Taler 1", "Salatbaren tager vi med. Godkendt.")]
    draft = draft_decision(canteen, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "salatbar" in draft.text


@pytest.mark.parametrize(("closing", "remark"), [
    ("Så vedtager vi planen med den højere parkeringsnorm.", "med den højere parkeringsnorm"),
    ("Vedtaget med den nye parkeringsnorm.", "med den nye parkeringsnorm"),
])
def test_round_426_an_approval_with_a_thing_by_its_adjective_is_a_remark(closing, remark):
    plan = item(7, "Lokalplan 42 for boliger ved Hadsund Syd", None,
                "Økonomiudvalget indstiller, at lokalplanen vedtages endeligt.")
    talk = [("Taler 2", "Parkeringsnormen er for lav."), ("Taler 4", "Vi kan hæve den til 1,5 plads pr. bolig."),
            ("Taler 1", closing)]
    draft = draft_decision(plan, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and remark in draft.text


def test_round_426_the_proposed_thing_by_its_adjective_is_no_remark():
    plan = item(7, "Lokalplan 42 for boliger ved Hadsund Syd", None,
                "Økonomiudvalget indstiller, at lokalplanen vedtages endeligt.")
    talk = [("Taler 2", "Den er fin."), ("Taler 1", "Så vedtager vi planen med den foreslåede parkeringsnorm.")]
    assert draft_decision(plan, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("in_passing", ["Enig.", "Det kan jeg støtte.", "Tak.", "Det ville være fint.", "Godt."])
def test_round_427_a_word_in_passing_between_the_promise_and_the_approval_keeps_the_remark(in_passing):
    plan = item(6, "Godkendelse af handleplan for trivsel", None, "Kommunaldirektøren indstiller, at handleplanen "
                                                                  "godkendes.")
    talk = [("Taler 2", "Jeg synes, vi skal have nærværsledelse med som et fjerde spor."),
            ("Taler 4", "Det kan vi sagtens lægge ind."), ("Taler 3", in_passing),
            ("Taler 1", "Godt. Så er handleplanen godkendt.")]
    draft = draft_decision(plan, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "nærværsledelse" in draft.text


@pytest.mark.parametrize("answer", ["Det kan vi ikke.", "Det er allerede med."])
def test_round_427_a_wish_not_granted_stays_out_past_a_word_in_passing(answer):
    plan = item(6, "Godkendelse af handleplan for trivsel", None, "Kommunaldirektøren indstiller, at handleplanen "
                                                                  "godkendes.")
    talk = [("Taler 2", "Jeg synes, vi skal have nærværsledelse med som et fjerde spor."), ("Taler 4", answer),
            ("Taler 3", "Enig."), ("Taler 1", "Godt. Så er handleplanen godkendt.")]
    assert draft_decision(plan, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("closing", ["Så lader vi den ligge for godt.", "Den lader vi ligge for altid."])
def test_round_428_a_case_left_for_good_is_refused(closing):
    friday = item(8, "Beslutning om fælles mødefri fredag", None, "CBA indstiller, at der indføres mødefri fredag.")
    talk = [("Taler 2", "Det passer ikke til vores drift."), ("Taler 1", closing)]
    assert draft_decision(friday, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


def test_round_429_an_offer_taken_by_the_member_who_asked_keeps_the_remark():
    plan = item(6, "Godkendelse af procesplan for budget 2026", None, "CBA indstiller, at procesplanen godkendes.")
    talk = [("Taler 2", "Jeg savner, at de faglige organisationer bliver inddraget tidligere."),
            ("Taler 4", "Vi kan flytte dialogmødet til marts."), ("Taler 2", "Det ville være fint."),
            ("Taler 1", "Så er procesplanen godkendt.")]
    draft = draft_decision(plan, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "dialogmødet" in draft.text


@pytest.mark.parametrize("closing", ["Så kan vi desværre ikke imødekomme ansøgningen.",
                                     "Den kan vi desværre ikke godkende.", "Vi kan altså ikke støtte den."])
def test_round_430_a_no_past_a_modal_particle_refuses(closing):
    festival = item(8, "Ansøgning om underskudsgaranti til musikfestival", None,
                    "Forvaltningen indstiller, at der gives en underskudsgaranti på 200.000 kr.")
    talk = [("Taler 2", "Vi har ikke råd."), ("Taler 1", closing)]
    assert draft_decision(festival, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


@pytest.mark.parametrize(("closing", "kind"), [
    ("Konklusionen er, at prisen fastholdes.", "rejected"),
    ("Der er enighed om at fastholde den nuværende pris.", "rejected"),
    ("Der er enighed om at beholde den nuværende pris.", "rejected"),
    ("Der er enighed om at godkende indstillingen.", "approved"),
])
def test_round_431_what_is_concluded_or_agreed_on_keeping_things_as_they_are_refuses(closing, kind):
    price = item(5, "Godkendelse af ny billetpris i svømmehallen", None,
                 "Forvaltningen indstiller, at billetprisen hæves til 45 kr.")
    talk = [("Taler 2", "Lad os holde den."), ("Taler 1", closing)]
    assert draft_decision(price, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize("closing", [
    "Godkendt. Det blev præciseret, at de frivillige inddrages.",
    "Godkendt. Det forudsættes, at de frivillige inddrages.",
    "Godkendt. Udvalget understreger vigtigheden af, at de frivillige inddrages.",
])
def test_round_432_a_note_in_the_written_register_after_the_approval_is_a_remark(closing):
    plan = item(6, "Godkendelse af handleplan for trivsel", None, "Kommunaldirektøren indstiller, at handleplanen "
                                                                  "godkendes.")
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 2", "Planen er god."), ("Taler 3", "Men de frivillige mangler."),
            ("Taler 1", closing)]
    draft = draft_decision(plan, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "med den bemærkning, at de frivillige inddrages" in draft.text




@pytest.mark.parametrize(("closing", "kind"), [
    ("Udvalget afslog ansøgningen.", "rejected"),
    ("Udvalget valgte at fastholde den nuværende ordning.", "rejected"),
    ("Direktionen fulgte ikke indstillingen.", "rejected"),
    ("Udvalget besluttede at udsætte sagen.", "postponed"),
])
def test_round_433_the_forums_act_dictated_in_the_past_is_read_as_said_now(closing, kind):
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 2", "Jeg har nogle bekymringer."), ("Taler 1", closing)]
    assert draft_decision(_FESTIVAL, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_434_the_indstilling_lapsed_is_refused():
    # (a member's amendment that lapsed refuses nothing: round 165)
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 2", "Jeg har nogle bekymringer."),
            ("Taler 1", "Indstillingen bortfaldt.")]
    assert draft_decision(_FESTIVAL, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


@pytest.mark.parametrize("closing", [
    "Sagen blev sendt tilbage til administrationen.", "Udvalget ønsker sagen forelagt igen med et nyt økonomiskøn.",
    "Udvalget ønskede yderligere oplysninger, inden der træffes beslutning.",
])
def test_round_435_the_case_sent_back_or_wished_again_in_the_minutes_words_is_put_off(closing):
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 2", "Jeg har nogle bekymringer."), ("Taler 1", closing)]
    assert draft_decision(_FESTIVAL, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "postponed"


@pytest.mark.parametrize(("closing", "kind"), [
    ("Det går vi ikke med til.", "rejected"), ("Udvalget takkede nej.", "rejected"),
    ("Det tager vi stilling til senere.", "postponed"), ("Vi når ikke at beslutte det i dag.", "postponed"),
])
def test_round_436_a_members_view_gives_way_to_the_chairs_last_word_holding_back(closing, kind):
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 2", "Jeg synes, vi skal godkende den."), ("Taler 1", closing)]
    assert draft_decision(_FESTIVAL, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize("closing", [
    "Vi kommer ikke til at godkende den.", "Der bliver ikke tale om en godkendelse.", "Det kan der ikke blive tale om.",
    "Der er ikke basis for at godkende den.", "Det bliver uden vores godkendelse.", "Vi vil hellere lade være.",
])
def test_round_437_a_no_in_more_words_refuses(closing):
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 2", "Det lyder fornuftigt."), ("Taler 3", "Men der er problemer."),
            ("Taler 1", closing)]
    assert draft_decision(_FESTIVAL, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


@pytest.mark.parametrize("closing", [
    "Den skal på igen.", "Vi kommer tilbage til det.", "Vi beslutter det på et senere tidspunkt.",
    "Den beslutning må vente.",
])
def test_round_438_a_not_yet_in_more_words_puts_off(closing):
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 2", "Det lyder fornuftigt."), ("Taler 3", "Men der er problemer."),
            ("Taler 1", closing)]
    assert draft_decision(_FESTIVAL, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "postponed"


@pytest.mark.parametrize("yes", [[("Taler 2", "Jeg kan godt godkende den.")],
                                 [("Taler 2", "Kan vi godkende den?"), ("Taler 3", "Ja, det synes jeg.")]])
@pytest.mark.parametrize(("closing", "kind"), [("Det går vi ikke med til.", "rejected"),
                                               ("Det tager vi stilling til senere.", "postponed")])
def test_round_439_a_members_own_yes_gives_way_to_the_chairs_last_word_holding_back(yes, closing, kind):
    talk = [("Taler 1", "Vi tager punktet."), *yes, ("Taler 1", closing)]
    assert draft_decision(_FESTIVAL, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_439_the_chairs_own_yes_is_not_overruled_by_a_members_doubt():
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 1", "Jeg kan godt godkende den."),
            ("Taler 2", "Jeg er ikke sikker.")]
    assert draft_decision(_FESTIVAL, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize(("closing", "kind"), [("Ingen mødefri fredag.", "rejected"),
                                               ("Mødefri fredag, ingen bemærkninger.", "approved")])
def test_round_440_the_indstillings_thing_said_with_ingen_refuses(closing, kind):
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 2", "Det er en god idé."), ("Taler 1", closing)]
    assert draft_decision(_FREE_FRIDAY, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_441_a_thing_of_two_words_dropped_is_refused():
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 2", "Det er en god idé."),
            ("Taler 1", "Mødefri fredag er droppet.")]
    assert draft_decision(_FREE_FRIDAY, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


def test_round_441_a_price_that_stands_where_it_stands_is_refused():
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 2", "Jeg kan godt støtte den."),
            ("Taler 1", "Prisen står, hvor den står.")]
    assert draft_decision(_TICKET_PRICE, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


_ACUTE = item(5, "Ny struktur for akutmodtagelser", None, "Administrationen indstiller, at udvalget anbefaler\n"
              "1. at akutmodtagelsen i Sønderborg fastholdes\n2. at åbningstiden i Haderslev reduceres")


@pytest.mark.parametrize(("proposal", "closing"), [
    (_ACUTE, "Så anbefaler vi kun punkt et."), (_ACUTE, "Sønderborg ja, Haderslev venter."),
    (_ACUTE, "Sønderborg kan vi anbefale. Haderslev skal vi have mere viden om."),
    (_AI_POINTS, "Alle punkter undtagen det sidste er godkendt."),
])
def test_round_442_a_partial_approval_in_more_natural_words(proposal, closing):
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 2", "Det meste er fint."), ("Taler 1", closing)]
    assert draft_decision(proposal, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize("closing", ["Godkendt, som Kristine foreslog.", "Godkendt med det, Kristine sagde.",
                                     "Vi tager Kristines pointe med. Godkendt.",
                                     "Vi følger Kristines forslag, og så er den godkendt."])
def test_round_443_the_wish_of_the_member_named_by_the_approver_is_the_remark(closing):
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 2", "Jeg synes, vi skal have de frivillige med i planen."),
            ("Taler 1", closing)]
    draft = draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "de frivillige" in draft.text


def test_round_443_siding_with_a_member_is_no_remark():
    grant = item(9, "Udmøntning af kulturpuljen", None, "Forvaltningen indstiller, at puljen udmøntes.")
    talk = [("Taler 3", "Jeg vil gerne have, at vi venter, til vi kender næste års budget."),
            ("Taler 4", "Men foreningerne har brug for svar nu."),
            ("Taler 1", "Jeg er enig med Anders. Puljen udmøntes nu.")]
    assert draft_decision(grant, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


def test_round_431_mend_only_an_infinitive_agreed_on_is_read_as_what_we_do():
    # (reading git diff d140a19: any "at"-clause opening with a word in -e was read as an infinitive, so "…, at
    # medarbejderne får en mentor" became "vi medarbejderner får en mentor")
    from referat.minutes.answers import concluded
    assert concluded("konklusionen er, at medarbejderne får en mentor.") == "medarbejderne får en mentor."
    assert concluded("der er enighed om at fastholde den nuværende pris.") == "vi fastholder den nuværende pris."


@pytest.mark.parametrize(("proposal", "closing"), [
    (_SPORTS, "Punkt et godkender vi i dag, men punkt to venter vi med."),
    (_SPORTS, "Helhedsplanen godkender vi i dag. Forprojektet skal modnes lidt mere."),
    (_SPORTS, "Ja til helhedsplanen, men forprojektet skal modnes lidt mere."),
    (_DIGITAL_POST, "Punkt 1 og 2 kan vi godt gå videre med. Punkt 3 udsætter vi."),
    (_DIGITAL_POST, "Punkt 3 parkerer vi indtil videre. Punkt 1 og 2 godkender vi i dag."),
    (_DIGITAL_POST, "Overgangen til digital post kan vi godt gå videre med, men opsigelsen af frankeringsaftalen venter vi med."),
])
def test_round_444_one_part_approved_and_another_waiting(proposal, closing):
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 2", "Jeg har det svært med en af delene."), ("Taler 1", closing)]
    assert draft_decision(proposal, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize(("closing", "text"), [
    ("Helhedsplanen godkender vi i dag, men forprojektet venter vi med.",
     "godkendte indstilling 1 og udsatte indstilling 2."),
    ("Helhedsplanen godkender vi, og forprojektet venter vi med, til økonomien er klar.",
     "godkendte helhedsplanen og udsatte forprojektet."),
])
def test_round_444_the_partial_text_names_the_points_not_the_day_or_a_dangling_med(closing, text):
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 2", "Jeg har det svært med en af delene."), ("Taler 1", closing)]
    assert draft_decision(_SPORTS, _spoken(talk), DIREKTIONEN, chair="Taler 1").text.endswith(text)


@pytest.mark.parametrize(("wish", "answer"), [
    ("Jeg vil foreslå, at vi holder et informationsmøde for de ansatte.", "Helt enig, det kommer med."),
    ("Jeg vil foreslå, at vi holder et informationsmøde for de ansatte.", "Det er en god idé, det gør vi."),
    ("Medarbejderne bør inddrages.", "Det er rimeligt, det tager vi med."),
])
def test_round_445_a_yes_to_a_wish_after_a_word_of_agreement_makes_it_the_remark(wish, answer):
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 2", "Jeg synes, den er god."), ("Taler 3", wish),
            ("Taler 1", answer + " Så er handleplanen godkendt.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved_with_remark"


@pytest.mark.parametrize("closing", ["Vi godkender, og der lægges vægt på, at ældrerådet høres.",
                                     "Godkendt, og vi er enige om, at ældrerådet høres.",
                                     "Godkendt. Vi forventer dog, at ældrerådet høres."])
def test_round_446_a_note_in_more_words_of_the_forum_is_a_remark(closing):
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 2", "Jeg synes, den er god."), ("Taler 1", closing)]
    draft = draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "ældrerådet høres" in draft.text


@pytest.mark.parametrize("closing", ["Godkendt. En betingelse er, at MED inddrages.",
                                     "Godkendt. Betingelsen er, at MED inddrages.",
                                     "Godkendt, og vi sikrer, at MED inddrages."])
def test_round_447_a_condition_named_or_an_assurance_after_the_approval_is_a_remark(closing):
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 2", "Jeg synes, den er god."), ("Taler 1", closing)]
    draft = draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "MED inddrages" in draft.text


@pytest.mark.parametrize("closing", [
    "De udendørs aktiviteter må gerne starte. Caféerne holder lukket lidt endnu.",
    "Udendørs får lov at starte, men caféerne skal vi lige se an.",
    "Caféerne lader vi vente. Udendørsaktiviteterne åbner den 15.",
    "De udendørs aktiviteter kører vi i gang, men caféerne lader vi vente.",
    "Udendørs er vi klar til. Caféerne må blive lukket lidt længere.",
])
def test_round_448_the_two_things_of_the_title_one_done_and_one_held_off(closing):
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 3", "Caféerne er en risiko."), ("Taler 1", closing)]
    assert draft_decision(_REOPENING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize("talk", [
    # (a later opening changes the date: the set's c3709)
    [("Taler 1", "Så starter udendørsaktiviteterne 15. juni, og caféerne åbner i august.")],
    # (the other thing not named as done: the set's c650)
    [("Taler 2", "Sundhedsstyrelsen anbefaler, at vi venter til juli med caféerne."),
     ("Taler 3", "Udendørs aktiviteter kan godt starte nu."),
     ("Taler 1", "Vi følger Sundhedsstyrelsen. Caféerne åbner først den 1. juli.")],
])
def test_round_448_a_later_opening_is_no_part_held_off(talk):
    assert draft_decision(_REOPENING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved_with_remark"


def test_round_448_the_title_parts():
    from referat.minutes.held_off import title_parts
    assert title_parts("Beslutning om genåbning af caféer og udendørs aktiviteter") == [
        "genåbning af caféer", "udendørs aktiviteter"]
    assert title_parts("Godkendelse af handleplan for trivsel") == []


@pytest.mark.parametrize("closing", [
    "Anbefaling et til fire er fine. De øvrige tager vi stilling til senere.",
    "De fire første kan vi godt gå med til, men fem og seks tager vi op igen efter sommerferien.",
    "Fire af de seks anbefalinger godkender vi i dag. De sidste to dropper vi.",
    "Anbefalingerne et til fire følger vi. Nummer fem og seks siger vi nej til.",
])
def test_round_449_some_approved_by_their_count_and_the_rest_held_off(closing):
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 2", "Projektudvalget har seks anbefalinger."),
            ("Taler 1", closing)]
    assert draft_decision(_RECOMMENDATIONS, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize("closing", ["Godkendt. Den første status kommer tilbage om et halvt år.",
                                     "Vi godkender alle seks. Den første evaluering tager vi næste år."])
def test_round_449_a_count_on_one_side_only_is_no_partial_approval(closing):
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 2", "Projektudvalget har seks anbefalinger."),
            ("Taler 1", closing)]
    assert draft_decision(_RECOMMENDATIONS, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind != "partly_approved"


@pytest.mark.parametrize("closing", [
    "Velkomstpakken og netværket går vi i gang med. Talentforløbet skal vi tale mere om.",
    "Velkomstpakken, netværkene og erfaringsindsamlingen går vi i gang med. Talentforløbet venter vi med.",
])
def test_round_450_a_part_still_to_talk_about_and_the_parts_done_listed_with_commas(closing):
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 3", "Talentforløbet er dyrt."), ("Taler 1", closing)]
    assert draft_decision(_LEADERS_POINTS, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize(("closing", "kind"), [
    ("Vi beder forvaltningen indarbejde bemærkningerne og forelægge den igen.", "postponed"),
    ("Lad den komme igen med de tal, vi har bedt om.", "postponed"),
    ("Den får vi på igen i september med de ændringer.", "postponed"),
    ("Det tager vi stilling til senere.", "postponed"),
    ("Det går vi ikke med til.", "rejected"),
    ("Vi ser os ikke i stand til at imødekomme den.", "rejected"),
])
def test_round_451_a_case_asked_to_come_again_or_refused_in_more_words(closing, kind):
    talk = [("Taler 2", "Vi har lavet et udkast."), ("Taler 3", "Der mangler noget om økonomien."),
            ("Taler 1", closing)]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN).kind == kind


def test_round_451_a_thing_by_name_to_be_decided_later_beside_an_approval_is_no_postponement():
    talk = [("Taler 2", "Skolerne er ikke med endnu."),
            ("Taler 1", "Så går vi videre med det, og skolerne tager vi stilling til senere.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind != "postponed"


@pytest.mark.parametrize("closing", ["Retningslinjerne er på plads. Forløbet skal vi have et billigere bud på.",
                                     "Vi kan godt leve med retningslinjerne. Awarenessforløbet siger vi fra over for."])
def test_round_452_a_part_that_needs_a_new_offer_or_is_refused_in_siger_fra(closing):
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 3", "Der er et problem med en af delene."), ("Taler 1", closing)]
    assert draft_decision(_AI_POINTS, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize("closing", ["Vi godkender en timepris på 350 kroner.", "Vi går med 350 kroner."])
def test_round_453_the_forums_act_with_another_amount_without_saa_is_a_change(closing):
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 3", "Det synes jeg er for meget."), ("Taler 1", closing)]
    draft = draft_decision(_TIME_PRICE_400, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "350" in draft.text


@pytest.mark.parametrize(("grant", "kind"), [("Det tager vi med i den endelige version.", "approved_with_remark"),
                                             ("Det skal nok komme med.", "approved_with_remark"),
                                             ("Den kommer i version to.", "approved")])
def test_round_454_the_presenters_grant_into_the_final_version_is_a_change_but_not_a_later_version(grant, kind):
    talk = [("Taler 2", "Vi har lavet et udkast, som I har fået."), ("Taler 3", "Jeg savner et afsnit om vikarer."),
            ("Taler 2", grant), ("Taler 1", "Godkendt.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize("talk", [
    [("Taler 1", "Kan vi godkende den, når vikarer er med?"), ("Taler 3", "Enig."), ("Taler 4", "Enig."),
     ("Taler 1", "Så er den godkendt.")],
    [("Taler 1", "Skal vi sige ja, hvis vikarer kommer med?"), ("Taler 2", "Det kan vi godt."), ("Taler 1", "Godkendt.")],
    [("Taler 1", "Godkender vi den med vikarer tilføjet?"), ("Taler 2", "Ja.")],
    [("Taler 1", "Vi godkender den og skriver vikarer ind.")],
])
def test_round_455_the_approval_asked_with_its_remark_and_answered_keeps_the_remark(talk):
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 3", "Vikarerne er ikke med.")] + talk
    draft = draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "vikarer" in draft.text


def test_round_455_agreeing_to_approve_is_the_decision_not_its_remark():
    talk = [("Taler 3", "Vikarerne er ikke med."), ("Taler 1", "Vi er enige om at godkende den med vikarer med.")]
    draft = draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "at godkende" not in draft.text


@pytest.mark.parametrize("closing", ["Godt. Så bakker vi op om det hele, og indstilling fem kommer i september.",
                                     "Godt. Så godkender udvalget det hele, og indstilling fem kommer i september."])
def test_round_456_the_whole_approved_with_a_point_to_come_later_is_no_partial_approval(closing):
    # (reading the stresses: number words name points since round 444, and "det hele" was known only after "godkender
    # vi")
    talk = [("Taler 2", "Vi kan have en sag klar i september."), ("Taler 1", closing)]
    assert draft_decision(_LEADERS_POINTS, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved_with_remark"


@pytest.mark.parametrize("closing", [
    "Godkendt. Vi indarbejder det.", "Godkendt, og vi retter det til.", "Godkendt, og det indarbejder vi.",
    "Så siger vi ja, og vi får det skrevet ind.", "Fint. Den tilføjelse laver vi, og så er den godkendt.",
    "Godkendt, og vi tager det med.",
])
def test_round_457_the_demand_worked_in_by_the_forum_after_the_approval(closing):
    demand = "Den skal også gælde vikarer."
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 3", demand), ("Taler 1", closing)]
    draft = draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and demand in draft.text


def test_round_457_taken_back_home_is_no_demand_worked_in():
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 3", "Den skal også gælde vikarer."),
            ("Taler 1", "Godkendt. Vi tager det med tilbage.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind != "approved_with_remark"


@pytest.mark.parametrize(("closing", "said"), [
    ("Godkendt med dagens kommentarer.", "med dagens kommentarer."),
    ("Godkendt med bemærkningerne fra drøftelsen.", "med bemærkningerne fra drøftelsen."),
    ("Godkendt med de bemærkninger, der er kommet i dag.", "med de bemærkninger, der er kommet i dag."),
    ("Godkendt med de kommentarer, der er givet.", "med de kommentarer, der er givet."),
    ("Godkendt med bemærkningerne om vikarerne.", "med bemærkningerne om vikarerne."),
])
def test_round_458_the_remarks_made_named_by_reference_stand_as_said(closing, said):
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 3", "Vikarerne skal nævnes i planen."), ("Taler 1", closing)]
    draft = draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and draft.text.endswith(f"godkendte indstillingen {said}")


@pytest.mark.parametrize("closing", ["Den får ikke grønt lys.", "Den får tommelfingeren nedad.",
                                     "Så ender den i papirkurven."])
def test_round_459_a_green_light_withheld_and_a_thumb_down_refuse(closing):
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 3", "Den er for dyr."), ("Taler 1", closing)]
    assert draft_decision(_CANTEEN, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


@pytest.mark.parametrize("closing", ["Vi træffer beslutning i marts.", "Punktet rykkes til mødet i april.",
                                     "Vi flytter beslutningen til april.", "Sagen skubbes til efteråret."])
def test_round_460_the_case_moved_to_a_later_meeting_is_put_off(closing):
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 3", "Den er for dyr."), ("Taler 1", closing)]
    assert draft_decision(_CANTEEN, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "postponed"


@pytest.mark.parametrize("closing", ["Vi rykker punktet til sidst. Godkendt.",
                                     "Vi træffer beslutning i dag. Godkendt."])
def test_round_460_the_item_moved_within_the_meeting_is_no_postponement(closing):
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 3", "Den er god."), ("Taler 1", closing)]
    assert draft_decision(_CANTEEN, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("closing", [
    "Ja til punkt 1 og 2, punkt 3 afventer.", "Vi godkender punkt 1 og 2, punkt 3 afventer.",
    "Ja til punkt 1 og 2. Punkt 3 afventer.", "Godkendt, dog ikke punkt 3.",
    "Vi godkender indstillingen, dog ikke punkt 3.",
])
def test_round_461_a_point_by_number_after_a_comma_or_excepted_with_dog_ikke_is_held_off(closing):
    # ("Punkt 3 afventer." is no chair moving on to agenda item 3, which cut it off the item's talk)
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 3", "Det sidste punkt er for uklart."), ("Taler 1", closing)]
    assert draft_decision(_DIGITAL_POST, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


def test_round_461_a_thing_excepted_inside_the_point_approved_is_no_point_held_off():
    # (the tuning case c3944: the project excepted is inside the pool the Indstilling approves)
    pool = item(7, "Beslutning - Udmøntning af Kultur og Sundhedspuljen 2020", None,
                "Udvalget for regional udvikling anbefaler, at Kultur og Sundhedspuljen 2020 udmøntes som foreslået.")
    talk = [("Taler 1", "Et projekt i Frederikshavn har trukket sin ansøgning."),
            ("Taler 1", "Så udmønter vi puljen som foreslået, bortset fra projektet i Frederikshavn, hvis midler "
                        "går tilbage i puljen.")]
    assert draft_decision(pool, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved_with_remark"


@pytest.mark.parametrize("talk", [
    [("Taler 1", "Jeg foreslår, at vikarerne kommer med. Er vi enige?"), ("Taler 3", "Ja."), ("Taler 1", "Godkendt.")],
    [("Taler 1", "Vikarerne skal med. Er vi enige om det?"), ("Taler 3", "Ja."), ("Taler 1", "Så er den godkendt.")],
    [("Taler 2", "Jeg foreslår, at vikarerne kommer med."), ("Taler 1", "Kan vi det?"), ("Taler 3", "Ja."),
     ("Taler 1", "Godkendt.")],
])
def test_round_462_the_approvers_own_proposal_put_to_the_room_and_carried_is_the_remark(talk):
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 3", "Vikarerne mangler.")] + talk
    draft = draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "vikarerne" in draft.text.casefold()


def test_round_462_the_approvers_own_not_yet_put_to_the_room_is_no_remark():
    talk = [("Taler 3", "Vi mangler tallene."), ("Taler 1", "Sagen skal udsættes. Er vi enige om det?"),
            ("Taler 3", "Ja."), ("Taler 1", "Så er det besluttet.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "postponed"


@pytest.mark.parametrize("talk", [
    [("Taler 2", "Jeg foreslår, at vi udsætter sagen."), ("Taler 3", "Enig."), ("Taler 1", "Så er det vedtaget.")],
    [("Taler 2", "Skal vi ikke vente med den?"), ("Taler 1", "Vedtaget.")],
    [("Taler 2", "Vi bør udsætte den."), ("Taler 1", "Er vi enige om det?"), ("Taler 3", "Ja."),
     ("Taler 1", "Godkendt.")],
])
def test_round_463_a_proposed_postponement_settled_in_approval_words_puts_off(talk):
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "postponed"


def test_round_463_a_members_view_then_the_chairs_approval_still_approves():
    talk = [("Taler 2", "Den er ikke perfekt."), ("Taler 1", "Godkendt.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize(("talk", "kind"), [
    ([("Taler 1", "Vi udsætter sagen. Godkendt?"), ("Taler 3", "Ja.")], "postponed"),
    ([("Taler 1", "Vi siger nej. Er det vedtaget?"), ("Taler 3", "Ja."), ("Taler 1", "Godt.")], "rejected"),
    ([("Taler 1", "Vi udsætter sagen. Og det er hermed besluttet.")], "postponed"),
    ([("Taler 1", "Vi afviser den. Det er enstemmigt vedtaget.")], "rejected"),
    ([("Taler 2", "Jeg stiller forslag om at udsætte sagen."), ("Taler 1", "Forslaget er vedtaget.")], "postponed"),
    ([("Taler 2", "Kan vi afvise den?"), ("Taler 1", "Ja. Godkendt.")], "rejected"),
    ([("Taler 2", "Jeg foreslår udsættelse."), ("Taler 1", "Det er der flertal for. Vedtaget.")], "postponed"),
    # (and the approval itself settled the same ways stays an approval)
    ([("Taler 1", "Er det godkendt?"), ("Taler 3", "Ja.")], "approved"),
    ([("Taler 2", "Kan vi godkende den?"), ("Taler 1", "Ja. Godkendt.")], "approved"),
])
def test_round_464_a_no_settled_in_more_words_asked_or_past_the_approvers_own_yes_keeps_its_kind(talk, kind):
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 3", "Den er dyr.")] + talk
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


_TOWN_HALL_ROOF = item(7, "Anlægsbevilling til renovering af rådhuset", None,
                       "Borgmesteren indstiller, at der gives en anlægsbevilling på 12 mio. kr.")


@pytest.mark.parametrize("closing", [
    "Vi giver otte millioner nu. De sidste fire tager vi stilling til i budgettet.",
    "Taget får pengene nu, ventilationen må vente.", "Første etape bevilges nu, anden etape venter.",
    "Vi giver pengene til første etape. Anden etape kommer igen.", "Vi bevilger seks millioner, resten senere.",
    "Seks millioner nu og resten næste år.", "Vi starter med taget, og ventilationen tager vi næste år.",
    "Vi bevilger fire millioner til taget. Resten tager vi op igen i budgettet.",
    "Vi siger ja til taget og venter med resten.", "Ja til taget, resten venter.", "Taget ja, resten senere.",
])
def test_round_465_part_of_the_money_or_a_stage_now_and_the_rest_later_is_a_partial_approval(closing):
    talk = [("Taler 3", "Taget er utæt, men ventilationen kan vente."), ("Taler 1", closing)]
    assert draft_decision(_TOWN_HALL_ROOF, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize("closing", ["Vi bevilger de tolv millioner.",
                                     "Vi venter med hele bevillingen til næste år."])
def test_round_465_the_whole_amount_now_or_later_is_no_partial_approval(closing):
    talk = [("Taler 3", "Taget er utæt, men ventilationen kan vente."), ("Taler 1", closing)]
    assert draft_decision(_TOWN_HALL_ROOF, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind != "partly_approved"


def test_round_466_a_part_named_with_what_it_is_about_held_off():
    talk = [("Taler 3", "Det er for meget på én gang."),
            ("Taler 1", "Indsatserne om mobning godkendes, indsatserne om fravær venter.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize("talk", [
    [("Taler 1", "Godkendt."), ("Taler 2", "Kan vi tilføje, at vikarerne er med?"), ("Taler 1", "Ja, det gør vi.")],
    [("Taler 1", "Kan vi godkende den?"), ("Taler 2", "Ja, men med den tilføjelse, at vikarerne er med."),
     ("Taler 1", "Ja, det er fint.")],
    [("Taler 1", "Godkendt?"), ("Taler 2", "Ja, hvis vikarerne kommer med."), ("Taler 1", "Det gør de.")],
])
def test_round_467_a_change_asked_or_a_condition_put_on_the_yes_and_granted_is_the_remark(talk):
    talk = [("Taler 1", "Vi tager punktet."), ("Taler 3", "Vikarerne er ikke nævnt.")] + talk
    draft = draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "vikarerne" in draft.text


@pytest.mark.parametrize("asked", ["Kan vi tilføje, at vikarerne er med?", "Kan vi få en status om et år?"])
def test_round_467_a_change_refused_or_a_delivery_after_the_approval_is_no_remark(asked):
    answer = "Nej, det kan vi ikke." if "tilføje" in asked else "Ja, det gør vi."
    talk = [("Taler 3", "Den er fin."), ("Taler 1", "Godkendt."), ("Taler 2", asked), ("Taler 1", answer)]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


def test_round_468_a_wish_to_see_it_again_beside_the_approval_is_no_postponement():
    talk = [("Taler 3", "Den er dyr."), ("Taler 1", "Vi godkender den og vil gerne se den igen i august.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved_with_remark"


@pytest.mark.parametrize("taken_up", ["Det skriver jeg ind.", "Jeg tilføjer et afsnit."])
def test_round_469_the_presenter_writing_the_demand_in_is_the_remark(taken_up):
    talk = [("Taler 3", "Planen er god."), ("Taler 2", "Vikarerne skal med."), ("Taler 4", taken_up),
            ("Taler 1", "Fint. Godkendt.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved_with_remark"


def test_round_469_the_chair_taking_it_into_a_negotiation_is_no_remark():
    # (the tuning case c3605: "Det tager jeg med." is a follow-up)
    talk = [("Taler 2", "Vikarerne skal med."), ("Taler 1", "Godkendt, og det tager jeg med.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize(("closing", "text"), [
    ("Et og to er vi enige om. Tre tager vi senere.", "godkendte indstilling 1 og 2 og udsatte indstilling 3."),
    ("Indstilling et og to godkendes. Tre afvises.", "godkendte indstilling 1 og 2, men ikke indstilling 3."),
])
def test_round_470_points_said_first_by_their_bare_numbers(closing, text):
    talk = [("Taler 3", "Det sidste punkt er for uklart."), ("Taler 1", closing)]
    draft = draft_decision(_DIGITAL_POST, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "partly_approved" and draft.text.endswith(text)


def test_round_470_a_point_refused_is_not_done():
    # (the tuning case c8989's words: "Fire afviser vi" named point 4 as approved once bare numbers named points)
    talk = [("Taler 1", "Så godkender vi et og to. Tre afviser vi.")]
    draft = draft_decision(_DIGITAL_POST, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "partly_approved" and "godkendte indstilling 3" not in draft.text


def test_round_471_a_yes_to_bare_numbers_and_a_bare_number_waiting_after_a_comma():
    talk = [("Taler 3", "Det sidste punkt er for uklart."), ("Taler 1", "Ja til et og to, tre afventer.")]
    draft = draft_decision(_DIGITAL_POST, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "partly_approved"
    assert draft.text.endswith("godkendte indstilling 1 og 2 og udsatte indstilling 3.")


@pytest.mark.parametrize(("item_", "closing", "added"), [
    (_WELLBEING, "Godkendt, også for vikarerne.", "også for vikarerne"),
    (_WELLBEING, "Vi godkender den, også for vikarerne.", "også for vikarerne"),
    (_HEARING, "Den sendes i høring, også hos ældrerådet.", "også hos ældrerådet"),
])
def test_round_472_more_whom_or_where_it_reaches_after_a_comma_is_the_remark(item_, closing, added):
    talk = [("Taler 3", "Den er god."), ("Taler 1", closing)]
    draft = draft_decision(item_, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and draft.text.endswith(f"med tilføjelsen: {added}.")


@pytest.mark.parametrize("closing", ["Godkendt, også i år.", "Godkendt, også for os.", "Godkendt, også af mig."])
def test_round_472_a_time_us_or_the_room_after_ogsaa_adds_nothing(closing):
    talk = [("Taler 3", "Den er god."), ("Taler 1", closing)]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("talk", [
    [("Taler 2", "Skal vi lade den falde?"), ("Taler 1", "Ja.")],
    [("Taler 2", "Kan vi ikke bare lade sagen falde?"), ("Taler 1", "Jo.")],
    [("Taler 1", "Lad os lade den falde.")],
])
def test_round_473_letting_it_fall_asked_or_proposed_and_taken_up_refuses(talk):
    talk = [("Taler 3", "Den er for dyr.")] + talk
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


def test_round_473_not_letting_it_fall_is_no_refusal():
    talk = [("Taler 3", "Den er for dyr."), ("Taler 1", "Vi skal ikke lade den falde. Godkendt.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("closing", ["Den sætter vi på næste dagsorden.", "Vi beslutter den ikke i dag."])
def test_round_474_the_case_put_on_the_next_agenda_or_not_decided_today_is_put_off(closing):
    talk = [("Taler 3", "Vi mangler tallene."), ("Taler 1", closing)]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "postponed"


def test_round_474_not_approved_today_stays_a_refusal():
    # (the set's own convention: c9453's "… godkender ikke indstillingerne i dag, men …" refuses)
    talk = [("Taler 3", "Vi mangler tallene."), ("Taler 1", "Vi godkender den ikke i dag.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


@pytest.mark.parametrize("closing", [
    "Godkendt uden punkt tre.", "Med undtagelse af punkt tre er det godkendt.", "Vi godkender, minus punkt tre.",
    "Punkt tre tager vi ud. Resten er godkendt.", "Punkt tre springer vi over. Resten godkender vi.",
    "Et og to, ja. Tre, nej.", "Ja til et og to. Nej til tre.",
])
def test_round_475_a_point_left_out_by_its_number_or_said_no_to_by_its_bare_number(closing):
    talk = [("Taler 3", "Det sidste punkt er for uklart."), ("Taler 1", closing)]
    draft = draft_decision(_DIGITAL_POST, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "partly_approved"
    assert draft.text.endswith("godkendte indstilling 1 og 2, men ikke indstilling 3.")


def test_round_475_a_point_number_the_indstilling_lacks_leaves_nothing_out():
    talk = [("Taler 3", "Det sidste punkt er for uklart."), ("Taler 1", "Godkendt uden punkt fem.")]
    assert draft_decision(_DIGITAL_POST, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind != "partly_approved"


@pytest.mark.parametrize("closing", ["Godkendt. Jeg skal lige sige, at vi er forsinket med næste punkt.",
                                     "Godkendt. Jeg skal nævne, at kantinen er lukket i morgen."])
def test_round_476_news_said_in_passing_after_the_approval_is_no_remark(closing):
    talk = [("Taler 3", "Den er fin."), ("Taler 1", closing)]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("closing", ["Godkendt, og jeg skal understrege, at vikarerne skal med.",
                                     "Godkendt. Jeg skal understrege, at vikarerne skal med."])
def test_round_476_the_chair_stressing_a_demand_is_the_remark_without_the_chairs_own_words(closing):
    talk = [("Taler 3", "Den er fin."), ("Taler 1", closing)]
    draft = draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and draft.text.endswith("med den bemærkning, at vikarerne skal med.")


def test_round_477_a_demand_agreed_to_as_fair_then_approved_is_the_remark():
    talk = [("Taler 3", "Vikarerne skal have den samme introduktion."), ("Taler 1", "Fair nok. Godkendt.")]
    draft = draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "Vikarerne" in draft.text


def test_round_477_what_they_get_already_is_no_change():
    talk = [("Taler 3", "Vikarerne skal have den samme introduktion."), ("Taler 2", "Det får de allerede."),
            ("Taler 1", "Godkendt.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("closing", ["Det er ikke noget, vi kan godkende.", "Alle stemmer imod.",
                                     "Vi siger ja til tanken, men nej til indstillingen."])
def test_round_478_nothing_we_can_approve_all_against_and_the_indstilling_said_no_to_refuse(closing):
    talk = [("Taler 3", "Den er for dyr."), ("Taler 1", closing)]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


def test_round_478_a_yes_and_a_no_to_two_parts_stays_a_partial_approval():
    talk = [("Taler 3", "Det sidste punkt er for uklart."),
            ("Taler 1", "Vi siger ja til overgangen, men nej til opsigelsen af frankeringsaftalen.")]
    assert draft_decision(_DIGITAL_POST, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize(("closing", "remark"), [
    ("Vikarerne skal med. Godkendt.", "at vikarerne skal med."),
    ("Der skal være en plads til vikarerne. Så er den godkendt.", "at der skal være en plads til vikarerne."),
])
def test_round_479_the_chairs_own_demand_just_before_a_short_approval_is_the_remark(closing, remark):
    talk = [("Taler 3", "Den er god."), ("Taler 1", closing)]
    draft = draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and draft.text.endswith(remark)


@pytest.mark.parametrize("closing", ["Ja, men de skal hvile i sig selv. Godkendt.", "Den skal i høring nu. Godkendt.",
                                     "Vi skal huske at orientere MED. Godkendt."])
def test_round_479_a_reason_given_back_the_case_itself_or_our_own_business_is_no_remark(closing):
    talk = [("Taler 3", "Den er dyr."), ("Taler 1", closing)]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize(("wish", "echo"), [("Vi bør følge op hvert kvartal.", "Fint, kvartalsvis opfølgning."),
                                            ("Vi bør have en telefonvagt.", "Okay, med telefonvagt.")])
def test_round_480_the_chairs_assent_in_a_few_words_of_the_wish_is_the_remark(wish, echo):
    # (round 384's test that "Fint, kvartalsvis opfølgning." said back no change is gone: the set reads that as a
    # remark, c5211, as it reads c5961's and c8241's quarterly follow-up)
    talk = [("Taler 3", wish), ("Taler 1", echo), ("Taler 1", "Så er den godkendt.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved_with_remark"


def test_round_480_praise_in_a_few_words_is_no_echo_of_a_wish():
    talk = [("Taler 3", "Tak for et godt oplæg."), ("Taler 1", "Ja, godt oplæg."), ("Taler 1", "Godkendt.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("becomes", ["Så bliver det ugen efter.", "Så bliver junimødet en uge senere.",
                                     "Så lægger vi det ugen efter."])
def test_round_481_what_it_becomes_said_before_the_approval_is_the_change(becomes):
    plan = item(22, "Mødeplan", None, "Administrationen indstiller, at mødeplanen for 2017 godkendes.")
    talk = [("Taler 3", "Junimødet ligger i pinsen."), ("Taler 1", f"{becomes} Planen er godkendt.")]
    draft = draft_decision(plan, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and becomes in draft.text


@pytest.mark.parametrize("becomes", ["Så bliver det sådan.", "Så bliver det som foreslået."])
def test_round_481_as_it_is_said_before_the_approval_is_no_change(becomes):
    plan = item(22, "Mødeplan", None, "Administrationen indstiller, at mødeplanen for 2017 godkendes.")
    talk = [("Taler 3", "Junimødet ligger i pinsen."), ("Taler 1", f"{becomes} Planen er godkendt.")]
    assert draft_decision(plan, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize(("offer", "met", "close"), [
    ("Ja, hvis prisen ikke stiger mere end fem kroner.", "Det gør den ikke.", "Så kører vi."),
    ("Jeg kan godkende den, hvis vikarerne kommer med.", "Det gør de.", "Så er den godkendt."),
])
def test_round_482_a_members_yes_on_a_condition_said_to_be_met_then_a_short_close_is_the_condition(offer, met, close):
    talk = [("Taler 1", "Er alle med?"), ("Taler 2", offer), ("Taler 3", met), ("Taler 1", close)]
    draft = draft_decision(_CANTEEN, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "under forudsætning af" in draft.text


def test_round_482_a_condition_said_not_to_be_met_is_no_remark():
    talk = [("Taler 1", "Er alle med?"), ("Taler 2", "Ja, hvis vikarerne kommer med."), ("Taler 3", "Det gør de ikke."),
            ("Taler 1", "Så kører vi.")]
    assert draft_decision(_CANTEEN, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("closing", ["Dagsorden godkendt. Referat udsat.",
                                     "Referatet godkender vi, når det er sendt ud. Dagsordenen er godkendt."])
def test_round_483_a_point_said_put_off_in_a_bare_participle_or_approved_only_when_something_has_come(closing):
    talk = [("Taler 3", "Jeg har ikke fået referatet."), ("Taler 1", closing)]
    draft = draft_decision(_AGENDA_AND_MINUTES, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    # (round 491: the point put off is written as put off, not as refused)
    assert draft.kind == "partly_approved" and draft.text.endswith("godkendte indstilling 1 og udsatte indstilling 2.")


def test_round_484_points_by_a_bare_place_before_punkt():
    talk = [("Taler 3", "Det sidste punkt er for uklart."),
            ("Taler 1", "Første og andet punkt er godkendt. Tredje punkt udsat.")]
    draft = draft_decision(_DIGITAL_POST, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "partly_approved" and draft.text.endswith("godkendte indstilling 1 og 2 og udsatte indstilling 3.")


def test_round_484_approved_for_so_far_as_some_points_go_is_partial_but_not_the_whole_by_its_name():
    talk = [("Taler 3", "Det sidste punkt er for uklart."),
            ("Taler 1", "Vi godkender for så vidt angår de to første punkter.")]
    assert draft_decision(_DIGITAL_POST, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"
    talk = [("Taler 3", "Den er fin."), ("Taler 1", "Godkendt for så vidt angår handleplanen.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("talk", [
    [("Taler 1", "Godkendt."), ("Taler 3", "Med vikarerne, ikke?"), ("Taler 1", "Ja, med vikarerne.")],
    [("Taler 1", "Godkendt."), ("Taler 3", "Husk vikarerne."), ("Taler 1", "Ja, dem tager vi med.")],
    [("Taler 1", "Så er den godkendt."), ("Taler 3", "Inklusive vikarerne."), ("Taler 1", "Ja.")],
    [("Taler 1", "Godkendt."), ("Taler 3", "Vikarerne skal med."), ("Taler 1", "Enig, de kommer med.")],
])
def test_round_485_a_members_addition_right_after_a_short_approval_and_the_approvers_yes_is_the_remark(talk):
    talk = [("Taler 3", "Vikarerne er ikke nævnt.")] + talk
    draft = draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "vikarerne" in draft.text.casefold()


@pytest.mark.parametrize("talk", [
    [("Taler 1", "Godkendt."), ("Taler 3", "Er vikarerne med?"), ("Taler 1", "Ja, de er allerede med.")],
    [("Taler 1", "Godkendt."), ("Taler 3", "Med en udsættelse til marts?"), ("Taler 1", "Ja.")],
])
def test_round_485_a_question_of_what_is_or_a_not_yet_after_the_approval_is_no_remark(talk):
    talk = [("Taler 3", "Vikarerne er ikke nævnt.")] + talk
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind != "approved_with_remark"


@pytest.mark.parametrize("talk", [
    [("Taler 1", "Godkendt."), ("Taler 3", "Jeg vil gerne have ført til referat, at jeg er imod."),
     ("Taler 1", "Det er noteret.")],
    [("Taler 1", "Godkendt."), ("Taler 3", "Vikarerne skal med."), ("Taler 1", "Noteret.")],
])
def test_round_486_a_members_word_written_down_after_the_approval_keeps_the_approval(talk):
    talk = [("Taler 3", "Vikarerne er ikke nævnt.")] + talk
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


def test_round_486_noted_after_a_presentation_still_notes():
    status = item(4, "Orientering om sygefravær", None, "Direktøren indstiller, at orienteringen tages til efterretning.")
    talk = [("Taler 2", "Sygefraværet er på fem procent."), ("Taler 1", "Noteret.")]
    assert draft_decision(status, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "noted"


def test_round_487_a_vote_put_in_the_minutes_and_taken_in_is_no_remark():
    talk = [("Taler 3", "Den er dyr."), ("Taler 3", "Jeg vil gerne have min stemme imod ført til referat."),
            ("Taler 1", "Det gør vi. Så er den godkendt.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


def test_round_488_the_recommendation_followed_in_the_passive_approves_an_item_to_approve():
    talk = [("Taler 3", "Den er fin."), ("Taler 1", "Anbefalingen følges.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("closing", ["Godkendt. Så skal den op i byrådet i næste måned.",
                                     "Godkendt. Sagen skal videre til økonomiudvalget."])
def test_round_489_where_the_case_goes_next_after_the_approval_is_no_remark(closing):
    talk = [("Taler 3", "Den er fin."), ("Taler 1", closing)]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


def test_round_489_a_demand_said_with_saa_skal_keeps_its_remark():
    talk = [("Taler 3", "Den er fin."), ("Taler 1", "Godkendt. Så skal vikarerne have den samme introduktion.")]
    draft = draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.text.endswith("med den bemærkning, at vikarerne skal have den samme introduktion.")


def test_round_490_our_own_business_with_saa_vi_skal_before_the_approval_is_no_demand():
    # (the tuning case c3950 under the full-stops stress: "Så vi skal bare give bevillingen. Bevillingen er givet.")
    talk = [("Taler 3", "Den er fin."), ("Taler 1", "Så vi skal bare give den. Den er godkendt.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("closing", [
    "Så får vi den på igen i marts.",
    "Så beder vi forvaltningen om at komme tilbage med tallene, og så tager vi den der.",
    "Vi godkender den ikke i dag, vi venter på tallene.",
    "Vi kan ikke godkende den uden tallene. Den kommer igen i marts.",
    "Der er ikke grundlag for at beslutte noget endnu.",
])
def test_round_492_the_case_on_again_asked_back_or_waited_for_is_postponed(closing):
    talk = [("Taler 3", "Vi mangler tallene."), ("Taler 1", closing)]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "postponed"


def test_round_492_not_waiting_said_with_a_comma_still_says_no_wait():
    talk = [("Taler 3", "Den er fin."), ("Taler 1", "Det er ikke noget, vi skal vente med. Godkendt.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize(("closing", "text"), [
    ("Et og to kan vi godkende. Tre sender vi tilbage.", "godkendte indstilling 1 og 2 og udsatte indstilling 3."),
    ("Vi godkender indstillingens første del. Anden og tredje del venter vi med.",
     "godkendte indstilling 1 og udsatte indstilling 2 og 3."),
])
def test_round_493_points_by_a_bare_number_sent_back_or_by_their_part_are_partly_approved(closing, text):
    talk = [("Taler 3", "Det sidste punkt er for uklart."), ("Taler 1", closing)]
    draft = draft_decision(_DIGITAL_POST, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "partly_approved" and draft.text.endswith(text)


def test_round_493_some_points_approved_and_the_rest_waited_on_asked_and_answered():
    talk = [("Taler 3", "Det sidste punkt er for uklart."),
            ("Taler 1", "Kan vi godkende de to første og vente med frankeringsaftalen?"), ("Taler 2", "Ja.")]
    draft = draft_decision(_DIGITAL_POST, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "partly_approved"


def test_round_494_the_administrations_advice_told_and_followed_is_no_recommendation():
    talk = [("Taler 3", "Vi plejer ikke at sige ja til den slags."),
            ("Taler 1", "Forvaltningen anbefaler et nej, og det følger vi.")]
    assert draft_decision(_PARKING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


def test_round_494_going_against_a_refusing_indstilling_with_a_yes_grants_it():
    talk = [("Taler 3", "Vi plejer ikke at sige ja til den slags."),
            ("Taler 1", "Vi går imod forvaltningen og siger ja.")]
    assert draft_decision(_PARKING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("closing", [
    "Så er den faldet med to stemmer mod en.",
    "Et flertal bestående af V, K og DF stemmer imod.",
    "Det er besluttet, at vi ikke går videre med den.",
])
def test_round_495_a_no_by_its_votes_its_majority_or_said_decided_is_a_refusal(closing):
    talk = [("Taler 3", "Den er for dyr."), ("Taler 1", closing)]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


def test_round_495_a_decision_said_made_to_do_something_stays_a_decision():
    town = item(3, "Placering af akutmodtagelse", None, "Administrationen indstiller, at akutmodtagelsen samles.")
    talk = [("Taler 3", "Brønderslev er bedst."), ("Taler 1", "Det er besluttet, at den samles i Brønderslev.")]
    assert draft_decision(town, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "decided"


def test_round_496_the_chairs_proposal_of_some_points_agreed_and_done_is_a_partial_approval():
    talk = [("Taler 3", "Erfaringsindsamlingen virker overflødig."),
            ("Taler 1", "Jeg foreslår, at vi godkender punkt et, to og fire og dropper punkt tre og fem."),
            ("Taler 2", "Enig."), ("Taler 1", "Så gør vi det.")]
    draft = draft_decision(_LEADERS_POINTS, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "partly_approved" and draft.text.endswith("indstilling 1, 2 og 4, men ikke indstilling 3 og 5.")


def test_round_496_bare_point_numbers_after_the_verb_that_drops_them_are_a_partial_approval():
    talk = [("Taler 3", "Erfaringsindsamlingen virker overflødig."),
            ("Taler 1", "Vi godkender et, to og fire og dropper tre og fem.")]
    assert draft_decision(_LEADERS_POINTS, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize("closing", ["Forløbet er for dyrt. Det siger vi nej til. Resten er godkendt.",
                                     "Forløbet er for dyrt. Den siger vi nej til. Resten godkender vi."])
def test_round_497_a_point_said_no_to_by_its_pronoun_beside_the_rest_is_a_partial_approval(closing):
    talk = [("Taler 3", "Erfaringsindsamlingen virker overflødig."), ("Taler 1", closing)]
    assert draft_decision(_LEADERS_POINTS, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize("closing", [
    "Godkendt. Et mindretal kan ikke støtte den.",
    "Den er vedtaget, dog med en stemme imod.",
    "Godkendt, dog ikke med Enhedslistens stemmer.",
    "Godkendt. Jeg noterer, at Taler 3 er imod.",
])
def test_round_498_the_votes_against_told_beside_the_approval_keep_it_plain(closing):
    talk = [("Taler 3", "Den er for dyr."), ("Taler 1", closing)]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


def test_round_498_a_remark_after_dog_is_still_a_remark():
    talk = [("Taler 3", "Den er for dyr."), ("Taler 1", "Godkendt, dog med den ændring, at vikarerne nævnes.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved_with_remark"


@pytest.mark.parametrize("closing", [
    "Vi tager det til efterretning. Vi ser på tallene igen i maj.",
    "Vi tager det til efterretning. Jeg vil dog gerne have, at vi ser på tallene igen i maj.",
])
def test_round_499_on_an_orientation_the_news_looked_at_again_later_puts_nothing_off(closing):
    status = item(4, "Orientering om sygefravær", None, "Direktøren indstiller, at orienteringen tages til efterretning.")
    talk = [("Taler 3", "Tallene ser fornuftige ud."), ("Taler 1", closing)]
    assert draft_decision(status, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "noted"


@pytest.mark.parametrize("closing", [
    "Den kan godkendes, når tallene foreligger.",
    "Vi godkender den, men først i marts.",
    "Godkendelsen tager vi, når tallene er her.",
    "Den må vi have igen med tallene.",
])
def test_round_500_the_approval_only_when_what_is_missing_has_come_or_later_is_postponed(closing):
    talk = [("Taler 3", "Vi mangler tallene."), ("Taler 1", closing)]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "postponed"


@pytest.mark.parametrize(("closing", "kind"), [
    ("Den skydes ned.", "rejected"),
    ("Ingen godkendelse.", "rejected"),
    ("Det er et nej i dag, men den kommer igen.", "postponed"),
    ("Nej, vi må have tallene først.", "postponed"),
])
def test_round_501_shot_down_or_no_approval_refuses_and_a_no_for_today_or_what_we_must_have_first_waits(closing, kind):
    talk = [("Taler 3", "Vi mangler tallene."), ("Taler 1", closing)]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_501_the_indstilling_fallen_too_after_an_amendment_refuses():
    talk = [("Taler 3", "Jeg stiller et ændringsforslag om, at vikarerne nævnes."),
            ("Taler 1", "Ændringsforslaget er faldet. Indstillingen er også faldet.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


def test_round_502_the_hearing_only_when_something_is_seen_at_the_next_meeting_is_postponed():
    talk = [("Taler 3", "Målene er for vage."),
            ("Taler 1", "Vi sender den i høring, når vi har set de nye mål på næste møde.")]
    assert draft_decision(_HEARING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "postponed"


def test_round_502_the_hearing_when_the_goals_are_made_measurable_stays_a_condition():
    talk = [("Taler 3", "Målene er for vage."), ("Taler 1", "Vi sender den i høring, når målene er gjort målbare.")]
    assert draft_decision(_HEARING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved_with_remark"


def test_round_503_the_document_asked_sent_after_the_approval_is_no_change():
    talk = [("Taler 3", "Den er fin."), ("Taler 1", "Godkendt."), ("Taler 4", "Kan vi få den tilsendt?"),
            ("Taler 1", "Ja, den kommer med referatet.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


_MUSEUM = item(7, "Fremtidig drift af museet", None,
               "Borgmesteren indstiller,\n1. at driftsaftalen forlænges\n2. at tilskuddet hæves med 300.000 kr.")


@pytest.mark.parametrize("closing", ["Godkendt, men uden de ekstra penge.", "Vi godkender kun det første punkt."])
def test_round_504_the_money_point_left_out_or_only_the_first_point_approved_is_a_partial_approval(closing):
    talk = [("Taler 3", "Pengene er der ikke."), ("Taler 1", closing)]
    assert draft_decision(_MUSEUM, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


@pytest.mark.parametrize("closing", ["De to første punkter kan vi godkende, det sidste ikke.",
                                     "Et og to ja, tre ikke.", "Et og to godkender vi, tre ikke."])
def test_round_505_the_point_held_off_said_with_a_bare_ikke_after_the_comma_is_a_partial_approval(closing):
    talk = [("Taler 3", "Det sidste punkt er for uklart."), ("Taler 1", closing)]
    draft = draft_decision(_DIGITAL_POST, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "partly_approved" and draft.text.endswith("indstilling 1 og 2, men ikke indstilling 3.")


@pytest.mark.parametrize("closing", ["Et og to er godkendt, tre er ikke.", "Ja til de to første, ikke til den sidste."])
def test_round_506_the_point_held_off_by_er_ikke_or_a_no_to_it_after_the_comma_is_a_partial_approval(closing):
    talk = [("Taler 3", "Det sidste punkt er for uklart."), ("Taler 1", closing)]
    draft = draft_decision(_DIGITAL_POST, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "partly_approved" and draft.text.endswith("indstilling 1 og 2, men ikke indstilling 3.")


@pytest.mark.parametrize("closing", ["Den må ligge lidt.", "Den hviler vi lige."])
def test_round_507_the_case_first_left_to_lie_or_rest_is_postponed(closing):
    talk = [("Taler 3", "Vi mangler tallene."), ("Taler 1", closing)]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "postponed"


def test_round_507_where_a_thing_must_lie_stays_a_remark():
    talk = [("Taler 3", "Vikarerne er ikke nævnt."), ("Taler 1", "Godkendt. Temadagen skal ligge i september.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved_with_remark"


def test_round_507_keeping_what_there_is_stays_a_refusal():
    # (c7190: the first form of this round put its lines between the pattern and its lookahead)
    talk = [("Taler 3", "Det gamle virker jo fint nok."),
            ("Taler 1", "Nej. Vi lader det ligge og klarer os med det, vi har.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "rejected"


@pytest.mark.parametrize("closing", [
    "Indstilling 1 til 5 er godkendt, med den præcisering, at mentorordningen er obligatorisk.",
    "Godkendt, men punkt 5 vil vi gerne have forelagt hurtigt.",
])
def test_round_508_all_points_by_their_range_or_one_wished_presented_is_an_approval_with_a_remark(closing):
    talk = [("Taler 3", "Erfaringsindsamlingen virker lidt lang."), ("Taler 1", closing)]
    assert draft_decision(_LEADERS_POINTS, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved_with_remark"


def test_round_508_some_points_by_their_range_stay_a_partial_approval():
    talk = [("Taler 3", "Talentforløbet er for dyrt."), ("Taler 1", "Vi godkender indstilling 1 til 4.")]
    assert draft_decision(_LEADERS_POINTS, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "partly_approved"


def test_round_509_a_point_taken_to_efterretning_before_the_rest_approved_is_no_change():
    talk = [("Taler 3", "Hvad er egentlig formålet?"),
            ("Taler 1", "Status er taget til efterretning, og resten er godkendt.")]
    assert draft_decision(_AI_THREE, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


def test_round_509_a_point_taken_to_efterretning_with_an_addition_before_the_rest_keeps_its_change():
    talk = [("Taler 3", "Status mangler noget om risici."), ("Taler 2", "Det kan vi tilføje."),
            ("Taler 1", "Så tager vi status til efterretning med en tilføjelse om risici og godkender resten.")]
    draft = draft_decision(_AI_THREE, _spoken(talk), DIREKTIONEN, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and draft.text.endswith("med en tilføjelse om risici.")


@pytest.mark.parametrize("closing", ["Den er vi imod.", "Indstillingen er vi alle imod."])
def test_round_510_the_forum_against_with_the_thing_first_refuses(closing):
    assert _closed_by_chair(_WELLBEING, "Vikarerne er ikke nævnt.", closing).kind == "rejected"


def test_round_510_a_party_against_with_the_thing_first_is_outvoted_by_the_approval():
    talk = [("Taler 3", "Den er vi imod."), ("Taler 4", "Vi støtter den."),
            ("Taler 1", "Så er der flertal for. Godkendt.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


def test_round_511_not_a_thing_one_can_approve_refuses():
    assert _closed_by_chair(_WELLBEING, "Den er for dyr.", "Den er ikke til at godkende.").kind == "rejected"


@pytest.mark.parametrize("closing", ["Vi giver den lige et par uger.", "Den får et møde mere."])
def test_round_511_a_few_weeks_or_a_meeting_more_puts_off(closing):
    assert _closed_by_chair(_WELLBEING, "Den er for dyr.", closing).kind == "postponed"


_HALL_NAME = item(46, "Navngivning af ny idrætshal", None,
                  "Forvaltningen indstiller, at udvalget beslutter navnet på den nye hal.")


@pytest.mark.parametrize("closing", [
    "Vi beslutter navnet i januar.", "Lad os høre borgerne først og beslutte navnet derefter.",
    "Vi når ikke at vælge i dag.",
])
def test_round_511_a_choice_put_off_is_no_choice_made(closing):
    assert _closed_by_chair(_HALL_NAME, "Jeg foreslår Roskilde Arena.", closing).kind == "postponed"


@pytest.mark.parametrize("closing", ["Så bliver det Roskilde Arena.", "Så bliver det ikke Roskilde Arena, men Arena Nord."])
def test_round_511_a_choice_made_stays_decided(closing):
    assert _closed_by_chair(_HALL_NAME, "Jeg foreslår Roskilde Arena.", closing).kind == "decided"


def test_round_511_a_discussion_not_reached_today_is_put_off():
    assert _closed_by_chair(_PROGRAMME, "Jeg savner mere fokus på de nye ledere.",
                            "Vi når ikke drøftelsen i dag. Den kommer på næste møde.").kind == "postponed"


@pytest.mark.parametrize("wish", ["Lad os sige ja.", "Jeg synes, vi skal godkende den."])
@pytest.mark.parametrize("yes", ["Det giver mening.", "Ja, det er fornuftigt."])
def test_round_512_a_members_wish_for_the_approval_itself_agreed_to_is_no_change(wish, yes):
    talk = [("Taler 3", "Vikarerne er ikke nævnt."), ("Taler 2", wish), ("Taler 4", yes),
            ("Taler 1", "Så er det besluttet.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


def test_round_512_a_members_wish_for_a_change_agreed_to_stays_a_change():
    talk = [("Taler 2", "Lad os skrive vikarerne ind."), ("Taler 4", "Det giver mening."),
            ("Taler 1", "Så er det besluttet.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved_with_remark"


@pytest.mark.parametrize("asked", [("postponed", "Skal vi udsætte den?"), ("rejected", "Skal vi ikke bare droppe den?"),
                                   ("postponed", "Kan vi tage den igen, når vikarerne er med?")])
@pytest.mark.parametrize("yes", ["Det giver mening.", "Jeg er med.", "Det bakker jeg op om."])
def test_round_514_the_chairs_no_or_not_yet_asked_and_a_members_yes_in_own_words_keeps_its_kind(asked, yes):
    kind, question = asked
    talk = [("Taler 3", "Vikarerne er ikke nævnt."), ("Taler 1", question), ("Taler 4", yes),
            ("Taler 1", "Så gør vi det.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize("question", ["Kan vi godkende den?", "Skal vi sige ja?"])
def test_round_514_the_approval_asked_and_answered_let_us_is_no_change(question):
    talk = [("Taler 3", "Vikarerne er ikke nævnt."), ("Taler 1", question), ("Taler 4", "Ja, lad os det."),
            ("Taler 1", "Så gør vi det.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("closing", [("rejected", "Ja, øhm, så lader vi være."), ("postponed", "Ja, den må komme igen."),
                                     ("rejected", "Okay, ingen godkendelse."), ("rejected", "Ja, udvalget afslog den."),
                                     ("postponed", "Godt, den hviler vi lige.")])
def test_round_515_a_first_yes_to_what_was_said_leaves_the_no_or_not_yet_after_it(closing):
    kind, sentence = closing
    talk = [("Taler 3", "Vikarerne er ikke nævnt."), ("Taler 1", sentence)]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


def test_round_515_a_yes_answering_a_question_is_the_answer():
    news = item(4, "Orientering fra KL", None, "Kommunaldirektøren indstiller, at orienteringen tages til efterretning.")
    talk = [("Taler 1", "Der var fokus på økonomiaftalen."), ("Taler 2", "Blev der sagt noget om anlægsloftet?"),
            ("Taler 1", "Ja, det fastholdes."), ("Taler 1", "Det var orienteringen.")]
    assert draft_decision(news, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "noted"


def test_round_515_a_filler_between_commas_after_a_first_yes_leaves_one_comma():
    assert fluent("Ja, øhm, så aflyser vi det hele.") == "Ja, så aflyser vi det hele."
    assert fluent("Ja, øh, med den økonomi.") == "Ja med den økonomi."


@pytest.mark.parametrize(("said", "asks"), [
    ("Så udsætter vi den, ikke?", False), ("Den må komme igen, vel?", False), ("Så må vi have et nyt udkast, ikke?", False),
    ("Kan vi godkende den, ikke?", True), ("Hvorfor ikke?", True), ("Er den ikke for dyr?", True),
])
def test_round_516_a_statement_with_a_tag_asking_for_a_yes_is_no_question(said, asks):
    assert [s.is_question for s in iter_sentences(_spoken([("Taler 1", said)]))] == [asks]


@pytest.mark.parametrize("closing", ["Konklusionen er: den må komme igen.",
                                     "Så for at opsummere: den hviler vi lige.", "Kort sagt: ingen godkendelse."])
def test_round_516_a_conclusion_before_a_colon_is_what_it_concludes(closing):
    talk = [("Taler 3", "Vikarerne er ikke nævnt."), ("Taler 1", closing)]
    kind = "rejected" if "godkendelse" in closing else "postponed"
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == kind


@pytest.mark.parametrize(("closing", "kind"), [("Den skydes ned. Det er noteret.", "rejected"),
                                               ("Godkendt. Det er noteret.", "approved")])
def test_round_517_the_approvers_own_decision_written_down_keeps_its_kind(closing, kind):
    assert _closed_by_chair(_WELLBEING, "Vikarerne er ikke nævnt.", closing).kind == kind


def test_round_517_news_written_down_is_still_news():
    news = item(4, "Orientering fra KL", None, "Kommunaldirektøren indstiller, at orienteringen tages til efterretning.")
    talk = [("Taler 2", "Der var fokus på økonomiaftalen."), ("Taler 1", "Tak. Det er noteret.")]
    assert draft_decision(news, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "noted"


@pytest.mark.parametrize("closing", ["Godkendt. Nu skal den bare føres ud i livet.",
                                     "Godkendt. Så skal den implementeres."])
def test_round_518_the_approved_thing_put_to_work_is_no_remark(closing):
    assert _closed_by_chair(_WELLBEING, "Vikarerne er ikke nævnt.", closing).kind == "approved"


def test_round_518_a_demand_on_how_it_is_put_to_work_stays_a_remark():
    assert _closed_by_chair(_WELLBEING, "Vikarerne er ikke nævnt.",
                            "Godkendt. Den skal føres ud i livet sammen med vikarerne.").kind == "approved_with_remark"


_ROAD_SAFETY = item(7, "Trafiksikkerhedsplan", None,
                    "Borgmesteren indstiller,\n1. at planen godkendes\n2. at der gives 3 mio. kr. til de første projekter")


@pytest.mark.parametrize("closing", ["Hverken planen eller pengene kan vi godkende.",
                                     "Vi godkender hverken planen eller bevillingen.",
                                     "Vi kan hverken godkende planen eller pengene."])
def test_round_519_neither_of_them_approved_refuses(closing):
    assert _closed_by_chair(_ROAD_SAFETY, "Pengene har vi ikke.", closing).kind == "rejected"


def test_round_519_neither_more_nor_less_is_no_refusal():
    assert _closed_by_chair(_WELLBEING, "Den er fin.", "Godkendt, hverken mere eller mindre.").kind == "approved"


def test_round_519_the_funding_named_is_the_point_with_an_amount():
    assert _closed_by_chair(_ROAD_SAFETY, "Pengene har vi ikke.",
                            "Vi siger ja til planen. Finansieringen kommer igen.").kind == "partly_approved"


@pytest.mark.parametrize("closing", ["Den bliver aldrig godkendt.", "Vi godkender den aldrig.",
                                     "Den kan på ingen måde godkendes.", "Den godkender vi under ingen omstændigheder.",
                                     "Ingen godkender den.", "Ingen af os godkender den.", "Den er langt fra god nok.",
                                     "Den er ikke god nok til at blive godkendt."])
def test_round_520_a_no_said_strongly_or_by_nobody_approving_refuses(closing):
    assert _closed_by_chair(_WELLBEING, "Vikarerne er ikke nævnt.", closing).kind == "rejected"


@pytest.mark.parametrize("closing", ["Den er ikke klar nok til at blive godkendt.", "Den er langt fra klar."])
def test_round_520_not_ready_enough_puts_off(closing):
    assert _closed_by_chair(_WELLBEING, "Vikarerne er ikke nævnt.", closing).kind == "postponed"


def test_round_520_never_said_of_something_else_keeps_the_approval():
    assert _closed_by_chair(_WELLBEING, "Vi har aldrig haft en bedre plan.", "Godkendt.").kind == "approved"


@pytest.mark.parametrize("closing", ["Det er for tidligt.", "Lad os gemme den til efter sommerferien.",
                                     "Den har vi ikke tid til i dag.", "Vi lader den lige stå lidt."])
def test_round_521_a_case_set_aside_a_while_is_put_off(closing):
    assert _closed_by_chair(_WELLBEING, "Vikarerne er ikke nævnt.", closing).kind == "postponed"


def test_round_521_a_members_too_early_is_outvoted_by_the_approval():
    talk = [("Taler 3", "Det er for tidligt."), ("Taler 2", "Nej, den er klar."), ("Taler 1", "Godkendt.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "approved"


def test_round_521_a_members_too_early_is_a_view_the_chair_goes_past():
    assert _closed_by_chair(_WELLBEING, "Det er for tidligt.", "Så går vi videre med den.").kind == "approved"


@pytest.mark.parametrize(("said", "fluent_said"), [
    ("Ja, øh,, det gør vi.", "Ja, det gør vi."), ("Godt, øh, forslag.", "Godt forslag."),
    ("Ja, øh, til strategien, nej til redaktionsgruppen.", "Ja til strategien, nej til redaktionsgruppen."),
])
def test_round_522_a_filler_after_a_first_yes_keeps_one_comma_only_before_a_clause(said, fluent_said):
    assert fluent(said) == fluent_said


def test_round_522_a_question_in_the_past_without_its_mark_is_still_answered():
    news = item(4, "Orientering fra KL", None, "Kommunaldirektøren indstiller, at orienteringen tages til efterretning.")
    talk = [("Taler 1", "Der var fokus på økonomiaftalen."), ("Taler 2", "Blev der sagt noget om anlægsloftet."),
            ("Taler 1", "Ja, det fastholdes."), ("Taler 1", "Det var orienteringen.")]
    assert draft_decision(news, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "noted"


@pytest.mark.parametrize("yes", ["Det støtter jeg.", "Det støtter vi.", "Det bakker jeg også op om."])
def test_a_members_support_in_few_words_carries_the_no_it_agrees_with(yes):
    # (the mend 9e44a57 dropped "Det støtter jeg." from the room's yes by a space the merged pattern required)
    talk = [("Taler 3", "Vikarerne er ikke nævnt."), ("Taler 2", "Vi bør udsætte den."), ("Taler 4", yes),
            ("Taler 1", "Så gør vi det.")]
    assert draft_decision(_WELLBEING, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "postponed"


@pytest.mark.parametrize("closing", ["Den plan skal vi ikke have. Tak.", "Lad os få vikarerne med først. Tak.",
                                     "Vi gør det, og vikarerne skal med. Tak for det."])
def test_round_523_thanks_that_end_the_chairs_own_last_word_say_nothing(closing):
    assert _closed_by_chair(_WELLBEING, "Vikarerne er ikke nævnt.", closing).kind == \
        _closed_by_chair(_WELLBEING, "Vikarerne er ikke nævnt.", closing.rsplit(". ", 1)[0] + ".").kind


@pytest.mark.parametrize(("closing", "kind"), [("Den plan skal vi ikke have.", "rejected"),
                                               ("Lad os få vikarerne med først.", "postponed")])
def test_round_523_a_members_thanks_after_the_chairs_last_word_say_nothing(closing, kind):
    talk = [("Taler 2", "Vikarerne er ikke nævnt."), ("Taler 1", closing), ("Taler 3", "Tak.")]
    assert draft_decision(_WELLBEING, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


def test_round_523_thanks_after_the_chairs_own_question_stay_the_last_word():
    talk = [("Taler 2", "Sekretariatet er flyttet."), ("Taler 1", "Er der spørgsmål? Tak.")]  # nobody asked: a yes
    assert draft_decision(_WELLBEING, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("closing", ["Lad os få vikarerne med og så vende tilbage.",
                                     "Lad os få vikarerne med og så vende tilbage til planen.",
                                     "Vi taler med HR og vender tilbage til den."])
def test_round_524_come_back_to_after_something_else_puts_off(closing):
    assert _closed_by_chair(_WELLBEING, "Vikarerne er ikke nævnt.", closing).kind == "postponed"


def test_round_524_coming_back_with_something_new_is_no_postponement():
    news = item(4, "Orientering om bredbånd", None,
                "Kommunaldirektøren indstiller, at orienteringen tages til efterretning.")
    talk = [("Taler 2", "Udrulningen er forsinket."),
            ("Taler 1", "Vi noterer os det og vender tilbage med en plan for bredbånd.")]
    assert draft_decision(news, _spoken(talk), DIREKTIONEN, chair="Taler 1").kind == "noted"


@pytest.mark.parametrize(("closing", "kind"), [
    ("Jeg hører, at der er enighed om at fastholde den nuværende plan.", "rejected"),
    ("Konklusionen er: Der er enighed om at fastholde den nuværende plan.", "rejected"),
    ("Konklusionen er: Den er ikke klar til godkendelse.", "postponed"),
    ("Konklusionen er, at den ikke er klar til godkendelse.", "postponed"),
])
def test_round_525_a_summing_up_inside_a_summing_up_or_after_a_colon_concludes(closing, kind):
    assert _closed_by_chair(_WELLBEING, "Vikarerne er ikke nævnt.", closing).kind == kind


@pytest.mark.parametrize(("closing", "kind"), [
    ("Jeg tror, så lader vi være.", "rejected"), ("Jeg tror, ingen af os godkender den.", "rejected"),
    ("Jeg tror, den må komme igen.", "postponed"), ("Jeg tror, den hviler vi lige.", "postponed"),
    ("Jeg tror, så godkender vi den.", "approved"),
])
def test_round_526_the_chairs_hedged_last_word_decides(closing, kind):
    assert _closed_by_chair(_WELLBEING, "Vikarerne er ikke nævnt.", closing).kind == kind


def test_round_526_the_hedged_last_word_is_quoted_as_said():
    quoted = _closed_by_chair(_WELLBEING, "Vikarerne er ikke nævnt.", "Jeg tror, så lader vi være.").evidence
    assert [e.text for e in quoted] == ["Jeg tror, så lader vi være."]


@pytest.mark.parametrize(("said", "kind"), [
    ("Jeg tror, vi er enige.", "approved"), ("Jeg tror, det bliver rigtig godt. Godkendt.", "approved"),
])
def test_round_526_a_hedged_agreement_or_a_hedge_before_the_last_word_stays_a_view(said, kind):
    assert _closed_by_chair(_WELLBEING, "Den er god.", said).kind == kind


@pytest.mark.parametrize(("closing", "kind"), [
    ("Den siger vi nej til. Og det er enstemmigt.", "rejected"), ("Vi siger ja. Og det er enstemmigt.", "approved"),
    ("Så gør vi det. Og planen er godkendt.", "approved_with_remark"),
    ("Så aflyser vi det hele. Og det er hermed besluttet.", "rejected"),
    ("Den må komme igen. Og det er hermed besluttet.", "postponed"),
])
def test_round_527_a_sentence_begun_with_og_after_a_full_stop_goes_on_the_one_before(closing, kind):
    assert _closed_by_chair(_WELLBEING, "Vikarerne er ikke nævnt.", closing).kind == kind


@pytest.mark.parametrize("closing", ["Hver afdeling finder to vikarer, og så er planen godkendt.",
                                     "Hver afdeling finder to vikarer. Og så er planen godkendt."])
def test_round_527_the_approval_said_after_the_remark_is_not_written_into_it(closing):
    draft = _closed_by_chair(_WELLBEING, "Hvem skal dække ind?", closing)
    assert draft.kind == "approved_with_remark" and "to vikarer" in draft.text and "godkendt." not in draft.text


@pytest.mark.parametrize("said", ["Ja, det skriver vi ind, og så sender vi den i høring.",
                                  "Det er en god tilføjelse. Den tager vi med, og så er den godkendt."])
def test_round_527_a_change_that_names_only_its_pronoun_quotes_what_was_asked(said):
    draft = _closed_by_chair(_WELLBEING, "Der mangler noget om handicapidræt.", said)
    assert draft.kind == "approved_with_remark" and "handicapidræt" in draft.text


def test_round_528_the_verb_before_we_and_a_comma_is_turned_to_a_clause():
    assert as_clause("Så tilføjer vi, at interne opslag kan bruges.") == "vi tilføjer, at interne opslag kan bruges."


def test_a_yes_after_the_speakers_own_okay_is_no_thanks_left_off():
    # (round 523 left off any short yes after the speaker's own sentence: "Okay. Ja." lost its "Ja." and the okay-first
    # stress lost c4724)
    talk = [("Taler 2", "Handleplanen."), ("Taler 1", "Kan vi følge den?"), ("Taler 4", "Okay. Ja.")]
    assert draft_decision(_WELLBEING, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("closing", ["Så må den komme igen.", "Så må den komme igen, når tilbuddene er her.",
                                     "Den skal komme igen i august.", "Så skal planen omskrives og komme igen.",
                                     "Så kan den godkendes, når tallene foreligger."])
def test_round_529_the_case_to_come_again_said_verb_first_or_with_a_time_puts_off(closing):
    assert _closed_by_chair(_WELLBEING, "Vi har ikke fået tilbuddene endnu.", closing).kind == "postponed"


def test_round_529_another_year_said_verb_first_still_refuses():
    assert _closed_by_chair(_WELLBEING, "Økonomien er ikke til det i år.", "Så må det blive et andet år.").kind == \
        "rejected"


@pytest.mark.parametrize("demand", ["Vi skal have en evaluering efter et år.", "Den skal også gælde vikarer."])
def test_a_yes_to_a_demand_then_og_and_the_approval_keeps_the_remark(demand):
    # (round 527 joined "Ja, det gør vi. Og så er den godkendt." into one sentence, and the demand was lost: the old
    # rem4 probe of session 55 went from 12 to 39 of 621 not approved with a remark)
    assert _closed_by_chair(_WELLBEING, demand, "Ja, det gør vi. Og så er den godkendt.").kind == "approved_with_remark"


def test_a_conclusion_before_a_colon_with_the_modal_first_puts_off():
    # (round 529 read "Så må den komme igen." in the case's order, but not after "Konklusionen er:")
    assert _closed_by_chair(_WELLBEING, "Vi har ikke fået tilbuddene endnu.",
                            "Konklusionen er: så må den komme igen.").kind == "postponed"


@pytest.mark.parametrize(("said", "remark"), [
    ("Så godkender vi planen, og de timelønnede kommer med.", "at de timelønnede kommer med"),
    ("Godkendt. De timelønnede kommer med.", "at de timelønnede kommer med"),
    ("Den godkendes, og de timelønnede skal med.", "at de timelønnede skal med"),
    ("Godkendt. Og de timelønnede skal med.", "at de timelønnede skal med"),
    ("Så godkender vi den, og de timelønnede får samme vilkår.", "at de timelønnede får samme vilkår"),
    ("Vi godkender og tager samtidig de timelønnede med.", "at vi samtidig tager de timelønnede med"),
    ("Planen er godkendt, og den udvides til de timelønnede.", "at den udvides til de timelønnede"),
    ("Godkendt, så de timelønnede også er med.", "at de timelønnede også er med"),
])
def test_round_530_a_group_by_its_article_or_a_second_act_beside_the_approval_is_its_remark(said, remark):
    draft = _closed_by_chair(_WELLBEING, "Den mangler de timelønnede.", said)
    assert draft.kind == "approved_with_remark" and remark in draft.text


@pytest.mark.parametrize(("said", "remark"), [
    ("Godkendt med start 1. april.", "med start 1. april"),
    ("Godkendt. Lederne inddrages i det videre arbejde.", "at lederne inddrages i det videre arbejde"),
    ("Planen er godkendt, og vi noterer, at lederne skal inddrages.", "at lederne skal inddrages"),
    ("Godkendt, og det noteres, at lederne inddrages.", "at lederne inddrages"),
])
def test_round_530_a_date_a_group_drawn_in_and_a_demand_noted_are_remarks(said, remark):
    draft = _closed_by_chair(_WELLBEING, "Lederne skal inddrages, og starten er for tidlig.", said)
    assert draft.kind == "approved_with_remark" and remark in draft.text


def test_round_530_so_that_is_written_after_a_comma_not_after_med():
    draft = _closed_by_chair(_WELLBEING, "Den mangler de timelønnede.", "Godkendt, således at de timelønnede kommer med.")
    assert draft.text.endswith("indstillingen, således at de timelønnede kommer med.")


@pytest.mark.parametrize("said", ["Jeg noterer mig, at Morten er uenig. Planen er godkendt.",
                                  "Så er planen godkendt, og vi går videre.",
                                  "Så godkender vi den og sender den samtidig i høring."])
def test_round_530_a_dissent_noted_moving_on_or_the_next_step_stay_plain(said):
    assert _closed_by_chair(_WELLBEING, "Den ser fin ud.", said).kind == "approved"


@pytest.mark.parametrize(("said", "kind"), [
    ("Så fortsætter vi som i dag.", "rejected"),
    ("Den tager vi i januar.", "postponed"), ("Vi tager den til januar.", "postponed"),
    ("Vi lader den stå åben til januar.", "postponed"), ("Sagen holdes åben.", "postponed"),
    ("Den kommer på januarmødet.", "postponed"), ("Den behandler vi færdig i januar.", "postponed"),
    ("Der træffes beslutning i januar.", "postponed"),
])
def test_round_531_kept_as_now_or_taken_at_a_month_is_no_approval(said, kind):
    assert _closed_by_chair(_WELLBEING, "Vi mangler høringssvarene, og den er for dyr.", said).kind == kind


@pytest.mark.parametrize("said", ["Så fortsætter vi som hidtil. Godkendt.", "Vi tager den i brug i januar."])
def test_round_531_going_on_as_before_with_the_approval_or_put_to_use_still_approves(said):
    assert _closed_by_chair(_WELLBEING, "Den ser fin ud.", said).kind == "approved"


@pytest.mark.parametrize(("said", "remark"), [
    ("Så får den mål for hvert center, og så godkender vi den.", "med den ændring, at den får mål for hvert center"),
    ("Den får et afsnit om mål, og så er den godkendt.", "med den ændring, at den får et afsnit om mål"),
    ("Vi gør dem skarpere, og så godkender vi planen.", "med den ændring, at vi gør dem skarpere"),
    ("Så kortes den ned, og så er den godkendt.", "med den ændring, at den kortes ned."),
    ("Den skal kortes ned, og så er den godkendt.", "med den ændring, at den skal kortes ned."),
    ("Godkendt, og udgiften dækkes af puljen.", "at udgiften dækkes af puljen"),
    ("Så godkender vi den og finder pengene i reserven.", "at pengene findes i reserven"),
])
def test_round_532_a_change_to_the_case_by_its_pronoun_or_how_it_is_paid_is_the_remark(said, remark):
    draft = _closed_by_chair(_WELLBEING, "Den er for lang, den mangler mål, og den er dyr.", said)
    assert draft.kind == "approved_with_remark" and remark in draft.text


def test_round_532_the_presenters_promise_to_take_it_into_the_plan_makes_the_remark():
    talk = [("Taler 2", "Handleplanen."), ("Taler 3", "Den skal også gælde for vikarbureauer."),
            ("Taler 2", "Det tager vi med i planen."), ("Taler 1", "Så er den godkendt.")]
    draft = draft_decision(_WELLBEING, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "vikarbureauer" in draft.text


@pytest.mark.parametrize(("said", "kind"), [("Den får et nej, og så er vi enige.", "rejected"),
                                            ("Så får den lov at vente, og så er vi enige.", "postponed"),
                                            ("Vi gør den billigere, og så ser vi den igen i marts.", "postponed"),
                                            ("Så kortes den ned, og så kommer den igen.", "postponed")])
def test_round_532_a_no_or_a_not_yet_said_the_same_way_keeps_its_kind(said, kind):
    assert _closed_by_chair(_WELLBEING, "Den er for dyr.", said).kind == kind


def test_round_532_the_pronoun_after_its_verb_is_put_first_in_the_clause():
    assert as_clause("Så får den mål for hvert center") == "den får mål for hvert center"


@pytest.mark.parametrize("answers", [["Ja."], ["Ja.", "Ja."]])
@pytest.mark.parametrize("question", ["Er der opbakning til det?", "Er vi enige om det?", "Kan vi følge det?"])
def test_round_533_a_members_proposal_put_to_the_room_and_answered_yes_is_the_remark(question, answers):
    talk = [("Taler 2", "Handleplanen."), ("Taler 3", "Jeg foreslår, at den først træder i kraft 1. april."),
            ("Taler 1", question), *[(f"Taler {k + 2}", said) for k, said in enumerate(answers)]]
    draft = draft_decision(_WELLBEING, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "1. april" in draft.text


@pytest.mark.parametrize(("proposal", "kind"), [("Jeg foreslår, at vi ikke godkender den.", "rejected"),
                                                ("Jeg foreslår, at vi venter til januar.", "postponed"),
                                                ("Jeg foreslår, at vi godkender den.", "approved"),
                                                ("Den ser fin ud.", "approved")])
def test_round_533_a_no_a_not_yet_or_the_approval_itself_put_to_the_room_keeps_its_kind(proposal, kind):
    talk = [("Taler 2", "Handleplanen."), ("Taler 3", proposal), ("Taler 1", "Er der opbakning til det?"),
            ("Taler 2", "Ja.")]
    assert draft_decision(_WELLBEING, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == kind


@pytest.mark.parametrize("question", ["Kan vi ikke lade den starte 1. april?", "Kan vi lade den starte 1. april?"])
def test_round_533_a_change_asked_for_and_answered_with_a_bare_yes_before_a_short_approval_is_the_remark(question):
    draft = _closed_by_chair(_WELLBEING, question, "Jo. Så er den godkendt.")
    assert draft.kind == "approved_with_remark" and "1. april" in draft.text



@pytest.mark.parametrize("said", ["Den skal have de timelønnede med og så komme igen.",
                                  "Med de timelønnede kan den komme igen i januar.",
                                  "Så beder vi om en ny version med de timelønnede.",
                                  "Den bliver revideret og forelagt igen.", "Den skal justeres og komme tilbage."])
def test_round_534_the_case_reworked_and_back_or_a_new_version_asked_for_puts_off(said):
    assert _closed_by_chair(_WELLBEING, "Den mangler de timelønnede.", said).kind == "postponed"


@pytest.mark.parametrize("said", ["Den skal i høring og komme tilbage til os efter sommerferien.",
                                  "Så sendes den i høring. Efter høringen kan den komme igen til endelig vedtagelse."])
def test_round_534_back_after_its_hearing_is_no_postponement_of_a_hearing(said):
    hearing = item(5, "Idrætspolitik", None, "Forvaltningen indstiller, at idrætspolitikken sendes i høring.")
    assert _closed_by_chair(hearing, "Den er fin.", said).kind == "approved"


def test_round_534_with_the_extension_names_the_members_words():
    draft = _closed_by_chair(_WELLBEING, "Vi skal have de timelønnede med.", "Vi godkender den med den udvidelse.")
    assert draft.kind == "approved_with_remark" and "timelønnede" in draft.text


@pytest.mark.parametrize("said", ["Lejemålet er godkendt på de betingelser.", "Så godkender vi på de vilkår."])
def test_round_534_on_those_conditions_said_alone_points_back_to_what_was_asked(said):
    draft = _closed_by_chair(_WELLBEING, "Vi skal kunne komme ud efter tre år.", said)
    assert draft.kind == "approved_with_remark" and "efter tre år" in draft.text


def test_round_534_a_term_negotiated_in_by_a_body_is_the_change():
    draft = _closed_by_chair(_WELLBEING, "Vi skal kunne komme ud efter tre år.",
                             "Lejemålet godkendes, og forvaltningen forhandler en opsigelsesret ind.")
    assert draft.kind == "approved_with_remark" and "forhandler en opsigelsesret ind" in draft.text


@pytest.mark.parametrize("accepted", ["Det kan leverandøren godt acceptere.", "Det er jeg enig i."])
@pytest.mark.parametrize("approval", ["Så er den godkendt på de vilkår.", "Så er den godkendt med den ændring."])
def test_round_535_a_remark_said_alone_passes_over_anothers_word_that_only_accepts(accepted, approval):
    talk = [("Taler 2", "Handleplanen."), ("Taler 3", "Løbetiden skal ned på to år. Det er for lang tid."),
            ("Taler 2", accepted), ("Taler 1", approval)]
    draft = draft_decision(_WELLBEING, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "Løbetiden skal ned på to år" in draft.text


def test_round_535_a_grant_that_says_the_change_is_still_quoted():
    talk = [("Taler 2", "Handleplanen."), ("Taler 3", "Seminaret ligger samme dag som topmødet."),
            ("Taler 2", "Det kan vi flytte til dagen efter."), ("Taler 1", "Med den ændring er handleplanen godkendt.")]
    draft = draft_decision(_WELLBEING, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert "flytte til dagen efter" in draft.text


@pytest.mark.parametrize("said", ["Planen faldt med tre stemmer mod to.", "Den faldt med tre stemmer mod to.",
                                  "Planen faldt."])
def test_round_536_the_case_fallen_by_name_or_by_its_votes_refuses(said):
    assert _closed_by_chair(_WELLBEING, "Jeg stemmer imod.", said).kind == "rejected"


@pytest.mark.parametrize("said", ["Planen er vedtaget med tre stemmer mod to.",
                                  "Handleplanen er godkendt med fire stemmer mod en."])
def test_round_536_a_vote_counted_is_no_other_figure(said):
    assert _closed_by_chair(_WELLBEING, "Jeg stemmer imod.", said).kind == "approved"


@pytest.mark.parametrize("said", ["Godkendt, med de tal der står i sagen.", "Godkendt med de tal, der står i sagen.",
                                  "Godkendt med de beløb, som står i indstillingen."])
def test_round_537_what_the_case_already_holds_is_no_remark(said):
    assert _closed_by_chair(_WELLBEING, "Den ser fin ud.", said).kind == "approved"


def test_round_537_the_changes_someone_named_are_still_a_remark():
    assert _closed_by_chair(_WELLBEING, "Vikarerne skal med.", "Godkendt med de ændringer, Bo nævnte.").kind == \
        "approved_with_remark"


@pytest.mark.parametrize("question", ["Kan vi følge den?", "Kan vi leve med den?", "Kan vi bakke op om den?"])
def test_a_members_yes_and_thanks_to_the_approval_asked_makes_no_change(question):
    # (round 533 read the bare "Ja." of a member's "Ja. Tak." as granting "Kan vi følge den?" as a change: the
    # thanks-after stress lost c1156, c4688 and c4724)
    talk = [("Taler 2", "Handleplanen."), ("Taler 1", question), ("Taler 4", "Ja. Tak.")]
    assert draft_decision(_WELLBEING, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("thanking", ["Taler 4", "Taler 1"])
def test_a_proposal_put_to_the_room_answered_yes_and_thanked_for_is_still_the_remark(thanking):
    # (the member-thanks stress lost c3176: the room's yes had to be all that followed the question; the thanks may be
    # the chair's own)
    talk = [("Taler 2", "Handleplanen."), ("Taler 3", "Jeg foreslår, at den først træder i kraft 1. april."),
            ("Taler 1", "Er der opbakning til det?"), ("Taler 2", "Ja."), (thanking, "Tak.")]
    draft = draft_decision(_WELLBEING, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "1. april" in draft.text


@pytest.mark.parametrize(("said", "remark"), [
    ("Vi siger ja til alle tre og lægger superbrugerne oveni.", "med tilføjelse af superbrugerne"),
    ("Indstillingen godkendes. Samtidig udpeger hver afdeling to til fire superbrugere.", "hver afdeling udpeger"),
    ("Vi godkender indstillingerne med det tillæg, at forløbet er frivilligt.", "med det tillæg, at forløbet"),
    ("Godkendt med den klare besked, at borgerdata ikke må bruges.", "med den klare besked, at borgerdata"),
    ("Godt. Så sender vi dem også til MED, og så er de godkendt.", "at vi også sender dem til MED"),
    ("Alle tre godkendes. Vi noterer, at superbrugerne får en time om ugen.", "at superbrugerne får en time"),
    ("Godkendt. Vi aftaler, at forløbet højst varer en time.", "at forløbet højst varer en time"),
    ("Vi godkender, og finansieringen kommer fra den centrale pulje.", "at finansieringen kommer fra"),
    ("Godkendt. Eneste ændring er, at forløbet bliver frivilligt.", "med den ændring, at forløbet bliver frivilligt"),
    ("Så er indstillingen vedtaget, og der udpeges to til fire superbrugere i hver afdeling.", "at der udpeges"),
    ("Godkendt. Og så skal der udpeges superbrugere i alle afdelinger.", "at der skal udpeges superbrugere"),
])
def test_round_538_what_the_chair_adds_to_the_approval_in_more_forms(said, remark):
    draft = _closed_by_chair(_AI_POINTS, "Vi skal have superbrugere i hver afdeling.", said)
    assert draft.kind == "approved_with_remark" and remark in draft.text


@pytest.mark.parametrize(("said", "remark"), [
    ("Indstillingerne godkendes, og talentforløbet prioriteres højest.", "at talentforløbet prioriteres højest"),
    ("Vi godkender dem, og sagen om talentforløbet skal komme hurtigst muligt.", "at sagen om talentforløbet skal"),
    ("Alle fem er godkendt. Vi ønsker dog talentforløbet fremrykket.", "at talentforløbet bliver fremrykket"),
    ("Alle fem er godkendt. Store lederdag fortsætter som hidtil.", "at store lederdag fortsætter som hidtil"),
    ("Godkendt. Netværkene lægges på tværs af centrene.", "at netværkene lægges på tværs af centrene"),
    ("Vi godkender det hele og indfaser det over to år.", "at vi indfaser det over to år"),
])
def test_round_538_a_part_shaped_or_kept_beside_the_approval_of_all_points(said, remark):
    draft = _closed_by_chair(_LEADERS_POINTS, "Det er et godt program.", said)
    assert draft.kind == "approved_with_remark" and remark in draft.text


@pytest.mark.parametrize("said", ["Enig, den dropper vi. De andre fire godkender vi.",
                                  "Enig, den dropper vi. Resten er godkendt.",
                                  "Vi godkender indstilling et til fire. Fem udskyder vi."])
def test_round_538_one_point_dropped_or_put_off_by_its_pronoun_or_bare_number(said):
    assert _closed_by_chair(_LEADERS_POINTS, "Erfaringsindsamlingen er overflødig.", said).kind == "partly_approved"


def test_round_538_a_thing_of_the_case_going_on_as_now_still_refuses_it():
    onboarding = item(16, "Fælles onboarding", None, "Kommunaldirektøren indstiller, at der indføres fælles onboarding.")
    assert _closed_by_chair(onboarding, "Fælles onboarding.", "Afdelingerne fortsætter som hidtil.").kind == "rejected"


_NETWORK = item(12, "Beslutning om deltagelse i KL's digitaliseringsnetværk", None,
                "CBA indstiller, at kommunen deltager i netværket.")


@pytest.mark.parametrize(("said", "kind"), [
    ("Så springer vi over i år.", "rejected"), ("Vi afstår.", "rejected"),
    ("Så afstår vi fra at deltage.", "rejected"), ("Vi undlader at melde os ind.", "rejected"),
    ("Det lader vi ligge.", "postponed"),
])
def test_round_539_a_no_said_as_skipping_or_holding_back_is_no_approval(said, kind):
    assert _closed_by_chair(_NETWORK, "Det har vi ikke tid til.", said).kind == kind


def test_round_539_a_member_who_holds_back_a_vote_refuses_nothing():
    talk = [("Taler 2", "Netværket."), ("Taler 3", "Jeg afstår fra at stemme."), ("Taler 1", "Så melder vi os ind.")]
    assert draft_decision(_NETWORK, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


@pytest.mark.parametrize("said", ["Den tager vi på augustmødet.", "Vi tager den på næste møde.",
                                  "Den tager vi ikke stilling til i dag.", "Vi tager ikke stilling til den i dag."])
def test_round_539_the_case_taken_at_a_later_meeting_or_not_decided_today_waits(said):
    assert _closed_by_chair(_WELLBEING, "Rengøring hver tredje uge er for lidt.", said).kind == "postponed"


@pytest.mark.parametrize(("said", "remark"), [
    ("Så skubber vi det en uge, og årshjulet er godkendt.", "at vi skubber det en uge"),
    ("Vi finder en ny dato til budgetseminaret, og så er det godkendt.", "at der findes en ny dato"),
    ("Budgetseminaret rykkes til uge 9, og årshjulet godkendes.", "at budgetseminaret rykkes til uge 9."),
    ("Det lægger vi om. Årshjulet er godkendt.", "med den ændring"),
    ("Det bliver rettet, og så er årshjulet godkendt.", "Budgetseminaret ligger i vinterferien"),
    ("Godt set, det ændrer vi. Så er det godkendt.", "det ændrer vi"),
])
def test_round_540_a_date_in_the_wheel_moved_before_its_approval_is_a_change(said, remark):
    wheel = item(15, "Godkendelse af årshjul for Chefforum", None, "Kommunaldirektøren indstiller, at årshjulet godkendes.")
    draft = _closed_by_chair(wheel, "Budgetseminaret ligger i vinterferien.", said)
    assert draft.kind == "approved_with_remark" and remark in draft.text


def test_round_540_a_part_put_off_beside_the_rest_approved_is_still_a_part():
    assert _closed_by_chair(_LEADERS_POINTS, "Talentforløbet er dyrt.",
                            "Så skubber vi talentforløbet til næste år, og resten er godkendt.").kind == "partly_approved"


_LEADERS_DAY = item(7, "Godkendelse af budget for lederdagen", None,
                    "Kommunaldirektøren indstiller, at budgettet på 80.000 kr. godkendes.")


@pytest.mark.parametrize("said", ["Vi dropper lederdagen.", "Så aflyser vi lederdagen i år.", "Lederdagen er aflyst.",
                                  "Så sparer vi lederdagen i år."])
def test_round_541_the_case_named_by_its_title_dropped_is_refused_not_a_part(said):
    talk = [("Taler 2", "Lederdagen."), ("Taler 3", "80.000 er for meget i år."), ("Taler 1", said)]
    assert draft_decision(_LEADERS_DAY, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "rejected"


def test_round_541_a_part_the_title_does_not_name_dropped_is_still_the_change():
    plan = item(4, "Godkendelse af mødeplan 2017", None, "Kommunaldirektøren indstiller, at mødeplanen godkendes.")
    draft = _closed_by_chair(plan, "Julimødet ligger midt i ferien.", "Så sparer vi julimødet. Resten er godkendt.")
    assert draft.kind == "approved_with_remark"


_AI_TRIAL = item(7, "Afprøvning af kunstig intelligens i Høje-Taastrup Kommune", None,
                 "CBA indstiller, at Direktionen godkender at:\nHTK tilgår anvendelse af AI med en nysgerrig og "
                 "afprøvende tilgang.\nDer bevilges 100.000 kr. fra direktionens udviklingspulje til kompetenceløft og "
                 "afprøvning af AI.")


@pytest.mark.parametrize("said", [
    "Vi siger ja til tilgangen, men nej til pengene, og dermed er indstillingerne ikke godkendt.",
    "Vi godkender dem ikke. Tilgangen er fin, men pengene venter.",
    "Indstillingerne falder. Men tilgangen bakker vi op om.",
])
def test_round_541_the_whole_refused_beside_the_idea_backed_or_a_part_waiting_is_refused(said):
    assert _closed_by_chair(_AI_TRIAL, "Vi ved ikke, hvad centrene allerede gør.", said).kind == "rejected"


def test_round_541_a_not_yet_then_the_idea_backed_still_waits():
    said = "Vi godkender dem ikke endnu. Tilgangen er fin, men pengene venter."
    assert _closed_by_chair(_AI_TRIAL, "Vi ved ikke, hvad centrene allerede gør.", said).kind == "postponed"


@pytest.mark.parametrize("said", ["Vi finder plads i vores egne bygninger.", "Så rykker vi sammen i stedet."])
def test_round_541_room_found_in_our_own_refuses_a_lease(said):
    lease = item(17, "Beslutning – leje af lokaler til Digitalisering og IT", None,
                 "Koncerndirektionen indstiller, at lejemålet godkendes.")
    assert _closed_by_chair(lease, "Det er for dyrt.", said).kind == "rejected"


_RECOMMENDATIONS = item(54, "Godkendelse af anbefalinger fra Projektudvalget for Afbureaukratisering", None,
                        "Administrationen indstiller, at\n  1. anbefalinger til at plejecentre og deres interne "
                        "samarbejdspartnere godkendes")


@pytest.mark.parametrize("said", [
    "Vi godkender alle undtagen fire.", "Vi følger alle anbefalinger undtagen den fjerde.",
    "Vi godkender anbefalingerne, minus nummer fire.", "Anbefaling fire udgår, de andre er godkendt.",
    "Alle på nær fire er godkendt.", "Så godkender vi dem, men fire venter.",
    "Vi vedtager anbefaling et til tre plus fem og seks.", "De fem godkender vi, nattevagterne ser vi på igen.",
    "Vi tager de fem andre.", "Fire tager vi ikke med. Resten er godkendt.", "Nummer fire er ude. Resten er vedtaget.",
])
def test_round_542_one_recommendation_left_out_by_its_number_or_order_is_a_partial_approval(said):
    before = "Anbefaling fire om nattevagter koster for meget."
    assert _closed_by_chair(_RECOMMENDATIONS, before, said).kind == "partly_approved"


@pytest.mark.parametrize(("said", "remark"), [
    ("Godkendt, og superbrugerne laver en formålsbeskrivelse.", "at superbrugerne laver en formålsbeskrivelse"),
    ("Indstillingen er godkendt, og lederne udpeger superbrugerne inden sommerferien.", "at lederne udpeger"),
    ("Godkendt. Superbrugerne mødes en gang om måneden.", "at superbrugerne mødes en gang om måneden"),
    ("Godkendt, og awareness-forløbet bliver online.", "at awareness-forløbet bliver online"),
    ("Godkendt. Borgerdata holdes ude af Copilot.", "holdes ude af Copilot"),
    ("Så godkender vi, og vi sætter en deadline for superbrugerne.", "at vi sætter en deadline for superbrugerne"),
    ("Godkendt. Awareness starter først efter sommerferien.", "wareness starter først efter sommerferien"),
])
def test_round_543_what_the_people_it_is_for_do_or_what_the_thing_becomes_is_the_remark(said, remark):
    draft = _closed_by_chair(_AI_POINTS, "Hvad er formålet?", said)
    assert draft.kind == "approved_with_remark" and remark in draft.text


def test_round_543_a_body_that_takes_a_task_beside_the_approval_is_no_remark():
    draft = _closed_by_chair(_AI_POINTS, "Hvad er formålet?", "Godkendt, og IT sender materialet ud i næste uge.")
    assert draft.kind == "approved" and [f.who for f in draft.followups] == ["IT"]


def test_round_543_what_is_asked_taken_care_of_by_a_named_body_is_the_change():
    talk = [("Taler 2", "AI-sagen."), ("Taler 3", "Formålet skal stå klarere."),
            ("Taler 1", "Ja, og det sørger IT for. Godkendt.")]
    draft = draft_decision(_AI_POINTS, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "Formålet skal stå klarere" in draft.text


_FESTIVAL = item(74, "Ansøgning om underskudsgaranti til musikfestival", None,
                 "Forvaltningen indstiller, at der gives en underskudsgaranti på 200.000 kr.")


@pytest.mark.parametrize(("said", "remark"), [
    ("Så bliver garantien på 100.000.", "100.000"), ("Vi siger ja til en mindre garanti på 100.000.", "100.000"),
    ("Det bliver en garanti på 100.000.", "100.000"), ("Vi giver den, men kun halvdelen.", "kun halvdelen"),
    ("Vi giver garantien mod et revideret budget.", "under forudsætning af et revideret budget"),
])
def test_round_544_a_guarantee_given_with_another_amount_share_or_a_thing_in_return_is_a_change(said, remark):
    draft = _closed_by_chair(_FESTIVAL, "200.000 er for meget.", said)
    assert draft.kind == "approved_with_remark" and remark in draft.text


@pytest.mark.parametrize("said", [
    "Udendørs kan åbne, men caféerne skal vente til august.", "Udendørs ja, caféer først i august.",
    "Vi begynder udenfor. Caféerne må vente.", "Udendørs den 15. juni, caféerne i august.",
    "Så bliver det udendørs fra den 15. og caféerne senere.",
])
def test_round_545_one_part_now_and_the_other_later_in_more_forms_is_a_partial_approval(said):
    assert _closed_by_chair(_REOPENING, "Caféerne er for tidligt.", said).kind == "partly_approved"


@pytest.mark.parametrize("said", ["Vi lader den gå.", "Vi stemmer om det. Alle er imod.", "Det bliver uden os i år.",
                                  "Netværket fravælger vi."])
def test_round_546_a_no_said_as_letting_it_pass_or_the_room_against_is_no_approval(said):
    assert _closed_by_chair(_NETWORK, "Det giver ikke nok for pengene.", said).kind == "rejected"


def test_round_546_staying_out_asked_and_answered_yes_refuses():
    talk = [("Taler 2", "KL-netværket."), ("Taler 1", "Kan vi blive enige om at stå udenfor?"), ("Taler 3", "Ja."),
            ("Taler 4", "Ja.")]
    assert draft_decision(_NETWORK, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "rejected"


@pytest.mark.parametrize("said", [
    "Fire udsætter vi, resten godkender vi.", "Den om nattevagter venter vi med. Resten er godkendt.",
    "Vi godkender fem af seks. Nattevagterne kommer igen.", "Alle undtagen nattevagterne er godkendt. Dem tager vi i "
    "august.", "Nattevagterne parkerer vi. Resten godkendes.", "Fire venter til budgettet, og de andre fem er godkendt.",
    "Vi godkender de fem. Fire kommer igen i august.", "Anbefaling fire udskydes til august. Resten godkendes.",
    "Vi godkender alle andre end fire, som vi tager op igen.", "Anbefaling fire godkendes ikke, men resten gør.",
    "Vi følger alle anbefalinger undtagen den fjerde.",
])
def test_round_547_one_recommendation_put_off_beside_the_rest_approved_is_a_partial_approval(said):
    before = "Anbefaling fire om nattevagter koster for meget."
    assert _closed_by_chair(_RECOMMENDATIONS, before, said).kind == "partly_approved"


@pytest.mark.parametrize("said", [
    "Caféerne venter til august. Resten kører.", "Vi udskyder caféerne til august og åbner udendørs den 15.",
    "Vi åbner alt andet end caféerne.", "Caféerne tager vi i august. Udendørs kører den 15.",
    "Indendørs venter, udendørs starter.",
])
def test_round_547_the_cafes_put_off_beside_the_rest_started_is_a_partial_approval(said):
    assert _closed_by_chair(_REOPENING, "Caféerne er for tidligt.", said).kind == "partly_approved"


def test_round_547_the_case_waiting_while_another_body_starts_is_no_part():
    assert _closed_by_chair(_WELLBEING, "Tallene mangler.", "Sagen venter, men forvaltningen starter en analyse.").kind \
        == "postponed"


@pytest.mark.parametrize(("said", "remark"), [
    ("Vi godkender dem, og mentorordningen gøres obligatorisk.", "at mentorordningen gøres obligatorisk"),
    ("Godkendt, og erfaringsindsamlingen laves sammen med HR.", "at erfaringsindsamlingen laves sammen med HR"),
    ("Godkendt, og sag fem kommer på næste møde.", "at sag fem kommer på næste møde"),
    ("Godkendt. Sagen om talentforløb forelægges i september.", "at sagen om talentforløb forelægges i september"),
])
def test_round_548_a_point_shaped_or_its_promised_case_given_a_time_is_the_remark(said, remark):
    draft = _closed_by_chair(_LEADERS_POINTS, "Det er et godt program.", said)
    assert draft.kind == "approved_with_remark" and remark in draft.text


def test_round_548_a_thing_asked_to_come_earlier_and_granted_by_the_presenter_is_the_change():
    talk = [("Taler 2", "Lederudviklingen."), ("Taler 3", "Kan talentforløbet komme før sommerferien?"),
            ("Taler 2", "Ja, det kan vi godt."), ("Taler 1", "Så er de godkendt.")]
    draft = draft_decision(_LEADERS_POINTS, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved_with_remark" and "før sommerferien" in draft.text


def test_round_548_a_point_still_held_off_by_name_beside_the_approval_is_a_part():
    said = "Vi godkender de fire første. Talentforløbet venter til efter budgettet."
    assert _closed_by_chair(_LEADERS_POINTS, "Talentforløbet er dyrt.", said).kind == "partly_approved"


def test_the_idea_first_backed_beside_a_part_waiting_is_still_a_partial_approval():
    # (round 541 read "Tilgangen bakker vi op om." as the idea backed after the whole refused: the bakker-op stress lost
    # c6170, "Tilgangen godkender vi. Puljen tager vi ved budgetopfølgningen.")
    said = "Tilgangen bakker vi op om. Puljen tager vi ved budgetopfølgningen."
    assert _closed_by_chair(_AI_TRIAL, "Vi ved ikke, hvad centrene allerede gør.", said).kind == "partly_approved"


_RATES = item(3, "Godkendelse af takster for 2015", None, "Forvaltningen indstiller, at taksterne godkendes.")
_MEETING_PLAN = item(3, "Godkendelse af mødeplan 2021", None, "Koncerndirektionen indstiller, at mødeplanen godkendes.")
_DOG_PARK = item(3, "Forslag om etablering af hundeskov", None,
                 "Forvaltningen indstiller, at der etableres en hundeskov ved Fovrfelt.")


@pytest.mark.parametrize("said", [
    "Så godkender vi madservice og rengøring, og transport kommer igen på næste møde.",
    "Madservice og rengøring er godkendt, mens transport kommer tilbage i marts.",
])
def test_round_549_a_named_part_coming_again_at_a_time_beside_the_rest_approved_is_a_partial_approval(said):
    before = "Transporttaksten vil jeg gerne have belyst mere."
    assert _closed_by_chair(_RATES, before, said).kind == "partly_approved"


@pytest.mark.parametrize("said", [
    "Godkendt, og forvaltningen kommer igen på næste møde med en status.",
    "Taksterne er godkendt, og administrationen kommer tilbage i marts med en evaluering.",
])
def test_round_549_a_body_coming_again_after_the_approval_is_no_part_put_off(said):
    assert _closed_by_chair(_RATES, "Hvordan går det med transporten?", said).kind != "partly_approved"


def test_round_549_the_thing_asked_to_change_kept_as_it_is_is_no_change():
    talk = [("Taler 2", "Mødeplanen har elleve møder."), ("Taler 3", "Kan vi flytte mødet i oktober?"),
            ("Taler 2", "Det er svært, for lokalet er optaget."),
            ("Taler 1", "Så beholder vi datoen. Mødeplanen er godkendt.")]
    assert draft_decision(_MEETING_PLAN, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


def test_round_549_the_thing_left_to_others_to_carry_themselves_is_a_refusal():
    said = "Enig. Hundeskoven må hundeklubben selv stå for."
    assert _closed_by_chair(_DOG_PARK, "Det er ikke en kommunal opgave.", said).kind == "rejected"


_WELLBEING_PLAN = item(3, "Godkendelse af handleplan for trivsel", None,
                       "Kommunaldirektøren indstiller, at handleplanen godkendes.")


@pytest.mark.parametrize("said", [
    "Alt andet end hallejen er godkendt. Hallejen kommer tilbage i marts.",
    "Taksterne er godkendt, undtagen hallejen. Den kommer tilbage i marts.",
    "Vi godkender alle takster undtagen hallejen. Hallejen venter til marts.",
])
def test_round_550_the_thing_an_approval_excepts_put_off_after_it_is_a_partial_approval(said):
    # (as round 155's "Vi godkender alle undtagen den om fælles dokumentation. Den skal vi vente med."; they were
    # postponements)
    assert _closed_by_chair(_RATES, "Hallejen er for høj.", said).kind == "partly_approved"


def test_round_550_the_excepted_thing_coming_again_in_the_approval_itself_stays_its_remark():
    # (as the set writes "Taksterne er godkendt, undtagen madservice, som vi tager igen.")
    said = "Så godkender vi taksterne, dog ikke hallejen, som kommer igen."
    draft = _closed_by_chair(_RATES, "Hallejen er for høj.", said)
    assert draft.kind == "approved_with_remark" and "hallejen" in draft.text


def test_round_550_an_exception_followed_by_another_thing_put_off_still_puts_off():
    said = "Vi godkender alle takster undtagen hallejen. Sagen kommer tilbage, når vi har tallene."
    assert _closed_by_chair(_RATES, "Hallejen er for høj.", said).kind == "postponed"


@pytest.mark.parametrize(("item_", "before", "said"), [
    (_RATES, "Vi mangler ældretaksterne.", "Så godkender vi det, der ligger, og ældretaksterne kommer på næste møde."),
    (_RATES, "Vi mangler ældretaksterne.", "De takster, vi har, er godkendt. Ældretaksterne venter vi på."),
    (_RATES, "Hallejen er for høj.", "Hallejen tager vi ud og behandler på næste møde. Resten er vedtaget."),
    (_WELLBEING_PLAN, "Mentorordningen er ikke klar.",
     "Så starter vi på de første fire og tager mentorordningen op igen næste år."),
])
def test_round_550_some_done_by_what_is_at_hand_or_the_rest_and_a_thing_put_off_by_name_is_a_partial_approval(
        item_, before, said):
    assert _closed_by_chair(item_, before, said).kind == "partly_approved"


def test_round_550_a_group_keeping_its_price_beside_a_part_of_the_money_is_no_part_held_off():
    talk = [("Taler 2", "Billetprisen foreslås hævet fra 40 til 45 kroner."),
            ("Taler 4", "Kunne vi ikke lade pensionisterne slippe?"),
            ("Taler 1", "Jo. Pensionisterne beholder den gamle pris. Så hæver vi til 45 kroner for de voksne.")]
    ticket = item(3, "Godkendelse af ny billetpris i svømmehallen", None,
                  "Forvaltningen indstiller, at billetprisen hæves til 45 kr.")
    assert draft_decision(ticket, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved_with_remark"


def test_round_550_the_thing_asked_about_left_as_it_is_is_no_change():
    talk = [("Taler 2", "Taksterne for 2015."), ("Taler 3", "Hallejen er for høj."),
            ("Taler 2", "Den er regnet efter de faktiske udgifter."),
            ("Taler 1", "Så lader vi den være. Taksterne er godkendt.")]
    assert draft_decision(_RATES, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


_SPORTS_POLICY = item(3, "Idrætspolitik 2018-2022", None,
                      "Administrationen indstiller, at idrætspolitikken sendes i høring.")
_CANTEEN = item(3, "Beslutning om ny kantineordning", None, "CBA indstiller, at den nye kantineordning godkendes.")


def test_round_551_a_change_offered_with_an_adverb_and_taken_up_is_the_remark():
    talk = [("Taler 2", "Idrætspolitikken er klar til høring."), ("Taler 3", "Der skal stå noget om frivillige."),
            ("Taler 2", "Det kan vi nemt tilføje."), ("Taler 1", "Godt. Så kan den gå i høring.")]
    assert draft_decision(_SPORTS_POLICY, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved_with_remark"


def test_round_551_a_problem_met_by_the_forum_s_change_in_the_approval_itself_is_the_remark():
    said = "Vi hæver det til 65 procent og sender den i høring."
    draft = _closed_by_chair(_SPORTS_POLICY, "Målet om foreningsdeltagelse er for lavt.", said)
    assert draft.kind == "approved_with_remark"


def test_round_551_the_case_s_own_act_waiting_beside_another_act_puts_off():
    said = "Så holder vi en temadrøftelse i september, og høringen må vente."
    assert _closed_by_chair(_SPORTS_POLICY, "Jeg vil gerne have en temadrøftelse først.", said).kind == "postponed"


def test_round_551_the_body_asked_to_come_back_with_the_case_puts_off():
    said = "Så beder vi forvaltningen om at få den med og vende tilbage med sagen."
    assert _closed_by_chair(_CANTEEN, "Der mangler en vegetarisk linje.", said).kind == "postponed"


def test_round_551_a_status_promised_in_the_answer_is_a_follow_up_not_a_change():
    talk = [("Taler 2", "Kantineordningen giver mere grønt."),
            ("Taler 3", "Jeg vil gerne høre, hvordan det går om et halvt år."),
            ("Taler 2", "Det kan vi godt give en status på."), ("Taler 1", "Så er ordningen godkendt.")]
    assert draft_decision(_CANTEEN, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"


_SKEMA_C = item(3, "Godkendelse Skema C, Kirketerp, Lejerbo Hadsund", None,
                "Økonomidirektøren indstiller til Byrådet:\n1. At Skema C med 26 familieboliger godkendes.")


@pytest.mark.parametrize(("said", "remark"), [
    ("Skema C er godkendt. Byrådet henstiller til, at der etableres ladestandere.",
     "med den bemærkning, at der etableres ladestandere"),
    ("Godkendt, og byrådet anmoder om, at beboerne får indflydelse på udearealerne.",
     "med ønske om, at beboerne får indflydelse på udearealerne"),
])
def test_round_552_the_forum_urging_or_asking_beside_the_approval_is_the_remark(said, remark):
    draft = _closed_by_chair(_SKEMA_C, "Byggeriet ser godt ud.", said)
    assert draft.kind == "approved_with_remark" and remark in draft.text


@pytest.mark.parametrize("said", [
    "Den sendes til MED og kommer tilbage til endelig godkendelse.",
    "Sagen sendes til MED med en positiv tilkendegivelse og kommer tilbage til endelig godkendelse.",
])
def test_round_552_the_case_coming_back_for_its_approval_puts_off(said):
    assert _closed_by_chair(_CANTEEN, "MED har ikke set den.", said).kind == "postponed"


def test_round_552_a_hearing_and_the_final_adoption_after_it_approves_the_hearing():
    said = "Den sendes i høring og kommer tilbage til endelig vedtagelse."
    assert _closed_by_chair(_SPORTS_POLICY, "Den er fin.", said).kind == "approved"


def test_round_552_only_one_part_taken_today_and_then_approved_by_its_pronoun_is_a_partial_approval():
    agenda = item(1, "Godkendelse af dagsorden og referat", None,
                  "Kommunaldirektøren indstiller,\n1. at dagsordenen godkendes\n2. at referat godkendes")
    said = "Så tager vi kun dagsordenen i dag. Den er godkendt."
    assert _closed_by_chair(agenda, "Jeg har ikke fået referatet.", said).kind == "partly_approved"


def test_round_552_going_on_with_the_others_and_the_one_about_a_thing_taken_up_in_a_month_is_a_partial_approval():
    said = "Vi kører med de andre. Den om dokumentation tager vi op i september."
    assert _closed_by_chair(_RECOMMENDATIONS, "Den om dokumentation skal vente.", said).kind == "partly_approved"


@pytest.mark.parametrize(("talk", "title", "indstilling"), [
    ([("Taler 2", "Kvalitetsstandarden er opdateret."),
      ("Taler 1", "Den skal også oversættes til let dansk. Så borgerne kan forstå den."), ("Taler 2", "Det gør vi."),
      ("Taler 1", "Så vedtager vi standarden.")],
     "Godkendelse af kvalitetsstandard for hjemmehjælp", "Administrationen indstiller, at kvalitetsstandarden godkendes."),
    ([("Taler 1", "Dagtilbuddene i Hobro."),
      ("Taler 2", "Jeg foreslår, at sammenlægningen først sker 1. august. Så forældrene kan nå at vænne sig til det."),
      ("Taler 1", "Er der opbakning til det?"), ("Taler 3", "Ja.")],
     "Sammenlægning af dagtilbud i Hobro", "Forvaltningen indstiller, at dagtilbuddene sammenlægges 1. marts."),
])
def test_round_553_a_purpose_split_off_by_a_full_stop_goes_on_its_sentence(talk, title, indstilling):
    agenda = item(3, title, None, indstilling)
    assert draft_decision(agenda, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved_with_remark"


def test_round_554_any_act_only_when_the_forum_has_seen_something_first_puts_off():
    cycle = item(3, "Frigivelse af midler til cykelstier", None,
                 "Teknisk direktør indstiller, at der frigives 4,5 mio. kr. til cykelstier.")
    said = "Så frigiver vi først pengene, når vi har set prioriteringen."
    assert _closed_by_chair(cycle, "Vi mangler prioriteringen af strækningerne.", said).kind == "postponed"


@pytest.mark.parametrize(("indstilling", "kind"), [
    ("Forvaltningen indstiller, at kontrakten med Nordvej A/S forlænges med to år.", "rejected"),
    # (the tender the Indstilling asks for is its approval)
    ("Forvaltningen indstiller, at opgaven sendes i udbud.", "approved"),
])
def test_round_554_a_tender_after_the_act_refused_is_what_comes_of_the_no(indstilling, kind):
    contract = item(3, "Kontrakt om vinterbekæmpelse", None, indstilling)
    said = "Så forlænger vi ikke. Opgaven sendes i udbud."
    assert _closed_by_chair(contract, "Der har været mange klager i år.", said).kind == kind


def test_round_555_a_majority_for_the_member_s_proposal_grants_it_against_a_refusal_indstilling():
    buses = item(3, "Forslag fra Enhedslisten om gratis busser for unge", None,
                 "Forvaltningen indstiller, at forslaget ikke imødekommes.")
    talk = [("Taler 2", "Det koster 3 mio. kr. om året."), ("Taler 3", "Vi vil gerne gennemføre det."),
            ("Taler 1", "Så er der flertal for forslaget. Unge kører gratis fra 1. januar.")]
    assert draft_decision(buses, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved"
    talk[-1] = ("Taler 1", "Der er ikke flertal for forslaget.")
    assert draft_decision(buses, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "rejected"


def test_round_555_the_applications_looked_at_together_later_puts_off():
    lights = item(3, "Ansøgning om tilskud til julebelysning i Arden", None,
                  "Forvaltningen indstiller, at der gives et tilskud på 15.000 kr.")
    said = "Så ser vi på alle ansøgningerne samlet i november."
    assert _closed_by_chair(lights, "Andre byer har også søgt.", said).kind == "postponed"


def test_round_555_still_free_against_a_new_charge_refuses():
    parking = item(3, "Etablering af parkeringsafgift ved stranden", None,
                   "Teknisk direktør indstiller, at der indføres parkeringsafgift ved Hou Strand.")
    said = "Så parkerer folk stadig gratis ved stranden."
    assert _closed_by_chair(parking, "Det er en dårlig idé.", said).kind == "rejected"


def test_round_555_the_committee_first_putting_it_to_the_council_recommends():
    plan = item(3, "Forslag til lokalplan for Arden Nord", None, "Plan- og miljøudvalget indstiller til byrådet, at "
                "forslaget vedtages og sendes i offentlig høring.")
    said = "Udvalget indstiller til byrådet, at forslaget vedtages."
    assert _closed_by_chair(plan, "Lokalplanen giver plads til 40 boliger.", said).kind == "recommended"


def test_round_556_a_delivery_asked_in_a_question_is_a_follow_up_whatever_words_grant_it():
    contract = item(3, "Forlængelse af kontrakt om vinterbekæmpelse", None,
                    "Forvaltningen indstiller, at kontrakten forlænges med to år.")
    talk = [("Taler 2", "Leverandøren har leveret godt."),
            ("Taler 3", "Kan vi få en evaluering, før kontrakten udløber næste gang?"),
            ("Taler 1", "Ja, det sørger forvaltningen for. Kontrakten forlænges.")]
    draft = draft_decision(contract, _spoken(talk), CHEFFORUM, chair="Taler 1")
    assert draft.kind == "approved" and any("evaluering" in f.what for f in draft.followups)


def test_round_556_an_explanation_asked_into_the_text_is_still_the_change():
    accounts = item(3, "Regnskab for kulturhuset", None, "Forvaltningen indstiller, at regnskabet godkendes.")
    talk = [("Taler 2", "Regnskabet viser et underskud."),
            ("Taler 3", "Kan vi få en forklaring på underskuddet i noten?"),
            ("Taler 1", "Ja, det sørger forvaltningen for. Så er regnskabet godkendt.")]
    assert draft_decision(accounts, _spoken(talk), CHEFFORUM, chair="Taler 1").kind == "approved_with_remark"


def test_round_557_a_committee_with_a_long_name_recommending_makes_its_approval_a_recommendation():
    followup = item(3, "Budgetopfølgning pr. 31. marts 2024", None, "Direktøren for Sundhed og Omsorg indstiller, at "
                    "Social- og Sundhedsudvalget over for Økonomiudvalget og Byrådet anbefaler, at budgetopfølgningen "
                    "godkendes, og at der gives en tillægsbevilling på 4,2 mio. kr. til hjemmeplejen.")
    assert _closed_by_chair(followup, "Fint.", "Så er den godkendt.").kind == "recommended"


@pytest.mark.parametrize(("said", "kind"), [
    ("Enig. Ansøgeren må bygge den lavere.", "rejected"),
    ("Enig. Ansøgeren må følge lokalplanen.", "rejected"),
    # (a condition beside the approval is no refusal)
    ("Godkendt. Ansøgeren må plante en hæk mod naboen.", "approved"),
])
def test_round_558_the_applicant_left_to_comply_refuses_a_dispensation(said, kind):
    carport = item(3, "Dispensation fra lokalplan til carport på Skovvej 12", None,
                   "Forvaltningen indstiller, at der gives dispensation.")
    assert _closed_by_chair(carport, "Reglerne skal gælde for alle.", said).kind == kind


@pytest.mark.parametrize("said", [
    "Så tager vi den ved budgetopfølgningen i maj.", "Nej, så lad os tage den samlet ved budgetopfølgningen i maj.",
])
def test_round_559_the_case_taken_at_the_budget_follow_up_puts_off(said):
    grant = item(3, "Tillægsbevilling til vintervedligeholdelse", None,
                 "Økonomidirektøren indstiller, at der gives en tillægsbevilling på 2,8 mio. kr.")
    assert _closed_by_chair(grant, "Vinteren er ikke slut endnu.", said).kind == "postponed"


def test_the_bare_approval_after_one_part_taken_is_read_without_hesitation():
    # (the fillers stress lost c5306, right since round 552: "Den, øh, er godkendt." was not read as the bare approval)
    agenda = item(1, "Godkendelse af dagsorden og referat", None,
                  "Kommunaldirektøren indstiller,\n1. at dagsordenen godkendes\n2. at referat godkendes")
    said = "Så, øh, tager vi kun dagsordenen i dag. Den, øh, er godkendt."
    assert _closed_by_chair(agenda, "Jeg har ikke fået referatet.", said).kind == "partly_approved"
