"""Plain domain types, undoable commands, change events and text-offset rules."""
