"""The transcript viewer: text with coded spans, coding stripes in the margin, find bar."""
