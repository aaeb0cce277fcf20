"""Qt item models over the vault's review queries, loaded incrementally (fetchMore) off the GUI thread."""
