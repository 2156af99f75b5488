"""A source's reliability counts its whole record: claims attributed to it, the figures it gave
in other claims, the disputes it raised; the counters, a rebuild and the worker agree."""

from __future__ import annotations

from decimal import Decimal as D
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command

from claims.core import selectors, services
from claims.core.domain import commands as c
from claims.core.domain.errors import CommandRejected
from claims.core.domain.values import Quantity
from tests import factories
from tracker import consumers
from tracker import indicators as ind
from tracker.models import SourceReliability

pytestmark = pytest.mark.django_db
CTX = services.Context(actor="test-editor")
UNIT = "per 100,000 people"


def stats(source_id: str) -> dict[str, int]:
    row = selectors.source(source_id)
    assert row is not None
    return selectors.source_stats(row)


def record() -> dict[str, Any]:
    """Every source's document (stats, reliability, explanation)."""
    return {
        source_id: selectors.source_document(row)
        for source_id, row in selectors.sources(selectors.source_ids()).items()
    }


def _story() -> dict[str, str]:
    """UN reports two rates; INE disputes the first with its own figure (upheld, accepted),
    the UN corrects it later (INE's accepted figure is superseded); ICEFI disputes the
    second (rejected) and adds a figure an editor never decides."""
    un, ine, icefi = (factories.source(n) for n in ("UN", "INE", "ICEFI"))
    first = factories.report(un, amount="39", qualifier="nearly", year=2011).state.claim_id
    second = factories.report(un, amount="34.5", year=2012).state.claim_id
    services.dispute(
        first,
        c.DisputeClaim(
            dispute_id="d1",
            reason="INE counts more.",
            by=ine,
            counter_value=Quantity.of("41", UNIT),
        ),
        CTX,
        1,
    )
    services.resolve_dispute(
        first,
        c.ResolveDispute(resolution="upheld", reason="INE is right.", accepted_figure="d1"),
        CTX,
        2,
    )
    assert stats(ine)["figures_accepted"] == 1
    assert stats(ine)["disputes_upheld"] == 1
    services.correct(
        first, c.CorrectClaim(reason="The UN revised it.", value=Quantity.of("40", UNIT)), CTX, 3
    )
    services.dispute(second, c.DisputeClaim(dispute_id="d2", reason="Too low.", by=icefi), CTX, 1)
    services.resolve_dispute(
        second, c.ResolveDispute(resolution="rejected", reason="The UN stands."), CTX, 2
    )
    services.add_figure(
        second, c.AddFigure(figure_id="f1", source=icefi, value=Quantity.of("35", UNIT)), CTX, 3
    )
    return {"un": un, "ine": ine, "icefi": icefi}


def test_figures_and_disputes_count_for_their_sources() -> None:
    ids = _story()
    assert stats(ids["ine"]) == {
        **dict.fromkeys(selectors.SOURCE_COUNTERS, 0),
        "figures_superseded": 1,  # accepted, then the UN's correction replaced it
        "disputes_upheld": 1,
    }
    assert stats(ids["icefi"]) == {
        **dict.fromkeys(selectors.SOURCE_COUNTERS, 0),
        "disputes_rejected": 1,  # its undecided figure counts nothing
    }
    assert stats(ids["un"])["reported"] == 2
    assert stats(ids["un"])["corrected"] == 1
    docs = record()
    # INE: held 1, failed ½: (1 + 2) / (1 + ½ + 4) = 0.5455; ICEFI: 2 / 5.
    assert docs[ids["ine"]]["reliability"] == "0.5455"
    assert docs[ids["icefi"]]["reliability"] == "0.4000"
    why = docs[ids["ine"]]["explanation"]
    assert (why["held"], why["failed"], why["reliability"]) == ("1", "0.5", "0.5455")
    terms = {t["count"]: t for t in why["terms"]}
    assert terms["disputes_upheld"] == {
        "count": "disputes_upheld",
        "n": 1,
        "side": "held",
        "weight": "1",
        "what": "disputes it raised that were upheld",
    }
    assert terms["figures_superseded"]["weight"] == "0.5"


def test_the_same_answer_after_a_rebuild_and_from_the_worker() -> None:
    _story()
    before = record()
    call_command("rebuild_projections", "--no-progress", stdout=StringIO())
    assert record() == before
    consumers.catch_up()
    assert consumers.verify().differences == []
    for source_id, doc in before.items():
        stored = SourceReliability.objects.get(source_id=source_id)
        assert str(stored.reliability) == doc["reliability"]
        assert consumers.row_score(stored).counts == ind.SourceCounts(**doc["stats"])


def test_a_fresh_recount_matches_the_counters() -> None:
    ids = _story()
    full = consumers.compute_sources(None)
    incremental = consumers.compute_sources(set(ids.values()))
    for source_id in ids.values():
        assert full[source_id] == incremental[source_id]
    assert full[ids["ine"]].reliability == D("0.5455")


def test_the_worker_rescores_the_sources_a_claim_event_touches() -> None:
    ids = _story()
    consumers.catch_up()
    assert SourceReliability.objects.get(source_id=ids["icefi"]).disputes_rejected == 1
    claim = factories.report(ids["un"], amount="30", year=2013).state.claim_id
    services.dispute(claim, c.DisputeClaim(dispute_id="d3", reason="No.", by=ids["icefi"]), CTX, 1)
    services.resolve_dispute(claim, c.ResolveDispute(resolution="upheld", reason="Yes."), CTX, 2)
    consumers.catch_up()
    row = SourceReliability.objects.get(source_id=ids["icefi"])
    assert (row.disputes_upheld, row.disputes_rejected, row.reliability) == (1, 1, D("0.5"))


# --- A corrected report stays corrected; competing disputes close cleanly -------------------------


def _corrected_by_a_dispute(x: str, wilson: str) -> str:
    """X says 45 percent; Wilson disputes with 30, upheld accepting the 30."""
    claim = factories.report(x, amount="45", unit="percent").state.claim_id
    services.dispute(
        claim,
        c.DisputeClaim(
            dispute_id="d1", reason="30.", by=wilson, counter_value=Quantity.of("30", "percent")
        ),
        CTX,
        1,
    )
    services.resolve_dispute(
        claim,
        c.ResolveDispute(resolution="upheld", reason="30 it is.", accepted_figure="d1"),
        CTX,
        2,
    )
    return claim


def _recounted_the_same() -> None:
    """The counters equal a fresh recount, a rebuild and the worker's scores."""
    before = record()
    full = consumers.compute_sources(None)
    for source_id, doc in before.items():
        assert ind.SourceCounts(**doc["stats"]) == full[source_id].counts
    call_command("rebuild_projections", "--no-progress", stdout=StringIO())
    assert record() == before
    consumers.catch_up()
    assert consumers.verify().differences == []


def test_confirming_a_claim_corrected_by_a_dispute_keeps_its_source_corrected() -> None:
    x, wilson = factories.source("X"), factories.source("Wilson")
    claim = _corrected_by_a_dispute(x, wilson)
    assert record()[x]["reliability"] == "0.4444"

    services.confirm(claim, c.ConfirmClaim(reason="30 checked."), CTX, 3)

    docs = record()
    assert {k: v for k, v in docs[x]["stats"].items() if v} == {"reported": 1, "corrected": 1}
    assert docs[x]["reliability"] == "0.4444"  # not 0.6: X said 45
    # Wilson's figure was accepted and its dispute upheld: (2 + 2) / (2 + 4).
    assert {k: v for k, v in docs[wilson]["stats"].items() if v} == {
        "figures_accepted": 1,
        "disputes_upheld": 1,
    }
    assert docs[wilson]["reliability"] == "0.6667"
    _recounted_the_same()


def test_confirming_a_corrected_claim_keeps_its_source_corrected() -> None:
    x = factories.source("X")
    claim = factories.report(x, amount="45", unit="percent").state.claim_id
    services.correct(
        claim, c.CorrectClaim(reason="30.", value=Quantity.of("30", "percent")), CTX, 1
    )
    services.confirm(claim, c.ConfirmClaim(reason="30 checked."), CTX, 2)

    doc = record()[x]
    assert (doc["stats"]["confirmed"], doc["stats"]["corrected"]) == (0, 1)
    assert doc["reliability"] == "0.4444"
    _recounted_the_same()


def _two_disputes() -> tuple[str, dict[str, str]]:
    """Gov says 1200 people; IC disputes with 1000, STATE with 1500; IC's dispute is upheld
    accepting STATE's figure."""
    ids = {n: factories.source(n) for n in ("Gov", "IC", "STATE")}
    claim = factories.report(ids["Gov"], amount="1200", unit="people").state.claim_id
    for version, (dispute_id, by, amount) in enumerate(
        (("d1", "IC", "1000"), ("d2", "STATE", "1500")), start=1
    ):
        services.dispute(
            claim,
            c.DisputeClaim(
                dispute_id=dispute_id,
                reason=f"{amount}.",
                by=ids[by],
                counter_value=Quantity.of(amount, "people"),
            ),
            CTX,
            version,
        )
    services.resolve_dispute(
        claim,
        c.ResolveDispute(
            dispute_id="d1", resolution="upheld", reason="1500.", accepted_figure="d2"
        ),
        CTX,
        3,
    )
    return claim, ids


@pytest.mark.parametrize("accepted", ["d2", None])
def test_a_dispute_whose_figure_was_accepted_is_closed_upheld(accepted: str | None) -> None:
    claim, ids = _two_disputes()

    result = services.resolve_dispute(
        claim,
        c.ResolveDispute(
            dispute_id="d2", resolution="upheld", reason="STATE.", accepted_figure=accepted
        ),
        CTX,
        4,
    )

    state = result.state
    assert (state.status.value, state.value) == ("corrected", Quantity.of("1500", "people"))
    docs = record()
    assert {k: v for k, v in docs[ids["STATE"]]["stats"].items() if v} == {
        "figures_accepted": 1,
        "disputes_upheld": 1,
    }
    assert docs[ids["Gov"]]["stats"]["corrected"] == 1
    _recounted_the_same()


def test_a_dispute_whose_figure_was_accepted_cannot_be_rejected() -> None:
    claim, ids = _two_disputes()

    with pytest.raises(CommandRejected) as refused:
        services.resolve_dispute(
            claim, c.ResolveDispute(dispute_id="d2", resolution="rejected", reason="No."), CTX, 4
        )

    assert refused.value.field == "resolution"
    assert stats(ids["STATE"])["disputes_rejected"] == 0
