"""request schedule: when a request is for, the date of an assignment, once-only messages

- help_request.schedule (JSON, null = 日程は相談) and help_request.cancelled_dates (JSON list of ISO dates the
  requester cancelled);
- proposal.occurrence_date: the date an approved proposal is for (a recurring request's next occurrence; null = every
  date of a one-off, or to be arranged);
- outbox_message.dedupe_key with a unique index on (org_id, dedupe_key): the day-before reminder of one date is
  written once, whichever sweep gets there first.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 09:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op


revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("help_request", sa.Column("schedule", sa.JSON(), nullable=True))
    op.add_column(
        "help_request", sa.Column("cancelled_dates", sa.JSON(), server_default="[]", nullable=False)
    )
    op.add_column("proposal", sa.Column("occurrence_date", sa.Date(), nullable=True))
    op.add_column(
        "outbox_message",
        sa.Column("dedupe_key", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
    )
    op.create_index(
        "uq_outbox_message_dedupe", "outbox_message", ["org_id", "dedupe_key"], unique=True
    )


def downgrade() -> None:
    op.drop_index("uq_outbox_message_dedupe", table_name="outbox_message")
    with op.batch_alter_table("outbox_message") as batch:
        batch.drop_column("dedupe_key")
    with op.batch_alter_table("proposal") as batch:
        batch.drop_column("occurrence_date")
    with op.batch_alter_table("help_request") as batch:
        batch.drop_column("cancelled_dates")
        batch.drop_column("schedule")
