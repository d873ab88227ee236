"""search keys: the staff console searches volunteers and requests in SQL

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28 09:00:00

Adds volunteer.search_key / skill_key and help_request.search_key / skill_key (the searchable text folded
kana- and case-insensitively, see service/search.py) and fills them for the rows already stored. The keys are
computed here with the definition of this revision (a frozen copy of service/search.py's, over the matcher's
normalize), so later changes to the app code never change what this migration does.

No index: the console matches a substring anywhere in the key (LIKE '%…%'), which a B-tree cannot serve.
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

from matching.normalize import normalize


revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ('volunteer', 'help_request')


def _key(parts: list[str]) -> str:
    return normalize(" ".join(parts)).replace(" ", "")


def _volunteer_keys(row: sa.Row) -> dict[str, str]:
    skills = list(row.skills or [])
    return {
        'sk': _key([row.display_name, row.name_kana or "", row.bio or "", *skills]),
        'kk': _key([*skills, row.bio or ""]),
    }


def _request_keys(row: sa.Row) -> dict[str, str]:
    skills = list(row.skills or [])
    return {
        'sk': _key([row.requester_name, row.title or "", row.description, *skills]),
        'kk': _key([row.title or "", row.description, *skills]),
    }


def _backfill() -> None:
    bind = op.get_bind()
    volunteer = sa.table(
        'volunteer',
        sa.column('id', sa.Integer),
        sa.column('display_name', sa.String),
        sa.column('name_kana', sa.String),
        sa.column('bio', sa.String),
        sa.column('skills', sa.JSON),
        sa.column('search_key', sa.String),
        sa.column('skill_key', sa.String),
    )
    help_request = sa.table(
        'help_request',
        sa.column('id', sa.Integer),
        sa.column('requester_name', sa.String),
        sa.column('title', sa.String),
        sa.column('description', sa.String),
        sa.column('skills', sa.JSON),
        sa.column('search_key', sa.String),
        sa.column('skill_key', sa.String),
    )
    for table, keys in ((volunteer, _volunteer_keys), (help_request, _request_keys)):
        rows = bind.execute(sa.select(table).order_by(table.c.id)).all()
        values = [{'row_id': row.id, **keys(row)} for row in rows]
        for start in range(0, len(values), 1000):
            bind.execute(
                table.update()
                .where(table.c.id == sa.bindparam('row_id'))
                .values(search_key=sa.bindparam('sk'), skill_key=sa.bindparam('kk')),
                values[start : start + 1000],
            )


def upgrade() -> None:
    for name in TABLES:
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column('search_key', sqlmodel.sql.sqltypes.AutoString(), server_default='', nullable=False)
            )
            batch_op.add_column(
                sa.Column('skill_key', sqlmodel.sql.sqltypes.AutoString(), server_default='', nullable=False)
            )
    _backfill()


def downgrade() -> None:
    for name in reversed(TABLES):
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_column('skill_key')
            batch_op.drop_column('search_key')
