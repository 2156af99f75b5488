"""The command table: each command's inputs, role, route and form, written once and used by all."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from django.urls import reverse
from django.utils.module_loading import import_string

from claims.api.commands import COMMAND_VIEWS
from claims.api.inputs import INPUTS
from claims.core import roles, services
from claims.core.commands import COMMANDS, can
from claims.core.domain import commands as c
from claims.core.domain.values import Document, Period, Qualifier, Quantity
from claims.workspace.forms import OperationForm
from claims.workspace.operations import OPERATIONS

SPECS = list(COMMANDS.values())


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_each_row_names_a_command_its_service_a_role_and_inputs_that_fill_it(spec: Any) -> None:
    assert callable(getattr(services, spec.service))
    assert spec.role in roles.ROLES
    fields = {f.name: f for f in dataclasses.fields(spec.command)}
    filled = {item.to or item.name for item in spec.inputs}
    assert filled <= set(fields), filled - set(fields)
    needed = {
        name
        for name, f in fields.items()
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    }
    assert needed <= filled | {spec.new_id}, needed - filled
    for item in spec.inputs:
        assert item.required == ((item.to or item.name) in needed), item.name


@pytest.mark.parametrize("spec", [s for s in SPECS if s.form], ids=lambda s: s.name)
def test_each_admin_form_is_an_operation_form(spec: Any) -> None:
    assert issubclass(import_string(spec.form), OperationForm)


def test_the_api_routes_and_the_admin_operations_come_from_the_table() -> None:
    assert set(COMMAND_VIEWS) == {s.api_slug for s in SPECS if s.api_slug}
    for slug, view in COMMAND_VIEWS.items():
        spec = view.spec
        assert spec.api_slug == slug
        assert view.required_roles == {"POST": spec.role}
        assert reverse(f"api-claim-{slug}", args=["c1"]) == f"/api/v1/claims/c1/{slug}/"
    assert {op.name for op in OPERATIONS} == {s.name for s in SPECS if s.stream == "claim"} - {
        "report"
    }
    for op in OPERATIONS:
        assert op.spec is COMMANDS[op.name]
        assert op.form is import_string(str(op.spec.form))
    assert set(INPUTS) == set(COMMANDS)


class _User:
    """A user holding one role (what roles_of reads)."""

    is_authenticated = is_active = True
    is_superuser = False
    pk = 0

    def __init__(self, role: str) -> None:
        self._claims_roles = frozenset(roles.ROLES[: roles.ROLES.index(role) + 1])


@pytest.mark.parametrize("role", roles.ROLES)
def test_a_role_may_run_exactly_the_commands_at_or_below_it(role: str) -> None:
    user = _User(role)
    for spec in SPECS:
        assert can(user, spec.name) == (roles.ROLES.index(spec.role) <= roles.ROLES.index(role))
    assert not can(user, "no-such-command")


def test_build_turns_validated_api_data_into_the_command() -> None:
    data = {
        "reason": "The ministry revised it.",
        "value": {"amount": Decimal("38.6"), "unit": "per 100,000 people", "qualifier": "nearly"},
        "statement": "",
        "by": None,
        "expected_version": 3,
    }
    assert COMMANDS["correct"].build(data) == c.CorrectClaim(
        reason="The ministry revised it.",
        value=Quantity(Decimal("38.6"), "per 100,000 people", Qualifier.NEARLY),
    )
    report = COMMANDS["report"].build(
        {
            "statement": "A figure.",
            "subject": "Guatemala",
            "indicator": "",
            "value": {"amount": "34.5", "unit": "per 100,000 people"},
            "period": {"start": dt.date(2012, 1, 1), "end": dt.date(2012, 12, 31)},
            "attributed_to": "s1",
            "reported_in": {"url": "https://example.org", "publisher": ""},
        }
    )
    assert isinstance(report, c.ReportClaim)
    assert report.claim_id  # a fresh id
    assert report.indicator is None
    assert report.period == Period(dt.date(2012, 1, 1), dt.date(2012, 12, 31))
    assert report.reported_in == Document(url="https://example.org")
    assert report.place == ""


def test_an_empty_text_clears_a_source_field_but_leaves_others_unchanged() -> None:
    update = COMMANDS["update_source"].build({"url": "", "name": ""})
    assert update == c.UpdateSource(url="")
