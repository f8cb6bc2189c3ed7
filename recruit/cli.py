"""``flask recruit ...`` commands for operators."""

import click
from flask import Flask
from flask.cli import AppGroup

recruit_cli = AppGroup("recruit", help="Recruit administration commands.")


@recruit_cli.command("create-admin")
@click.argument("email")
@click.password_option(help="Password (asked for when not given).")
def create_admin(email: str, password: str) -> None:
    """Create an administrator account."""
    from models import Role
    from recruit.auth import services
    from recruit.errors import ValidationFailed

    try:
        services.create_user(email=email, password=password, role=Role.ADMIN, full_name="")
    except ValidationFailed as e:
        raise click.ClickException("; ".join(str(m) for _, m in e.errors)) from e
    click.echo(f"Administrator {email} created.")


@recruit_cli.command("demo")
@click.option("--if-empty", is_flag=True, help="Only load when there are no state bodies yet.")
def demo(if_empty: bool) -> None:
    """Load the demo state bodies, vacancies and accounts (demo passwords only)."""
    from recruit.demo import load_demo

    loaded = load_demo(only_if_empty=if_empty)
    click.echo("Demo data loaded." if loaded else "Database is not empty; demo data skipped.")


@recruit_cli.group("audit")
def audit_group() -> None:
    """Audit log commands."""


@audit_group.command("verify")
def audit_verify() -> None:
    """Check the hash chain of the audit log; name the first broken link."""
    from recruit.audit import verify

    broken = verify()
    if broken is not None:
        raise click.ClickException(f"Audit chain broken at event {broken}.")
    click.echo("Audit chain intact.")


@recruit_cli.command("cleanup")
@click.option(
    "--min-age",
    type=click.IntRange(min=0),
    default=600,
    show_default=True,
    help="Keep files younger than this many seconds (their upload may still be committing).",
)
def cleanup(min_age: int) -> None:
    """Remove stored files that no document points to."""
    from recruit.retention import remove_orphan_files

    removed = remove_orphan_files(min_age_seconds=min_age)
    click.echo(f"Removed {removed} orphaned file(s).")


@recruit_cli.command("retention")
@click.option(
    "--months",
    type=click.IntRange(min=0),
    default=None,
    help="Retention period after the competition closed (default: RETENTION_MONTHS, 12).",
)
def retention(months: int | None) -> None:
    """Erase CVs and personal data of candidates not selected, once the period has passed."""
    from recruit.retention import apply_retention

    result = apply_retention(months)
    click.echo(
        f"Anonymised {result.applications} application(s), erased {result.accounts} "
        f"account(s), deleted {result.files} file(s)."
    )


@recruit_cli.command("send-mail")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
def send_mail(limit: int) -> None:
    """Send the queued notification e-mails (to the log when SMTP is not configured)."""
    from recruit.notifications import send_outbox

    click.echo(f"Sent {send_outbox(limit)} e-mail(s).")


def init_app(app: Flask) -> None:
    app.cli.add_command(recruit_cli)
