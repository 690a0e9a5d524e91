"""The learned event layer: a trigger model and an argument model trained on the annotated corpus.

``layer`` codes what the patterns did not; ``features`` says what both models see; ``linear`` is
the classifier. ``detente train`` rebuilds the shipped model (``data/model/``) from the annotations.
"""

# every event the layer codes carries the rule "model.<root>": the gate, CV and the relations read it
RULE_PREFIX = "model."
