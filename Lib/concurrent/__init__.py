"""Package for concurrency helpers (see concurrent.futures)."""
