"""Propositions, reopening and the attribution chain through the API, on the demo data."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest
from django.core.management import call_command
from rest_framework.test import APIClient

from claims.core import services
from claims.core.domain import commands as c
from claims.core.domain.values import Period, Quantity
from tests.factories import DemoIds

Api = Callable[[str], APIClient]
TRAFFICKER = "claim:trafficker-killed"
SHARE = "claim:organized-crime-share"


def proposition_body(ids: DemoIds, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "statement": "The army took part in the Totonicapán shooting.",
        "subject": "Totonicapán killings",
        "place": "Totonicapán, Guatemala",
        "period": {"start": "2012-10-04", "end": "2012-10-04"},
        "attributed_to": ids["source:wilson"],
    }
    body.update(overrides)
    return body


def post(client: APIClient, path: str, body: dict[str, Any], version: int) -> Any:
    return client.post(path, body, format="json", HTTP_IF_MATCH=f'"{version}"')


def disputed_ids(api: Api) -> set[str]:
    page = api("anonymous").get("/api/v1/claims/?disputed=true&page_size=100")
    assert page.status_code == 200
    return {c["id"] for c in page.json()["results"]}


# --- Propositions ---------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["absent", None])
def test_a_claim_without_a_value_is_reported_as_a_proposition(
    api: Api, demo: DemoIds, value: Any
) -> None:
    body = proposition_body(demo)
    if value != "absent":
        body["value"] = value
    response = api("contributor").post("/api/v1/claims/", body, format="json")
    assert response.status_code == 201, response.json()
    claim = response.json()
    assert claim["value"] is None
    assert claim["figures"] == []
    assert claim["indicator"] is None
    fetched = api("anonymous").get(f"/api/v1/claims/{claim['id']}/")
    assert fetched.json() == claim
    # Every read path shows it without a 5xx.
    for path in (
        f"/api/v1/claims/{claim['id']}/history/",
        "/api/v1/claims/?page_size=100",
        f"/api/v1/claims/?q={'army took part'}",
        "/claims/",
        f"/claims/{claim['id']}/",
    ):
        assert api("anonymous").get(path).status_code == 200, path
    csv = api("anonymous").get("/api/v1/claims/?format=csv")
    assert csv.status_code == 200
    text = b"".join(csv.streaming_content).decode()  # type: ignore[attr-defined]
    row = next(line for line in text.splitlines() if claim["id"] in line)
    assert "army took part" in row


def test_a_proposition_cannot_feed_an_indicator(api: Api, demo: DemoIds) -> None:
    body = proposition_body(demo, indicator="gt-homicide-rate")
    response = api("contributor").post("/api/v1/claims/", body, format="json")
    assert response.status_code == 400
    assert "indicator" in response.json()


def test_figure_commands_on_a_proposition_are_refused_naming_the_field(
    api: Api, demo: DemoIds
) -> None:
    created = api("contributor").post("/api/v1/claims/", proposition_body(demo), format="json")
    claim_id = created.json()["id"]
    base = f"/api/v1/claims/{claim_id}"
    value = {"amount": "3", "unit": "soldiers"}
    editor = api("editor")
    cases: list[tuple[str, dict[str, Any], str]] = [
        ("add-figure", {"source": demo["source:un"], "value": value}, "value"),
        ("correct", {"reason": "Fewer.", "value": value}, "value"),
        (
            "dispute",
            {"reason": "Fewer.", "by": demo["source:un"], "counter_value": value},
            "counter_value",
        ),
        ("recast", {"reason": "Already one."}, "value"),
    ]
    for slug, body, field in cases:
        response = post(editor, f"{base}/{slug}/", body, 1)
        assert response.status_code == 400, (slug, response.json())
        assert field in response.json(), (slug, response.json())
    # What does apply to a proposition: a dispute in words, a verdict, a new wording.
    disputed = post(editor, f"{base}/dispute/", {"reason": "Denied by the army."}, 1)
    assert disputed.status_code == 200, disputed.json()
    refuted = post(editor, f"{base}/refute/", {"reason": "Shown false."}, 2)
    assert refuted.status_code == 200, refuted.json()
    assert refuted.json()["open_disputes"] == 0
    review = api("anonymous").get(f"{base}/claimreview/")
    assert review.status_code == 200
    assert review.json()["reviewRating"]["alternateName"] == "False"


def test_the_demo_cartel_leader_report_is_a_proposition(api: Api, demo: DemoIds) -> None:
    claim = api("anonymous").get(f"/api/v1/claims/{demo[TRAFFICKER]}/").json()
    assert claim["value"] is None
    assert claim["figures"] == []
    assert claim["status"] == "refuted"


def test_the_year_the_zetas_arrived_is_no_figure_in_the_demo(api: Api, demo: DemoIds) -> None:
    """'The Zetas have operated in Guatemala since 2007' was the figure '2007 year'."""
    claim = api("anonymous").get(f"/api/v1/claims/{demo['claim:zetas-since-2007']}/").json()
    assert claim["value"] is None
    assert claim["figures"] == []
    assert claim["period"] == {"start": "2007-01-01", "end": "2012-12-31"}


def test_the_demo_loads_beside_a_source_of_the_same_name(db: Any, settings: Any) -> None:
    """A 'United Nations' registered before the demo stays; the demo's is registered too."""
    from tests.factories import load_demo

    mine = services.new_id()
    services.register_source(
        c.RegisterSource(source_id=mine, name="United Nations", kind="organization"),
        services.Context(actor="editor"),
    )
    load_demo(settings)
    assert services.load_source(mine) is not None
    assert services.load_source(DemoIds()["source:un"]) is not None


def test_a_demo_log_holding_the_report_as_a_figure_is_recast_by_load_demo(
    db: Any, settings: Any
) -> None:
    """A log loaded from the older demo data (the report as '1 people') catches up: load_demo
    appends the recast through the command path, once."""
    from tests.factories import load_demo

    old = DemoIds()
    ctx = services.Context(actor="older-demo", event_id_seed="demo:claim:trafficker-killed:0")
    for key, name, kind in (("early-reports", "Initial press reports", "media"),):
        services.register_source(
            c.RegisterSource(source_id=old[f"source:{key}"], name=name, kind=kind),
            services.Context(actor="older-demo", event_id_seed=f"demo:source:{key}"),
        )
    services.report(
        c.ReportClaim(
            claim_id=old[TRAFFICKER],
            statement="One of Mexico's most wanted drug traffickers was killed in a shootout.",
            subject="Mexican cartel leadership",
            value=Quantity.of("1", "people"),
            period=Period.from_data({"start": "2013-02-21", "end": "2013-02-21"}),
            attributed_to=old["source:early-reports"],
        ),
        ctx,
    )
    load_demo(settings)
    state = services.load_claim(old[TRAFFICKER])
    assert state is not None
    assert state.is_proposition
    assert state.status.value == "refuted"
    assert [f.status.value for f in state.figures] == ["withdrawn"]
    version = state.version
    load_demo(settings)  # a second run appends nothing
    again = services.load_claim(old[TRAFFICKER])
    assert again is not None
    assert again.version == version
    out = io.StringIO()
    call_command("verify_events", stdout=out)


def test_recast_turns_a_figure_claim_into_a_proposition(api: Api, demo: DemoIds) -> None:
    body = {
        "statement": "A cartel leader was killed.",
        "subject": "Cartel leadership",
        "value": {"amount": "1", "unit": "people"},
        "attributed_to": demo["source:early-reports"],
    }
    created = api("contributor").post("/api/v1/claims/", body, format="json").json()
    path = f"/api/v1/claims/{created['id']}/recast/"
    assert (
        post(api("contributor"), path, {"reason": "Stood for a statement."}, 1).status_code == 403
    )
    response = post(api("editor"), path, {"reason": "'1 people' stood for 'was killed'."}, 1)
    assert response.status_code == 200, response.json()
    claim = response.json()
    assert claim["value"] is None
    assert [f["status"] for f in claim["figures"]] == ["withdrawn"]
    history = api("anonymous").get(f"/api/v1/claims/{created['id']}/history/").json()
    assert history["results"][-1]["event_type"] == "ClaimRecast"


# --- Reopen ---------------------------------------------------------------------------------


def test_reopening_the_refuted_cartel_leader_report_lists_it_as_disputed_again(
    api: Api, demo: DemoIds
) -> None:
    claim_id = demo[TRAFFICKER]
    assert claim_id not in disputed_ids(api)
    before = api("anonymous").get(f"/api/v1/claims/{claim_id}/").json()
    assert before["status"] == "refuted"
    assert before["open_disputes"] == 0
    path = f"/api/v1/claims/{claim_id}/reopen/"
    body = {
        "reason": "A body has been identified as the trafficker's.",
        "by": demo["source:gt-gov"],
        "evidence": "https://example.org/identified",
    }
    assert post(api("contributor"), path, body, before["version"]).status_code == 403
    response = post(api("editor"), path, body, before["version"])
    assert response.status_code == 200, response.json()
    claim = response.json()
    assert claim["status"] == "disputed"
    assert claim["open_disputes"] == 1
    opened = [d for d in claim["disputes"] if d["status"] == "open"]
    assert [(d["reason"], d["by"], d["evidence"]) for d in opened] == [
        (body["reason"], body["by"], body["evidence"])
    ]
    assert claim_id in disputed_ids(api)
    review = api("anonymous").get(f"/api/v1/claims/{claim_id}/claimreview/").json()
    assert review["reviewRating"]["alternateName"] == "Disputed"
    history = api("anonymous").get(f"/api/v1/claims/{claim_id}/history/").json()
    assert history["results"][-1]["event_type"] == "ClaimReopened"
    out = io.StringIO()
    call_command("verify_events", stdout=out)  # raises on a broken chain
    # Reopening what is not a verdict is refused, naming the status.
    again = post(api("editor"), path, {"reason": "Again."}, claim["version"])
    assert again.status_code == 400
    assert "status" in again.json()


def test_reopen_checks_its_source_and_evidence(api: Api, demo: DemoIds) -> None:
    path = f"/api/v1/claims/{demo[TRAFFICKER]}/reopen/"
    version = api("anonymous").get(f"/api/v1/claims/{demo[TRAFFICKER]}/").json()["version"]
    missing = post(api("editor"), path, {"reason": "New.", "by": "nobody"}, version)
    assert missing.status_code == 400
    assert "by" in missing.json()
    bad_url = post(api("editor"), path, {"reason": "New.", "evidence": "ftp://x"}, version)
    assert bad_url.status_code == 400
    assert "evidence" in bad_url.json()
    no_reason = post(api("editor"), path, {}, version)
    assert no_reason.status_code == 400
    assert "reason" in no_reason.json()


# --- The attribution chain ------------------------------------------------------------------


def test_the_demo_share_carries_its_real_attribution_chain(api: Api, demo: DemoIds) -> None:
    share = api("anonymous").get(f"/api/v1/claims/{demo[SHARE]}/").json()
    assert share["said_by"] == "Guatemalan officials"
    assert share["attributed_to"] == demo["source:gt-officials"]
    assert share["relayed_by"] == [demo["source:wilson"]]
    assert share["reported_in"]["publisher"] == demo["source:wpr"]
    assert "Christine Zaino and Cynthia Arnson" in share["note"]
    assert share["figures"][0]["said_by"] == "Guatemalan officials"
    assert share["figures"][0]["relayed_by"] == [demo["source:wilson"]]
    wilson = api("anonymous").get(f"/api/v1/sources/{demo['source:wilson']}/").json()
    assert wilson["name"].startswith("Wilson Center")
    publisher = api("anonymous").get(f"/api/v1/sources/{demo['source:wpr']}/").json()
    assert publisher["name"] == "World Politics Review"
    for key in ("homicide-rate-2011", "homicide-rate-2012"):
        rate = api("anonymous").get(f"/api/v1/claims/{demo[f'claim:{key}']}/").json()
        assert rate["attributed_to"] == demo["source:un"]
        assert rate["relayed_by"] == [demo["source:wilson"]]
        assert "Christine Zaino and Cynthia Arnson" in rate["note"]


def test_claimreview_names_who_said_it_and_who_relayed_it(api: Api, demo: DemoIds) -> None:
    review = api("anonymous").get(f"/api/v1/claims/{demo[SHARE]}/claimreview/").json()
    item = review["itemReviewed"]
    assert item["author"] == {
        "@type": "Organization",
        "name": "Guatemalan officials",
        "alternateName": [
            "funcionarios guatemaltecos",
            "autoridades guatemaltecas",
            "Guatemalan authorities",
        ],
    }
    assert [c["name"] for c in item["contributor"]] == ["Wilson Center, Latin America Program"]
    assert item["appearance"]["publisher"]["name"] == "World Politics Review"
    feed = api("anonymous").get("/api/v1/claimreview/").json()
    in_feed = next(r for r in feed["dataFeedElement"] if r["claimReviewed"].startswith("Organized"))
    assert in_feed["itemReviewed"] == item


def test_report_and_add_figure_take_the_chain_and_a_figure_period(api: Api, demo: DemoIds) -> None:
    body = proposition_body(
        demo,
        statement="The homicide rate was 40 per 100,000 people.",
        value={"amount": "40", "unit": "per 100,000 people"},
        attributed_to=demo["source:un"],
        said_by="a U.N. spokesperson",
        relayed_by=[demo["source:insight-crime"], demo["source:wilson"]],
        language="es",
    )
    created = api("contributor").post("/api/v1/claims/", body, format="json")
    assert created.status_code == 201, created.json()
    claim = created.json()
    assert claim["said_by"] == "a U.N. spokesperson"
    assert claim["relayed_by"] == [demo["source:insight-crime"], demo["source:wilson"]]
    assert claim["language"] == "es"
    figure = {
        "source": demo["source:gt-gov"],
        "value": {"amount": "41", "unit": "per 100,000 people"},
        "said_by": "the interior minister",
        "relayed_by": [demo["source:wpr"]],
        "period": {"start": "2011-01-01", "end": "2011-12-31"},
    }
    path = f"/api/v1/claims/{claim['id']}/add-figure/"
    added = post(api("contributor"), path, figure, 1)
    assert added.status_code == 200, added.json()
    new = added.json()["figures"][-1]
    assert new["said_by"] == "the interior minister"
    assert new["relayed_by"] == [demo["source:wpr"]]
    assert new["period"] == {"start": "2011-01-01", "end": "2011-12-31"}
    page = api("anonymous").get(f"/claims/{claim['id']}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "a U.N. spokesperson" in html
    assert "InSight Crime, then Wilson Center" in html
    assert "the interior minister" in html


@pytest.mark.parametrize(
    ("relayed_by", "message"),
    [
        (["no-such-source"], "No source"),
        ("wilson", "list"),
        (["same", "same"], ""),
        ([str(i) for i in range(11)], ""),
    ],
)
def test_a_bad_chain_is_refused_naming_relayed_by(
    api: Api, demo: DemoIds, relayed_by: Any, message: str
) -> None:
    body = proposition_body(demo, relayed_by=relayed_by)
    response = api("contributor").post("/api/v1/claims/", body, format="json")
    assert response.status_code == 400, response.json()
    assert "relayed_by" in response.json()
    assert message in str(response.json()["relayed_by"])


def test_the_origin_cannot_relay_itself(api: Api, demo: DemoIds) -> None:
    body = proposition_body(demo, relayed_by=[demo["source:wilson"]])
    response = api("contributor").post("/api/v1/claims/", body, format="json")
    assert response.status_code == 400
    assert "relayed_by" in response.json()
    figure = {
        "source": demo["source:un"],
        "value": {"amount": "40", "unit": "per 100,000 people"},
        "relayed_by": ["nobody"],
    }
    path = f"/api/v1/claims/{demo['claim:homicide-rate-2011']}/add-figure/"
    refused = post(api("contributor"), path, figure, 1)
    assert refused.status_code == 400
    assert "relayed_by" in refused.json()
