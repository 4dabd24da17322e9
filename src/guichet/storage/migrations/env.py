"""Alembic environment: runs on the connection guichet hands over, inside its transaction."""

from alembic import context

from guichet.storage.models import Base

context.configure(
    connection=context.config.attributes["connection"],
    target_metadata=Base.metadata,
    render_as_batch=True,
)
context.run_migrations()
