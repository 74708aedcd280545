"""Function-based views, one module per page family."""
