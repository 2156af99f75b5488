"""Replay the demo facts (claims/fixtures/demo.json) through the services, idempotently.

Every id and event id is derived from the demo's keys, so a second run finds each command
already applied and appends nothing. A log loaded from older demo data catches up through the
normal command path, never by editing it: a claim the data now gives as a proposition (its
`value` null) but the log holds as a figure claim is recast (`recast_reason` says why).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from claims.core import services
from claims.core.domain import commands as c
from claims.core.domain.values import Document, Period, Quantity

DEMO_PATH = Path(__file__).resolve().parents[1] / "fixtures" / "demo.json"
DEMO_NAMESPACE = uuid.UUID("0b5f3c0e-1d2a-4e8b-9c6d-2013a0de0001")

ROLES = ("reader", "contributor", "editor")
DEMO_USERS = {"editor": "editor", "contributor": "contributor", "reader": "reader"}


def demo_id(kind: str, key: str) -> str:
    return str(uuid.uuid5(DEMO_NAMESPACE, f"{kind}:{key}"))


def _at(raw: str) -> dt.datetime:
    return dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))


def ensure_roles_and_users(password: str | None = None) -> dict[str, str]:
    """Create the role groups and the demo users; return usernames by role."""
    password = password or settings.CLAIMS_DEMO_PASSWORD
    view_perms = Permission.objects.filter(
        content_type__app_label__in=["claims", "tracker"], codename__startswith="view_"
    )
    for role in ROLES:
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.add(*view_perms)
    users = get_user_model().objects
    for username, role in DEMO_USERS.items():
        user, _ = users.get_or_create(
            username=username, defaults={"email": f"{username}@example.org"}
        )
        user.is_staff = True
        user.set_password(password)
        user.save()
        user.groups.set([Group.objects.get(name=role)])
    admin, _ = users.get_or_create(username="admin", defaults={"email": "admin@example.org"})
    admin.is_staff = admin.is_superuser = True
    admin.set_password(password)
    admin.save()
    return {role: username for username, role in DEMO_USERS.items()} | {"superuser": "admin"}


def load(path: Path = DEMO_PATH, define_indicator: Any = None) -> dict[str, int]:
    """Load sources, indicators and claims with their histories; return counts of new events."""
    demo = json.loads(path.read_text(encoding="utf-8"))
    counts = {"sources": 0, "claims": 0, "events": 0, "replayed": 0}

    def tally(result: services.Result, kind: str | None = None) -> None:
        if result.replayed:
            counts["replayed"] += 1
        else:
            counts["events"] += len(result.records)
            if kind:
                counts[kind] += 1

    system = services.Context(actor="demo-loader")
    source_ids = {s["key"]: demo_id("source", s["key"]) for s in demo["sources"]}
    for s in demo["sources"]:
        cmd = c.RegisterSource(
            source_id=source_ids[s["key"]],
            name=s["name"],
            kind=s["kind"],
            url=s.get("url", ""),
            wikidata_id=s.get("wikidata_id", ""),
            aliases=tuple(s.get("aliases", ())),
        )
        ctx = services.Context(actor=system.actor, event_id_seed=f"demo:source:{s['key']}")
        # (the demo's own names, loaded beside whatever the database holds: a source someone
        # registered under one of them before stays theirs, and the demo's is its own)
        tally(services.register_source(cmd, ctx, same_name_ok=True), "sources")
    if define_indicator is not None:
        for ind in demo.get("indicators", []):
            define_indicator(actor=system.actor, **ind)
    doc = demo.get("document") or {}
    document = (
        Document(
            url=doc.get("url", ""),
            publisher=source_ids.get(doc.get("publisher", "")),
            published_at=dt.date.fromisoformat(doc["published_at"])
            if doc.get("published_at")
            else None,
            title=doc.get("title", ""),
        )
        if doc
        else None
    )
    for item in demo["claims"]:
        claim_id = demo_id("claim", item["key"])
        period = item.get("period")
        value = item.get("value")
        report = c.ReportClaim(
            claim_id=claim_id,
            statement=item["statement"],
            subject=item["subject"],
            indicator=item.get("indicator"),
            value=Quantity.from_data(value) if value is not None else None,
            period=Period.from_data(period) if period else None,
            place=item.get("place", ""),
            attributed_to=source_ids[item["attributed_to"]],
            said_by=item.get("said_by"),
            relayed_by=tuple(source_ids[key] for key in item.get("relayed_by", ())),
            reported_in=document,
            note=item.get("note", ""),
        )
        ctx = services.Context(
            actor=item.get("actor", "editor"),
            occurred_at=_at(item["at"]),
            event_id_seed=f"demo:claim:{item['key']}:0",
            extra={"source": "demo"},
        )
        result = services.report(report, ctx)
        tally(result, "claims")
        for step_no, step in enumerate(item.get("history", []), start=1):
            ctx = services.Context(
                actor=step.get("actor", "editor"),
                occurred_at=_at(step["at"]),
                event_id_seed=f"demo:claim:{item['key']}:{step_no}",
                extra={"source": "demo"},
            )
            tally(_history_step(claim_id, step, source_ids, ctx))
        if value is None and item.get("recast_reason"):
            recast = _recast_if_needed(claim_id, item)
            if recast is not None:
                tally(recast)
    return counts


def _recast_if_needed(claim_id: str, item: dict[str, Any]) -> services.Result | None:
    """Recast a claim the log still holds as a figure claim (reported from older demo data)."""
    state = services.load_claim(claim_id)
    if state is None or state.is_proposition:
        return None
    ctx = services.Context(
        actor="demo-loader",
        event_id_seed=f"demo:claim:{item['key']}:recast",
        extra={"source": "demo"},
    )
    cmd = c.RecastAsProposition(reason=item["recast_reason"])
    return services.recast(claim_id, cmd, ctx, state.version)


def _history_step(
    claim_id: str, step: dict[str, Any], source_ids: dict[str, str], ctx: services.Context
) -> services.Result:
    by = source_ids.get(step.get("by", ""))
    reason = step.get("reason", "")
    match step["command"]:
        case "confirm":
            return services.confirm(claim_id, c.ConfirmClaim(reason=reason, by=by), ctx, None)
        case "dispute":
            dispute = c.DisputeClaim(
                dispute_id=demo_id("dispute", f"{claim_id}:{reason}"), reason=reason, by=by
            )
            return services.dispute(claim_id, dispute, ctx, None)
        case "refute":
            return services.refute(claim_id, c.RefuteClaim(reason=reason, by=by), ctx, None)
        case "retract":
            return services.retract(claim_id, c.RetractClaim(reason=reason, by=by), ctx, None)
        case "correct":
            value = Quantity.from_data(step["value"]) if step.get("value") else None
            cmd = c.CorrectClaim(reason=reason, value=value, statement=step.get("statement"), by=by)
            return services.correct(claim_id, cmd, ctx, None)
        case "note":
            return services.note(claim_id, c.AddNote(text=step["text"]), ctx, None)
    raise ValueError(f"Unknown demo command {step['command']!r}")
