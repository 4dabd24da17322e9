"""Initial schema: site, workstation, agent, visit, request, document check.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "setting",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "site",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("commune", sa.String(5)),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "workstation",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("site_id", sa.String(36), sa.ForeignKey("site.id"), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
    )
    op.create_table(
        "agent",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("site_id", sa.String(36), sa.ForeignKey("site.id"), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("pin_hash", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_pins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime()),
    )
    op.create_table(
        "visit",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("site_id", sa.String(36), sa.ForeignKey("site.id"), nullable=False),
        sa.Column("workstation_id", sa.String(36), sa.ForeignKey("workstation.id"), nullable=False),
        sa.Column("agent_id", sa.String(36), sa.ForeignKey("agent.id"), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("age_band", sa.String(16)),
        sa.Column("gender", sa.String(16)),
        sa.Column("commune", sa.String(5)),
        sa.Column("first_visit", sa.Boolean()),
    )
    op.create_index("ix_visit_site_id", "visit", ["site_id"])
    op.create_index("ix_visit_closed_at", "visit", ["closed_at"])
    op.create_table(
        "request",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "visit_id",
            sa.String(36),
            sa.ForeignKey("visit.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("operator_id", sa.String(80), nullable=False),
        sa.Column("procedure_id", sa.String(80)),
        sa.Column("procedure_title", sa.String(200)),
        sa.Column("theme_id", sa.String(80)),
        sa.Column("help_type", sa.String(16), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
    )
    op.create_index("ix_request_visit_id", "request", ["visit_id"])
    op.create_table(
        "document_check",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "request_id",
            sa.String(36),
            sa.ForeignKey("request.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(400), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
    )
    op.create_index("ix_document_check_request_id", "document_check", ["request_id"])


def downgrade() -> None:
    for table in ("document_check", "request", "visit", "agent", "workstation", "site", "setting"):
        op.drop_table(table)
