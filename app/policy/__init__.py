"""The platforms' rules checked on a finished message, and what they find."""
