"""Import an article from a file (or `-` for stdin): store it, print its candidate claims.

    manage.py import_article article.txt --url https://... --publisher "World Politics Review" \
        --published-at 2013-03-01 --user contributor
    cat article.html | manage.py import_article - --user editor --accept-all --attributed-to <id>

With --accept-all every candidate is reported as a claim (as the admin's "Accept selected"
does), attributed to --attributed-to or else to the source its attribution matched; candidates
with neither, or with no subject, are skipped and listed.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.core.domain.errors import CommandRejected
from claims.core.models import Source
from claims.importing import documents
from claims.importing.models import DocumentCandidate

COLUMNS = (("n", 4), ("figure", 24), ("unit", 20), ("period", 23), ("place", 14), ("source", 30))


def _date(raw: str) -> dt.date:
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise CommandError(f"--published-at: {raw!r} is not a date (YYYY-MM-DD).") from None


def _cell(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


class Command(BaseCommand):
    help = "Import an article (a file, or - for stdin) and print the claims it proposes."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="The article as plain text or HTML; - reads stdin.")
        parser.add_argument("--url", default="", help="Where the article was published.")
        parser.add_argument(
            "--publisher", default="", help="Who published it: a source id or a name."
        )
        parser.add_argument(
            "--published-at", type=_date, default=None, help="Publication date, YYYY-MM-DD."
        )
        parser.add_argument(
            "--language",
            choices=["en", "es"],
            default=None,
            help="The text's language; detected when not given (other languages are refused).",
        )
        parser.add_argument(
            "--user",
            default=None,
            help="Who imports it (a contributor or editor); default: the first superuser.",
        )
        parser.add_argument(
            "--accept-all", action="store_true", help="Report every candidate as a claim."
        )
        parser.add_argument(
            "--attributed-to",
            default=None,
            metavar="SOURCE_ID",
            help="With --accept-all: the source every claim is attributed to.",
        )
        parser.add_argument(
            "--subject", default=None, help="With --accept-all: the subject of every claim."
        )
        parser.add_argument(
            "--json", action="store_true", help="Print the candidates as JSON instead of a table."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        user = self._user(options["user"])
        if options["attributed_to"] and not options["accept_all"]:
            raise CommandError("--attributed-to goes with --accept-all.")
        if options["attributed_to"] and not Source.objects.filter(pk=options["attributed_to"]):
            raise CommandError(f"No source with id {options['attributed_to']!r}.")
        text = self._read(options["file"])
        try:
            imported = documents.import_document(
                text,
                importer=user,
                url=options["url"],
                publisher=options["publisher"],
                published_at=options["published_at"],
                language=options["language"],
            )
        except documents.ImportRefused as exc:
            raise CommandError(exc.message) from None
        document = imported.document
        if options["json"]:
            rows = [
                {
                    "n": c.n,
                    **c.data,
                    "suggested_source": c.suggested_source or None,
                    "indicator": c.indicator or None,
                    "matches": c.matches,
                }
                for c in imported.candidates
            ]
            body = {
                "document": str(document.pk),
                "found": imported.found,
                "warnings": documents.warnings_of(document),
                "candidates": rows,
            }
            self.stdout.write(json.dumps(body, ensure_ascii=False, indent=2))
        else:
            self._table(imported.candidates)
        kept = len(imported.candidates)
        more = f" (the first {kept} stored)" if imported.found > kept else ""
        self.stderr.write(
            f"Stored document {document.pk}: {len(text):,} characters, "
            f"{imported.found} candidate{'s' if imported.found != 1 else ''}{more}."
        )
        for warning in documents.warnings_of(document):
            self.stderr.write(self.style.WARNING(f"Warning: {warning['message']}"))
        if options["accept_all"]:
            self._accept_all(imported.candidates, user, options)

    def _user(self, username: str | None) -> Any:
        users = get_user_model().objects.filter(is_active=True)
        user = (
            users.filter(username=username).first()
            if username
            else users.filter(is_superuser=True).order_by("pk").first()
        )
        if user is None:
            raise CommandError(
                f"No active user {username!r}." if username else "No superuser: pass --user."
            )
        if not documents.can_import(user):
            raise CommandError(f"{user.get_username()} may not import: a reader's role.")
        return user

    def _read(self, name: str) -> str:
        try:
            if name == "-":
                raw = sys.stdin.buffer.read(documents.max_text_chars() * 4 + 1)
            else:
                with open(name, "rb") as handle:
                    raw = handle.read(documents.max_text_chars() * 4 + 1)
        except OSError as exc:
            raise CommandError(f"Cannot read {name}: {exc.strerror or exc}.") from None
        # Binary or mis-encoded bytes become U+FFFD rather than an error.
        return raw.decode("utf-8-sig", errors="replace")

    def _table(self, candidates: list[DocumentCandidate]) -> None:
        if not candidates:
            self.stdout.write("No candidate claims found.")
            return
        names = dict(
            Source.objects.filter(
                pk__in={c.suggested_source for c in candidates if c.suggested_source}
            ).values_list("id", "name")
        )
        header = "  ".join(name.ljust(width) for name, width in COLUMNS)
        self.stdout.write(header + "  statement")
        self.stdout.write("-" * (len(header) + 11))
        for c in candidates:
            start, end = c.get("period_start"), c.get("period_end")
            period = f"{start}..{end}" if start and end and start != end else (start or "")
            written = c.get("attributed_to") or ""
            matched = names.get(c.suggested_source, "")
            source = f"{written} → {matched}" if matched else written
            qualifier = c.get("qualifier")
            figure = c.get("amount", "") + ("" if qualifier == "exact" else f" ({qualifier})")
            values = (str(c.n), figure, c.get("unit", ""), period, c.get("place") or "", source)
            cells = [_cell(v, w).ljust(w) for v, (_, w) in zip(values, COLUMNS, strict=True)]
            self.stdout.write("  ".join(cells) + "  " + _cell(c.get("statement", ""), 80))

    def _accept_all(
        self, candidates: list[DocumentCandidate], user: Any, options: dict[str, Any]
    ) -> None:
        edits: dict[str, Any] = {}
        if options["attributed_to"]:
            edits["attributed_to"] = options["attributed_to"]
        if options["subject"]:
            edits["subject"] = options["subject"]
        accepted = 0
        for candidate in candidates:
            try:
                result = documents.accept_candidate(candidate, user=user, edits=edits)
            except CommandRejected as exc:
                self.stderr.write(f"  candidate {candidate.n} skipped: {exc.message}")
                continue
            accepted += 1
            self.stdout.write(f"  candidate {candidate.n} → claim {result.claim_id}")
        self.stderr.write(f"Accepted {accepted} of {len(candidates)} candidates.")
