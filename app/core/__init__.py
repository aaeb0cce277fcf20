"""Domain values and errors. Imports nothing else of `app`."""
