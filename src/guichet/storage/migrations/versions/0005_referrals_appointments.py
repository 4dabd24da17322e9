"""Partner offices, referrals and appointments.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "office",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("site_id", sa.String(36), sa.ForeignKey("site.id"), nullable=False),
        sa.Column("operator_id", sa.String(80), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("address", sa.String(300)),
        sa.Column("postcode", sa.String(10)),
        sa.Column("city", sa.String(120)),
        sa.Column("phone", sa.String(40)),
        sa.Column("email", sa.String(200)),
        sa.Column("website", sa.String(400)),
        sa.Column("hours", sa.Text(), nullable=False, server_default="{}"),
        sa.Column("remarks", sa.Text()),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_office_site_id", "office", ["site_id"])
    op.create_table(
        "referral",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "request_id",
            sa.String(36),
            sa.ForeignKey("request.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("office_id", sa.String(36), sa.ForeignKey("office.id", ondelete="SET NULL")),
        sa.Column("office_name", sa.String(200), nullable=False),
        sa.Column("reason", sa.Text()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_referral_request_id", "referral", ["request_id"])
    op.create_table(
        "appointment",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("site_id", sa.String(36), sa.ForeignKey("site.id"), nullable=False),
        sa.Column("request_id", sa.String(36), sa.ForeignKey("request.id", ondelete="SET NULL")),
        sa.Column("operator_id", sa.String(80), nullable=False),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(300)),
        sa.Column("link", sa.String(400)),
        sa.Column("reference", sa.String(120)),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("cancelled_at", sa.DateTime()),
    )
    op.create_index("ix_appointment_site_id", "appointment", ["site_id"])
    op.create_index("ix_appointment_request_id", "appointment", ["request_id"])
    op.create_index("ix_appointment_starts_at", "appointment", ["starts_at"])


def downgrade() -> None:
    op.drop_table("appointment")
    op.drop_table("referral")
    op.drop_table("office")
