"""Record how the visitor was received: at the desk, by phone or by video.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visit") as batch:
        batch.add_column(
            sa.Column("channel", sa.String(16), nullable=False, server_default="on_site")
        )


def downgrade() -> None:
    with op.batch_alter_table("visit") as batch:
        batch.drop_column("channel")
