"""guichet: the front desk of a France Services site."""

__version__ = "0.1.0"
