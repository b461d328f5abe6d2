"""Exercises of ``05_regularization``: the L2 term, its cost and gradient, inverted dropout.

Keys are the course's function names (``compute_cost_with_regularization``, ...); the functions
are the notebook's (``cost_with_l2``, ...), written for any number of layers. Dropout masks are
drawn as ``rng.random(Z.shape) < keep_prob``, hidden layer by hidden layer, from the generator the
case passes; they are judged by their properties (the share kept, zeros where dropped, the
rescaling by ``keep_prob``, the same masks reused backward), so the course's masks from
``np.random.seed(1)`` and ``np.random.rand`` pass too.

The course writes these functions for its 3-layer network: ``compute_cost_with_regularization(A3,
Y, parameters, lambd)`` (calling its own ``compute_cost``), ``backward_propagation_with_
regularization(X, Y, cache, lambd)`` and the dropout pair ``forward_propagation_with_dropout(X,
parameters, keep_prob)`` / ``backward_propagation_with_dropout(X, Y, cache, keep_prob)`` with the
course's flat caches. Those are accepted as they are, on the 3-layer cases.
"""
from __future__ import annotations

import numpy as np

import helpers as h

from . import properties
from .calling import mentions
from .compare import Difference, compare
from .core import Case, Exercise, Mistake, Variant, WrongOutput
from .inputs import course_randn, labels, random_network
from .plain import describe

NOTEBOOK = "05_regularization"
THREE = frozenset({"3 layers"})


def _three_layers(name):
    return Variant(f"written for 3 layers, as the course's {name}", accepts=mentions("W3"), tags=THREE)


def _course_compute_cost(A3, Y):
    """The course's own cross-entropy helper, which its compute_cost_with_regularization calls."""
    return float(h.compute_cost(A3, Y))


COURSE_HELPERS = {"compute_cost": _course_compute_cost, "relu": h.relu, "sigmoid": h.sigmoid}
"""The course's reg_utils functions its regularization code calls, for a function that uses them."""


def _course_cost_inputs():
    W1, b1, W2, b2, W3, b3 = course_randn(1, (2, 3), (2, 1), (3, 2), (3, 1), (1, 3), (1, 1))
    AL = np.array([[0.40682402, 0.01629284, 0.16722898, 0.10118111, 0.40682402]])
    return AL, np.array([[1, 1, 0, 1, 0]]), {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "W3": W3, "b3": b3}, 0.1


# ---- l2_cost_term -----------------------------------------------------------------------------

def l2_cost_term(parameters, lambd, m):
    return float(h.l2_penalty(parameters, lambd, m))


def _no_one_over_two_m(parameters, lambd, m):
    return l2_cost_term(parameters, lambd, m) * 2 * m


def _one_over_m(parameters, lambd, m):
    return l2_cost_term(parameters, lambd, m) * 2


def _biases_penalized(parameters, lambd, m):
    return l2_cost_term(parameters, lambd, m) + lambd / (2 * m) * sum(
        float(np.sum(v ** 2)) for k, v in parameters.items() if k.startswith("b"))


def _norm_not_squared(parameters, lambd, m):
    return lambd / (2 * m) * np.sqrt(l2_cost_term(parameters, lambd, m) * 2 * m / lambd)


L2_TERM = Exercise(
    key="l2_cost_term", name="l2_cost_term", notebook=NOTEBOOK, reference=l2_cost_term,
    cases=[Case("course check network (RandomState(1)), lambda 0.1, m 5", lambda: _course_cost_inputs()[2:] + (5,),
                tags=THREE),
           Case("random [4, 3, 2, 1], lambda 0.7, m 200", lambda: (random_network(51, [4, 3, 2, 1], 1)[1], 0.7, 200),
                tags=THREE),
           Case("random [2, 5, 1], lambda 2, m 8", lambda: (random_network(52, [2, 5, 1], 1)[1], 2.0, 8))],
    outputs=("L2 term",), variants=[_three_layers("L2 term")],
    mistakes=[
        Mistake("no 1/(2m)", _no_one_over_two_m, "the sum of squares is scaled by lambda / (2 m), not by lambda alone"),
        Mistake("1/m", _one_over_m, "the factor is lambda / (2 m): the 2 makes its derivative come out as (lambda / m) W"),
        Mistake("biases penalized", _biases_penalized,
                "only the weight matrices W1 .. WL are penalized; leave the biases b1 .. bL out of the sum"),
        Mistake("norm not squared", _norm_not_squared,
                "the term uses the SQUARED Frobenius norm: the sum of the squares of all entries, no square root"),
    ],
    nudge="lambda / (2 m) times the sum, over the layers l = 1 .. L, of the squared Frobenius norm of W[l] (the sum "
          "of the squares of its entries); the biases are not in it; L = len(parameters) // 2.")


# ---- compute_cost_with_regularization ---------------------------------------------------------

def cost_with_l2(AL, Y, parameters, lambd):
    return float(h.compute_cost(AL, Y, parameters=parameters, lambd=lambd))


def _l2_left_out(AL, Y, parameters, lambd):
    return float(h.compute_cost(AL, Y))


def _m_from_the_rows(AL, Y, parameters, lambd):
    return float(h.compute_cost(AL, Y)) + l2_cost_term(parameters, lambd, Y.shape[0])


def _cross_entropy_summed(AL, Y, parameters, lambd):
    return float(h.compute_cost(AL, Y)) * Y.shape[1] + l2_cost_term(parameters, lambd, Y.shape[1])


def _cost_inputs(seed, dims, m, lambd):
    rng = np.random.default_rng(seed)
    return rng.uniform(0.05, 0.95, (1, m)), labels(seed, m), random_network(seed, dims, 1)[1], lambd


COST = Exercise(
    key="compute_cost_with_regularization", name="cost_with_l2", course_name="compute_cost_with_regularization",
    notebook=NOTEBOOK, reference=cost_with_l2,
    cases=[Case("course check values (RandomState(1)), lambda 0.1", _course_cost_inputs,
                published={"cost": 1.78648594516}, published_atol=5e-11, tags=THREE),
           Case("random [3, 4, 2, 1], m 10, lambda 0.7", lambda: _cost_inputs(53, [3, 4, 2, 1], 10, 0.7), tags=THREE),
           Case("random [2, 3, 3, 3, 1], m 7, lambda 3", lambda: _cost_inputs(54, [2, 3, 3, 3, 1], 7, 3.0))],
    outputs=("cost",), variants=[_three_layers("compute_cost_with_regularization")], supply=COURSE_HELPERS,
    mistakes=[
        Mistake("L2 term left out", _l2_left_out, "add the L2 term, l2_cost_term(parameters, lambd, m), to the cross-entropy"),
        Mistake("m from the wrong axis", _m_from_the_rows, "m is the number of examples, the columns of Y (its rows are 1)"),
        Mistake("cross-entropy summed", _cross_entropy_summed, "the cross-entropy is a mean over the m examples"),
    ],
    nudge="the mean cross-entropy of the m examples (m = the number of columns of Y) plus the L2 term of the "
          "previous exercise with that m; one number.")


# ---- backward_propagation_with_regularization -------------------------------------------------

def add_l2_gradients(grads, parameters, lambd, m):
    L = len(parameters) // 2
    return {**grads, **{f"dW{l}": grads[f"dW{l}"] + (lambd / m) * parameters[f"W{l}"] for l in range(1, L + 1)}}


def _term_missing(grads, parameters, lambd, m):
    return dict(grads)


def _half(grads, parameters, lambd, m):
    return add_l2_gradients(grads, parameters, lambd / 2, m)


def _no_one_over_m(grads, parameters, lambd, m):
    return add_l2_gradients(grads, parameters, lambd * m, m)


def _biases_regularized(grads, parameters, lambd, m):
    out = add_l2_gradients(grads, parameters, lambd, m)
    return {**out, **{f"db{l}": grads[f"db{l}"] + (lambd / m) * parameters[f"b{l}"] for l in range(1, len(parameters) // 2 + 1)}}


def _grad_inputs(seed, dims, lambd, m):
    X, parameters = random_network(seed, dims, m)
    AL, caches = h.model_forward(X, parameters)
    return h.model_backward(AL, labels(seed + 1, m), caches), parameters, lambd, m


def _course_backward_inputs(seed, dims, m, lambd):
    """The course's inputs: X, Y and the flat cache (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3)."""
    X, parameters = random_network(seed, dims, m)
    A3, caches = h.model_forward(X, parameters)
    flat = []
    for l, c in enumerate(caches, start=1):
        A = caches[l].A_prev if l < len(caches) else A3
        flat += [c.Z, A, c.W, c.b]
    return X, labels(seed + 1, m), tuple(flat), lambd


def _course_backward_reference(X, Y, cache, lambd):
    Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3 = cache
    caches = [h.LayerCache(X, W1, b1, Z1, "relu"), h.LayerCache(A1, W2, b2, Z2, "relu"),
              h.LayerCache(A2, W3, b3, Z3, "sigmoid")]
    return h.model_backward(A3, Y, caches, lambd=lambd)


GRADIENT = Exercise(
    key="backward_propagation_with_regularization", name="add_l2_gradients",
    course_name="backward_propagation_with_regularization", notebook=NOTEBOOK, reference=add_l2_gradients,
    cases=[Case("random [3, 4, 2, 1], m 5, lambda 0.7", lambda: _grad_inputs(55, [3, 4, 2, 1], 0.7, 5), tags=THREE),
           Case("random [2, 3, 1], m 6, lambda 2", lambda: _grad_inputs(56, [2, 3, 1], 2.0, 6)),
           Case("random [4, 2, 2, 1], m 3, lambda 0.1", lambda: _grad_inputs(57, [4, 2, 2, 1], 0.1, 3), tags=THREE)],
    outputs=("grads",), supply=COURSE_HELPERS,
    variants=[Variant("the course's backward_propagation_with_regularization(X, Y, cache, lambd), for 3 layers",
                      accepts=lambda info: info.parameters[:1] == ("X",) or mentions("Z3")(info),
                      reference=_course_backward_reference,
                      cases=[Case("course-style 3-layer network [3, 4, 2, 1], m 5, lambda 0.7",
                                  lambda: _course_backward_inputs(58, [3, 4, 2, 1], 5, 0.7)),
                             Case("course-style 3-layer network [2, 5, 3, 1], m 4, lambda 2",
                                  lambda: _course_backward_inputs(59, [2, 5, 3, 1], 4, 2.0))]),
              _three_layers("backward pass")],
    mistakes=[
        Mistake("term missing", _term_missing, "add (lambd / m) * W[l] to every dW[l]: the derivative of the L2 term"),
        Mistake("1/(2m)", _half, "the derivative of (lambda / (2m)) ||W||^2 is (lambda / m) W: the 2 cancels the 1/2"),
        Mistake("no 1/m", _no_one_over_m, "the added term is (lambd / m) * W[l], with the 1/m"),
        Mistake("biases regularized", _biases_regularized,
                "the biases are not in the L2 term, so db[l] stays as back-propagation gave it"),
    ],
    nudge="the L2 term (lambda / (2m)) ||W[l]||^2 adds its own derivative, (lambda / m) W[l], to each dW[l]; the "
          "db[l] do not change. Return a new dict.")


# ---- forward_propagation_with_dropout ---------------------------------------------------------

def forward_with_dropout(X, parameters, keep_prob, rng=None, masks=None):
    L = len(parameters) // 2
    A, cache = X, []
    for l in range(1, L):
        A_prev = A
        A, layer = h.linear_activation_forward(A_prev, parameters[f"W{l}"], parameters[f"b{l}"], "relu")
        D = rng.random(A.shape) < keep_prob if masks is None else masks[l - 1]
        cache.append((A_prev, layer.W, layer.Z, D))
        A = A * D / keep_prob
    AL, layer = h.linear_activation_forward(A, parameters[f"W{L}"], parameters[f"b{L}"], "sigmoid")
    cache.append((A, layer.W, layer.Z, None))
    return AL, cache


def _mask_shapes(X, parameters):
    return [(parameters[f"W{l}"].shape[0], X.shape[1]) for l in range(1, len(parameters) // 2)]


# given masks are used as they are, as the notebook's function uses them; only drawing goes wrong
def _randn_mask(X, parameters, keep_prob, rng=None, masks=None):
    if masks is None:
        masks = [rng.standard_normal(shape) < keep_prob for shape in _mask_shapes(X, parameters)]
    return forward_with_dropout(X, parameters, keep_prob, masks=masks)


def _mask_above(X, parameters, keep_prob, rng=None, masks=None):
    if masks is None:
        masks = [rng.random(shape) > keep_prob for shape in _mask_shapes(X, parameters)]
    return forward_with_dropout(X, parameters, keep_prob, masks=masks)


def _not_rescaled(X, parameters, keep_prob, rng=None, masks=None):
    if masks is None:
        masks = [rng.random(shape) < keep_prob for shape in _mask_shapes(X, parameters)]
    return forward_with_dropout(X, parameters, 1.0, masks=masks)  # masked, divided by 1


def _output_dropped(X, parameters, keep_prob, rng=None, masks=None):
    AL, cache = forward_with_dropout(X, parameters, keep_prob, rng, masks)
    D = rng.random(AL.shape) < keep_prob if masks is None else masks[len(masks)]  # no mask given for the output
    A_prev, W, Z, _ = cache[-1]
    return AL * D / keep_prob, cache[:-1] + [(A_prev, W, Z, D)]


def _dropout_inputs(seed, dims, m, keep_prob):
    X, parameters = random_network(seed, dims, m, bias=0.5)
    return X, parameters, keep_prob, np.random.default_rng(seed)


def _given_masks(seed, units, m):
    rng = np.random.default_rng(seed + 1000)
    return [rng.random((n, m)) < 0.5 for n in units]


def _dropout_properties(args, output):
    X, parameters, keep_prob = args[:3]
    if not isinstance(output, (tuple, list)) or len(output) != 2:
        return Difference("forward_with_dropout", "length", f"your function should return 2 values (AL, cache); it "
                                                            f"returned {describe(output)}", None, output)
    AL, cache = output
    L = len(parameters) // 2
    if not isinstance(cache, (list, tuple)) or len(cache) != L or not all(
            isinstance(c, (tuple, list)) and len(c) == 4 for c in cache):
        return Difference("cache", "type", f"`cache` should be a list of {L} tuples (A_prev, W, Z, D), one per layer; "
                                           f"got {describe(cache)}", None, cache)
    masks = [c[3] for c in cache[:-1]]
    shapes = [(parameters[f"W{l}"].shape[0], X.shape[1]) for l in range(1, L)]
    problem = properties.dropout_masks(masks, shapes, keep_prob)
    if problem:
        return problem
    if cache[-1][3] is not None:
        return Difference("cache", "values", "the output layer is not dropped: its entry in the cache has D = None",
                          None, cache[-1][3])
    expected = forward_with_dropout(X, parameters, keep_prob, masks=masks)  # with the learner's own masks
    for name, e, g in (("AL", expected[0], AL), ("cache", expected[1], cache)):
        difference = compare(e, g, name)
        if difference:
            return difference._replace(text=difference.text + " (computed with your own masks D: A = relu(Z) * D / "
                                                              "keep_prob in every hidden layer)")
    return None


def _course_forward_normalize(output, args):
    """The course's (A3, (Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3)) as (AL, [(A_prev, W, Z, D)])."""
    X = args[0]
    if not isinstance(output, (tuple, list)) or len(output) != 2 or not isinstance(output[1], (tuple, list)) \
            or len(output[1]) != 14:
        raise WrongOutput("the course's forward_propagation_with_dropout returns (A3, cache) with the 14 entries "
                          f"(Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3); yours returned {describe(output)}")
    Z1, D1, A1, W1, _, Z2, D2, A2, W2, _, Z3, _, W3, _ = output[1]
    return output[0], [(X, W1, Z1, D1), (A1, W2, Z2, D2), (A2, W3, Z3, None)]


FORWARD = Exercise(
    key="forward_propagation_with_dropout", name="forward_with_dropout", course_name="forward_propagation_with_dropout",
    notebook=NOTEBOOK, reference=forward_with_dropout,
    cases=[Case("random [3, 5, 4, 1], m 6, keep_prob 0.7", lambda: _dropout_inputs(57, [3, 5, 4, 1], 6, 0.7),
                random=True, exact=True, tags=THREE),
           Case("random [2, 8, 1], m 10, keep_prob 0.5", lambda: _dropout_inputs(58, [2, 8, 1], 10, 0.5),
                random=True, exact=True),
           Case("random [3, 40, 30, 1], m 50, keep_prob 0.6 (3,500 mask entries, to measure the share kept)",
                lambda: _dropout_inputs(60, [3, 40, 30, 1], 50, 0.6), random=True, exact=True, tags=THREE),
           Case("keep_prob 1 (no unit dropped)", lambda: _dropout_inputs(59, [3, 4, 3, 1], 5, 1.0),
                random=True, exact=True, tags=THREE),
           Case("masks given (as the notebook's gradient check passes them), keep_prob 0.5",
                lambda: _dropout_inputs(63, [3, 4, 2, 1], 5, 0.5)[:3] + (None, _given_masks(63, [4, 2], 5)))],
    outputs=("AL", "cache"), seed_argument="rng", course_seeds=(1,), properties=_dropout_properties,
    supply=COURSE_HELPERS,
    variants=[Variant("the course's forward_propagation_with_dropout(X, parameters, keep_prob), for 3 layers",
                      accepts=lambda info: len(info.parameters) == 3 and not info.takes("rng"), tags=THREE,
                      call=lambda fn, args, kwargs: fn(*args[:3]), normalize=_course_forward_normalize)],
    mistakes=[
        Mistake("mask drawn with randn", _randn_mask,
                "draw the mask from the UNIFORM distribution on [0, 1) and keep where the draw is below keep_prob; "
                "a normal draw (randn / standard_normal) keeps the wrong share of units"),
        Mistake("mask > keep_prob", _mask_above,
                "a unit is KEPT with probability keep_prob: keep it where the uniform draw is BELOW keep_prob"),
        Mistake("not rescaled", _not_rescaled,
                "inverted dropout divides the masked activations by keep_prob, so that their expected value stays A"),
        Mistake("dropout on the output layer", _output_dropped,
                "dropout applies to the hidden layers only: the output layer's sigmoid is returned as it is, "
                "with D = None in its cache"),
    ],
    nudge="in each hidden layer: Z = W A_prev + b, A = relu(Z), then a mask D of Z's shape, True with probability "
          "keep_prob (a uniform draw below keep_prob, from the generator passed in, layer by layer), and "
          "A = A * D / keep_prob; the output layer is a plain sigmoid; cache (A_prev, W, Z, D) per layer, D = None "
          "for the output.")


# ---- backward_propagation_with_dropout --------------------------------------------------------

def backward_with_dropout(AL, Y, cache, keep_prob):
    L = len(cache)
    caches = [h.LayerCache(A_prev, W, None, Z, "sigmoid" if l == L else "relu",
                           mask=None if D is None else np.asarray(D, dtype=bool), keep_prob=keep_prob)
              for l, (A_prev, W, Z, D) in enumerate(cache, start=1)]
    return h.model_backward(AL, Y, caches)


def _with_masks(cache, masks):
    return [(A_prev, W, Z, D if D is None else m) for (A_prev, W, Z, D), m in zip(cache, masks)]


def _mask_not_reused(AL, Y, cache, keep_prob):
    return backward_with_dropout(AL, Y, _with_masks(cache, [np.ones(c[2].shape) for c in cache]), 1.0)


def _backward_not_rescaled(AL, Y, cache, keep_prob):
    return backward_with_dropout(AL, Y, cache, 1.0)


def _scaled_not_masked(AL, Y, cache, keep_prob):
    return backward_with_dropout(AL, Y, _with_masks(cache, [np.ones(c[2].shape) for c in cache]), keep_prob)


def _dW_not_averaged(AL, Y, cache, keep_prob):
    grads = backward_with_dropout(AL, Y, cache, keep_prob)
    return {k: v * Y.shape[1] if k.startswith("dW") else v for k, v in grads.items()}


def _backward_inputs(seed, dims, m, keep_prob):
    X, parameters, keep_prob, rng = _dropout_inputs(seed, dims, m, keep_prob)
    AL, cache = forward_with_dropout(X, parameters, keep_prob, rng)
    return AL, labels(seed + 1, m), cache, keep_prob


def _course_dropout_inputs(seed, dims, m, keep_prob):
    """The course's inputs: X, Y and the flat 3-layer cache with masks, and keep_prob."""
    X, parameters, keep_prob, rng = _dropout_inputs(seed, dims, m, keep_prob)
    AL, cache = forward_with_dropout(X, parameters, keep_prob, rng)
    (_, W1, Z1, D1), (A1, W2, Z2, D2), (A2, W3, Z3, _) = cache
    flat = (Z1, D1.astype(int), A1, W1, parameters["b1"], Z2, D2.astype(int), A2, W2, parameters["b2"],
            Z3, AL, W3, parameters["b3"])
    return X, labels(seed + 1, m), flat, keep_prob


def _course_dropout_reference(X, Y, cache, keep_prob):
    Z1, D1, A1, W1, _, Z2, D2, A2, W2, _, Z3, A3, W3, _ = cache
    return backward_with_dropout(A3, Y, [(X, W1, Z1, D1), (A1, W2, Z2, D2), (A2, W3, Z3, None)], keep_prob)


BACKWARD = Exercise(
    key="backward_propagation_with_dropout", name="backward_with_dropout", course_name="backward_propagation_with_dropout",
    notebook=NOTEBOOK, reference=backward_with_dropout,
    cases=[Case("random [3, 5, 4, 1], m 6, keep_prob 0.7", lambda: _backward_inputs(57, [3, 5, 4, 1], 6, 0.7), tags=THREE),
           Case("random [2, 8, 1], m 10, keep_prob 0.5", lambda: _backward_inputs(58, [2, 8, 1], 10, 0.5)),
           Case("random [4, 6, 3, 1], m 7, keep_prob 0.6", lambda: _backward_inputs(61, [4, 6, 3, 1], 7, 0.6), tags=THREE)],
    outputs=("grads",), supply=COURSE_HELPERS,
    variants=[Variant("the course's backward_propagation_with_dropout(X, Y, cache, keep_prob), for 3 layers",
                      accepts=lambda info: info.parameters[:1] == ("X",) or mentions("D2")(info),
                      reference=_course_dropout_reference,
                      cases=[Case("course-style 3-layer network [3, 5, 4, 1], m 6, keep_prob 0.7",
                                  lambda: _course_dropout_inputs(57, [3, 5, 4, 1], 6, 0.7)),
                             Case("course-style 3-layer network [2, 6, 3, 1], m 8, keep_prob 0.5",
                                  lambda: _course_dropout_inputs(62, [2, 6, 3, 1], 8, 0.5))])],
    mistakes=[
        Mistake("mask not reused", _mask_not_reused,
                "backward, apply the forward pass's mask and scale to dA: dA * D / keep_prob, with the D stored in "
                "the cache (a dropped unit passes no gradient back)"),
        Mistake("not rescaled", _backward_not_rescaled, "after masking, divide dA by keep_prob, as the forward pass divided A"),
        Mistake("scaled but not masked", _scaled_not_masked,
                "dividing by keep_prob is not enough: multiply dA by the same mask D first, so that dropped units "
                "get no gradient"),
        Mistake("dW without 1/m", _dW_not_averaged, "dW[l] = dZ[l] A[l-1]^T / m: divide by m"),
    ],
    nudge="from the top: dZ[L] = AL - Y; in each hidden layer the incoming dA = W[l+1]^T dZ[l+1] goes through the "
          "same mask and scale as the forward pass (dA * D / keep_prob), then ReLU' (1 where Z > 0); "
          "dW = (1/m) dZ A_prev^T, db = (1/m) sum of dZ over the examples.")

EXERCISES = [L2_TERM, COST, GRADIENT, FORWARD, BACKWARD]
