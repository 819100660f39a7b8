"""Run numpy kernels on the cases of `verification cases` and write the results for `verification audit --results`.

    verification cases --out cases.json
    python3 run_kernel.py cases.json results.json
    verification audit --results results.json

Needs numpy only. To audit your own kernels, replace the functions in KERNELS (leave a kernel out and its laws
are "not applicable"). The format is in docs/audit-protocol.md.
"""
import json
import sys

import numpy as np

DTYPES = {"float": np.float32, "double": np.float64}


def softmax(x):
    # Subtract the max first: exp of the raw logits overflows for x = [1000, 1001] (shift invariance makes it exact).
    e = np.exp(x - np.max(x))
    return e / np.sum(e)


def log_softmax(x):
    shifted = x - np.max(x)
    return shifted - np.log(np.sum(np.exp(shifted)))


def sigmoid(x):
    # Branch on the sign so that exp never overflows: σ(x) = 1/(1 + e^−x) for x ≥ 0, e^x/(1 + e^x) below.
    with np.errstate(over="ignore"):
        e = np.exp(-np.abs(x))
        return np.where(x >= 0, 1 / (1 + e), e / (1 + e)).astype(x.dtype)


def scaled(x, t):
    # (x − max x)/T, not x/T: x/T overflows (float: 3e38 / 0.1) and rounds away the gaps between large logits
    # (2e4 / 0.1 errs by 2e5·ε in every exponent). Where x − max x itself overflows (float: −3e38 − 3e38), divide
    # first (x/T − max/T; T ≥ 1 there, or the result is beyond range anyway). The laws catch each shortcut.
    m = np.max(x)
    d = x - m
    overflowed = np.isinf(d) & np.isfinite(x)
    return np.where(overflowed, x / t - m / t, d / t)


def smooth(y, eps):
    return (1 - eps) * y + eps / y.dtype.type(len(y))


def cross_entropy_gradient(z, y):
    # ∇_z (−Σ yᵢ log softmax(z)ᵢ) = (Σ y)·softmax(z) − y.
    return softmax(z) * np.sum(y) - y


# Each kernel takes the case's named inputs (numpy arrays in the case's precision; a hyperparameter is a scalar).
KERNELS = {
    "Softmax": lambda a: softmax(a["x"]),
    "LogSoftmax": lambda a: log_softmax(a["x"]),
    "Sigmoid": lambda a: sigmoid(a["x"]),
    "SoftmaxJacobian": lambda a: (lambda s: np.diag(s) - np.outer(s, s))(softmax(a["x"])).ravel(),
    "SoftmaxVectorJacobianProduct": lambda a: (lambda s: s * (a["g"] - np.dot(s, a["g"])))(softmax(a["x"])),
    "LogSumExp": lambda a: np.max(a["x"]) + np.log(np.sum(np.exp(a["x"] - np.max(a["x"])))),
    "CrossEntropyGradient": lambda a: cross_entropy_gradient(a["z"], a["y"]),
    "Tanh": lambda a: np.tanh(a["x"]),
    "Softplus": lambda a: np.logaddexp(a["x"].dtype.type(0), a["x"]),
    "LogSigmoid": lambda a: -np.logaddexp(a["x"].dtype.type(0), -a["x"]),
    "Silu": lambda a: a["x"] * sigmoid(a["x"]),
    "SoftmaxWithTemperature": lambda a: softmax(scaled(a["x"], a["temperature"])),
    "LogSoftmaxWithTemperature": lambda a: log_softmax(scaled(a["x"], a["temperature"])),
    "SmoothLabels": lambda a: smooth(a["y"], a["smoothing"]),
    "SmoothedCrossEntropyGradient": lambda a: cross_entropy_gradient(a["z"], smooth(a["y"], a["smoothing"])),
}


def decode(value, dtype):
    # Numbers are JSON numbers; NaN and ±∞ are the strings "NaN", "Infinity", "-Infinity" (float() reads both).
    if isinstance(value, list):
        return np.array([float(v) for v in value], dtype=dtype)
    return dtype(float(value))


def encode(values):
    # float() of a float32 is exact, and json writes the shortest decimal of it; non-finite values become strings.
    def one(v):
        return "NaN" if v != v else "Infinity" if v == float("inf") else "-Infinity" if v == -float("inf") else v
    return [one(float(v)) for v in np.atleast_1d(values)]


def main(cases_path, results_path):
    with open(cases_path) as f:
        cases = json.load(f)
    results = []
    for case in cases["cases"]:
        kernel = KERNELS.get(case["kernel"])
        if kernel is None:
            continue
        dtype = DTYPES[case["precision"]]
        inputs = {name: decode(value, dtype) for name, value in case["inputs"].items()}
        try:
            with np.errstate(all="ignore"):
                output = np.asarray(kernel(inputs), dtype=dtype)
            results.append({"id": case["id"], "output": encode(output)})
        except Exception as error:  # a kernel that raises is reported, and the laws count it as failing
            results.append({"id": case["id"], "error": f"{type(error).__name__}: {error}"})
    # The suite names the cases answered (sampling, laws, digest): copy it unchanged.
    document = {"protocol": "verification-results/1", "implementation": "numpy", "suite": cases["suite"], "results": results}
    with open(results_path, "w") as f:
        json.dump(document, f, allow_nan=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
