"""Rule names that the stative readers write and ``contributions.derive`` reads, in one place that imports nothing:
the coding pipeline loads the readers without DuckDB, the query path loads ``contributions`` without spaCy."""

from __future__ import annotations

# force the event coder left uncoded (statives/deeds.py); derive drops it where the coder coded the same verb
DEED_RULE = "stative.deed.hostility"
# force on an actor's armed holdings ("fired missiles at U.S. bases": statives/deeds.py), dropped like DEED_RULE
HOLDING_RULE = "stative.holding.hostility"
# a threat of force whose target is in the threatened deed (statives/threats.py)
THREAT_RULE = "stative.threat.hostility"
# readers that see whom a deed of force at a verb was aimed at: where the event coder took the place of that verb
# for its target, the place was the scene (contributions._scenes)
AIMED_RULES = (HOLDING_RULE, THREAT_RULE)
# the deed readers' statives that the event coder's reading of the same verb stands over (unless it was a scene)
DEED_RULES = (DEED_RULE, HOLDING_RULE)
# two sides one noun of force names ("Djiboutian and Eritrean troops clashed": statives/threats.py); the event
# coder's pairs of the same verb that are not these sides are dropped (contributions.derive)
SIDES_RULE = "stative.sides.hostility"
# the subject's direction of a transitive fight ("the SDF, which are fighting the Islamic State"): a witness that is
# no relation of its own; contributions.derive drops the event coder's mutual reverse of the same verb (the object
# fighting the subject back), which the event coder writes for every "fight" (statives/deeds.py)
ONE_WAY_RULE = "stative.one_way.hostility"
# an accusation of a deed of force: the accuser's claim (statives/threats.py)
ACCUSED_RULE = "stative.accused.hostility"
# an armed group's claim of an attack told before: hostility to the country it struck (statives/threats.py)
CLAIMED_RULE = "stative.claimed.hostility"
# an armed group's allegiance to another: its membership (statives/membership.py)
ALLEGIANCE_RULE = "stative.allegiance"
