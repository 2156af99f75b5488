"""Print the event log's head, each consumer's lag, and the health checks; exit 1 on a problem.

For monitoring from cron or an agent: `manage.py status --json --max-lag 30` exits 1 (naming the
problem on stderr) when the database or Redis is unreachable, no worker has beaten recently, a
consumer's oldest unprocessed event is older than --max-lag seconds, or (with --verify) a hash
chain is broken. It runs the same checks as /healthz (claims/core/health.py, plus those the tracker
registers), so claims never imports tracker.
"""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection
from django.utils import timezone

from claims.core import eventstore, health
from claims.core.models import Event


def _iso(moment: Any) -> str | None:
    return moment.isoformat().replace("+00:00", "Z") if moment is not None else None


def lag_seconds(position: int, head: int) -> float:
    """Age of the oldest event a consumer at `position` has not processed (0 if caught up)."""
    if position >= head:
        return 0.0
    oldest = (
        Event.objects.filter(position__gt=position)
        .order_by("position")
        .values_list("recorded_at", flat=True)
        .first()
    )
    return 0.0 if oldest is None else max(0.0, (timezone.now() - oldest).total_seconds())


class Command(BaseCommand):
    help = "Event head, consumer lag, health checks (and optionally the hash chains)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true", help="Print one JSON object.")
        parser.add_argument(
            "--max-lag",
            type=float,
            default=30.0,
            help="Alert when a consumer's oldest unprocessed event is older (seconds; 30).",
        )
        parser.add_argument("--verify", action="store_true", help="Also walk every hash chain.")

    def handle(self, *args: Any, **options: Any) -> None:
        report = self.collect(options["max_lag"], options["verify"])
        if options["json"]:
            self.stdout.write(json.dumps(report, indent=2, default=str))
        else:
            self.print_text(report)
        if report["problems"]:
            raise CommandError("; ".join(report["problems"]))

    def collect(self, max_lag: float, verify: bool) -> dict[str, Any]:
        problems: list[str] = []
        # Every check of /healthz: a monitor alerts on degraded ones too (Redis, the worker).
        checks = {item.name: health.run(item.check) for item in health.all_checks()}
        problems += [f"{name} check failed" for name, c in checks.items() if not c.get("ok")]

        last = Event.objects.order_by("-position").values("position", "recorded_at").first()
        head = last["position"] if last else 0
        events = {
            "head_position": head,
            "last_recorded_at": _iso(last["recorded_at"]) if last else None,
        }
        consumers: dict[str, Any] = {}
        for name, info in (checks.get("consumers") or {}).items():
            if isinstance(info, dict) and "position" in info:
                lag = round(lag_seconds(int(info["position"]), head), 1)
                consumers[name] = {
                    "position": info["position"],
                    "lag_events": max(0, head - int(info["position"])),
                    "lag_seconds": lag,
                }
                if lag > max_lag:
                    problems.append(f"consumer {name} lags {lag:.0f} s (max {max_lag:.0f} s)")
        report: dict[str, Any] = {
            "ok": not problems,
            "problems": problems,
            "database": {"vendor": eventstore.backend().vendor, **self.role()},
            "events": events,
            "consumers": consumers,
            "checks": checks,
        }
        if verify:
            report["verify"] = self.verify()
            if not report["verify"]["ok"]:
                problems.append(f"hash chain broken: {report['verify']['broken']}")
        report["ok"] = not problems
        return report

    @staticmethod
    def role() -> dict[str, Any]:
        from config.checks import role_facts

        facts = role_facts(connection.alias)
        if not facts:
            return {}  # a database without roles
        return {
            "role": facts.get("role"),
            "superuser": facts.get("superuser"),
            "owns_event_table": facts.get("owner") == facts.get("role"),
        }

    @staticmethod
    def verify() -> dict[str, Any]:
        checked = 0
        for _position, broken in eventstore.verify():
            if broken is not None:
                where = f"position {broken.position} ({broken.stream_id} v{broken.version})"
                return {"ok": False, "checked": checked, "broken": f"{where}: {broken.reason}"}
            checked += 1
        return {"ok": True, "checked": checked}

    def print_text(self, report: dict[str, Any]) -> None:
        write = self.stdout.write
        db = report["database"]
        role = f" as {db['role']}" if db.get("role") else ""
        write(f"database   {db['vendor']}{role}")
        events = report["events"]
        write(f"events     head {events['head_position']} (last {events['last_recorded_at']})")
        for name, lag in report["consumers"].items():
            write(
                f"consumer   {name}: position {lag['position']}, "
                f"{lag['lag_events']} events / {lag['lag_seconds']} s behind"
            )
        for name, check in report["checks"].items():
            if name != "consumers":
                write(f"check      {name}: {'ok' if check.get('ok') else 'FAILED'} {check}")
        if "verify" in report:
            v = report["verify"]
            state = "ok" if v["ok"] else f"BROKEN at {v['broken']}"
            write(f"verify     {v['checked']} events, {state}")
        if report["ok"]:
            write(self.style.SUCCESS("OK"))
        else:
            for problem in report["problems"]:
                write(self.style.ERROR(f"ALERT      {problem}"))
