"""Learner answers for 06_gradient_checking, written independently of the checker: correct ones in
varied styles (the notebook's functions, and the course's forward_propagation,
backward_propagation, gradient_check and gradient_check_n pasted as they are, calling the course's
helper names) and realistic wrong ones."""

ANSWERS = [
    # ------------------------------------------------------------------ forward_propagation_1d
    {"key": "forward_propagation_1d", "function": "forward_propagation_1d", "kind": "correct", "style": "course body, named J",
     "source": '''def forward_propagation_1d(x, theta):
    """J(theta) = theta * x, for numbers x and theta."""
    J = theta * x
    return J
'''},
    {"key": "forward_propagation_1d", "function": "forward_propagation", "kind": "correct",
     "style": "the course's forward_propagation pasted under its course name",
     "source": '''def forward_propagation(x, theta):
    J = theta * x
    return J
'''},
    {"key": "forward_propagation_1d", "function": "forward_propagation_1d", "kind": "correct", "style": "np.multiply",
     "source": '''def forward_propagation_1d(x, theta):
    return np.multiply(theta, x)
'''},
    {"key": "forward_propagation_1d", "function": "forward_propagation_1d", "kind": "correct", "style": "x * theta",
     "source": '''def forward_propagation_1d(x, theta):
    cost = x * theta
    return cost
'''},
    {"key": "forward_propagation_1d", "function": "forward_propagation_1d", "kind": "wrong", "style": "sum",
     "mistake": "adds theta and x instead of multiplying",
     "wrong_line": "J = theta + x", "wrong_quantity": "J",
     "source": '''def forward_propagation_1d(x, theta):
    J = theta + x
    return J
'''},
    {"key": "forward_propagation_1d", "function": "forward_propagation_1d", "kind": "wrong", "style": "derivative returned",
     "mistake": "returns the derivative x instead of the cost theta x",
     "wrong_line": "J = x", "wrong_quantity": "J",
     "source": '''def forward_propagation_1d(x, theta):
    J = x
    return J
'''},
    {"key": "forward_propagation_1d", "function": "forward_propagation_1d", "kind": "wrong", "style": "division",
     "mistake": "divides theta by x",
     "wrong_line": "J = theta / x", "wrong_quantity": "J",
     "source": '''def forward_propagation_1d(x, theta):
    J = theta / x
    return J
'''},
    {"key": "forward_propagation_1d", "function": "forward_propagation_1d", "kind": "wrong", "style": "squared-error habit",
     "mistake": "returns (theta x)^2 / 2 instead of theta x",
     "wrong_line": "J = (theta * x) ** 2 / 2", "wrong_quantity": "J",
     "source": '''def forward_propagation_1d(x, theta):
    J = (theta * x) ** 2 / 2
    return J
'''},

    # ------------------------------------------------------------------ backward_propagation_1d
    {"key": "backward_propagation_1d", "function": "backward_propagation_1d", "kind": "correct", "style": "course body, dtheta",
     "source": '''def backward_propagation_1d(x, theta):
    """dJ/dtheta for J(theta) = theta * x."""
    dtheta = x
    return dtheta
'''},
    {"key": "backward_propagation_1d", "function": "backward_propagation", "kind": "correct",
     "style": "the course's backward_propagation pasted under its course name",
     "source": '''def backward_propagation(x, theta):
    dtheta = x
    return dtheta
'''},
    {"key": "backward_propagation_1d", "function": "backward_propagation_1d", "kind": "correct", "style": "1.0 * x",
     "source": '''def backward_propagation_1d(x, theta):
    return 1.0 * x
'''},
    {"key": "backward_propagation_1d", "function": "backward_propagation_1d", "kind": "wrong", "style": "theta",
     "mistake": "returns theta instead of x (the derivative with respect to x)",
     "wrong_line": "dtheta = theta", "wrong_quantity": "dtheta",
     "source": '''def backward_propagation_1d(x, theta):
    dtheta = theta
    return dtheta
'''},
    {"key": "backward_propagation_1d", "function": "backward_propagation_1d", "kind": "wrong", "style": "the cost",
     "mistake": "returns the cost theta x instead of its derivative",
     "wrong_line": "dtheta = theta * x", "wrong_quantity": "dtheta",
     "source": '''def backward_propagation_1d(x, theta):
    dtheta = theta * x
    return dtheta
'''},
    {"key": "backward_propagation_1d", "function": "backward_propagation_1d", "kind": "wrong", "style": "constant",
     "mistake": "returns 1, the derivative of theta alone",
     "wrong_line": "dtheta = 1", "wrong_quantity": "dtheta",
     "source": '''def backward_propagation_1d(x, theta):
    dtheta = 1
    return dtheta
'''},
    {"key": "backward_propagation_1d", "function": "backward_propagation_1d", "kind": "wrong", "style": "sign",
     "mistake": "returns -x",
     "wrong_line": "dtheta = -x", "wrong_quantity": "dtheta",
     "source": '''def backward_propagation_1d(x, theta):
    dtheta = -x
    return dtheta
'''},

    # ------------------------------------------------------------------ gradient_check_1d
    {"key": "gradient_check_1d", "function": "gradient_check_1d", "kind": "correct",
     "style": "course names: thetaplus, J_plus, gradapprox, numerator, denominator",
     "source": '''def gradient_check_1d(x, theta, epsilon=1e-7):
    """Relative difference between backward_propagation_1d and a two-sided difference of forward_propagation_1d."""
    thetaplus = theta + epsilon
    thetaminus = theta - epsilon
    J_plus = forward_propagation_1d(x, thetaplus)
    J_minus = forward_propagation_1d(x, thetaminus)
    gradapprox = (J_plus - J_minus) / (2 * epsilon)
    grad = backward_propagation_1d(x, theta)
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    difference = numerator / denominator
    return difference
'''},
    {"key": "gradient_check_1d", "function": "gradient_check", "kind": "correct",
     "style": "the course's gradient_check pasted: calls forward_propagation / backward_propagation, print_msg",
     "source": '''def gradient_check(x, theta, epsilon=1e-7, print_msg=False):
    theta_plus = theta + epsilon
    theta_minus = theta - epsilon
    J_plus = forward_propagation(x, theta_plus)
    J_minus = forward_propagation(x, theta_minus)
    gradapprox = (J_plus - J_minus) / (2 * epsilon)
    grad = backward_propagation(x, theta)
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    difference = numerator / denominator
    if print_msg:
        if difference > 2e-7:
            print("\\033[93m" + "There is a mistake in the backward propagation! difference = " + str(difference) + "\\033[0m")
        else:
            print("\\033[92m" + "Your backward propagation works perfectly fine! difference = " + str(difference) + "\\033[0m")
    return difference
'''},
    {"key": "gradient_check_1d", "function": "gradient_check_1d", "kind": "correct", "style": "abs, float result",
     "source": '''def gradient_check_1d(x, theta, epsilon=1e-7):
    approx = (forward_propagation_1d(x, theta + epsilon) - forward_propagation_1d(x, theta - epsilon)) / (2 * epsilon)
    exact = backward_propagation_1d(x, theta)
    return float(abs(exact - approx) / (abs(exact) + abs(approx)))
'''},
    {"key": "gradient_check_1d", "function": "gradient_check_1d", "kind": "correct",
     "style": "guards a zero denominator, math.fabs",
     "source": '''def gradient_check_1d(x, theta, epsilon=1e-7):
    J_plus = forward_propagation_1d(x, theta + epsilon)
    J_minus = forward_propagation_1d(x, theta - epsilon)
    g_approx = (J_plus - J_minus) / (2.0 * epsilon)
    g = backward_propagation_1d(x, theta)
    denominator = math.fabs(g) + math.fabs(g_approx)
    if denominator == 0:
        return 0.0
    return math.fabs(g - g_approx) / denominator
'''},
    {"key": "gradient_check_1d", "function": "gradient_check_1d", "kind": "wrong", "style": "the 2 missing",
     "mistake": "the two-sided difference is divided by epsilon instead of 2 epsilon",
     "wrong_line": "gradapprox = (J_plus - J_minus) / epsilon", "wrong_quantity": "gradapprox",
     "source": '''def gradient_check_1d(x, theta, epsilon=1e-7):
    J_plus = forward_propagation_1d(x, theta + epsilon)
    J_minus = forward_propagation_1d(x, theta - epsilon)
    gradapprox = (J_plus - J_minus) / epsilon
    grad = backward_propagation_1d(x, theta)
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    return numerator / denominator
'''},
    {"key": "gradient_check_1d", "function": "gradient_check_1d", "kind": "wrong", "style": "precedence",
     "mistake": "/ 2 * epsilon multiplies by epsilon instead of dividing by 2 epsilon",
     "wrong_line": "gradapprox = (J_plus - J_minus) / 2 * epsilon", "wrong_quantity": "gradapprox",
     "source": '''def gradient_check_1d(x, theta, epsilon=1e-7):
    J_plus = forward_propagation_1d(x, theta + epsilon)
    J_minus = forward_propagation_1d(x, theta - epsilon)
    gradapprox = (J_plus - J_minus) / 2 * epsilon
    grad = backward_propagation_1d(x, theta)
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    return numerator / denominator
'''},
    {"key": "gradient_check_1d", "function": "gradient_check_1d", "kind": "wrong", "style": "sign in the numerator",
     "mistake": "the numerator is |grad + gradapprox| instead of |grad - gradapprox|",
     "wrong_line": "numerator = np.linalg.norm(grad + gradapprox)", "wrong_quantity": "numerator",
     "source": '''def gradient_check_1d(x, theta, epsilon=1e-7):
    J_plus = forward_propagation_1d(x, theta + epsilon)
    J_minus = forward_propagation_1d(x, theta - epsilon)
    gradapprox = (J_plus - J_minus) / (2 * epsilon)
    grad = backward_propagation_1d(x, theta)
    numerator = np.linalg.norm(grad + gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    return numerator / denominator
'''},
    {"key": "gradient_check_1d", "function": "gradient_check_1d", "kind": "wrong", "style": "copy-paste slip",
     "mistake": "thetaminus = theta + epsilon: both costs are taken at the same point, gradapprox is 0",
     "wrong_line": "thetaminus = theta + epsilon", "wrong_quantity": "thetaminus",
     "source": '''def gradient_check_1d(x, theta, epsilon=1e-7):
    thetaplus = theta + epsilon
    thetaminus = theta + epsilon
    J_plus = forward_propagation_1d(x, thetaplus)
    J_minus = forward_propagation_1d(x, thetaminus)
    gradapprox = (J_plus - J_minus) / (2 * epsilon)
    grad = backward_propagation_1d(x, theta)
    return np.linalg.norm(grad - gradapprox) / (np.linalg.norm(grad) + np.linalg.norm(gradapprox))
'''},
    {"key": "gradient_check_1d", "function": "gradient_check_1d", "kind": "wrong", "style": "backward pass never called",
     "mistake": "grad = x is written in directly, so a bug in backward_propagation_1d can never show",
     "wrong_line": "grad = x", "wrong_quantity": "grad",
     "source": '''def gradient_check_1d(x, theta, epsilon=1e-7):
    J_plus = forward_propagation_1d(x, theta + epsilon)
    J_minus = forward_propagation_1d(x, theta - epsilon)
    gradapprox = (J_plus - J_minus) / (2 * epsilon)
    grad = x
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    return numerator / denominator
'''},
    {"key": "gradient_check_1d", "function": "gradient_check_1d", "kind": "wrong", "style": "arguments swapped",
     "mistake": "backward_propagation_1d(theta, x): the arguments are swapped, so grad is theta",
     "wrong_line": "grad = backward_propagation_1d(theta, x)", "wrong_quantity": "grad",
     "source": '''def gradient_check_1d(x, theta, epsilon=1e-7):
    J_plus = forward_propagation_1d(x, theta + epsilon)
    J_minus = forward_propagation_1d(x, theta - epsilon)
    gradapprox = (J_plus - J_minus) / (2 * epsilon)
    grad = backward_propagation_1d(theta, x)
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    return numerator / denominator
'''},
    {"key": "gradient_check_1d", "function": "gradient_check_1d", "kind": "wrong", "style": "wrong return",
     "mistake": "returns gradapprox instead of the relative difference",
     "wrong_line": "return gradapprox", "wrong_quantity": "return value",
     "source": '''def gradient_check_1d(x, theta, epsilon=1e-7):
    J_plus = forward_propagation_1d(x, theta + epsilon)
    J_minus = forward_propagation_1d(x, theta - epsilon)
    gradapprox = (J_plus - J_minus) / (2 * epsilon)
    grad = backward_propagation_1d(x, theta)
    difference = np.linalg.norm(grad - gradapprox) / (np.linalg.norm(grad) + np.linalg.norm(gradapprox))
    return gradapprox
'''},

    # ------------------------------------------------------------------ gradient_check_n
    {"key": "gradient_check_n", "function": "gradient_check_n", "kind": "correct",
     "style": "course names with h.dict_to_vector / h.vector_to_dict",
     "source": '''def gradient_check_n(cost_fn, parameters, grads, epsilon=1e-7):
    """Two-sided gradient check of all parameters at once; returns (difference, g_approx (N,))."""
    parameters_values, layout = h.dict_to_vector(parameters)
    grad, _ = h.dict_to_vector({key: grads["d" + key] for key in parameters})
    num_parameters = parameters_values.shape[0]
    J_plus = np.zeros(num_parameters)
    J_minus = np.zeros(num_parameters)
    gradapprox = np.zeros(num_parameters)
    for i in range(num_parameters):
        thetaplus = np.copy(parameters_values)
        thetaplus[i] = thetaplus[i] + epsilon
        J_plus[i] = cost_fn(h.vector_to_dict(thetaplus, layout))
        thetaminus = np.copy(parameters_values)
        thetaminus[i] = thetaminus[i] - epsilon
        J_minus[i] = cost_fn(h.vector_to_dict(thetaminus, layout))
        gradapprox[i] = (J_plus[i] - J_minus[i]) / (2 * epsilon)
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    difference = numerator / denominator
    return difference, gradapprox
'''},
    {"key": "gradient_check_n", "function": "gradient_check_n", "kind": "correct",
     "style": "the course's gradient_check_n pasted: dictionary_to_vector, gradients_to_vector, forward_propagation_n, column vectors",
     "source": '''def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7, print_msg=False):
    parameters_values, _ = dictionary_to_vector(parameters)
    grad = gradients_to_vector(gradients)
    num_parameters = parameters_values.shape[0]
    J_plus = np.zeros((num_parameters, 1))
    J_minus = np.zeros((num_parameters, 1))
    gradapprox = np.zeros((num_parameters, 1))
    for i in range(num_parameters):
        thetaplus = np.copy(parameters_values)
        thetaplus[i][0] = thetaplus[i][0] + epsilon
        J_plus[i], _ = forward_propagation_n(X, Y, vector_to_dictionary(thetaplus))
        thetaminus = np.copy(parameters_values)
        thetaminus[i][0] = thetaminus[i][0] - epsilon
        J_minus[i], _ = forward_propagation_n(X, Y, vector_to_dictionary(thetaminus))
        gradapprox[i] = (J_plus[i] - J_minus[i]) / (2 * epsilon)
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    difference = numerator / denominator
    if print_msg:
        if difference > 2e-7:
            print("\\033[93m" + "There is a mistake in the backward propagation! difference = " + str(difference) + "\\033[0m")
        else:
            print("\\033[92m" + "Your backward propagation works perfectly fine! difference = " + str(difference) + "\\033[0m")
    return difference
'''},
    {"key": "gradient_check_n", "function": "gradient_check_n", "kind": "correct",
     "style": "dict_to_vector with keys= for the gradients",
     "source": '''def gradient_check_n(cost_fn, parameters, grads, epsilon=1e-7):
    theta, layout = h.dict_to_vector(parameters)
    g, _ = h.dict_to_vector(grads, keys=["d" + k for k in parameters])
    g_approx = np.empty_like(theta)
    for i in range(theta.size):
        step = np.zeros_like(theta)
        step[i] = epsilon
        plus = cost_fn(h.vector_to_dict(theta + step, layout))
        minus = cost_fn(h.vector_to_dict(theta - step, layout))
        g_approx[i] = (plus - minus) / (2 * epsilon)
    difference = np.linalg.norm(g - g_approx) / (np.linalg.norm(g) + np.linalg.norm(g_approx))
    return float(difference), g_approx
'''},
    {"key": "gradient_check_n", "function": "gradient_check_n", "kind": "correct",
     "style": "own flattening with np.concatenate, dict rebuilt by slicing",
     "source": '''def gradient_check_n(cost_fn, parameters, grads, epsilon=1e-7):
    names = list(parameters)
    shapes = [parameters[k].shape for k in names]
    sizes = [parameters[k].size for k in names]
    theta = np.concatenate([np.ravel(parameters[k]) for k in names]).astype(float)
    grad = np.concatenate([np.ravel(grads["d" + k]) for k in names]).astype(float)

    def to_dict(vec):
        out, start = {}, 0
        for k, shp, n in zip(names, shapes, sizes):
            out[k] = vec[start:start + n].reshape(shp)
            start += n
        return out

    N = theta.shape[0]
    gradapprox = np.zeros(N)
    for i in range(N):
        tp = theta.copy()
        tp[i] += epsilon
        tm = theta.copy()
        tm[i] -= epsilon
        gradapprox[i] = (cost_fn(to_dict(tp)) - cost_fn(to_dict(tm))) / (2 * epsilon)
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    return numerator / denominator, gradapprox
'''},
    {"key": "gradient_check_n", "function": "gradient_check_n", "kind": "correct",
     "style": "nudges the entries of a copied dict in place with np.ndindex, restoring each",
     "source": '''def gradient_check_n(cost_fn, parameters, grads, epsilon=1e-7):
    probe = {k: np.array(v, dtype=float) for k, v in parameters.items()}
    approx, exact = [], []
    for k, arr in probe.items():
        for idx in np.ndindex(arr.shape):
            saved = arr[idx]
            arr[idx] = saved + epsilon
            J_plus = cost_fn(probe)
            arr[idx] = saved - epsilon
            J_minus = cost_fn(probe)
            arr[idx] = saved
            approx.append((J_plus - J_minus) / (2 * epsilon))
            exact.append(grads["d" + k][idx])
    approx = np.array(approx)
    exact = np.array(exact)
    difference = np.linalg.norm(exact - approx) / (np.linalg.norm(exact) + np.linalg.norm(approx))
    return difference, approx
'''},
    {"key": "gradient_check_n", "function": "gradient_check_n", "kind": "wrong", "style": "one-sided difference",
     "mistake": "one-sided difference (J(theta + eps) - J(theta)) / eps instead of the two-sided one",
     "wrong_line": "gradapprox[i] = (J_plus - J) / epsilon", "wrong_quantity": "gradapprox",
     "source": '''def gradient_check_n(cost_fn, parameters, grads, epsilon=1e-7):
    theta, layout = h.dict_to_vector(parameters)
    grad, _ = h.dict_to_vector({k: grads["d" + k] for k in parameters})
    J = cost_fn(parameters)
    gradapprox = np.zeros(theta.shape[0])
    for i in range(theta.shape[0]):
        thetaplus = np.copy(theta)
        thetaplus[i] += epsilon
        J_plus = cost_fn(h.vector_to_dict(thetaplus, layout))
        gradapprox[i] = (J_plus - J) / epsilon
    difference = np.linalg.norm(grad - gradapprox) / (np.linalg.norm(grad) + np.linalg.norm(gradapprox))
    return difference, gradapprox
'''},
    {"key": "gradient_check_n", "function": "gradient_check_n", "kind": "wrong", "style": "gradients in their own order",
     "mistake": "flattens grads in the gradients' own key order (dW3, db3, dW2, ... from backprop) instead of the parameters' order",
     "wrong_line": "grad, _ = h.dict_to_vector(grads)", "wrong_quantity": "grad",
     "source": '''def gradient_check_n(cost_fn, parameters, grads, epsilon=1e-7):
    theta, layout = h.dict_to_vector(parameters)
    grad, _ = h.dict_to_vector(grads)
    gradapprox = np.zeros(theta.shape[0])
    for i in range(theta.shape[0]):
        thetaplus = np.copy(theta)
        thetaplus[i] += epsilon
        thetaminus = np.copy(theta)
        thetaminus[i] -= epsilon
        gradapprox[i] = (cost_fn(h.vector_to_dict(thetaplus, layout)) - cost_fn(h.vector_to_dict(thetaminus, layout))) / (2 * epsilon)
    difference = np.linalg.norm(grad - gradapprox) / (np.linalg.norm(grad) + np.linalg.norm(gradapprox))
    return difference, gradapprox
'''},
    {"key": "gradient_check_n", "function": "gradient_check_n", "kind": "wrong", "style": "no copy",
     "mistake": "thetaplus = theta is not a copy: the nudges pile up in theta",
     "wrong_line": "thetaplus = theta", "wrong_quantity": "thetaplus",
     "source": '''def gradient_check_n(cost_fn, parameters, grads, epsilon=1e-7):
    theta, layout = h.dict_to_vector(parameters)
    grad, _ = h.dict_to_vector({k: grads["d" + k] for k in parameters})
    gradapprox = np.zeros(theta.shape[0])
    for i in range(theta.shape[0]):
        thetaplus = theta
        thetaplus[i] = thetaplus[i] + epsilon
        J_plus = cost_fn(h.vector_to_dict(thetaplus, layout))
        thetaminus = np.copy(theta)
        thetaminus[i] = thetaminus[i] - epsilon
        J_minus = cost_fn(h.vector_to_dict(thetaminus, layout))
        gradapprox[i] = (J_plus - J_minus) / (2 * epsilon)
    difference = np.linalg.norm(grad - gradapprox) / (np.linalg.norm(grad) + np.linalg.norm(gradapprox))
    return difference, gradapprox
'''},
    {"key": "gradient_check_n", "function": "gradient_check_n", "kind": "wrong", "style": "the 2 missing",
     "mistake": "the two-sided difference is divided by epsilon instead of 2 epsilon",
     "wrong_line": "gradapprox[i] = (J_plus - J_minus) / epsilon", "wrong_quantity": "gradapprox",
     "source": '''def gradient_check_n(cost_fn, parameters, grads, epsilon=1e-7):
    theta, layout = h.dict_to_vector(parameters)
    grad, _ = h.dict_to_vector({k: grads["d" + k] for k in parameters})
    gradapprox = np.zeros(theta.shape[0])
    for i in range(theta.shape[0]):
        thetaplus = np.copy(theta)
        thetaplus[i] += epsilon
        thetaminus = np.copy(theta)
        thetaminus[i] -= epsilon
        J_plus = cost_fn(h.vector_to_dict(thetaplus, layout))
        J_minus = cost_fn(h.vector_to_dict(thetaminus, layout))
        gradapprox[i] = (J_plus - J_minus) / epsilon
    difference = np.linalg.norm(grad - gradapprox) / (np.linalg.norm(grad) + np.linalg.norm(gradapprox))
    return difference, gradapprox
'''},
    {"key": "gradient_check_n", "function": "gradient_check_n", "kind": "wrong", "style": "return order",
     "mistake": "returns (gradapprox, difference) instead of (difference, gradapprox)",
     "wrong_line": "return gradapprox, difference", "wrong_quantity": "return value",
     "source": '''def gradient_check_n(cost_fn, parameters, grads, epsilon=1e-7):
    theta, layout = h.dict_to_vector(parameters)
    grad, _ = h.dict_to_vector({k: grads["d" + k] for k in parameters})
    gradapprox = np.zeros(theta.shape[0])
    for i in range(theta.shape[0]):
        thetaplus = np.copy(theta)
        thetaplus[i] += epsilon
        thetaminus = np.copy(theta)
        thetaminus[i] -= epsilon
        gradapprox[i] = (cost_fn(h.vector_to_dict(thetaplus, layout)) - cost_fn(h.vector_to_dict(thetaminus, layout))) / (2 * epsilon)
    difference = np.linalg.norm(grad - gradapprox) / (np.linalg.norm(grad) + np.linalg.norm(gradapprox))
    return gradapprox, difference
'''},
    {"key": "gradient_check_n", "function": "gradient_check_n", "kind": "wrong", "style": "denominator",
     "mistake": "divides by ||g|| only instead of ||g|| + ||g_approx||",
     "wrong_line": "difference = numerator / np.linalg.norm(grad)", "wrong_quantity": "difference",
     "source": '''def gradient_check_n(cost_fn, parameters, grads, epsilon=1e-7):
    theta, layout = h.dict_to_vector(parameters)
    grad, _ = h.dict_to_vector({k: grads["d" + k] for k in parameters})
    gradapprox = np.zeros(theta.shape[0])
    for i in range(theta.shape[0]):
        thetaplus = np.copy(theta)
        thetaplus[i] += epsilon
        thetaminus = np.copy(theta)
        thetaminus[i] -= epsilon
        gradapprox[i] = (cost_fn(h.vector_to_dict(thetaplus, layout)) - cost_fn(h.vector_to_dict(thetaminus, layout))) / (2 * epsilon)
    numerator = np.linalg.norm(grad - gradapprox)
    difference = numerator / np.linalg.norm(grad)
    return difference, gradapprox
'''},
    {"key": "gradient_check_n", "function": "gradient_check_n", "kind": "wrong", "style": "never uses the gradients",
     "mistake": "grad is flattened from the parameters instead of from grads: the analytic gradients are never checked",
     "wrong_line": "grad, _ = h.dict_to_vector(parameters)", "wrong_quantity": "grad",
     "source": '''def gradient_check_n(cost_fn, parameters, grads, epsilon=1e-7):
    theta, layout = h.dict_to_vector(parameters)
    grad, _ = h.dict_to_vector(parameters)
    gradapprox = np.zeros(theta.shape[0])
    for i in range(theta.shape[0]):
        thetaplus = np.copy(theta)
        thetaplus[i] += epsilon
        thetaminus = np.copy(theta)
        thetaminus[i] -= epsilon
        gradapprox[i] = (cost_fn(h.vector_to_dict(thetaplus, layout)) - cost_fn(h.vector_to_dict(thetaminus, layout))) / (2 * epsilon)
    difference = np.linalg.norm(grad - gradapprox) / (np.linalg.norm(grad) + np.linalg.norm(gradapprox))
    return difference, gradapprox
'''},
    {"key": "gradient_check_n", "function": "gradient_check_n", "kind": "wrong", "style": "thetaminus from thetaplus",
     "mistake": "thetaminus is copied from thetaplus, so it lands back on theta: a one-sided step divided by 2 epsilon",
     "wrong_line": "thetaminus = np.copy(thetaplus)", "wrong_quantity": "thetaminus",
     "source": '''def gradient_check_n(cost_fn, parameters, grads, epsilon=1e-7):
    theta, layout = h.dict_to_vector(parameters)
    grad, _ = h.dict_to_vector({k: grads["d" + k] for k in parameters})
    gradapprox = np.zeros(theta.shape[0])
    for i in range(theta.shape[0]):
        thetaplus = np.copy(theta)
        thetaplus[i] += epsilon
        thetaminus = np.copy(thetaplus)
        thetaminus[i] -= epsilon
        J_plus = cost_fn(h.vector_to_dict(thetaplus, layout))
        J_minus = cost_fn(h.vector_to_dict(thetaminus, layout))
        gradapprox[i] = (J_plus - J_minus) / (2 * epsilon)
    difference = np.linalg.norm(grad - gradapprox) / (np.linalg.norm(grad) + np.linalg.norm(gradapprox))
    return difference, gradapprox
'''},
    {"key": "gradient_check_n", "function": "gradient_check_n", "kind": "wrong", "style": "nudged dict never used",
     "mistake": "the cost is evaluated on the original parameters, not on the nudged ones: gradapprox is 0",
     "wrong_line": "J_plus = cost_fn(parameters)", "wrong_quantity": "J_plus",
     "source": '''def gradient_check_n(cost_fn, parameters, grads, epsilon=1e-7):
    theta, layout = h.dict_to_vector(parameters)
    grad, _ = h.dict_to_vector({k: grads["d" + k] for k in parameters})
    gradapprox = np.zeros(theta.shape[0])
    for i in range(theta.shape[0]):
        thetaplus = np.copy(theta)
        thetaplus[i] += epsilon
        params_plus = h.vector_to_dict(thetaplus, layout)
        J_plus = cost_fn(parameters)
        thetaminus = np.copy(theta)
        thetaminus[i] -= epsilon
        params_minus = h.vector_to_dict(thetaminus, layout)
        J_minus = cost_fn(parameters)
        gradapprox[i] = (J_plus - J_minus) / (2 * epsilon)
    difference = np.linalg.norm(grad - gradapprox) / (np.linalg.norm(grad) + np.linalg.norm(gradapprox))
    return difference, gradapprox
'''},
]
