"""indexes: the queries of a matching job, the matcher refresh and the console, led by org_id

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 06:10:00

- volunteer (org_id, updated_at): the warm matcher's refresh reads the volunteers changed since its last look;
  on ix_volunteer_org_id alone that query visits every volunteer of the organisation.
- proposal (updated_at, status, volunteer_id): the refresh's "decided proposals moved since" query (it grows with every
  proposal ever made without it), index-only.
- help_request (org_id, status): the open requests a volunteer change re-scores.
- matching_job (kind, created_at): the refresh asks whether an import committed since its last look.

Then ANALYZE, so both planners see the table sizes (SQLite plans on ix_volunteer_org_id without statistics).
"""
from collections.abc import Sequence

from alembic import op


revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ('ix_volunteer_org_id_updated_at', 'volunteer', ['org_id', 'updated_at']),
    ('ix_proposal_updated_at_status', 'proposal', ['updated_at', 'status', 'volunteer_id']),
    ('ix_help_request_org_id_status', 'help_request', ['org_id', 'status']),
    ('ix_matching_job_kind_created_at', 'matching_job', ['kind', 'created_at']),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)
    op.execute('ANALYZE')


def downgrade() -> None:
    for name, table, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
