"""The site's own address and phone, printed on slips so visitors know where to come back.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("site") as batch:
        batch.add_column(sa.Column("address", sa.String(300)))
        batch.add_column(sa.Column("phone", sa.String(40)))


def downgrade() -> None:
    with op.batch_alter_table("site") as batch:
        batch.drop_column("phone")
        batch.drop_column("address")
