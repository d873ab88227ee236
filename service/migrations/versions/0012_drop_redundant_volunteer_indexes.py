"""volunteer: drop ix_volunteer_org_id and ix_volunteer_updated_at, which every query serves without

Every volunteer query was planned with EXPLAIN (QUERY PLAN) at 100k volunteers on both databases before: the
queries by org_id alone are served by ix_volunteer_org_id_updated_at (0010) or uq_volunteer_external_id, both led
by org_id; none filters or sorts on updated_at without org_id. PostgreSQL planned none of them on either index.
SQLite used ix_volunteer_org_id for the console's lists, searches and the export (ORDER BY id within one
organisation); without it, it scans the table backwards by rowid, which with one organisation per SQLite file
is the same rows (100k: a first page 0.2 ms as before, a rare search word 416 → 88 ms, a 90,000-row offset
22 → 89 ms). Two fewer indexes to keep on every insert (`skillbank import`) and update.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 19:10:00
"""

from collections.abc import Sequence

from alembic import op


revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ("ix_volunteer_org_id", ["org_id"]),
    ("ix_volunteer_updated_at", ["updated_at"]),
)


def upgrade() -> None:
    for name, _ in INDEXES:
        op.drop_index(name, table_name="volunteer")
    op.execute("ANALYZE volunteer")


def downgrade() -> None:
    for name, columns in reversed(INDEXES):
        op.create_index(name, "volunteer", columns, unique=False)
