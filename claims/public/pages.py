"""What every public page shares: the reading gate, the as_of/known_at moments, conditional GETs,
safe links, and the SVG number line of a figure.

Other apps (the indicator pages) build on these so every public page behaves the same way.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import wraps
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import render
from django.utils.cache import get_conditional_response
from django.utils.html import escape
from django.utils.http import http_date
from django.utils.safestring import SafeString, mark_safe

from claims.core import selectors, validtime
from claims.workspace import display

try:
    _RELEASE = version("claims-tracker")
except PackageNotFoundError:  # running from a checkout that was never installed
    _RELEASE = "dev"

View = Callable[..., HttpResponse]


def public_read(view: View) -> View:
    """Open to anyone while CLAIMS_PUBLIC_READ is true; otherwise only to signed-in users.
    Pages are read, never posted to: other methods are a 405."""

    @wraps(view)
    def gate(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        if not getattr(settings, "CLAIMS_PUBLIC_READ", True) and not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return gate


@dataclass(frozen=True, slots=True)
class Moments:
    """The moments a page is read at: `as_of` (transaction time), `known_at` (valid time)."""

    as_of: dt.datetime | None = None
    known_at: dt.datetime | None = None
    as_of_text: str = ""
    known_at_text: str = ""

    @property
    def now(self) -> bool:
        return self.as_of is None and self.known_at is None

    def query(self) -> str:
        """The query string that carries these moments to another page ('' for now)."""
        parts = []
        if self.as_of_text:
            parts.append(f"as_of={self.as_of_text}")
        if self.known_at_text:
            parts.append(f"known_at={self.known_at_text}")
        return ("?" + "&".join(parts)) if parts else ""


class BadMoment(ValueError):
    """A moment parameter that names no date or date-time."""


def moments(request: HttpRequest) -> Moments:
    """Read `as_of` and `known_at` (a date, meaning the end of that day UTC, or a date-time)."""
    found: dict[str, Any] = {}
    for name in ("as_of", "known_at"):
        raw = str(request.GET.get(name, "")).strip()[:40]
        if not raw:
            continue
        try:
            moment = display.parse_as_of(raw)
        except (ValueError, OverflowError) as exc:
            raise BadMoment(f"{name}: give a date (YYYY-MM-DD) or a date-time.") from exc
        if moment is not None:
            found[name] = validtime.known_moment(moment)
            found[f"{name}_text"] = raw
    return Moments(**found)


def bad_request(request: HttpRequest, message: str) -> HttpResponse:
    """A 400 page, like the others (its message escaped; not to be indexed)."""
    response = render(
        request,
        "claims/public/bad_request.html",
        {"title": "Not a page", "message": message, "moments": Moments()},
        status=400,
    )
    response["Content-Security-Policy"] = CSP
    return response


def conditional(
    request: HttpRequest,
    render: Callable[[], HttpResponse],
    derived: Callable[[], tuple[str, dt.datetime | None]] | None = None,
) -> HttpResponse:
    """Answer a page with an ETag and Last-Modified, or 304 when the client holds it already.

    A page shows only what the log says (and this release's templates), so it cannot change
    while the log's head stays where it is: the ETag names the head, the page's URL and the
    release, and a matching If-None-Match is answered without rendering anything. A page that
    also shows what a worker derives from the log after the commit (an indicator's points)
    passes `derived`: a token of those results and when they were written, which the ETag
    and Last-Modified then follow too.
    """
    head = selectors.head_position()
    changed = selectors.last_recorded_at()
    token = ""
    if derived is not None:
        token, written = derived()
        if written is not None and (changed is None or written > changed):
            changed = written
    key = f"{_RELEASE}|{head}|{token}|{request.get_full_path()}|{request.user.is_authenticated}"
    etag = f'"{head}-{hashlib.sha256(key.encode()).hexdigest()[:16]}"'
    last_modified = int(changed.timestamp()) if changed is not None else None
    not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if not_modified is not None:
        return not_modified
    response = render()
    if response.status_code == 200:
        response["ETag"] = etag
        if last_modified is not None:
            response["Last-Modified"] = http_date(last_modified)
        response["Cache-Control"] = "no-cache"
        response["Content-Security-Policy"] = CSP
    return response


# No page needs a script: none may run, whatever a stored text contains (defence in depth
# behind escaping). Inline <style> is allowed for the charts' own SVG styles.
CSP = (
    "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:"
)


def safe_link(raw: object) -> str:
    """The URL when it is http(s), else '' (the page then shows the stored text, unlinked)."""
    return display.http_url(raw)


# --- The number line of a figure ----------------------------------------------------------------

LINE_W, LINE_H, PAD = 320, 44, 16


def _num(raw: Any) -> Decimal | None:
    if raw is None or raw == "":
        return None
    try:
        value = Decimal(str(raw))
    except ArithmeticError:
        return None
    return value if value.is_finite() else None


def number_line(value: dict[str, Any] | None, label: str = "") -> SafeString:
    """An inline SVG number line of one figure: its amount as a dot, the interval its qualifier
    allows as a bar, open ends as arrows, excluded ends as hollow circles. Every text escaped."""
    if not value:
        return mark_safe("")
    amount = _num(value.get("amount"))
    lower, upper = _num(value.get("lower")), _num(value.get("upper"))
    if amount is None:
        return mark_safe("")
    known = [v for v in (amount, lower, upper) if v is not None]
    lo, hi = min(known), max(known)
    span = hi - lo
    pad = span * Decimal("0.25") if span else (abs(amount) * Decimal("0.2") or Decimal(1))
    lo, hi = lo - pad, hi + pad
    width = LINE_W - 2 * PAD

    def x(v: Decimal) -> float:
        return PAD + float((v - lo) / (hi - lo)) * width

    ax = x(amount)
    title = f"{label}: " if label else ""
    title += display.value_text(value)
    bounds = display.bounds_text(value)
    if bounds:
        title += f" ({bounds})"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {LINE_W} {LINE_H}" '
        f'class="numberline" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<line class="axis" x1="{PAD / 2}" x2="{LINE_W - PAD / 2}" y1="22" y2="22"/>',
    ]
    left = x(lower) if lower is not None else PAD / 2
    right = x(upper) if upper is not None else LINE_W - PAD / 2
    parts.append(f'<line class="range" x1="{left:.1f}" x2="{right:.1f}" y1="22" y2="22"/>')
    if lower is None:
        parts.append(f'<path class="range-end" d="M{PAD / 2} 22 l8 -5 v10 z"/>')
    else:
        fill = "closed" if value.get("lower_inclusive") else "open"
        parts.append(f'<circle class="{fill}" cx="{left:.1f}" cy="22" r="4"/>')
    if upper is None:
        parts.append(f'<path class="range-end" d="M{LINE_W - PAD / 2} 22 l-8 -5 v10 z"/>')
    elif upper != lower:
        fill = "closed" if value.get("upper_inclusive") else "open"
        parts.append(f'<circle class="{fill}" cx="{right:.1f}" cy="22" r="4"/>')
    parts.append(f'<circle class="amount" cx="{ax:.1f}" cy="22" r="5.5"/>')
    anchor = "start" if ax < LINE_W / 3 else "end" if ax > 2 * LINE_W / 3 else "middle"
    parts.append(
        f'<text x="{ax:.1f}" y="12" text-anchor="{anchor}">'
        f"{escape(str(value.get('amount')))}</text>"
    )
    for end, text in ((lower, left), (upper, right)):
        if end is not None and not math.isclose(text, ax, abs_tol=24):
            parts.append(
                f'<text x="{text:.1f}" y="40" text-anchor="middle">{escape(str(end))}</text>'
            )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every interpolated text is escaped above
