"""claims.api.renderers.JSONRenderer writes exactly the bytes DRF's JSONRenderer writes."""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import json
import uuid
from collections import OrderedDict
from typing import Any

import pytest
from django.utils.functional import lazy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rest_framework import renderers as drf
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.test import APIRequestFactory
from rest_framework.views import APIView

from claims.api.renderers import JSONRenderer, StoredDocument

OURS = JSONRenderer()
DRF = drf.JSONRenderer()


def outcome(renderer: drf.JSONRenderer, data: Any, media_type: str | None = None) -> Any:
    """The bytes, or the type of the error (DRF refuses some values: both must refuse them)."""
    try:
        return renderer.render(data, media_type, {})
    except (TypeError, ValueError) as exc:
        return type(exc)


def same(data: Any, media_type: str | None = None) -> None:
    assert outcome(OURS, data, media_type) == outcome(DRF, data, media_type)


aware = st.datetimes(
    timezones=st.sampled_from(
        [
            dt.UTC,
            dt.timezone(dt.timedelta(hours=5, minutes=30)),
            dt.timezone(-dt.timedelta(hours=3)),
        ]
    )
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**64 - 1),
    st.integers(),  # beyond 64 bits too: DRF's renderer writes them
    st.text(),  # every code point: non-ASCII, control characters, U+2028/U+2029, surrogates
    st.sampled_from(["\u2028", "\u2029", "a\u2028b\u2029", "é—€😀", "\x00\x1f\x7f", '"\\/']),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.decimals(places=2, allow_nan=False, allow_infinity=False),
    st.datetimes(),
    aware,
    st.dates(),
    st.times(),
    st.times(timezones=st.just(dt.UTC)),  # DRF refuses aware times
    st.uuids(),
    st.floats(),  # never in our answers; left to DRF's renderer, still the same bytes
)
values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.lists(children, max_size=3).map(tuple),
        st.dictionaries(st.text(), children, max_size=5),
    ),
    max_leaves=40,
)


@settings(max_examples=600, suppress_health_check=[HealthCheck.too_slow])
@given(values)
def test_same_bytes_as_drf(data: Any) -> None:
    same(data)


@settings(max_examples=100)
@given(
    values,
    st.sampled_from(
        [
            "application/json",
            "application/json; indent=4",
            "application/json; indent=0",
            "application/json; indent=2; charset=utf-8",
            "application/json; indent=x",
        ]
    ),
)
def test_same_bytes_as_drf_for_every_accept_header(data: Any, media_type: str) -> None:
    same(data, media_type)


@settings(max_examples=200)
@given(st.dictionaries(st.text(), values, max_size=6), st.lists(values, max_size=3))
def test_a_stored_document_is_written_as_its_decoded_value(doc: dict[str, Any], extra: Any) -> None:
    try:
        text = OURS.render(doc).decode()
    except (TypeError, ValueError, UnicodeError):
        return  # DRF refuses this value: it is never stored
    stored = StoredDocument(text)
    decoded = json.loads(text)
    # Embedded as is (no parsing), yet the same bytes as writing the decoded value.
    assert outcome(OURS, {"results": [stored], "extra": extra}) == outcome(
        DRF, {"results": [decoded], "extra": extra}
    )
    # DRF's own renderer (idempotency records, indent=) reads it as a mapping.
    assert DRF.render(stored) == DRF.render(decoded)
    assert OURS.render(stored, "application/json; indent=4") == DRF.render(
        decoded, "application/json; indent=4"
    )


def test_stored_text_is_not_reparsed_or_reformatted() -> None:
    # PostgreSQL gives jsonb back with spaces; the text goes out as stored, line separators
    # escaped as DRF escapes them.
    stored = StoredDocument('{"id": "a", "version": 2, "s": "x\u2028y\u2029"}')
    assert OURS.render(stored) == b'{"id": "a", "version": 2, "s": "x\\u2028y\\u2029"}'
    assert stored["version"] == 2
    assert dict(stored) == {"id": "a", "version": 2, "s": "x\u2028y\u2029"}
    assert stored == {"id": "a", "version": 2, "s": "x\u2028y\u2029"}
    assert len(stored) == 3


def test_a_stored_document_holds_an_object() -> None:
    with pytest.raises(TypeError):
        StoredDocument("[1, 2]")["x"]


class Colour(enum.Enum):
    RED = "red"


class Size(enum.IntEnum):
    BIG = 3


class Label(enum.StrEnum):
    A = "a"


class Odd(str, enum.Enum):  # noqa: UP042 (a str Enum whose value is not its text)
    ONE = 1  # the str is "1", the value the int 1


def _lazy_text() -> str:
    return "lazy é"


@pytest.mark.parametrize(
    "data",
    [
        {"amount": decimal.Decimal("34.5"), "big": decimal.Decimal("1E+16")},
        {"tiny": decimal.Decimal("1E-7"), "nan": decimal.Decimal("NaN")},
        [decimal.Decimal("Infinity")],
        {"at": dt.datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=dt.UTC)},
        {"at": dt.datetime(2024, 1, 2, 3, 4, 5)},
        {"t": dt.time(1, 2, 3, 4), "d": dt.date(2024, 2, 29), "dur": dt.timedelta(seconds=1.5)},
        {"t": dt.time(1, 2, tzinfo=dt.UTC)},  # DRF refuses aware times
        {"id": uuid.UUID("12345678-1234-5678-1234-567812345678")},
        {"lazy": lazy(_lazy_text, str)()},
        {"e": Colour.RED},
        {"e": Size.BIG, "l": Label.A, "o": Odd.ONE},
        {"b": b"bytes", "s": {1, 2}, "f": frozenset()},
        OrderedDict([("b", 1), ("a", 2)]),
        {1: "int key", None: "none key", 2.5: "float key"},
        {True: "bool key"},
        {"float": 1e16, "small": 1e-5, "nan": float("nan")},
        {"deep": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[0]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]},
        {"big": 2**64, "small": -(2**63) - 1},
        {"surrogate": "\ud800"},
        {"object": object()},
        "plain string",
        None,
    ],
)
def test_same_bytes_as_drf_for_what_orjson_does_not_write_alike(data: Any) -> None:
    same(data)


def test_an_ordered_dict_keeps_its_own_order() -> None:
    data = OrderedDict([("a", 1), ("b", 2)])
    data.move_to_end("a")
    assert OURS.render(data) == DRF.render(data) == b'{"b":2,"a":1}'


def test_a_cycle_is_refused_as_drf_refuses_it() -> None:
    data: dict[str, Any] = {}
    data["self"] = data
    with pytest.raises(ValueError, match="Circular"):
        OURS.render(data)


def test_deep_nesting_beyond_orjson_limit() -> None:
    data: Any = 0
    for _ in range(300):
        data = [data]
    same(data)


def test_it_is_the_only_default_renderer() -> None:
    """JSON only: no browsable API (docs/api.md, "Errors")."""
    assert [JSONRenderer] == api_settings.DEFAULT_RENDERER_CLASSES


class StoredView(APIView):
    """A view with the default renderer and negotiation answering a stored document."""

    permission_classes: list[Any] = []
    authentication_classes: list[Any] = []

    def get(self, request: Request) -> Response:
        doc = StoredDocument('{"id": "a\u2028", "version": 2, "value": {"amount": "34.5"}}')
        return Response({"count": 1, "results": [doc]})


@pytest.mark.parametrize(
    ("accept", "content_type"),
    [
        ("application/json", "application/json"),
        ("text/html", "application/json"),  # no HTML representation: JSON, not a 406
        ("application/json; indent=4", "application/json"),
    ],
)
def test_the_default_renderers_render_stored_documents(accept: str, content_type: str) -> None:
    request = APIRequestFactory().get("/stored/", HTTP_ACCEPT=accept)
    response = StoredView.as_view()(request)
    response.render()
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    body = response.content.decode()
    assert "34.5" in body
    if accept in {"application/json", "text/html"}:
        assert json.loads(body)["results"][0]["version"] == 2
        assert "\\u2028" in body
