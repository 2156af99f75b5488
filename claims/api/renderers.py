"""JSON out through orjson, byte for byte what DRF's `JSONRenderer` writes; stored JSON as is.

`JSONRenderer` is DRF's renderer (same media type, settings, `indent` handling; drf-spectacular
sees no difference) with a faster `render`: orjson writes the compact
UTF-8 text DRF writes with UNICODE_JSON, COMPACT_JSON and STRICT_JSON on (the defaults), and
U+2028/U+2029 are escaped afterwards as DRF does. Values orjson does not write natively (dates
and times, Decimals, UUIDs, lazy strings, ...) go to DRF's encoder's `default`, so they are
spelled exactly as DRF spells them. Whatever orjson would write differently, or not at all,
is handed to DRF's own `render`: floats (orjson spells some exponents differently and writes
NaN as null where DRF refuses it), Enums that are neither str nor int, mappings with their own
`items()`, integers beyond 64 bits, non-string keys, cycles, an `indent`, non-default settings.
tests/api/test_renderers.py checks the equality on generated values.

`StoredDocument` is a JSON object kept as the text the database returned (the claim documents,
stored in the API's shape): this renderer embeds that text without parsing it (an
`orjson.Fragment`); everything else (DRF's renderer, code that reads a key) sees a read-only
mapping, decoded on first use.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import math
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import Any
from uuid import UUID

import orjson
from rest_framework import renderers

__all__ = ["JSONRenderer", "StoredDocument"]

# Dates and times go to `default` (DRF's ISO spelling, "Z" for UTC), dataclasses too (DRF's
# encoder refuses them unless they are mappings, as json.dumps does).
_OPTIONS = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS

# A walk longer than this gives up (a cycle, or a huge answer): DRF's renderer then decides.
_MAX_WALK = 1_000_000


class StoredDocument(Mapping[str, Any]):
    """A JSON object as stored text: rendered as is by `JSONRenderer`, decoded only if read."""

    __slots__ = ("_value", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._value: dict[str, Any] | None = None

    @property
    def value(self) -> dict[str, Any]:
        """The decoded object (json.loads, as Django's JSONField decodes it)."""
        if self._value is None:
            value = json.loads(self.text)
            if not isinstance(value, dict):
                raise TypeError("a StoredDocument holds a JSON object")
            self._value = value
        return self._value

    def __getitem__(self, key: str) -> Any:
        return self.value[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.value)

    def __len__(self) -> int:
        return len(self.value)

    def __repr__(self) -> str:
        return f"StoredDocument({self.text!r})"


# Types orjson writes exactly as json.dumps + DRF's encoder do (the last ones through
# `default`, that is DRF's encoder): no need to look further.
_LEAVES = frozenset(
    {str, int, bool, type(None), StoredDocument, dt.datetime, dt.date, dt.time, UUID, Decimal}
)


def _leaf_ok(value: Any) -> bool:
    """Whether orjson writes this non-container exactly as DRF would (directly or via default)."""
    if isinstance(value, float):
        return False
    if isinstance(value, enum.Enum):
        # orjson writes an Enum's value; json.dumps writes a str or int Enum as that str or int
        # and refuses any other Enum.
        raw = value.value
        if isinstance(value, str):
            return type(raw) is str and raw == str.__str__(value)
        if isinstance(value, int) and not isinstance(value, bool):
            return type(raw) is int and raw == int(value)
        return False
    return True


def _children(value: Any) -> Any:
    """A container's values as orjson reads them, None for a leaf, False if orjson would differ."""
    kind = type(value)
    if kind is dict:
        return value.values()
    if kind is list or kind is tuple:
        return value
    if isinstance(value, dict):
        # json.dumps walks a dict subclass through its items(); orjson reads the dict itself
        # (an OrderedDict's order can differ).
        if kind.items is not dict.items or kind.__iter__ is not dict.__iter__:
            return False
        return value.values()
    if isinstance(value, list | tuple):
        if kind.__iter__ is not list.__iter__ and kind.__iter__ is not tuple.__iter__:
            return False
        return value
    return None if _leaf_ok(value) else False


def _orjson_exact(data: Any) -> bool:
    """Whether orjson writes `data` exactly as DRF's JSONRenderer does (else: use DRF's)."""
    if type(data) in _LEAVES:
        return True
    stack = [data]
    budget = _MAX_WALK
    while stack:
        children = _children(stack.pop())
        if children is False:
            return False
        if children is None:
            continue
        budget -= len(children)
        if budget < 0:
            return False
        for child in children:
            kind = type(child)
            if kind in _LEAVES:
                continue
            if kind is dict or kind is list or kind is tuple or _children(child) is not None:
                stack.append(child)
    return True


_DEFAULTS: dict[type[json.JSONEncoder], Callable[[Any], Any]] = {}


def _default_for(encoder_class: type[json.JSONEncoder]) -> Callable[[Any], Any]:
    """orjson's `default`: stored documents as fragments, the rest through the encoder's
    `default` (DRF's spelling), refused (so left to DRF's renderer) where orjson would differ."""
    found = _DEFAULTS.get(encoder_class)
    if found is None:
        found = _DEFAULTS[encoder_class] = _make_default(encoder_class().default)
    return found


def _make_default(encoder_default: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def default(obj: Any) -> Any:
        if type(obj) is StoredDocument:
            return orjson.Fragment(obj.text)
        value = encoder_default(obj)
        if type(value) is float:
            # DRF's encoder turns Decimals into floats; json.dumps spells them with repr()
            # and (STRICT_JSON) refuses NaN and infinities.
            if not math.isfinite(value):
                raise ValueError("Out of range float values are not JSON compliant")
            return orjson.Fragment(float.__repr__(value))
        if not _orjson_exact(value):
            raise TypeError("left to DRF's renderer")
        return value

    return default


def _escape_line_separators(text: bytes) -> bytes:
    # As DRF does, so the output is a strict JavaScript subset. In UTF-8 these bytes can only
    # be U+2028 and U+2029, which JSON's grammar allows only inside strings.
    if b"\xe2\x80" in text:
        text = text.replace(b"\xe2\x80\xa8", b"\\u2028").replace(b"\xe2\x80\xa9", b"\\u2029")
    return text


class JSONRenderer(renderers.JSONRenderer):
    """DRF's JSONRenderer, written by orjson when the output is the same (see the module)."""

    def render(
        self,
        data: Any,
        accepted_media_type: str | None = None,
        renderer_context: Mapping[str, Any] | None = None,
    ) -> bytes:
        if data is None:
            return b""
        if (
            self.compact
            and self.strict
            and not self.ensure_ascii
            and self.get_indent(accepted_media_type or "", renderer_context or {}) is None
            and _orjson_exact(data)
        ):
            try:
                text = orjson.dumps(data, default=_default_for(self.encoder_class), option=_OPTIONS)
            except orjson.JSONEncodeError:
                pass  # DRF's renderer answers (or raises) as it always did
            else:
                return _escape_line_separators(text)
        return super().render(data, accepted_media_type, renderer_context)


class JsonLdRenderer(JSONRenderer):
    """The same JSON as `application/ld+json`, for the ClaimReview endpoints: a client that asks
    for JSON-LD (`Accept: application/ld+json`) gets it under that type."""

    media_type = "application/ld+json"
    # JSON too, as far as `?format=` goes: the type is chosen by Accept alone, and the schema
    # declares no `format` parameter for the two endpoints (as for every other JSON answer).
    format = "json"
