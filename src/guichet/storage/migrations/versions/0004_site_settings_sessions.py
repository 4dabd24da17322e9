"""Site identity for the network, desk sessions, and what the quality indicators need.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("site") as batch:
        batch.add_column(sa.Column("fs_id", sa.String(20)))
        batch.add_column(sa.Column("format", sa.String(16), nullable=False, server_default="fixed"))
    with op.batch_alter_table("visit") as batch:
        batch.add_column(sa.Column("arrived_at", sa.DateTime()))
        batch.add_column(sa.Column("satisfaction", sa.Integer()))
        batch.add_column(sa.Column("note", sa.Text()))
    op.create_table(
        "desk_session",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("site_id", sa.String(36), sa.ForeignKey("site.id"), nullable=False),
        sa.Column("workstation_id", sa.String(36), sa.ForeignKey("workstation.id"), nullable=False),
        sa.Column("agent_id", sa.String(36), sa.ForeignKey("agent.id"), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime()),
    )
    op.create_index("ix_desk_session_started_at", "desk_session", ["started_at"])


def downgrade() -> None:
    op.drop_table("desk_session")
    with op.batch_alter_table("visit") as batch:
        for column in ("note", "satisfaction", "arrived_at"):
            batch.drop_column(column)
    with op.batch_alter_table("site") as batch:
        batch.drop_column("format")
        batch.drop_column("fs_id")
