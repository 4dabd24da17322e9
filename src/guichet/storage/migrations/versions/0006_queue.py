"""The waiting queue (tickets) and the visitors' one-tap feedback.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ticket",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("site_id", sa.String(36), sa.ForeignKey("site.id"), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("prefix", sa.String(4), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("theme_id", sa.String(80)),
        sa.Column("procedure_id", sa.String(80)),
        sa.Column("language", sa.String(8)),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("called_at", sa.DateTime()),
        sa.Column("called_by", sa.String(36), sa.ForeignKey("agent.id")),
        sa.Column("workstation_id", sa.String(36), sa.ForeignKey("workstation.id")),
        sa.Column("visit_id", sa.String(36), sa.ForeignKey("visit.id", ondelete="SET NULL")),
    )
    op.create_index("ix_ticket_site_id", "ticket", ["site_id"])
    op.create_index("ix_ticket_taken_at", "ticket", ["taken_at"])
    op.create_table(
        "feedback",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("site_id", sa.String(36), sa.ForeignKey("site.id"), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("given_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_feedback_site_id", "feedback", ["site_id"])
    op.create_index("ix_feedback_given_at", "feedback", ["given_at"])


def downgrade() -> None:
    op.drop_table("feedback")
    op.drop_table("ticket")
