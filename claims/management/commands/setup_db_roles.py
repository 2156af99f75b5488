"""Create (or update) the PostgreSQL role the application runs as, and grant it what it needs.

Run it as the owner of the tables (the role migrations run as), after every `migrate`. In the
release job, DATABASE_OWNER_URL replaces DATABASE_URL (config/settings.py):

    export DATABASE_OWNER_URL=postgres://claims_owner:...@db:5432/claims
    manage.py migrate
    manage.py setup_db_roles --app-role claims_app --app-password-env CLAIMS_APP_DB_PASSWORD

The application role owns nothing and holds:
- SELECT and INSERT on the event table, nothing else: an owner could
  `ALTER TABLE ... DISABLE TRIGGER` and then rewrite history, a role with UPDATE, DELETE or
  TRUNCATE would only be stopped by the triggers;
- SELECT, INSERT, UPDATE, DELETE on every other table (read models, sessions, auth, tokens,
  Celery beat, tracker), SELECT only on `django_migrations`;
- USAGE and SELECT on the sequences, EXECUTE on the event store's functions (its triggers and
  its append), CONNECT and schema USAGE;
- the same on tables the owner creates later (ALTER DEFAULT PRIVILEGES), so a new read model
  works at once; a recreated event table would get too much, which is why this command is
  re-run after each migrate and `manage.py check --database default` (production) warns.

Idempotent. `--print-sql` shows the statements instead of running them (password masked).
"""

from __future__ import annotations

import os
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError, connections, transaction
from psycopg import sql

from claims.core import eventstore
from claims.core.eventstore.base import TABLE
from claims.core.eventstore.postgres import FUNCTIONS

EVENT_TABLE = TABLE
READ_ONLY_TABLES = ("django_migrations",)
ROLE_ATTRIBUTES = "NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT"
DML = "SELECT, INSERT, UPDATE, DELETE"


class Command(BaseCommand):
    help = "Create the application's PostgreSQL role: SELECT/INSERT only on the event table."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--app-role", required=True, help="Role the application connects as.")
        parser.add_argument("--app-password", default=None, help="Set (or reset) its password.")
        parser.add_argument(
            "--app-password-env",
            default=None,
            metavar="VAR",
            help="Read the password from this environment variable (keeps it out of `ps`).",
        )
        parser.add_argument("--database", default="default", help="Connection alias to use.")
        parser.add_argument("--schema", default="public")
        parser.add_argument(
            "--print-sql", action="store_true", help="Print the SQL instead of running it."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        alias = options["database"]
        connection = connections[alias]
        unsupported = eventstore.backend(connection).roles_unsupported()
        if unsupported:
            raise CommandError(unsupported)
        password = options["app_password"]
        if options["app_password_env"]:
            password = os.environ.get(options["app_password_env"])
            if not password:
                raise CommandError(f"${options['app_password_env']} is empty or unset.")
        role, schema = options["app_role"], options["schema"]

        connection.ensure_connection()
        raw = connection.connection
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT current_user, pg_get_userbyid(c.relowner), "
                "(SELECT rolsuper FROM pg_roles WHERE rolname = %s), "
                "EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %s) "
                "FROM pg_class c WHERE c.oid = to_regclass(%s)",
                [role, role, f"{schema}.{EVENT_TABLE}"],
            )
            row = cursor.fetchone()
        if row is None:
            raise CommandError(f"No table {schema}.{EVENT_TABLE}: run migrate first.")
        me, owner, app_is_superuser, exists = row
        if role in (me, owner):
            raise CommandError(f"{role!r} owns the tables; the application needs its own role.")
        if app_is_superuser:
            raise CommandError(f"{role!r} is a superuser; pick (or create) an ordinary role.")
        if not exists and not password and not options["print_sql"]:
            raise CommandError(f"Role {role!r} does not exist: give --app-password to create it.")

        statements = self._statements(
            role, owner, schema, password, exists, database=connection.settings_dict["NAME"]
        )
        if options["print_sql"]:
            for statement, shown in statements:
                self.stdout.write((shown or statement.as_string(raw)) + ";")
            return
        try:
            with transaction.atomic(using=alias), connection.cursor() as cursor:
                for statement, _shown in statements:
                    cursor.execute(statement.as_string(raw))
                owned = self._owned_by(cursor, role)
                cursor.execute("SELECT has_schema_privilege(%s, %s, 'CREATE')", [role, schema])
                can_create = bool(cursor.fetchone()[0])
        except DatabaseError as exc:
            hint = ""
            if "create role" in str(exc) or "alter role" in str(exc):
                hint = (
                    " Creating the role (or setting its password) needs CREATEROLE: create it "
                    "once as an administrator, then run this again without a password."
                )
            raise CommandError(f"{exc}".strip() + hint) from exc
        if owned:
            raise CommandError(f"{role!r} owns {', '.join(owned)}: reassign them to {owner!r}.")
        if can_create:
            # PostgreSQL < 15 lets every role create tables in `public`; what it creates it owns.
            self.stderr.write(
                f"Warning: {role!r} may create tables in {schema!r}. As a superuser: "
                f"REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC;"
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Role {role!r}: SELECT, INSERT on {EVENT_TABLE}; {DML} on the other tables of "
                f"{schema!r} (and on tables {owner!r} creates later); owns nothing."
            )
        )

    @staticmethod
    def _statements(
        role: str, owner: str, schema: str, password: str | None, exists: bool, database: str
    ) -> list[tuple[sql.Composable, str | None]]:
        """The statements in order, each with a display form if it must not be shown as is."""
        r, o, s = sql.Identifier(role), sql.Identifier(owner), sql.Identifier(schema)
        event = sql.Identifier(schema, EVENT_TABLE)
        out: list[tuple[sql.Composable, str | None]] = []

        def add(template: str, **parts: sql.Composable) -> None:
            out.append((sql.SQL(template).format(**parts), None))

        # Attributes only at creation: changing NOSUPERUSER & co. later needs a superuser, and
        # handle() already refused a superuser role.
        attributes = "" if exists else f" {ROLE_ATTRIBUTES}"
        verb = "ALTER" if exists else "CREATE"
        if password:
            shown = f"{verb} ROLE {role} WITH LOGIN{attributes} PASSWORD '***'"
            statement = sql.SQL("{} ROLE {} WITH LOGIN{} PASSWORD {}").format(
                sql.SQL(verb), r, sql.SQL(attributes), sql.Literal(password)
            )
            out.append((statement, shown))
        elif not exists:
            add(f"CREATE ROLE {{r}} WITH LOGIN{attributes}", r=r)
        add("GRANT CONNECT ON DATABASE {d} TO {r}", d=sql.Identifier(database), r=r)
        add("GRANT USAGE ON SCHEMA {s} TO {r}", s=s, r=r)
        # Start from nothing on the existing tables, then grant exactly what is needed.
        add("REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM {r}", s=s, r=r)
        add(f"GRANT {DML} ON ALL TABLES IN SCHEMA {{s}} TO {{r}}", s=s, r=r)
        add("REVOKE ALL ON {t} FROM {r}", t=event, r=r)
        add("GRANT SELECT, INSERT ON {t} TO {r}", t=event, r=r)
        for table in READ_ONLY_TABLES:
            t = sql.Identifier(schema, table)
            add("REVOKE ALL ON {t} FROM {r}", t=t, r=r)
            add("GRANT SELECT ON {t} TO {r}", t=t, r=r)
        add("REVOKE ALL ON ALL SEQUENCES IN SCHEMA {s} FROM {r}", s=s, r=r)
        add("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {r}", s=s, r=r)
        for function in FUNCTIONS:
            f = sql.SQL(".").join([s, sql.SQL(function)])
            add("GRANT EXECUTE ON FUNCTION {f} TO {r}", f=f, r=r)
        # Tables and sequences the owner creates later (new read models) work without a re-run.
        add(
            "ALTER DEFAULT PRIVILEGES FOR ROLE {o} IN SCHEMA {s} "
            f"GRANT {DML} ON TABLES TO {{r}}",
            o=o,
            s=s,
            r=r,
        )
        add(
            "ALTER DEFAULT PRIVILEGES FOR ROLE {o} IN SCHEMA {s} "
            "GRANT USAGE, SELECT ON SEQUENCES TO {r}",
            o=o,
            s=s,
            r=r,
        )
        return out

    @staticmethod
    def _owned_by(cursor: Any, role: str) -> list[str]:
        cursor.execute(
            "SELECT n.nspname || '.' || c.relname FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relowner = (SELECT oid FROM pg_roles WHERE rolname = %s) ORDER BY 1",
            [role],
        )
        return [name for (name,) in cursor.fetchall()]
