"""What IT manages per OS: one table of settings, one reader per OS, and the policy in force."""
