"""The encrypted local store: SQLCipher database, key store, schema, repositories and the ledger."""
