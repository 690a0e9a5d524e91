"""What no event coder offers: blocs, bridges, structural balance and change between two dates.

The signed graph is undirected: the tie between two actors is the sum of their relations' weights, positive
for ``+`` relations and negative for ``-`` ones (labels by the author, with no source, are not ties).
Blocs are igraph's spinglass communities with negative weights (Traag and Bruggeman's signed model):
members of a bloc are tied positively, blocs negatively. Spinglass is stochastic; the seed is fixed so the
same store gives the same blocs.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections import defaultdict

from detente.system.contributions import ENDING
from detente.system.view import Balance, Relation, Triad

SEED = 20171231


def signed_ties(relations: list[Relation]) -> dict[tuple[str, str], float]:
    """Undirected signed weight per pair of actors."""
    ties: dict[tuple[str, str], float] = defaultdict(float)
    for r in relations:
        if r.source is None or r.source == r.target:
            continue
        pair = (min(r.source, r.target), max(r.source, r.target))
        ties[pair] += r.weight if r.sign == "+" else -r.weight
    return {p: w for p, w in ties.items() if w != 0}


def blocs(relations: list[Relation]) -> dict[str, int]:
    """Bloc number (0 = largest) of every actor with a tie, by signed spinglass per connected component."""
    import igraph as ig

    ties = signed_ties(relations)
    codes = sorted({c for pair in ties for c in pair})
    if not codes:
        return {}
    index = {c: i for i, c in enumerate(codes)}
    graph = ig.Graph(n=len(codes), edges=[(index[a], index[b]) for a, b in ties])
    scale = max(abs(w) for w in ties.values())
    graph.es["weight"] = [w / scale for w in ties.values()]  # decay can make every weight tiny
    rng = random.Random(SEED)
    ig.set_random_number_generator(rng)
    groups: list[list[str]] = []
    try:
        for component in graph.connected_components():
            members = [codes[i] for i in component]
            if len(component) < 3:
                groups.extend(_small(members, ties))
                continue
            sub = graph.subgraph(component)
            parts = sub.community_spinglass(
                weights="weight", spins=min(len(component), 12), implementation="negative", gamma=1.0, lambda_=1.0
            )
            for part in parts:
                groups.append([members[i] for i in part])
    finally:
        ig.set_random_number_generator(random)
    groups.sort(key=lambda g: (-len(g), g))
    return {code: n for n, group in enumerate(groups) for code in group}


def _small(members: list[str], ties: dict[tuple[str, str], float]) -> list[list[str]]:
    if len(members) == 2 and ties.get((min(members), max(members)), 0) > 0:
        return [members]
    return [[m] for m in members]


def bridges(relations: list[Relation], bloc_of: dict[str, int]) -> list[str]:
    """Actors with positive ties to two or more blocs (their own counted) where at least a third of their
    positive weight goes outside their own bloc: the go-betweens."""
    weight_in: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    for (a, b), w in signed_ties(relations).items():
        if w > 0:
            weight_in[a][bloc_of[b]] += w
            weight_in[b][bloc_of[a]] += w
    found = []
    for code, by_bloc in weight_in.items():
        total = sum(by_bloc.values())
        outside = total - by_bloc.get(bloc_of[code], 0.0)
        if len(by_bloc) >= 2 and outside * 3 >= total:
            found.append(code)
    return sorted(found)


def balance(relations: list[Relation]) -> Balance:
    """Triads of actors tied pairwise; a triad is balanced when the product of its signs is positive
    ('the enemy of my enemy is my friend'). Unbalanced triads come with the relations behind each tie."""
    ties = signed_ties(relations)
    behind: dict[tuple[str, str], list[list[str]]] = defaultdict(list)
    for r in relations:
        if r.source is not None and r.source != r.target:
            behind[(min(r.source, r.target), max(r.source, r.target))].append([r.source, r.target, r.kind])
    neighbours: dict[str, set[str]] = defaultdict(set)
    for a, b in ties:
        neighbours[a].add(b)
        neighbours[b].add(a)
    total = balanced = 0
    unbalanced: list[tuple[float, Triad]] = []
    for a in sorted(neighbours):
        for b, c in itertools.combinations(sorted(n for n in neighbours[a] if n > a), 2):
            if c not in neighbours[b]:
                continue
            pairs = [(a, b), (b, c), (a, c)]
            signs = ["+" if ties[p] > 0 else "-" for p in pairs]
            total += 1
            if signs.count("-") % 2 == 0:
                balanced += 1
            else:
                strength = min(abs(ties[p]) for p in pairs)
                unbalanced.append(
                    (strength, Triad(actors=[a, b, c], signs=signs, relations=[r for p in pairs for r in behind[p]]))
                )
    unbalanced.sort(key=lambda t: -t[0])
    return Balance(
        index=round(balanced / total, 4) if total else None, triads=total, unbalanced=[t for _, t in unbalanced]
    )


def diff(
    before: list[Relation], after: list[Relation], closed: list[Relation] | None = None, since: dt.date | None = None
) -> dict[str, list[dict]]:
    """Relations that formed, ended or changed sign between two views, heaviest first. A relation of the first
    view that an ending after ``since`` closed (``closed``: the later view's ended relations) broke: it is
    listed with the ending's evidence, not among those that ended by leaving the window."""
    old = {(r.source, r.target, r.kind): r for r in before}
    new = {(r.source, r.target, r.kind): r for r in after}
    ends = {
        (r.source, r.target, r.kind): r
        for r in closed or []
        if r.ended_on is not None and (since is None or r.ended_on > since)
    }

    def row(r: Relation, other: Relation | None = None) -> dict:
        out = {"source": r.source, "target": r.target, "kind": r.kind, "sign": r.sign, "weight": r.weight}
        if other is not None:
            out["was"] = other.sign
            out["weight_before"] = other.weight
        return out

    def broken(r: Relation, end: Relation) -> dict:
        ending = [e.model_dump(mode="json") for e in end.evidence if e.origin == ENDING]
        return {**row(r), "ended_on": str(end.ended_on), "ending": ending}

    formed = [row(r) for k, r in new.items() if k not in old]
    broke = [broken(r, ends[k]) for k, r in old.items() if k not in new and k in ends]
    ended = [row(r) for k, r in old.items() if k not in new and k not in ends]
    flipped = [row(r, old[k]) for k, r in new.items() if k in old and old[k].sign != r.sign]
    for rows in (formed, ended, broke, flipped):
        rows.sort(key=lambda x: -x["weight"])
    return {"formed": formed, "ended": ended, "broke": broke, "flipped": flipped}
