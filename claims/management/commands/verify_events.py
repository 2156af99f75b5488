"""Walk every stream's hash chain and the log-wide chain; exit non-zero naming the first broken
link. `--head` prints the head to publish (HASH@POSITION); `--expect-head HASH@POSITION` also
proves the log still extends a head published earlier."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from claims.core import eventstore


def _published(text: str) -> tuple[str, int]:
    digest, sep, position = text.strip().partition("@")
    if (
        not sep
        or len(digest) != 64
        or any(ch not in "0123456789abcdef" for ch in digest)
        or not position.isdigit()
    ):
        raise CommandError(f"Give the published head as HASH@POSITION, not {text!r}.")
    return digest, int(position)


class Command(BaseCommand):
    help = (
        "Verify the SHA-256 hash chain of every event stream and of the whole log; "
        "--head prints the head to publish, --expect-head checks a published one."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bar.")
        parser.add_argument(
            "--head",
            action="store_true",
            help="After verifying, print the log's head as HASH@POSITION (to publish).",
        )
        parser.add_argument(
            "--expect-head",
            metavar="HASH@POSITION",
            help="Fail unless the log still holds this published head (and extends it).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        expected = _published(options["expect_head"]) if options["expect_head"] else None
        total = eventstore.head_position()
        checked = 0
        with tqdm(total=total, unit="ev", disable=options["no_progress"], file=self.stderr) as bar:
            for _position, broken in eventstore.verify():
                if broken is not None:
                    raise CommandError(
                        f"Broken hash chain at position {broken.position} "
                        f"(stream {broken.stream_id}, version {broken.version}): {broken.reason}."
                    )
                checked += 1
                bar.update(1)
        if expected is not None:
            digest, position = expected
            problem = eventstore.extends(position, digest)
            if problem is not None:
                raise CommandError(
                    f"The log does not extend the published head {digest}@{position}: {problem}."
                )
        self.stdout.write(
            self.style.SUCCESS(f"OK: {checked} events, every hash chain and the log chain intact.")
        )
        if expected is not None:
            self.stdout.write(f"The log extends the published head at position {expected[1]}.")
        if options["head"]:
            position, log_hash = eventstore.log_head()
            self.stdout.write(f"{log_hash}@{position}")
