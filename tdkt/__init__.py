"""tdkt — checks Vietnamese half-year emulation and commendation reports against a directive."""

__version__ = "0.1.0"
