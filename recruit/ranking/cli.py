"""``flask ranking rank-due``: rank vacancies whose deadline has passed (for a timer or cron)."""

import click
from flask.cli import with_appcontext

from models import utcnow
from recruit.ranking import jobs


@click.command("rank-due")
@with_appcontext
def rank_due() -> None:
    """Rank (or queue, with Redis) every vacancy past its deadline not ranked since."""
    outcomes = jobs.rank_due(utcnow())
    for vacancy_id, outcome in outcomes:
        click.echo(f"vacancy {vacancy_id}: {outcome}")
    click.echo(f"{len(outcomes)} vacancies due.")
