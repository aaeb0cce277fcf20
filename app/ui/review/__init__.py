"""The review window: the timeline of what was captured, its detail, and the employee's actions on it."""
