"""The broken-image fixtures and the phrase each must produce, shared by the view and the pane tests."""

BAD_IMAGES = [
    ("truncated.png", "truncated PNG"),
    ("empty.png", "empty (0 bytes)"),
    ("mislabelled.png", "named like a PNG image but holds plain text"),
    ("huge-dimensions.png", "100 000 × 100 000 pixels"),
    ("corrupt.png", "could not be decoded"),
    ("external-href.svg", "external resource"),
    ("entity-expansion.svg", "DOCTYPE or ENTITY"),
    ("not-well-formed.svg", "not well-formed XML"),
]
