"""The Source aggregate: register and update, given events -> when command -> then events."""

import pytest

from claims.core.domain import commands as c
from claims.core.domain import events as e
from claims.core.domain.errors import CommandRejected
from claims.core.domain.source import SOURCE_KINDS, SourceState, decide, evolve

WILSON = e.SourceRegistered(
    source_id="wilson",
    name="Wilson Center, Latin America Program",
    kind="organization",
    url="https://www.wilsoncenter.org",
    wikidata_id="Q1752224",
)


def given(*events: e.Event) -> SourceState | None:
    state = None
    for event in events:
        state = evolve(state, event)
    return state


def refused(state: SourceState | None, command: c.Command) -> CommandRejected:
    with pytest.raises(CommandRejected) as caught:
        decide(state, command)
    assert isinstance(caught.value.message, str)
    assert caught.value.message.strip()
    return caught.value


def test_registering_a_source():
    command = c.RegisterSource(
        source_id=" wilson ",
        name=" Wilson Center, Latin America Program ",
        kind="Organization",
        url="https://www.wilsoncenter.org",
        wikidata_id="q1752224",
    )

    events = decide(None, command)

    assert events == [WILSON]
    state = given(*events)
    assert state == SourceState(
        source_id="wilson",
        version=1,
        name="Wilson Center, Latin America Program",
        kind="organization",
        url="https://www.wilsoncenter.org",
        wikidata_id="Q1752224",
    )


@pytest.mark.parametrize("kind", SOURCE_KINDS)
def test_every_kind_is_accepted(kind):
    command = c.RegisterSource(source_id="s", name="S", kind=kind.upper())

    assert decide(None, command) == [e.SourceRegistered(source_id="s", name="S", kind=kind)]


def test_registering_twice_is_refused():
    command = c.RegisterSource(source_id="wilson", name="Wilson", kind="organization")

    assert refused(given(WILSON), command).field == "source_id"


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"kind": "think tank"}, "kind"),
        ({"kind": ""}, "kind"),
        ({"url": "www.wilsoncenter.org"}, "url"),
        ({"url": "ftp://wilsoncenter.org"}, "url"),
        ({"wikidata_id": "42"}, "wikidata_id"),
        ({"wikidata_id": "Q0"}, "wikidata_id"),
        ({"wikidata_id": "Q42a"}, "wikidata_id"),
        ({"wikidata_id": "P31"}, "wikidata_id"),
        ({"name": "  "}, "name"),
        ({"name": "n" * 201}, "name"),
        ({"source_id": ""}, "source_id"),
        ({"source_id": "s" * 65}, "source_id"),
        ({"url": "https://example.org/" + "p" * 1981}, "url"),
        ({"url": "https://example.org/\x00"}, "url"),
        ({"wikidata_id": "Q1\x00"}, "wikidata_id"),
        ({"kind": "\x00ngo"}, "kind"),
    ],
)
def test_registering_is_refused(fields, field):
    command = c.RegisterSource(**{"source_id": "s", "name": "S", "kind": "ngo", **fields})

    assert refused(None, command).field == field


def test_the_longest_names_and_an_http_address_are_accepted():
    command = c.RegisterSource(
        source_id="s" * 64,
        name="n" * 200,
        kind="ngo",
        url="http://example.org/" + "p" * 1981,
        wikidata_id="Q123456789012",
    )

    (event,) = decide(None, command)

    assert event == e.SourceRegistered(
        source_id="s" * 64,
        name="n" * 200,
        kind="ngo",
        url="http://example.org/" + "p" * 1981,
        wikidata_id="Q123456789012",
    )
    assert decide(given(event), c.UpdateSource(name="m" * 200)) == [e.SourceUpdated(name="m" * 200)]
    assert refused(given(event), c.UpdateSource(name="m" * 201)).field == "name"


def test_updating_the_kind():
    events = decide(given(WILSON), c.UpdateSource(kind="academic"))

    assert events == [e.SourceUpdated(kind="academic")]
    after = given(WILSON, *events)
    assert after is not None
    assert (after.kind, after.name, after.version) == ("academic", WILSON.name, 2)


def test_updating_records_only_what_changed():
    state = given(WILSON)
    command = c.UpdateSource(name="Wilson Center", kind="organization", url=WILSON.url)

    events = decide(state, command)

    assert events == [e.SourceUpdated(name="Wilson Center")]
    after = given(WILSON, *events)
    assert after is not None
    assert (after.name, after.kind, after.version) == ("Wilson Center", "organization", 2)


def test_updating_can_clear_the_url_and_wikidata_id():
    events = decide(given(WILSON), c.UpdateSource(url="", wikidata_id=""))

    assert events == [e.SourceUpdated(url="", wikidata_id="")]
    after = given(WILSON, *events)
    assert after is not None
    assert (after.url, after.wikidata_id) == ("", "")


@pytest.mark.parametrize(
    "command",
    [
        c.UpdateSource(),
        c.UpdateSource(name=WILSON.name),
        c.UpdateSource(name=f"  {WILSON.name} ", kind="ORGANIZATION", wikidata_id="q1752224"),
    ],
    ids=["empty", "same-name", "same-everything"],
)
def test_an_update_with_nothing_to_change_is_refused(command):
    refusal = refused(given(WILSON), command)

    assert refusal.field is None
    assert refusal.message == "Nothing to change."


@pytest.mark.parametrize(
    ("command", "field"),
    [
        (c.UpdateSource(kind="blog"), "kind"),
        (c.UpdateSource(url="mailto:x@example.org"), "url"),
        (c.UpdateSource(wikidata_id="wilson"), "wikidata_id"),
        (c.UpdateSource(name=""), "name"),
    ],
)
def test_an_update_with_an_invalid_field_is_refused(command, field):
    assert refused(given(WILSON), command).field == field


def test_updating_a_missing_source_is_refused():
    assert refused(None, c.UpdateSource(name="X")).field is None


def test_a_claim_command_does_not_apply_to_a_source():
    assert "AddNote" in refused(given(WILSON), c.AddNote(text="x")).message


def test_a_refusal_names_its_field_or_the_form_as_a_whole():
    assert CommandRejected("Too long.", "name").as_dict() == {"name": ["Too long."]}
    assert CommandRejected("No such source.").as_dict() == {"non_field_errors": ["No such source."]}


def test_evolve_refuses_an_update_before_registration():
    with pytest.raises(ValueError, match="cannot apply"):
        evolve(None, e.SourceUpdated(name="x"))


# --- Other names ----------------------------------------------------------------------------------

PUBLIC_MINISTRY = c.RegisterSource(
    source_id="mp", name="Public Ministry", kind="government", aliases=("Ministerio Público", "MP")
)


def test_a_source_is_registered_with_its_other_names_in_order():
    (event,) = decide(None, PUBLIC_MINISTRY)

    assert event == e.SourceRegistered(
        source_id="mp",
        name="Public Ministry",
        kind="government",
        aliases=("Ministerio Público", "MP"),
    )
    state = given(event)
    assert state is not None
    assert state.aliases == ("Ministerio Público", "MP")


def test_other_names_are_stripped_and_given_once_without_the_name_itself():
    command = c.RegisterSource(
        source_id="mp",
        name="Public Ministry",
        kind="government",
        aliases=(
            " MP ",
            "public  ministry",
            "Ministerio\r\n Público",
            "mp",
            "ministerio público",
        ),
    )

    (event,) = decide(None, command)

    assert isinstance(event, e.SourceRegistered)
    assert event.aliases == ("MP", "Ministerio Público")


@pytest.mark.parametrize(
    "aliases",
    [
        ("",),
        ("  ",),
        ("n" * 201,),
        ("MP\x00",),
        tuple(f"name {i}" for i in range(21)),
        "MP",
        (5,),
    ],
    ids=["empty", "blank", "too-long", "nul", "too-many", "text", "number"],
)
def test_bad_other_names_are_refused(aliases):
    command = c.RegisterSource(source_id="mp", name="Public Ministry", kind="ngo", aliases=aliases)

    assert refused(None, command).field == "aliases"
    assert refused(given(WILSON), c.UpdateSource(aliases=aliases)).field == "aliases"


def test_twenty_other_names_of_200_characters_are_accepted():
    aliases = tuple(f"{i:02d}" + "n" * 198 for i in range(20))

    (event,) = decide(None, c.RegisterSource(source_id="s", name="S", kind="ngo", aliases=aliases))

    assert isinstance(event, e.SourceRegistered)
    assert event.aliases == aliases


def test_an_update_replaces_the_other_names_and_an_empty_list_removes_them():
    registered = decide(None, PUBLIC_MINISTRY)

    replaced = decide(given(*registered), c.UpdateSource(aliases=("Fiscalía", "MP")))
    assert replaced == [e.SourceUpdated(aliases=("Fiscalía", "MP"))]
    state = given(*registered, *replaced)
    assert state is not None
    assert (state.aliases, state.version, state.name) == (("Fiscalía", "MP"), 2, "Public Ministry")

    cleared = decide(state, c.UpdateSource(aliases=()))
    assert cleared == [e.SourceUpdated(aliases=())]
    after = given(*registered, *replaced, *cleared)
    assert after is not None
    assert after.aliases == ()


def test_an_update_that_leaves_out_the_other_names_keeps_them():
    registered = decide(None, PUBLIC_MINISTRY)

    events = decide(given(*registered), c.UpdateSource(kind="organization"))

    assert events == [e.SourceUpdated(kind="organization")]
    after = given(*registered, *events)
    assert after is not None
    assert after.aliases == ("Ministerio Público", "MP")


def test_the_same_other_names_again_are_nothing_to_change():
    state = given(*decide(None, PUBLIC_MINISTRY))

    refusal = refused(
        state, c.UpdateSource(aliases=(" Ministerio Público ", "MP", "public ministry"))
    )
    assert refusal.message == "Nothing to change."


@pytest.mark.parametrize(
    "aliases", [("MP", "Ministerio Público"), ("Ministerio Público", "mp")], ids=["order", "case"]
)
def test_a_new_order_or_letter_case_of_the_other_names_is_a_change(aliases):
    state = given(*decide(None, PUBLIC_MINISTRY))

    assert decide(state, c.UpdateSource(aliases=aliases)) == [e.SourceUpdated(aliases=aliases)]


def test_renaming_a_source_to_one_of_its_other_names_drops_that_other_name():
    state = given(*decide(None, PUBLIC_MINISTRY))

    events = decide(state, c.UpdateSource(name="Ministerio público"))

    assert events == [e.SourceUpdated(name="Ministerio público", aliases=("MP",))]


def test_other_names_are_counted_once_repeats_are_dropped():
    aliases = tuple(f"name {i % 20}" for i in range(60))

    (event,) = decide(None, c.RegisterSource(source_id="s", name="S", kind="ngo", aliases=aliases))

    assert isinstance(event, e.SourceRegistered)
    assert event.aliases == tuple(f"name {i}" for i in range(20))


def test_renaming_to_another_name_spelled_with_other_blanks_drops_it():
    state = given(*decide(None, PUBLIC_MINISTRY))

    events = decide(state, c.UpdateSource(name="Ministerio  público"))

    assert events == [e.SourceUpdated(name="Ministerio  público", aliases=("MP",))]


def test_renaming_with_new_other_names_checks_them_against_the_new_name():
    state = given(*decide(None, PUBLIC_MINISTRY))

    events = decide(state, c.UpdateSource(name="MP", aliases=("Public Ministry", "mp")))

    assert events == [e.SourceUpdated(name="MP", aliases=("Public Ministry",))]
