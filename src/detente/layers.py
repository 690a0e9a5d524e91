"""Which paths code: the patterns, the learned layer, or both; and which of them ships (one source of truth for
the pipeline, the command line and the benchmarks, light to import)."""

LAYERS = ("patterns", "model", "both")

SHIPPED_LAYERS = "patterns"
"""The paths a coder codes with unless told otherwise. The patterns alone since the twenty-second stop: on each of the
four batches of real articles annotated blind at the start of the last four stops the learned layer added more wrong
events than right (ann-46..49 +4 / +13, ann-50..53 +3 / +22, ann-54..57 +2 / +17, ann-58..61 +5 / +12), and by the
rule fixed before measuring (docs/events.md, "The learned layer switched off") the patterns alone now hold the frozen
test split's floors. ``layers="both"`` (``--layers both``) still runs the packaged model beside them."""
